"""Where an export goes: its default name, the save dialog, and never replacing a file unasked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from resume_builder.services.documents import EXTENSIONS, FormatNotOffered, file_and_format
from resume_builder.services.exports import safe_file_stem
from resume_builder.ui import settings as keys
from resume_builder.ui.views.export_dialog.messages import answer, message_box, tell
from resume_builder.ui.views.export_dialog.plan import format_names


def file_name(stem: str, fmt: str) -> str:
    """A name any file system takes (services.exports.safe_file_stem) with the format's ending."""
    return f"{safe_file_stem(stem)}.{EXTENSIONS[fmt]}"


def file_filter(fmt: str) -> str:
    """The save dialog's file type for a format ("PDF document (*.pdf)")."""
    filters = {
        "pdf": QCoreApplication.translate("ExportDialog", "PDF document (*.pdf)"),
        "docx": QCoreApplication.translate("ExportDialog", "Word document (*.docx)"),
        "md": QCoreApplication.translate("ExportDialog", "Markdown (*.md)"),
        "txt": QCoreApplication.translate("ExportDialog", "Plain text (*.txt)"),
        "json": QCoreApplication.translate("ExportDialog", "JSON Resume (*.json)"),
    }
    return filters[fmt]


def start_folder() -> Path:
    """The folder of the last export while it exists, else the home folder."""
    folder = keys.EXPORT_LAST_FOLDER.get()
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def ask_where_to_save(
    parent: QWidget,
    name: str,
    fmt: str,
    offered: tuple[str, ...],
    document: str,
    on_refused: Callable[[str], None] = lambda _sentence: None,
) -> tuple[Path, str] | None:
    """Asks for the file to write: (path, format), or None when the user gave none.

    The typed name picks the format when it ends in one's extension, else the chosen file
    type's ending is added; a file that name then reaches which the save dialog never saw is
    only replaced when the user says so. A format the document cannot be is refused in a
    sentence (`document` names it), which `on_refused` gets too.
    """
    filters = {file_filter(f): f for f in offered}
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export Document"),
        str(start_folder() / name),
        ";;".join(filters),
        file_filter(fmt),
    )
    if not chosen:
        return None
    try:
        path, fmt = file_and_format(chosen, filters.get(chosen_filter, fmt), offered)
    except FormatNotOffered as exc:
        on_refused(refuse_format(parent, document, exc.format, offered))
        return None
    # The save dialog asked about replacing the name it returned, not the one with the ending.
    if path != Path(chosen) and path.exists() and not may_replace(parent, path):
        return None
    keys.EXPORT_LAST_FOLDER.set(str(path.parent))
    return path, fmt


def may_replace(parent: QWidget, path: Path) -> bool:
    """Asks before an export replaces an existing file; Cancel is the default answer."""
    question = QCoreApplication.translate(
        "ExportDialog", "“%1” already exists. Do you want to replace it?"
    ).replace("%1", path.name)
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExportDialog", "Replace File?"),
        question,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ExportDialog", "The file in “%1” will be overwritten by the export."
        ).replace("%1", str(path.parent))
    )
    replace = box.addButton(
        QCoreApplication.translate("ExportDialog", "Replace"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    return answer(box, cancel) is replace


def refuse_format(parent: QWidget, document: str, fmt: str, offered: tuple[str, ...]) -> str:
    """Says in a message that the document cannot be saved as that format; returns the sentence."""
    names = format_names()
    sentence = QCoreApplication.translate(
        "ExportDialog", "“%1” cannot be saved as %2. Choose one of: %3."
    )
    sentence = (
        sentence.replace("%1", document)
        .replace("%2", names[fmt])
        .replace("%3", ", ".join(names[f] for f in offered))
    )
    tell(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ExportDialog", "Export"),
        sentence,
    )
    return sentence
