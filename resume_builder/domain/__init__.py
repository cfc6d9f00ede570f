"""Plain career data and the rules about it; no Qt, no storage."""
