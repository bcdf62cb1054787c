"""Endpoint and exporter plugins: the public API and the registry that discovers them."""
