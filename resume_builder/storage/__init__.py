"""Where the career record is kept: a repository over TinyDB with atomic saves and backups."""
