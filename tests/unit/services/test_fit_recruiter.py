"""Fitting a page target as a recruiter would: skills on one line per group before any bullet
goes, recent roles' first three bullets before older roles keep any, old roles under "Earlier
career", the certificates a posting asks for kept, the page filled, and the cuts explained."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.career import Accomplishment, Certification, Profile, Role
from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.resume import (
    RECENT_BULLETS,
    SUMMARY_SHORT,
    WHY_BEYOND_BUDGET,
    WHY_CERT_ASKED,
    WHY_EXTRA_BULLET,
    WHY_OLDER_BULLET,
    WHY_RECENT_BULLET,
    WHY_SKILLS,
    build_resume,
    first_sentences,
    is_recent,
)
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Bullet, Entry, inline_text
from resume_builder.services.asked_for import relevant_certification_ids
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    ExportRequest,
    export_document,
    load_template,
    run_to_end,
)
from resume_builder.services.tailoring.results import Requirement

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)
TODAY = date(2026, 3, 1)
BULLET_WHYS = {WHY_OLDER_BULLET, WHY_EXTRA_BULLET, WHY_RECENT_BULLET}


def career(roles: int = 15, bullets: int = 6, certifications=()) -> CareerSnapshot:
    """Two-year roles, newest first (the newest goes on), each with its scope and results."""
    made_roles, results = [], []
    for index in range(roles):
        start = 2024 - 2 * index
        role = Role(
            employer=f"Employer {index + 1} AB",
            title=f"Engineering Manager {index + 1}",
            start=PartialDate(start - 2),
            end=PartialDate(start) if index else PRESENT,
            location="Stockholm",
            description=f"Led {20 + index} engineers across three sites.",
        )
        made_roles.append(role)
        results.extend(
            Accomplishment(
                headline=f"Cut the release time of team {index + 1} by {10 + n} per cent "
                "by rebuilding the pipeline and coaching two leads",
                role_id=role.id,
                impact=1 + n % 5,
            )
            for n in range(bullets)
        )
    return CareerSnapshot(
        profile=Profile(name="Dana Lindqvist"),
        roles=tuple(made_roles),
        accomplishments=tuple(results),
        certifications=tuple(certifications),
    )


def wordy(snapshot: CareerSnapshot, stories: int = 2) -> CareerSnapshot:
    """The career with every result longer (three lines with two stories), so that a page
    cannot hold them all."""
    story = " and wrote the runbook the other teams adopted, then trained their on-call leads"
    longer = tuple(
        replace(a, headline=a.headline + story * stories) for a in snapshot.accomplishments
    )
    return replace(snapshot, accomplishments=longer)


@pytest.fixture(scope="module")
def careers() -> dict[str, CareerSnapshot]:
    return {
        "demo": CareerSnapshot.from_records(demo_records(TODAY)),
        "15 roles": career(15),
    }


def export(snapshot, template, target, fmt="pdf", language="en", **options):
    request = ExportRequest(kind="resume", format=fmt, template=template, language=language)
    request.resume.page_target = target
    request.resume.today = TODAY
    for name, value in options.items():
        setattr(request.resume, name, value)
    result = run_to_end(export_document(request, snapshot, paths.templates_dir()))
    return request, result


def pdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


def kept_bullets(snapshot, template, options) -> dict[str, list[str]]:
    """Role id -> the bullets the fitted résumé shows (its final options built again)."""
    style = load_template(paths.templates_dir(), template)
    document = build_resume(snapshot, style, options).document
    return {
        block.record_id: [inline_text(b.runs) for b in block.children if isinstance(b, Bullet)]
        for block in document.walk()
        if isinstance(block, Entry) and block.record_id
    }


def empty_fraction_of_last_page(data: bytes, template: str) -> float:
    """How much of the last page's text area is empty below its last line (0: full)."""
    style = load_template(paths.templates_dir(), template)
    page = PdfReader(io.BytesIO(data)).pages[-1]
    height = float(page.mediabox.height)
    bottom = style.margin_bottom_mm * 72 / 25.4
    top = height - style.margin_top_mm * 72 / 25.4
    lowest = [top]

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5] if cm[3] else tm[5]
        if text.strip() and bottom <= y <= top:
            lowest[0] = min(lowest[0], y)

    page.extract_text(visitor_text=visit)
    return max(0.0, (lowest[0] - bottom) / (top - bottom))


@pytest.mark.parametrize("template", TEMPLATES)
def test_skills_go_to_one_line_per_group_before_any_bullet(careers, template):
    snapshot = careers["demo"]
    request, result = export(snapshot, template, 1)
    assert result.fit is not None and result.fit.pages == 1
    whys = {cut.why for cut in result.fit.cuts}
    if not whys & BULLET_WHYS:
        # This template fits the demo on a page without cutting any bullet.
        assert template == "compact" and not request.resume.compact_skills
        return
    assert WHY_SKILLS in whys and request.resume.compact_skills
    lines = pdf_lines(result.data)
    groups: dict[str, list[str]] = {}
    for skill in snapshot.skills:
        groups.setdefault(skill.category, []).append(skill.name)
    shown = [i for i, line in enumerate(lines) for c in groups if line.startswith(f"{c}: ")]
    assert len(shown) >= 3
    for index in shown:
        # The line after a group is not the rest of it.
        following = lines[index + 1] if index + 1 < len(lines) else ""
        names = [n for c, ns in groups.items() if lines[index].startswith(f"{c}: ") for n in ns]
        assert not any(following.startswith(name) for name in names), lines[index : index + 2]


@pytest.mark.parametrize("target", [1, 2])
@pytest.mark.parametrize("name", ["demo", "15 roles"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_recent_roles_keep_three_bullets_before_older_roles_keep_any(
    careers, template, name, target
):
    snapshot = careers[name]
    request, result = export(snapshot, template, target)
    assert result.fit is not None and result.fit.fits
    style = load_template(paths.templates_dir(), template)
    unfitted = build_resume(snapshot, style, ExportRequest().resume.__class__(today=TODAY))
    offered = {
        block.record_id: sum(isinstance(b, Bullet) for b in block.children)
        for block in unfitted.document.walk()
        if isinstance(block, Entry) and block.record_id
    }
    kept = kept_bullets(snapshot, template, request.resume)
    roles = {role.id: role for role in snapshot.roles}
    recent = [i for i in kept if i in roles and is_recent(roles[i], TODAY)]
    older = [i for i in kept if i in roles and i not in recent]
    text = " ".join(pdf_lines(result.data))
    for bullets in kept.values():
        for bullet in bullets:
            assert bullet[:40] in text
    if any(kept[i] for i in older):
        for role_id in recent:
            assert len(kept[role_id]) >= min(RECENT_BULLETS, offered[role_id]), roles[role_id]


@pytest.mark.parametrize("template", TEMPLATES)
def test_old_roles_collapse_into_an_earlier_career_list(careers, template):
    snapshot = careers["15 roles"]
    _, result = export(snapshot, template, 2)
    lines = pdf_lines(result.data)
    assert "earlier career" in [line.casefold() for line in lines]
    # Role 8 ended in 2010, more than fifteen years before 2026; role 7 in 2012.
    assert "Engineering Manager 8 · Employer 8 AB · 2008–2010" in lines
    assert "Engineering Manager 15 · Employer 15 AB · 1994–1996" in lines
    text = " ".join(lines)
    assert "team 8 by" not in text and "team 15 by" not in text
    assert "Employer 7 AB" in text and "Engineering Manager 7 · " not in text
    assert "8 roles that ended before 2011 listed under Earlier career" in result.fit.describe()
    # The whole record, with no page target, keeps every role's entry.
    _, whole = export(snapshot, template, None)
    assert "team 15 by" in " ".join(pdf_lines(whole.data))
    assert "earlier career" not in " ".join(pdf_lines(whole.data)).casefold()


@pytest.mark.parametrize("fmt", ["docx", "md", "txt"])
def test_earlier_career_in_word_and_text(careers, fmt):
    snapshot = careers["15 roles"]
    _, result = export(snapshot, "classic", 2, fmt=fmt, language="sv")
    if fmt == "docx":
        paragraphs = [p.text for p in WordDocument(io.BytesIO(result.data)).paragraphs]
    else:
        # Markdown sets the title in bold.
        paragraphs = result.data.decode("utf-8").replace("**", "").splitlines()
    text = "\n".join(paragraphs)
    assert "tidigare karriär" in text.casefold()
    assert "Engineering Manager 8 · Employer 8 AB · 2008–2010" in text
    assert "team 8 by" not in text


def test_certifications_a_posting_asks_for_stay_before_weaker_bullets():
    itil = Certification(name="ITIL 4 Foundation", issuer="Axelos", date=PartialDate(2019))
    scrum = Certification(name="Professional Scrum Master", issuer="Scrum.org")
    snapshot = wordy(career(15, certifications=(itil, scrum)), stories=1)
    asked = relevant_certification_ids(
        [Requirement(term="ITIL", kind="acronym", weight=1.0)], snapshot
    )
    assert asked == {itil.id}
    request, result = export(snapshot, "classic", 1, relevant_certification_ids=asked)
    text = " ".join(pdf_lines(result.data))
    assert result.fit is not None and result.fit.pages == 1
    cut = {cut.why for cut in result.fit.cuts}
    assert cut & BULLET_WHYS and WHY_CERT_ASKED not in cut
    assert "ITIL 4 Foundation" in text
    assert itil.id not in request.resume.omitted_ids


FILL_CASES = [("demo", 1), ("15 roles", 1), ("15 roles", 2)]


@pytest.mark.parametrize(("name", "target"), FILL_CASES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_the_last_page_is_filled(careers, template, name, target, record_property):
    _, result = export(careers[name], template, target)
    assert result.fit is not None and result.fit.fits
    empty = empty_fraction_of_last_page(result.data, template)
    record_property("empty_fraction", round(empty, 3))
    print(f"empty fraction {name} {target} page(s) {template}: {empty:.3f}")
    if result.fit.left_out:
        # No more than a few lines (about 6 of body text) left empty.
        assert empty <= 0.12, empty


def test_the_report_says_what_was_cut_and_why(careers):
    _, result = export(careers["15 roles"], "classic", 1)
    text = result.fit.describe()
    assert "\nCut:\n- " in text
    assert "8 roles that ended before 2011 listed under Earlier career" in text
    assert "- the scope line of Employer 7 AB (2010–2012): a role's results say more" in text
    _, result = export(careers["demo"], "classic", 1)
    lines = result.fit.describe().splitlines()
    assert any(
        line.startswith("- ")
        and "bullets of Nordlys" in line
        and "an older role, cut before" in line
        for line in lines
    )
    assert "- the summary after its first 2 sentences: before any bullet goes" in lines


@pytest.mark.parametrize("template", TEMPLATES)
def test_scope_lines_and_a_long_summary_go_before_any_bullet(careers, template):
    demo = careers["demo"]
    request, result = export(demo, template, 1)
    style = load_template(paths.templates_dir(), template)
    content = build_resume(
        demo, style, ExportRequest().resume.__class__(today=TODAY, page_target=1)
    )
    whys = [content.why[item] for item in content.removable]
    last_light = max(i for i, why in enumerate(whys) if why in ("scope", "summary"))
    assert all(why not in BULLET_WHYS for why in whys[:last_light])
    if not any(cut.why in BULLET_WHYS for cut in result.fit.cuts):
        return  # this template holds every bullet on one page: the scope lines may stay
    # A bullet was cut, so no scope line is shown and the summary keeps only its opening.
    text = " ".join(pdf_lines(result.data))
    for role in demo.roles:
        assert " ".join(role.description.split()[:6]) not in text
    summary = " ".join(demo.profile.summary.split())
    assert summary.split(". ")[0] in " ".join(text.split())
    assert summary.split(". ")[-1].rstrip(".") not in " ".join(text.split())
    bullets = sum(len(b) for b in kept_bullets(demo, template, request.resume).values())
    assert bullets >= 5, bullets


def test_a_summary_of_two_sentences_is_never_offered_for_cutting():
    # Typed over two lines in the editor, it is still two sentences: nothing to shorten.
    snapshot = career(3)
    snapshot = CareerSnapshot(
        profile=Profile(name="Dana", summary="Runs platforms.\nCuts costs without outages."),
        roles=snapshot.roles,
        accomplishments=snapshot.accomplishments,
    )
    style = load_template(paths.templates_dir(), "classic")
    options = ExportRequest().resume.__class__(today=TODAY, page_target=1)
    assert SUMMARY_SHORT not in build_resume(snapshot, style, options).removable
    longer = CareerSnapshot(
        profile=Profile(name="Dana", summary="Runs platforms. Cuts costs. Hires well."),
        roles=snapshot.roles,
        accomplishments=snapshot.accomplishments,
    )
    assert SUMMARY_SHORT in build_resume(longer, style, options).removable


def test_the_summary_is_cut_after_whole_sentences_never_inside_an_abbreviation():
    text = "Sells B2B software, e.g. SaaS and fintech, at M.Sc. level. Led five teams. Hires."
    assert first_sentences(text, 2) == (
        "Sells B2B software, e.g. SaaS and fintech, at M.Sc. level. Led five teams."
    )
    assert first_sentences("Ekonom, bl.a. Inom bank. Chef sedan 2019. Ideell.", 1) == (
        "Ekonom, bl.a. Inom bank."
    )


@pytest.mark.parametrize("template", TEMPLATES)
def test_earlier_career_lines_go_oldest_first_before_a_recent_roles_first_bullets(
    careers, template
):
    # A page holds the recent roles' first bullets only once the earlier career has given up
    # its lines.
    snapshot = wordy(careers["15 roles"])
    request, result = export(snapshot, template, 1)
    assert result.fit is not None and result.fit.fits
    # A line under Earlier career reads "Engineering Manager 8 · Employer 8 AB · 2008–2010".
    shown = [
        int(line.split()[2])
        for line in pdf_lines(result.data)
        if line.startswith("Engineering Manager ") and " · Employer " in line
    ]
    assert "under Earlier career, the oldest first" in result.fit.describe()
    # Those left are the newest ones, in order: the oldest went first.
    assert shown == list(range(8, 8 + len(shown)))
    kept = kept_bullets(snapshot, template, request.resume)
    roles = {role.id: role for role in snapshot.roles}
    if shown:
        for role_id, bullets in kept.items():
            if role_id in roles and is_recent(roles[role_id], TODAY):
                assert len(bullets) >= RECENT_BULLETS, roles[role_id].title


def test_room_left_on_the_page_shows_bullets_past_a_roles_budget():
    # Four roles of six results: without a page target a résumé lists 6, 5, 3 and 2 of them.
    snapshot = career(4, bullets=6)
    _, whole = export(snapshot, "classic", None)
    listed = " ".join(pdf_lines(whole.data))
    headlines = [a.headline for a in snapshot.accomplishments]
    assert sum(h[:60] in listed for h in headlines) == 16
    # Two pages hold all 24: the page target shows them rather than leave the room empty.
    _, roomy = export(snapshot, "classic", 2)
    shown = " ".join(pdf_lines(roomy.data))
    assert all(h[:60] in shown for h in headlines)
    assert WHY_BEYOND_BUDGET not in {cut.why for cut in roomy.fit.cuts}


def test_bullets_past_a_budget_go_first_and_are_counted_in_one_cut():
    # Three roles of twelve results: without a page target a résumé lists 6, 5 and 3.
    snapshot = wordy(career(3, bullets=12), stories=1)
    _, whole = export(snapshot, "classic", None)
    listed = " ".join(pdf_lines(whole.data))
    past_budget = {a.headline for a in snapshot.accomplishments if a.headline[:60] not in listed}
    assert len(past_budget) == 36 - 14
    _, result = export(snapshot, "classic", 1)
    assert result.fit is not None and result.fit.fits
    shown = " ".join(pdf_lines(result.data))
    hidden = {h for h in past_budget if h[:60] not in shown}
    assert hidden  # one page cannot hold them all
    (cut,) = [cut for cut in result.fit.cuts if cut.why == WHY_BEYOND_BUDGET]
    assert cut.count == len(hidden)
    assert not past_budget & set(result.fit.left_out)  # counted, not named one by one
    assert f"{len(hidden)} bullets past what a résumé lists for each role" in result.fit.describe()
    # Nothing the budget lists went while one of them stayed.
    if hidden != past_budget:
        assert not set(result.fit.left_out) & {a.headline for a in snapshot.accomplishments}


@pytest.mark.parametrize(("name", "target", "most"), [("demo", 2, 6), ("demo", 1, 12)])
def test_a_fit_asks_for_few_drafts(careers, monkeypatch, name, target, most):
    # Each draft is a typesetting; the bullets past each role's budget must not cost one
    # draft each (the demo offers over forty of them).
    from resume_builder.services import fitting

    counted = []
    real = fitting.count_pages

    def counting(*args, **kwargs):
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(fitting, "count_pages", counting)
    _, result = export(careers[name], "classic", target)
    assert result.fit is not None and result.fit.fits
    assert 0 < len(counted) <= most, len(counted)


def test_the_european_template_keeps_its_languages_on_one_page(careers):
    # Languages are part of a European CV (its template keeps them); another template's fit
    # may cut them when a page needs the room.
    request, result = export(careers["demo"], "european", 1)
    assert result.fit is not None and result.fit.fits and result.fit.left_out
    assert "languages" not in request.resume.omitted_sections
    assert "Languages" in pdf_lines(result.data)
    style = load_template(paths.templates_dir(), "european")
    assert style.kept_sections == ("languages",)
    content = build_resume(careers["demo"], style, request.resume.__class__(today=TODAY))
    assert "section:languages" not in content.removable
    plain = build_resume(
        careers["demo"],
        load_template(paths.templates_dir(), "classic"),
        request.resume.__class__(today=TODAY),
    )
    assert "section:languages" in plain.removable
