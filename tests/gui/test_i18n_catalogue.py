"""The catalogues are complete: every text the window's sources mark for translation is in the
Spanish catalogue with a finished translation, every plural in the English one, and the shipped
.qm files are built from the current sources. The Spanish says one thing one way."""
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("translations",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_marked_text_is_in_the_catalogue_and_translated(tool, tmp_path, language):
    fresh = tmp_path / f"fresh_{language}.ts"
    tool.extract(language, fresh)
    wanted = set(tool.messages(fresh))
    if language == "es":
        assert len(wanted) > 150  # the window's texts, not an empty extraction
    catalogued = tool.messages(tool.ts_file(language))
    missing = sorted(wanted - set(catalogued))
    unfinished = sorted(key for key in wanted if key in catalogued and not catalogued[key])
    assert (missing, unfinished) == ([], []), (
        f"{len(missing)} texts missing from and {len(unfinished)} unfinished in the {language} "
        f"catalogue: run scripts/translations.py and translate them "
        f"(first: {(missing + unfinished)[:5]})")


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_shipped_catalogue_is_built_from_its_source(tool, tmp_path, language):
    rebuilt = tmp_path / f"{language}.qm"
    tool.build(language, rebuilt)
    shipped = ROOT / "engagement_desktop" / "i18n" / f"engagement_desktop_{language}.qm"
    assert shipped.read_bytes() == rebuilt.read_bytes()


SENTENCES = re.compile(r"(?<=[.;:!?])\s+")  # where an entry's sentences and clauses part


def test_the_same_english_sentence_is_said_one_way_in_spanish(tool):
    """A sentence (or clause) that several entries share in English, such as the advice "Run
    again; if it stays missing, check the ID.", has one Spanish wording in all of them: entries
    split into as many parts in both languages are compared part by part."""
    said = defaultdict(set)
    for context in ET.parse(tool.ts_file("es")).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is not None or not translation.text:
                continue  # unfinished or vanished: the completeness test speaks of those
            english = SENTENCES.split((message.findtext("source") or "").strip())
            spanish = SENTENCES.split(translation.text.strip())
            if len(english) == len(spanish):
                for part, wording in zip(english, spanish):
                    said[part.rstrip(".;:")].add(wording.rstrip(".;:"))
    doublets = {part: wordings for part, wordings in said.items()
                if len(part) > 12 and len(wordings) > 1}
    assert len(said) > 300 and doublets == {}, doublets
