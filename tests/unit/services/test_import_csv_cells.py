"""LinkedIn CSV cells stay the text they are; an export holding nothing is refused."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_builder.domain.models import Accomplishment, Profile, Role, Skill
from resume_builder.services.importing.csv_cells import neutralise_cell
from resume_builder.services.importing.files import guess_kind, read_import
from resume_builder.services.importing.linkedin import parse_linkedin
from resume_builder.services.importing.plan import ImportFileError


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


FORMULAS = [
    '=HYPERLINK("http://evil.example","Click")',
    "+46 70 123 45 67",
    "-5% churn in a year",
    "@SUM(A1:A9)",
    "=1+1",
]


def test_formulas_in_cells_import_as_the_text_they_are(tmp_path: Path):
    positions = csv_text(
        [["Company Name", "Title", "Description"]]
        + [[f"Firm {n}", text, text] for n, text in enumerate(FORMULAS)]
    )
    skills = csv_text([["Name"], *([text] for text in FORMULAS)])
    profile = csv_text([["First Name", "Last Name", "Headline"], ["=cmd|' /C calc'!A0", "Ek", "-"]])
    path = write_zip(
        tmp_path / "export.zip",
        {"Positions.csv": positions, "Skills.csv": skills, "Profile.csv": profile},
    )
    records, _, warnings = parse_linkedin(path)
    assert warnings == []
    roles = [r for r in records if isinstance(r, Role)]
    assert [r.title for r in roles] == FORMULAS
    assert [r.description for r in roles] == FORMULAS  # "-5% …" has no space: prose, not a bullet
    assert not [r for r in records if isinstance(r, Accomplishment)]
    assert [s.name for s in records if isinstance(s, Skill)] == FORMULAS
    (person,) = [r for r in records if isinstance(r, Profile)]
    assert person.name == "=cmd|' /C calc'!A0 Ek" and person.headline == "-"


def test_a_dash_bullet_in_a_description_stays_readable(tmp_path: Path):
    description = "Runs IT.\n- Cut costs by 20%\n-Kept the lights on\n+ =SUM(A1)"
    positions = csv_text([["Company Name", "Title", "Description"], ["Acme", "CIO", description]])
    records, _, _ = parse_linkedin(write_zip(tmp_path / "e.zip", {"Positions.csv": positions}))
    (role,) = [r for r in records if isinstance(r, Role)]
    bullets = [a.headline for a in records if isinstance(a, Accomplishment)]
    assert bullets == ["Cut costs by 20%", "=SUM(A1)"]
    assert role.description == "Runs IT.\n-Kept the lights on"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+46 70", "'+46 70"),
        ("-5%", "'-5%"),
        ("@handle", "'@handle"),
        ("\t=1", "'\t=1"),
        ("Plain text", "Plain text"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise_cell_makes_a_formula_plain_text_for_spreadsheets(text, written):
    assert neutralise_cell(text) == written


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"Positions.csv": "Firm,Job\nAcme,CIO\n"},
            "export.zip holds nothing to import: Positions.csv has no header row naming the "
            "“Company Name” column that LinkedIn's Positions.csv starts with",
        ),
        (
            {"Positions.csv": "Company Name,Title\n", "Skills.csv": "Name\n\n"},
            "export.zip holds nothing to import: Positions.csv and Skills.csv have no rows "
            "with a record in them",
        ),
        (
            {"Skills.csv": ""},
            "export.zip holds nothing to import: Skills.csv has no rows with a record in them",
        ),
    ],
)
def test_an_export_holding_nothing_to_import_is_refused_saying_what_was_expected(
    tmp_path: Path, files, expected
):
    with pytest.raises(ImportFileError) as info:
        parse_linkedin(write_zip(tmp_path / "export.zip", files))
    assert str(info.value) == expected


def test_a_file_without_its_columns_is_only_a_warning_when_another_file_imports(tmp_path: Path):
    files = {"Positions.csv": "Firm,Job\nAcme,CIO\n", "Skills.csv": "Name\nSQL\n"}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "export.zip", files))
    assert [type(r) for r in records] == [Skill]
    assert warnings == [
        "Positions.csv was skipped: it has no header row with a “Company Name” column"
    ]


def test_one_csv_file_of_an_export_imports_on_its_own(tmp_path: Path):
    path = tmp_path / "Positions.csv"
    path.write_text("Company Name,Title,Started On\nAcme,CIO,Mar 2020\n", encoding="utf-8")
    assert guess_kind(path) == "linkedin"
    parsed = read_import(guess_kind(path), path)
    assert [r.employer for r in parsed.records if isinstance(r, Role)] == ["Acme"]
    path.write_text("Firm,Job\nAcme,CIO\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^Positions\.csv holds nothing to import: it has"):
        read_import("linkedin", path)
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^notes\.csv is not one of the files"):
        read_import("linkedin", other)


@pytest.mark.parametrize("name", ["empty.json", "empty.zip"])
def test_an_empty_file_is_refused_with_one_sentence(tmp_path: Path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ImportFileError) as info:
        read_import(guess_kind(path), path)
    message = str(info.value)
    assert message.startswith(name) and "\n" not in message
    assert "JSON Resume" in message if name.endswith(".json") else "ZIP" in message


CELL_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda t: t.strip() == t and t)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mark=st.sampled_from(["=", "+", "-", "@", "'=", "=-"]), rest=CELL_TEXT)
def test_any_cell_starting_with_a_formula_mark_reads_back_as_exactly_that_text(
    tmp_path: Path, mark: str, rest: str
):
    text = mark + rest
    skills = csv_text([["Name"], [text], ["Anchor"]])
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "f.zip", {"Skills.csv": skills}))
    assert [s.name for s in records if isinstance(s, Skill)] == [text, "Anchor"]
    assert warnings == []
    assert neutralise_cell(text) == ("'" + text if text[0] in "=+-@" else text)
