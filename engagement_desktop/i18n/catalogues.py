"""Where the built Qt catalogues ship: `.qm` files beside this module, inside the package, so
an installed app needs no build step. Their Qt Linguist sources are in resources/translations/."""
from __future__ import annotations

from pathlib import Path

CATALOGUE_DIR = Path(__file__).parent
CATALOGUE_NAME = "engagement_desktop"
LANGUAGES = ("en", "es")  # the window's languages; English is the source language


def catalogue(language: str) -> Path:
    """The built catalogue of `language` ('es' → engagement_desktop_es.qm)."""
    return CATALOGUE_DIR / f"{CATALOGUE_NAME}_{language}.qm"
