"""Built-in endpoint and exporter plugins, registered through entry points like any third party."""
