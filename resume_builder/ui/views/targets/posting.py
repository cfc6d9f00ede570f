"""The Posting tab: the employer, the job, the posting's text and the user's notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from resume_builder.domain.models import Target
from resume_builder.services.targets import name_holder
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.views.record_page import PROBLEM_COLOUR
from resume_builder.ui.views.targets.parts import take_out_of_form

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


class PostingTab(QWidget):
    """The posting's fields; a name another target has is refused as it is typed."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = context.store
        specs = [
            FieldSpec(
                "company",
                translate("TargetsView", "&Company"),
                placeholder=translate("TargetsView", "Northwind Retail"),
            ),
            FieldSpec(
                "title",
                translate("TargetsView", "Job &title"),
                placeholder=translate("TargetsView", "Head of IT Operations"),
            ),
            FieldSpec(
                "name",
                translate("TargetsView", "&Name"),
                placeholder=translate("TargetsView", "(optional) what you call this application"),
            ),
            FieldSpec(
                "location",
                translate("TargetsView", "L&ocation"),
                placeholder=translate("TargetsView", "Stockholm"),
            ),
            FieldSpec("link", translate("TargetsView", "Lin&k"), placeholder="https://"),
            FieldSpec(
                "posting",
                translate("TargetsView", "Posting &text"),
                "text",
                placeholder=translate("TargetsView", "Paste the whole job posting here."),
            ),
            FieldSpec("notes", translate("TargetsView", "Notes"), "text"),
        ]
        self.form = RecordForm(context, Target, specs)
        self.form.setObjectName("postingForm")
        # Undo names the field in words ("Undo Edit Job Posting"), never by its key.
        self.form.command_texts.update(
            company=translate("TargetsView", "Edit Company"),
            title=translate("TargetsView", "Edit Job Title"),
            name=translate("TargetsView", "Edit Application Name"),
            location=translate("TargetsView", "Edit Location"),
            link=translate("TargetsView", "Edit Link"),
            posting=translate("TargetsView", "Edit Job Posting"),
            notes=translate("TargetsView", "Edit Notes"),
        )
        # Names are unique (the command line finds a target by its name): a taken one is
        # never stored, and the form says why.
        self.form.guards["name"] = self._name_objection
        self.form.problems_changed.connect(self._on_form_problems_changed)
        self.form.widgets["name"].editingFinished.connect(self._on_name_editing_finished)
        self.name_problem = QLabel()
        self.name_problem.setObjectName("nameProblem")
        self.name_problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a user's name
        self.name_problem.setWordWrap(True)
        self.name_problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.name_problem.hide()
        self.form.widgets["posting"].setObjectName("postingText")

        box = QVBoxLayout(self)
        self.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.addWidget(self.form)
        box.addWidget(self.name_problem)
        # The posting is long: it gets the height the form's rows cannot give it.
        for name, stretch in (("posting", 1), ("notes", 0)):
            widget = self.form.widgets[name]
            box.addWidget(take_out_of_form(self.form, widget))
            box.addWidget(widget, stretch)
        self.form.widgets["notes"].setMaximumHeight(110)

    def _name_objection(self, target: Target, name: str) -> str | None:
        """Why a name cannot be stored (another active target has it), or None."""
        holder = name_holder(self.store.records(Target), name, besides=target.id)
        if holder is None:
            return None
        return translate(
            "TargetsView", "There is already a target called “%1”; choose another name."
        ).replace("%1", holder.label())

    def _on_form_problems_changed(self) -> None:
        message = self.form.problems.get("name", "")
        self.name_problem.setText(message)
        self.name_problem.setVisible(bool(message))

    def _on_name_editing_finished(self) -> None:
        # A taken name was never stored: leaving the field shows the stored one again.
        if "name" not in self.form.problems:
            return
        target = self.form.record()
        field = self.form.widgets["name"]
        field.setText(target.name if target is not None else "")
        field.setStyleSheet("")
        self.form.problems.pop("name", None)
        self.form.problems_changed.emit()
