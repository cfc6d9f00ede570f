"""The command line as a script would use it, in a real child process."""

import json
import os
import subprocess
import sys

import pytest

from resume_builder import __version__
from tests.integration.conftest import copy_data_folder


def run_cli(*args, env_data=None, check=True):
    env = dict(os.environ)
    if env_data is not None:
        env["RESUME_BUILDER_DATA"] = str(env_data)
    result = subprocess.run(
        [sys.executable, "-m", "resume_builder", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    out = run_cli("demo", "--data-dir", folder).stdout
    assert "accomplishments" in out
    return folder


def test_version_and_help():
    assert __version__ in run_cli("--version").stdout
    text = run_cli("--help").stdout
    for command in ("demo", "list", "backup"):
        assert command in text


def test_list_accomplishments_as_json(demo_dir):
    rows = json.loads(run_cli("list", "accomplishments", "--json", "--data-dir", demo_dir).stdout)
    assert len(rows) >= 40
    assert all(row["headline"] and row["id"] for row in rows)
    assert any("Kubernetes" in row["skills"] for row in rows)
    dates = [row["date"] for row in rows if row["date"]]
    assert dates == sorted(dates, reverse=True)


def test_list_roles_and_skills_as_text(demo_dir):
    roles = run_cli("list", "roles", "--data-dir", demo_dir).stdout.splitlines()
    assert len(roles) == 4 and "present" in roles[0]
    skills = run_cli("list", "skills", "--data-dir", demo_dir).stdout
    assert "Kubernetes" in skills and "k8s" in skills


def test_data_folder_from_environment(demo_dir):
    rows = json.loads(run_cli("list", "skills", "--json", env_data=demo_dir).stdout)
    assert len(rows) >= 25


def test_demo_refuses_to_overwrite_a_career(demo_dir):
    result = run_cli("demo", "--data-dir", demo_dir, check=False)
    assert result.returncode == 1
    assert "already holds a career record" in result.stderr
    assert "Traceback" not in result.stderr


def test_listing_an_empty_folder_explains_itself(tmp_path):
    result = run_cli("list", "roles", "--data-dir", tmp_path / "nothing", check=False)
    assert result.returncode == 1 and "no database" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_database_is_reported_and_restorable(tmp_path):
    run_cli("demo", "--data-dir", tmp_path)
    run_cli("backup", "create", "--data-dir", tmp_path)
    (tmp_path / "resume.json").write_bytes(b"\x00" * 2048)
    result = run_cli("list", "roles", "--data-dir", tmp_path, check=False)
    assert result.returncode == 1 and "damaged" in result.stderr
    assert "Traceback" not in result.stderr
    restored = run_cli("backup", "restore", "--latest", "--data-dir", tmp_path)
    assert "Restored" in restored.stdout
    assert len(run_cli("list", "roles", "--data-dir", tmp_path).stdout.splitlines()) == 4


def test_writing_commands_refuse_while_the_app_holds_the_folder(tmp_path):
    from resume_builder.storage.repository import Repository

    run_cli("demo", "--data-dir", tmp_path)
    with Repository.open(tmp_path):
        result = run_cli("backup", "create", "--data-dir", tmp_path, check=False)
        assert result.returncode == 1 and "already open" in result.stderr
        # reading works while the app is open
        assert run_cli("list", "roles", "--data-dir", tmp_path).stdout


def test_cli_subcommands_never_import_pyside6(demo_dir):
    code = (
        f"import sys; sys.argv=['resume-builder','list','skills','--data-dir',{str(demo_dir)!r}];"
        "from resume_builder.cli.main import main; main();"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_export_resume_as_pdf_fits_the_target_and_reads_back(demo_dir, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "resume.pdf"
    result = run_cli("export", "resume", "--data-dir", demo_dir, "-o", target, "--pages", "2")
    assert "within the 2-page target" in result.stdout
    reader = PdfReader(target)
    assert len(reader.pages) == 2
    text = " ".join(page.extract_text() for page in reader.pages)
    assert text.index("Dana Lindqvist") < text.index("EXPERIENCE") < text.index("EDUCATION")
    assert "Associate Director, IT Operations" in text
    assert reader.metadata.author == "Dana Lindqvist"


def test_export_every_format_and_the_cmd(demo_dir, tmp_path):
    for fmt in ("md", "txt", "json"):
        target = tmp_path / f"resume.{fmt}"
        run_cli("export", "--format", fmt, "--data-dir", demo_dir, "-o", target)
        assert "dana lindqvist" in target.read_text(encoding="utf-8").casefold()
    cmd = tmp_path / "cmd.pdf"
    run_cli("export", "cmd", "--language", "sv", "--data-dir", demo_dir, "-o", cmd)
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(cmd).pages)
    assert "KOMPETENSREGISTER" in text and "Situation" in text


def test_export_refuses_an_unknown_template_without_writing(demo_dir, tmp_path):
    target = tmp_path / "x.pdf"
    result = run_cli(
        "export", "--template", "nope", "--data-dir", demo_dir, "-o", target, check=False
    )
    # argparse refuses it (usage error, 2) and lists the templates there are
    assert result.returncode == 2 and "invalid choice: 'nope'" in result.stderr
    assert "'classic', 'compact', 'european', 'executive', 'modern', 'technical'" in result.stderr
    assert not target.exists()
    listed = run_cli("export", "--list-templates").stdout
    assert all(name in listed for name in ("classic", "modern", "compact"))


def leftovers(folder):
    """Temporary files an atomic write would leave behind if it went wrong."""
    return [path.name for path in folder.iterdir() if ".tmp-" in path.name]


def test_export_takes_the_issue_names_lang_and_out(demo_dir, tmp_path):
    import docx

    target = tmp_path / "cv.docx"
    result = run_cli(
        "export", "resume", "--format", "docx", "--template", "modern", "--lang", "sv",
        "--out", target, "--data-dir", demo_dir,
    )  # fmt: skip
    assert f"Wrote {target}." in result.stdout
    word = docx.Document(str(target))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert "Erfarenhet" in headings
    # Swedish headings, but the demo's records are English: the file says what its text is.
    assert word.core_properties.language == "en"


def test_export_into_a_folder_that_cannot_exist_fails_cleanly(demo_dir, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where a folder should be", encoding="utf-8")
    target = blocker / "resume.pdf"
    result = run_cli("export", "--data-dir", demo_dir, "--out", target, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith("resume-builder: could not write") and str(target) in message
    assert len(message.splitlines()) == 1 and "Traceback" not in result.stderr
    assert not target.exists()
    assert blocker.read_text(encoding="utf-8").startswith("a regular file")
    assert leftovers(tmp_path) == []


def test_export_into_a_folder_path_fails_cleanly(demo_dir, tmp_path):
    folder = tmp_path / "existing-folder"
    folder.mkdir()
    result = run_cli("export", "--data-dir", demo_dir, "--out", folder, check=False)
    assert result.returncode == 1 and "could not write" in result.stderr
    assert "Traceback" not in result.stderr
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert leftovers(tmp_path) == []


def test_an_existing_file_is_replaced_only_by_a_finished_export(
    demo_dir, tmp_path, capsys, monkeypatch
):
    from pypdf import PdfReader

    from resume_builder.cli.main import main

    target = tmp_path / "resume.pdf"
    target.write_bytes(b"the previous resume")
    # A failure before anything is typeset leaves the old file alone.
    result = run_cli(
        "export", "--template", "nope", "--data-dir", demo_dir, "--out", target, check=False
    )
    assert result.returncode == 2 and target.read_bytes() == b"the previous resume"

    # A failure in the middle of typesetting (here a broken renderer) does too, and still
    # gives one sentence and exit code 1.
    import resume_builder.export.render_pdf as render_pdf_module

    def broken(*args, **kwargs):
        raise RuntimeError("the typesetter broke\nsecond line of detail")

    with monkeypatch.context() as patch:
        patch.setattr(render_pdf_module, "render_pdf", broken)
        code = main(["export", "--data-dir", str(demo_dir), "--out", str(target)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == "resume-builder: could not export resume as pdf: the typesetter broke\n"
    assert target.read_bytes() == b"the previous resume"
    assert leftovers(tmp_path) == []

    # A finished export replaces it whole.
    result = run_cli("export", "--data-dir", demo_dir, "--out", target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Dana Lindqvist" in PdfReader(target).pages[0].extract_text()
    assert leftovers(tmp_path) == []


def test_target_commands_never_import_pyside6(demo_dir, tmp_path):
    data = copy_data_folder(demo_dir, tmp_path / "data")
    posting = tmp_path / "posting.txt"
    posting.write_text("Head of Platform\nMust have: Kubernetes and Terraform\n", encoding="utf-8")
    runs = [
        ["target", "create", "--name", "Acme", "--company", "Acme", "--job-file", str(posting)],
        ["target", "list", "--json"],
        ["target", "show", "Acme"],
        ["target", "duplicate", "Acme", "--name", "Acme 2"],
        ["target", "archive", "Acme 2"],
        ["target", "unarchive", "Acme 2"],
        ["tailor", "--target", "Acme"],
        ["export", "resume", "--target", "Acme", "--format", "md", "-o", str(tmp_path / "r.md")],
        ["export", "letter", "--target", "Acme", "--format", "txt", "-o", str(tmp_path / "l.txt")],
    ]
    code = (
        "import sys; from resume_builder.cli.main import main\n"
        f"for args in {runs!r}:\n"
        f"    assert main([*args, '--data-dir', {str(data)!r}]) == 0, args\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Recorded on target “Acme”." in result.stdout


@pytest.mark.parametrize("kind", ["resume", "cmd"])
def test_export_of_an_empty_record_says_what_to_add_and_writes_nothing(tmp_path, kind):
    from resume_builder.storage.repository import Repository

    folder = tmp_path / "empty"
    Repository.open(folder).close()  # a database with no records in it, as on first start
    target = tmp_path / "empty.pdf"
    result = run_cli("export", kind, "--data-dir", folder, "--out", target, check=False)
    assert result.returncode == 1 and result.stdout == ""
    message = result.stderr.strip()
    # One sentence that says what to add, and no claim about a page target.
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert message.startswith("resume-builder: the ")
    assert "nothing to show yet: add a role" in message and "target" not in message
    assert not target.exists()
