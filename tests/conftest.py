import os

# Before any Qt import anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests that add and remove accounts use a keyring service of their own, never the real one
# (subprocesses of the CLI inherit it).
os.environ.setdefault("ENGAGEMENT_DESKTOP_KEYRING_SERVICE", "engagement-desktop-tests")
