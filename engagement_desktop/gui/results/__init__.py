"""The results area: tree, chart, problems and requests tabs, and chart pictures."""
