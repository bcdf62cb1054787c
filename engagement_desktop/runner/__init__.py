"""Runs plans: the event generator and the job journal. No Qt."""
