"""Running a query: the worker thread, its progress line, and the run/cancel/export verbs."""
