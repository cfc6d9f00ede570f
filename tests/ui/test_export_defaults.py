"""Where the Export dialog starts: Preferences, last time's choices, broken templates, and the
default file name, as services.exports decides them for the window and the command line alike.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from resume_builder import paths
from resume_builder.domain.models import Target
from resume_builder.services.demo import write_demo
from resume_builder.services.documents import default_page_size
from resume_builder.services.preferences import Preferences, save_preferences
from resume_builder.storage.repository import Repository
from resume_builder.ui import settings as keys
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.export_dialog import DocumentPlan, ExportDialog

#: the paper the system would not choose, so that a dialog showing it shows a choice
OTHER_PAPER = "Letter" if default_page_size() == "A4" else "A4"
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


@pytest.fixture
def context(tmp_path, qapp):
    repository = Repository.open(tmp_path / "data")
    write_demo(repository)
    store = CareerStore(repository)
    yield ViewContext(store=store, undo_stack=QUndoStack())
    store.flush()
    repository.close()


@pytest.fixture
def opened(qtbot, context):
    """Opens Export dialogs (closing each at the end, after its jobs)."""
    dialogs: list[ExportDialog] = []

    def open_dialog(**kwargs) -> ExportDialog:
        dialog = ExportDialog(context, **kwargs)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return dialog

    yield open_dialog
    for dialog in dialogs:
        dialog.done(0)


def prefer(context, **values) -> None:
    save_preferences(context.store.repository.data_dir, Preferences(**values))


@pytest.fixture
def templates_with_a_broken_one(tmp_path):
    """Classic gone, Compact and Modern usable, and a Fancy that does not parse."""
    folder = tmp_path / "templates"
    folder.mkdir()
    for name in ("compact.toml", "compact.png", "modern.toml", "modern.png"):
        shutil.copy(paths.templates_dir() / name, folder / name)
    (folder / "fancy.toml").write_text('name = "Fancy\naccent_color = 12\n', encoding="utf-8")
    return folder


def test_with_nothing_remembered_the_dialog_starts_from_preferences(context, opened):
    prefer(context, template="modern", paper=OTHER_PAPER, page_target=1)
    dialog = opened()
    assert dialog.current_template() == "modern"
    assert dialog.page_size_combo.currentData() == OTHER_PAPER
    assert dialog.page_target_combo.currentData() == 1
    assert not dialog.options.broken_box.isVisibleTo(dialog)


def test_without_preferences_either_it_starts_from_the_built_in_defaults(opened):
    dialog = opened()
    assert dialog.current_template() == "classic"
    assert dialog.page_size_combo.currentData() == default_page_size()
    assert dialog.page_target_combo.currentData() == 2
    assert dialog.language_combo.currentData() == "en"


def test_a_remembered_choice_wins_over_preferences(context, opened):
    prefer(context, template="modern", paper=OTHER_PAPER, page_target=1)
    keys.EXPORT_TEMPLATE.set("compact")
    keys.EXPORT_PAGE_SIZE.set(default_page_size())
    keys.EXPORT_PAGE_TARGET.set(2)
    keys.EXPORT_LANGUAGE.set("sv")
    dialog = opened()
    assert dialog.current_template() == "compact"
    assert dialog.page_size_combo.currentData() == default_page_size()
    assert dialog.page_target_combo.currentData() == 2
    assert dialog.language_combo.currentData() == "sv"


def test_a_remembered_value_nobody_can_use_is_passed_over(context, opened):
    prefer(context, template="modern", paper=OTHER_PAPER)
    keys.EXPORT_TEMPLATE.set("retired")  # its file is gone
    keys.EXPORT_PAGE_SIZE.set("Tabloid")
    keys.EXPORT_LANGUAGE.set("xx")
    dialog = opened()
    assert dialog.current_template() == "modern"
    assert dialog.page_size_combo.currentData() == OTHER_PAPER
    assert dialog.language_combo.currentData() == "en"


def test_a_remembered_template_now_broken_falls_back_to_the_catalogs_default(
    context, opened, templates_with_a_broken_one
):
    prefer(context, template="fancy")
    keys.EXPORT_TEMPLATE.set("fancy")
    dialog = opened(templates_dir=templates_with_a_broken_one)
    # No classic in this folder: the catalog's default is its first usable template.
    assert dialog.catalog.default_key == "compact"
    assert dialog.current_template() == "compact"
    warning = dialog.broken_label.text()
    assert "fancy.toml" in warning
    assert warning.endswith(
        "\nThe template chosen in Preferences, “fancy”, cannot be used; starting from “compact”."
    )


def test_a_remembered_template_broken_since_gives_way_to_a_usable_preference(
    context, opened, templates_with_a_broken_one
):
    prefer(context, template="modern")
    keys.EXPORT_TEMPLATE.set("fancy")
    dialog = opened(templates_dir=templates_with_a_broken_one)
    assert dialog.current_template() == "modern"
    assert "Preferences" not in dialog.broken_label.text()


def test_a_target_starts_from_its_own_page_target_not_the_general_dialogs(context, opened):
    prefer(context, page_target=2)
    keys.EXPORT_PAGE_TARGET.set(2)
    target = Target(company="Northwind Retail", title="Head of Platform", page_target=1)
    plan = DocumentPlan(
        title="Export for Northwind",
        kinds=[("resume", "Résumé for this target"), ("letter", "Cover letter")],
        kind="resume",
        complete=lambda request: request,
        target=target,
    )
    dialog = opened(plan=plan)
    assert dialog.page_target_combo.currentData() == 1
    # Without a stem of its own, the plan's file is named as the command line names it.
    assert dialog.default_file_name() == "Dana Lindqvist - Résumé - Northwind Retail.pdf"


def rename_profile(context, name: str) -> None:
    store = context.store
    store.apply(put=[replace(store.profile(), name=name)])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dana/Lindqvist\\: CV?", "Dana Lindqvist CV - Résumé.pdf"),
        ("CON", "CON - Résumé.pdf"),
        ("Dana Lindqvist...", "Dana Lindqvist - Résumé.pdf"),
        ("  ", "Career - Résumé.pdf"),
        ("aux.tar", "aux_.tar - Résumé.pdf"),
    ],
)
def test_the_default_file_name_of_a_hostile_profile_name_is_safe(context, opened, name, expected):
    rename_profile(context, name)
    dialog = opened()
    file_name = dialog.default_file_name()
    assert file_name == expected
    stem = file_name.rsplit(".", 1)[0]
    assert not set(stem) & set('<>:"/\\|?*') and stem == stem.strip(". ")
    assert stem.split(".")[0].strip().upper() not in WINDOWS_DEVICES


def test_a_plans_own_stem_is_made_safe_too(context, opened):
    plan = DocumentPlan(
        title="Export for Northwind",
        kinds=[("letter", "Cover letter")],
        kind="letter",
        complete=lambda request: request,
        file_stem=lambda kind: f"NUL.{kind}/Northwind: Retail.",
    )
    dialog = opened(plan=plan)
    assert dialog.default_file_name() == "NUL_.letter Northwind Retail.pdf"


def test_the_remembered_choices_are_none_until_stored_and_a_target_keeps_its_page_target():
    from resume_builder.ui.views.export_dialog import remembered_choices

    nothing = remembered_choices(for_target=False)
    assert (nothing.template, nothing.language, nothing.page_size, nothing.page_target) == (
        None,
        None,
        None,
        None,
    )
    keys.EXPORT_TEMPLATE.set("modern")
    keys.EXPORT_PAGE_TARGET.set(1)
    general = remembered_choices(for_target=False)
    assert (general.template, general.page_target) == ("modern", 1)
    assert remembered_choices(for_target=True).page_target is None
