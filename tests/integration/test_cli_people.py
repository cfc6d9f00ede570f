"""`resume-builder people list|add` and `meeting list|show` on the demo career.

Most commands run in-process through `main()`; the app holding the folder is a real second
process, and one run is a real child process that must not load Qt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import fields
from datetime import date

import pytest

from resume_builder.cli.main import main
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Person
from resume_builder.services.conversations import last_contact
from resume_builder.storage.repository import Repository


def cli(capsys, *args):
    """Runs the command line in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    folder = tmp_path_factory.mktemp("career")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def stored(folder, kind):
    with Repository.open(folder, read_only=True) as repository:
        return repository.all(kind)


@contextmanager
def app_holding(data_dir):
    """Another process holding the data folder's lock, as the open window does."""
    code = (
        "import sys; from resume_builder.storage.repository import Repository; "
        f"r = Repository.open({str(data_dir)!r}); print('ready', flush=True); sys.stdin.read()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "ready"
        yield process
    finally:
        process.stdin.close()
        process.wait(timeout=60)


# --------------------------------------------------------------------------- people
def test_people_list_shows_everyone_by_last_contact(career, capsys):
    code, out, err = cli(capsys, "people", "list", "--data-dir", career)
    assert code == 0 and err == ""
    lines = out.splitlines()
    people = stored(career, Person)
    assert len(lines) == len(people)
    karin = next(p for p in people if p.name == "Karin Holmberg")
    (row,) = [line for line in lines if "Karin Holmberg" in line]
    assert row.startswith(karin.id[:8])
    assert "manager" in row and "Halvard" in row
    meetings = stored(career, Meeting)
    last = last_contact(karin, meetings, date.today())
    days = (date.today() - date.fromisoformat(last.iso())).days
    assert f"{last.iso()}  {days} days ago" in row
    dates = [line.split()[-4] for line in lines if "never" not in line]
    assert dates == sorted(dates, reverse=True)  # the most recent first


def test_people_list_json_has_every_contact_detail(career, capsys):
    code, out, _ = cli(capsys, "people", "list", "--json", "--data-dir", career)
    assert code == 0
    rows = json.loads(out)
    henrik = next(r for r in rows if r["name"] == "Henrik Sandberg")
    assert henrik["is_reference"] is True and henrik["relationship"] == "reference"
    assert henrik["reference_for"].startswith("The Kubernetes migration")
    assert isinstance(henrik["days_since_contact"], int) and henrik["last_contact"]
    assert set(henrik) >= {"id", "organisation", "title", "email", "phone", "linkedin"}


def test_people_list_json_has_every_field_a_user_entered(data_dir, capsys):
    with Repository.open(data_dir) as repository:
        repository.put(
            Person(
                name="Eva Lind",
                relationship="reference",
                notes="Met at the Fjord offsite",
                reference_quote="Eva's team shipped on time, every time.",
                last_contact=PartialDate(2025, 4),
            )
        )
    code, out, _ = cli(capsys, "people", "list", "--json", "--data-dir", data_dir)
    (eva,) = [r for r in json.loads(out) if r["name"] == "Eva Lind"]
    assert code == 0 and eva["notes"] == "Met at the Fjord offsite"
    assert eva["reference_quote"] == "Eva's team shipped on time, every time."
    assert eva["last_contact_set"] == "2025-04"
    assert eva["is_reference"] is False and eva["gives_reference"] is True
    entered = {f.name for f in fields(Person)} - {"id", "created", "updated", "extra"}
    assert entered - {"last_contact"} <= set(eva), "a field the user entered is missing"


def test_people_add_stores_a_person_who_then_lists_as_never_contacted(data_dir, capsys):
    code, out, err = cli(
        capsys, "people", "add", "--name", " Anna  Berg ", "--relationship", "Senior leader",
        "--organisation", "Halvard", "--title", "CFO", "--email", "anna@halvard.example",
        "--phone", "+46 8 555 01 02", "--linkedin", "https://www.linkedin.com/in/annaberg",
        "--data-dir", data_dir,
    )  # fmt: skip
    assert code == 0 and err == ""
    (anna,) = [p for p in stored(data_dir, Person) if p.name == "Anna Berg"]
    assert out.splitlines() == [f"Added Anna Berg (senior leader, Halvard), id {anna.id[:8]}."]
    assert anna.relationship == "senior_leader" and anna.title == "CFO"
    assert anna.email == "anna@halvard.example" and anna.phone == "+46 8 555 01 02"
    assert anna.linkedin.endswith("/annaberg") and not anna.is_reference
    _, listing, _ = cli(capsys, "people", "list", "--data-dir", data_dir)
    assert listing.splitlines()[-1].split()[-2:] == ["never", "-"]


def test_people_add_with_words_of_ones_own_and_as_a_reference(data_dir, capsys):
    code, out, _ = cli(
        capsys, "people", "add", "--name", "Ola Hansen", "--relationship", "former colleague",
        "--reference-for", "The data platform at Fjord", "--data-dir", data_dir,
    )  # fmt: skip
    assert code == 0
    assert "Marked as a reference" in out
    (ola,) = [p for p in stored(data_dir, Person) if p.name == "Ola Hansen"]
    assert ola.relationship == "former colleague"
    assert ola.is_reference and ola.reference_for == "The data platform at Fjord"


def test_people_add_with_the_relationship_reference_stores_what_was_given(data_dir, capsys):
    code, out, _ = cli(
        capsys, "people", "add", "--name", "Per Ek", "--relationship", "Reference",
        "--data-dir", data_dir,
    )  # fmt: skip
    assert code == 0 and "Marked as a reference" in out
    (per,) = [p for p in stored(data_dir, Person) if p.name == "Per Ek"]
    assert per.relationship == "reference" and not per.is_reference  # as given
    assert per.gives_reference  # the one rule the documents use


def test_people_add_without_a_name_is_refused_in_one_sentence(data_dir, capsys):
    before = stored(data_dir, Person)
    code, out, err = cli(capsys, "people", "add", "--name", "  ", "--data-dir", data_dir)
    assert code == 1 and out == ""
    assert err == "resume-builder: give the person a name, for example --name 'Karin Berg'\n"
    assert stored(data_dir, Person) == before


def test_people_add_waits_for_no_one_while_the_app_is_open_but_list_works(data_dir, capsys):
    before = stored(data_dir, Person)
    with app_holding(data_dir):
        code, out, err = cli(capsys, "people", "add", "--name", "Anna", "--data-dir", data_dir)
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert "open" in err and err.startswith("resume-builder: ")
        code, out, _ = cli(capsys, "people", "list", "--data-dir", data_dir)
        assert code == 0 and "Karin Holmberg" in out
        code, out, _ = cli(capsys, "meeting", "list", "--data-dir", data_dir)
        assert code == 0 and "Career conversation" in out
    assert stored(data_dir, Person) == before


# --------------------------------------------------------------------------- meetings
def test_meeting_list_newest_first_with_people_and_open_items(career, capsys):
    code, out, err = cli(capsys, "meeting", "list", "--data-dir", career)
    assert code == 0 and err == ""
    lines = out.splitlines()
    meetings = stored(career, Meeting)
    assert len(lines) == len(meetings)
    dates = [line.split()[1] for line in lines]
    assert dates == sorted(dates, reverse=True)
    items = stored(career, ActionItem)
    talk = next(m for m in meetings if m.title == "Career conversation with Karin")
    (row,) = [line for line in lines if line.startswith(talk.id[:8])]
    still_open = [i for i in items if i.meeting_id == talk.id and not i.done]
    assert "career conversation" in row and "Karin Holmberg" in row
    assert row.endswith(f"{len(still_open)} open item" + ("s" if len(still_open) != 1 else ""))
    assert talk.date.iso() in row and talk.time in row


def test_meeting_list_json(career, capsys):
    code, out, _ = cli(capsys, "meeting", "list", "--json", "--data-dir", career)
    rows = json.loads(out)
    assert code == 0 and {r["kind"] for r in rows} >= {"career_conversation", "interview"}
    interview = next(r for r in rows if r["kind"] == "interview")
    assert interview["people"] == ["Lars Åkesson"] and interview["open_action_items"] == 0


def test_meeting_show_tells_everything_by_an_id_or_its_start(career, capsys):
    talk = next(m for m in stored(career, Meeting) if m.title == "Career conversation with Karin")
    code, out, err = cli(capsys, "meeting", "show", talk.id[:6], "--data-dir", career)
    assert code == 0 and err == ""
    assert cli(capsys, "meeting", "show", talk.id, "--data-dir", career)[1] == out
    lines = out.splitlines()
    assert lines[0] == "Career conversation with Karin"
    assert f"career conversation, {talk.date.iso()} {talk.time}" in lines[1]
    assert "  Karin Holmberg (manager, Chief Information Officer at Halvard" in out
    for heading in ("Agenda:", "Notes:", "Feedback:", "Planner:", "2. Position — talking points:"):
        assert heading in out
    assert "1. Ask — the request:" in out and "Subject: Time to discuss my career" in out
    assert "3. Listen — what was asked of me:" in out
    items = [i for i in stored(career, ActionItem) if i.meeting_id == talk.id]
    for item in items:
        assert item.text in out
    done = next(i for i in items if i.done and i.proof_ids)
    assert f"[done {done.done_on.iso()}, due {done.due.iso()}] {done.text}" in out
    assert "       proof: " in out
    assert f"Follow-up: {talk.follow_up.iso()}" in out
    assert "followed up by: Career conversation follow-up with Karin" in out
    assert out.index("Agenda:") < out.index("Planner:") < out.index("Action items")


def test_meeting_show_says_an_open_item_past_its_due_date_is_overdue(data_dir, capsys):
    meeting = Meeting(title="Check-in", date=PartialDate(2026, 1, 10))
    late = ActionItem(meeting_id=meeting.id, text="Send the plan", due=PartialDate(2026, 1, 20))
    soon = ActionItem(
        meeting_id=meeting.id, text="Book the demo", due=PartialDate(2999, 1, 1), position=1
    )
    with Repository.open(data_dir) as repository:
        repository.apply(put=[meeting, late, soon])
    code, out, _ = cli(capsys, "meeting", "show", meeting.id, "--data-dir", data_dir)
    assert code == 0
    assert "  1. [overdue, due 2026-01-20] Send the plan" in out.splitlines()
    assert "  2. [open, due 2999-01-01] Book the demo" in out.splitlines()
    code, out, _ = cli(capsys, "meeting", "show", meeting.id, "--json", "--data-dir", data_dir)
    assert [i["overdue"] for i in json.loads(out)["action_items"]] == [True, False]


def test_a_meeting_with_a_target_names_it(career, capsys):
    interview = next(
        m for m in stored(career, Meeting) if m.kind == "interview" and "Havsvind" in m.title
    )
    code, out, _ = cli(capsys, "meeting", "show", interview.id, "--data-dir", career)
    assert code == 0 and "Target: " in out and "Havsvind" in out


def test_meeting_show_json(career, capsys):
    talk = next(m for m in stored(career, Meeting) if m.title == "Career conversation with Karin")
    code, out, _ = cli(capsys, "meeting", "show", talk.id[:10], "--json", "--data-dir", career)
    data = json.loads(out)
    assert code == 0 and data["id"] == talk.id
    assert [p["name"] for p in data["people"]] == ["Karin Holmberg"]
    assert len(data["action_items"]) == 3


@pytest.mark.parametrize(
    ("wanted", "message"),
    [
        ("0000000000", "no meeting has an id starting “0000000000”"),
        ("abc", "no meeting has the id “abc”; give the whole id or at least 6 of its first"),
    ],
)
def test_meeting_show_refuses_an_unknown_or_short_id(career, capsys, wanted, message):
    code, out, err = cli(capsys, "meeting", "show", wanted, "--data-dir", career)
    assert code == 1 and out == ""
    assert err.startswith(f"resume-builder: {message}") and len(err.splitlines()) == 1
    assert "`resume-builder meeting list` shows the meetings" in err


def test_meeting_show_refuses_a_start_two_meetings_share(data_dir, capsys):
    with Repository.open(data_dir) as repository:
        repository.apply(
            put=[
                Meeting(id="feedc0de" + "1" * 24, title="One"),
                Meeting(id="feedc0de" + "2" * 24, title="Two"),
            ]
        )
    code, out, err = cli(capsys, "meeting", "show", "feedc0de", "--data-dir", data_dir)
    assert code == 1 and out == ""
    assert "more than one meeting has an id starting “feedc0de”; give more of it" in err
    code, out, _ = cli(capsys, "meeting", "show", "feedc0de2", "--data-dir", data_dir)
    assert code == 0 and out.startswith("Two\n")


def test_an_empty_folder_says_there_is_nothing_yet(tmp_path, capsys):
    folder = tmp_path / "empty"
    with Repository.open(folder):
        pass
    assert cli(capsys, "people", "list", "--data-dir", folder)[1].startswith("No people yet")
    assert cli(capsys, "meeting", "list", "--data-dir", folder)[1].startswith("No meetings yet")
    assert json.loads(cli(capsys, "people", "list", "--json", "--data-dir", folder)[1]) == []


def test_the_commands_run_as_a_real_process_without_qt(career):
    code = (
        "import sys; from resume_builder.cli.main import main; "
        f"rc = main(['people', 'list', '--data-dir', {str(career)!r}]); "
        f"rc = rc or main(['meeting', 'list', '--data-dir', {str(career)!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'; "
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Karin Holmberg" in result.stdout
    command = [sys.executable, "-m", "resume_builder", "meeting", "show", "nope!!", "--data-dir"]
    refused = subprocess.run([*command, str(career)], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1


def test_two_people_added_with_one_name_both_come_back_from_a_json_export(
    data_dir, tmp_path, capsys
):
    empty, out = tmp_path / "empty", tmp_path / "cmd.json"
    for organisation in ("Halvard", "Nordhav"):
        code, _, _ = cli(capsys, "people", "add", "--name", "Karin Berg",
                         "--organisation", organisation, "--data-dir", data_dir)  # fmt: skip
        assert code == 0
    cmd = ("export", "cmd", "--format", "json", "-o", out, "--data-dir", data_dir)
    code, _, err = cli(capsys, *cmd)
    assert code == 0, err
    code, printed, err = cli(capsys, "import", "jsonresume", out, "--data-dir", empty)
    assert code == 0 and "appears twice" not in printed + err
    people = sorted(stored(data_dir, Person), key=lambda p: p.id)
    back = sorted(stored(empty, Person), key=lambda p: p.id)
    assert [p.to_dict() for p in back] == [p.to_dict() for p in people]
    assert len([p for p in back if p.name == "Karin Berg"]) == 2


def test_people_add_agreed_marks_a_reference_who_said_yes(data_dir, capsys):
    code, _, _ = cli(
        capsys,
        "people",
        "add",
        "--name",
        "Ola Berg",
        "--relationship",
        "reference",
        "--agreed",
        "--data-dir",
        data_dir,
    )
    assert code == 0
    with Repository.open(data_dir, read_only=True) as repository:
        (ola,) = [p for p in repository.all(Person) if p.name == "Ola Berg"]
    assert ola.reference_agreed and ola.gives_reference


def test_people_add_agreed_without_being_a_reference_is_refused(data_dir, capsys):
    code, _, err = cli(
        capsys, "people", "add", "--name", "Ola Berg", "--agreed", "--data-dir", data_dir
    )
    assert code != 0 and "--agreed is for a reference" in err
    with Repository.open(data_dir, read_only=True) as repository:
        assert not [p for p in repository.all(Person) if p.name == "Ola Berg"]
