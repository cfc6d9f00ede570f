"""The Export dialog's look, as a user changes it: font, accent, margins, density and the
order of sections reach the preview, and the dialog starts from them next time.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from resume_builder.domain.look import DocumentLook
from resume_builder.ui.views.export_dialog.look import SectionOrderDialog
from tests.ui.conftest import when_modal_shown
from tests.ui.test_export_dialog import PREVIEW_TIMEOUT_MS, open_dialog


@pytest.fixture
def context(demo_context):
    return demo_context


@pytest.fixture
def dialog(qtbot, context):
    dialog = open_dialog(qtbot, context)
    yield dialog
    dialog.done(0)


def fonts(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    return {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def heading_order(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    lines = [
        line.strip() for page in reader.pages for line in (page.extract_text() or "").splitlines()
    ]
    return [line for line in lines if line in {"SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS"}]


def pick(qtbot, dialog, combo, text: str) -> None:
    """Chooses an item the way a keyboard user does: focus the list, arrow to the item."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        combo.setFocus()
        while combo.currentIndex() != index:
            qtbot.keyClick(
                combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
            )


def test_the_font_chosen_reaches_the_preview(qtbot, dialog):
    look = dialog.options.look_options
    assert any("NotoSerif" in f for f in fonts(dialog.preview_data))  # classic is serif
    pick(qtbot, dialog, look.font_combo, "Sans (Noto Sans)")
    assert any("NotoSans-" in f for f in fonts(dialog.preview_data))
    assert not any("NotoSerif" in f for f in fonts(dialog.preview_data))


def test_moving_skills_first_in_the_order_dialog_reorders_the_preview(qtbot, dialog):
    assert heading_order(dialog.preview_data)[:2] == ["SUMMARY", "EXPERIENCE"]

    def move_skills_to_the_top(order_dialog):
        view = order_dialog.view
        row = next(
            r
            for r in range(order_dialog.model.rowCount())
            if order_dialog.model.item(r).data(Qt.ItemDataRole.UserRole) == "skills"
        )
        try:
            view.setFocus()
            view.setCurrentIndex(order_dialog.model.index(row, 0))
            for _ in range(row):
                qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        finally:
            order_dialog.accept()  # a failed step must not leave the dialog up

    when_modal_shown(SectionOrderDialog, move_skills_to_the_top)
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.mouseClick(dialog.options.look_options.order_button, Qt.MouseButton.LeftButton)
    assert heading_order(dialog.preview_data)[:2] == ["SKILLS", "SUMMARY"]
    assert "Skills first" in dialog.options.look_options.order_label.text()


def test_the_dialog_starts_next_time_from_the_look_used_last(qtbot, context):
    first = open_dialog(qtbot, context)
    look = first.options.look_options
    pick(qtbot, first, look.margins_combo, "Wide (25 mm)")
    pick(qtbot, first, look.accent_combo, "Teal")
    pick(qtbot, first, look.density_combo, "Compact")
    first.done(0)
    second = open_dialog(qtbot, context)
    try:
        assert second.options.look_options.look() == DocumentLook(
            accent="#0f766e", margins="wide", density="compact"
        )
        assert second.options.request().look.margins == "wide"
    finally:
        second.done(0)


def test_every_mnemonic_in_the_dialog_is_its_own(qtbot, dialog):
    """Alt+letter reaches one control: the look's labels take letters the rest do not use."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [m.casefold() for text in texts for m in re.findall(r"&([^&\s])", text)]
    assert {"n", "c", "m", "y", "o"} <= set(letters)
    assert len(letters) == len(set(letters)), texts
    # Alt+C opens the accent list's keyboard focus, not another control.
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.options.look_options.accent_combo
