"""Fixtures the command-line tests share: a writable copy of a module's career folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resume_builder import paths


def copy_data_folder(source: Path, copy: Path) -> Path:
    """Copies a data folder as a user would move it: without its backups and lock files."""
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("backups", "*.lock"))
    return copy


@pytest.fixture
def data_dir(career, tmp_path) -> Path:
    """A copy of the test module's `career` folder, for a test that writes to it."""
    return copy_data_folder(career, tmp_path / "data")


@pytest.fixture
def own_templates(tmp_path, monkeypatch) -> Path:
    """A templates folder with one template of the user's own and one broken file."""
    folder = tmp_path / "templates"
    shutil.copytree(paths.templates_dir(), folder)
    text = (folder / "modern.toml").read_text(encoding="utf-8")
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    (folder / "broken.toml").write_text("name = = 'not TOML'\n", encoding="utf-8")
    monkeypatch.setattr(paths, "templates_dir", lambda: folder)
    return folder
