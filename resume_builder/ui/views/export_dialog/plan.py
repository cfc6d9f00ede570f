"""What the Export dialog offers: the general documents or one target's, and the words for them.

Every part of the dialog speaks under the one translation context "ExportDialog": the words
are the dialog's, whichever part shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from resume_builder.domain.models import Target
from resume_builder.services.documents import EMPTY_CMD, EMPTY_LETTER, ExportRequest


@dataclass
class DocumentPlan:
    """The documents of one target, offered by the dialog instead of the general ones.

    Attributes:
        title: the window title ("Export for Northwind Retail").
        kinds: (kind, label) pairs, e.g. the target's résumé and its cover letter.
        kind: the kind shown first.
        complete: fills a request's résumé or letter options from the target, as it is now.
        file_stem: kind -> the default file name without extension; None: the one
            services.exports.file_stem gives for `target`.
        page_target: the target's page target, shown first when no `target` is given.
        formats: kind -> the formats it can be saved as (services.exports.formats_for when
            missing).
        target: the target the documents are cut for; its page target is where the dialog
            starts (services.exports.export_settings).

    """

    title: str
    kinds: list[tuple[str, str]]
    kind: str
    complete: Callable[[ExportRequest], ExportRequest]
    file_stem: Callable[[str], str] | None = None
    page_target: int | None = 2
    formats: dict[str, tuple[str, ...]] = field(default_factory=dict)
    target: Target | None = None


def missing_text(reason: str) -> str:
    """What to add before a document has something to show (services.documents.EMPTY_*).

    The Targets page's previews say the same as this dialog, so the words live here once.
    """
    if reason == EMPTY_CMD:
        return QCoreApplication.translate(
            "ExportDialog",
            "The Career Management Document has nothing to show yet. Add a role on the "
            "Experience page or an accomplishment first.",
        )
    if reason == EMPTY_LETTER:
        return QCoreApplication.translate(
            "ExportDialog",
            "The cover letter has no text yet. Draft it from its template on the target's "
            "Cover Letter tab, or write it there, first.",
        )
    return QCoreApplication.translate(
        "ExportDialog",
        "The résumé has nothing to show yet. Add a role on the Experience page, your "
        "education on the Background page or a summary on the Profile page first.",
    )


def kind_names() -> dict[str, str]:
    """The general documents' names, as the Document list and the file names say them."""
    return {
        "resume": QCoreApplication.translate("ExportDialog", "Résumé"),
        "cmd": QCoreApplication.translate("ExportDialog", "Career Management Document"),
    }


def file_words() -> dict[str, str]:
    """The words of a default file name (services.exports.FILE_WORDS) in the interface's
    language: each document's name, and the one a profile without a name goes by.
    """
    return {
        **kind_names(),
        "letter": QCoreApplication.translate("ExportDialog", "Cover Letter"),
        "career": QCoreApplication.translate("ExportDialog", "Career"),
    }


def format_names() -> dict[str, str]:
    """Each format's name in the Format list and in sentences."""
    return {
        "pdf": QCoreApplication.translate("ExportDialog", "PDF"),
        "docx": QCoreApplication.translate("ExportDialog", "Word (DOCX)"),
        "md": QCoreApplication.translate("ExportDialog", "Markdown"),
        "txt": QCoreApplication.translate("ExportDialog", "Plain text"),
        "json": QCoreApplication.translate("ExportDialog", "JSON Resume"),
    }


def sentence_end(reason: str) -> str:
    """A service's clause ("could not write …") as the end of a sentence."""
    reason = reason.strip() or "unknown reason"
    return reason if reason.endswith((".", "!", "?")) else reason + "."
