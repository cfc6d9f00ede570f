"""`target requirements`: the Tailor tab's corrections from the command line, by the same rules."""

from __future__ import annotations

from resume_builder.domain.models import Skill
from resume_builder.services.documents import snapshot_of
from resume_builder.services.tailoring import AccomplishmentIndex
from resume_builder.services.target_edits import (
    with_must_have,
    with_requirement_added,
    with_requirements_struck,
)
from resume_builder.services.targets import target_requirements
from resume_builder.storage.repository import Repository
from tests.integration.test_cli_target import NAME, cli, stored_targets
from tests.integration.test_cli_target import career as career  # noqa: F401 - fixtures


def the_target(data_dir):
    return next(t for t in stored_targets(data_dir) if t.name == NAME)


def listed(out: str) -> dict[str, bool]:
    """Requirement term -> must-have, as printed."""
    rows = {}
    for line in out.splitlines():
        if line.startswith("  ") and "(×" in line:
            words = line[8:].split()  # after the MUST column
            rows[" ".join(words[1:-1])] = line[2:6] == "MUST"
    return rows


def test_without_options_the_requirements_are_listed_and_nothing_written(data_dir, capsys):
    before = (data_dir / "resume.json").read_bytes()
    code, out, err = cli(capsys, "target", "requirements", NAME, "--data-dir", data_dir)
    assert code == 0 and err == ""
    rows = listed(out)
    assert rows["ITIL"] is True and "Budgeting" in rows
    assert (data_dir / "resume.json").read_bytes() == before


def test_corrections_are_stored_as_the_window_makes_them(data_dir, capsys):
    original = the_target(data_dir)
    code, out, err = cli(capsys, "target", "requirements", NAME, "--strike", "budgeting",
                         "--add", "Python", "--must", "python", "--nice", "ITIL",
                         "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and err == ""
    assert out.startswith(f"Corrected the requirements of “{NAME}”.\n")
    rows = listed(out)
    assert "Budgeting" not in rows and rows["Python"] is True and rows["ITIL"] is False
    stored = the_target(data_dir)
    # The window's Tailor tab calls the same functions, one correction at a time.
    with Repository.open(data_dir, read_only=True) as repository:
        snapshot = snapshot_of(repository)
    skills = snapshot.skills
    index = AccomplishmentIndex.build(snapshot)
    window = with_requirements_struck(original, ["Budgeting"], skills)
    window = with_requirement_added(
        window, "Python", skills, target_requirements(window, skills, index)
    )
    window = with_must_have(window, "Python", True)
    window = with_must_have(window, "ITIL", False)
    for field in ("removed_terms", "added_terms", "must_have"):
        assert getattr(stored, field) == getattr(window, field), field
    assert stored.removed_terms == ["Budgeting"] and stored.added_terms == ["Python"]

    code, out, _ = cli(capsys, "target", "requirements", NAME, "--restore-all",
                       "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and "Budgeting" in listed(out)
    assert the_target(data_dir).removed_terms == []


def test_an_alias_added_is_struck_by_either_name(data_dir, capsys):
    with Repository.open(data_dir, read_only=True) as repository:
        assert any(s.name == "Kubernetes" for s in repository.all(Skill))
    code, out, _ = cli(capsys, "target", "requirements", NAME, "--add", "k8s",
                       "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and "Kubernetes" in listed(out)
    code, out, _ = cli(capsys, "target", "requirements", NAME, "--strike", "k8s",
                       "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and "Kubernetes" not in listed(out)
    target = the_target(data_dir)
    assert target.added_terms == [] and target.removed_terms == []


def test_a_term_that_is_not_there_gets_one_sentence_and_changes_nothing(data_dir, capsys):
    before = (data_dir / "resume.json").read_bytes()
    for options, message in (
        (["--strike", "Underwater basket weaving"], "is not one of the requirements of"),
        (["--must", "Cobol"], "“Cobol” is not one of the requirements of “Borealis IT”"),
        (["--restore", "ITIL"], "“ITIL” was not struck from “Borealis IT”"),
    ):
        code, out, err = cli(capsys, "target", "requirements", NAME, *options,
                             "--data-dir", data_dir)  # fmt: skip
        assert (code, out) == (1, "")
        assert message in err and len(err.splitlines()) == 1
    assert (data_dir / "resume.json").read_bytes() == before


def test_corrections_wait_for_the_app_but_the_list_does_not(data_dir, capsys):
    from tests.integration.test_cli_target import app_holding

    with app_holding(data_dir):
        code, out, err = cli(capsys, "target", "requirements", NAME, "--strike", "ITIL",
                             "--data-dir", data_dir)  # fmt: skip
        assert code == 1 and out == "" and "already open" in err
        code, out, _ = cli(capsys, "target", "requirements", NAME, "--data-dir", data_dir)
        assert code == 0 and "ITIL" in listed(out)
    assert the_target(data_dir).removed_terms == []
