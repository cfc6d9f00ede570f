"""`due`, `application list|move`, `organisation list|add`, `plan show` and `calendar`.

They run in-process through `main()`, on a small job search of the tests' own (dated from
today, so the expected lines are known) and on the demo career; the app holding the folder
is a real second process, and one run is a child process that must not load Qt.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from contextlib import contextmanager
from datetime import date, timedelta

import icalendar
import pytest

from resume_builder.cli.due import DEFAULT_DAYS
from resume_builder.cli.main import main
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    ActionItem,
    CareerPlan,
    Meeting,
    Milestone,
    Organisation,
    Person,
    StatusChange,
    Target,
)
from resume_builder.services.documents import snapshot_of
from resume_builder.services.due import DEFAULT_DUE_DAYS, due_list
from resume_builder.storage.repository import Repository

TODAY = date.today()


def cli(capsys, *args):
    """Runs the command line in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(code: int, out: str, err: str) -> bool:
    """Exit code 1, nothing on stdout, and one sentence on stderr."""
    return (
        code == 1
        and out == ""
        and len(err.strip().splitlines()) == 1
        and err.startswith("resume-builder: ")
        and "Traceback" not in err
    )


def day(days: int) -> PartialDate:
    return PartialDate.parse((TODAY + timedelta(days=days)).isoformat())


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    """A job search: two meetings, four open action items (one overdue), two applications."""
    folder = tmp_path_factory.mktemp("career")
    jonas = Person(name="Jonas Lund", relationship="recruiter")
    havsvind = Target(
        name="Havsvind Energi",
        company="Havsvind Energi AB",
        title="Director of IT Operations",
        next_step="Prepare the first interview",
        next_step_date=day(5),
        history=[StatusChange("interested", iso(-12), "")],
    )
    solvik = Target(
        name="Solvik Energi",
        status="withdrawn",
        history=[StatusChange("applied", iso(-40), ""), StatusChange("withdrawn", iso(-20), "")],
        next_step="Nothing more",
        next_step_date=day(3),
    )
    talk = Meeting(
        title="Career conversation with Karin", date=day(-10), time="10:00", follow_up=day(9)
    )
    interview = Meeting(
        title="First interview at Havsvind Energi",
        kind="interview",
        date=day(6),
        time="14:30",
        target_id=havsvind.id,
        person_ids=[jonas.id],
    )
    items = [
        ActionItem(meeting_id=talk.id, text="Ask Erik Nyström to speak for me", due=day(-7)),
        ActionItem(meeting_id=talk.id, text="Hand the runbooks over", due=day(10), position=1),
        ActionItem(meeting_id=talk.id, text="Hold a service review", due=day(30), position=2),
        ActionItem(meeting_id=talk.id, text="Done already", due=day(2), done=True, position=3),
    ]
    with Repository.open(folder) as repository:
        repository.put_many([jonas, havsvind, solvik, talk, interview, *items])
    return folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def stored(folder, kind):
    with Repository.open(folder, read_only=True) as repository:
        return repository.all(kind)


def add(folder, *records):
    with Repository.open(folder) as repository:
        repository.put_many(records)


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


# --------------------------------------------------------------------------- due
def test_due_lists_the_overdue_first_then_the_soonest_within_14_days(career, capsys):
    code, out, err = cli(capsys, "due", "--data-dir", career)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "4 things due by " + iso(14) + ", 1 overdue:"
    assert re.split(r"\s{2,}", lines[1].strip()) == [
        iso(-7),
        "7 days overdue",
        "action",
        "Ask Erik Nyström to speak for me",
        "(Career conversation with Karin)",
    ]
    assert lines[2].startswith(
        f"  {iso(5)}  in 5 days       next step  Prepare the first interview"
    )
    assert lines[2].endswith("(Havsvind Energi)")
    assert lines[3].startswith(f"  {iso(9)}  in 9 days       follow-up  Career conversation with")
    assert not lines[3].endswith(")")  # its context is its own text
    assert lines[4].startswith(f"  {iso(10)}  in 10 days      action     Hand the runbooks over")
    # 30 days ahead; done; the next step of a withdrawn application
    for left_out in ("Hold a service review", "Done already", "Nothing more"):
        assert left_out not in out


def test_due_all_and_days_0(career, capsys):
    code, out, _ = cli(capsys, "due", "--all", "--data-dir", career)
    assert code == 0 and out.startswith("5 things due with any date, 1 overdue:")
    assert out.splitlines()[-1].startswith(f"  {iso(30)}  in 30 days  ")
    code, out, _ = cli(capsys, "due", "--days", "0", "--data-dir", career)
    assert code == 0 and out.startswith("1 thing due today, 1 overdue:")
    assert len(out.splitlines()) == 2


def test_due_json_is_the_whats_due_list(career, capsys):
    code, out, _ = cli(capsys, "due", "--days", "30", "--json", "--data-dir", career)
    data = json.loads(out)
    assert code == 0
    assert [(d["kind"], d["days_left"], d["overdue"]) for d in data] == [
        ("action", -7, True),
        ("next_step", 5, False),
        ("follow_up", 9, False),
        ("action", 10, False),
        ("action", 30, False),
    ]
    assert data[1]["record_kind"] == "target" and data[1]["context"] == "Havsvind Energi"
    assert data[-1]["due"] == iso(30)


def test_due_on_the_demo_prints_the_whats_due_list(demo, capsys):
    code, out, _ = cli(capsys, "due", "--all", "--data-dir", demo)
    with Repository.open(demo, read_only=True) as repository:
        expected = due_list(snapshot_of(repository), TODAY, None)
    lines = out.splitlines()[1:]
    assert code == 0 and len(lines) == len(expected) > 0
    assert [line.split()[0] for line in lines] == [d.due.iso() for d in expected]


def test_due_refuses_negative_or_odd_days_and_its_help_names_the_default(career, capsys):
    assert DEFAULT_DAYS == DEFAULT_DUE_DAYS
    for days, reason in (("-1", "in the past"), ("two", "not a whole number")):
        with pytest.raises(SystemExit) as exited:
            main(["due", "--days", days, "--data-dir", str(career)])
        assert exited.value.code == 2 and reason in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["due", "--help"])
    assert f"default: {DEFAULT_DUE_DAYS}" in capsys.readouterr().out


def test_job_search_commands_are_listed_at_the_end_of_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    tail = help_text[help_text.index("Job search from the command line:") :]
    for command in ("due", "application move", "organisation list|add", "plan show", "calendar"):
        assert f"\n  {command}" in tail
    assert max(len(line) for line in tail.splitlines()) < 80


# --------------------------------------------------------------------------- applications
def test_application_list_shows_status_and_filters_by_it(career, capsys):
    code, out, _ = cli(capsys, "application", "list", "--data-dir", career)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert re.split(r"\s{2,}", lines[0]) == [
        "Havsvind Energi",
        "interested",
        "external",
        "Havsvind Energi AB",
        f"since {iso(-12)}",
        "12 days quiet",
        f"next: {iso(5)} Prepare the first interview",
    ]
    # closed: never stale, and its next step is not due
    assert re.split(r"\s{2,}", lines[1])[1:] == [
        "withdrawn",
        "external",
        "-",
        f"since {iso(-20)}",
        "20 days quiet",
        f"next: {iso(3)} Nothing more",
    ]
    code, out, _ = cli(
        capsys, "application", "list", "--status", " Withdrawn ", "--json", "--data-dir", career
    )
    data = json.loads(out)
    assert code == 0 and [a["label"] for a in data] == ["Solvik Energi"]
    assert [c["status"] for c in data[0]["history"]] == ["applied", "withdrawn"]
    assert (data[0]["since"], data[0]["stale"]) == (iso(-20), False)
    code, out, _ = cli(capsys, "application", "list", "--status", "offer", "--data-dir", career)
    assert code == 0 and out.startswith("No application has the status offer")


def test_application_list_refuses_an_unknown_status(career, capsys):
    code, out, err = cli(capsys, "application", "list", "--status", "hired", "--data-dir", career)
    assert refused(code, out, err)
    assert "“hired” is not a status; use one of: interested, applied" in err


def test_application_move_keeps_the_day_and_note_in_the_history(data_dir, capsys):
    yesterday = iso(-1)
    code, out, err = cli(
        capsys,
        "application",
        "move",
        "havsvind energi",
        "--to",
        "Applied",
        "--date",
        yesterday,
        "--note",
        "CV sent",
        "--data-dir",
        data_dir,
    )
    assert code == 0 and err == ""
    assert out.splitlines()[0] == (
        f"Moved “Havsvind Energi” from interested to applied on {yesterday}."
    )
    assert "--to interested` moves it back" in out
    (target,) = [t for t in stored(data_dir, Target) if t.name == "Havsvind Energi"]
    assert target.status == "applied"
    assert (target.history[-1].status, target.history[-1].on) == ("applied", yesterday)
    assert target.history[-1].note == "CV sent"


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (["--to", "hired"], "“hired” is not a status"),
        (["--to", "applied", "--date", "14/13/2026"], "is not a date"),
        (["--to", "applied", "--date", "2026-05"], "names no day"),
        (["--to", "applied", "--date", "2999-01-01"], "after today"),
        (["--to", "interested"], "is already interested"),
    ],
)
def test_application_move_refuses_bad_input_and_changes_nothing(data_dir, capsys, options, reason):
    before = stored(data_dir, Target)
    code, out, err = cli(
        capsys, "application", "move", "Havsvind Energi", *options, "--data-dir", data_dir
    )
    assert refused(code, out, err) and reason in err
    assert stored(data_dir, Target) == before


def test_an_accepted_application_does_not_move_back(data_dir, capsys):
    assert (
        cli(
            capsys,
            "application",
            "move",
            "Havsvind Energi",
            "--to",
            "accepted",
            "--data-dir",
            data_dir,
        )[0]
        == 0
    )
    before = stored(data_dir, Target)
    code, out, err = cli(
        capsys, "application", "move", "Havsvind Energi", "--to", "offer", "--data-dir", data_dir
    )
    assert refused(code, out, err) and "an accepted application does not move" in err
    assert stored(data_dir, Target) == before


def test_an_application_name_matching_none_or_several_lists_the_candidates(data_dir, capsys):
    add(data_dir, Target(name="Acme ops", company="Acme"), Target(name="Acme dev", company="Acme"))
    code, out, err = cli(
        capsys, "application", "move", "Nobody", "--to", "applied", "--data-dir", data_dir
    )
    assert refused(code, out, err) and "there is no target “Nobody”" in err
    assert "“Havsvind Energi”" in err and "“Acme ops”" in err
    before = stored(data_dir, Target)
    code, out, err = cli(
        capsys, "application", "move", "acme", "--to", "applied", "--data-dir", data_dir
    )
    assert refused(code, out, err) and "more than one target is called “acme”" in err
    assert "“Acme ops” (created" in err and "“Acme dev” (created" in err
    assert stored(data_dir, Target) == before


def test_writing_commands_refuse_while_the_app_is_open_and_reading_ones_work(data_dir, capsys):
    targets, organisations = stored(data_dir, Target), stored(data_dir, Organisation)
    with app_holding(data_dir):
        code, out, err = cli(
            capsys,
            "application",
            "move",
            "Havsvind Energi",
            "--to",
            "applied",
            "--data-dir",
            data_dir,
        )
        assert refused(code, out, err) and "open" in err
        code, out, err = cli(
            capsys, "organisation", "add", "--name", "Acme", "--data-dir", data_dir
        )
        assert refused(code, out, err) and "open" in err
        for command in (["application", "list"], ["due"], ["plan", "show"]):
            assert cli(capsys, *command, "--data-dir", data_dir)[0] == 0
        code, _, _ = cli(capsys, "calendar", "--out", data_dir / "cal.ics", "--data-dir", data_dir)
        assert code == 0 and (data_dir / "cal.ics").exists()
    assert stored(data_dir, Target) == targets
    assert stored(data_dir, Organisation) == organisations


# --------------------------------------------------------------------------- organisations
def test_organisation_add_then_list(data_dir, capsys):
    code, out, err = cli(
        capsys,
        "organisation",
        "add",
        "--name",
        "  Havsvind   Energi AB ",
        "--why",
        "Wind power",
        "--like",
        "Calm",
        "--location",
        "Malmö",
        "--website",
        "https://havsvind.example",
        "--priority",
        "1",
        "--notes",
        "Ask Jonas",
        "--data-dir",
        data_dir,
    )
    assert (
        code == 0 and err == "" and out.startswith("Added Havsvind Energi AB (priority 1, Malmö)")
    )
    add(data_dir, Organisation(name="Acme", priority=3))
    code, out, _ = cli(capsys, "organisation", "list", "--data-dir", data_dir)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    # the demo's target names the company, so it counts as the organisation's posting
    assert "Havsvind Energi AB" in lines[0] and "1 posting" in lines[0]
    assert "Acme" in lines[1] and "priority 3" in lines[1]
    code, out, _ = cli(capsys, "organization", "list", "--json", "--data-dir", data_dir)
    first = json.loads(out)[0]
    assert (first["why"], first["like"], first["website"]) == (
        "Wind power",
        "Calm",
        "https://havsvind.example",
    )
    assert first["postings"] == ["Havsvind Energi"] and first["applications"] == []


def test_organisation_add_refuses_a_taken_name_or_a_bad_priority(data_dir, capsys):
    add(data_dir, Organisation(name="Acme"))
    code, out, err = cli(capsys, "organisation", "add", "--name", " ACME ", "--data-dir", data_dir)
    assert refused(code, out, err) and "there is already an organisation called “Acme”" in err
    code, out, err = cli(capsys, "organisation", "add", "--name", "  ", "--data-dir", data_dir)
    assert refused(code, out, err) and "give the organisation a name" in err
    with pytest.raises(SystemExit) as exited:
        main(["organisation", "add", "--name", "B", "--priority", "4", "--data-dir", str(data_dir)])
    assert exited.value.code == 2 and "invalid choice: 4" in capsys.readouterr().err
    assert [o.name for o in stored(data_dir, Organisation)] == ["Acme"]


# --------------------------------------------------------------------------- plan
def test_plan_show_without_a_plan(career, capsys):
    code, out, _ = cli(capsys, "plan", "show", "--data-dir", career)
    assert code == 0 and out.startswith("No career plan yet")
    code, out, _ = cli(capsys, "plan", "show", "--json", "--data-dir", career)
    assert json.loads(out)["milestones"] == [] and json.loads(out)["deadline"] is None


def test_plan_show_gives_the_deadline_pace_and_each_milestone(data_dir, capsys):
    start, deadline = TODAY - timedelta(days=70), TODAY + timedelta(days=70)
    add(
        data_dir,
        CareerPlan(
            started=PartialDate.parse(start.isoformat()),
            deadline=PartialDate.parse(deadline.isoformat()),
        ),
        Milestone(
            title="Ten applications",
            due=PartialDate.parse(iso(70)),
            measure="applications_sent",
            goal=10,
        ),
        Milestone(title="Talk to Karin", due=PartialDate.parse(iso(-3))),
        Milestone(title="CMD written", measure="cmd_complete", goal=50, position=2),
    )
    code, out, _ = cli(capsys, "plan", "show", "--data-dir", data_dir)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"Deadline: {deadline.isoformat()} (the role ends), 10 weeks left (70 days)."
    assert lines[1] == "Pace: behind the pace; 1 of 3 milestones met."
    assert lines[3].startswith(f"  {iso(-3)}  overdue   Talk to Karin  — ticked by hand")
    assert lines[4].startswith(f"  {iso(70)}  behind    Ten applications  — 1/10 applications sent")
    assert "(a steady pace: 5 by today)" in lines[4]
    # no roles yet: nothing is missing from the CMD
    assert lines[5] == "  no date     done      CMD written  — 100% of the CMD complete (goal 50%)"
    code, out, _ = cli(capsys, "plan", "show", "--json", "--data-dir", data_dir)
    data = json.loads(out)
    assert (data["weeks_left"], data["days_left"], data["on_pace"]) == (10, 70, False)
    assert [m["state"] for m in data["milestones"]] == ["overdue", "behind", "done"]
    assert data["milestones"][1]["expected"] == 5.0


# --------------------------------------------------------------------------- calendar
def test_calendar_writes_the_meetings_and_what_is_due(career, tmp_path, capsys):
    path = tmp_path / "job-search.ics"
    code, out, err = cli(capsys, "calendar", "--out", path, "--data-dir", career)
    assert code == 0 and err == ""
    assert out.startswith(f"Wrote 7 entries to {path}: meetings from {iso(-30)}")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    summaries = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert "First interview at Havsvind Energi" in summaries
    assert summaries == {
        "Career conversation with Karin",
        "First interview at Havsvind Energi",
        "Follow up: Career conversation with Karin",
        "Ask Erik Nyström to speak for me",
        "Prepare the first interview (Havsvind Energi)",
        "Hand the runbooks over",
        "Hold a service review",
    }
    again = tmp_path / "again.ics"
    assert cli(capsys, "calendar", "--out", again, "--data-dir", career)[0] == 0
    assert again.read_bytes() == path.read_bytes()


def test_calendar_days_and_todos(career, tmp_path, capsys):
    path = tmp_path / "soon.ics"
    code, out, _ = cli(
        capsys, "calendar", "--out", path, "--days", "14", "--todos", "--data-dir", career
    )
    assert code == 0 and f"what is due by {iso(14)}" in out
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    todos = cal.walk("VTODO")
    states = {str(t["SUMMARY"]): str(t["STATUS"]) for t in todos}
    assert states.pop("Done already") == "COMPLETED"
    assert len(states) == 4 and set(states.values()) == {"NEEDS-ACTION"}
    assert len(cal.walk("VEVENT")) == 2  # the meetings
    assert "Hold a service review" not in path.read_text(encoding="utf-8")


def test_calendar_into_a_missing_folder_says_so_and_leaves_nothing(career, tmp_path, capsys):
    path = tmp_path / "missing" / "job-search.ics"
    code, out, err = cli(capsys, "calendar", "--out", path, "--data-dir", career)
    assert refused(code, out, err) and "does not exist" in err
    assert list(tmp_path.iterdir()) == []
    code, out, err = cli(capsys, "calendar", "--out", tmp_path, "--data-dir", career)
    assert refused(code, out, err) and "is a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_the_job_search_commands_do_not_load_qt(career, tmp_path):
    out = tmp_path / "cal.ics"
    code = (
        "import sys; from resume_builder.cli.main import main; "
        f"rc = main(['due', '--data-dir', {str(career)!r}]); "
        f"rc = rc or main(['application', 'list', '--data-dir', {str(career)!r}]); "
        f"rc = rc or main(['organisation', 'list', '--data-dir', {str(career)!r}]); "
        f"rc = rc or main(['plan', 'show', '--data-dir', {str(career)!r}]); "
        f"rc = rc or main(['calendar', '--out', {str(out)!r}, '--data-dir', {str(career)!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'; "
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "things due" in result.stdout and out.exists()
