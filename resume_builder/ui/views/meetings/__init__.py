"""The Meetings page (a package: coordinator in view.py, one module per part)."""

from resume_builder.ui.views.meetings.view import MeetingsView

__all__ = ["MeetingsView"]
