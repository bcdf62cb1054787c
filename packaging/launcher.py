"""Entry script of the frozen app: the same `main` as the `engagement-desktop` console script."""
import sys

from engagement_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
