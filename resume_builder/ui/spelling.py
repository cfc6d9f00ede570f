"""Offline spell checking as you type: red underlines, suggestions and a personal dictionary."""

from __future__ import annotations

import collections
import contextlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit, QTextEdit

from resume_builder.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

#: how long after the checker is made its word list starts loading (the window paints first)
LOAD_DELAY_MS = 200

#: addresses are not prose: spelling them "correctly" would break them
_ADDRESS = (
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[\w-]+\.)+(?:com|org|net|edu|gov|io|se|uk|de|dev|ai|app|co)\b(?:/[^\s<>\"]*)?"
)
#: a word may hold inner apostrophes ("don't", "Dana’s"); \w covers å, ä, ö and every script
_WORD = r"\w+(?:['’]\w+)*"
_TOKEN = re.compile(rf"(?P<address>{_ADDRESS})|(?P<word>{_WORD})", re.IGNORECASE)
_ADDRESS_ONLY = re.compile(rf"(?:{_ADDRESS})", re.IGNORECASE)

UNDERLINE_COLOUR = QColor("#d32f2f")
MAX_ACRONYM_LETTERS = 6
#: distance-2 suggestions cost (54·n)² lookups; beyond this length the menu would stall
MAX_DISTANCE_TWO_LENGTH = 12
#: typing produces a new partial word per keystroke; forget them all now and then
MAX_CACHED_WORDS = 20_000
#: letters rarer than this share of the dictionary's text are left out of suggestion edits
ALPHABET_MIN_SHARE = 0.0002


@dataclass(frozen=True)
class _Dictionary:
    """A loaded word list: lower-case word -> frequency, and the letters worth trying in edits."""

    frequencies: dict[str, int]
    alphabet: str


def _load_dictionary(language: str) -> _Dictionary:
    """Reads pyspellchecker's bundled word list for `language` (slow: a second or so)."""
    from spellchecker import SpellChecker as WordList

    frequencies = dict(WordList(language=language).word_frequency.dictionary)
    counts = collections.Counter("".join(frequencies))
    total = sum(counts.values()) or 1
    alphabet = "".join(sorted(ch for ch, n in counts.items() if n >= total * ALPHABET_MIN_SHARE))
    return _Dictionary(frequencies, alphabet)


def _edits1(word: str, alphabet: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = set()
    for left, right in splits:
        if right:
            edits.add(left + right[1:])
            if len(right) > 1:
                edits.add(left + right[1] + right[0] + right[2:])
            edits.update(left + ch + right[1:] for ch in alphabet)
        edits.update(left + ch + right for ch in alphabet)
    return edits


_VOWELS = frozenset("aeiouyåäöæøéèêëáàâíìîïóòôúùûü")


def _edit_cost(typo: str, candidate: str) -> float:
    """How unlikely a slip turns `candidate` into `typo`: vowel mix-ups and doubled letters
    are the commonest misspellings, so they cost less than other single edits (two edits: 2).
    """
    if len(typo) == len(candidate):
        diffs = [i for i, (a, b) in enumerate(zip(typo, candidate, strict=True)) if a != b]
        if len(diffs) == 1:
            pair = {typo[diffs[0]], candidate[diffs[0]]}
            return 0.5 if pair <= _VOWELS else 1.0
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if typo[i] == candidate[i + 1] and typo[i + 1] == candidate[i]:
                return 0.7
        return 2.0
    longer, shorter = (typo, candidate) if len(typo) > len(candidate) else (candidate, typo)
    if len(longer) - len(shorter) != 1:
        return 2.0
    for i, ch in enumerate(longer):
        if longer[:i] + longer[i + 1 :] == shorter:
            doubled = (i > 0 and longer[i - 1] == ch) or (
                i + 1 < len(longer) and longer[i + 1] == ch
            )
            return 0.5 if doubled else 1.0
    return 2.0


def _normalise(word: str) -> str:
    """The lookup form of a word: typographic apostrophes as ASCII ones."""
    return word.replace("’", "'")


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt counts UTF-16 units and Python code points; None when the two agree (the usual case)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return offsets


def _match_case(suggestion: str, word: str) -> str:
    """`suggestion` written with `word`'s capitalisation (SISTEM -> SYSTEM, Sistem -> System)."""
    if word.isupper() and len(word) > 1:
        return suggestion.upper()
    if word[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


class _LoaderSignals(QObject):
    """Carries the loaded dictionary (or None) from the pool thread to the UI thread."""

    finished = Signal(object)


class _DictionaryLoader:
    """Loads one language's word list on a thread of the application's pool."""

    def __init__(self, language: str, signals: _LoaderSignals):
        self.language = language
        self.signals = signals

    def run(self) -> None:
        try:
            result: _Dictionary | None = _load_dictionary(self.language)
        except Exception:  # a missing or broken word list must never take the app down
            log.warning("No spelling dictionary for %r", self.language, exc_info=True)
            result = None
        # RuntimeError: the checker was deleted while we were loading
        with contextlib.suppress(RuntimeError):
            self.signals.finished.emit(result)


class _MisspellingHighlighter(QSyntaxHighlighter):
    """Underlines the words of a document that the checker does not know."""

    def __init__(self, checker: SpellChecker, document: QTextDocument):
        super().__init__(document)
        self._checker = checker
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(UNDERLINE_COLOUR)

    def highlightBlock(self, text: str) -> None:
        for start, end, _word in self._checker.misspellings(text):
            self.setFormat(start, end - start, self._format)


class SpellChecker(QObject):
    """Checks words against pyspellchecker's offline dictionary and the user's own word list.

    The language's dictionary loads on a pool thread; until it arrives every word counts as
    correct, and once it does every attached editor is highlighted again. A language that
    pyspellchecker lacks (Swedish, say) leaves the checker silent rather than flagging every
    word: the user's own dictionary alone is too small to judge prose.
    """

    #: the user's dictionary gained a word (it is already saved)
    dictionary_changed = Signal()
    #: the language's dictionary finished loading (or failed to: then nothing is flagged)
    dictionary_loaded = Signal()

    def __init__(
        self, user_dictionary_path: Path, parent: QObject | None = None, language: str = "en"
    ):
        super().__init__(parent)
        self.user_dictionary_path = Path(user_dictionary_path)
        self.language = language
        self._dictionary: _Dictionary | None = None
        self._loaded = False
        self._cache: dict[str, bool] = {}
        self._suggestion_cache: dict[str, list[str]] = {}
        self._highlighters: list[_MisspellingHighlighter] = []
        self._user_words: list[str] = []
        self._user_keys: dict[str, str] = {}
        for word in self._read_user_dictionary():
            self._remember_user_word(word)
        # The checker keeps the signals object too, so it is deleted on this (its own) thread.
        self._loader_signals = _LoaderSignals()
        self._loader_signals.finished.connect(self._on_loader_finished)
        # Loading starts a moment after the event loop runs: a word list read while the window
        # is being built or first painted would hold the interpreter against it.
        QTimer.singleShot(LOAD_DELAY_MS, self, self._start_loading)

    def _start_loading(self) -> None:
        from resume_builder.ui.workers import app_pool

        # A plain function, not a QRunnable subclass: the pool would delete a Python-made
        # runnable on its own thread, racing the garbage collector on the UI thread (seen as
        # "std::bad_typeid" aborts in the test run).
        loader = _DictionaryLoader(self.language, self._loader_signals)
        app_pool().start(loader.run)

    # ----------------------------------------------------------------- state
    @property
    def is_loaded(self) -> bool:
        """Whether the language's dictionary has arrived (or is known to be unavailable)."""
        return self._loaded

    @property
    def user_words(self) -> list[str]:
        """The user's own words, in the order they were added."""
        return list(self._user_words)

    # ----------------------------------------------------------------- checking
    def is_correct(self, word: str) -> bool:
        """Whether `word` is spelt correctly, or is not a word to check at all.

        Words of one letter, words with digits or underscores, ALL-CAPS acronyms of up to six
        letters, web addresses and e-mail addresses always pass. Case does not matter.
        """
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if self._is_exempt(word):
            return True
        if self._dictionary is None:
            return True  # not loaded yet, or no dictionary for this language
        if len(self._cache) >= MAX_CACHED_WORDS:
            self._cache.clear()
        result = self._is_known(word)
        self._cache[word] = result
        return result

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Likely intended spellings of `word`, most likely first, in `word`'s capitalisation.

        The user's own words come first, then dictionary words by how common they are.
        Candidates one edit away are preferred; two edits away only when there are none and
        the word is short enough to search quickly.
        """
        if self._dictionary is None or not word:
            return []
        key = _normalise(word).lower()
        if key not in self._suggestion_cache:
            if len(self._suggestion_cache) >= MAX_CACHED_WORDS:
                self._suggestion_cache.clear()
            self._suggestion_cache[key] = self._candidates(key)
        typographic = "’" in word
        result = []
        for candidate in self._suggestion_cache[key]:
            user_form = self._user_keys.get(candidate.casefold())
            # A user's word keeps its own capitals (PySide), unless the typo was ALL-CAPS.
            if user_form is not None and not (word.isupper() and len(word) > 1):
                text = user_form
            else:
                text = _match_case(candidate, word)
            if typographic:
                text = text.replace("'", "’")
            if text not in result and text != word:
                result.append(text)
            if len(result) >= limit:
                break
        return result

    def misspellings(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, word) of each misspelt word in `text`, with Qt's UTF-16 offsets."""
        offsets = None
        for match in _TOKEN.finditer(text):
            word = match.group("word")
            if word is None or self.is_correct(word):
                continue
            start, end = match.span()
            if offsets is None:
                offsets = _utf16_offsets(text) or []
            if offsets:
                start, end = offsets[start], offsets[end]
            yield start, end, word

    # ----------------------------------------------------------------- user dictionary
    def add_to_dictionary(self, word: str) -> None:
        """Accepts `word` from now on: saves the user's dictionary and re-highlights editors.

        Raises:
            OSError: the dictionary file could not be written (the word is then not added).

        """
        word = word.strip()
        if not word or _normalise(word).casefold() in self._user_keys:
            return
        self._write_user_dictionary([*self._user_words, word])
        self._remember_user_word(word)
        self._cache.clear()
        self._suggestion_cache.clear()
        self.rehighlight()
        self.dictionary_changed.emit()

    def _remember_user_word(self, word: str) -> None:
        key = _normalise(word).casefold()
        if key not in self._user_keys:
            self._user_keys[key] = word
            self._user_words.append(word)

    def _read_user_dictionary(self) -> list[str]:
        try:
            # surrogateescape keeps bytes that are not UTF-8 intact when the list is saved again
            text = self.user_dictionary_path.read_text(
                encoding="utf-8-sig", errors="surrogateescape"
            )
        except FileNotFoundError:
            return []
        except OSError:
            log.warning("Cannot read %s", self.user_dictionary_path, exc_info=True)
            return []
        return [line.strip() for line in text.splitlines() if line.strip()]

    def _write_user_dictionary(self, words: list[str]) -> None:
        self.user_dictionary_path.parent.mkdir(parents=True, exist_ok=True)
        data = "".join(f"{word}\n" for word in words).encode("utf-8", "surrogateescape")
        atomic_write_bytes(self.user_dictionary_path, data)

    # ----------------------------------------------------------------- editors
    def attach(self, editor: QPlainTextEdit | QTextEdit) -> None:
        """Underlines misspelt words in `editor` and gives it a menu of suggestions."""
        document = editor.document()
        self._highlighters = [h for h in self._highlighters if shiboken6.isValid(h)]
        if any(h.document() is document for h in self._highlighters):
            return
        self._highlighters.append(_MisspellingHighlighter(self, document))
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(
            partial(self._on_editor_custom_context_menu_requested, editor)
        )

    def rehighlight(self) -> None:
        """Checks every attached editor again (after the dictionaries changed)."""
        self._highlighters = [h for h in self._highlighters if shiboken6.isValid(h)]
        for highlighter in self._highlighters:
            highlighter.rehighlight()

    def menu_for(self, editor: QPlainTextEdit | QTextEdit, pos: QPoint) -> QMenu:
        """The context menu for a right-click at `pos` (viewport coordinates) in `editor`.

        For a misspelt word there: its suggestions, "Add to Dictionary", a separator, then
        the editor's standard menu. Elsewhere just the standard menu. The caller owns it.
        """
        menu = editor.createStandardContextMenu()
        found = self._misspelling_at(editor, pos)
        if found is None:
            return menu
        start, end, word = found
        standard = menu.actions()
        first = standard[0] if standard else None
        suggestions = self.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion.replace("&", "&&"), menu)
            action.triggered.connect(partial(self._replace, editor, start, end, word, suggestion))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("No Suggestions"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(
            self.tr("Add “{word}” to Dictionary").format(word=word.replace("&", "&&")), menu
        )
        add.triggered.connect(partial(self._on_add_action_triggered, editor, word))
        menu.insertAction(first, add)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def _misspelling_at(
        self, editor: QPlainTextEdit | QTextEdit, pos: QPoint
    ) -> tuple[int, int, str] | None:
        """(document start, document end, word) of the misspelt word at `pos`, if any."""
        cursor = editor.cursorForPosition(pos)
        block = cursor.block()
        column = cursor.position() - block.position()
        for start, end, word in self.misspellings(block.text()):
            # the click lands between characters, so the edge just after the word counts too
            if start <= column <= end:
                return block.position() + start, block.position() + end, word
        return None

    def _replace(
        self, editor: QPlainTextEdit | QTextEdit, start: int, end: int, word: str, new: str
    ) -> None:
        """Swaps the word for `new` as one edit, so the editor's own Ctrl+Z restores it."""
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return  # the text moved on since the menu was built
        cursor.beginEditBlock()
        cursor.insertText(new)
        cursor.endEditBlock()
        editor.setTextCursor(cursor)

    def _on_add_action_triggered(self, editor: QPlainTextEdit | QTextEdit, word: str) -> None:
        try:
            self.add_to_dictionary(word)
        except OSError as exc:
            QMessageBox.warning(
                editor,
                self.tr("Could Not Save the Dictionary"),
                self.tr(
                    "“{word}” was not added, because {path} could not be written: {reason}"
                ).format(word=word, path=self.user_dictionary_path, reason=exc.strerror or exc),
            )

    def _on_editor_custom_context_menu_requested(
        self, editor: QPlainTextEdit | QTextEdit, pos: QPoint
    ) -> None:
        menu = self.menu_for(editor, pos)
        menu.exec(editor.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_loader_finished(self, dictionary: _Dictionary | None) -> None:
        self._dictionary = dictionary
        self._loaded = True
        self._cache.clear()
        self._suggestion_cache.clear()
        if dictionary is not None:
            self.rehighlight()
        self.dictionary_loaded.emit()

    # ----------------------------------------------------------------- internals
    def _is_exempt(self, word: str) -> bool:
        """Tokens that are not prose words: never flagged, whatever the dictionary says."""
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) <= 1:
            return True
        if any(ch.isdigit() or ch == "_" for ch in word):
            return True
        if word.isupper() and len(letters) <= MAX_ACRONYM_LETTERS:
            return True
        return "@" in word or _ADDRESS_ONLY.fullmatch(word) is not None

    def _is_known(self, word: str) -> bool:
        normal = _normalise(word)
        if self._known_form(normal):
            return True
        # possessives of known words ("Dana's") are rarely in a word list themselves
        return normal.lower().endswith("'s") and self._known_form(normal[:-2])

    def _known_form(self, word: str) -> bool:
        assert self._dictionary is not None
        return word.lower() in self._dictionary.frequencies or word.casefold() in self._user_keys

    def _candidates(self, key: str) -> list[str]:
        """Dictionary and user words near `key` (lower case), best first.

        The user's words first, then the cheapest slips (see `_edit_cost`), then the more
        common words.
        """
        assert self._dictionary is not None
        alphabet = "".join(sorted(set(self._dictionary.alphabet) | set(key)))
        near = self._known_keys(_edits1(key, alphabet))
        if not near and len(key) <= MAX_DISTANCE_TWO_LENGTH:
            for edit in _edits1(key, alphabet):
                near |= self._known_keys(_edits1(edit, alphabet))
        near.discard(key)
        frequencies = self._dictionary.frequencies

        def rank(candidate: str) -> tuple[bool, float, int, str]:
            return (
                candidate not in self._user_keys,
                _edit_cost(key, candidate),
                -frequencies.get(candidate, 0),
                candidate,
            )

        return sorted(near, key=rank)

    def _known_keys(self, candidates: set[str]) -> set[str]:
        assert self._dictionary is not None
        frequencies = self._dictionary.frequencies
        return {c for c in candidates if c in frequencies or c in self._user_keys}
