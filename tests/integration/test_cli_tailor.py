"""`resume-builder tailor` on the demo career, in a real child process."""

import json

import pytest

from resume_builder.domain.models import Accomplishment
from resume_builder.services.demo import demo_records
from tests.integration.test_cli import run_cli

DEMO_ACCOMPLISHMENTS = sum(isinstance(r, Accomplishment) for r in demo_records())

POSTING = """Head of Cloud Platform

Must have:
- Hands-on k8s and Terraform on AWS
- Incident management for production services

Nice to have:
- Go or Python
"""


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    run_cli("demo", "--data-dir", folder)
    return folder


@pytest.fixture
def posting_file(tmp_path):
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    return path


def test_tailor_prints_requirements_ranking_and_coverage(demo_dir, posting_file):
    out = run_cli("tailor", "--job-file", posting_file, "--top", "4", "--data-dir", demo_dir).stdout
    assert out.startswith("Requirements (")
    assert "MUST  skill    Kubernetes" in out
    assert f"Best 4 of {DEMO_ACCOMPLISHMENTS} accomplishments:" in out
    assert "matches: " in out and "Kubernetes" in out.split("Best 4")[1]
    assert "Coverage of the top 4: " in out and "/100" in out


def test_tailor_json_lists_every_accomplishment(demo_dir, posting_file):
    result = run_cli("tailor", "--job-file", posting_file, "--json", "--data-dir", demo_dir)
    data = json.loads(result.stdout)
    assert set(data) == {"requirements", "top", "ranking", "coverage"}
    assert data["top"] == 10
    kubernetes = next(r for r in data["requirements"] if r["term"] == "Kubernetes")
    assert kubernetes["kind"] == "skill" and kubernetes["must_have"] and kubernetes["skill_id"]
    assert len(data["ranking"]) == DEMO_ACCOMPLISHMENTS
    assert all(row["id"] and row["headline"] for row in data["ranking"])
    scores = [row["score"] for row in data["ranking"]]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert data["ranking"][0]["matched"]
    assert 0 <= data["coverage"]["score"] <= 100
    for gap in data["coverage"]["missing"]:
        assert len(gap["suggestions"]) <= 3


def test_tailor_never_imports_qt_and_explains_a_missing_file(demo_dir, tmp_path):
    result = run_cli(
        "tailor", "--job-file", tmp_path / "nope.txt", "--data-dir", demo_dir, check=False
    )
    assert result.returncode == 1 and "no job posting file" in result.stderr
    assert "Traceback" not in result.stderr


def test_tailor_leaves_pyside_unloaded(demo_dir, posting_file):
    code = (
        "import sys; from resume_builder.cli.main import main; "
        f"main(['tailor', '--job-file', r'{posting_file}', '--data-dir', r'{demo_dir}']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'"
    )
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_tailor_reads_a_posting_from_stdin_and_refuses_one_that_is_not_text(demo_dir, tmp_path):
    import subprocess
    import sys

    command = [sys.executable, "-m", "resume_builder", "tailor", "--job-file", "-"]
    command += ["--data-dir", str(demo_dir)]
    bom = b"\xef\xbb\xbf" + POSTING.encode("utf-8")
    result = subprocess.run(command, input=bom, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "MUST  skill    Kubernetes" in result.stdout.decode("utf-8")
    binary = tmp_path / "posting.docx"
    binary.write_bytes(b"PK\x03\x04\x00\x00 not a text file")
    refused = run_cli("tailor", "--job-file", binary, "--data-dir", demo_dir, check=False)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"resume-builder: {binary} is not text; save the posting as plain text"
    )
