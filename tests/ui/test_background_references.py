"""References moved from Background to People: a window opened on an old file shows them so."""

from __future__ import annotations

from resume_builder.domain.models import Person
from resume_builder.storage.fileformat import encode
from resume_builder.storage.repository import DB_NAME


def test_an_old_files_references_open_as_people_and_background_has_no_references_tab(
    qtbot, data_dir, open_window
):
    old = {
        "reference": {
            "1": {"id": "r1", "extra": {}, "name": "Henrik Sandberg",
                  "reference": "Reliable.", "contact": "henrik@lumora.example"},
        },
        "language": {"1": {"id": "l1", "extra": {}, "language": "Swedish", "fluency": "Native"}},
    }  # fmt: skip
    (data_dir / DB_NAME).write_bytes(
        encode(old, schema_version=1, save_counter=1, saved_at="", app_version="1")
    )
    window = open_window()
    window.show_view("background")
    view = window.view("background")
    qtbot.waitExposed(view)
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    assert "References" not in titles and "Languages" in titles
    assert "references" not in view.pages
    (henrik,) = window.store.records(Person)
    assert henrik.name == "Henrik Sandberg" and henrik.is_reference
    assert henrik.reference_quote == "Reliable." and henrik.email == "henrik@lumora.example"
    assert any(b.reason == "pre-migration" for b in window.store.repository.backups.list())


def test_the_import_preview_lists_a_json_resume_reference_as_a_person(qtbot):
    from resume_builder.domain.models import Profile
    from resume_builder.domain.snapshot import CareerSnapshot
    from resume_builder.services.importing.json_resume import parse_json_resume
    from resume_builder.services.importing.plan import make_plan
    from resume_builder.ui.views.import_backup import ImportPreviewDialog

    data = b'{"basics": {"name": "Kari"}, "references": [{"name": "Ola", "reference": "Yes."}]}'
    records, sources = parse_json_resume(data, "kari.json")
    plan = make_plan(records, CareerSnapshot(profile=Profile()), "kari.json", sources)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            rows.append([model.index(row, c, parent).data() for c in range(2)])
    assert ["Ola", "Person"] in rows
    names = [dialog.kind_name(k) for k in ("person", "meeting", "action_item")]
    assert names == ["Person", "Meeting", "Action item"]
