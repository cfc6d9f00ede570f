"""Builders decide what goes into a document and in which order."""

from datetime import date
from pathlib import Path

import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Profile,
    Project,
    Role,
    Skill,
    Volunteer,
)
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Bullet, Entry, Section, Table, inline_text
from resume_builder.export.style import Style
from resume_builder.services.demo import demo_records

TEMPLATES = Path(__file__).parents[3] / "templates"


@pytest.fixture(scope="module")
def demo():
    return CareerSnapshot.from_records(demo_records(date(2026, 11, 23)))


def section(document, key) -> Section:
    return next(s for s in document.sections if s.key == key)


def test_resume_is_reverse_chronological_with_more_bullets_for_recent_roles(demo):
    document = build_resume(demo, Style(), ResumeOptions(today=date(2026, 11, 23))).document
    entries = [b for b in section(document, "experience").children if isinstance(b, Entry)]
    assert [e.dates.split(" – ")[-1] for e in entries][0] == "Present"
    starts = [next(r for r in demo.roles if r.id == e.record_id).start for e in entries]
    assert starts == sorted(starts, reverse=True)
    counts = [len(e.children) for e in entries]
    assert counts == [6, 5, 3, 2]
    assert all(e.scope for e in entries)  # the one-line scope of each role


def test_chosen_bullets_are_the_strongest_of_the_role(demo):
    document = build_resume(demo, Style(), ResumeOptions(today=date(2026, 11, 23))).document
    first = next(b for b in section(document, "experience").children if isinstance(b, Entry))
    shown = {inline_text(b.runs) for b in first.children}
    role_items = [a for a in demo.accomplishments if a.role_id == first.record_id]
    left_out = [a for a in role_items if a.headline not in shown]
    weakest_shown = min(a.impact for a in role_items if a.headline in shown)
    assert all(a.impact <= weakest_shown for a in left_out)


def test_user_selection_and_rewording_win(demo):
    role = next(r for r in demo.roles if r.end is PRESENT)
    items = [a for a in demo.accomplishments if a.role_id == role.id][:3]
    options = ResumeOptions(
        selected_ids=[items[2].id, items[0].id], rewordings={items[0].id: "Reworded for this job"}
    )
    document = build_resume(demo, Style(), options).document
    first = next(b for b in section(document, "experience").children if isinstance(b, Entry))
    assert [inline_text(b.runs) for b in first.children] == [
        items[2].headline,
        "Reworded for this job",
    ]


def test_sections_follow_the_template_order_and_skip_empty_ones(demo):
    for style in load_catalog(TEMPLATES).styles.values():
        document = build_resume(demo, style, ResumeOptions()).document
        keys = [s.key for s in document.sections]
        assert keys == [k for k in style.section_order if k in keys]
        # Every bundled template opens with the summary and has the experience near the top.
        assert keys[0] == "summary" and "experience" in keys[1:3]
    bare = CareerSnapshot.from_records([Profile(name="A"), Role(title="T", employer="E")])
    assert [s.key for s in build_resume(bare, Style(), ResumeOptions()).document.sections] == [
        "experience"
    ]


def test_headings_and_dates_follow_the_document_language(demo):
    document = build_resume(demo, Style(), ResumeOptions(language="sv")).document
    titles = [s.title for s in document.sections]
    assert "Erfarenhet" in titles and "Utbildning" in titles
    first = section(document, "experience").children[0]
    assert first.dates.endswith("nu") and first.dates.startswith("sep 2021")
    german = build_resume(demo, Style(), ResumeOptions(language="de")).document
    assert section(german, "experience").title == "Berufserfahrung"


def test_title_employer_and_dates_stay_separate(demo):
    document = build_resume(demo, Style(), ResumeOptions()).document
    entry = section(document, "experience").children[0]
    assert entry.title == "Associate Director, IT Operations"
    assert entry.organisation == "Halvard Industrial Group AB"
    assert entry.dates == "Sep 2021 – Present"


def test_removable_puts_old_weak_bullets_first(demo):
    content = build_resume(demo, Style(), ResumeOptions(today=date(2026, 11, 23)))
    by_id = {a.id: a for a in demo.accomplishments}
    roles = {r.id: r for r in demo.roles}
    sections = [r for r in content.removable if r.startswith("section:")]
    by_id = {a.id: a for a in demo.accomplishments}
    bullets = [r for r in content.removable if r in by_id]
    # optional sections go first, the least missed first; experience and education never
    assert content.removable[: len(sections)] == sections
    assert sections[0] == "section:interests"
    assert not {"section:experience", "section:education", "section:summary"} & set(sections)
    first_role = roles[by_id[bullets[0]].role_id]
    last_role = roles[by_id[bullets[-1]].role_id]
    assert first_role.start < last_role.start


def test_skills_section_lists_proven_skills_by_category(demo):
    document = build_resume(demo, Style(), ResumeOptions()).document
    lines = [inline_text(p.runs) for p in section(document, "skills").children]
    assert any(line.startswith("Cloud: ") and "Kubernetes" in line for line in lines)


def test_skills_no_accomplishment_is_tagged_with_are_listed_after_the_proven_ones():
    # An imported résumé's skills come untagged: leaving them out left its résumés with no
    # skills at all.
    proven = Skill(name="Lean", category="Operations")
    record = CareerSnapshot.from_records(
        [
            Skill(name="Budgeting", category="Operations"),
            proven,
            Skill(name="SAP", category="Systems"),
            Accomplishment(headline="Cut waste by 30% with lean", skill_ids=[proven.id]),
        ]
    )
    skills = section(build_resume(record, Style(), ResumeOptions()).document, "skills")
    assert [inline_text(p.runs) for p in skills.children] == [
        "Operations: Lean, Budgeting",
        "Systems: SAP",
    ]


def test_cmd_holds_every_accomplishment_with_its_story_and_a_skills_index(demo):
    document = build_career_document(demo, Style(), "en")
    # the contents after the overview; the side project and the volunteering, with their
    # stories, right after the roles
    assert [s.key for s in document.sections][:6] == [
        "overview",
        "contents",
        "experience",
        "projects",
        "volunteer",
        "skills_index",
    ]
    text = "\n".join(document.reading_text())
    for item in demo.accomplishments:
        assert item.headline in text
        assert item.situation in text and item.result in text
    table = section(document, "skills_index").children[0]
    assert isinstance(table, Table)
    kubernetes = dict(table.rows)["Kubernetes"]
    proving = [
        a.headline
        for a in demo.accomplishments
        if any(s.name == "Kubernetes" and s.id in a.skill_ids for s in demo.skills)
    ]
    assert sorted(kubernetes.split("\n")) == sorted(proving)
    assert section(document, "experience").page_break_before


def test_cmd_keeps_accomplishments_without_a_role():
    snapshot = CareerSnapshot.from_records(
        [Profile(name="A"), Accomplishment(headline="Orphan result 5%", date=PartialDate(2020))]
    )
    text = build_career_document(snapshot, Style()).reading_text()
    assert "Orphan result 5%" in text


def test_user_text_reaches_the_tree_unchanged():
    weird = "<b>bold</b> & <img src=/etc/passwd> Łukasz Żółć 👍"
    role = Role(title=weird, employer="E")
    snapshot = CareerSnapshot.from_records(
        [Profile(name=weird), role, Accomplishment(headline=weird, role_id=role.id)]
    )
    document = build_resume(snapshot, Style(), ResumeOptions()).document
    bullets = [b for b in document.walk() if isinstance(b, Bullet)]
    assert inline_text(bullets[0].runs) == weird and document.contact.name == weird


# ------------------------------------------------------- projects' and volunteering's results
APP = Project(name="Fika finder", start=PartialDate(2023), end=PRESENT, description="An app")
MENTOR = Volunteer(position="Mentor", organization="Kodkollektivet", start=PartialDate(2021))
JOB = Role(title="Director", employer="Globex", start=PartialDate(2019), end=PRESENT)


def owned_career() -> CareerSnapshot:
    def win(headline: str, owner, impact: int = 3, year: int = 2024) -> Accomplishment:
        return Accomplishment(
            headline=headline, role_id=owner.id, impact=impact, date=PartialDate(year)
        )

    return CareerSnapshot.from_records(
        [
            Profile(name="Jo"),
            JOB,
            APP,
            MENTOR,
            win("Cut cloud spend 30%", JOB, 5),
            win("Shipped the app to 2,000 users", APP, 4),
            win("Built offline maps in 3 weeks", APP, 3, 2023),
            win("Fixed a typo", APP, 1, 2023),
            win("Mentored 14 career changers", MENTOR, 4),
        ]
    )


def entry_bullets(document, key: str) -> dict[str, list[str]]:
    return {
        e.title: [inline_text(b.runs) for b in e.children if isinstance(b, Bullet)]
        for e in section(document, key).children
        if isinstance(e, Entry)
    }


def test_a_resume_shows_a_projects_and_a_volunteerings_bullets_under_their_entries():
    career = owned_career()
    options = ResumeOptions(today=date(2026, 1, 1), bullet_budget=(3, 2))
    document = build_resume(career, Style(), options).document
    # the strongest, as for an older role: the budget's last number
    assert entry_bullets(document, "projects") == {
        "Fika finder": ["Shipped the app to 2,000 users", "Built offline maps in 3 weeks"]
    }
    assert entry_bullets(document, "volunteer") == {"Mentor": ["Mentored 14 career changers"]}
    assert entry_bullets(document, "experience") == {"Director": ["Cut cloud spend 30%"]}


def test_a_tailored_choice_picks_a_projects_bullets_in_the_order_chosen():
    career = owned_career()
    by_headline = {a.headline: a.id for a in career.accomplishments}
    chosen = [by_headline["Fixed a typo"], by_headline["Shipped the app to 2,000 users"]]
    options = ResumeOptions(
        selected_ids=chosen, rewordings={chosen[0]: "Fixed 40 bugs before launch"}
    )
    document = build_resume(career, Style(), options).document
    assert entry_bullets(document, "projects") == {
        "Fika finder": ["Fixed 40 bugs before launch", "Shipped the app to 2,000 users"]
    }
    assert entry_bullets(document, "volunteer") == {"Mentor": []}
    assert entry_bullets(document, "experience") == {"Director": []}


def test_the_cmd_tells_a_project_and_a_volunteering_after_the_roles_with_every_story():
    document = build_career_document(owned_career(), Style(), "en")
    keys = [s.key for s in document.sections]
    assert keys.index("experience") + 1 == keys.index("projects")
    assert keys.index("projects") + 1 == keys.index("volunteer")
    assert keys.count("projects") == 1  # not again among the background sections
    assert entry_bullets(document, "projects") == {
        "Fika finder": [
            "Shipped the app to 2,000 users",
            "Built offline maps in 3 weeks",
            "Fixed a typo",
        ]
    }
    assert entry_bullets(document, "volunteer") == {"Mentor": ["Mentored 14 career changers"]}
    # and none of them lands among the results without an owner
    assert [e.title for e in section(document, "experience").children] == ["Director"]
    overview = "\n".join(
        inline_text(b.runs) for b in section(document, "overview").children if hasattr(b, "runs")
    )
    assert "Fika finder — 2023 – Present, 3 accomplishments" in overview


def test_an_address_given_as_web_site_and_as_profile_is_printed_once():
    from resume_builder.domain.record import Link

    profile = Profile(
        name="Åsa Öberg",
        email="asa@example.com",
        url="https://www.linkedin.com/in/asa-oberg/",
        links=[
            Link(network="LinkedIn", url="https://linkedin.com/in/asa-oberg"),
            Link(network="GitHub", url="https://github.com/asa"),
        ],
    )
    record = CareerSnapshot.from_records([profile, Accomplishment(headline="Cut costs by 10%")])
    contact = build_resume(record, Style(), ResumeOptions()).document.contact
    assert [run.text for run in contact.items] == [
        "asa@example.com",
        "www.linkedin.com/in/asa-oberg",
        "github.com/asa",
    ]


def test_iso_dates_print_the_month_even_when_the_record_holds_the_day():
    # A JSON Resume gives "2023-01-01"; the technical template's ISO dates show "2023-01".
    start, end = PartialDate(2023, 1, 1), PartialDate(2026, 6, 30)
    role = Role(title="COO", employer="Kvarnby AB", start=start, end=end)
    record = CareerSnapshot.from_records([role, Accomplishment(headline="x", role_id=role.id)])
    (entry,) = section(
        build_resume(record, Style(date_format="iso"), ResumeOptions()).document, "experience"
    ).children
    assert entry.dates == "2023-01 – 2026-06"
