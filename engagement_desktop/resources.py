"""The top-level `resources/` folder (icons, style, example workspaces)."""
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"
