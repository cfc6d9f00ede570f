"""The Export dialog's "Include expired certifications" box: off by default, remembered."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from resume_builder.ui import settings as keys
from resume_builder.ui.views.export_dialog import ExportDialog

PREVIEW_TIMEOUT_MS = 20_000
#: the demo's certificate that expired years ago, and one that never expires
EXPIRED = "Certified Kubernetes Administrator"
CURRENT = "ITIL 4 Foundation"


@pytest.fixture
def context(demo_context):
    return demo_context


def open_dialog(qtbot, context) -> ExportDialog:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        dialog.show()
    return dialog


def preview_text(dialog) -> str:
    reader = PdfReader(io.BytesIO(dialog.preview_data))
    return " ".join((page.extract_text() or "") for page in reader.pages)


def test_expired_certificates_are_left_out_until_the_box_is_ticked(qtbot, context):
    dialog = open_dialog(qtbot, context)
    try:
        assert not dialog.include_expired_box.isChecked()
        text = preview_text(dialog)
        assert CURRENT in text and EXPIRED not in text
        with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
            qtbot.mouseClick(dialog.include_expired_box, Qt.MouseButton.LeftButton)
        assert dialog.include_expired_box.isChecked()
        assert EXPIRED in preview_text(dialog)
        dialog.close_button.click()
    finally:
        dialog.done(0)
    assert keys.EXPORT_INCLUDE_EXPIRED.get() is True
    again = open_dialog(qtbot, context)
    try:
        assert again.include_expired_box.isChecked()
    finally:
        again.done(0)


def test_the_box_is_for_a_resume_only(qtbot, context):
    dialog = open_dialog(qtbot, context)
    try:
        dialog.kind_combo.setFocus()
        with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
            qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
        assert dialog.kind_combo.currentData() == "cmd"
        assert not dialog.include_expired_box.isEnabled()
        assert "expired" in preview_text(dialog)  # the CMD lists and marks it
    finally:
        dialog.done(0)
