"""What a target's documents are made of: the previews' requests, the Export dialog's plan,
the drafted letter, and the record of each document sent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from resume_builder import paths
from resume_builder.domain.models import Target
from resume_builder.export.style import available_styles
from resume_builder.services.documents import (
    ExportRequest,
    default_page_size,
    snapshot_of,
    what_is_missing,
)
from resume_builder.services.targets import export_entry, resume_options, with_export
from resume_builder.ui import settings

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


class TargetDocuments(QObject):
    """The résumé and cover letter of the view's current target, as documents."""

    def __init__(self, host):
        super().__init__(host)
        self.host = host
        self.store = host.store

    def preview_request(self, kind: str, preview):
        """What a preview typesets now: (request, snapshot), or None after telling `preview`
        what to add first.
        """
        if self.host.current_target() is None:
            return None
        template = settings.EXPORT_TEMPLATE.get()
        if template not in available_styles(paths.templates_dir()):
            template = "classic"
        request = ExportRequest(
            kind=kind,
            format="pdf",
            template=template,
            language=settings.EXPORT_LANGUAGE.get(),
            page_size=settings.EXPORT_PAGE_SIZE.get() or default_page_size(),
        )
        request, snapshot = self.plan(kind).complete(request), snapshot_of(self.store)
        missing = what_is_missing(request, snapshot)
        if missing is not None:  # a sentence saying what to add, never a blank page
            from resume_builder.ui.views.export_dialog import missing_text

            preview.show_message(missing_text(missing))
            return None
        return request, snapshot

    def plan(self, kind: str):
        """What the Export dialog offers for the current target."""
        from resume_builder.export.builders import LetterOptions
        from resume_builder.ui.views.export_dialog import DocumentPlan

        target = self.host.current_target()
        tailoring = self.host.tailoring
        chosen = list(tailoring.chosen) if tailoring is not None else []
        target_id = target.id
        today = self.host.today
        name = self.store.profile().name.strip() or translate("TargetsView", "Career")
        where = target.company.strip() or target.label()

        def complete(request):
            current = self.store.get(Target, target_id) or target
            if request.kind == "letter":
                request.letter = LetterOptions(
                    text=current.letter,
                    company=current.company,
                    title=current.title,
                    language=request.language,
                    today=today,
                )
            else:
                request.resume = resume_options(
                    current,
                    chosen,
                    language=request.language,
                    page_target=request.resume.page_target,
                    today=today,
                )
            return request

        def file_stem(kind: str) -> str:
            word = (
                translate("TargetsView", "Cover Letter")
                if kind == "letter"
                else translate("TargetsView", "Résumé")
            )
            return f"{name} - {word} - {where}"

        return DocumentPlan(
            title=translate("TargetsView", "Export for %1").replace("%1", target.label()),
            kinds=[
                ("resume", translate("TargetsView", "Résumé for this target")),
                ("letter", translate("TargetsView", "Cover letter")),
            ],
            kind=kind,
            complete=complete,
            file_stem=file_stem,
            page_target=target.page_target,
            formats={"letter": ("pdf", "docx", "md", "txt")},
        )

    def draft_letter(self, language: str) -> None:
        """Replaces the letter with a fresh draft from the template (undoable)."""
        from resume_builder.services.cover_letter import draft_for_target

        target = self.host.current_target()
        tailoring = self.host.tailoring
        if target is None or tailoring is None:
            return
        text = draft_for_target(
            target,
            snapshot_of(self.store),
            tailoring.chosen,
            language=language,
            today=self.host.today,
        )
        self.host.change(translate("TargetsView", "Draft Cover Letter"), letter=text)

    def record_export(self, target_id: str, request, result) -> None:
        """Notes on the target that a document went out."""
        target = self.store.get(Target, target_id)
        if target is None or result.path is None:
            return
        # History, not an edit: no undo step, and undoing older edits keeps it (see
        # services.targets.with_export_history).
        self.store.apply(put=[with_export(target, export_entry(request, result))])
