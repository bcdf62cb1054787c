"""`engagement-desktop plugins [--json]`: every plugin found, and why any of them is not used
(arguments and help: cli/arguments.py). Listing is not a failure: it exits 0 even when some
plugins failed.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from ..paths import AppPaths
from ..plugins.api import API_VERSION
from ..plugins.registry import PluginInfo, load_registry
from .terminal_text import say


def main(args: argparse.Namespace) -> int:
    paths = AppPaths.default()
    registry = load_registry(paths)
    if args.json:
        print(json.dumps({"api_version": API_VERSION, "plugin_folder": str(paths.plugins),
                          "plugins": [asdict(info) for info in registry.infos]}, indent=2))
        return 0
    say(f"Plugin API {API_VERSION}. User plugin folder: {paths.plugins}\n")
    for info in registry.infos:
        say(_line(info))
    failed = len(registry.failures)
    say(f"\n{len(registry.infos) - failed} loaded, {failed} failed.")
    return 0


def _line(info: PluginInfo) -> str:
    status = "ok" if info.error is None else "FAILED"
    head = f"{status:<6} {info.kind:<8} {info.name:<14} {info.version or '-':<8} " \
           f"API {info.api_version or '?':<5} {info.title}"
    detail = f"\n         from {info.source}"
    if info.error:
        detail += f"\n         error: {info.error}"
    return head.rstrip() + detail
