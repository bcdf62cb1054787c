"""Qt-free domain: metrics, IDs, queries and their rules, plans, parsing, results, workspaces."""
