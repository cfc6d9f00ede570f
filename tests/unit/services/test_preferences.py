"""Document defaults and reminder periods: stored atomically, read leniently, Qt-free."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resume_builder import paths
from resume_builder.domain.preferences import PAPER_SIZES, Preferences, PreferencesError
from resume_builder.export.catalog import load_catalog
from resume_builder.services import documents
from resume_builder.services.preferences import (
    document_template,
    load_preferences,
    paper_size,
    save_preferences,
    spelling_languages,
    stale_application_days,
    stale_contact_days,
    update_preferences,
)


def test_without_a_file_the_defaults_apply(tmp_path):
    preferences = load_preferences(tmp_path)
    assert preferences == Preferences()
    assert (preferences.template, preferences.page_target) == ("classic", 2)
    assert stale_contact_days(tmp_path) == 60
    assert stale_application_days(tmp_path) == 21
    assert not paths.preferences_file(tmp_path).exists()  # reading writes nothing


def test_saved_preferences_are_read_back(tmp_path):
    chosen = Preferences(
        template="modern",
        paper="Letter",
        page_target=3,
        stale_contact_days=45,
        stale_application_days=10,
    )
    save_preferences(tmp_path, chosen)
    assert load_preferences(tmp_path) == chosen
    assert stale_contact_days(tmp_path) == 45
    assert stale_application_days(tmp_path) == 10
    stored = json.loads(paths.preferences_file(tmp_path).read_text(encoding="utf-8"))
    assert stored["paper"] == "Letter"


def test_update_changes_only_what_it_names(tmp_path):
    save_preferences(tmp_path, Preferences(template="compact", stale_contact_days=30))
    result = update_preferences(tmp_path, page_target=4)
    assert result == Preferences(template="compact", stale_contact_days=30, page_target=4)
    assert load_preferences(tmp_path) == result


def test_the_file_is_written_atomically_without_leftovers(tmp_path):
    for target in (1, 2, 3):
        save_preferences(tmp_path, Preferences(page_target=target))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["preferences.json"]


def test_keys_of_a_newer_version_survive_a_save(tmp_path):
    path = paths.preferences_file(tmp_path)
    path.write_text(json.dumps({"future_setting": [1, 2], "page_target": 1}), encoding="utf-8")
    save_preferences(tmp_path, Preferences(page_target=5))
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["future_setting"] == [1, 2]
    assert stored["page_target"] == 5


@pytest.mark.parametrize(
    "changes",
    [
        {"page_target": 0},
        {"page_target": 6},
        {"paper": "Legal"},
        {"template": "  "},
        {"stale_contact_days": 0},
        {"stale_application_days": 10_000},
    ],
)
def test_values_outside_the_rules_are_refused_and_nothing_is_written(tmp_path, changes):
    with pytest.raises(PreferencesError):
        save_preferences(tmp_path, Preferences(**changes))
    assert not paths.preferences_file(tmp_path).exists()


def test_a_damaged_or_hand_edited_file_costs_only_the_bad_values(tmp_path):
    path = paths.preferences_file(tmp_path)
    path.write_text(
        json.dumps(
            {
                "template": "modern",
                "paper": "Tabloid",
                "page_target": "three",
                "stale_contact_days": True,
                "stale_application_days": 14,
            }
        ),
        encoding="utf-8",
    )
    assert load_preferences(tmp_path) == Preferences(template="modern", stale_application_days=14)
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(tmp_path) == Preferences()
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_preferences(tmp_path) == Preferences()


def test_the_paper_sizes_are_the_renderers_own():
    assert PAPER_SIZES == documents.PAGE_SIZES


def test_paper_follows_the_choice_else_the_system_locale(monkeypatch):
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert paper_size(Preferences()) == "Letter"
    monkeypatch.setenv("LC_PAPER", "sv_SE.UTF-8")
    assert paper_size(Preferences()) == "A4"
    assert paper_size(Preferences(paper="Letter")) == "Letter"


def test_a_template_that_is_gone_falls_back_to_the_classic():
    catalog = load_catalog(paths.templates_dir())
    assert document_template(Preferences(template="modern"), catalog) == "modern"
    assert document_template(Preferences(template="retired"), catalog) == "classic"


def test_a_template_that_does_not_parse_falls_back_to_the_catalogs_default(tmp_path):
    for name in ("modern.toml", "compact.toml"):
        shutil.copy(paths.templates_dir() / name, tmp_path / name)
    (tmp_path / "classic.toml").write_text("name = \n", encoding="utf-8")
    catalog = load_catalog(tmp_path)
    # The file is there, but no export could use it: the first usable template stands in.
    assert (tmp_path / "classic.toml").is_file()
    assert document_template(Preferences(template="classic"), catalog) == "compact"
    assert document_template(Preferences(template="modern"), catalog) == "modern"


def test_spelling_languages_are_the_dictionaries_pyspellchecker_ships():
    languages = spelling_languages()
    assert "en" in languages and "de" in languages
    assert "sv" not in languages  # pyspellchecker has no Swedish
    assert languages == sorted(languages)


def test_the_getters_need_no_qt(tmp_path):
    save_preferences(tmp_path, Preferences(stale_contact_days=9))
    code = (
        "import sys; from pathlib import Path;"
        "from resume_builder.services.preferences import stale_contact_days;"
        f"print(stale_contact_days(Path({str(tmp_path)!r})));"
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.stdout.split() == ["9", "False"]
