"""Target names on the command line obey the rule the window obeys (services.targets)."""

from __future__ import annotations

import pytest

from resume_builder.domain.models import Target
from resume_builder.services.targets import (
    TargetNameTaken,
    check_target_name,
    duplicate_target,
)
from resume_builder.storage.repository import Repository
from tests.integration.test_cli_target import NAME, POSTING, cli, stored_targets
from tests.integration.test_cli_target import career as career  # noqa: F401 - fixtures


def put(data_dir, *targets: Target) -> None:
    with Repository.open(data_dir) as repository:
        for target in targets:
            repository.put(target)


def test_copies_the_window_makes_are_each_found_by_name(data_dir, capsys):
    # What the window's Duplicate button does twice: "Name (copy)", then "Name (copy 2)".
    original = next(t for t in stored_targets(data_dir) if t.name == NAME)
    first = duplicate_target(original, stored_targets(data_dir))
    put(data_dir, first)
    second = duplicate_target(original, stored_targets(data_dir))
    put(data_dir, second)
    assert (first.name, second.name) == (f"{NAME} (copy)", f"{NAME} (copy 2)")
    for name in (NAME, first.name, second.name):
        code, out, err = cli(capsys, "target", "show", name, "--data-dir", data_dir)
        assert code == 0 and err == "" and f"Target “{name}”" in out


@pytest.mark.parametrize("typed", [f"{NAME} (copy)", f"  {NAME.upper()}   (COPY) "])
def test_the_cli_refuses_a_taken_name_with_the_windows_rule(data_dir, capsys, typed):
    original = next(t for t in stored_targets(data_dir) if t.name == NAME)
    put(data_dir, duplicate_target(original, stored_targets(data_dir)))
    before = sorted(t.name for t in stored_targets(data_dir))
    # The window's Name field asks the same question of the same function.
    with pytest.raises(TargetNameTaken) as taken:
        check_target_name(stored_targets(data_dir), typed)
    for command in (
        ["target", "duplicate", NAME, "--name", typed],
        ["target", "create", "--name", typed, "--job-file", POSTING],
    ):
        code, out, err = cli(capsys, *command, "--data-dir", data_dir)
        assert (code, out) == (1, "")
        assert err == f"resume-builder: {taken.value}\n"
        assert "there is already a target called “Borealis IT (copy)”" in err
    assert sorted(t.name for t in stored_targets(data_dir)) == before


def test_an_empty_copy_name_is_refused_with_an_example(data_dir, capsys):
    code, _out, err = cli(capsys, "target", "duplicate", NAME, "--name", "  ", "--data-dir",
                          data_dir)  # fmt: skip
    assert code == 1 and "give the target a name, for example --name" in err


def test_unarchive_is_refused_while_an_active_target_holds_the_name(data_dir, capsys):
    assert cli(capsys, "target", "archive", NAME, "--data-dir", data_dir)[0] == 0
    assert cli(capsys, "target", "create", "--name", NAME.lower(), "--job-file", POSTING,
               "--data-dir", data_dir)[0] == 0  # fmt: skip
    code, out, err = cli(capsys, "target", "unarchive", NAME, "--data-dir", data_dir)
    assert (code, out) == (1, "")
    assert "another target is called “borealis it”; archive it first" in err
    archived = [t for t in stored_targets(data_dir) if t.archived]
    assert [t.name for t in archived] == [NAME]


def test_a_copy_without_a_name_is_named_as_the_window_names_it(data_dir, capsys):
    for expected in (f"{NAME} (copy)", f"{NAME} (copy 2)"):
        code, out, err = cli(capsys, "target", "duplicate", NAME, "--data-dir", data_dir)
        assert (code, err) == (0, "")
        assert out == f"Created target “{expected}”, a copy of “{NAME}”.\n"
    names = sorted(t.name for t in stored_targets(data_dir))
    assert names == [NAME, f"{NAME} (copy 2)", f"{NAME} (copy)"]


def test_the_target_help_lists_the_requirements_command(capsys):
    from resume_builder.cli.main import main

    for args, words in (
        (["target", "--help"], ["requirements", "duplicate"]),
        (["target", "requirements", "--help"], ["--strike", "--add", "--must", "--restore-all"]),
        (["target", "duplicate", "--help"], ["(copy 2)"]),
    ):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert all(word in out for word in words), (args, out)
