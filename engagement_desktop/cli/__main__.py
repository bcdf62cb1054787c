"""`python -m engagement_desktop.cli`: the same as the `engagement-desktop` command."""
import sys

from . import main

sys.exit(main())
