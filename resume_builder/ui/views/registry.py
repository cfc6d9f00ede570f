"""The pages of the main window's sidebar, in order; later features add theirs here."""

from __future__ import annotations


def view_classes() -> list[type]:
    """The CareerView subclasses shown in the sidebar."""
    from resume_builder.ui.views.accomplishments import AccomplishmentsView
    from resume_builder.ui.views.background import BackgroundView
    from resume_builder.ui.views.experience import ExperienceView
    from resume_builder.ui.views.profile import ProfileView
    from resume_builder.ui.views.skills import SkillsView
    from resume_builder.ui.views.targets import TargetsView

    return [
        AccomplishmentsView,
        ExperienceView,
        SkillsView,
        ProfileView,
        BackgroundView,
        TargetsView,
    ]
