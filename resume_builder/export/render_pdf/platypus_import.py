"""Importing reportlab's platypus without paying for regular expressions a résumé never uses.

Importing reportlab.platypus compiles, among others, a URL pattern in platypus/paragraph.py
(only used to hyphenate a URL that has to wrap) and a CJK pattern in lib/textsplit.py. Both
hold character classes that run up to U+FFFF, which Python's compiler turns into 64 K-entry
tables: about 30 ms, a fifth of a command-line export's own work. While platypus is imported
here, a pattern of reportlab's with such a class is compiled on its first use instead; every
other pattern is compiled as usual, and a put-off pattern behaves as the compiled one does.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_LOCK = threading.Lock()
#: a pattern holding this character is put off (a class running to the end of the BMP)
_COSTLY = "\uffff"


class _PutOffPattern:
    """A compiled pattern made on first use: every attribute is the compiled pattern's."""

    def __init__(self, compile_now, pattern: str, flags: int) -> None:
        self._compile_now, self._pattern, self._flags = compile_now, pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile_now(self._pattern, self._flags)
        return getattr(compiled, name)


def import_platypus() -> None:
    """Imports reportlab.platypus, putting off its costly patterns (see the module's text).

    Safe from several threads: the second waits for the first, and `re.compile` is itself
    again before either returns.
    """
    if "reportlab.platypus" in sys.modules:
        return
    with _LOCK:
        if "reportlab.platypus" in sys.modules:
            return
        compile_now = re.compile

        def compile_later_if_costly(pattern, flags=0):
            caller = sys._getframe(1).f_globals.get("__name__", "")
            if isinstance(pattern, str) and _COSTLY in pattern and caller.startswith("reportlab."):
                return _PutOffPattern(compile_now, pattern, flags)
            return compile_now(pattern, flags)

        re.compile = compile_later_if_costly
        try:
            import reportlab.platypus  # noqa: F401 - imported for its side effect
        finally:
            re.compile = compile_now
