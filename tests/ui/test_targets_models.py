"""The Targets view's item models, checked by Qt's model tester on demo data and on nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from resume_builder.domain.models import Role, Target, TargetExport, newest_first
from resume_builder.export.builders import CareerSnapshot
from resume_builder.services.demo import demo_records
from resume_builder.services.targets import tailor_target
from resume_builder.ui.models.ranking import ChosenBullet, ChosenModel, RankingModel
from resume_builder.ui.models.requirements import GapsModel, RequirementsModel
from resume_builder.ui.models.targets import (
    ExportsModel,
    RolesShownModel,
    TargetItemRole,
    local_time,
)
from tests.ui.test_targets import POSTING

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def demo():
    """The demo career, a target for posting 01, and its tailoring."""
    snapshot = CareerSnapshot.from_records(demo_records(TODAY))
    target = Target(company="Northwind Retail", title="Head of IT Operations", posting=POSTING)
    return snapshot, target, tailor_target(target, snapshot, today=TODAY)


def test_the_requirements_model(qtmodeltester, demo):
    _snapshot, target, tailoring = demo
    model = RequirementsModel()
    qtmodeltester.check(model)
    model.set_requirements(tailoring.requirements, ["Budgeting"])
    qtmodeltester.check(model)
    assert model.rowCount() == len(tailoring.requirements) > 5
    row = model.row_of("budgeting")
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Added by you"
    toggled = []
    model.must_have_toggled.connect(lambda term, must: toggled.append((term, must)))
    cell = model.index(row, 2)
    assert cell.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(model.index(row, 0).data(), True)]
    assert not model.setData(model.index(row, 0), 2, Qt.ItemDataRole.CheckStateRole)
    model.set_requirements([], [])
    qtmodeltester.check(model)


def test_the_gaps_model(qtmodeltester, demo):
    _snapshot, _target, tailoring = demo
    model = GapsModel()
    qtmodeltester.check(model)
    report = tailoring.coverage
    assert report.missing
    model.set_gaps(report.missing, report.suggestions, tailoring.chosen)
    qtmodeltester.check(model)
    assert model.rowCount() == len(report.missing)
    for row in range(model.rowCount()):
        gap = model.index(row, 0)
        assert model.rowCount(gap) >= 1
        assert model.parent(model.index(0, 0, gap)) == gap
    # A gap nothing answers says so on a row that cannot be chosen.
    model.set_gaps(report.missing[:1], {}, [])
    qtmodeltester.check(model)
    placeholder = model.index(0, 0, model.index(0, 0))
    assert placeholder.data() == "No accomplishment shows this yet."
    assert not placeholder.flags() & Qt.ItemFlag.ItemIsEnabled
    assert placeholder.data(TargetItemRole.ID) is None
    model.set_gaps([], {}, [])
    qtmodeltester.check(model)


def test_the_ranking_model(qtmodeltester, demo):
    _snapshot, _target, tailoring = demo
    model = RankingModel()
    qtmodeltester.check(model)
    assert model.set_ranking(tailoring.ranked, tailoring.chosen)
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Only the ticks changed: the rows stay (no reset), the tick is repainted.
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    assert not model.set_ranking(tailoring.ranked, tailoring.chosen[1:])
    assert resets == []
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    toggled = []
    model.choice_toggled.connect(lambda i, on: toggled.append((i, on)))
    model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(tailoring.ranked[0].accomplishment_id, True)]
    model.set_ranking([], [])
    qtmodeltester.check(model)


def test_the_chosen_model_moves_rows_and_asks_for_rewordings(qtmodeltester, demo):
    snapshot, _target, tailoring = demo
    by_id = {a.id: a for a in snapshot.accomplishments}
    bullets = [ChosenBullet(i, by_id[i].headline, "", "Role") for i in tailoring.chosen]
    model = ChosenModel()
    qtmodeltester.check(model)
    model.set_chosen(bullets)
    qtmodeltester.check(model)
    orders, wordings = [], []
    model.order_changed.connect(orders.append)
    model.reworded.connect(lambda i, text: wordings.append((i, text)))
    ids = list(tailoring.chosen)
    assert model.moveRow(model.index(0).parent(), 0, model.index(0).parent(), 3)
    assert orders == [[ids[1], ids[2], ids[0], *ids[3:]]] == [model.ids()]
    assert not model.moveRow(model.index(0).parent(), 1, model.index(0).parent(), 2)  # itself
    qtmodeltester.check(model)
    assert model.setData(model.index(0), "New words")
    assert wordings == [(ids[1], "New words")]
    reworded = [ChosenBullet(ids[0], "Master", "Mine", "")]
    model.set_chosen(reworded)
    assert model.index(0).data() == "Mine"
    assert model.index(0).data(Qt.ItemDataRole.FontRole).italic()
    assert "Master wording: Master" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_chosen([])
    qtmodeltester.check(model)


def test_the_roles_model(qtmodeltester, demo):
    snapshot, _target, _tailoring = demo
    roles = newest_first(snapshot.roles)
    model = RolesShownModel()
    qtmodeltester.check(model)
    model.set_roles(roles, {roles[1].id})
    qtmodeltester.check(model)
    states = [model.index(r).data(Qt.ItemDataRole.CheckStateRole) for r in range(len(roles))]
    assert states[0] == Qt.CheckState.Checked and states[1] == Qt.CheckState.Unchecked
    toggled = []
    model.role_toggled.connect(lambda i, shown: toggled.append((i, shown)))
    model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(roles[0].id, False)]
    model.set_roles([], set())
    qtmodeltester.check(model)
    assert isinstance(roles[0], Role)


def test_the_exports_model(qtmodeltester):
    model = ExportsModel()
    qtmodeltester.check(model)
    exports = [
        TargetExport(
            when="2026-01-02T10:00:00+00:00", kind="resume", template="classic", file="/out/a.pdf"
        ),  # fmt: skip
        TargetExport(
            when="2026-01-03T11:30:00+00:00",
            kind="letter",
            format="docx",
            template="modern",
            file="/out/b.docx",
        ),  # fmt: skip
    ]
    model.set_exports(exports, {"classic": "Classic"})
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    day, moment = local_time(exports[1].when)  # the user's own clock, as the CLI shows it
    assert rows[0] == [day, "Cover letter · DOCX", "modern", "b.docx"]
    assert rows[1][1:] == ["Résumé · PDF", "Classic", "a.pdf"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).count(moment) == 1
    assert "/out/b.docx" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(TargetItemRole.PATH) == "/out/a.pdf"
    # A path written on Windows (a backup restored here) still shows its file's name.
    model.set_exports([TargetExport(file="C:\\Users\\dana\\cv.pdf")], {})
    assert model.index(0, 3).data() == "cv.pdf"
    assert local_time("not a time") == ("not a time", "not a time")
    model.set_exports([], {})
    qtmodeltester.check(model)


# ------------------------------------------------------------------------------ the index job
def test_an_index_built_for_records_since_changed_is_dropped(qtbot, demo):
    from resume_builder.domain.models import Accomplishment
    from resume_builder.ui.workers import AccomplishmentIndexer, app_pool

    snapshot, _target, _tailoring = demo
    accomplishments = list(snapshot.accomplishments)
    roles = {r.id: r for r in snapshot.roles}
    asked = []

    def records():
        asked.append(len(accomplishments))
        return list(accomplishments), roles

    indexer = AccomplishmentIndexer(records, pool=app_pool())
    indexer.background_from = 0  # every record counts as large: always on the pool
    assert indexer.get() is None and indexer.building
    # The records change while the first job runs: its result must not be taken.
    fresh = Accomplishment(headline="Ran the Kubernetes platform migration for 40 teams")
    accomplishments.append(fresh)
    indexer.invalidate()
    with qtbot.waitSignal(indexer.built, timeout=20_000):
        pass
    assert asked == [len(accomplishments) - 1, len(accomplishments)]  # a second job ran
    assert indexer.current and fresh.id in indexer.index.position
    assert indexer.get() is indexer.index  # current: no new job
    assert not indexer.building
    assert indexer.wait(5)


def test_a_small_record_is_indexed_at_once(demo):
    from resume_builder.ui.workers import AccomplishmentIndexer

    snapshot, _target, _tailoring = demo
    indexer = AccomplishmentIndexer(lambda: (list(snapshot.accomplishments), {}))
    index = indexer.get()
    assert index is not None and indexer.current and not indexer.building
    indexer.invalidate()
    assert not indexer.current
    assert indexer.get() is not index
