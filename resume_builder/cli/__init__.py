"""The command line: a parser, one module per command group, and the shared error handling."""
