"""Use cases with no Qt: demo data, tailoring, import/export, due items."""
