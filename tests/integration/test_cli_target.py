"""`resume-builder target …`, `export … --target` and `tailor --target` on the demo career.

Most commands run in-process through `main()` (a child process each would triple the time);
the lock held by another process is a real second process.
"""

import io
import json
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from resume_builder.cli.main import main

POSTING = Path(__file__).parents[1] / "data" / "postings" / "01-head-of-it-operations.txt"
NAME = "Borealis IT"
COMPANY = "Borealis Retail Group"
TITLE = "Head of IT Operations"


def cli(capsys, *args):
    """Runs the command line in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(text):
    return " ".join(text.split())


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    """The demo career with one target made from posting 01; tests that write use a copy."""
    folder = tmp_path_factory.mktemp("career")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    remove_the_demos_targets(folder)
    args = ["target", "create", "--name", NAME, "--company", COMPANY, "--title", TITLE]
    assert main([*args, "--job-file", str(POSTING), "--data-dir", str(folder)]) == 0
    return folder


def remove_the_demos_targets(folder):
    """The demo brings a target of its own; these tests are about the one they make."""
    from resume_builder.domain.models import Target
    from resume_builder.storage.repository import Repository

    with Repository.open(folder) as repository:
        repository.apply(remove=repository.all(Target))


def demo_accomplishments() -> int:
    from resume_builder.domain.models import Accomplishment
    from resume_builder.services.demo import demo_records

    return sum(isinstance(r, Accomplishment) for r in demo_records())


def stored_targets(data_dir):
    from resume_builder.domain.models import Target
    from resume_builder.storage.repository import Repository

    return Repository.open(data_dir, read_only=True).all(Target)


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


def test_create_stores_the_posting_and_shows_what_it_found(data_dir, capsys):
    code, out, err = cli(
        capsys, "target", "create", "--name", "Second look", "--job-file", POSTING,
        "--company", COMPANY, "--link", "https://jobs.example.com/1", "--location", "Stockholm",
        "--notes", "Referred by Kim", "--data-dir", data_dir,
    )  # fmt: skip
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Created target “Second look” ({COMPANY})."
    assert lines[1].startswith("Found ") and "requirements in the posting" in lines[1]
    assert int(lines[1].split()[1]) >= 10
    assert lines[2] == "Top 5 suggested accomplishments:"
    assert [line.split(".", 1)[0].strip() for line in lines[3:8]] == ["1", "2", "3", "4", "5"]
    code, out, _ = cli(
        capsys, "tailor", "--target", "Second look", "--json", "--data-dir", data_dir
    )
    ranking = [row["headline"] for row in json.loads(out)["ranking"][:5]]
    assert [line.split(". ", 1)[1] for line in lines[3:8]] == ranking
    target = next(t for t in stored_targets(data_dir) if t.name == "Second look")
    assert target.posting == POSTING.read_text(encoding="utf-8")
    assert (target.company, target.link, target.location, target.notes) == (
        COMPANY, "https://jobs.example.com/1", "Stockholm", "Referred by Kim",
    )  # fmt: skip
    assert not target.archived and target.exports == []


def test_create_reads_the_posting_from_stdin_without_its_bom(data_dir, capsys, monkeypatch):
    posting = "SRE Manager\n\nMust have:\n- Kubernetes and Terraform\n"
    stdin = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + posting.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = cli(capsys, "target", "create", "--name", "SRE", "--job-file", "-",
                       "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and "Created target “SRE”." in out
    assert "Kubernetes" in out
    target = next(t for t in stored_targets(data_dir) if t.name == "SRE")
    assert target.posting == posting


def test_create_refuses_a_duplicate_name_and_bad_posting_files(data_dir, tmp_path, capsys):
    before = (data_dir / "resume.json").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    binary = tmp_path / "posting.pdf"
    binary.write_bytes(b"%PDF-1.7\n\xff\xfe\x00\x01binary")
    for job_file, name, message in (
        (POSTING, " borealis  IT ", "there is already a target called “Borealis IT”"),
        (tmp_path / "missing.txt", "New", f"there is no job posting file {tmp_path}"),
        (empty, "New", "empty.txt is empty; paste the job posting into it"),
        (binary, "New", "posting.pdf is not UTF-8 text"),
    ):
        code, out, err = cli(capsys, "target", "create", "--name", name, "--job-file", job_file,
                             "--data-dir", data_dir)  # fmt: skip
        assert code == 1 and out == ""
        assert err.startswith("resume-builder: ") and message in err, err
        assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert (data_dir / "resume.json").read_bytes() == before


def test_list_shows_one_line_per_target_and_json(career, capsys):
    code, out, _ = cli(capsys, "target", "list", "--data-dir", career)
    assert code == 0
    (line,) = out.splitlines()
    assert line.split("  ")[0] == NAME
    assert COMPANY in line and TITLE in line and "0 exports" in line
    created = datetime.fromisoformat(stored_targets(career)[0].created).astimezone()
    assert f"{created:%Y-%m-%d}" in line
    code, out, _ = cli(capsys, "target", "list", "--json", "--data-dir", career)
    (row,) = json.loads(out)
    assert set(row) == {
        "id", "name", "label", "company", "title", "link", "location", "archived", "created",
        "exports",
    }  # fmt: skip
    assert (row["name"], row["company"], row["title"]) == (NAME, COMPANY, TITLE)
    assert row["archived"] is False and row["exports"] == []


def test_show_prints_requirements_choice_coverage_and_history(career, capsys):
    code, out, _ = cli(capsys, "target", "show", "borealis it", "--data-dir", career)
    assert code == 0
    assert out.startswith(f"Target “{NAME}”\n")
    assert f"Company:      {COMPANY}" in out and f"Title:        {TITLE}" in out
    assert "Requirements (" in out and "\n  MUST  skill    ITIL" in out
    assert "On the résumé (12, the best-ranked):" in out
    assert "\nCoverage: " in out and "/100" in out and "  missing: " in out
    assert "(must)" in out.split("  missing: ")[1].splitlines()[0]
    assert out.rstrip().endswith("Exports (0):\n  none yet")

    text = out
    code, out, _ = cli(capsys, "target", "show", TITLE, "--json", "--data-dir", career)
    data = json.loads(out)
    assert data["name"] == NAME and data["posting"].startswith("Head of IT Operations")
    assert len(data["chosen"]) == 12 and not any(c["reworded"] for c in data["chosen"])
    first = data["chosen"][0]
    assert first["text"] == first["headline"] and f"\n  1. {first['headline']}\n" in text
    assert any(r["must_have"] for r in data["requirements"])
    assert 0 <= data["coverage"]["score"] <= 100 and data["exports"] == []


def test_duplicate_archive_and_unarchive(data_dir, capsys):
    code, out, _ = cli(capsys, "target", "duplicate", NAME, "--name", "Borealis again",
                       "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and out == f"Created target “Borealis again”, a copy of “{NAME}”.\n"
    copy = next(t for t in stored_targets(data_dir) if t.name == "Borealis again")
    assert copy.posting == POSTING.read_text(encoding="utf-8") and copy.exports == []

    code, _, err = cli(capsys, "target", "duplicate", NAME, "--name", "BOREALIS AGAIN",
                       "--data-dir", data_dir)  # fmt: skip
    assert code == 1 and "already a target called “Borealis again”" in err

    assert cli(capsys, "target", "archive", "Borealis again", "--data-dir", data_dir)[:2] == (
        0, "Archived target “Borealis again”.\n",
    )  # fmt: skip
    listed = cli(capsys, "target", "list", "--data-dir", data_dir)[1]
    assert "Borealis again" not in listed and NAME in listed
    listed = cli(capsys, "target", "list", "--all", "--data-dir", data_dir)[1].splitlines()
    assert [line.endswith("[archived]") for line in listed].count(True) == 1
    rows = json.loads(cli(capsys, "target", "list", "--all", "--json", "--data-dir", data_dir)[1])
    assert {r["name"]: r["archived"] for r in rows} == {NAME: False, "Borealis again": True}
    assert "[archived]" in cli(capsys, "target", "show", "Borealis again", "--data-dir",
                               data_dir)[1].splitlines()[0]  # fmt: skip

    code, _, err = cli(capsys, "target", "archive", "Borealis again", "--data-dir", data_dir)
    assert code == 1 and "is already archived" in err
    assert cli(capsys, "target", "unarchive", "Borealis again", "--data-dir", data_dir)[:2] == (
        0, "Unarchived target “Borealis again”.\n",
    )  # fmt: skip
    code, _, err = cli(capsys, "target", "unarchive", NAME, "--data-dir", data_dir)
    assert code == 1 and f"target “{NAME}” is not archived" in err
    assert not any(t.archived for t in stored_targets(data_dir))


def test_unknown_and_ambiguous_names_get_one_sentence(data_dir, capsys):
    assert (
        cli(capsys, "target", "duplicate", NAME, "--name", "Other", "--data-dir", data_dir)[0] == 0
    )
    for args, message in (
        (("target", "show", "Nope"), f"there is no target “Nope”; the targets are: “{NAME}”"),
        (("target", "show", COMPANY), f"more than one target is called “{COMPANY}”"),
        (("export", "resume", "--target", "Nope"), "there is no target “Nope”"),
        (("tailor", "--target", COMPANY), "more than one target"),
        (("target", "archive", "Nope"), "there is no target “Nope”"),
        (("export", "letter"), "a cover letter is written for one job posting: add --target"),
        (("export", "cmd", "--target", NAME), "--target goes with a résumé or a cover letter"),
    ):
        code, out, err = cli(capsys, *args, "--data-dir", data_dir)
        assert code == 1 and out == "", args
        assert err.startswith("resume-builder: ") and message in err, err
        assert len(err.splitlines()) == 1


def choose_and_reword(data_dir):
    """Sets the target's own order of bullets and one rewording through the repository.

    Returns the target, the chosen ids in the user's order, and the reworded id.
    """
    from resume_builder.domain.models import Target
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import tailor_target
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repository:
        (target,) = repository.all(Target)
        best = tailor_target(target, snapshot_of(repository)).chosen
        target.selected_ids = list(reversed(best[:8]))  # not the ranking's order
        reworded = target.selected_ids[-1]  # the best-ranked, now last
        target.rewordings = {reworded: "Led the Azure move of 220 servers for a retail group"}
        repository.put(target)
    return target, target.selected_ids, reworded


def expected_bullets(data_dir, target, chosen):
    """The chosen bullets as the résumé shows them: under their roles, newest role first."""
    from resume_builder.domain.models import newest_first
    from resume_builder.services.documents import snapshot_of
    from resume_builder.storage.repository import Repository

    snapshot = snapshot_of(Repository.open(data_dir, read_only=True))
    by_id = {a.id: a for a in snapshot.accomplishments}
    return [
        target.rewordings.get(i) or by_id[i].headline
        for role in newest_first(snapshot.roles)
        for i in chosen
        if by_id[i].role_id == role.id
    ]


def test_export_resume_for_a_target_uses_its_choice_and_wording(data_dir, tmp_path, capsys):
    import docx
    from pypdf import PdfReader

    from resume_builder.domain.models import Accomplishment
    from resume_builder.storage.repository import Repository

    target, chosen, reworded = choose_and_reword(data_dir)
    master = Repository.open(data_dir, read_only=True).get(Accomplishment, reworded).headline
    expected = expected_bullets(data_dir, target, chosen)
    assert len(expected) == 8 and target.rewordings[reworded] in expected

    pdf = tmp_path / "out" / "cv.pdf"
    pdf.parent.mkdir()
    code, out, err = cli(capsys, "export", "resume", "--target", NAME, "--out", pdf,
                         "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and err == ""
    assert out.splitlines()[0] == f"Wrote {pdf}." and f"Recorded on target “{NAME}”." in out
    text = one_line(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    positions = [text.find(one_line(bullet)) for bullet in expected]
    assert -1 not in positions and positions == sorted(positions)
    assert one_line(master) not in text

    docx_file = tmp_path / "cv.docx"
    code, _, _ = cli(capsys, "export", "--target", NAME, "--format", "docx", "--template",
                     "modern", "--pages", "1", "-o", docx_file, "--data-dir", data_dir)  # fmt: skip
    assert code == 0
    paragraphs = docx.Document(str(docx_file)).paragraphs
    bullets = [p.text for p in paragraphs if p.style.name.startswith("List Bullet")]
    assert bullets[: len(expected)] == expected
    assert master not in [p.text for p in paragraphs]
    # The master accomplishment keeps its own wording.
    assert Repository.open(data_dir, read_only=True).get(Accomplishment, reworded).headline == (
        master
    )

    (row,) = json.loads(cli(capsys, "target", "list", "--json", "--data-dir", data_dir)[1])
    exports = [(e["kind"], e["format"], e["template"], e["file"]) for e in row["exports"]]
    assert exports == [
        ("resume", "pdf", "classic", str(pdf.resolve())),
        ("resume", "docx", "modern", str(docx_file.resolve())),
    ]
    assert all(Path(e["file"]).is_absolute() for e in row["exports"])
    assert row["exports"][0]["pages"] >= 1 and row["exports"][0]["language"] == "en"
    shown = cli(capsys, "target", "show", NAME, "--data-dir", data_dir)[1]
    assert "On the résumé (8, chosen by you):" in shown
    assert f"reworded; the master reads: {master}" in shown
    assert str(docx_file.resolve()) in shown.split("Exports (2):")[1]


def test_export_letter_for_a_target(data_dir, tmp_path, capsys):
    from pypdf import PdfReader

    from resume_builder.domain.models import Accomplishment
    from resume_builder.storage.repository import Repository

    letter = tmp_path / "letter.pdf"
    code, out, err = cli(capsys, "export", "letter", "--target", NAME, "-o", letter,
                         "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and err == "" and f"Recorded on target “{NAME}”." in out
    text = one_line(" ".join(page.extract_text() for page in PdfReader(letter).pages))
    best_id = json.loads(cli(capsys, "target", "show", NAME, "--json", "--data-dir", data_dir)[1])[
        "chosen"
    ][0]["id"]
    best = Repository.open(data_dir, read_only=True).get(Accomplishment, best_id).headline
    assert COMPANY in text and one_line(best) in text
    (row,) = json.loads(cli(capsys, "target", "list", "--json", "--data-dir", data_dir)[1])
    assert [(e["kind"], e["format"], e["file"]) for e in row["exports"]] == [
        ("letter", "pdf", str(letter.resolve()))
    ]
    code, _, err = cli(capsys, "export", "letter", "--target", NAME, "--format", "json",
                       "-o", tmp_path / "l.json", "--data-dir", data_dir)  # fmt: skip
    assert code == 1 and "cannot be exported as JSON" in err


def test_writing_is_refused_while_the_app_holds_the_folder(data_dir, tmp_path, capsys):
    database = data_dir / "resume.json"
    before = database.read_bytes()
    pdf = tmp_path / "cv.pdf"
    with app_holding(data_dir):
        for args in (
            ("target", "create", "--name", "New", "--job-file", POSTING),
            ("target", "archive", NAME),
            ("target", "duplicate", NAME, "--name", "Copy"),
        ):
            code, out, err = cli(capsys, *args, "--data-dir", data_dir)
            assert code == 1 and out == "", args
            assert "already open" in err and len(err.splitlines()) == 1
        # Exporting reads: the file is written, only the record of it is left out.
        code, out, err = cli(capsys, "export", "--target", NAME, "-o", pdf, "--data-dir", data_dir)
        assert code == 0 and f"Wrote {pdf}." in out and pdf.read_bytes().startswith(b"%PDF-")
        assert err == (
            f"note: the export was not recorded on target “{NAME}” because the app has the "
            "data open; the file was written.\n"
        )
        # So do the other reading commands.
        assert cli(capsys, "target", "show", NAME, "--data-dir", data_dir)[0] == 0
        assert cli(capsys, "tailor", "--target", NAME, "--data-dir", data_dir)[0] == 0
    assert database.read_bytes() == before
    assert [t.name for t in stored_targets(data_dir)] == [NAME]


def test_tailor_with_a_target_applies_the_users_corrections(data_dir, capsys):
    from resume_builder.domain.models import Target
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repository:
        (target,) = repository.all(Target)
        target.removed_terms = ["itil"]
        target.added_terms = ["Kubernetes"]
        target.must_have = {"kubernetes": True}
        target.selected_ids = None
        repository.put(target)
    code, out, _ = cli(capsys, "tailor", "--target", NAME, "--json", "--data-dir", data_dir)
    assert code == 0
    data = json.loads(out)
    terms = {r["term"]: r for r in data["requirements"]}
    assert "ITIL" not in terms and terms["Kubernetes"]["must_have"]
    assert data["target"]["name"] == NAME and len(data["chosen"]) == 12
    assert len(data["ranking"]) == demo_accomplishments() and data["top"] == 10
    code, out, _ = cli(capsys, "tailor", "--target", NAME, "--top", "3", "--data-dir", data_dir)
    assert out.startswith(f"Target “{NAME}”\n\nRequirements (")
    assert f"\nBest 3 of {demo_accomplishments()} accomplishments:" in out
    assert "On the résumé (12, the best-ranked):" in out
    assert "\nCoverage of the résumé's 12: " in out


def test_help_describes_the_target_commands(capsys):
    for args, words in (
        (["--help"], ["target"]),
        (["target", "--help"], ["create", "list", "show", "archive", "unarchive", "duplicate"]),
        (["target", "create", "--help"], ["--job-file", "--company", "--link", "standard input"]),
        (["export", "--help"], ["--target", "letter"]),
        (["tailor", "--help"], ["--target", "--job-file"]),
    ):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert all(word in out for word in words), (args, out)
