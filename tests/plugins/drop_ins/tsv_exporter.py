"""A third party's exporter, outside the app: tab-separated values, one line per value.

It is a drop-in file (the tests copy it into a user plugin folder) written against the public
plugin API alone, and it declares a file type no built-in writes. Nothing in the app names it:
the CLI's --export and the window's Export dialog find it by its declared facts.
"""
import os
from pathlib import Path

from engagement_desktop.plugins.api import API_VERSION

__version__ = "1.0"
HEADER = ("post_id", "metric", "granularity", "bucket", "value")


class TsvExporter:
    api_version = API_VERSION
    name = "tsv"
    title = "Tab-separated values"
    extensions = (".tsv",)
    needs = ()

    def export(self, result, target, progress=None):
        target = Path(target)
        part = target.with_name(f".{target.name}.part")
        with open(part, "w", encoding="utf-8", newline="\n") as file:
            file.write("\t".join(HEADER) + "\n")
            for post_id, metric, bucket, granularity, value in result.rows():
                cells = (post_id or "", metric, granularity, "" if bucket is None else bucket,
                         value)
                file.write("\t".join(map(str, cells)) + "\n")
        os.replace(part, target)
        if progress is not None:
            progress(1.0)


EXPORTERS = [TsvExporter()]
