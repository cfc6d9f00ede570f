"""One module per view or dialog."""
