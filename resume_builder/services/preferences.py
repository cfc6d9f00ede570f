"""The user's document defaults and reminder periods, shared by the window and the CLI.

They live in `preferences.json` in the data folder rather than in QSettings or the database:
the CLI reads them without PySide6 and without opening TinyDB (so an export still works
while the window holds the folder's lock), they are not career records (no undo step, no
schema migration, no place in a restore of an older backup), and they go where the data
goes (a second data folder keeps its own defaults, like its own dictionary).
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from resume_builder import paths
from resume_builder.domain.preferences import Preferences, PreferencesError
from resume_builder.storage.preferences_file import read_preferences_file, write_preferences_file

if TYPE_CHECKING:
    from resume_builder.export.catalog import TemplateCatalog

__all__ = [
    "Preferences",
    "document_template",
    "PreferencesError",
    "load_preferences",
    "paper_size",
    "save_preferences",
    "spelling_languages",
    "stale_application_days",
    "stale_contact_days",
    "update_preferences",
]


def load_preferences(data_dir: Path) -> Preferences:
    """The stored preferences, with defaults for whatever is missing or unusable."""
    return Preferences.from_dict(read_preferences_file(paths.preferences_file(data_dir)))


def save_preferences(data_dir: Path, preferences: Preferences) -> None:
    """Checks and stores the preferences; raises PreferencesError or OSError."""
    preferences.validate()
    path = paths.preferences_file(data_dir)
    # Keys a newer version wrote are kept: going back a version must not erase them.
    stored = read_preferences_file(path)
    write_preferences_file(path, {**stored, **preferences.to_dict()})


def update_preferences(data_dir: Path, **changes: object) -> Preferences:
    """Changes some preferences and stores the result, which it returns."""
    preferences = replace(load_preferences(data_dir), **changes)
    save_preferences(data_dir, preferences)
    return preferences


def stale_contact_days(data_dir: Path) -> int:
    """After how many days without contact a person is due a word (default 60)."""
    return load_preferences(data_dir).stale_contact_days


def stale_application_days(data_dir: Path) -> int:
    """After how many days without news an application is due a follow-up (default 21)."""
    return load_preferences(data_dir).stale_application_days


def paper_size(preferences: Preferences) -> str:
    """The paper to print on: the user's choice, else the system locale's."""
    if preferences.paper:
        return preferences.paper
    from resume_builder.services.documents import default_page_size

    return default_page_size()


def document_template(preferences: Preferences, catalog: TemplateCatalog) -> str:
    """The template to start from: the user's default while it is usable (its file there and
    readable), else the catalog's default.
    """
    return preferences.template if preferences.template in catalog else catalog.default_key


def spelling_languages() -> list[str]:
    """The language codes pyspellchecker has an offline dictionary for, sorted."""
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        return []
    found = set()
    for folder in spec.submodule_search_locations:
        for dictionary in (Path(folder) / "resources").glob("*.json.gz"):
            found.add(dictionary.name.split(".")[0])
    return sorted(found)
