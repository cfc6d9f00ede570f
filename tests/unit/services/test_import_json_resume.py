"""JSON Resume import: lossless round trips, other tools' files, clear errors and fuzzing."""

from __future__ import annotations

import copy
import json
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Certification,
    Education,
    Link,
    Person,
    Profile,
    Project,
    Record,
    Role,
    Skill,
    Volunteer,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.json_resume import EXTENSION_KEY, to_json_resume
from resume_builder.services.demo import demo_records
from resume_builder.services.importing.json_resume import MAX_DEPTH, parse_json_resume
from resume_builder.services.importing.plan import ImportFileError, make_plan

TODAY = date(2026, 3, 1)
MOMENT = datetime(2026, 3, 1, 12, 30, 5, tzinfo=UTC)
DATA = Path(__file__).parents[2] / "data" / "jsonresume"


# ----------------------------------------------------------------------------- helpers
def export_bytes(records: list[Record]) -> bytes:
    doc = to_json_resume(CareerSnapshot.from_records(records), last_modified=MOMENT)
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def import_into_empty(data: bytes) -> list[Record]:
    """What an import into a new, empty database would write."""
    warnings: list[str] = []
    incoming, sources = parse_json_resume(data, "career.json", warnings)
    assert warnings == []  # our own export reads back without mending anything
    plan = make_plan(incoming, CareerSnapshot(profile=Profile()), "career.json", sources)
    assert not [i for i in plan.items if i.action in ("skip", "match")], plan.summary()
    return plan.records_to_write()


def by_kind(records: list[Record]) -> dict[str, list[str]]:
    """Every record as sorted JSON text per kind; the profile without its id (an import fills
    the profile the database already has).
    """
    table: dict[str, list[str]] = {}
    for record in records:
        data = record.to_dict()
        if record.KIND == "profile":
            data.pop("id")
        table.setdefault(record.KIND, []).append(json.dumps(data, sort_keys=True))
    return {kind: sorted(rows) for kind, rows in table.items()}


def assert_round_trip(records: list[Record]) -> None:
    first = export_bytes(records)
    imported = import_into_empty(first)
    assert by_kind(imported) == by_kind(records)
    assert export_bytes(imported) == first


def parse_error(payload: Any, name: str = "resume.json") -> str:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    with pytest.raises(ImportFileError) as info:
        parse_json_resume(data, name)
    return str(info.value)


def parse(payload: dict[str, Any]) -> tuple[list[Record], dict[str, str]]:
    return parse_json_resume(json.dumps(payload).encode("utf-8"), "resume.json")


def of(records: list[Record], kind: type) -> list[Any]:
    return [r for r in records if isinstance(r, kind)]


# ----------------------------------------------------------------------------- round trips
def test_the_demo_career_round_trips_field_for_field_and_byte_for_byte():
    records = demo_records(TODAY)
    assert len(records) > 100
    assert_round_trip(records)


def test_ids_survive_so_a_second_import_matches_everything():
    records = demo_records(TODAY)
    snapshot = CareerSnapshot.from_records(records)
    incoming, sources = parse_json_resume(export_bytes(records), "career.json")
    ids = {r.id for r in records if not isinstance(r, Profile)}
    assert ids == {r.id for r in incoming if not isinstance(r, Profile)}
    plan = make_plan(incoming, snapshot, "career.json", sources)
    assert {i.action for i in plan.items if not isinstance(i.record, Profile)} == {"match"}


def test_sources_name_the_place_in_the_file():
    records = demo_records(TODAY)
    incoming, sources = parse_json_resume(export_bytes(records), "career.json")
    assert set(sources) == {r.id for r in incoming}
    places = set(sources.values())
    assert {"basics", "work[0]", "work[0].highlights[0]", "education[1]"} <= places
    assert any(p.startswith("skills[") for p in places)


# Text from anywhere in Unicode (no lone surrogates: a file cannot hold them), markup included.
TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(["<b>bold</b>", "a & b < c", "C:\\Users\\x\\cv.pdf", "  ", "Ωmega ✓ 😀"]),
)
SOLID = TEXT.filter(lambda t: bool(t.strip()))
DATES = st.builds(
    lambda y, m, d: PartialDate(y, m, d if m else None),
    st.integers(1, 9999),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 28),
)
JSON_SCALARS = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | TEXT
EXTRA = st.dictionaries(TEXT, JSON_SCALARS | st.lists(JSON_SCALARS, max_size=2), max_size=2)


@st.composite
def periods(draw: st.DrawFn) -> tuple[PartialDate | None, Any]:
    start = draw(st.none() | DATES)
    end = draw(st.sampled_from(["none", "present", "later"]))
    if end == "none":
        return start, None
    if end == "present" or start is None or start.year == 9999:
        return start, PRESENT
    return start, PartialDate(draw(st.integers(start.year + 1, 9999)))


@st.composite
def careers(draw: st.DrawFn) -> list[Record]:
    profile = Profile(
        name=draw(TEXT),
        headline=draw(TEXT),
        email=draw(TEXT),
        url=draw(TEXT),
        summary=draw(TEXT),
        location=draw(TEXT),
        city=draw(TEXT),
        links=draw(st.lists(st.builds(Link, TEXT, TEXT, TEXT), max_size=2)),
        extra=draw(EXTRA),
    )
    roles = []
    for start, end in draw(st.lists(periods(), max_size=3)):
        roles.append(
            Role(
                employer=draw(TEXT),
                title=draw(TEXT),
                url=draw(TEXT),
                location=draw(TEXT),
                start=start,
                end=end,
                description=draw(TEXT),
                extra=draw(EXTRA),
            )
        )
    # The plan recognises roles by employer, title and start: keep them apart.
    roles = list(
        {
            (r.employer.strip().casefold(), r.title.strip().casefold(), r.start): r for r in roles
        }.values()
    )
    # Names and aliases are one namespace for the plan: unique, ignoring case and spaces.
    names = draw(st.lists(SOLID, max_size=6, unique_by=lambda t: t.strip().casefold()))
    skills: list[Skill] = []
    while names:
        name = names.pop()
        aliases = [names.pop() for _ in range(min(len(names), draw(st.integers(0, 1))))]
        skills.append(
            Skill(
                name=name,
                aliases=aliases,
                category=draw(st.sampled_from(["", "Cloud", "cloud ", "  "]) | TEXT),
                level=draw(TEXT),
                extra=draw(EXTRA),
            )
        )
    # A project and a volunteering record own results too.
    project = Project(name=draw(TEXT), start=draw(st.none() | DATES), extra=draw(EXTRA))
    volunteering = Volunteer(organization=draw(TEXT), position=draw(TEXT), summary=draw(TEXT))
    accomplishments = []
    owners = [None, *(r.id for r in roles), project.id, volunteering.id]
    headlines = draw(st.lists(SOLID, max_size=6, unique_by=lambda t: t.strip().casefold()))
    for headline in headlines:
        chosen = draw(st.lists(st.sampled_from(skills), unique_by=id)) if skills else []
        accomplishments.append(
            Accomplishment(
                headline=headline,
                situation=draw(TEXT),
                action=draw(TEXT),
                result=draw(TEXT),
                metrics=draw(st.lists(TEXT, max_size=2)),
                date=draw(st.none() | DATES),
                role_id=draw(st.sampled_from(owners)),
                skill_ids=[s.id for s in chosen],
                impact=draw(st.integers(1, 5)),
                evidence=draw(st.lists(TEXT, max_size=2)),
                notes=draw(TEXT),
                created=draw(SOLID),
                updated=draw(SOLID),
                extra=draw(EXTRA),
            )
        )
    start, end = draw(periods())
    others: list[Record] = [
        project,
        volunteering,
        Education(institution=draw(TEXT), start=start, end=end, location=draw(TEXT)),
        Certification(
            name=draw(TEXT), date=draw(st.none() | DATES), expires=draw(st.none() | DATES)
        ),
    ]
    return [profile, *roles, *skills, *accomplishments, *others]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(careers())
def test_generated_careers_round_trip(records):
    assert_round_trip(records)


# ----------------------------------------------------------------------------- other tools' files
def test_a_plain_json_resume_file_imports_every_section():
    records, sources = parse_json_resume((DATA / "kari_nordmann.json").read_bytes(), "kari.json")
    for record in records:
        record.validate()
    (profile,) = of(records, Profile)
    assert profile.name == "Kari Nordmann" and profile.headline == "Senior Data Engineer"
    assert profile.city == "Oslo" and profile.postal_code == "0155"
    assert profile.image == "file:///C:/Users/kari/Pictures/me.png"  # text, never opened
    assert "<em>trust</em>" in profile.summary
    assert [link.network for link in profile.links] == ["LinkedIn", "GitHub"]
    assert profile.extra["meta"]["canonical"].endswith("resume.json")

    roles = {r.employer: r for r in of(records, Role)}
    fjord = roles["Fjord Retail ASA"]
    assert fjord.start == PartialDate(2020, 2) and fjord.end is PRESENT  # no end: still there
    assert fjord.employer_description == "Grocery chain with 400 stores"
    assert roles["Nordic Logistics AS"].start == PartialDate(2016, 8, 15)
    bullets = [a for a in of(records, Accomplishment) if a.role_id == fjord.id]
    assert [a.headline for a in bullets][0].startswith("Cut nightly ETL")
    assert sources[bullets[1].id] == "work[0].highlights[1]"

    skills = {s.name: s for s in of(records, Skill)}
    assert skills["Airflow"].category == "Data engineering"
    assert skills["Airflow"].level == "Master"
    assert skills["BigQuery"].category == "Cloud"
    assert skills["Stakeholder management"].category == ""
    assert len(skills) == 7

    (volunteer,) = of(records, Volunteer)
    assert volunteer.end is PRESENT
    # a project's and a volunteering's highlights are their accomplishments
    (project,) = of(records, Project)
    owned = {
        owner.id: [(a.headline, sources[a.id]) for a in of(records, Accomplishment)
                   if a.role_id == owner.id]
        for owner in (project, volunteer)
    }  # fmt: skip
    assert owned == {
        project.id: [("Used by 15 companies", "projects[0].highlights[0]")],
        volunteer.id: [("Ran 40 Saturday workshops", "volunteer[0].highlights[0]")],
    }
    kinds = {r.KIND for r in records}
    assert kinds == {
        "profile", "role", "accomplishment", "skill", "education", "certification", "award",
        "publication", "language", "interest", "project", "volunteer", "person",
    }  # fmt: skip
    # a JSON Resume reference is a person marked as a reference, their words the quote
    (ola,) = of(records, Person)
    assert ola.name == "Ola Hansen, CTO" and ola.is_reference and ola.relationship == "reference"
    assert ola.reference_quote == "Kari is the engineer I call first."
    assert sources[ola.id] == "references[0]"


def test_an_older_file_keeps_what_it_has_no_field_for():
    records, _ = parse_json_resume((DATA / "legacy_minimal.json").read_bytes(), "jo.json")
    (profile,) = of(records, Profile)
    assert profile.summary.startswith("<p>I like <script>")  # literal text, never run
    assert profile.extra["pronouns"] == "they/them"
    assert profile.extra["location"] == {"state": "West Yorkshire"}
    assert profile.extra["profiles"] == [{"followers": 120}]
    assert profile.extra["document"] == {"hobbies": [{"name": "Climbing"}]}
    roles = {r.employer: r for r in of(records, Role)}
    pixel = roles["Pixel & Co"]  # "company" and "website" from before v1.0.0
    assert pixel.url == "https://pixel.example.com"
    assert pixel.end is PRESENT  # "" is an open end
    assert pixel.extra == {"team": "Web"}
    (education,) = of(records, Education)
    assert education.score == "3.7"
    assert {s.name: s.category for s in of(records, Skill)} == {
        "TypeScript": "Web",
        "React": "Web",
        "CSS": "Web",
        "Accessibility": "",
    }
    plan = make_plan(records, CareerSnapshot(profile=Profile()), "jo.json")
    assert plan.counts()["add"]["accomplishment"] == 2


def test_a_plain_file_round_trips_through_our_export():
    incoming = import_into_empty((DATA / "kari_nordmann.json").read_bytes())
    assert_round_trip(incoming)


def test_highlights_and_keywords_added_by_another_tool_to_our_file_are_kept():
    role = Role(employer="Acme", title="Dev", start=PartialDate(2020))
    skill = Skill(name="Go", category="Languages")
    win = Accomplishment(headline="Shipped it", role_id=role.id)
    doc = to_json_resume(
        CareerSnapshot(profile=Profile(), roles=(role,), skills=(skill,), accomplishments=(win,))
    )
    doc["work"][0]["highlights"].append("Added elsewhere")
    doc["skills"][0]["keywords"].append("Rust")
    records, _ = parse(doc)
    assert sorted(a.headline for a in of(records, Accomplishment)) == [
        "Added elsewhere",
        "Shipped it",
    ]
    assert {s.name: s.category for s in of(records, Skill)} == {
        "Go": "Languages",
        "Rust": "Languages",
    }


@pytest.mark.parametrize(
    ("end", "expected"),
    [("Present", PRESENT), ("present", PRESENT), ("", PRESENT), ("2019-05", PartialDate(2019, 5))],
)
def test_end_dates(end, expected):
    records, _ = parse({"work": [{"name": "A", "startDate": "2019", "endDate": end}]})
    assert of(records, Role)[0].end == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", PartialDate(2019)),
        ("2019-05", PartialDate(2019, 5)),
        ("2019-05-14", PartialDate(2019, 5, 14)),
        # What other tools and people write, read by the same reader as the editors
        ("01/2019", PartialDate(2019, 1)),
        ("2019/01", PartialDate(2019, 1)),
        ("March 2020", PartialDate(2020, 3)),
        ("2019-05-14T10:00:00Z", PartialDate(2019, 5, 14)),
    ],
)
def test_partial_dates(text, expected):
    records, _ = parse({"awards": [{"title": "A", "date": text}]})
    assert records[0].date == expected


@pytest.mark.parametrize("end", ["Current", "nu", "ongoing"])
def test_an_end_in_words_is_an_open_end(end):
    records, _ = parse({"work": [{"name": "A", "startDate": "May 2019", "endDate": end}]})
    (role,) = of(records, Role)
    assert (role.start, role.end) == (PartialDate(2019, 5), PRESENT)


# ----------------------------------------------------------------------------- bad input
# What a person would read the same way imports with a warning: see test_import_json_forgiving.
@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ([1, 2], "resume.json must hold a JSON object at the top, not a list"),
        ({}, "resume.json has none of the sections of a JSON Resume"),
        ({"hobbies": ["x"]}, "resume.json has none of the sections of a JSON Resume"),
        ({"work": [], "basics": {}}, "resume.json holds nothing to import: its sections are empty"),
        ({"work": ["A"]}, "resume.json holds nothing that can be imported (work[0]: skipped: "),
    ],
)
def test_a_file_holding_nothing_to_import_is_refused_in_one_sentence(doc, expected):
    message = parse_error(doc)
    assert message.startswith(expected)
    assert "JSON Resume" in message or "skipped" in message
    assert "\n" not in message


def test_a_huge_file_is_refused_before_parsing():
    data = b"[" * (100 * 1024 * 1024)  # would also be far too deep, if it were parsed
    started = time.perf_counter()
    message = parse_error(data, "x.json")
    assert message == "x.json is 100 MB; the limit is 20 MB"
    assert time.perf_counter() - started < 1


def test_invalid_json_gives_line_and_column():
    message = parse_error(b'{\n  "work": [\n    {"name": "A",}\n  ]\n}', "cv.json")
    assert message.startswith("cv.json is not valid JSON: ")
    assert "line 3, column" in message


def test_text_that_is_not_utf8_is_refused():
    assert parse_error('{"basics": {"name": "Jörg"}}'.encode("latin-1")).startswith(
        "resume.json is not UTF-8 text"
    )


def test_a_byte_order_mark_is_fine():
    records, _ = parse_json_resume(b"\xef\xbb\xbf" + b'{"basics": {"name": "A"}}', "a.json")
    assert records[0].name == "A"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 5_000, 200_000])
def test_deep_nesting_is_refused_without_a_crash(depth):
    data = b'{"basics": {"x": ' + b"[" * depth + b"]" * depth + b"}}"
    assert "nested too deeply" in parse_error(data)


def test_lone_surrogates_are_mended():
    records, _ = parse_json_resume(b'{"basics": {"name": "A\\ud800B"}}', "a.json")
    assert records[0].name == "A\ufffdB"


# ----------------------------------------------------------------------------- fuzzing
def _clean_import_or_clear_error(data: bytes) -> None:
    warnings: list[str] = []
    try:
        records, sources = parse_json_resume(data, "fuzz.json", warnings)
    except ImportFileError as exc:
        assert str(exc).startswith("fuzz.json") and "\n" not in str(exc)
        return
    # Every warning names the file and a place in it, and something came in.
    assert all(w.startswith("fuzz.json: ") and w.count(": ") >= 2 for w in warnings), warnings
    assert records
    assert set(sources) == {r.id for r in records}
    for record in records:
        record.validate()
    assert len({(r.KIND, r.id) for r in records}) == len(records)
    # What came in can always be written out again.
    export_bytes(records)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=12,
)
SECTION_KEYS = st.sampled_from(
    ["basics", "work", "volunteer", "education", "awards", "certificates", "publications",
     "skills", "languages", "interests", "references", "projects", "meta", EXTENSION_KEY]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES)
def test_fuzz_any_json_value(value):
    _clean_import_or_clear_error(json.dumps(value).encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(SECTION_KEYS, JSON_VALUES | st.lists(st.dictionaries(TEXT, JSON_VALUES))))
def test_fuzz_documents_of_the_right_shape(doc):
    _clean_import_or_clear_error(json.dumps(doc).encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_fuzz_any_bytes(data):
    _clean_import_or_clear_error(data)


_DEMO_DOC = to_json_resume(CareerSnapshot.from_records(demo_records(TODAY)), last_modified=MOMENT)


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


_DEMO_PATHS = _paths(_DEMO_DOC)
ODD_DATES = st.sampled_from(["13/2019", "2019-13", "2019-02-30", "Present", "", "0000", "20199"])


@st.composite
def mutations(draw: st.DrawFn) -> dict[str, Any]:
    doc = copy.deepcopy(_DEMO_DOC)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_DEMO_PATHS))
        parent = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the way there
        if not isinstance(parent, (dict, list)):
            continue  # an earlier mutation made the way there text, which indexes but can't delete
        how = draw(st.sampled_from(["drop", "replace", "date"]))
        if how == "drop":
            del parent[path[-1]]
        elif how == "replace":
            parent[path[-1]] = draw(JSON_VALUES)
        else:
            parent[path[-1]] = draw(ODD_DATES | TEXT)
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations())
def test_fuzz_mutated_demo_exports(doc):
    _clean_import_or_clear_error(json.dumps(doc).encode("utf-8"))


def test_a_projects_and_a_volunteerings_results_travel_as_their_highlights():
    app = Project(name="Fika finder", start=PartialDate(2023))
    mentor = Volunteer(organization="Kodkollektivet", position="Mentor")
    skill = Skill(name="Kotlin")
    old = Accomplishment(
        headline="Built offline maps", role_id=app.id, date=PartialDate(2023), impact=4,
        situation="No signal in the archipelago", skill_ids=[skill.id],
    )  # fmt: skip
    new = Accomplishment(headline="Shipped to 2,000 users", role_id=app.id, date=PartialDate(2024))
    taught = Accomplishment(headline="Mentored 14 people", role_id=mentor.id)
    records = [Profile(), app, mentor, skill, old, new, taught]
    doc = to_json_resume(CareerSnapshot.from_records(records), last_modified=MOMENT)
    assert doc["projects"][0]["highlights"] == ["Shipped to 2,000 users", "Built offline maps"]
    assert doc["volunteer"][0]["highlights"] == ["Mentored 14 people"]
    detail = doc["projects"][0][EXTENSION_KEY]["accomplishments"]
    assert [d["id"] for d in detail] == [new.id, old.id] and detail[1]["skills"] == ["Kotlin"]
    assert EXTENSION_KEY not in doc["meta"] or "accomplishments" not in doc["meta"][EXTENSION_KEY]
    assert_round_trip(records)
    # a tailored export: only the chosen ones, in the order chosen
    tailored = to_json_resume(CareerSnapshot.from_records(records), selected_ids=[old.id])
    assert tailored["projects"][0]["highlights"] == ["Built offline maps"]
    assert "highlights" not in tailored["volunteer"][0]
    # another tool's highlight added to our file is one more accomplishment of the project
    doc["projects"][0]["highlights"].append("Added elsewhere")
    incoming, sources = parse(doc)
    added = next(a for a in of(incoming, Accomplishment) if a.headline == "Added elsewhere")
    assert added.role_id == app.id and sources[added.id] == "projects[0].highlights[2]"
    assert len(of(incoming, Accomplishment)) == 4


def test_a_project_matched_on_import_takes_the_files_new_highlights_along():
    stored = Project(name="Fika finder")
    kept = Accomplishment(headline="Built offline maps", role_id=stored.id)
    existing = CareerSnapshot(profile=Profile(), projects=(stored,), accomplishments=(kept,))
    doc = {"projects": [{"name": "Fika finder", "highlights": ["Built offline maps", "New win"]}]}
    incoming, sources = parse(doc)
    plan = make_plan(incoming, existing, "resume.json", sources)
    actions = {
        (type(i.record).__name__, getattr(i.record, "headline", "")): i.action for i in plan.items
    }
    assert actions == {
        ("Project", ""): "match",
        ("Accomplishment", "Built offline maps"): "match",
        ("Accomplishment", "New win"): "add",
    }
    (added,) = [r for r in plan.records_to_write() if isinstance(r, Accomplishment)]
    assert added.role_id == stored.id  # under the project already stored
