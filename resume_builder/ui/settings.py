"""Every QSettings key of the window, declared once with its type and default.

QSettings holds the window's own state and interface choices only; the document defaults the
CLI honours too live in the data folder (services/preferences.py). An INI file gives every
value back as a string, so each key converts what it reads and falls back to its default.
Views that keep per-view state (splitters, headers) derive their keys from `view_key`.
"""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """One key: `get()` returns a value of the default's type, never None or a stray string."""

    key: str
    default: T

    def get(self, settings: QSettings | None = None, otherwise: T | None = None) -> T:
        """The stored value converted to the default's type, or the default.

        `otherwise` stands in for the default when nothing (or nothing usable) is stored: a
        value only known at run time, such as the paper the user's preferences name.
        """
        stored = (settings if settings is not None else QSettings()).value(self.key)
        return _convert(stored, self.default if otherwise is None else otherwise)

    def stored(self, settings: QSettings | None = None) -> T | None:
        """The stored value converted to the default's type; None when nothing usable is
        stored, so that a caller can tell "never chosen" from a choice equal to the default.
        """
        stored = (settings if settings is not None else QSettings()).value(self.key)
        if stored is None:
            return None
        try:
            return _as_type_of(stored, self.default)
        except (TypeError, ValueError):
            return None

    def set(self, value: T, settings: QSettings | None = None) -> None:
        """Stores a value."""
        (settings if settings is not None else QSettings()).setValue(self.key, value)

    def remove(self, settings: QSettings | None = None) -> None:
        """Forgets the stored value, so `get()` gives the default again."""
        (settings if settings is not None else QSettings()).remove(self.key)


def _convert(stored: Any, default: Any) -> Any:
    if stored is None:
        return default
    try:
        return _as_type_of(stored, default)
    except (TypeError, ValueError):
        return default


def _as_type_of(stored: Any, like: Any) -> Any:
    """The stored value as the type of `like`; raises TypeError or ValueError when it is none."""
    if isinstance(like, bool):
        if isinstance(stored, str):
            return stored.strip().lower() in ("true", "1", "yes")
        return bool(stored)
    if isinstance(like, int):
        return int(stored)
    if isinstance(like, str):
        return str(stored)
    if isinstance(like, QByteArray):
        if isinstance(stored, QByteArray):
            return stored
        raise TypeError(f"not bytes: {type(stored).__name__}")
    return stored


# --------------------------------------------------------------------------- interface
#: "system" or a code of i18n.LANGUAGES
LANGUAGE = Setting("ui/language", "system")
#: a code of services.preferences.spelling_languages()
SPELLING_LANGUAGE = Setting("ui/spelling_language", "en")

# --------------------------------------------------------------------------- the main window
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
WINDOW_SPLITTER = Setting("window/splitter", QByteArray())
#: the key of the view last shown
WINDOW_VIEW = Setting("window/view", "")

# --------------------------------------------------------------------------- views
#: the start of each view's own keys (its splitter, its table's header: see `view_splitter`);
#: the Accomplishments view's keys keep the shorter form they were first stored under
ACCOMPLISHMENTS_VIEW = "accomplishments"
BACKGROUND_VIEW = "views/background"
EXPERIENCE_VIEW = "views/experience"
SKILLS_VIEW = "views/skills"
TARGETS_VIEW = "views/targets"
#: the Background page's open tab (its index)
BACKGROUND_TAB = Setting(f"{BACKGROUND_VIEW}/tab", 0)
PEOPLE_VIEW = "views/people"
#: after how many days without contact a person stands out on the People page; the default is
#: services.conversations.DEFAULT_STALE_DAYS (a test keeps them equal), spelled out here so that
#: reading settings at start-up imports no services
PEOPLE_STALE_DAYS = Setting(f"{PEOPLE_VIEW}/stale_days", 90)
MEETINGS_VIEW = "views/meetings"
ORGANISATIONS_VIEW = "views/organisations"
PLAN_VIEW = "views/plan"

# --------------------------------------------------------------------------- the Export dialog
#: the last choices of the general Export dialog (a target keeps its own kind and page target);
#: saving new document defaults in Preferences writes the template, paper and page target here
#: too, so the next export starts from them
EXPORT_GROUP = "export"
EXPORT_KIND = Setting(f"{EXPORT_GROUP}/kind", "resume")
EXPORT_TEMPLATE = Setting(f"{EXPORT_GROUP}/template", "classic")
EXPORT_PAGE_SIZE = Setting(f"{EXPORT_GROUP}/page_size", "")
EXPORT_PAGE_TARGET = Setting(f"{EXPORT_GROUP}/page_target", 2)
EXPORT_LANGUAGE = Setting(f"{EXPORT_GROUP}/language", "en")
#: the general dialog's last look (domain.look.DocumentLook.to_dict as JSON); a target keeps its own
EXPORT_LOOK = Setting(f"{EXPORT_GROUP}/look", "")
EXPORT_LAST_FOLDER = Setting(f"{EXPORT_GROUP}/last_folder", "")
#: the format of the general dialog, and the one a target's export keeps apart from it (a Word
#: file sent for one target must not make the next general export a Word file)
EXPORT_FORMAT = Setting(f"{EXPORT_GROUP}/format", "pdf")
EXPORT_TARGET_FORMAT = Setting(f"{EXPORT_GROUP}/target_format", "pdf")
#: whether a résumé lists expired certificates; a target's exports remember theirs apart, as
#: they do the format
EXPORT_INCLUDE_EXPIRED = Setting(f"{EXPORT_GROUP}/include_expired", False)
EXPORT_TARGET_INCLUDE_EXPIRED = Setting(f"{EXPORT_GROUP}/target_include_expired", False)
EXPORT_GEOMETRY = Setting(f"{EXPORT_GROUP}/geometry", QByteArray())
EXPORT_SPLITTER = Setting(f"{EXPORT_GROUP}/splitter", QByteArray())
#: the folder File → Export Calendar… last wrote to (empty: the Export dialog's last folder)
CALENDAR_LAST_FOLDER = Setting("calendar/last_folder", "")

# --------------------------------------------------------------------------- Help
SHORTCUTS_GEOMETRY = Setting("help/shortcuts_geometry", QByteArray())
GUIDE_GEOMETRY = Setting("help/guide_geometry", QByteArray())


def view_key(view: str, part: str) -> str:
    """The key of one piece of a view's state ("accomplishments", "splitter"), or the start of
    a view's keys within another (BACKGROUND_VIEW, "education": its Education tab's).
    """
    return f"{view}/{part}"


def view_splitter(view: str) -> Setting[QByteArray]:
    """Where a view's splitter was left (the view being one of the *_VIEW names above)."""
    return Setting(view_key(view, "splitter"), QByteArray())


def view_header(view: str) -> Setting[QByteArray]:
    """A view's table header: its column widths, order and sorting."""
    return Setting(view_key(view, "header"), QByteArray())


# --------------------------------------------------------------------------- Applications
APPLICATIONS_VIEW = "views/applications"
#: after how many quiet days an open application stands out on the board and in the table; the
#: default is services.applications.DEFAULT_STALE_DAYS (a test keeps them equal)
APPLICATIONS_STALE_DAYS = Setting(f"{APPLICATIONS_VIEW}/stale_days", 21)
#: the Applications page's open tab: 0 the board, 1 the table
APPLICATIONS_TAB = Setting(f"{APPLICATIONS_VIEW}/tab", 0)


# --------------------------------------------------------------------------- What's Due
DUE_VIEW = "views/due"
#: how far ahead the What's Due page looks, in days; 0 lists everything dated. The default is
#: services.due.DEFAULT_DUE_DAYS (a test keeps them equal)
DUE_DAYS = Setting(f"{DUE_VIEW}/days", 14)
