"""The pages of the main window's sidebar, in order; later features add theirs here.

A page is described without importing its module: the window lists every page at start but
builds (and imports) only the one it shows, and each other one the first time it is opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class ViewSpec(NamedTuple):
    """One sidebar page: what the sidebar shows of it, and where its CareerView lives."""

    key: str
    #: "module:ClassName" of the CareerView subclass, imported when the page is first built
    location: str
    #: the sidebar label, translated under the view class's own context (as its title() is)
    title: Callable[[], str]
    icon_name: str

    def load(self) -> type:
        """Imports the view's module and returns its class."""
        module, name = self.location.split(":")
        return getattr(importlib.import_module(module), name)


def view_specs() -> list[ViewSpec]:
    """The sidebar's pages, in order.

    Each title is a literal QCoreApplication.translate() call under its view class's name, so
    pyside6-lupdate files it with the view's own title() and one translation serves both.
    """
    return [
        ViewSpec(
            "start",
            "resume_builder.ui.views.start:StartView",
            lambda: QCoreApplication.translate("StartView", "Start"),
            "start",
        ),
        ViewSpec(
            "accomplishments",
            "resume_builder.ui.views.accomplishments:AccomplishmentsView",
            lambda: QCoreApplication.translate("AccomplishmentsView", "Accomplishments"),
            "accomplishments",
        ),
        ViewSpec(
            "experience",
            "resume_builder.ui.views.experience:ExperienceView",
            lambda: QCoreApplication.translate("ExperienceView", "Experience"),
            "experience",
        ),
        ViewSpec(
            "skills",
            "resume_builder.ui.views.skills:SkillsView",
            lambda: QCoreApplication.translate("SkillsView", "Skills"),
            "skills",
        ),
        ViewSpec(
            "profile",
            "resume_builder.ui.views.profile:ProfileView",
            lambda: QCoreApplication.translate("ProfileView", "Profile"),
            "profile",
        ),
        ViewSpec(
            "background",
            "resume_builder.ui.views.background:BackgroundView",
            lambda: QCoreApplication.translate("BackgroundView", "Background"),
            "background",
        ),
        ViewSpec(
            "people",
            "resume_builder.ui.views.people:PeopleView",
            lambda: QCoreApplication.translate("PeopleView", "People"),
            "people",
        ),
        ViewSpec(
            "meetings",
            "resume_builder.ui.views.meetings:MeetingsView",
            lambda: QCoreApplication.translate("MeetingsView", "Meetings"),
            "meetings",
        ),
        ViewSpec(
            "targets",
            "resume_builder.ui.views.targets:TargetsView",
            lambda: QCoreApplication.translate("TargetsView", "Targets"),
            "targets",
        ),
        ViewSpec(
            "applications",
            "resume_builder.ui.views.applications:ApplicationsView",
            lambda: QCoreApplication.translate("ApplicationsView", "Applications"),
            "applications",
        ),
        ViewSpec(
            "organisations",
            "resume_builder.ui.views.organisations:OrganisationsView",
            lambda: QCoreApplication.translate("OrganisationsView", "Organisations"),
            "organisations",
        ),
        ViewSpec(
            "plan",
            "resume_builder.ui.views.plan:PlanView",
            lambda: QCoreApplication.translate("PlanView", "Plan"),
            "plan",
        ),
        ViewSpec(
            "due",
            "resume_builder.ui.views.due:DueView",
            lambda: QCoreApplication.translate("DueView", "What's Due"),
            "due",
        ),
    ]


def view_classes() -> list[type]:
    """The CareerView subclasses of the sidebar, imported now (for tools and tests)."""
    return [spec.load() for spec in view_specs()]
