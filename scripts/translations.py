"""Re-extract the window's texts into the Qt Linguist sources and rebuild the shipped catalogues.

    .venv/bin/python scripts/translations.py          # extract, then build
    .venv/bin/python scripts/translations.py --check  # exit 1 if a text is untranslated

Sources: resources/translations/engagement_desktop_<lang>.ts (every translation made is kept);
built: engagement_desktop/i18n/engagement_desktop_<lang>.qm, inside the package, so an installed
app needs no build step. After adding texts, translate them in Qt Linguist
(`pyside6-linguist resources/translations/engagement_desktop_es.ts`) and run this again.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "engagement_desktop" / "i18n"
SOURCE_LANGUAGE = "en"  # its catalogue holds only the plural forms ("1 post")
LANGUAGES = ("en", "es")


# A module that imports `translate` from i18n/phrases.py (beside other names or not).
PHRASED = re.compile(r"(i18n\.phrases|plugins\.api) import \(?[\w,\s]*\btranslate\b")


def tool(name: str) -> str:
    """A Qt tool from the interpreter's environment (the project's .venv), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """Every file whose texts are catalogued, relative to the repository: the window's, and the
    Qt-free modules that make phrases (engagement_desktop/i18n/phrases.py) for it to show."""
    package = ROOT / "engagement_desktop"
    gui = sorted((package / "gui").rglob("*.py"))
    builtins = ROOT / "plugins" / "engagement_builtins"
    phrased = sorted(p for p in [*package.rglob("*.py"), *builtins.rglob("*.py")]
                     if package / "gui" not in p.parents
                     and PHRASED.search(p.read_text(encoding="utf-8")))
    return [str(p.relative_to(ROOT)) for p in [*gui, *phrased]] + ["engagement_desktop/app.py"]


def ts_file(language: str) -> Path:
    return TS_DIR / f"engagement_desktop_{language}.ts"


def extract(language: str, target: Path) -> None:
    only = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    *only, "-target-language", language, *sources(), "-ts", str(target)],
                   cwd=ROOT, check=True)


def build(language: str, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm",
                    str(target)], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str, str], bool]:
    """(context, source, comment) → whether the message has a finished translation."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] + [f.text or "" for f in translation]
            finished = translation.get("type") is None and any(t.strip() for t in texts)
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = finished
    return found


def untranslated(language: str) -> list[tuple[str, str, str]]:
    """The catalogue's messages without a finished translation."""
    return [key for key, done in messages(ts_file(language)).items() if not done]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated texts")
    args = parser.parse_args(argv)
    if not args.check:
        for language in LANGUAGES:
            extract(language, ts_file(language))
            build(language, QM_DIR / f"engagement_desktop_{language}.qm")
    missing = [(lang, key) for lang in LANGUAGES for key in untranslated(lang)]
    for lang, (context, source, _) in missing:
        print(f"untranslated ({lang}) {context}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
