"""Counts in the window agree with their number, in English and in Swedish.

Qt picks a plural form only from a translation, so English ships a .qm of its own holding
just the %n messages; these tests read it, and read what the window shows with it installed.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from resume_builder import paths
from resume_builder.domain.models import Accomplishment, Role, Skill, Target
from tests.ui.test_translation import (
    PLACEHOLDER,
    ROOT,
    message_forms,
    ts_messages,
    update_translations,
)

EN_TS = paths.resource("translations", "resume_builder_en.ts")
EN_QM = paths.resource("translations", "resume_builder_en.qm")
WAIT_MS = 20_000


def _english_messages() -> list[tuple[str, ET.Element]]:
    return ts_messages(EN_TS)


# --------------------------------------------------------------------------- the English file
def test_the_english_file_holds_every_plural_message_of_the_code(tmp_path):
    fresh = tmp_path / "plurals.ts"
    sources = [str(path.relative_to(ROOT)) for path in update_translations.sources()]
    subprocess.run(
        [
            update_translations.tool("pyside6-lupdate"),
            *sources,
            "-pluralonly",
            "-target-language",
            "en",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }
    assert len(wanted) > 30  # every "Delete %n …" and every count the window shows
    have = {(context, message.findtext("source")) for context, message in _english_messages()}
    assert sorted(wanted - have) == []  # run tools/update_translations.py en


def test_every_english_plural_is_finished_and_keeps_its_placeholders():
    problems = []
    for context, message in _english_messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = message_forms(message)
        if message.get("numerus") != "yes":
            problems.append((context, source, "not a plural message"))
        if translation.get("type") is not None:  # a suggestion nobody has read yet
            problems.append((context, source, translation.get("type")))
        if len(forms) != 2 or not all(form.strip() for form in forms):
            problems.append((context, source, "needs a singular and a plural"))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append((context, source, form, "placeholders"))
            if "(s)" in form or "(y/ies)" in form:
                problems.append((context, source, form, "a marker left in"))
    assert problems == []


def test_the_compiled_english_file_matches_its_source():
    translator = QTranslator()
    assert translator.load(str(EN_QM))
    stale = []
    for context, message in _english_messages():
        source = message.findtext("source")
        for form, n in zip(message_forms(message), (1, 2), strict=True):
            if translator.translate(context, source, None, n) != form:
                stale.append((context, source))
    assert stale == []  # run tools/update_translations.py en --release-only


def test_the_markers_give_the_suggested_forms():
    forms = update_translations.english_forms
    assert forms("Delete %n Role(s)") == ("Delete %n Role", "Delete %n Roles")
    assert forms("Delete %n Education Entr(y/ies)") == (
        "Delete %n Education Entry",
        "Delete %n Education Entries",
    )
    assert forms("Skills (%n)") == ("Skills (%n)", "Skills (%n)")


# --------------------------------------------------------------------------- the running app
def test_english_installs_its_plural_forms(english):
    assert [t.filePath().endswith("resume_builder_en.qm") for t in english] == [True]
    translate = QApplication.translate
    assert translate("MainWindow", "%n roles", "", 1) == "1 role"
    assert translate("MainWindow", "%n roles", "", 2) == "2 roles"
    assert translate("ExperienceView", "Delete %n Role(s)", "", 1) == "Delete 1 Role"
    assert translate("ExperienceView", "Delete %n Role(s)", "", 3) == "Delete 3 Roles"
    # not a plural message: the source text, as before
    assert translate("MainWindow", "&File") == "&File"


def career(count: int) -> list:
    """`count` roles, accomplishments and skills."""
    roles = [Role(title=f"Title {n}", employer=f"Employer {n}") for n in range(count)]
    items = [Accomplishment(headline=f"Result {n}", role_id=roles[0].id) for n in range(count)]
    skills = [Skill(name=f"Skill {n}") for n in range(count)]
    return [*roles, *items, *skills]


STATUS = {
    ("en", 1): "1 accomplishment · 1 role · 1 skill",
    ("en", 2): "2 accomplishments · 2 roles · 2 skills",
    ("sv", 1): "1 prestation · 1 roll · 1 kompetens",
    ("sv", 2): "2 prestationer · 2 roller · 2 kompetenser",
}


@pytest.mark.parametrize("count", [1, 2])
def test_the_status_bar_counts_agree_with_their_numbers(language, open_window, count):
    window = open_window(career(count))
    assert window.counts_label.text() == STATUS[language, count]
    if count == 2:  # and back to one, as the user deletes a role
        role = window.store.records(Role)[-1]
        window.store.apply(remove=[role])
        assert window.counts_label.text().split(" · ")[1] == STATUS[language, 1].split(" · ")[1]


# The Tailor tab: a posting asking for what one, or several, accomplishments prove.
POSTING = (
    "Head of Platform Engineering\n\nRequirements:\n"
    "- Kubernetes experience (required)\n- Terraform\n"
)
TAILOR = {
    ("en", 1): "1 accomplishment matches.",
    ("en", 3): "3 accomplishments match, best first.",
    ("sv", 1): "1 prestation matchar.",
    ("sv", 3): "3 prestationer matchar, den bästa först.",
}


@pytest.mark.parametrize("matching", [1, 3])
def test_the_tailor_label_counts_the_matches(qtbot, language, open_window, matching):
    role = Role(title="Platform lead", employer="Contoso")
    proving = [
        Accomplishment(
            headline=f"Moved {n + 2} services to Kubernetes with Terraform", role_id=role.id
        )
        for n in range(matching)
    ]
    other = Accomplishment(headline="Wrote the quarterly newsletter", role_id=role.id)
    target = Target(company="Northwind", title="Head of Platform", posting=POSTING)
    window = open_window([role, *proving, other, target])
    window.show_view("targets")
    view = window.view("targets")
    assert view.select_target(target.id)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.ranking_table.rowCount() == matching, timeout=WAIT_MS)
    assert view.ranking_note.text() == TAILOR[language, matching]


@pytest.mark.parametrize("count", [1, 2])
def test_importing_into_another_folder_counts_the_records(
    qtbot, tmp_path, english, open_window, count
):
    from resume_builder.services.importing.plan import ImportPlan, PlanItem
    from tests.ui.test_export_dialog import answer_message_box

    window = open_window()
    plan = ImportPlan(
        "resume.json", [PlanItem(Role(title=f"T{n}", employer="E"), "add") for n in range(count)]
    )
    other = tmp_path / "other"
    seen = {}
    answer_message_box(qtbot, "OK", seen)
    window.import_into_folder(plan, "json", None, other)
    if count == 1:
        expected = f"1 record was imported into {other}. Start Resume Builder with --data-dir on "
        expected += "that folder to work with it."
    else:
        expected = f"2 records were imported into {other}. Start Resume Builder with --data-dir "
        expected += "on that folder to work with them."
    assert seen["text"] == expected


def test_switching_back_to_english_keeps_its_plural_forms(qapp, english_afterwards):
    from resume_builder.ui.i18n import switch_language

    translate = QApplication.translate
    switch_language(qapp, "sv")
    assert translate("MainWindow", "%n roles", "", 1) == "1 roll"
    switch_language(qapp, "en")
    assert translate("MainWindow", "%n roles", "", 1) == "1 role"
    assert translate("MainWindow", "%n roles", "", 2) == "2 roles"
