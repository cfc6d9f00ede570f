"""The one list of document templates: every usable style by key, and every broken file with why.

The window, the command line and the exporter all read templates through `load_catalog`, so a
template file that does not parse is skipped and reported the same way everywhere, and every
other template still exports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from resume_builder.domain.preferences import DEFAULT_TEMPLATE
from resume_builder.export.style import Style, StyleError, load_style

#: the file ending of a template in the templates folder
TEMPLATE_SUFFIX = ".toml"


@dataclass(frozen=True)
class BrokenTemplate:
    """A template file that cannot be used.

    key: the file name without its ending ("classic"), as a user would type it.
    path: the file itself.
    reason: one sentence naming the file and what is wrong with it.
    """

    key: str
    path: Path
    reason: str


@dataclass(frozen=True)
class TemplateCatalog:
    """Every template of a folder.

    styles: usable styles by key, the default first and the others in key order.
    broken: files that could not be read, in key order, each with its reason.
    folder: where the templates (and their thumbnails) are.
    """

    styles: Mapping[str, Style] = field(default_factory=dict)
    broken: tuple[BrokenTemplate, ...] = ()
    folder: Path = Path()

    @property
    def default_key(self) -> str:
        """The template a new export starts from: the classic while it is usable, else the
        first usable one (or the classic's key when none is, so asking for it says why).
        """
        if DEFAULT_TEMPLATE in self.styles or not self.styles:
            return DEFAULT_TEMPLATE
        return next(iter(self.styles))

    def keys(self) -> list[str]:
        """The keys of the usable templates, in catalog order."""
        return list(self.styles)

    def get(self, key: str) -> Style | None:
        """The usable style of that key, or None when there is none (missing or broken)."""
        return self.styles.get(key)

    def broken_template(self, key: str) -> BrokenTemplate | None:
        """The broken file of that key, or None when it is usable or missing."""
        return next((b for b in self.broken if b.key == key), None)

    def require(self, key: str) -> Style:
        """The style of that key.

        Raises:
            StyleError: the template is broken (the message says why) or there is none of
                that key (the message lists the usable ones).

        """
        style = self.styles.get(key)
        if style is not None:
            return style
        broken = self.broken_template(key)
        if broken is not None:
            raise StyleError(f"the template “{key}” is broken and cannot be used: {broken.reason}")
        raise StyleError(self.unknown_sentence(key))

    def thumbnail_path(self, key: str) -> Path | None:
        """The picture a usable template names beside its file, or None when it names none
        or the file is not there (the window then sketches a page in the template's colours).
        """
        style = self.styles.get(key)
        if style is None or not style.thumbnail:
            return None
        path = self.folder / style.thumbnail
        return path if path.is_file() else None

    def unknown_sentence(self, key: str) -> str:
        """The sentence for a key no template has, listing the usable ones."""
        if not self.styles:
            return f"there is no template “{key}”, and no usable template in {self.folder}"
        return f"there is no template “{key}”; choose one of: {', '.join(self.styles)}"

    def __contains__(self, key: object) -> bool:
        return key in self.styles

    def __iter__(self) -> Iterator[str]:
        return iter(self.styles)

    def __len__(self) -> int:
        return len(self.styles)


def load_catalog(templates_dir: Path) -> TemplateCatalog:
    """Reads every template file of a folder; a file that cannot be used is reported, not raised.

    A missing or unreadable folder gives an empty catalog with nothing broken.
    """
    folder = Path(templates_dir)
    try:
        paths = sorted(p for p in folder.glob(f"*{TEMPLATE_SUFFIX}") if p.is_file())
    except OSError:
        paths = []
    found: dict[str, Style] = {}
    broken: list[BrokenTemplate] = []
    for path in paths:
        try:
            found[path.stem] = load_style(path)
        except StyleError as exc:
            broken.append(BrokenTemplate(path.stem, path, _sentence(str(exc))))
    ordered = {}
    if DEFAULT_TEMPLATE in found:
        ordered[DEFAULT_TEMPLATE] = found.pop(DEFAULT_TEMPLATE)
    ordered.update(found)
    return TemplateCatalog(MappingProxyType(ordered), tuple(broken), folder)


def _sentence(text: str) -> str:
    """One sentence: a full stop at the end, nothing after the first line."""
    line = text.strip().splitlines()[0] if text.strip() else "the file cannot be read"
    return line if line.endswith((".", "!", "?")) else line + "."
