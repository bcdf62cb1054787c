"""Engagement Desktop: read X post engagement metrics."""

__version__ = "0.1.0"
