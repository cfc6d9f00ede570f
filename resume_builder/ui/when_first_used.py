"""What the window holds from its start but makes only when first used, so its start is quick."""

from __future__ import annotations

from resume_builder.ui import settings as keys


def make_writing_hints():
    """The writing hints, read when first used."""
    return HintsWhenFirstUsed()


class HintsWhenFirstUsed:
    """The writing hints (domain.hints.WritingHints), read from their word lists when first
    asked for: a headline is checked only once a record is open, and reading the lists and
    importing their module would otherwise hold up the window's start.
    """

    def __init__(self):
        self._hints = None

    def _loaded(self):
        if self._hints is None:
            from resume_builder import paths
            from resume_builder.domain.hints import load_default_hints

            self._hints = load_default_hints(paths.resource("data"))
        return self._hints

    def check(self, headline: str) -> list:
        """The hints for a headline (see WritingHints.check)."""
        return self._loaded().check(headline)

    def __getattr__(self, name: str):
        return getattr(self._loaded(), name)


def make_spell_checker(data_dir, parent):
    """The spell checker of a data folder, made when first used."""
    # The user's own words live with their data, so they travel with a backup.
    return SpellCheckerWhenFirstUsed(
        data_dir / "dictionary.txt", parent, keys.SPELLING_LANGUAGE.get()
    )


class SpellCheckerWhenFirstUsed:
    """The spell checker (ui.spelling.SpellChecker), made when a view first attaches it or asks
    it anything: its module and its Qt classes cost ~7 ms, and the window's first paint has
    no prose editor to check. Its word list still loads a moment after it is made.
    """

    def __init__(self, user_dictionary_path, parent, language: str):
        self._path = user_dictionary_path
        self._parent = parent
        self.language = language
        self._checker = None

    def _made(self):
        if self._checker is None:
            from resume_builder.ui.spelling import SpellChecker

            self._checker = SpellChecker(self._path, self._parent, language=self.language)
        return self._checker

    def deleteLater(self) -> None:  # noqa: N802 - as the QObject it stands for
        """Deletes the checker if it was made (a new language or data folder replaced it)."""
        if self._checker is not None:
            self._checker.deleteLater()

    def __getattr__(self, name: str):
        return getattr(self._made(), name)
