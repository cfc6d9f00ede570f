"""The only module that knows where things live: data folder, resources and templates."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from resume_builder import APP_ID

DATA_ENV = "RESUME_BUILDER_DATA"


@cache
def install_root() -> Path:
    """The folder holding resources/ and templates/, in a source checkout or a frozen build.

    Found once: it does not move while the app runs, and resolving it walks the disk (the
    window asks for a dozen icons before it shows).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    package_parent = Path(__file__).resolve().parent.parent
    if (package_parent / "resources").is_dir():
        return package_parent
    # An installed wheel carries the folders inside the package.
    return Path(__file__).resolve().parent / "_data"


def resources_dir() -> Path:
    """Bundled icons, fonts, translations and data files."""
    return install_root() / "resources"


def resource(*parts: str) -> Path:
    """A file under resources/."""
    return resources_dir().joinpath(*parts)


def templates_dir() -> Path:
    """Document styles."""
    return install_root() / "templates"


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else $RESUME_BUILDER_DATA, else the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def preferences_file(data_dir: Path) -> Path:
    """The document defaults and reminder periods the window and the CLI share."""
    return Path(data_dir) / "preferences.json"


def log_file(data_dir: Path) -> Path:
    """The window's rotating log (its older files beside it: .1, .2, …)."""
    return Path(data_dir) / "logs" / "resume-builder.log"


def user_guide(language: str) -> Path:
    """The user guide in `language`, else in English."""
    wanted = resource("guide", f"guide_{language}.md")
    return wanted if wanted.is_file() else resource("guide", "guide_en.md")
