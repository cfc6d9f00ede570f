"""JSON Resume export: schema shape, highlights, dates, skills grouping and writing."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Certification,
    Education,
    Link,
    Person,
    Profile,
    Role,
    Skill,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.json_resume import EXTENSION_KEY, to_json_resume, write_json_resume
from resume_builder.services.demo import demo_records

TODAY = date(2026, 3, 1)
MOMENT = datetime(2026, 3, 1, 12, 30, 5, tzinfo=UTC)

# ----------------------------------------------------------------------------- schema
# The JSON Resume v1.0.0 schema (github.com/jsonresume/resume-schema, tag v1.0.0) written down
# as the few rules a validator checks: allowed top-level keys (additionalProperties: false),
# the type of every known property, the `iso8601` pattern, and `format: uri/email/date`.
ISO8601 = re.compile(
    r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"
)
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

S, URL, DATE, STRINGS = "string", "uri", "iso8601", "strings"
SECTIONS: dict[str, dict[str, str]] = {
    "work": {
        "name": S,
        "location": S,
        "description": S,
        "position": S,
        "url": URL,
        "startDate": DATE,
        "endDate": DATE,
        "summary": S,
        "highlights": STRINGS,
    },
    "volunteer": {
        "organization": S,
        "position": S,
        "url": URL,
        "startDate": DATE,
        "endDate": DATE,
        "summary": S,
        "highlights": STRINGS,
    },
    "education": {
        "institution": S,
        "url": URL,
        "area": S,
        "studyType": S,
        "startDate": DATE,
        "endDate": DATE,
        "score": S,
        "courses": STRINGS,
    },
    "awards": {"title": S, "date": DATE, "awarder": S, "summary": S},
    "certificates": {"name": S, "date": "date", "url": URL, "issuer": S},
    "publications": {"name": S, "publisher": S, "releaseDate": DATE, "url": URL, "summary": S},
    "skills": {"name": S, "level": S, "keywords": STRINGS},
    "languages": {"language": S, "fluency": S},
    "interests": {"name": S, "keywords": STRINGS},
    "references": {"name": S, "reference": S},
    "projects": {
        "name": S,
        "description": S,
        "highlights": STRINGS,
        "keywords": STRINGS,
        "startDate": DATE,
        "endDate": DATE,
        "url": URL,
        "roles": STRINGS,
        "entity": S,
        "type": S,
    },
}
BASICS = {
    "name": S,
    "label": S,
    "image": S,
    "email": "email",
    "phone": S,
    "url": URL,
    "summary": S,
}
LOCATION = {"address": S, "postalCode": S, "city": S, "countryCode": S, "region": S}
PROFILE = {"network": S, "username": S, "url": URL}
META = {"canonical": URL, "version": S, "lastModified": S}
TOP_LEVEL = {"$schema", "basics", *SECTIONS, "meta"}


def _check_value(where: str, kind: str, value: Any) -> list[str]:
    if kind in ("object", "array"):
        # Their contents are checked by schema_errors; here only the kind.
        expected = dict if kind == "object" else list
        return [] if isinstance(value, expected) else [f"{where}: expected an {kind}"]
    if kind == STRINGS:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return [f"{where}: expected a list of strings, got {value!r}"]
        return []
    if not isinstance(value, str):
        return [f"{where}: expected a string, got {value!r}"]
    pattern = {DATE: ISO8601, "date": FULL_DATE, URL: URI, "email": EMAIL}.get(kind)
    if pattern is not None and not pattern.match(value):
        return [f"{where}: {value!r} is not a valid {kind}"]
    return []


def _check_object(where: str, spec: dict[str, str], obj: Any) -> list[str]:
    if not isinstance(obj, dict):
        return [f"{where}: expected an object, got {obj!r}"]
    errors: list[str] = []
    for key, value in obj.items():
        if key in spec:
            errors += _check_value(f"{where}.{key}", spec[key], value)
        elif key != EXTENSION_KEY:
            # Allowed by the schema (additionalProperties: true), but we promise to put
            # anything of ours under one key only.
            errors.append(f"{where}: unexpected key {key!r}")
    return errors


def schema_errors(doc: Any) -> list[str]:
    """Every way `doc` breaks JSON Resume v1.0.0 (or our tidy-output rules)."""
    if not isinstance(doc, dict):
        return ["the document is not an object"]
    errors = [f"unknown top-level key {key!r}" for key in doc if key not in TOP_LEVEL]
    if "basics" in doc:
        basics = doc["basics"]
        errors += _check_object(
            "basics", {**BASICS, "location": "object", "profiles": "array"}, basics
        )
        if isinstance(basics, dict):
            if "location" in basics:
                errors += _check_object("basics.location", LOCATION, basics["location"])
            for i, profile in enumerate(basics.get("profiles", [])):
                errors += _check_object(f"basics.profiles[{i}]", PROFILE, profile)
    for section, spec in SECTIONS.items():
        if section not in doc:
            continue
        if not isinstance(doc[section], list):
            errors.append(f"{section}: expected an array")
            continue
        for i, item in enumerate(doc[section]):
            errors += _check_object(f"{section}[{i}]", spec, item)
    if "meta" in doc:
        errors += _check_object("meta", META, doc["meta"])
    return errors


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture
def records():
    return demo_records(TODAY)


@pytest.fixture
def snapshot(records) -> CareerSnapshot:
    return CareerSnapshot.from_records(records)


@pytest.fixture
def doc(snapshot) -> dict[str, Any]:
    return to_json_resume(snapshot, last_modified=MOMENT)


def _walk(value: Any, path: str = ""):
    """Every (path, key, value) in a JSON value, depth first."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield path, key, inner
            yield from _walk(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _walk(inner, f"{path}[{i}]")


# ----------------------------------------------------------------------------- tests
def test_demo_export_is_valid_json_resume(doc):
    assert schema_errors(doc) == []
    assert set(doc) == TOP_LEVEL  # the demo career fills every section


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("work", 0, "endDate"), "present"),
        (("work", 0, "startDate"), "Sep 2021"),
        (("work", 0, "highlights"), "one string"),
        (("certificates", 0, "date"), "2019-03"),
        (("basics", "url"), "dana.example.com"),
        (("basics", "email"), "not an address"),
        (("skills", 0, "keywords"), [1, 2]),
        (("extra_section",), []),
        (("work", 0, "situation"), "a STAR part that should not be exported"),
    ],
)
def test_the_schema_check_rejects_broken_documents(doc, path, value):
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert schema_errors(doc) != []


def test_basics_carry_the_profile(doc, snapshot):
    basics = doc["basics"]
    profile = snapshot.profile
    assert basics["name"] == profile.name
    assert basics["label"] == profile.headline
    assert basics["email"] == profile.email
    assert basics["url"] == profile.url
    assert basics["location"] == {
        "city": "Stockholm",
        "countryCode": "SE",
        "region": "Stockholm County",
    }
    assert [p["network"] for p in basics["profiles"]] == ["LinkedIn", "GitHub"]
    # The one-line location and the letter's pitch have no JSON Resume field: they go aside.
    assert basics[EXTENSION_KEY] == {"location": "Stockholm, Sweden", "pitch": profile.pitch}
    assert profile.pitch.startswith("I ")


def test_every_role_is_exported_newest_first_with_its_highlights(doc, snapshot):
    work = doc["work"]
    assert len(work) == len(snapshot.roles)
    assert {w["position"] for w in work} == {r.title for r in snapshot.roles}
    starts = [w["startDate"] for w in work]
    assert starts == sorted(starts, reverse=True)
    for item in work:
        role = next(r for r in snapshot.roles if r.title == item["position"])
        assert item["name"] == role.employer
        assert item["summary"] == role.description
        assert item["description"] == role.employer_description
        assert item["location"] == role.location
        mine = [a for a in snapshot.accomplishments if a.role_id == role.id]
        assert sorted(item["highlights"]) == sorted(a.headline for a in mine)
        dated = {a.headline: a.date.sort_key() for a in mine}
        keys = [dated[h] for h in item["highlights"]]
        assert keys == sorted(keys, reverse=True), "highlights are not newest first"


def test_current_role_has_no_end_date(doc, snapshot):
    current = [r for r in snapshot.roles if r.end is PRESENT]
    assert len(current) == 1
    by_title = {w["position"]: w for w in doc["work"]}
    assert "endDate" not in by_title[current[0].title]
    for role in snapshot.roles:
        if role.end is not PRESENT:
            assert by_title[role.title]["endDate"] == role.end.iso()
    volunteering = doc["volunteer"][0]
    assert "endDate" not in volunteering and volunteering["startDate"]


def test_all_dates_are_iso_partial_dates(doc, snapshot):
    dates = [
        (path, key, value)
        for path, key, value in _walk(doc)
        if key.endswith("Date") or key in ("date", "expires")
    ]
    assert len(dates) > 20
    for path, key, value in dates:
        if EXTENSION_KEY in path and value == "present":
            continue  # the full form marks an open end aside
        assert ISO8601.match(value), f"{path}.{key} = {value!r}"
    role = snapshot.roles[0]
    item = next(w for w in doc["work"] if w["position"] == role.title)
    assert item["startDate"] == role.start.iso() and len(item["startDate"]) == 7


def test_certificate_dates_are_full_dates_with_the_precise_one_kept(doc):
    cka = next(c for c in doc["certificates"] if "CKA" in c["name"])
    assert cka["date"] == "2019-03-01"
    assert cka[EXTENSION_KEY] == {
        "id": cka[EXTENSION_KEY]["id"],
        "date": "2019-03",
        "expires": "2022-03",
        "credentialId": "CKA-1900-0042-0000",
    }


def test_skills_are_grouped_by_category_and_include_every_skill(doc, snapshot):
    skills = doc["skills"]
    categories = {s.category for s in snapshot.skills}
    assert sorted(entry["name"] for entry in skills) == sorted(categories)
    keywords = [k for entry in skills for k in entry["keywords"]]
    assert sorted(keywords) == sorted(s.name for s in snapshot.skills)
    cloud = next(entry for entry in skills if entry["name"] == "Cloud")
    assert "level" not in cloud  # Advanced and Expert mixed
    kept = {s["name"]: s for s in cloud[EXTENSION_KEY]["skills"]}
    k8s = next(s for s in snapshot.skills if s.name == "Kubernetes")
    assert kept["Kubernetes"] == {
        "id": k8s.id,
        "name": "Kubernetes",
        "category": "Cloud",
        "level": "Advanced",
        "aliases": ["k8s"],
    }
    tailored = to_json_resume(snapshot, selected_ids=[])["skills"]
    cloud = next(entry for entry in tailored if entry["name"] == "Cloud")
    kept = {s["name"]: s for s in cloud[EXTENSION_KEY]["skills"]}
    assert kept["Kubernetes"] == {"name": "Kubernetes", "level": "Advanced", "aliases": ["k8s"]}


def test_skills_share_a_level_and_uncategorised_skills_stand_alone():
    snapshot = CareerSnapshot(
        profile=Profile(name="A"),
        skills=(
            Skill(name="Go", category="Languages", level="Expert"),
            Skill(name="Rust", category="languages ", level="Expert"),
            Skill(name="Negotiation", aliases=["bargaining", "deal-making"], level="Advanced"),
            Skill(name="Writing"),
        ),
    )
    skills = to_json_resume(snapshot, selected_ids=[])["skills"]
    assert skills == [
        {"name": "Languages", "level": "Expert", "keywords": ["Go", "Rust"]},
        {"name": "Negotiation", "level": "Advanced", "keywords": ["bargaining", "deal-making"]},
        {"name": "Writing"},
    ]


def test_selected_ids_restrict_and_order_highlights(snapshot):
    roles = sorted(snapshot.roles, key=lambda r: r.start, reverse=True)
    first = [a for a in snapshot.accomplishments if a.role_id == roles[0].id][:3]
    second = [a for a in snapshot.accomplishments if a.role_id == roles[1].id][:2]
    # Interleaved and in an order the default (newest first) would not give.
    chosen = [first[2], second[1], first[0], "no-such-id", second[0]]
    selected = [a if isinstance(a, str) else a.id for a in chosen]
    doc = to_json_resume(snapshot, selected_ids=selected)
    by_title = {w["position"]: w for w in doc["work"]}
    assert by_title[roles[0].title]["highlights"] == [first[2].headline, first[0].headline]
    assert by_title[roles[1].title]["highlights"] == [second[1].headline, second[0].headline]
    for role in roles[2:]:
        assert "highlights" not in by_title[role.title]
    assert len(doc["work"]) == len(roles)  # roles stay, only their highlights are chosen
    assert schema_errors(doc) == []


def test_empty_selection_leaves_every_role_without_highlights(snapshot):
    doc = to_json_resume(snapshot, selected_ids=[])
    assert all("highlights" not in w for w in doc["work"])


def test_output_is_tidy(doc):
    for path, key, value in _walk(doc):
        assert value not in ("", [], {}, None), f"empty value at {path}.{key}"
        if isinstance(value, str):
            assert value.strip(), f"blank text at {path}.{key}"


def test_a_bare_profile_gives_only_what_it_has():
    doc = to_json_resume(CareerSnapshot(profile=Profile(name="Ann")), last_modified=MOMENT)
    assert doc["basics"] == {"name": "Ann"}
    assert set(doc) == {"$schema", "basics", "meta"}
    assert doc["meta"] == {
        "canonical": "https://jsonresume.org/schema",
        "version": "v1.0.0",
        "lastModified": "2026-03-01T12:30:05",
        EXTENSION_KEY: {"format": 1},  # marks the full form
    }
    tailored = to_json_resume(CareerSnapshot(profile=Profile(name="Ann")), selected_ids=[])
    assert EXTENSION_KEY not in tailored["meta"]


def test_a_tailored_export_leaves_accomplishment_detail_and_ids_out(snapshot):
    chosen = [a.id for a in snapshot.accomplishments[:5]]
    doc = to_json_resume(snapshot, selected_ids=chosen)
    text = json.dumps(doc, ensure_ascii=False)
    assert all(r.id not in text for r in (*snapshot.roles, *snapshot.accomplishments))
    item = next(a for a in snapshot.accomplishments if a.situation)
    assert item.situation not in text
    assert item.action not in text
    assert item.headline in text


def test_values_json_resume_has_no_field_for_go_to_the_extension():
    role = Role(employer="Acme", title="Dev", start=PartialDate(2020, 1), end=PRESENT)
    snapshot = CareerSnapshot(
        profile=Profile(
            name="A",
            url="ann.example.com",
            email="ann at example",
            links=[Link(network="Mastodon", url="@ann@example.social")],
        ),
        roles=(role.copy(url="not a url", extra={"department": "R&D"}),),
        education=(Education(institution="Uni", location="Lund", start=PartialDate(950)),),
        certifications=(Certification(name="C", date=PartialDate(2021), credential_id="X1"),),
        people=(
            Person(name="Bo", is_reference=True, reference_quote="Great", email="bo@example.com"),
            Person(name="Kim", relationship="manager", notes="my manager"),
        ),
    )
    doc = to_json_resume(snapshot, selected_ids=[])
    assert schema_errors(doc) == []
    assert doc["basics"]["url"] == "https://ann.example.com"  # a bare host is still a link
    assert doc["basics"][EXTENSION_KEY]["email"] == "ann at example"
    assert doc["basics"]["profiles"][0][EXTENSION_KEY] == {"url": "@ann@example.social"}
    work = doc["work"][0]
    assert "url" not in work and "endDate" not in work
    assert work[EXTENSION_KEY] == {"url": "not a url", "extra": {"department": "R&D"}}
    assert doc["education"][0][EXTENSION_KEY] == {"location": "Lund", "startDate": "0950"}
    assert doc["certificates"][0]["date"] == "2021-01-01"
    assert doc["certificates"][0][EXTENSION_KEY] == {"date": "2021", "credentialId": "X1"}
    # a résumé names a reference and their words; nothing else about people goes out
    assert doc["references"] == [{"name": "Bo", "reference": "Great"}]
    assert "bo@example.com" not in json.dumps(doc) and "manager" not in json.dumps(doc)


def test_a_tailored_export_leaves_accomplishments_without_a_role_out():
    role = Role(employer="Acme", title="Dev")
    snapshot = CareerSnapshot(
        profile=Profile(name="A"),
        roles=(role,),
        accomplishments=(
            Accomplishment(headline="Undated win", role_id=role.id),
            Accomplishment(headline="Old win", role_id=role.id, date=PartialDate(2019)),
            Accomplishment(headline="New win", role_id=role.id, date=PartialDate(2021, 5)),
            Accomplishment(headline="Orphan", role_id=None),
            Accomplishment(headline="   ", role_id=role.id),
        ),
    )
    chosen = [a.id for a in snapshot.accomplishments]
    doc = to_json_resume(snapshot, selected_ids=chosen)
    assert doc["work"] == [
        {
            "name": "Acme",
            "position": "Dev",
            "highlights": ["Undated win", "Old win", "New win"],  # the chosen order
        }
    ]
    assert "Orphan" not in json.dumps(doc)


def test_the_full_form_carries_every_accomplishment_in_highlight_order():
    role = Role(employer="Acme", title="Dev", end=PRESENT, extra={"team": "Core"})
    skill = Skill(name="Go", category="Languages")
    undated = Accomplishment(headline="Undated win", role_id=role.id, skill_ids=[skill.id])
    old = Accomplishment(
        headline="Old win",
        role_id=role.id,
        date=PartialDate(2019),
        situation="<b>HTML</b> stays literal",
        metrics=["-40% cost"],
        impact=5,
        extra={"source": "review"},
    )
    new = Accomplishment(headline="New win", role_id=role.id, date=PartialDate(2021, 5))
    blank = Accomplishment(headline="   ", role_id=role.id)
    orphan = Accomplishment(headline="Orphan", role_id=None, notes="no role yet")
    snapshot = CareerSnapshot(
        profile=Profile(name="A"),
        roles=(role,),
        skills=(skill,),
        accomplishments=(undated, old, new, orphan, blank),
    )
    doc = to_json_resume(snapshot, last_modified=MOMENT)
    assert schema_errors(doc) == []
    work = doc["work"][0]
    assert work["highlights"] == ["New win", "Old win", "Undated win"]
    aside = work[EXTENSION_KEY]
    assert aside["id"] == role.id
    assert aside["extra"] == {"team": "Core"}
    assert aside["endDate"] == "present"  # open end, not an unknown one
    detail = aside["accomplishments"]
    assert [d["headline"] for d in detail] == ["New win", "Old win", "Undated win", "   "]
    assert detail[1] == {
        "id": old.id,
        "headline": "Old win",
        "situation": "<b>HTML</b> stays literal",
        "metrics": ["-40% cost"],
        "date": "2019",
        "impact": 5,
        "created": old.created,
        "updated": old.updated,
        "extra": {"source": "review"},
    }
    assert detail[2]["skills"] == ["Go"]  # by name
    loose = doc["meta"][EXTENSION_KEY]["accomplishments"]
    assert [(d["id"], d["notes"]) for d in loose] == [(orphan.id, "no role yet")]


def test_the_full_form_keeps_exact_text_aside_when_a_field_must_change_it():
    snapshot = CareerSnapshot(
        profile=Profile(name="A", url="ann.example.com", email=" ann@example.com "),
        roles=(Role(employer="Acme", title="  ", url=" https://acme.example.com"),),
    )
    doc = to_json_resume(snapshot)
    assert schema_errors(doc) == []
    assert doc["basics"]["url"] == "https://ann.example.com"
    assert doc["basics"][EXTENSION_KEY] == {"email": " ann@example.com ", "url": "ann.example.com"}
    work = doc["work"][0]
    assert work["position"] == "  "  # blank but kept: the full form is lossless
    assert work["url"] == "https://acme.example.com"
    assert work[EXTENSION_KEY]["url"] == " https://acme.example.com"


def test_json_round_trips(doc):
    assert json.loads(json.dumps(doc)) == doc


def test_write_to_a_stream_is_utf8_with_indent_two(doc):
    buffer = io.BytesIO()
    write_json_resume(doc, buffer)
    raw = buffer.getvalue()
    text = raw.decode("utf-8")
    assert "€" in text and "\\u20ac" not in text  # ensure_ascii=False
    assert text.startswith('{\n  "$schema"')
    assert json.loads(text) == doc


def test_write_to_a_path(doc, tmp_path: Path):
    target = tmp_path / "resume.json"
    write_json_resume(doc, target)
    assert json.loads(target.read_text(encoding="utf-8")) == doc
    assert [p.name for p in tmp_path.iterdir()] == ["resume.json"]  # no temporary file left


def test_last_modified_defaults_to_now(snapshot):
    before = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    stamp = datetime.fromisoformat(to_json_resume(snapshot)["meta"]["lastModified"])
    assert before <= stamp <= datetime.now(UTC).replace(tzinfo=None)
