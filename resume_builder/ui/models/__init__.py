"""Qt item models and proxies over the career store."""
