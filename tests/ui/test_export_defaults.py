"""Where the Export dialog starts and what it offers: Preferences, last time's choices, the
templates (broken ones named), and the default file name, as services.exports and the template
catalog decide them for the window and the command line alike.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from resume_builder import paths
from resume_builder.domain.models import Target
from resume_builder.services.documents import default_page_size
from resume_builder.services.preferences import Preferences, save_preferences
from resume_builder.ui import settings as keys
from resume_builder.ui.views.export_dialog import DocumentPlan, ExportDialog
from tests.ui.test_export_dialog import (
    NAME,
    PREVIEW_TIMEOUT_MS,
    click_template,
    export_and_close,
    pdf_text,
    template_rows,
)
from tests.ui.test_export_dialog import context as context  # noqa: F401 - fixtures
from tests.ui.test_export_dialog import dialog as dialog  # noqa: F401
from tests.ui.test_export_dialog import no_stray_message_boxes as no_stray_message_boxes  # noqa: F401
from tests.ui.test_export_dialog import save_typed as save_typed  # noqa: F401

#: the paper the system would not choose, so that a dialog showing it shows a choice
OTHER_PAPER = "Letter" if default_page_size() == "A4" else "A4"
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


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
    for each in dialogs:
        each.done(0)


def prefer(context, **values) -> None:
    save_preferences(context.store.repository.data_dir, Preferences(**values))


def templates_and_a_broken_one(folder, *keys: str):
    """A templates folder with the bundled templates `keys` and a Fancy that does not parse."""
    folder.mkdir()
    for key in keys:
        for name in (f"{key}.toml", f"{key}.png"):
            shutil.copy(paths.templates_dir() / name, folder / name)
    (folder / "fancy.toml").write_text('name = "Fancy\naccent_color = 12\n', encoding="utf-8")
    return folder


@pytest.fixture
def templates_without_the_classic(tmp_path):
    """Classic gone, Compact and Modern usable, and a Fancy that does not parse."""
    return templates_and_a_broken_one(tmp_path / "no-classic", "compact", "modern")


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
    context, opened, templates_without_the_classic
):
    prefer(context, template="fancy")
    keys.EXPORT_TEMPLATE.set("fancy")
    dialog = opened(templates_dir=templates_without_the_classic)
    # No classic in this folder: the catalog's default is its first usable template.
    assert dialog.catalog.default_key == "compact"
    assert dialog.current_template() == "compact"
    warning = dialog.broken_label.text()
    assert "fancy.toml" in warning
    assert warning.endswith(
        "\nThe template chosen in Preferences, “fancy”, cannot be used; starting from “compact”."
    )


def test_a_remembered_template_broken_since_gives_way_to_a_usable_preference(
    context, opened, templates_without_the_classic
):
    prefer(context, template="modern")
    keys.EXPORT_TEMPLATE.set("fancy")
    dialog = opened(templates_dir=templates_without_the_classic)
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


# --------------------------------------------------------------------------- template catalog
def test_the_template_model_passes_the_model_tester(qtmodeltester, dialog):
    model = dialog.template_picker.model()
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    assert [row["key"] for row in template_rows(dialog)] == [
        "classic",
        "compact",
        "european",
        "executive",
        "modern",
        "technical",
    ]
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()


@pytest.fixture
def templates_with_a_broken_one(tmp_path):
    return templates_and_a_broken_one(tmp_path / "templates", "classic", "modern")


def test_a_broken_template_is_named_with_its_reason_and_the_others_export(
    qtbot, context, templates_with_a_broken_one, save_typed, tmp_path
):
    dialog = ExportDialog(context, templates_dir=templates_with_a_broken_one)
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
            dialog.show()
        # A line beside the picker, not a message to dismiss, names the file and why.
        warning = dialog.broken_label.text()
        assert dialog.broken_label.isVisible()
        # (English plural forms come from the English .qm once it lists this message)
        assert re.match(
            r"1 template file(\(s\))? could not be used:\n• template fancy\.toml: ", warning
        )
        assert "fancy.toml" in warning and "TOML" in warning
        assert str(templates_with_a_broken_one / "fancy.toml") in (
            dialog.options.broken_box.toolTip()
        )
        assert [row["key"] for row in template_rows(dialog)] == ["classic", "modern"]

        with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
            click_template(qtbot, dialog, "Modern")
        save_typed(tmp_path / "modern.pdf")
        written = export_and_close(qtbot, dialog)
        assert NAME in pdf_text(written.read_bytes())
        assert dialog.exports.request.template == "modern"
    finally:
        dialog.done(0)


def test_without_broken_templates_there_is_no_warning(dialog):
    assert not dialog.options.broken_box.isVisibleTo(dialog)
    assert dialog.broken_label.text() == ""


def test_a_folder_of_only_broken_templates_says_so_and_offers_no_export(qtbot, context, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "classic.toml").write_text("name = \n", encoding="utf-8")
    dialog = ExportDialog(context, templates_dir=folder)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.fit_label.text() != "", timeout=PREVIEW_TIMEOUT_MS)
        assert dialog.fit_label.text() == "There are no templates to show."
        assert "classic.toml" in dialog.broken_label.text()
        assert dialog.template_picker.model().rowCount() == 0
        assert not dialog.export_button.isEnabled()
    finally:
        dialog.done(0)
