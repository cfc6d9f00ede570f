"""Importers (JSON Resume, LinkedIn) and the preview-then-merge plan they produce."""
