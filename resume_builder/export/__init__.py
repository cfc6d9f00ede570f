"""Documents: a neutral tree, builders that fill it, renderers that draw it."""
