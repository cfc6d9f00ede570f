"""The Targets view: one job posting each, and the résumé and cover letter tailored to it.

`view.TargetsView` coordinates the list and the tabs; each tab (and each panel of the Tailor
tab) is a module of its own, on the item models of `ui/models/`.
"""

from resume_builder.ui.views.targets.bullets import MAX_SHOWN
from resume_builder.ui.views.targets.view import TargetsView

__all__ = ["MAX_SHOWN", "TargetsView"]
