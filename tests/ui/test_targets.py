"""The Targets view as a job seeker meets it: paste a posting, tailor, export, find it recorded."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from resume_builder.domain.models import Accomplishment, Target
from resume_builder.services.demo import write_demo
from resume_builder.services.targets import DEFAULT_PICKS
from resume_builder.storage.repository import Repository
from tests.ui.test_export_dialog import answer_message_box, pdf_text
from tests.ui.test_main_window import close_window, run_dialog

POSTINGS = Path(__file__).resolve().parents[1] / "data" / "postings"
POSTING = (POSTINGS / "01-head-of-it-operations.txt").read_text(encoding="utf-8")
WAIT_MS = 20_000
SERVICE_DESK = "Merged 3 regional service desks into one ITIL 4 service desk"


@pytest.fixture
def window(open_window, data_dir):
    """The demo career without the target it brings: these tests make the targets they see."""
    with Repository.open(data_dir) as repository:
        write_demo(repository)
        repository.apply(remove=repository.all(Target))
    return open_window()


def targets_view(window):
    window.show_view("targets")
    return next(v for v in window.views if v.key == "targets")


def with_target(window, **fields) -> tuple:
    """Adds a target for the posting and selects it on the Targets page."""
    target = Target(company="Northwind Retail", title="Head of IT Operations", posting=POSTING)
    for name, value in fields.items():
        setattr(target, name, value)
    window.store.apply(put=[target])
    view = targets_view(window)
    assert view.select_target(target.id)
    return view, target


def stored(window, target_id: str) -> Target:
    return window.store.get(Target, target_id)


def column_texts(view_widget, column: int = 0, role=Qt.ItemDataRole.DisplayRole) -> list:
    """What a table or list shows in one column, top to bottom."""
    model = view_widget.model()
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def chosen_texts(view) -> list[str]:
    return column_texts(view.chosen_list)


def ranked_headlines(view) -> list[str]:
    return column_texts(view.ranking_table)


def requirement_terms(view) -> list[str]:
    return column_texts(view.requirements_table)


def checked(view_widget, row: int, column: int = 0) -> bool:
    state = view_widget.model().index(row, column).data(Qt.ItemDataRole.CheckStateRole)
    return Qt.CheckState(state) == Qt.CheckState.Checked


def set_current(view_widget, row: int, column: int = 0) -> None:
    view_widget.setCurrentIndex(view_widget.model().index(row, column))


def press_space_on(qtbot, table, row: int, column: int) -> None:
    """Ticks or unticks a check box in a table with the keyboard, as a user can."""
    table.setFocus()
    set_current(table, row, column)
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Space)


def gap_rows(tree) -> list[tuple]:
    """The gaps tree as (term, [(suggestion text, accomplishment id)]) per gap."""
    model = tree.model()
    rows = []
    for r in range(model.rowCount()):
        gap = model.index(r, 0)
        children = [model.index(c, 0, gap) for c in range(model.rowCount(gap))]
        rows.append(
            (
                gap.data(Qt.ItemDataRole.UserRole + 1),
                [(c.data(), c.data(Qt.ItemDataRole.UserRole)) for c in children],
            )
        )
    return rows


# ------------------------------------------------------------------------------ the posting
def test_a_pasted_posting_shows_requirements_ranking_and_coverage(qtbot, window):
    view = targets_view(window)
    assert view.page.list_stack.currentIndex() == 1  # the empty state explains targets
    qtbot.mouseClick(view.page.empty_button, Qt.MouseButton.LeftButton)
    assert window.store.count(Target) == 1
    qtbot.keyClicks(view.posting_form.widgets["company"], "Northwind Retail")
    qtbot.keyClicks(view.posting_form.widgets["title"], "Head of IT Operations")
    view.tabs.setCurrentIndex(1)
    assert view.tailor_empty.isVisible()  # nothing to tailor before the posting is there

    view.tabs.setCurrentIndex(0)
    posting = view.posting_form.widgets["posting"]
    QGuiApplication.clipboard().setText(POSTING)
    posting.setFocus()
    qtbot.keyClick(posting, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    target = window.store.records(Target)[0]
    assert target.posting.strip() == POSTING.strip()
    assert target.label() == "Head of IT Operations — Northwind Retail"

    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(requirement_terms(view)) > 5, timeout=WAIT_MS)
    terms = requirement_terms(view)
    assert "ITIL" in terms and "Budgeting" in terms
    assert not view.tailor_empty.isVisible()
    ranked = ranked_headlines(view)
    assert any(h.startswith(SERVICE_DESK) for h in ranked[:5])
    # Every suggestion says which requirements it answers.
    row = next(i for i, h in enumerate(ranked) if h.startswith(SERVICE_DESK))
    assert "ITIL" in column_texts(view.ranking_table, 2)[row]
    # A new target starts from the best-ranked bullets, ticked, in rank order, with no role
    # taking more than a résumé gives it (6 for the current role).
    chosen = chosen_texts(view)
    assert 6 < len(chosen) <= DEFAULT_PICKS
    assert chosen[0] == ranked[0]
    assert [h for h in ranked if h in chosen] == chosen
    roles = {a.headline: a.role_id for a in window.store.records(Accomplishment)}
    per_role = Counter(roles[h] for h in chosen)
    assert max(per_role.values()) == 6 and len(per_role) >= 3
    ticked = [ranked[r] for r in range(len(ranked)) if checked(view.ranking_table, r)]
    assert ticked == chosen
    assert 0 < view.score_bar.value() <= 100
    assert view.covered_label.text().startswith("Covered ")


def test_requirements_can_be_removed_added_and_marked_must_have(qtbot, window):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    terms = requirement_terms(view)
    row = terms.index("Budgeting")
    view.requirements_table.setFocus()
    view.requirements_table.selectRow(row)
    qtbot.keyClick(view.requirements_table, Qt.Key.Key_Delete)
    assert "Budgeting" not in requirement_terms(view)
    assert stored(window, target.id).removed_terms == ["Budgeting"]
    assert view.restore_requirements_button.isEnabled()
    # The ranking no longer explains suggestions by the struck requirement.
    matches = column_texts(view.ranking_table, 2)
    assert not any("Budgeting" in m.split(", ") for m in matches)

    qtbot.keyClicks(view.add_requirement_edit, "Python")
    qtbot.keyClick(view.add_requirement_edit, Qt.Key.Key_Return)
    assert "Python" in requirement_terms(view)
    assert stored(window, target.id).added_terms == ["Python"]
    assert view.add_requirement_edit.text() == ""

    row = requirement_terms(view).index("Python")
    assert not checked(view.requirements_table, row, 2)
    press_space_on(qtbot, view.requirements_table, row, 2)
    assert stored(window, target.id).must_have == {"python": True}
    # Must-haves come first.
    must = [checked(view.requirements_table, r, 2) for r in range(len(requirement_terms(view)))]
    assert must == sorted(must, reverse=True)

    qtbot.mouseClick(view.restore_requirements_button, Qt.MouseButton.LeftButton)
    assert "Budgeting" in requirement_terms(view)
    # Each correction is one undo step.
    window.undo_stack.undo()
    assert "Budgeting" not in requirement_terms(view)


# --------------------------------------------------------------------- choosing the bullets
def test_select_reorder_and_reword_bullets_with_live_coverage(qtbot, window):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    before = chosen_texts(view)
    score_before = view.score_bar.value()

    # Untick the best suggestion: it leaves the résumé, the rest keep their order.
    press_space_on(qtbot, view.ranking_table, 0, 0)
    assert not checked(view.ranking_table, 0)
    assert chosen_texts(view) == before[1:]
    assert len(stored(window, target.id).selected_ids) == DEFAULT_PICKS - 1

    # Move the third bullet to the top with the keyboard.
    view.chosen_list.setFocus()
    set_current(view.chosen_list, 2)
    qtbot.keyClick(view.chosen_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.chosen_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected = [before[3], before[1], before[2], *before[4:]]
    assert chosen_texts(view) == expected
    assert view.chosen_list.currentIndex().row() == 0
    ids = stored(window, target.id).selected_ids
    headlines = {a.id: a.headline for a in window.store.records(Accomplishment)}
    assert [headlines[i] for i in ids] == expected

    # A drag reorders too (a drop moves the list's row; the target follows).
    model = view.chosen_list.model()
    model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)
    dragged = [before[1], before[2], before[3]]
    qtbot.waitUntil(
        lambda: [headlines[i] for i in stored(window, target.id).selected_ids[:3]] == dragged
    )
    assert chosen_texts(view)[:3] == dragged

    # Reword the top bullet in place (F2), for this target only.
    set_current(view.chosen_list, 0)
    original_id = stored(window, target.id).selected_ids[0]
    master = window.store.get(Accomplishment, original_id).headline
    qtbot.keyClick(view.chosen_list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ran a 45-person IT operations team for 6,500 users")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window, target.id).rewordings != {})
    assert stored(window, target.id).rewordings == {
        original_id: "Ran a 45-person IT operations team for 6,500 users"
    }
    assert window.store.get(Accomplishment, original_id).headline == master
    assert chosen_texts(view)[0] == "Ran a 45-person IT operations team for 6,500 users"
    assert view.chosen_list.model().index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    set_current(view.chosen_list, 0)
    assert view.original_button.isEnabled()
    qtbot.mouseClick(view.original_button, Qt.MouseButton.LeftButton)
    assert chosen_texts(view)[0] == master
    assert stored(window, target.id).rewordings == {}

    # Closing a gap from the coverage report: the suggestion goes on the résumé and the
    # requirement moves from the gap list to the covered ones.
    tree = view.gaps_tree
    row, (term, children) = next(
        (r, gap) for r, gap in enumerate(gap_rows(tree)) if gap[1] and gap[1][0][1]
    )
    suggestion_text = children[0][0]
    score = view.score_bar.value()
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(0, 0, tree.model().index(row, 0)))
    qtbot.keyClick(tree.viewport(), Qt.Key.Key_Return)
    assert chosen_texts(view)[-1] == suggestion_text
    assert view.score_bar.value() > score
    assert term not in [gap[0] for gap in gap_rows(tree)]
    assert term in html.unescape(view.covered_label.toolTip())
    assert score_before > 0

    # Undo walks back one step at a time.
    window.undo_stack.undo()
    assert suggestion_text not in chosen_texts(view)


# ------------------------------------------------------------------------------- exporting
def export_through_dialog(qtbot, view, button, path: Path, fmt: str | None = None) -> dict:
    seen: dict = {}

    def act(dialog):
        if fmt is not None:
            dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
        seen["kind"] = dialog.kind_combo.currentData()
        seen["title"] = dialog.windowTitle()
        seen["file_name"] = dialog.default_file_name()
        answer_message_box(qtbot, "Close", seen)
        with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    run_dialog(qtbot, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), act)
    return seen


@pytest.fixture
def save_to(monkeypatch):
    def answer(path: Path):
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *args, **kwargs: (str(path), "")),
        )

    return answer


def test_resume_export_uses_the_target_and_is_recorded(qtbot, window, save_to, tmp_path):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    chosen = chosen_texts(view)
    view.tabs.setCurrentIndex(2)
    qtbot.keyClicks(view.resume_form.widgets["headline"], "Head of IT Operations, retail scale")
    out = tmp_path / "northwind.pdf"
    save_to(out)
    seen = export_through_dialog(qtbot, view, view.export_resume_button, out)
    assert seen["kind"] == "resume"
    assert "Northwind Retail" in seen["title"] and "Northwind Retail" in seen["file_name"]

    text = pdf_text(out.read_bytes())
    assert "Head of IT Operations, retail scale" in text
    # The bullets are the target's (those the page target left room for), each under its
    # role and, within a role, in the target's order.
    role_of = {a.headline: a.role_id for a in window.store.records(Accomplishment)}
    shown = [(role_of[c], text.find(" ".join(c.split()[:6]))) for c in chosen]
    shown = [(role, at) for role, at in shown if at >= 0]
    assert len(shown) >= 6
    for role in {role for role, _at in shown}:
        places = [at for r, at in shown if r == role]
        assert places == sorted(places)

    exports = stored(window, target.id).exports
    assert len(exports) == 1
    entry = exports[0]
    assert (entry.kind, entry.format, entry.file) == ("resume", "pdf", str(out.resolve()))
    assert entry.template and entry.pages in (1, 2)
    assert column_texts(view.exports_table, 3) == [out.name]  # the folder is in its tooltip
    tip = column_texts(view.exports_table, 3, Qt.ItemDataRole.ToolTipRole)[0]
    assert str(out.resolve()) in html.unescape(tip)
    # The list says how many documents went to this employer.
    row = view.page.model.row_of(target.id)
    assert view.page.model.index(row, 1).data() == "1"


def test_an_export_is_history_that_undo_and_redo_keep(qtbot, window, save_to, tmp_path):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(2)
    qtbot.keyClicks(view.resume_form.widgets["headline"], "Retail-scale IT operations")
    steps = window.undo_stack.count()
    out = tmp_path / "northwind.pdf"
    save_to(out)
    export_through_dialog(qtbot, view, view.export_resume_button, out)
    sent = [str(out.resolve())]
    assert [e.file for e in stored(window, target.id).exports] == sent

    # Recording the export is no undo step: Undo takes back the headline typed before it...
    assert window.undo_stack.count() == steps
    assert window.undo_action.text().replace("&", "") == "Undo Edit Headline"
    window.undo_action.trigger()
    assert stored(window, target.id).headline == ""
    # ...and the row saying what went to Northwind stays, stored and on screen.
    assert [e.file for e in stored(window, target.id).exports] == sent
    assert column_texts(view.exports_table, 3) == [out.name]
    assert column_texts(view.exports_table, 2) == ["Classic"]  # the template by its name
    window.redo_action.trigger()
    assert stored(window, target.id).headline == "Retail-scale IT operations"
    assert [e.file for e in stored(window, target.id).exports] == sent
    assert column_texts(view.exports_table, 3) == [out.name]

    # A target deleted and brought back by Undo keeps its history too.
    window.undo_stack.undo()
    view.page.delete_selected()
    assert stored(window, target.id) is None
    window.undo_stack.undo()
    assert [e.file for e in stored(window, target.id).exports] == sent


def test_every_targets_undo_text_names_the_field_in_words(qtbot, window):
    view, target = with_target(window)
    fields = [
        (0, view.posting_form, "company", "Edit Company"),
        (0, view.posting_form, "title", "Edit Job Title"),
        (0, view.posting_form, "name", "Edit Application Name"),
        (0, view.posting_form, "location", "Edit Location"),
        (0, view.posting_form, "link", "Edit Link"),
        (0, view.posting_form, "posting", "Edit Job Posting"),
        (0, view.posting_form, "notes", "Edit Notes"),
        (2, view.resume_form, "headline", "Edit Headline"),
        (2, view.resume_form, "summary", "Edit Summary"),
        (2, view.resume_form, "page_target", "Edit Page Target"),
        (3, view.letter_form, "letter", "Edit Cover Letter"),
    ]
    for tab, form, name, undo_text in fields:
        view.tabs.setCurrentIndex(tab)
        widget = form.widgets[name]
        widget.setFocus()
        if name == "page_target":
            qtbot.keyClick(widget, Qt.Key.Key_Up)
        else:
            qtbot.keyClicks(widget, "x")
        assert window.undo_stack.undoText() == undo_text, name
    assert stored(window, target.id).page_target == 3


def test_cover_letter_is_drafted_from_records_edited_and_exported(qtbot, window, save_to, tmp_path):
    import docx

    view, target = with_target(window)
    view.tabs.setCurrentIndex(3)
    letter = view.letter_form.widgets["letter"]
    assert letter.toPlainText() == ""
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    text = stored(window, target.id).letter
    assert "Northwind Retail" in text and "Head of IT Operations" in text
    best = view.tailoring.chosen[0]
    assert window.store.get(Accomplishment, best).headline in text
    assert letter.toPlainText() == text

    letter.setFocus()
    letter.moveCursor(letter.textCursor().MoveOperation.End)
    qtbot.keyClick(letter, Qt.Key.Key_Return)
    qtbot.keyClicks(letter, "PS: I can start in March.")
    assert stored(window, target.id).letter.endswith("PS: I can start in March.")

    out = tmp_path / "letter.docx"
    save_to(out)
    seen = export_through_dialog(qtbot, view, view.export_letter_button, out, fmt="docx")
    assert seen["kind"] == "letter"
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    body = "\n".join(paragraphs)
    assert "Northwind Retail" in body and "PS: I can start in March." in body
    assert body.index("Northwind Retail") < body.index("PS: I can start in March.")
    entry = stored(window, target.id).exports[-1]
    assert (entry.kind, entry.format) == ("letter", "docx")

    # Drafting again replaces the edited letter, and undo brings the edits back.
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    assert "PS: I can start" not in stored(window, target.id).letter
    window.undo_stack.undo()
    assert stored(window, target.id).letter.endswith("PS: I can start in March.")


def test_live_preview_follows_the_chosen_bullets(qtbot, window):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    first = chosen_texts(view)[0]
    with qtbot.waitSignal(view.resume_preview.ready, timeout=WAIT_MS):
        view.tabs.setCurrentIndex(2)
    words = " ".join(first.split()[:6])
    assert words in pdf_text(view.resume_preview.data)
    assert "page" in view.resume_preview.status.text()

    view.tabs.setCurrentIndex(1)
    view.chosen_list.setFocus()
    set_current(view.chosen_list, 0)
    qtbot.keyClick(view.chosen_list, Qt.Key.Key_Delete)
    assert first not in chosen_texts(view)
    with qtbot.waitSignal(view.resume_preview.ready, timeout=WAIT_MS):
        view.tabs.setCurrentIndex(2)
    assert words not in pdf_text(view.resume_preview.data)


def test_a_letter_without_text_previews_as_what_to_do_first(qtbot, window):
    view, _target = with_target(window)
    preview = view.letter_preview
    view.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: "no text yet" in preview.status.text(), timeout=WAIT_MS)
    assert "Draft it from its template" in preview.status.text()
    assert not preview.pages.isVisible() and preview.data == b""
    with qtbot.waitSignal(preview.ready, timeout=WAIT_MS):
        qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    assert preview.pages.isVisible()
    assert "Northwind Retail" in pdf_text(preview.data)


def test_an_empty_records_resume_previews_as_what_to_add(qtbot, open_window):
    view, _target = with_target(open_window())
    view.tabs.setCurrentIndex(2)
    preview = view.resume_preview
    qtbot.waitUntil(lambda: "nothing to show yet" in preview.status.text(), timeout=WAIT_MS)
    assert "Experience" in preview.status.text() and "target" not in preview.status.text()
    assert not preview.pages.isVisible()


# ------------------------------------------------------------------------------- the list
def test_duplicate_and_archive_targets(qtbot, window):
    view, target = with_target(window, name="Northwind")
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert window.store.count(Target) == 2
    copy = view.current_target()
    assert copy.id != target.id and copy.name == "Northwind (copy)"
    assert copy.posting == target.posting and copy.exports == []
    assert view.proxy.rowCount() == 2

    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert stored(window, copy.id).archived
    assert view.proxy.rowCount() == 1  # archived targets are out of the way
    view.show_archived_check.click()
    assert view.proxy.rowCount() == 2
    labels = [view.proxy.index(r, 0).data() for r in range(2)]
    assert "Northwind (copy) (archived)" in labels
    assert view.select_target(copy.id)
    assert view.archive_button.text().replace("&", "") == "Unarchive"
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert not stored(window, copy.id).archived


def test_targets_survive_a_restart(qtbot, open_window):
    window = open_window(demo=True)
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    press_space_on(qtbot, view.ranking_table, 1, 0)
    chosen = chosen_texts(view)
    close_window(window)

    view = targets_view(open_window())
    assert view.select_target(target.id)
    view.tabs.setCurrentIndex(1)
    assert chosen_texts(view) == chosen


def test_the_target_list_model_passes_the_model_tester(qtmodeltester, window):
    view, _target = with_target(window, name="Live")
    window.store.apply(put=[Target(name="Old", archived=True), Target(name="Other")])
    qtmodeltester.check(view.proxy)
    view.show_archived_check.click()
    qtmodeltester.check(view.proxy)
    assert view.proxy.rowCount() == 3


def test_a_requirement_added_by_an_alias_is_removed_and_restored_by_either_name(qtbot, window):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(view.add_requirement_edit, "k8s")
    qtbot.keyClick(view.add_requirement_edit, Qt.Key.Key_Return)
    assert "Kubernetes" in requirement_terms(view)  # the alias finds the skill
    view.requirements_table.setFocus()
    view.requirements_table.selectRow(requirement_terms(view).index("Kubernetes"))
    qtbot.keyClick(view.requirements_table, Qt.Key.Key_Delete)
    assert "Kubernetes" not in requirement_terms(view)
    assert stored(window, target.id).added_terms == []
    assert stored(window, target.id).removed_terms == []


def test_ctrl_e_on_a_target_exports_its_documents(qtbot, window):
    view, target = with_target(window)
    seen: dict = {}

    def look(dialog):
        seen["kinds"] = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
        seen["kind"] = dialog.kind_combo.currentData()
        dialog.reject()

    view.tabs.setCurrentIndex(3)
    run_dialog(qtbot, lambda: window.export_action.trigger(), look)
    assert seen == {"kinds": ["resume", "letter"], "kind": "letter"}
    # Without a target the general dialog opens, with the résumé and the CMD.
    view.page.table.clearSelection()
    view.page.form.set_record(None)
    window.show_view("accomplishments")
    run_dialog(qtbot, lambda: window.export_action.trigger(), look)
    assert seen["kinds"] == ["resume", "cmd"]


def test_headline_and_hidden_roles_reach_the_preview(qtbot, window):
    view, target = with_target(window)
    with qtbot.waitSignal(view.resume_preview.ready, timeout=WAIT_MS):
        view.tabs.setCurrentIndex(2)
    assert "Nordlys Freight" in pdf_text(view.resume_preview.data)
    roles = view.roles_list
    row = next(i for i, text in enumerate(column_texts(roles)) if "Nordlys Freight" in text)
    roles.setFocus()
    set_current(roles, row)
    with qtbot.waitSignal(view.resume_preview.ready, timeout=WAIT_MS):
        qtbot.keyClick(roles.viewport(), Qt.Key.Key_Space)
        qtbot.keyClicks(view.resume_form.widgets["headline"], "Head of IT Operations")
    assert len(stored(window, target.id).hidden_role_ids) == 1
    text = pdf_text(view.resume_preview.data)
    assert "Nordlys Freight" not in text
    assert "Head of IT Operations" in text.split("Dana Lindqvist", 1)[1][:200]


def test_a_large_record_is_indexed_on_a_worker_and_edits_follow(qtbot, window, monkeypatch):
    view = targets_view(window)
    view.indexer.background_from = 0  # the demo counts as large
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.tailoring is not None, timeout=WAIT_MS)
    assert any(h.startswith(SERVICE_DESK) for h in ranked_headlines(view)[:5])

    # A new accomplishment that answers the posting shows up once the new index is ready.
    role_id = window.store.get(Accomplishment, view.tailoring.chosen[0]).role_id
    fresh = Accomplishment(
        headline="Ran ITIL major-incident management and first contact resolution reviews "
        "for the ITIL service desk",
        role_id=role_id,
        impact=5,
    )
    window.store.apply(put=[fresh])
    qtbot.waitUntil(lambda: fresh.headline in ranked_headlines(view), timeout=WAIT_MS)


# ------------------------------------------------------------------------------ names
def target_names(window) -> list[str]:
    return sorted(t.label().casefold() for t in window.store.records(Target) if not t.archived)


def test_duplicates_and_renames_never_make_two_targets_of_one_name(qtbot, window):
    view, target = with_target(window, name="Northwind")
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert view.select_target(target.id)
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    names = [t.name for t in window.store.records(Target)]
    assert sorted(names) == ["Northwind", "Northwind (copy 2)", "Northwind (copy)"]
    copy = view.current_target()
    assert copy.name == "Northwind (copy 2)"

    # Typing the original's name over the copy's: the taken name is never stored.
    view.tabs.setCurrentIndex(0)
    field = view.posting_form.widgets["name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, "northwind")
    assert len(set(target_names(window))) == window.store.count(Target)
    assert stored(window, copy.id).name != "northwind"
    assert view.name_problem.isVisible()
    assert view.name_problem.text() == (
        "There is already a target called “Northwind”; choose another name."
    )
    # A name of its own is stored as soon as it is typed, and the message goes.
    qtbot.keyClicks(field, " Stockholm")
    assert stored(window, copy.id).name == "northwind Stockholm"
    assert not view.name_problem.isVisible()
    # Finishing with a taken name (Enter) brings back the last name that was stored.
    field.selectAll()
    qtbot.keyClicks(field, "Northwind (COPY)")
    assert view.name_problem.isVisible()
    assert stored(window, copy.id).name == "Northwind (COPY"  # unique while it was typed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Northwind (COPY" and not view.name_problem.isVisible()
    assert len(set(target_names(window))) == window.store.count(Target)


def test_an_archived_target_comes_back_only_while_its_name_is_free(qtbot, window):
    view, old = with_target(window, name="Northwind", archived=True)
    window.store.apply(put=[Target(name="northwind", posting=POSTING)])
    assert view.select_target(old.id)
    seen: dict = {}
    answer_message_box(qtbot, "OK", seen)
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert stored(window, old.id).archived
    assert "Another target is called “northwind”" in seen["text"]


def tailor_tab_at_1024(window):
    """The Tailor tab of a target for the posting, in a window 1024 by 700."""
    view, _target = with_target(window)
    window.resize(1024, 700)
    view.tabs.setCurrentIndex(1)
    return view


def test_at_1024_pixels_narrow_headers_wrap_instead_of_clipping(qtbot, window):
    view = tailor_tab_at_1024(window)
    table = view.requirements_table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.isVisible() and header.sectionSize(2) > 0)
    label = table.model().headerData(2, Qt.Orientation.Horizontal)
    assert label == "Must have"
    line = header.fontMetrics().height()
    # Whatever width the column got, the whole label fits: on one line, or on two.
    qtbot.waitUntil(
        lambda: (
            header.fontMetrics().horizontalAdvance(label) < header.sectionSize(2)
            or header.height() >= 2 * line
        )
    )
    # The tick says "must have"; the column needs no words of its own beside it.
    assert table.model().index(0, 2).data() is None
    assert all(column_texts(table, 0))  # the requirement column keeps its text


def test_enter_on_a_sent_document_whose_file_is_gone_says_so(qtbot, window, tmp_path):
    from resume_builder.domain.models import TargetExport

    gone = tmp_path / "moved-away.pdf"
    entry = TargetExport(kind="resume", format="pdf", template="classic", file=str(gone))
    view, _target = with_target(window, exports=[entry])
    view.tabs.setCurrentIndex(2)
    table = view.exports_table
    assert column_texts(table, 3) == [gone.name]
    table.setFocus()
    set_current(table, 0)
    seen: dict = {}
    answer_message_box(qtbot, "OK", seen)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "text" in seen)
    assert seen["text"] == f"“{gone}” is no longer there; it was moved or deleted."


def test_at_1024_pixels_a_gap_suggestion_wraps_instead_of_eliding(qtbot, window):
    view = tailor_tab_at_1024(window)
    tree = view.gaps_tree
    model = tree.model()
    qtbot.waitUntil(lambda: tree.isVisible() and model.rowCount() > 0)
    gap = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(0, 0, model.index(r, 0)).data(Qt.ItemDataRole.UserRole)
    )
    suggestion = model.index(0, 0, gap)
    metrics = tree.fontMetrics()
    assert metrics.horizontalAdvance(suggestion.data()) > tree.viewport().width()
    qtbot.waitUntil(lambda: tree.visualRect(suggestion).height() >= 2 * metrics.height())


def test_every_requirement_and_bullet_edit_is_one_step_that_undoes_and_redoes(qtbot, window):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(1)
    table = view.requirements_table

    def strike_budgeting():
        table.setFocus()
        table.selectRow(requirement_terms(view).index("Budgeting"))
        qtbot.keyClick(table, Qt.Key.Key_Delete)

    def tick_must_have_on_python():
        press_space_on(qtbot, table, requirement_terms(view).index("Python"), 2)

    def add_python():
        qtbot.keyClicks(view.add_requirement_edit, "Python")
        qtbot.keyClick(view.add_requirement_edit, Qt.Key.Key_Return)

    def untick_the_best():
        press_space_on(qtbot, view.ranking_table, 0, 0)

    def hide_a_role():
        view.tabs.setCurrentIndex(2)
        view.roles_list.setFocus()
        set_current(view.roles_list, 0)
        qtbot.keyClick(view.roles_list.viewport(), Qt.Key.Key_Space)
        view.tabs.setCurrentIndex(1)

    fields = ("removed_terms", "added_terms", "must_have", "selected_ids", "hidden_role_ids")
    for edit, undo_text in (
        (strike_budgeting, "Remove Requirement “Budgeting”"),
        (add_python, "Add Requirement “Python”"),
        (tick_must_have_on_python, "Mark “Python” Must-Have"),
        (untick_the_best, "Take Bullet Off the Résumé"),
        (hide_a_role, "Hide Role"),
    ):
        before = {f: getattr(stored(window, target.id), f) for f in fields}
        shown_before = (requirement_terms(view), chosen_texts(view))
        edit()
        assert window.undo_stack.undoText() == undo_text
        after = {f: getattr(stored(window, target.id), f) for f in fields}
        shown_after = (requirement_terms(view), chosen_texts(view))
        assert after != before, undo_text
        window.undo_stack.undo()
        assert {f: getattr(stored(window, target.id), f) for f in fields} == before
        assert (requirement_terms(view), chosen_texts(view)) == shown_before, undo_text
        window.undo_stack.redo()
        assert {f: getattr(stored(window, target.id), f) for f in fields} == after
        assert (requirement_terms(view), chosen_texts(view)) == shown_after, undo_text


def test_the_resume_preview_starts_where_the_export_dialog_would(qtbot, window):
    from resume_builder.domain.preferences import Preferences
    from resume_builder.services.preferences import save_preferences

    # Preferences name the template; the target's own page target wins over the general one.
    save_preferences(window.store.repository.data_dir, Preferences(template="modern"))
    view, _target = with_target(window, page_target=1)
    with qtbot.waitSignal(view.resume_preview.ready, timeout=WAIT_MS):
        view.tabs.setCurrentIndex(2)
    assert "1-page target" in view.resume_preview.status.text()
    request, _snapshot = view.preview_request("resume")
    assert (request.template, request.resume.page_target) == ("modern", 1)


def test_tab_walks_the_tailor_tab_part_by_part_not_cell_by_cell(qtbot, window):
    view, _target = with_target(window)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(view.requirements_table.isVisible)
    view.requirements_table.setFocus()
    set_current(view.requirements_table, 0)
    chain = []
    for _ in range(7):
        widget = QApplication.focusWidget()
        chain.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert chain == [
        "requirementsTable",
        "addRequirement",
        "addRequirementButton",
        "removeRequirement",  # a requirement is selected; Restore waits for a struck one
        "gapsTree",
        "rankingTable",
        "chosenList",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view.chosen_list


def test_the_targets_resume_preview_lists_the_postings_skills_first(qtbot, window):
    """An IT service-management posting: ITIL leads the skills line, and C# and .NET, which
    the posting never asks for and no bullet on this résumé shows, are left out.
    """
    posting = (POSTINGS / "05-itsm-manager.txt").read_text(encoding="utf-8")
    view, target = with_target(window, title="ITSM Manager", posting=posting)
    with qtbot.waitSignal(view.resume_preview.ready, timeout=WAIT_MS):
        view.tabs.setCurrentIndex(2)
    skills = " ".join(pdf_text(view.resume_preview.data).split("SKILLS", 1)[1].split())
    assert skills.startswith("Operations: ITIL")
    assert "C#" not in skills and ".NET" not in skills
