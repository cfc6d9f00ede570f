"""The Export dialog, in parts: the coordinator (dialog), the options, the template picker
(ui/widgets/template_picker.py), the preview panel, the run bar, the file naming and the
message boxes they share.
"""

from resume_builder.ui.views.export_dialog.dialog import ExportDialog
from resume_builder.ui.views.export_dialog.options import remembered_choices
from resume_builder.ui.views.export_dialog.plan import DocumentPlan, missing_text

__all__ = ["DocumentPlan", "ExportDialog", "missing_text", "remembered_choices"]
