"""The query editor: IDs, metrics, groupings, date range, and the live plan summary."""
