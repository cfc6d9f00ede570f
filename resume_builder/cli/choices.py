"""The values an option allows, read from the catalogs the window reads, when argparse asks."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator


class CatalogChoices:
    """An option's `choices`, read from a catalog the first time argparse looks at them.

    Argparse looks only to check a value given and to write help, so a command that does not
    use the option never pays for reading the catalog (the templates are parsed files). Give
    it to the action after `add_argument`, which would read it at once to check the metavar.

    listed: the values --help shows and an invalid-choice error lists.
    accepted: values let through besides, for the command to say why it cannot use them
        (a broken template file deserves its reason, not "invalid choice").
    """

    def __init__(
        self,
        listed: Callable[[], Iterable[object]],
        *,
        accepted: Callable[[], Iterable[object]] | None = None,
    ) -> None:
        self._load_listed = listed
        self._load_accepted = accepted
        self._listed: tuple[object, ...] | None = None
        self._also: frozenset[object] | None = None

    def _values(self) -> tuple[object, ...]:
        if self._listed is None:
            self._listed = tuple(self._load_listed())
        return self._listed

    def __iter__(self) -> Iterator[object]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __contains__(self, value: object) -> bool:
        if value in self._values():
            return True
        if self._load_accepted is None:
            return False
        if self._also is None:
            self._also = frozenset(self._load_accepted())
        return value in self._also


def document_kinds() -> CatalogChoices:
    """What `export` writes: the exporter's kinds of document."""

    def kinds() -> tuple[str, ...]:
        from resume_builder.services.documents import KINDS

        return KINDS

    return CatalogChoices(kinds)


def document_formats() -> CatalogChoices:
    """The file formats the exporter writes (the Export dialog offers the same)."""

    def formats() -> tuple[str, ...]:
        from resume_builder.services.documents import FORMATS

        return FORMATS

    return CatalogChoices(formats)


def templates() -> CatalogChoices:
    """The usable templates of the templates folder; a broken one is let through to explain."""

    @functools.cache
    def catalog():
        from resume_builder import paths
        from resume_builder.export.catalog import load_catalog

        return load_catalog(paths.templates_dir())

    return CatalogChoices(
        lambda: catalog().keys(), accepted=lambda: (b.key for b in catalog().broken)
    )
