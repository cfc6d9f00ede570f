"""The Export dialog as a user meets it: live preview, options, export, cancel; and its worker."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar

from resume_builder import paths
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Role
from resume_builder.services.demo import write_demo
from resume_builder.services.documents import ExportCancelled, ExportRequest, snapshot_of
from resume_builder.storage.repository import Repository
from resume_builder.ui import settings as keys
from resume_builder.ui.views.export_dialog import ExportDialog
from resume_builder.ui.widgets.template_picker import TemplateRole
from resume_builder.ui.workers import ExportWorker
from tests.ui.conftest import when_modal_shown

PREVIEW_TIMEOUT_MS = 20_000
NAME = "Dana Lindqvist"
CURRENT_ROLE = "Associate Director, IT Operations"


@pytest.fixture(autouse=True)
def no_stray_message_boxes(qapp):
    """Closes a message box nobody answers, so a broken test fails instead of hanging."""
    stray: list[str] = []
    last: list = [None]

    def sweep():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box is last[0]:
            stray.append(box.text())
            box.reject()
        last[0] = box

    timer = QTimer()
    timer.timeout.connect(sweep)
    timer.start(3000)
    yield
    timer.stop()
    assert not stray, f"unexpected message boxes: {stray}"


@pytest.fixture
def context(demo_context):
    return demo_context


@pytest.fixture
def dialog(qtbot, context):
    dialog = open_dialog(qtbot, context)
    yield dialog
    dialog.done(0)  # cancels what still runs and waits for the pool, before the store closes


@pytest.fixture
def save_as(monkeypatch):
    """Answers the save dialog with a path, and records what it was asked."""
    asked: dict = {}

    def answer(path: Path | None):
        def fake(parent, caption="", directory="", file_filter="", *args, **kwargs):
            asked.update(caption=caption, directory=directory, filter=file_filter)
            return (str(path) if path else "", file_filter)

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return asked

    return answer


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def template_rows(dialog: ExportDialog) -> list[dict]:
    """What the template picker shows on each row: name, key, description, tooltip."""
    model = dialog.template_picker.model()
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rows.append(
            {
                "name": index.data(Qt.ItemDataRole.DisplayRole),
                "key": index.data(TemplateRole.KEY),
                "description": index.data(TemplateRole.DESCRIPTION),
                "tooltip": index.data(Qt.ItemDataRole.ToolTipRole),
            }
        )
    return rows


def click_template(qtbot, dialog: ExportDialog, name: str) -> None:
    picker = dialog.template_picker
    key = next(row["key"] for row in template_rows(dialog) if row["name"] == name)
    position = picker.row_rect(key).center()
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=position)


def answer_message_box(qtbot, button_text: str, seen: dict) -> None:
    """Clicks a button of the next message box as soon as it is shown (it runs modally)."""

    def click(box):
        seen["text"] = box.text()
        seen["details"] = box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal_shown(QMessageBox, click)


@pytest.fixture
def save_typed(monkeypatch):
    """Answers the save dialog as a user does: a typed name and the file type left chosen."""
    asked: dict = {}

    def answer(typed: Path, chosen_type: str | None = None):
        def fake(parent, caption="", directory="", file_filter="", selected="", *args, **kwargs):
            filters = file_filter.split(";;")
            asked.update(directory=directory, filters=filters, selected=selected)
            picked = next((f for f in filters if chosen_type and chosen_type in f), selected)
            return str(typed), picked

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return asked

    return answer


def export_and_close(qtbot, dialog: ExportDialog) -> Path:
    answer_message_box(qtbot, "Close", {})
    with qtbot.waitSignal(dialog.export_finished, timeout=PREVIEW_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def open_dialog(qtbot, context, plan=None) -> ExportDialog:
    dialog = ExportDialog(context, plan=plan)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        dialog.show()
    return dialog


# --------------------------------------------------------------------------- preview
def test_first_preview_shows_the_resume_and_its_fit(dialog):
    assert dialog.preview_document.status() == QPdfDocument.Status.Ready
    assert dialog.preview_document.pageCount() >= 1
    assert dialog.preview_document.pageCount() == dialog.preview_result.pages
    assert "page" in dialog.fit_label.text()
    assert "page" in dialog.pages_label.text()
    text = pdf_text(dialog.preview_data)
    assert NAME in text
    assert "Experience" in text or "EXPERIENCE" in text
    assert not dialog.progress_bar.isVisible()  # idle once the preview is there


def test_changing_template_and_language_re_renders_the_preview(qtbot, dialog):
    first = dialog.preview_data
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        click_template(qtbot, dialog, "Modern")
    assert dialog.current_template() == "modern"
    assert dialog.preview_data != first

    dialog.language_combo.setFocus()
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.keyClicks(dialog.language_combo, "Svenska")
    assert dialog.language_combo.currentData() == "sv"
    text = pdf_text(dialog.preview_data)
    assert "Erfarenhet" in text
    assert "Experience" not in text


def test_quick_changes_are_debounced_into_one_preview(qtbot, dialog):
    shown = []
    dialog.preview_ready.connect(lambda: shown.append(dialog.language_combo.currentData()))
    dialog.language_combo.setFocus()
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        for _ in range(3):  # English → Svenska → Deutsch → Français, faster than the delay
            qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    qtbot.wait(600)  # room for a stray second preview, which must not come
    assert shown == ["fr"]
    assert "EXPÉRIENCE" in pdf_text(dialog.preview_data).upper()


def test_a_one_page_target_reports_what_goes_and_when_it_cannot_fit(qtbot, dialog, context):
    store = context.store
    assert dialog.page_target_combo.currentData() == 2
    dialog.page_target_combo.setFocus()
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.keyClick(dialog.page_target_combo, Qt.Key.Key_Up)
    assert dialog.page_target_combo.currentData() == 1
    # The automatic choice fits itself to one page and names what it left out to get there.
    assert dialog.preview_document.pageCount() == 1
    report = dialog.fit_label.text()
    assert "within the 1-page target" in report and "Left out to fit" in report
    assert re.search(r"“(.+?)”", report), report
    assert dialog.fit_level == "attention" and dialog.fit_icon.isVisibleTo(dialog)
    # The whole list, a hover away, names the bullets that had to go.
    listed = {line.removeprefix("• ") for line in dialog.fit_box.toolTip().splitlines()}
    assert listed & {a.headline for a in store.records(Accomplishment)}
    # And why each went, as a recruiter would say it.
    assert "What was cut, and why:" in listed
    assert any(line.startswith("the Interests section: missed least") for line in listed)
    assert any("bullet" in line and ": " in line and "(" in line for line in listed), listed

    # Thirty more roles cannot fit one page whatever is left out: over the target, in red.
    # (Recent enough to keep their entries: lines under Earlier career may go to fit.)
    year = date.today().year - 10
    roles = [
        Role(
            title=f"Consultant {n}",
            employer=f"Client {n} AB",
            start=PartialDate(year, 1),
            end=PartialDate(year, 6),
            description="A long engagement described at length, line after line. " * 2,
        )
        for n in range(30)
    ]
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        store.apply(put=roles)
    report = dialog.fit_label.text()
    assert "over the 1-page target" in report
    assert dialog.preview_document.pageCount() > 1
    # Its best attempt, not the whole résumé: every bullet went, and the report says so.
    assert "The closest it comes leaves out" in report
    headlines = {a.headline for a in store.records(Accomplishment)}
    assert not any(headline[:40] in pdf_text(dialog.preview_data) for headline in headlines)
    listed = dialog.fit_box.toolTip().splitlines()
    assert listed[0] == "Left out to come closest to the target:"
    assert {line.removeprefix("• ") for line in listed[1:]} & headlines
    assert dialog.fit_level == "warning" and dialog.fit_label.property("warning") is True
    assert dialog.fit_icon.isVisibleTo(dialog)

    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        store.apply(remove=roles)
    dialog.page_target_combo.setFocus()
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.keyClick(dialog.page_target_combo, Qt.Key.Key_Down)  # back to two pages
    assert "within the 2-page target" in dialog.fit_label.text()
    assert dialog.fit_level != "warning" and dialog.fit_label.property("warning") is False


def test_non_pdf_formats_say_the_preview_is_the_pdf_layout(qtbot, dialog):
    assert not dialog.format_note.isVisibleTo(dialog)
    before = dialog.preview_data
    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)  # PDF → Word
    assert dialog.format_combo.currentData() == "docx"
    assert dialog.format_note.isVisibleTo(dialog)
    assert "PDF" in dialog.format_note.text()
    qtbot.wait(500)  # the format alone does not re-render: the preview is the same PDF
    assert dialog.preview_data is before


def test_the_career_document_has_no_page_target(qtbot, dialog):
    dialog.kind_combo.setFocus()
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    assert dialog.kind_combo.currentData() == "cmd"
    assert not dialog.page_target_combo.isEnabled()
    assert "OVERVIEW" in pdf_text(dialog.preview_data).upper()  # the CMD's first section
    assert dialog.preview_result.pages > 3  # the whole record, far longer than the résumé
    assert "target" not in dialog.fit_label.text()


def test_an_edit_in_the_store_reaches_the_open_preview(qtbot, dialog, context):
    role = next(r for r in context.store.records(Role) if r.title == CURRENT_ROLE)
    from dataclasses import replace

    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        context.store.apply(put=[replace(role, title="Director of Everything Reliable")])
    assert "Director of Everything Reliable" in pdf_text(dialog.preview_data)


# --------------------------------------------------------------------------- exporting
def test_export_pdf_then_docx_reads_back_and_remembers_the_folder(qtbot, dialog, save_as, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    asked = save_as(out / "dana.pdf")
    seen: dict = {}
    answer_message_box(qtbot, "Close", seen)
    with qtbot.waitSignal(dialog.export_finished, timeout=PREVIEW_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args == [out / "dana.pdf"]
    assert Path(asked["directory"]).name == f"{NAME} - Résumé.pdf"
    assert "*.pdf" in asked["filter"]
    assert {"Open File", "Open Folder"} <= {t.replace("&", "") for t in seen["buttons"]}
    assert "dana.pdf" in seen["text"]
    text = pdf_text((out / "dana.pdf").read_bytes())
    assert NAME in text and CURRENT_ROLE in text
    assert keys.EXPORT_LAST_FOLDER.get() == str(out)

    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)  # PDF → Word
    asked = save_as(out / "dana")  # no extension typed: the format's is added
    answer_message_box(qtbot, "Close", seen)
    with qtbot.waitSignal(dialog.export_finished, timeout=PREVIEW_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args == [out / "dana.docx"]
    # The save dialog opened in the folder of the last export.
    assert Path(asked["directory"]) == out / f"{NAME} - Résumé.docx"
    text = docx_text(out / "dana.docx")
    assert NAME in text and CURRENT_ROLE in text
    assert sorted(p.name for p in out.iterdir()) == ["dana.docx", "dana.pdf"]


def test_options_are_remembered_for_next_time(qtbot, dialog, context):
    dialog.language_combo.setFocus()
    qtbot.keyClicks(dialog.language_combo, "Deutsch")
    dialog.format_combo.setFocus()
    qtbot.keyClicks(dialog.format_combo, "Markdown")
    click_template(qtbot, dialog, "Compact")
    dialog.close_button.click()
    assert not dialog.isVisible()
    again = ExportDialog(context)
    qtbot.addWidget(again)
    try:
        assert again.language_combo.currentData() == "de"
        assert again.format_combo.currentData() == "md"
        assert again.current_template() == "compact"
        assert keys.EXPORT_LANGUAGE.get() == "de"
    finally:
        again.done(0)


def test_cancelling_a_running_export_leaves_no_file(qtbot, dialog, save_as, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    save_as(out / "cancelled.pdf")
    with qtbot.waitSignal(dialog.export_cancelled, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        # Straight away: the job is still typesetting, long before its "Writing" step.
        assert dialog.cancel_button.isVisible()
        assert not dialog.close_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the export, not the dialog
    assert dialog.isVisible()
    assert list(out.iterdir()) == []
    assert "cancelled" in dialog.status_label.text()
    assert not dialog.cancel_button.isVisible()
    assert dialog.export_button.isEnabled()


def test_an_export_that_cannot_be_written_is_a_sentence(qtbot, dialog, save_as, tmp_path):
    save_as(tmp_path / "no such folder" / "x.pdf")
    seen: dict = {}
    answer_message_box(qtbot, "Close", seen)
    with qtbot.waitSignal(dialog.export_failed, timeout=PREVIEW_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    message = failed.args[0]
    assert message == seen["text"]
    assert message.startswith("The document could not be exported: could not write")
    assert "Traceback" not in message and message.endswith(".")
    assert not (tmp_path / "no such folder").exists()


def test_a_cancelled_save_dialog_exports_nothing(qtbot, dialog, save_as, tmp_path):
    save_as(None)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isVisible()
    assert dialog.export_button.isEnabled()


# --------------------------------------------------------------------------- worker
def _run(qtbot, worker: ExportWorker, signal_name: str):
    pool = QThreadPool()
    try:
        with qtbot.waitSignal(
            getattr(worker.signals, signal_name), timeout=PREVIEW_TIMEOUT_MS
        ) as s:
            pool.start(worker)
    finally:
        pool.waitForDone()
    return s


def test_worker_needs_a_snapshot_never_the_live_store(context):
    with pytest.raises(TypeError):
        ExportWorker(ExportRequest(), context.store, paths.templates_dir())


def test_worker_exports_from_a_snapshot_and_keeps_its_own_request(qtbot, context):
    request = ExportRequest(format="pdf", language="sv")
    worker = ExportWorker(request, snapshot_of(context.store), paths.templates_dir())
    request.language = "en"  # the dialog changing its options later does not reach the job
    progress = []
    worker.signals.progressed.connect(lambda fraction, text: progress.append(fraction))
    finished = _run(qtbot, worker, "finished")
    result = finished.args[0]
    assert result.path is None and result.pages >= 1
    assert "ERFARENHET" in pdf_text(result.data).upper()
    assert progress == sorted(progress) and progress[-1] == 1.0


def test_worker_sends_the_cancel_into_the_generator(qtbot, context):
    started, gate = threading.Event(), threading.Event()
    received = []

    def job(request, snapshot, templates_dir):
        started.set()
        gate.wait(5)
        answer = yield 0.2, "Typesetting"
        received.append(answer)
        if answer:
            raise ExportCancelled
        yield 1.0, "Done"
        return "not cancelled"

    worker = ExportWorker(ExportRequest(), snapshot_of(context.store), Path("."), job=job)
    pool = QThreadPool()
    try:
        with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
            pool.start(worker)
            assert started.wait(5)  # the job is running: only the generator can see the cancel
            worker.cancel()
            gate.set()
    finally:
        pool.waitForDone()
    assert received == [True]


def test_worker_reports_a_service_error_as_its_message(qtbot, context):
    request = ExportRequest(template="no-such-template")
    worker = ExportWorker(request, snapshot_of(context.store), paths.templates_dir())
    failed = _run(qtbot, worker, "failed")
    assert "no template “no-such-template”" in failed.args[0]


# --------------------------------------------------------------------------- main window
def test_ctrl_e_opens_the_export_dialog_from_the_main_window(qtbot, tmp_path):
    from resume_builder.ui.main_window import MainWindow

    repository = Repository.open(tmp_path / "window-data")
    write_demo(repository)
    window = MainWindow(repository)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    file_actions = window.menuBar().actions()[0].menu().actions()
    assert file_actions.index(window.export_action) == file_actions.index(window.new_action) + 1
    toolbar = window.findChild(QToolBar, "mainToolBar")
    tools = toolbar.actions()
    assert tools.index(window.export_action) == tools.index(window.delete_action) + 1
    assert not window.export_action.icon().isNull()
    assert window.export_action.statusTip()

    seen: dict = {}

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, look_and_close)
            return
        if not dialog.preview_data:  # the first preview may already be there
            qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS).wait()
        seen["text"] = pdf_text(dialog.preview_data)
        dialog.close_button.click()

    QTimer.singleShot(0, look_and_close)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert NAME in seen["text"]
    window.close()
    window.shutdown()


# --------------------------------------------------------------------------- translation
def test_every_bundled_templates_words_are_listed_for_translation():
    from resume_builder.export.catalog import load_catalog
    from resume_builder.ui.template_words import bundled_texts

    listed = bundled_texts()
    for style in load_catalog(paths.templates_dir()).styles.values():
        # A name or description changed in its .toml must be changed in template_words.py too.
        assert style.name in listed, style.key
        assert style.description in listed, style.key


def test_template_names_and_descriptions_follow_the_interface_language(qtbot, context, tmp_path):
    from PySide6.QtCore import QTranslator

    from resume_builder.ui.template_words import bundled_texts

    description = "Single column, serif type, black on white: at home in any industry."
    swedish = "En spalt, antikva, svart på vitt: passar i alla branscher."
    assert description in bundled_texts()
    ts = tmp_path / "templates_sv.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="sv_SE"><context><name>templates</name>'
        f"<message><source>{description}</source><translation>{swedish}</translation>"
        "</message><message><source>Classic</source><translation>Klassisk</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "templates_sv.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    dialog = open_dialog(qtbot, context)
    try:
        classic = next(row for row in template_rows(dialog) if row["name"] == "Klassisk")
        assert classic["key"] == "classic"
        assert classic["tooltip"] == swedish and classic["description"] == swedish
    finally:
        dialog.done(0)
        QApplication.removeTranslator(translator)


# --------------------------------------------------------------------------- template catalog


def test_the_dialog_runs_its_jobs_on_the_application_pool(dialog):
    from resume_builder.ui.workers import app_pool

    assert dialog.findChildren(QThreadPool) == []
    assert dialog.exports._pool is app_pool() and dialog.previews._pool is app_pool()


def test_the_export_dialog_reads_its_settings_only_through_typed_keys():
    import resume_builder.ui.views.export_dialog as package

    sources = list(Path(package.__file__).parent.glob("*.py"))
    assert len(sources) >= 6
    for source in sources:
        text = source.read_text(encoding="utf-8")
        # Every key is declared once in ui/settings.py; none is spelled out here.
        assert "QSettings" not in text, source.name
        assert not re.search(r"""\.(value|setValue)\(\s*f?["']""", text), source.name
