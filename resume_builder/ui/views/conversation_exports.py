"""The meeting-brief and progress-pack dialogs: choose, export on the app's pool, copy the note.

What goes into either document is decided in services/briefs.py and services/progress.py;
these dialogs only collect the choices, run the export as a job (ui/workers) and show the
update note the progress service writes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder import paths
from resume_builder.export.catalog import load_catalog
from resume_builder.export.locale import LANGUAGES
from resume_builder.services import briefs, progress
from resume_builder.services.conversations import meetings_newest_first
from resume_builder.services.exports import export_settings
from resume_builder.services.preferences import load_preferences
from resume_builder.ui.i18n import installed_language
from resume_builder.ui.views.export_dialog.options import remembered_choices
from resume_builder.ui.workers import ExportJobs


def _format_name(fmt: str) -> str:
    return {
        "pdf": QCoreApplication.translate("ConversationExports", "PDF"),
        "docx": QCoreApplication.translate("ConversationExports", "Word (DOCX)"),
        "txt": QCoreApplication.translate("ConversationExports", "Plain text"),
    }[fmt]


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _DocumentDialog(QDialog):
    """What both dialogs share: format, template, language, file, the export job and its bar."""

    formats: tuple[str, ...] = briefs.PAPER_FORMATS
    kind = "brief"

    def __init__(self, context, parent: QWidget | None, templates_dir: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.templates_dir = Path(templates_dir) if templates_dir else paths.templates_dir()
        catalog = load_catalog(self.templates_dir)
        data_dir = getattr(self.store.repository, "data_dir", None)
        # The résumé Export dialog's last choices; before there are any, the document is in
        # the language the user reads the interface in.
        remembered = remembered_choices(for_target=False)
        if remembered.language is None:
            interface = installed_language(QApplication.instance())
            remembered = replace(remembered, language=interface)
        settings = export_settings(
            "brief",
            preferences=load_preferences(data_dir) if data_dir else load_preferences(Path()),
            catalog=catalog,
            remembered=remembered,
        )
        self.page_size = settings.page_size
        self.records = briefs.conversation_records(self.store)
        self.form = QFormLayout()
        self.format_box = QComboBox()
        for fmt in self.formats:
            self.format_box.addItem(_format_name(fmt), fmt)
        self.template_box = QComboBox()
        for key, style in catalog.styles.items():
            self.template_box.addItem(style.name or key, key)
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(settings.template)))
        self.language_box = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.file_edit = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("ConversationExports", "Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.file_row = file_row
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ConversationExports", "&Export"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.jobs = ExportJobs(self.templates_dir, job=self.job, parent=self)
        self.jobs.progressed.connect(self._on_jobs_progressed)
        self.jobs.finished.connect(self._on_jobs_finished)
        self.jobs.failed.connect(self._on_jobs_failed)
        self.jobs.ended.connect(self._on_jobs_ended)
        #: the last export's result, for whoever wants to read it back
        self.result = None

    def _add_common_rows(self) -> None:
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "&Format:"), self.format_box
        )
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "&Template:"), self.template_box
        )
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "&Language:"), self.language_box
        )
        # A row of widgets has no buddy of its own: the label names the field it starts with.
        self.form.addRow(
            _buddy_label(
                QCoreApplication.translate("ConversationExports", "F&ile:"), self.file_edit
            ),
            self.file_row,
        )
        self._default_stem = self.default_stem()
        self.file_edit.setText(str(Path.home() / f"{self._default_stem}.{self.current_format()}"))
        self.language_box.currentIndexChanged.connect(self._on_language_changed)

    def default_stem(self) -> str:
        """The file's default name in the document's language, without its ending."""
        name = self.records.career.profile.name
        return briefs.document_file_stem(name, self.kind, self.language())

    def _on_language_changed(self) -> None:
        # The default name follows the document's language; a name the user typed stays.
        path = Path(self.file_edit.text().strip())
        stem, self._default_stem = self._default_stem, self.default_stem()
        if path.stem == stem:
            self.file_edit.setText(str(path.with_name(f"{self._default_stem}{path.suffix}")))

    def can_export(self) -> bool:
        """Whether there is something to export (each dialog says what is missing)."""
        return True

    def update_state(self) -> None:
        """Export is offered only when there is something to export."""
        busy = self.progress_bar.isVisible()
        self.export_button.setEnabled(self.can_export() and not busy)

    def current_format(self) -> str:
        return self.format_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()

    def _on_format_changed(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.file_edit.setText(str(Path(text).with_suffix(f".{self.current_format()}")))

    def _on_browse_clicked(self) -> None:
        fmt = self.current_format()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ConversationExports", "Export To"),
            self.file_edit.text(),
            f"{_format_name(fmt)} (*.{fmt})",
        )
        if chosen:
            self.file_edit.setText(chosen)

    def export(self) -> None:
        """Starts the export on the app's pool; the status line says how it went."""
        text = self.file_edit.text().strip()
        if not text:
            self.status_label.setText(
                QCoreApplication.translate("ConversationExports", "Choose the file to write first.")
            )
            return
        path = Path(text)
        if path.suffix.lower() != f".{self.current_format()}":
            path = path.with_name(f"{path.name}.{self.current_format()}")
        request = self.make_request(path)
        if request is None:
            return
        self.records = briefs.conversation_records(self.store)
        request.records = self.records
        self.export_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(QCoreApplication.translate("ConversationExports", "Exporting…"))
        self.jobs.start(request, self.records.career)

    def make_request(self, path: Path):  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def job(self, request, snapshot, templates_dir):  # pragma: no cover - each dialog's own
        raise NotImplementedError

    def _on_jobs_progressed(self, fraction: float, _message: str) -> None:
        self.progress_bar.setValue(round(fraction * 100))

    def _on_jobs_finished(self, result) -> None:
        self.result = result
        if result.pages:
            # A plural only tr() files as one (context: this class, as lupdate reads it).
            text = self.tr("Wrote %1 (%n page(s)).", "", result.pages).replace(
                "%1", str(result.path)
            )
        else:
            text = QCoreApplication.translate("ConversationExports", "Wrote %1.").replace(
                "%1", str(result.path)
            )
        self.status_label.setText(text)

    def _on_jobs_failed(self, reason: str) -> None:
        self.status_label.setText(
            QCoreApplication.translate("ConversationExports", "Could not export: %1").replace(
                "%1", reason
            )
        )

    def _on_jobs_ended(self) -> None:
        self.progress_bar.hide()
        self.update_state()

    def done(self, code: int) -> None:
        self.jobs.stop()
        self.jobs.wait(5)
        super().done(code)


class BriefDialog(_DocumentDialog):
    """Exports the brief for a meeting, or for a target alone."""

    kind = "brief"

    def __init__(self, context, parent=None, meeting_id: str | None = None, templates_dir=None):
        super().__init__(context, parent, templates_dir)
        self.setObjectName("BriefDialog")
        self.setWindowTitle(QCoreApplication.translate("ConversationExports", "Meeting Brief"))
        self.meeting_box = QComboBox()
        meetings = meetings_newest_first(self.records.meetings)
        live_targets = [t for t in self.records.targets if not t.archived]
        translate = QCoreApplication.translate
        if not meetings:
            none = translate("ConversationExports", "No meetings yet")
        elif live_targets:
            none = translate("ConversationExports", "None: a brief for the target alone")
        else:
            none = translate("ConversationExports", "None")
        self.meeting_box.addItem(none, None)
        for meeting in meetings:
            when = meeting.date.iso() if meeting.date else ""
            label = " — ".join(p for p in (when, meeting.title.strip()) if p)
            self.meeting_box.addItem(
                label or QCoreApplication.translate("ConversationExports", "(untitled meeting)"),
                meeting.id,
            )
        self.target_box = QComboBox()
        self.target_box.addItem(
            translate("ConversationExports", "The meeting's own, if any")
            if live_targets
            else translate("ConversationExports", "No targets yet"),
            None,
        )
        for target in sorted(live_targets, key=lambda t: t.label().casefold()):
            self.target_box.addItem(target.label(), target.id)
        if meeting_id is not None:
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(meeting_id)))
        elif meetings:
            self.meeting_box.setCurrentIndex(1)
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "&Meeting:"), self.meeting_box
        )
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "T&arget:"), self.target_box
        )
        self._add_common_rows()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.meeting_box.currentIndexChanged.connect(self.update_state)
        self.target_box.currentIndexChanged.connect(self.update_state)
        self.update_state()
        self.resize(560, self.sizeHint().height())

    def can_export(self) -> bool:
        chosen = (self.meeting_box.currentData(), self.target_box.currentData())
        return any(value is not None for value in chosen)

    def update_state(self) -> None:
        super().update_state()
        if self.progress_bar.isVisible():
            return
        translate = QCoreApplication.translate
        missing = translate("ConversationExports", "Choose a meeting or a target for the brief.")
        nothing = translate(
            "ConversationExports",
            "There is nothing to make a brief for yet: add a meeting on the Meetings page, or "
            "a target on the Targets page.",
        )
        if self.meeting_box.count() == 1 and self.target_box.count() == 1:
            self.status_label.setText(nothing)
        elif not self.can_export():
            self.status_label.setText(missing)
        elif self.status_label.text() in (missing, nothing):
            self.status_label.clear()

    def job(self, request, snapshot, templates_dir):
        return briefs.export_brief(request, snapshot, templates_dir)

    def make_request(self, path: Path):
        meeting_id = self.meeting_box.currentData()
        target_id = self.target_box.currentData()
        if meeting_id is None and target_id is None:
            self.status_label.setText(
                QCoreApplication.translate(
                    "ConversationExports", "Choose a meeting or a target for the brief."
                )
            )
            return None
        return briefs.BriefRequest(
            meeting_id=meeting_id,
            target_id=target_id,
            format=self.current_format(),
            template=self.template_box.currentData(),
            language=self.language(),
            page_size=self.page_size,
            output=path,
        )


class ProgressDialog(_DocumentDialog):
    """Exports the progress pack for a period, and shows and copies the update note."""

    formats = progress.PROGRESS_FORMATS
    kind = "progress"

    def __init__(self, context, parent=None, templates_dir=None):
        super().__init__(context, parent, templates_dir)
        self.setObjectName("ProgressDialog")
        self.setWindowTitle(QCoreApplication.translate("ConversationExports", "Progress Pack"))
        self.period_box = QComboBox()
        self.period_box.addItem(
            QCoreApplication.translate("ConversationExports", "This quarter"), "quarter"
        )
        self.period_box.addItem(
            QCoreApplication.translate("ConversationExports", "Since the last career conversation"),
            "since_conversation",
        )
        self.period_box.addItem(
            QCoreApplication.translate("ConversationExports", "Chosen dates"), "range"
        )
        self.from_edit = QDateEdit(calendarPopup=True)
        self.to_edit = QDateEdit(calendarPopup=True)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.group_box = QComboBox()
        self.group_box.addItem(
            QCoreApplication.translate("ConversationExports", "By agreed action"), "action"
        )
        self.group_box.addItem(
            QCoreApplication.translate("ConversationExports", "By skill"), "skill"
        )
        self.group_box.addItem(QCoreApplication.translate("ConversationExports", "By role"), "role")
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "&Period:"), self.period_box
        )
        self.form.addRow(
            _buddy_label(
                QCoreApplication.translate("ConversationExports", "&Dates:"), self.from_edit
            ),
            dates,
        )
        self.form.addRow(
            QCoreApplication.translate("ConversationExports", "&Group:"), self.group_box
        )
        self._add_common_rows()
        self.note_view = QPlainTextEdit()
        self.note_view.setReadOnly(True)
        self.note_view.setObjectName("UpdateNote")
        self.copy_button = QPushButton(
            QCoreApplication.translate("ConversationExports", "&Copy update note")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "ConversationExports",
                "Put the update note on the clipboard, to paste into an e-mail",
            )
        )
        self.copy_button.clicked.connect(self.copy_note)
        note_row = QHBoxLayout()
        note_row.addWidget(
            QLabel(
                QCoreApplication.translate("ConversationExports", "Update note for the period:")
            ),
            1,
        )
        note_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(note_row)
        layout.addWidget(self.note_view, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        has_conversation = progress.last_career_conversation(self.records.meetings) is not None
        self.period_box.setCurrentIndex(1 if has_conversation else 0)
        self._on_period_changed()
        self.period_box.currentIndexChanged.connect(self._on_period_changed)
        self.from_edit.dateChanged.connect(self._on_dates_changed)
        self.to_edit.dateChanged.connect(self._on_dates_changed)
        self.language_box.currentIndexChanged.connect(self.refresh_note)
        self.resize(640, 620)

    def period(self) -> progress.Period:
        """The period chosen: a whole range from the date fields, else the service's."""
        kind = self.period_box.currentData()
        if kind == "quarter":
            return progress.this_quarter()
        if kind == "since_conversation":
            return progress.default_period(self.records.meetings)
        # the To field never goes before From (see _on_dates_changed), so the range is whole
        return progress.Period(_day(self.from_edit.date()), _day(self.to_edit.date()))

    def _on_period_changed(self) -> None:
        kind = self.period_box.currentData()
        if kind != "range":
            period = self.period()
            self.to_edit.clearMinimumDate()  # the period's own dates, whatever From was before
            for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.to_edit.setMinimumDate(self.from_edit.date())
        self.from_edit.setEnabled(kind == "range")
        self.to_edit.setEnabled(kind == "range")
        self.refresh_note()

    def _on_dates_changed(self) -> None:
        # A range cannot end before it starts: moving From past To moves To along with it.
        self.to_edit.setMinimumDate(self.from_edit.date())
        self.refresh_note()

    def refresh_note(self) -> None:
        """Writes the update note for the chosen period into the preview."""
        self.records = briefs.conversation_records(self.store)
        period = self.period()
        if progress.has_progress(self.records, period):
            note = progress.update_note(self.records, period, language=self.language())
            self.note_view.setPlainText(note)
            if self.status_label.text() == self._empty_text():
                self.status_label.clear()
        else:
            self.note_view.clear()
            self.status_label.setText(self._empty_text())
        self.update_state()

    @staticmethod
    def _empty_text() -> str:
        return QCoreApplication.translate(
            "ConversationExports",
            "Nothing to report for this period: no accomplishment falls in it and no action "
            "was agreed with your manager. Choose other dates, or add results first.",
        )

    def can_export(self) -> bool:
        return progress.has_progress(self.records, self.period())

    def update_state(self) -> None:
        super().update_state()
        self.copy_button.setEnabled(self.can_export())

    def copy_note(self) -> None:
        """Puts the update note on the clipboard."""
        self.refresh_note()
        QGuiApplication.clipboard().setText(self.note_view.toPlainText())
        self.status_label.setText(
            QCoreApplication.translate(
                "ConversationExports", "The update note is on the clipboard."
            )
        )

    def job(self, request, snapshot, templates_dir):
        return progress.export_progress(request, snapshot, templates_dir)

    def make_request(self, path: Path):
        period = self.period()
        return progress.ProgressRequest(
            start=period.start,
            end=period.end,
            by=self.group_box.currentData(),
            format=self.current_format(),
            template=self.template_box.currentData(),
            language=self.language(),
            page_size=self.page_size,
            output=path,
        )


def open_brief_dialog(parent, context, meeting_id: str | None = None) -> BriefDialog:
    """Opens the brief dialog (for a meeting when given) without blocking; returns it."""
    dialog = BriefDialog(context, parent, meeting_id=meeting_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_progress_dialog(parent, context) -> ProgressDialog:
    """Opens the progress-pack dialog without blocking; returns it."""
    dialog = ProgressDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
