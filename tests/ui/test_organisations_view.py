"""The Organisations page as its user meets it: adding, naming, people there, postings, links."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from resume_builder.domain.models import Organisation, Person, StatusChange, Target
from resume_builder.storage.repository import Repository
from resume_builder.ui.models.organisations import (
    OrganisationIndex,
    OrganisationPeopleModel,
    OrganisationPostingsModel,
    order_key,
    organisation_columns,
)
from resume_builder.ui.models.records import RecordListModel
from resume_builder.ui.views.organisations import OrganisationsView, website_url
from resume_builder.ui.views.people import PeopleView


def career() -> list:
    """Three organisations; two people at Northwind (one named, one by their own record) and
    two Northwind postings, one applied to.
    """
    priya = Person(name="Priya Shah", relationship="recruiter", organisation="Acme Search")
    lars = Person(name="Lars Berg", relationship="peer", organisation="northwind  traders")
    northwind = Organisation(
        name="Northwind Traders", priority=1, location="Stockholm", person_ids=[priya.id]
    )
    contoso = Organisation(name="Contoso", priority=2, location="Oslo")
    able = Organisation(name="Able Labs", priority=2)
    seen = Target(title="Head of IT", company="Northwind", organisation_id=northwind.id)
    applied = Target(
        title="IT Director",
        organisation_id=northwind.id,
        status="applied",
        history=[StatusChange("applied", "2026-01-10")],
    )
    return [priya, lars, northwind, contoso, able, seen, applied]


def organisations_page(qtbot, window) -> OrganisationsView:
    window.show_view("organisations")
    view = window.view("organisations")
    qtbot.waitExposed(view)
    return view


def names(view: OrganisationsView) -> list[str]:
    proxy = view.page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def select(qtbot, view: OrganisationsView, name: str) -> Organisation:
    proxy = view.page.proxy
    row = names(view).index(name)
    rect = view.page.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(view.page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.page.current_record().name == name
    return view.page.current_record()


def field(view: OrganisationsView, name: str):
    return view.form.widgets[name]


def stored(window, name: str) -> Organisation:
    return next(o for o in window.store.records(Organisation) if o.name == name)


# --------------------------------------------------------------------------- the models
def test_the_organisation_models_pass_the_model_tester(qtmodeltester, store):
    store.apply(put=career())
    index = OrganisationIndex(store)
    model = RecordListModel(
        store,
        Organisation,
        organisation_columns(index),
        order_key=order_key,
        dependencies=("person", "target"),
    )
    qtmodeltester.check(model)
    # Most wanted first, then by name; the counts follow services.organisations' rules.
    listed = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert listed == ["Northwind Traders", "Able Labs", "Contoso"]
    assert [model.index(0, column).data() for column in range(6)] == [
        "Northwind Traders",
        "High",
        "Stockholm",
        "2",
        "2",
        "1",
    ]
    northwind = next(o for o in store.records(Organisation) if o.priority == 1)
    people = OrganisationPeopleModel(store, index)
    postings = OrganisationPostingsModel(store, index)
    for sub_model in (people, postings):
        sub_model.set_organisation(northwind.id)
        assert sub_model.rowCount() == 2
        qtmodeltester.check(sub_model)
    assert people.texts(0) == ["Priya Shah", "Lars Berg"]  # named first, then by their record
    assert postings.texts(1) == ["Seen, not applied", "Applied"]


def test_a_website_opens_only_as_a_web_address():
    assert website_url("northwind.example").toString() == "http://northwind.example"
    assert website_url(" https://contoso.example/jobs ").host() == "contoso.example"
    assert website_url("") is None
    assert website_url("file:///etc/passwd") is None
    assert website_url("javascript:alert(1)") is None


# --------------------------------------------------------------------------- the page
def test_the_empty_page_says_what_it_is_for_and_its_button_adds_the_first(qtbot, open_window):
    window = open_window()
    view = organisations_page(qtbot, window)
    assert view.page.list_stack.currentIndex() == 1
    assert "A search starts from this list" in view.page.empty_label.text()
    qtbot.mouseClick(view.page.empty_button, Qt.MouseButton.LeftButton)
    assert view.page.list_stack.currentIndex() == 0
    assert field(view, "name").hasFocus()
    assert len(window.store.records(Organisation)) == 1
    window.undo_action.trigger()
    assert window.store.records(Organisation) == []
    assert view.page.list_stack.currentIndex() == 1


def test_an_organisation_added_and_typed_in_is_kept_in_priority_order(
    qtbot, open_window, data_dir, english
):
    window = open_window(career())
    view = organisations_page(qtbot, window)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    name = field(view, "name")
    assert name.hasFocus()
    qtbot.keyClicks(name, "Fabrikam")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    priority = field(view, "priority")
    assert priority.hasFocus()
    qtbot.keyClick(priority, Qt.Key.Key_Up)  # from Medium to High
    qtbot.keyClick(priority, Qt.Key.Key_Tab)
    qtbot.keyClicks(field(view, "why"), "Builds its own platform")
    qtbot.keyClick(field(view, "why"), Qt.Key.Key_Tab)
    qtbot.keyClicks(field(view, "like"), "Small teams that own their services")
    qtbot.keyClick(field(view, "like"), Qt.Key.Key_Tab)
    qtbot.keyClicks(field(view, "location"), "Lund")
    qtbot.keyClick(field(view, "location"), Qt.Key.Key_Tab)
    qtbot.keyClicks(field(view, "website"), "fabrikam.example")
    # The high-priority ones lead, by name.
    assert names(view)[:2] == ["Fabrikam", "Northwind Traders"]
    # (The plural words come from the English translation file the lead updates.)
    assert view.summary_label.text().startswith("4 organisation")
    assert view.summary_label.text().endswith("· 2 high priority")
    assert view.website_link.isVisible()
    assert "fabrikam.example" in view.website_link.toolTip()
    window.store.flush()
    window.close()
    window.shutdown()

    with Repository.open(data_dir) as repository:
        fabrikam = next(o for o in repository.all(Organisation) if o.name == "Fabrikam")
    assert (fabrikam.priority, fabrikam.why, fabrikam.like) == (
        1,
        "Builds its own platform",
        "Small teams that own their services",
    )
    assert (fabrikam.location, fabrikam.website) == ("Lund", "fabrikam.example")


def test_a_name_another_organisation_has_is_refused_with_a_sentence(qtbot, open_window):
    window = open_window(career())
    view = organisations_page(qtbot, window)
    select(qtbot, view, "Contoso")
    name = field(view, "name")
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(name, "northwind traders")
    assert view.page.problem_label.isVisible()
    assert "There is already an organisation called “Northwind Traders”" in (
        view.page.problem_label.text()
    )
    # What was typed up to the clash is kept; the clashing name is not.
    assert stored(window, "northwind trader").location == "Oslo"
    assert not any(o.name == "northwind traders" for o in window.store.records(Organisation))
    qtbot.keyClicks(name, " AB")  # a name of its own is stored again
    assert not view.page.problem_label.isVisible()
    assert stored(window, "northwind traders AB").location == "Oslo"


def test_typing_a_name_is_one_undo_step(qtbot, open_window):
    window = open_window(career())
    view = organisations_page(qtbot, window)
    select(qtbot, view, "Able Labs")
    location = field(view, "location")
    location.setFocus()
    qtbot.keyClicks(location, "Bergen")
    assert stored(window, "Able Labs").location == "Bergen"
    assert window.undo_stack.undoText() == "Edit Location"
    window.undo_action.trigger()
    assert stored(window, "Able Labs").location == ""
    assert location.text() == ""
    window.redo_action.trigger()
    assert location.text() == "Bergen"


def test_deleting_unlinks_its_postings_and_undo_links_them_again(qtbot, open_window):
    window = open_window(career())
    view = organisations_page(qtbot, window)
    northwind = select(qtbot, view, "Northwind Traders")
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert QApplication.activeModalWidget() is None
    assert "Northwind Traders" not in names(view)
    assert all(t.organisation_id is None for t in window.store.records(Target))
    window.undo_action.trigger()
    assert "Northwind Traders" in names(view)
    linked = [t for t in window.store.records(Target) if t.organisation_id == northwind.id]
    assert len(linked) == 2


def test_the_people_there_are_chosen_from_people_and_open_on_their_page(
    qtbot, open_window, when_modal
):
    window = open_window(career())
    view = organisations_page(qtbot, window)
    select(qtbot, view, "Contoso")
    assert view.no_people_label.isVisible() and not view.people_table.isVisible()

    def tick_lars(dialog) -> None:
        proxy = dialog.proxy
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "Lars Berg")
        dialog.table.activated.emit(proxy.index(row, 0))  # Enter on a row ticks it
        dialog.accept()

    when_modal(type(view.people_dialog()), tick_lars)
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    lars = next(p for p in window.store.records(Person) if p.name == "Lars Berg")
    assert stored(window, "Contoso").person_ids == [lars.id]
    assert view.people_model.texts(0) == ["Lars Berg"]
    assert view.people_table.isVisible()
    assert window.undo_stack.undoText() == "Choose People There"

    view.people_table.setFocus()
    view.people_table.setCurrentIndex(view.people_model.index(0, 0))
    qtbot.keyClick(view.people_table, Qt.Key.Key_Return)
    people = window.view("people")
    assert isinstance(people, PeopleView)
    assert window.current_view() is people
    assert people.page.current_record().name == "Lars Berg"
    window.undo_action.trigger()
    assert stored(window, "Contoso").person_ids == []


def test_postings_and_applications_show_and_open_on_the_targets_page(qtbot, open_window, english):
    window = open_window(career())
    view = organisations_page(qtbot, window)
    select(qtbot, view, "Northwind Traders")
    summary = view.postings_summary.text()
    assert summary.startswith("2 posting") and "· 1 application" in summary
    assert view.postings_model.texts(0) == ["Head of IT", "IT Director"]
    view.postings_table.setFocus()
    view.postings_table.setCurrentIndex(view.postings_model.index(1, 0))
    qtbot.keyClick(view.postings_table, Qt.Key.Key_Return)
    targets = window.view("targets")
    assert window.current_view() is targets
    assert targets.page.current_record().title == "IT Director"

    # A posting added on the Targets page shows at once.
    window.show_view("organisations")
    northwind = stored(window, "Northwind Traders")
    extra = Target(title="CIO", organisation_id=northwind.id)
    window.store.apply(put=[extra])
    assert view.postings_model.texts(0) == ["Head of IT", "IT Director", "CIO"]
    assert view.page.proxy.index(0, 4).data() == "3"


class UrlCatcher(QObject):
    """Takes the web addresses QDesktopServices is asked to open, instead of a browser."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_the_website_opens_in_the_browser_only_when_its_link_is_clicked(qtbot, open_window):
    catcher = UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        window = open_window(career())
        view = organisations_page(qtbot, window)
        select(qtbot, view, "Contoso")
        assert not view.website_link.isVisible()
        website = field(view, "website")
        website.setFocus()
        qtbot.keyClicks(website, "contoso.example/careers")
        assert view.website_link.isVisible()
        assert catcher.opened == []  # typing opens nothing
        link = view.website_link
        qtbot.mouseClick(
            link,
            Qt.MouseButton.LeftButton,
            pos=link.contentsRect().topLeft() + _inside(link),
        )
        qtbot.waitUntil(lambda: catcher.opened == ["http://contoso.example/careers"])
    finally:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)


def _inside(label) -> QPoint:
    """A point inside the first letters of a label's text."""
    metrics = label.fontMetrics()
    return QPoint(metrics.averageCharWidth() * 2, metrics.height() // 2)
