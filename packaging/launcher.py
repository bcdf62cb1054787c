"""Entry script of the frozen app: the same `main` as the `engagement-desktop` console script."""
import sys
from pathlib import Path

from engagement_desktop.cli import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--check-plugin-import"]:  # the child that tries a drop-in plugin
        from engagement_desktop.plugins.drop_in_vetting import check_in_this_process
        check_in_this_process(*map(Path, sys.argv[2:4]))
    sys.exit(main())
