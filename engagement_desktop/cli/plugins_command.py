"""`engagement-desktop plugins [--json]`: every plugin found, and why any of them is not used.

Lists the endpoint and exporter plugins from installed packages (entry points) and from the
user plugin folder, with kind, version, the plugin API version each targets and where it comes
from; a plugin that failed (import error, wrong API version, name clash, ...) is shown with
its error. Listing is not a failure: the exit code is 0 even when some plugins failed.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from ..paths import AppPaths
from ..plugins.api import API_VERSION
from ..plugins.registry import PluginInfo, load_registry


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="engagement-desktop plugins", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    args = parser.parse_args(argv)
    paths = AppPaths.default()
    registry = load_registry(paths)
    if args.json:
        print(json.dumps({"api_version": API_VERSION, "plugin_folder": str(paths.plugins),
                          "plugins": [asdict(info) for info in registry.infos]}, indent=2))
        return 0
    print(f"Plugin API {API_VERSION}. User plugin folder: {paths.plugins}\n")
    for info in registry.infos:
        print(_line(info))
    failed = len(registry.failures)
    print(f"\n{len(registry.infos) - failed} loaded, {failed} failed.")
    return 0


def _line(info: PluginInfo) -> str:
    status = "ok" if info.error is None else "FAILED"
    head = f"{status:<6} {info.kind:<8} {info.name:<14} {info.version or '-':<8} " \
           f"API {info.api_version or '?':<5} {info.title}"
    detail = f"\n         from {info.source}"
    if info.error:
        detail += f"\n         error: {info.error}"
    return head.rstrip() + detail
