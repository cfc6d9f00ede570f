"""The applications model, the table proxy and the board columns: rows follow the store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Meeting, Organisation, StatusChange, Target
from resume_builder.services.applications import ApplicationFilter
from resume_builder.ui.models.application_lists import ApplicationsTableProxy, StatusColumnModel
from resume_builder.ui.models.applications import (
    ApplicationRoles,
    ApplicationsModel,
    Column,
    status_label,
    target_ids_of,
)

TODAY = date.today()


def application(name: str, status: str = "applied", quiet: int = 5, **fields) -> Target:
    """A target that reached `status` `quiet` days ago."""
    since = (TODAY - timedelta(days=quiet)).isoformat()
    history = [StatusChange("interested", (TODAY - timedelta(days=quiet + 10)).isoformat(), "")]
    if status != "interested":
        history.append(StatusChange(status, since, ""))
    return Target(name=name, status=status, history=history, **fields)


@pytest.fixture
def targets(store) -> dict[str, Target]:
    made = {
        "north": application("North", "applied", 30, company="Nordlys Energi"),
        "kvarn": application("Kvarn", "interviewing", 3, company="Kvarn Logistics"),
        "gone": application("Gone", "applied", 2, archived=True),
    }
    store.apply(put=list(made.values()))
    return made


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester_through_changes(qtmodeltester, store, targets):
    model = ApplicationsModel(store)
    qtmodeltester.check(model)
    store.apply(put=[application("Third", "offer", 1)])
    store.apply(put=[replace(targets["north"], status="screening")])
    store.apply(remove=[targets["kvarn"]])
    qtmodeltester.check(model)
    assert sorted(names(model)) == ["North", "Third"]


def test_the_proxies_pass_the_model_tester(qtmodeltester, store, targets):
    model = ApplicationsModel(store)
    column = StatusColumnModel("applied")
    column.setSourceModel(model)
    table = ApplicationsTableProxy()
    table.setSourceModel(model)
    table.sort(Column.DAYS_QUIET)
    qtmodeltester.check(column)
    qtmodeltester.check(table)
    store.apply(put=[application("Fourth", "applied", 40)])
    table.set_application_filter(ApplicationFilter(text="fourth"))
    qtmodeltester.check(column)
    qtmodeltester.check(table)
    assert names(table) == ["Fourth"]


def test_archived_targets_are_no_applications_until_taken_back(store, targets):
    model = ApplicationsModel(store)
    assert "Gone" not in names(model)
    store.apply(put=[replace(targets["gone"], archived=False)])
    assert "Gone" in names(model)
    store.apply(put=[replace(targets["north"], archived=True)])
    assert "North" not in names(model)


def test_a_meeting_held_counts_as_activity(store, targets):
    model = ApplicationsModel(store)
    row = model.row_of(targets["north"].id)
    assert model.index(row, Column.DAYS_QUIET).data() == "30"
    assert model.index(row, 0).data(ApplicationRoles.StaleRole) is True
    held = TODAY - timedelta(days=4)
    store.apply(
        put=[
            Meeting(
                title="Chat with the recruiter",
                date=PartialDate(held.year, held.month, held.day),
                target_id=targets["north"].id,
            )
        ]
    )
    assert model.index(row, Column.DAYS_QUIET).data() == "4"
    assert model.index(row, Column.LAST_ACTIVITY).data() == held.isoformat()
    assert model.index(row, 0).data(ApplicationRoles.StaleRole) is False


def test_stale_follows_the_days_and_says_why(store, targets):
    model = ApplicationsModel(store, stale_days=21)
    row = model.row_of(targets["north"].id)
    index = model.index(row, Column.APPLICATION)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "No change for 30 day(s)"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    model.set_stale_days(45)
    assert index.data(ApplicationRoles.StaleRole) is False
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_organisation_column_falls_back_on_the_linked_record(store):
    scouted = Organisation(name="Helio Health")
    linked = application("Linked", organisation_id=scouted.id)
    store.apply(put=[scouted, linked])
    model = ApplicationsModel(store)
    assert model.index(model.row_of(linked.id), Column.ORGANISATION).data() == "Helio Health"
    table = ApplicationsTableProxy()
    table.setSourceModel(model)
    table.set_application_filter(ApplicationFilter(organisation="helio"))
    assert names(table) == ["Linked"]


def test_dates_and_numbers_sort_as_values(store):
    store.apply(put=[application(n, "applied", q) for n, q in (("A", 5), ("B", 100), ("C", 30))])
    table = ApplicationsTableProxy()
    table.setSourceModel(ApplicationsModel(store))
    table.sort(Column.DAYS_QUIET, Qt.SortOrder.AscendingOrder)
    assert names(table) == ["A", "C", "B"]
    table.sort(Column.LAST_ACTIVITY, Qt.SortOrder.AscendingOrder)
    assert names(table) == ["B", "C", "A"]


def test_a_dragged_card_carries_its_id_and_drops_on_another_status(qtbot, store, targets):
    model = ApplicationsModel(store)
    applied = StatusColumnModel("applied")
    applied.setSourceModel(model)
    interviewing = StatusColumnModel("interviewing")
    interviewing.setSourceModel(model)
    mime = applied.mimeData([applied.index(0, 0)])
    assert target_ids_of(mime) == [targets["north"].id]
    assert not applied.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    with qtbot.waitSignal(interviewing.move_requested) as asked:
        interviewing.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert asked.args == [[targets["north"].id], "interviewing"]


def test_status_labels_name_every_status():
    assert status_label("interviewing") == "Interviewing"
    assert status_label("offer") == "Offer"
    assert status_label("something") == "something"
