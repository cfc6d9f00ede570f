"""The Background page: education, certifications, awards and the other résumé sections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import (
    Award,
    Certification,
    Education,
    Interest,
    Language,
    Project,
    Publication,
    Record,
    Volunteer,
    format_period,
    sort_key_newest_first,
)
from resume_builder.ui import settings as keys
from resume_builder.ui.forms import FieldSpec
from resume_builder.ui.models.records import Column, date_sort_text, period_sort_text
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.record_page import PageHostView, PageTexts, RecordPage


@dataclass(frozen=True)
class Section:
    """One tab of the page: a record type with its columns, fields and words."""

    key: str
    title: str
    record_type: type[Record]
    columns: list[Column]
    specs: list[FieldSpec]
    texts: PageTexts
    newest_first: bool = False


def _period_column(header: str) -> Column:
    return Column(
        header,
        lambda r: format_period(r.start, r.end),
        sort_key=lambda r: period_sort_text(r.start, r.end),
    )


def _date_column(header: str, field: str) -> Column:
    return Column(
        header,
        lambda r: format_date(getattr(r, field)),
        sort_key=lambda r: date_sort_text(getattr(r, field)),
    )


class BackgroundView(PageHostView):
    """A tab per background section, each a RecordPage.

    The window's Add, Delete and Find act on the visible tab.
    """

    key = "background"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("backgroundTabs")
        self.tabs.setAccessibleName(self.tr("Background sections"))
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, RecordPage] = {}
        for section in self._sections():
            page = RecordPage(
                context,
                section.record_type,
                section.columns,
                section.specs,
                section.texts,
                keys.view_key(keys.BACKGROUND_VIEW, section.key),
                order_key=sort_key_newest_first if section.newest_first else None,
            )
            page.setObjectName(f"{section.key}Page")
            page.editor_layout.addStretch(1)
            page.selection_changed.connect(self.actions_changed)
            self.pages[section.key] = page
            self.tabs.addTab(page, section.title)
        self.tabs.currentChanged.connect(lambda _index: self.actions_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # ----------------------------------------------------------------- sections
    def _texts(
        self, plural: str, add: str, delete: Callable[[int], str], empty: str, hint: str
    ) -> PageTexts:
        return PageTexts(
            plural=plural,
            add_command=add,
            delete_command=delete,
            empty=empty,
            select_hint=hint,
        )

    def _sections(self) -> list[Section]:
        url = FieldSpec("url", self.tr("&Web address"), placeholder="https://")
        return [
            Section(
                "education",
                self.tr("Education"),
                Education,
                [
                    Column(self.tr("Institution"), lambda r: r.institution),
                    Column(self.tr("Area"), lambda r: r.area),
                    Column(self.tr("Type"), lambda r: r.study_type),
                    _period_column(self.tr("Period")),
                ],
                [
                    FieldSpec("institution", self.tr("&Institution")),
                    FieldSpec("area", self.tr("&Area"), placeholder=self.tr("Computer Science")),
                    FieldSpec(
                        "study_type", self.tr("&Type of study"), placeholder=self.tr("Bachelor")
                    ),
                    FieldSpec("start", self.tr("&Start"), "date"),
                    FieldSpec("end", self.tr("E&nd"), "end"),
                    FieldSpec("score", self.tr("S&core"), placeholder=self.tr("GPA 3.8")),
                    FieldSpec("location", self.tr("&Location")),
                    url,
                    FieldSpec(
                        "courses", self.tr("C&ourses"), "lines", placeholder=self.tr("One per line")
                    ),
                ],
                self._texts(
                    self.tr("education entries"),
                    self.tr("Add Education"),
                    lambda n: self.tr("Delete %n Education Entr(y/ies)", "", n),
                    self.tr("No education yet. Degrees and courses of study go here."),
                    self.tr("Select an education entry to edit it."),
                ),
                newest_first=True,
            ),
            Section(
                "certifications",
                self.tr("Certifications"),
                Certification,
                [
                    Column(self.tr("Name"), lambda r: r.name),
                    Column(self.tr("Issuer"), lambda r: r.issuer),
                    _date_column(self.tr("Date"), "date"),
                    _date_column(self.tr("Expires"), "expires"),
                ],
                [
                    FieldSpec("name", self.tr("&Name")),
                    FieldSpec("issuer", self.tr("&Issuer")),
                    FieldSpec("date", self.tr("&Date"), "date"),
                    FieldSpec("expires", self.tr("E&xpires"), "date"),
                    FieldSpec("credential_id", self.tr("&Credential ID")),
                    url,
                ],
                self._texts(
                    self.tr("certifications"),
                    self.tr("Add Certification"),
                    lambda n: self.tr("Delete %n Certification(s)", "", n),
                    self.tr("No certifications yet. Certificates you earned, with their issuers."),
                    self.tr("Select a certification to edit it."),
                ),
                newest_first=True,
            ),
            Section(
                "awards",
                self.tr("Awards"),
                Award,
                [
                    Column(self.tr("Title"), lambda r: r.title),
                    Column(self.tr("Awarder"), lambda r: r.awarder),
                    _date_column(self.tr("Date"), "date"),
                ],
                [
                    FieldSpec("title", self.tr("&Title")),
                    FieldSpec("awarder", self.tr("&Awarder")),
                    FieldSpec("date", self.tr("&Date"), "date"),
                    FieldSpec("summary", self.tr("&Summary"), "text"),
                ],
                self._texts(
                    self.tr("awards"),
                    self.tr("Add Award"),
                    lambda n: self.tr("Delete %n Award(s)", "", n),
                    self.tr("No awards yet. Prizes and recognition you received go here."),
                    self.tr("Select an award to edit it."),
                ),
                newest_first=True,
            ),
            Section(
                "publications",
                self.tr("Publications"),
                Publication,
                [
                    Column(self.tr("Name"), lambda r: r.name),
                    Column(self.tr("Publisher"), lambda r: r.publisher),
                    _date_column(self.tr("Released"), "release_date"),
                ],
                [
                    FieldSpec("name", self.tr("&Name")),
                    FieldSpec("publisher", self.tr("&Publisher")),
                    FieldSpec("release_date", self.tr("&Released"), "date"),
                    url,
                    FieldSpec("summary", self.tr("&Summary"), "text"),
                ],
                self._texts(
                    self.tr("publications"),
                    self.tr("Add Publication"),
                    lambda n: self.tr("Delete %n Publication(s)", "", n),
                    self.tr("No publications yet. Articles, papers and talks go here."),
                    self.tr("Select a publication to edit it."),
                ),
                newest_first=True,
            ),
            Section(
                "languages",
                self.tr("Languages"),
                Language,
                [
                    Column(self.tr("Language"), lambda r: r.language),
                    Column(self.tr("Fluency"), lambda r: r.fluency),
                ],
                [
                    FieldSpec("language", self.tr("&Language")),
                    FieldSpec(
                        "fluency", self.tr("&Fluency"), placeholder=self.tr("Native speaker")
                    ),
                ],
                self._texts(
                    self.tr("languages"),
                    self.tr("Add Language"),
                    lambda n: self.tr("Delete %n Language(s)", "", n),
                    self.tr("No languages yet. The languages you speak, and how well."),
                    self.tr("Select a language to edit it."),
                ),
            ),
            Section(
                "projects",
                self.tr("Projects"),
                Project,
                [
                    Column(self.tr("Name"), lambda r: r.name),
                    Column(self.tr("Entity"), lambda r: r.entity),
                    Column(self.tr("Type"), lambda r: r.type),
                    _period_column(self.tr("Period")),
                ],
                [
                    FieldSpec("name", self.tr("&Name")),
                    FieldSpec(
                        "entity", self.tr("&Entity"), placeholder=self.tr("Company or organisation")
                    ),
                    FieldSpec("type", self.tr("T&ype"), placeholder=self.tr("Application, talk…")),
                    FieldSpec("start", self.tr("&Start"), "date"),
                    FieldSpec("end", self.tr("E&nd"), "end"),
                    FieldSpec("description", self.tr("&Description"), "text"),
                    FieldSpec("keywords", self.tr("&Keywords"), "lines"),
                    FieldSpec("roles", self.tr("&Roles"), "lines"),
                    url,
                ],
                self._texts(
                    self.tr("projects"),
                    self.tr("Add Project"),
                    lambda n: self.tr("Delete %n Project(s)", "", n),
                    self.tr("No projects yet. Side projects and notable work outside a role."),
                    self.tr("Select a project to edit it."),
                ),
                newest_first=True,
            ),
            Section(
                "volunteer",
                self.tr("Volunteer"),
                Volunteer,
                [
                    Column(self.tr("Organization"), lambda r: r.organization),
                    Column(self.tr("Position"), lambda r: r.position),
                    _period_column(self.tr("Period")),
                ],
                [
                    FieldSpec("organization", self.tr("&Organization")),
                    FieldSpec("position", self.tr("&Position")),
                    FieldSpec("start", self.tr("&Start"), "date"),
                    FieldSpec("end", self.tr("E&nd"), "end"),
                    FieldSpec("summary", self.tr("S&ummary"), "text"),
                    url,
                ],
                self._texts(
                    self.tr("volunteer positions"),
                    self.tr("Add Volunteer Work"),
                    lambda n: self.tr("Delete %n Volunteer Position(s)", "", n),
                    self.tr("No volunteer work yet. Unpaid roles that show what you can do."),
                    self.tr("Select a volunteer position to edit it."),
                ),
                newest_first=True,
            ),
            Section(
                "interests",
                self.tr("Interests"),
                Interest,
                [
                    Column(self.tr("Name"), lambda r: r.name),
                    Column(self.tr("Keywords"), lambda r: ", ".join(r.keywords)),
                ],
                [
                    FieldSpec("name", self.tr("&Name")),
                    FieldSpec(
                        "keywords",
                        self.tr("&Keywords"),
                        "lines",
                        placeholder=self.tr("One per line"),
                    ),
                ],
                self._texts(
                    self.tr("interests"),
                    self.tr("Add Interest"),
                    lambda n: self.tr("Delete %n Interest(s)", "", n),
                    self.tr(
                        "No interests yet. Interests can start a conversation in an interview."
                    ),
                    self.tr("Select an interest to edit it."),
                ),
            ),
        ]

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Background")

    def icon_name(self) -> str:
        return "background"

    def current_page(self) -> RecordPage:
        """The page of the visible tab."""
        return self.tabs.currentWidget()

    def show_section(self, key: str) -> RecordPage:
        """Switches to a section's tab ("education", "certifications", …)."""
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def save_state(self, settings: QSettings) -> None:
        keys.BACKGROUND_TAB.set(self.tabs.currentIndex(), settings)
        for page in self.pages.values():
            page.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        for page in self.pages.values():
            page.restore_state(settings)
        tab = keys.BACKGROUND_TAB.stored(settings)
        if tab is not None and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
