"""LinkedIn data export import: field mapping, tolerance of real exports, hostile archives."""

from __future__ import annotations

import csv
import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Award,
    Certification,
    Education,
    Language,
    Link,
    Profile,
    Project,
    Publication,
    Record,
    Role,
    Skill,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.importing.linkedin import (
    ArchiveLimits,
    parse_linkedin,
    parse_websites,
    split_description,
)
from resume_builder.services.importing.plan import ImportFileError, make_plan

BOM = b"\xef\xbb\xbf"

PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\r\n"
    'Dana,Kowalczyk,Nowak,"Storgatan 1, 114 51 Stockholm","Jan 15, 1980",'
    'IT Associate Director,"I run IT operations for 3,000 people.\r\nI like résumés.",'
    'Information Technology & Services,114 51,"Stockholm, Stockholm County, Sweden",[danak],'
    '"[PERSONAL:https://dana.example],[BLOG:https://blog.dana.example/]",[SKYPE:dana.k]\r\n'
)
EMAILS = (
    "Email Address,Confirmed,Primary,Updated On\r\n"
    'old@example.com,Yes,No,"1/15/19, 3:45 PM"\r\n'
    'dana@example.com,Yes,Yes,"2/01/20, 9:00 AM"\r\n'
)
PHONES = "Extension,Number,Type\r\n12,+46 70 123 45 67,Mobile\r\n,+46 8 555 000,Work\r\n"
POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\r\n"
    'Acme AB,IT Associate Director,"Leads a team of 40 across three sites.\n'
    "\u2022 Cut cloud spend 30% (SEK 4M a year) in 2022\n"
    "- Moved 120 services to Kubernetes without downtime\n"
    '* Hired 12 engineers\n\nBudget: SEK 60M.",'
    '"Stockholm, Sweden",Jan 2019,\r\n'
    "Beta Corp,IT Manager,Ran the service desk.,Gothenburg,Mar 2015,Dec 2018\r\n"
)
EDUCATION = (
    "Notes:\r\n"
    '"This file lists the schools on your profile. Dates are as you entered them."\r\n'
    "\r\n"
    "School Name,Start Date,End Date,Notes,Degree Name,Activities\r\n"
    "KTH Royal Institute of Technology,2005,2010,Thesis on scheduling,Master of Science,"
    "Rowing club\r\n"
)
SKILLS = "Name\r\nÅngström\r\nÖresund\r\nKubernetes\r\n"
CERTIFICATIONS = (
    "Name,Url,Authority,Started On,Finished On,License Number\r\n"
    "AWS Solutions Architect,https://aws.example/cert/1,Amazon Web Services,"
    '"Mar 15, 2021",15 Mar 2024,ABC-123\r\n'
)
LANGUAGES = "Name,Proficiency\r\nSwedish,Native or bilingual proficiency\r\n"
PROJECTS = (
    "Title,Description,Url,Started On,Finished On\r\n"
    "Data center exit,Moved every system to two cloud regions.,https://acme.example/dc,"
    "Feb 2020,Nov 2021\r\n"
)
HONORS = "Title,Description,Issued On\r\nCIO Award,For the data center exit,Nov 2021\r\n"
PUBLICATIONS = (
    "Name,Published On,Description,Publisher,Url\r\n"
    'Running IT lean,"Mar 15, 2019",An essay on small teams,IT Weekly,'
    "https://itweekly.example/lean\r\n"
)


def export_files() -> dict[str, bytes]:
    """A realistic export: BOMs, a Windows-1252 file, an unrelated file and a media folder."""
    return {
        "Profile.csv": BOM + PROFILE.encode("utf-8"),
        "Email Addresses.csv": EMAILS.encode("utf-8"),
        "PhoneNumbers.csv": PHONES.encode("utf-8"),
        "Positions.csv": BOM + POSITIONS.encode("utf-8"),
        "Education.csv": EDUCATION.encode("utf-8"),
        "Skills.csv": SKILLS.encode("cp1252"),
        "Certifications.csv": CERTIFICATIONS.encode("utf-8"),
        "Languages.csv": LANGUAGES.encode("utf-8"),
        "Projects.csv": PROJECTS.encode("utf-8"),
        "Honors.csv": HONORS.encode("utf-8"),
        "Publications.csv": PUBLICATIONS.encode("utf-8"),
        "Connections.csv": b"Notes:\r\nFirst Name,Last Name,URL\r\nAlex,B,https://x.example\r\n",
        "Rich Media/photo.txt": b"not a CSV",
    }


def write_zip(path: Path, files: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def of(records: list[Record], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def tree(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under the roots with its size and modification time."""
    listing = {}
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                full = os.path.join(dirpath, name)
                stat = os.lstat(full)
                listing[full] = (stat.st_size, stat.st_mtime_ns)
    return listing


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "Basic_LinkedInDataExport_01-15-2026.zip", export_files())


def test_every_mapped_field_of_the_archive(archive: Path):
    records, sources, warnings = parse_linkedin(archive)

    (profile,) = of(records, Profile)
    assert profile.name == "Dana Kowalczyk"
    assert profile.headline == "IT Associate Director"
    assert profile.summary == "I run IT operations for 3,000 people.\nI like résumés."
    assert profile.location == "Stockholm, Stockholm County, Sweden"
    assert profile.address == "Storgatan 1, 114 51 Stockholm"
    assert profile.postal_code == "114 51"
    assert profile.email == "dana@example.com"  # the primary one, not the first
    assert profile.phone == "+46 70 123 45 67 ext. 12"
    assert profile.links == [
        Link(network="Website", url="https://dana.example"),
        Link(network="Blog", url="https://blog.dana.example/"),
        Link(network="Twitter", username="danak"),
        Link(network="Skype", username="dana.k"),
    ]
    assert profile.extra == {"industry": "Information Technology & Services"}
    assert "Nowak" not in repr(profile) and "1980" not in repr(profile)  # dropped on purpose
    assert sources[profile.id] == (
        "Profile.csv row 2; Email Addresses.csv row 3; PhoneNumbers.csv row 2"
    )

    acme, beta = of(records, Role)
    assert (acme.employer, acme.title, acme.location) == (
        "Acme AB",
        "IT Associate Director",
        "Stockholm, Sweden",
    )
    assert acme.start == PartialDate(2019, 1) and acme.end is PRESENT
    assert acme.description == "Leads a team of 40 across three sites.\n\nBudget: SEK 60M."
    assert (beta.employer, beta.title, beta.location) == ("Beta Corp", "IT Manager", "Gothenburg")
    assert (beta.start, beta.end) == (PartialDate(2015, 3), PartialDate(2018, 12))
    assert beta.description == "Ran the service desk."
    assert sources[acme.id] == "Positions.csv row 2" and sources[beta.id] == "Positions.csv row 3"

    accomplishments = of(records, Accomplishment)
    assert [a.headline for a in accomplishments] == [
        "Cut cloud spend 30% (SEK 4M a year) in 2022",
        "Moved 120 services to Kubernetes without downtime",
        "Hired 12 engineers",
    ]
    assert {a.role_id for a in accomplishments} == {acme.id}
    assert sources[accomplishments[1].id] == "Positions.csv row 2, bullet 2"

    (education,) = of(records, Education)
    assert education.institution == "KTH Royal Institute of Technology"
    assert education.study_type == "Master of Science"
    assert (education.start, education.end) == (PartialDate(2005), PartialDate(2010))
    assert education.extra == {"notes": "Thesis on scheduling", "activities": "Rowing club"}
    assert sources[education.id] == "Education.csv row 5"  # after the "Notes:" preamble

    assert [s.name for s in of(records, Skill)] == ["Ångström", "Öresund", "Kubernetes"]
    assert any("Skills.csv" in w and "Windows-1252" in w for w in warnings)

    (certification,) = of(records, Certification)
    assert certification.name == "AWS Solutions Architect"
    assert certification.issuer == "Amazon Web Services"
    assert certification.url == "https://aws.example/cert/1"
    assert certification.credential_id == "ABC-123"
    assert certification.date == PartialDate(2021, 3, 15)
    assert certification.expires == PartialDate(2024, 3, 15)

    (language,) = of(records, Language)
    assert (language.language, language.fluency) == ("Swedish", "Native or bilingual proficiency")

    (project,) = of(records, Project)
    assert project.name == "Data center exit"
    assert project.description == "Moved every system to two cloud regions."
    assert project.url == "https://acme.example/dc"
    assert (project.start, project.end) == (PartialDate(2020, 2), PartialDate(2021, 11))

    (award,) = of(records, Award)
    assert (award.title, award.summary, award.date) == (
        "CIO Award",
        "For the data center exit",
        PartialDate(2021, 11),
    )

    (publication,) = of(records, Publication)
    assert publication.name == "Running IT lean"
    assert publication.publisher == "IT Weekly"
    assert publication.summary == "An essay on small teams"
    assert publication.url == "https://itweekly.example/lean"
    assert publication.release_date == PartialDate(2019, 3, 15)

    assert set(sources) == {r.id for r in records}
    assert len({r.id for r in records}) == len(records)
    for record in records:
        record.validate()


def comparable(records: list[Record]) -> list[dict]:
    """The records without their fresh ids and timestamps, role links as positions."""
    position = {r.id: i for i, r in enumerate(records)}
    rows = []
    for record in records:
        data = record.to_dict()
        data.pop("id")
        data.pop("created", None)
        data.pop("updated", None)
        if data.get("role_id"):
            data["role_id"] = position[data["role_id"]]
        rows.append({"kind": record.KIND, **data})
    return rows


def test_the_extracted_folder_gives_the_same_result(archive: Path, tmp_path: Path):
    folder = write_folder(tmp_path / "Basic_LinkedInDataExport_01-15-2026", export_files())
    from_zip, zip_sources, zip_warnings = parse_linkedin(archive)
    from_folder, folder_sources, folder_warnings = parse_linkedin(folder)
    assert comparable(from_folder) == comparable(from_zip)
    assert [folder_sources[r.id] for r in from_folder] == [zip_sources[r.id] for r in from_zip]
    assert folder_warnings == zip_warnings


def test_a_folder_holding_the_extracted_folder_works_too(tmp_path: Path):
    write_folder(tmp_path / "Downloads" / "export", {"Skills.csv": b"Name\nSQL\n"})
    records, _, _ = parse_linkedin(tmp_path / "Downloads")
    assert [s.name for s in of(records, Skill)] == ["SQL"]


def test_missing_files_still_import_what_is_there(tmp_path: Path):
    files = {"Positions.csv": POSITIONS.encode(), "Skills.csv": b"Name\nSQL\n"}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "partial.zip", files))
    assert {type(r) for r in records} == {Role, Accomplishment, Skill}
    assert warnings == []


def test_columns_match_whatever_their_case_and_optional_ones_may_be_missing(tmp_path: Path):
    files = {
        "positions.CSV": b"COMPANY NAME, title ,started on\nAcme,CTO,2020\n",
        "Profile.csv": b"first name,LAST NAME\nDana,K\n",
    }
    records, _, _ = parse_linkedin(write_zip(tmp_path / "odd.zip", files))
    (role,) = of(records, Role)
    assert (role.employer, role.title, role.start, role.end) == (
        "Acme",
        "CTO",
        PartialDate(2020),
        PRESENT,
    )
    assert role.description == "" and role.location == ""
    (profile,) = of(records, Profile)
    assert profile.name == "Dana K" and profile.links == [] and profile.email == ""


def test_a_bad_date_is_left_empty_with_a_warning_naming_the_row_and_column(tmp_path: Path):
    # One odd cell must not refuse a whole export (issue 11): the role imports without it.
    files = {"Positions.csv": POSITIONS.encode() + b"Gamma,Boss,,,Smarch 2019,05/06/2020\r\n"}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "bad.zip", files))
    gamma = next(r for r in of(records, Role) if r.employer == "Gamma")
    assert (gamma.start, gamma.end) == (None, None)
    assert warnings[0].startswith(
        "Positions.csv row 4: “Started On” left empty: “Smarch 2019” is not a date "
        "(“smarch” is not the name of a month)"
    )
    assert warnings[1].startswith(
        "Positions.csv row 4: “Finished On” left empty: “05/06/2020” is not a date "
        "(it could be 5 June 2020 or May 6, 2020"
    )
    assert len(warnings) == 2


def test_an_end_before_the_start_imports_without_the_end_and_names_the_row(tmp_path: Path):
    files = {"Positions.csv": b"Company Name,Title,Started On,Finished On\nA,B,2020,2019\n"}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "bad.zip", files))
    (role,) = of(records, Role)
    assert (role.employer, role.start, role.end) == ("A", PartialDate(2020), None)
    assert warnings == [
        "Positions.csv row 2: ends (2019) before it starts (2020); the end was left empty"
    ]


def test_a_known_file_without_its_header_row_is_skipped_with_a_warning(tmp_path: Path):
    files = {"Positions.csv": b"Firm,Job\nA,B\n", "Skills.csv": b"Name\nSQL\n"}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "x.zip", files))
    assert [type(r) for r in records] == [Skill]
    assert warnings == [
        "Positions.csv was skipped: it has no header row with a “Company Name” column"
    ]


def test_utf16_and_latin1_text_is_read(tmp_path: Path):
    files = {
        "Skills.csv": "Name\nÅngström\n".encode("utf-16"),
        "Languages.csv": "Name,Proficiency\nSvenska\x81,Native\n".encode("latin-1"),
    }
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "enc.zip", files))
    assert [s.name for s in of(records, Skill)] == ["Ångström"]
    # \x81 is undefined in Windows-1252, so Latin-1 reads it; the control character is dropped.
    assert [lang.language for lang in of(records, Language)] == ["Svenska"]
    assert warnings == ["Languages.csv is not UTF-8; read it as Latin-1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", PartialDate(2019)),
        ("Jan 2019", PartialDate(2019, 1)),
        ("january 2019", PartialDate(2019, 1)),
        ("Sept 2019", PartialDate(2019, 9)),
        ("Mar 15, 2019", PartialDate(2019, 3, 15)),
        ("15 Mar 2019", PartialDate(2019, 3, 15)),
        ("2019-03", PartialDate(2019, 3)),
        ("03/2019", PartialDate(2019, 3)),  # a re-save from a spreadsheet
        ("maj 2019", PartialDate(2019, 5)),  # an export asked for in Swedish
        ("  ", None),
        ("", None),
    ],
)
def test_linkedin_dates_are_read_by_the_one_date_reader(
    tmp_path: Path, text: str, expected: PartialDate | None
):
    files = {"Honors.csv": f'Title,Issued On\r\nPrize,"{text}"\r\n'.encode()}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "x.zip", files))
    (award,) = of(records, Award)
    assert (award.date, warnings) == (expected, [])


@pytest.mark.parametrize("text", ["Smarch 2019", "13/2019", "Feb 30, 2019", "19", "0000"])
def test_odd_dates_are_warnings_that_say_where(tmp_path: Path, text: str):
    files = {"Honors.csv": f'Title,Issued On\r\nPrize,"{text}"\r\n'.encode()}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "x.zip", files))
    (award,) = of(records, Award)
    assert award.date is None and award.title == "Prize"
    (warning,) = warnings
    assert warning.startswith(f"Honors.csv row 2: “Issued On” left empty: “{text}” is not a date")


@pytest.mark.parametrize("text", ["Present", "now", "nu", "pågående"])
def test_an_end_written_as_present_is_an_open_end(tmp_path: Path, text: str):
    files = {"Positions.csv": f"Company Name,Title,Started On,Finished On\nA,B,2019,{text}\n"}
    records, _, warnings = parse_linkedin(
        write_zip(tmp_path / "x.zip", {k: v.encode() for k, v in files.items()})
    )
    (role,) = of(records, Role)
    assert (role.end, warnings) == (PRESENT, [])


def test_description_rule_bullets_become_accomplishments_prose_stays():
    description, bullets = split_description(
        "Scope: 40 people.\r\n"
        "Key results:\r\n"
        "•Cut costs 30%\n"
        "  ▪ Shipped the portal\n"
        "-  Hired   12\n"
        "1. Won the award\n"
        "-5% churn was the target\n"
        "*emphasis* stays prose\n"
        "•\n"
        "\n\n"
        "Second paragraph."
    )
    assert bullets == ["Cut costs 30%", "Shipped the portal", "Hired 12", "Won the award"]
    assert description == (
        "Scope: 40 people.\nKey results:\n-5% churn was the target\n*emphasis* stays prose"
        "\n\nSecond paragraph."
    )


def test_websites_in_every_shape():
    assert parse_websites("[PERSONAL:https://a.example],[OTHER:https://b.example]") == [
        Link(network="Website", url="https://a.example"),
        Link(network="Website", url="https://b.example"),
    ]
    assert parse_websites("[https://a.example]") == [
        Link(network="Website", url="https://a.example")
    ]
    assert parse_websites("https://a.example, https://b.example") == [
        Link(network="Website", url="https://a.example"),
        Link(network="Website", url="https://b.example"),
    ]
    assert parse_websites("[PORTFOLIO:]") == []


def test_two_copies_of_a_file_use_the_shallowest_and_warn(tmp_path: Path):
    files = {"old/Skills.csv": b"Name\nCOBOL\n", "Skills.csv": b"Name\nSQL\n"}
    records, _, warnings = parse_linkedin(write_zip(tmp_path / "two.zip", files))
    assert [s.name for s in of(records, Skill)] == ["SQL"]
    assert warnings == ["two.zip: used “Skills.csv” and ignored “old/Skills.csv”"]


def test_macos_resource_fork_twins_are_not_read(tmp_path: Path):
    files = {
        "export/Skills.csv": b"Name\nSQL\n",
        "export/._Skills.csv": b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ",
        "__MACOSX/export/._Skills.csv": b"\x00\x05\x16\x07",
    }
    for path in (write_zip(tmp_path / "mac.zip", files), write_folder(tmp_path / "mac", files)):
        records, _, warnings = parse_linkedin(path)
        assert [s.name for s in of(records, Skill)] == ["SQL"]
        assert warnings == []


def test_the_plan_takes_the_result(archive: Path):
    records, sources, _ = parse_linkedin(archive)
    plan = make_plan(records, CareerSnapshot(profile=Profile()), archive.name, sources)
    counts = plan.counts()
    assert counts["add"] == {
        "accomplishment": 3,
        "award": 1,
        "certification": 1,
        "education": 1,
        "language": 1,
        "project": 1,
        "publication": 1,
        "role": 2,
        "skill": 3,
    }
    assert counts["update"] == {"profile": 1}
    roles = {r.id for r in of(records, Role)}
    for item in plan.items:
        # make_plan gives the profile the stored profile's id before it looks up the source.
        assert item.source or isinstance(item.record, Profile)
        if isinstance(item.record, Accomplishment):
            assert item.record.role_id in roles
    for record in plan.records_to_write():
        record.validate()


# --- Bad input and hostile archives ---------------------------------------------------------------


def test_not_a_zip_names_the_file(tmp_path: Path):
    path = tmp_path / "resume.pdf"
    path.write_bytes(b"%PDF-1.7 not an archive")
    with pytest.raises(ImportFileError, match=r"^resume\.pdf is not a ZIP archive"):
        parse_linkedin(path)


def test_a_missing_path_names_it(tmp_path: Path):
    with pytest.raises(ImportFileError, match=r"^nowhere\.zip: no such file"):
        parse_linkedin(tmp_path / "nowhere.zip")


def test_an_archive_or_folder_without_linkedin_files_is_an_error(tmp_path: Path):
    with pytest.raises(ImportFileError, match=r"^photos\.zip has none of the files"):
        parse_linkedin(write_zip(tmp_path / "photos.zip", {"cat.jpg": b"meow"}))
    (tmp_path / "Empty").mkdir()
    with pytest.raises(ImportFileError, match=r"^Empty has none of the files.*Positions\.csv"):
        parse_linkedin(tmp_path / "Empty")


def test_path_traversal_members_are_ignored_with_a_warning(tmp_path: Path):
    files = {
        "../../Positions.csv": b"Company Name,Title\nEvil,Owner\n",
        "/etc/Skills.csv": b"Name\nEvil\n",
        "C:/Windows/Languages.csv": b"Name\nEvil\n",
        "..\\Honors.csv": b"Title\nEvil\n",
        "Skills.csv": b"Name\nSQL\n",
    }
    path = write_zip(tmp_path / "traversal.zip", files)
    before = tree(tmp_path, Path.cwd())
    records, _, warnings = parse_linkedin(path)
    assert tree(tmp_path, Path.cwd()) == before
    assert [(type(r), getattr(r, "name", None)) for r in records] == [(Skill, "SQL")]
    (warning,) = warnings
    assert warning.startswith("traversal.zip: ignored 4 entries with unsafe names")
    assert "“../../Positions.csv”" in warning


def test_thousands_of_entries_import_the_known_files_quickly_with_a_warning(tmp_path: Path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Skills.csv", b"Name\nSQL\n")
        for number in range(20_000):
            archive.writestr(f"f/{number}.txt", b"")
    before = tree(tmp_path)
    started = time.perf_counter()
    records, _, warnings = parse_linkedin(path)
    assert time.perf_counter() - started < 2
    assert [(type(r), r.name) for r in records] == [(Skill, "SQL")]
    assert warnings == [
        "many.zip holds 20,001 entries, far more than a LinkedIn export; only the files "
        "Resume Builder knows were read and the rest was ignored"
    ]
    assert tree(tmp_path) == before


def test_a_lying_entry_count_is_counted_after_parsing(tmp_path: Path):
    path = write_zip(
        tmp_path / "few.zip", {f"{n}.txt": b"" for n in range(30)} | {"Skills.csv": b"Name\nX\n"}
    )
    data = bytearray(path.read_bytes())
    data[-12:-10] = (5).to_bytes(2, "little")  # the end record now claims 5 entries
    path.write_bytes(bytes(data))
    records, _, warnings = parse_linkedin(path, ArchiveLimits(max_entries=20))
    assert [r.name for r in records] == ["X"]
    assert warnings[0].startswith("few.zip holds 31 entries, far more than a LinkedIn export")


def test_a_huge_table_of_contents_is_still_refused_before_parsing(tmp_path: Path):
    path = write_zip(tmp_path / "toc.zip", {f"{n:04d}.txt": b"" for n in range(200)})
    with pytest.raises(ImportFileError, match=r"^toc\.zip: its table of contents is too large"):
        parse_linkedin(path, ArchiveLimits(max_directory_bytes=1024))


def test_a_zip_bomb_is_refused_quickly_without_writing(tmp_path: Path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("Positions.csv", b"Company Name,Title\n" + bytes(50 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    before = tree(tmp_path, Path.cwd())
    started = time.perf_counter()
    with pytest.raises(ImportFileError, match=r"^Positions\.csv expands more than 200:1"):
        parse_linkedin(path)
    assert time.perf_counter() - started < 2
    assert tree(tmp_path, Path.cwd()) == before


def test_bytes_read_are_capped_per_member_and_in_total(tmp_path: Path):
    skills = b"Name\n" + b"".join(f"Skill {n}\n".encode() for n in range(5000))
    path = write_zip(tmp_path / "big.zip", {"Skills.csv": skills}, zipfile.ZIP_STORED)
    with pytest.raises(ImportFileError, match=r"^Skills\.csv is larger than 16 KB"):
        parse_linkedin(path, ArchiveLimits(max_member_bytes=16 * 1024))
    two = {"Skills.csv": skills, "Languages.csv": b"Name\n" + b"Swedish\n" * 5000}
    path = write_zip(tmp_path / "two.zip", two, zipfile.ZIP_STORED)
    with pytest.raises(ImportFileError, match=r"files together exceed 64 KB"):
        parse_linkedin(path, ArchiveLimits(max_total_bytes=64 * 1024))
    folder = write_folder(tmp_path / "big", {"Skills.csv": skills})
    with pytest.raises(ImportFileError, match=r"^Skills\.csv is larger than 16 KB"):
        parse_linkedin(folder, ArchiveLimits(max_member_bytes=16 * 1024))


def test_an_oversized_field_is_an_error_naming_the_row(tmp_path: Path):
    files = {"Skills.csv": b'Name\nSQL\n"' + b"x" * 200_000 + b'"\n'}
    with pytest.raises(ImportFileError, match=r"^Skills\.csv row 3: not valid CSV"):
        parse_linkedin(write_zip(tmp_path / "field.zip", files))


def test_a_damaged_member_is_an_error_naming_it(tmp_path: Path):
    path = write_zip(tmp_path / "crc.zip", {"Skills.csv": b"Name\nSQL\n"}, zipfile.ZIP_STORED)
    data = path.read_bytes().replace(b"Name\nSQL", b"Name\nSQX")
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=r"^Skills\.csv is damaged in the archive"):
        parse_linkedin(path)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symbolic_links_in_a_folder_are_not_followed(tmp_path: Path):
    secret = tmp_path / "secret.csv"
    secret.write_bytes(b"Name\nPassword123\n")
    folder = write_folder(tmp_path / "export", {"Languages.csv": b"Name\nSwedish\n"})
    try:
        (folder / "Skills.csv").symlink_to(secret)
    except OSError:
        pytest.skip("symbolic links not permitted here")
    records, _, warnings = parse_linkedin(folder)
    assert [type(r) for r in records] == [Language]
    assert warnings == ["export: ignored symbolic links: “Skills.csv”"]


def test_many_files_in_a_folder_are_ignored_with_a_warning(tmp_path: Path):
    files = {f"{n}.txt": b"" for n in range(30)} | {"Skills.csv": b"Name\nSQL\n"}
    folder = write_folder(tmp_path / "home", files)
    records, _, warnings = parse_linkedin(folder, ArchiveLimits(max_entries=20))
    assert [r.name for r in records] == ["SQL"]
    assert warnings[0].startswith("home holds 31 files, far more than a LinkedIn export")
    # Past the scanning cap the search stops, says so, and uses what it found.
    with pytest.raises(ImportFileError, match=r"^home has none of the files .* search stopped"):
        parse_linkedin(folder, ArchiveLimits(max_entries=5, max_scanned=10))


# --- Fuzzing: a clear error or a clean import, never a crash --------------------------------------

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def parse_cleanly_or_refuse(path: Path) -> None:
    try:
        records, sources, warnings = parse_linkedin(path)
    except ImportFileError as error:
        assert str(error)
        return
    assert set(sources) == {r.id for r in records}
    assert all(isinstance(w, str) for w in warnings)
    for record in records:
        record.validate()
    make_plan(records, CareerSnapshot(profile=Profile()), path.name, sources)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_fuzz_random_bytes_as_the_archive(tmp_path: Path, data: bytes):
    path = tmp_path / "random.zip"
    path.write_bytes(data)
    parse_cleanly_or_refuse(path)


_VALID_ZIP = io.BytesIO()
with zipfile.ZipFile(_VALID_ZIP, "w", zipfile.ZIP_DEFLATED) as _archive:
    for _name, _data in export_files().items():
        _archive.writestr(_name, _data)


@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(_VALID_ZIP.getvalue()) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_fuzz_damaged_archives(tmp_path: Path, changes: list[tuple[int, int]]):
    data = bytearray(_VALID_ZIP.getvalue())
    for index, value in changes:
        data[index] = value
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    parse_cleanly_or_refuse(path)


@FUZZ
@given(text=st.text(max_size=2000), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_fuzz_random_text_in_positions(tmp_path: Path, text: str, encoding: str):
    data = text.encode(encoding, errors="replace")
    path = write_zip(tmp_path / "fuzz.zip", {"Positions.csv": data})
    parse_cleanly_or_refuse(path)


_CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "2019", "Jan 2019", "Mar 15, 2019", "15 Mar 2019", "Present", "• a"]),
)


@FUZZ
@given(
    rows=st.lists(st.lists(_CELL, max_size=8), max_size=8),
    header=st.permutations(
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
    ),
)
def test_fuzz_rows_under_a_real_header(tmp_path: Path, rows: list[list[str]], header: list[str]):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path = write_zip(tmp_path / "rows.zip", {"Positions.csv": buffer.getvalue().encode()})
    parse_cleanly_or_refuse(path)
