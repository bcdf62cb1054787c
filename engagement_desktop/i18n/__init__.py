"""Languages without Qt: the glossary of metric names and key terms, and where the built
catalogues (.qm) ship inside the package."""
