"""The main window (a first, read-only list of accomplishments)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem

from resume_builder import APP_NAME
from resume_builder.domain.models import Accomplishment, Role, sort_key_newest_first
from resume_builder.storage.errors import SaveError


class MainWindow(QMainWindow):
    """Lists the stored accomplishments, newest first."""

    def __init__(self, repository, demo: bool = False):
        super().__init__()
        self.repository = repository
        self.setWindowTitle(APP_NAME + (self.tr(" — demo career") if demo else ""))
        roles = {r.id: r for r in repository.all(Role)}
        items = sorted(repository.all(Accomplishment), key=sort_key_newest_first)
        table = QTableWidget(len(items), 3, self)
        table.setObjectName("accomplishments")
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Accomplishment"), self.tr("Role")])
        for row, item in enumerate(items):
            role = roles.get(item.role_id or "")
            for column, text in enumerate(
                (str(item.date or ""), item.headline, role.label() if role else "")
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, cell)
        table.resizeColumnToContents(0)
        table.setColumnWidth(1, 800)
        table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(table if items else QLabel(self.tr("No accomplishments yet.")))
        self.statusBar().showMessage(
            self.tr("%1 accomplishments — %2")
            .replace("%1", str(len(items)))
            .replace("%2", str(repository.data_dir))
        )
        self.resize(1400, 900)

    def shutdown(self) -> None:
        """Saves what is unsaved and releases the data folder."""
        if self.repository.dirty and not self.repository.read_only:
            try:
                self.repository.save()
            except SaveError as exc:
                QMessageBox.critical(self, APP_NAME, str(exc))
        self.repository.close()
