"""What a target's documents are made of: the previews' requests, the Export dialog's plan,
the drafted letter, and the record of each document sent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from resume_builder import paths
from resume_builder.domain.models import Target
from resume_builder.services.documents import (
    ExportRequest,
    snapshot_of,
    what_is_missing,
)

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

        It starts where the Export dialog would (services.exports.export_settings): the
        dialog's last usable choices, the target's page target, then Preferences.
        """
        from resume_builder.export.catalog import load_catalog
        from resume_builder.services.exports import export_settings
        from resume_builder.services.preferences import load_preferences
        from resume_builder.ui import settings as keys
        from resume_builder.ui.views.export_dialog.options import remembered_choices

        target = self.host.current_target()
        if target is None:
            return None
        chosen = export_settings(
            kind,
            preferences=load_preferences(self.store.repository.data_dir),
            catalog=load_catalog(paths.templates_dir()),
            remembered=remembered_choices(for_target=True),
            target=target,
        )
        request = ExportRequest(
            kind=kind,
            format="pdf",
            template=chosen.template,
            language=chosen.language,
            page_size=chosen.page_size,
            look=chosen.look,  # the look the target was last exported with
        )
        request.resume.page_target = chosen.page_target
        if kind == "letter":
            # The letter previews in the language the tab drafts it in, so its date and
            # subject line match the words around the user's text.
            request.language = self.host.letter_tab.language.currentData() or request.language
        # The preview shows what the target's Export dialog would write.
        request.resume.include_expired = keys.EXPORT_TARGET_INCLUDE_EXPIRED.get()
        request, snapshot = self.plan(kind).complete(request), snapshot_of(self.store)
        missing = what_is_missing(request, snapshot)
        if missing is not None:  # a sentence saying what to add, never a blank page
            from resume_builder.ui.views.export_dialog import missing_text

            preview.show_message(missing_text(missing))
            return None
        return request, snapshot

    def plan(self, kind: str):
        """What the Export dialog offers for the current target.

        The documents are filled as services.exports fills them for the command line; the
        file name and the formats are the dialog's defaults for a target.
        """
        from resume_builder.services.exports import fill_for_target
        from resume_builder.ui.views.export_dialog import DocumentPlan

        target = self.host.current_target()
        tailoring = self.host.tailoring
        chosen = list(tailoring.chosen) if tailoring is not None else []
        requirements = list(tailoring.requirements) if tailoring is not None else None
        target_id = target.id
        today = self.host.today

        def complete(request):
            current = self.store.get(Target, target_id) or target
            # The window drafts an empty letter itself, as an undoable step, before exporting.
            return fill_for_target(
                request,
                current,
                snapshot_of(self.store),
                chosen=chosen,
                requirements=requirements,
                draft_when_empty=False,
                today=today,
            )

        return DocumentPlan(
            title=translate("TargetsView", "Export for %1").replace("%1", target.label()),
            kinds=[
                ("resume", translate("TargetsView", "Résumé for this target")),
                ("letter", translate("TargetsView", "Cover letter")),
            ],
            kind=kind,
            complete=complete,
            page_target=target.page_target,
            target=target,
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

    def suggest_pitch(self, language: str) -> None:
        """Fills the target's letter pitch with a draft made of the user's records (undoable).

        Drafted from the results the letter cites (the first on the target's résumé), so the
        pitch speaks to this job; services.cover_letter.suggest_pitch holds the rule.
        """
        from resume_builder.services.cover_letter import suggest_pitch
        from resume_builder.services.targets import best_accomplishments

        target = self.host.current_target()
        tailoring = self.host.tailoring
        if target is None or tailoring is None:
            return
        snapshot = snapshot_of(self.store)
        best = best_accomplishments(tailoring.chosen, snapshot)
        text = suggest_pitch(snapshot, best, language=language)
        if text:
            self.host.change(translate("TargetsView", "Suggest Letter Pitch"), pitch=text)
            return
        window = self.host.window()
        if hasattr(window, "statusBar"):  # said where the user looks, not a dialog to dismiss
            window.statusBar().showMessage(
                translate(
                    "TargetsView",
                    "Nothing to suggest a pitch from yet: add a role or an accomplishment first.",
                ),
                8000,
            )

    def record_export(self, target_id: str, request, result) -> None:
        """Notes on the target that a document went out (services.exports.record_export).

        History, not an edit: no undo step, and undoing older edits keeps it (see
        services.targets.with_export_history).
        """
        from resume_builder.services.exports import record_export

        recorded = record_export(lambda i: self.store.get(Target, i), target_id, request, result)
        if recorded is not None:
            self.store.apply(put=[recorded])
