"""The cover letter draft: role and company named, the records cited, nothing invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role, Skill, Target
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.cover_letter import (
    BULLET,
    LETTER_TEMPLATES,
    draft_letter,
    letter_template,
    strongest_results,
    subject_line,
    suggest_pitch,
)
from resume_builder.services.demo import demo_records
from resume_builder.services.targets import best_accomplishments

SUMMARY = "Makes systems run for payments and retail platforms across eleven countries."
PITCH = "I run IT operations for payments and retail platforms across eleven countries."
RESULTS = (
    "Cut priority-1 incidents from 11 to 3 a month",
    "Reduced Azure spend by 27% (€820K a year) with FinOps showback",
    "Merged 3 service desks into one for 6,500 users",
    "Led the ISO 27001 audit to certification",
)


def snapshot(
    *, name: str = "Dana Lindqvist", summary: str = SUMMARY, pitch: str = PITCH
) -> CareerSnapshot:
    items = tuple(Accomplishment(id=f"a{n}", headline=text) for n, text in enumerate(RESULTS))
    profile = Profile(name=name, summary=summary, pitch=pitch)
    return CareerSnapshot(profile=profile, accomplishments=items)


def target(**values: object) -> Target:
    values.setdefault("company", "Northwind Retail")
    values.setdefault("title", "Head of IT Operations")
    return Target(**values)


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def template_lines(language: str, company: str, title: str) -> set[str]:
    """Every line the template can contribute to a letter for this company and title."""
    lines: set[str] = set()
    for sentence in letter_template(language).values():
        lines.update(sentence.format(company=company, title=title).split("\n"))
    return lines


def test_the_draft_greets_the_company_and_names_the_role() -> None:
    text = draft_letter(target(), snapshot(), [])
    first, second = paragraphs(text)[:2]
    assert first == "Dear Hiring Team at Northwind Retail,"
    assert "Head of IT Operations" in second
    assert "Northwind Retail" in second


def test_the_draft_quotes_the_pitch_and_exactly_the_best_results_in_order() -> None:
    records = snapshot()
    best = [records.accomplishments[2], records.accomplishments[0], records.accomplishments[3]]
    text = draft_letter(target(), records, best)
    assert PITCH in paragraphs(text)
    # The résumé summary is in the third person: a letter signed "I" never quotes it.
    assert SUMMARY not in text and "Makes systems" not in text
    bullets = [line[len(BULLET) :] for line in text.splitlines() if line.startswith(BULLET)]
    assert bullets == [RESULTS[2], RESULTS[0], RESULTS[3]]
    # The intro sentence and its list are one paragraph, after the pitch.
    results = next(p for p in paragraphs(text) if BULLET in p)
    assert results.splitlines()[0] == LETTER_TEMPLATES["en"]["results_intro"]
    assert paragraphs(text).index(PITCH) < paragraphs(text).index(results)


def test_rewordings_replace_headlines_and_default_to_the_targets_own() -> None:
    records = snapshot()
    best = list(records.accomplishments[:2])
    own = target(rewordings={"a0": "Cut P1 incidents by 73%", "a1": "   "})
    bullets = [
        line[len(BULLET) :]
        for line in draft_letter(own, records, best).splitlines()
        if BULLET in line
    ]
    # A blank rewording means "no rewording": the headline stays.
    assert bullets == ["Cut P1 incidents by 73%", RESULTS[1]]
    given = draft_letter(own, records, best, rewordings={"a1": "Saved €820K a year on Azure"})
    assert f"{BULLET}{RESULTS[0]}" in given
    assert f"{BULLET}Saved €820K a year on Azure" in given
    assert "Cut P1 incidents by 73%" not in given


def test_the_targets_pitch_wins_over_the_profiles() -> None:
    text = draft_letter(target(pitch=" I keep tills running in 300 shops. "), snapshot(), [])
    assert "I keep tills running in 300 shops." in paragraphs(text)
    assert PITCH not in text


def test_a_tailored_summary_is_not_a_pitch_either() -> None:
    text = draft_letter(target(summary="Tailored summary for retail."), snapshot(pitch=""), [])
    assert "Tailored summary" not in text and SUMMARY not in text


@pytest.mark.parametrize("language", ["en", "sv", "de", "fr", "es"])
@pytest.mark.parametrize(
    ("company", "title"),
    [
        ("Northwind Retail", "Head of IT Operations"),
        ("", "Head of IT Operations"),
        ("ACME", ""),
        ("", ""),
    ],
)
def test_every_line_comes_from_the_template_or_the_records(
    language: str, company: str, title: str
) -> None:
    records = snapshot()
    best = best_accomplishments(["a3", "a1", "a0"], records)
    text = draft_letter(target(company=company, title=title), records, best, language=language)
    allowed = template_lines(language, company, title)
    record_texts = {records.profile.name, records.profile.pitch, *RESULTS}
    for line in text.split("\n"):
        if not line:
            continue  # the blank line between paragraphs
        if line.startswith(BULLET):
            assert line[len(BULLET) :] in record_texts, line
        else:
            assert line in allowed or line in record_texts, line
    assert "{" not in text and "  " not in text and " ." not in text and " ," not in text


# Words that would praise the person: a claim no record proves. The template's own sentences
# may greet, name the role and introduce the user's results, never describe the user.
CLAIMS = re.compile(
    r"\b(passionate|expert|proven|excellent|outstanding|strong|skilled|experienced|talented|"
    r"track record|results-driven|dedicated|ideal|perfect|erfaren|driven|passion|expertis|"
    r"framgångsrik|stark|skicklig)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", sorted(LETTER_TEMPLATES))
def test_the_templates_make_no_claims_about_the_person(language: str) -> None:
    for key, sentence in LETTER_TEMPLATES[language].items():
        assert not CLAIMS.search(sentence), (language, key, sentence)


def test_every_language_has_every_sentence() -> None:
    keys = set(LETTER_TEMPLATES["en"])
    for language, sentences in LETTER_TEMPLATES.items():
        assert set(sentences) == keys, language


def test_the_swedish_draft_is_swedish() -> None:
    records = snapshot()
    text = draft_letter(target(), records, list(records.accomplishments[:2]), language="sv")
    assert "Jag söker härmed tjänsten som Head of IT Operations hos Northwind Retail." in text
    assert "Här är några resultat från min karriär som motsvarar det ni efterfrågar:" in text
    assert text.endswith("Med vänliga hälsningar\nDana Lindqvist")
    english = template_lines("en", "Northwind Retail", "Head of IT Operations")
    assert not any(line in english for line in text.split("\n")), text


def test_an_unknown_language_gets_the_english_letter() -> None:
    assert draft_letter(target(), snapshot(), [], language="fi") == draft_letter(
        target(), snapshot(), []
    )


def test_without_a_company_the_letter_greets_the_hiring_manager() -> None:
    text = draft_letter(target(company=""), snapshot(), [])
    parts = paragraphs(text)
    assert parts[0] == "Dear Hiring Manager,"
    assert parts[1] == "I am writing to apply for the Head of IT Operations role."
    assert " at " not in parts[1] and "Northwind" not in text
    closing = LETTER_TEMPLATES["en"]["closing"]
    assert closing in parts


def test_without_a_title_or_company_the_opening_still_reads_well() -> None:
    text = draft_letter(target(company="", title=""), snapshot(), [])
    assert paragraphs(text)[1] == "I am writing to apply for the open role you have advertised."
    only_company = draft_letter(target(title=""), snapshot(), [])
    assert paragraphs(only_company)[1] == "I am writing to apply for a role at Northwind Retail."


def test_an_empty_pitch_and_no_results_leave_no_gap() -> None:
    text = draft_letter(target(), snapshot(pitch="  \n "), [])
    assert "\n\n\n" not in text
    assert paragraphs(text) == [
        "Dear Hiring Team at Northwind Retail,",
        "I am writing to apply for the Head of IT Operations role at Northwind Retail.",
        LETTER_TEMPLATES["en"]["closing_company"].format(company="Northwind Retail"),
        "Kind regards,\nDana Lindqvist",
    ]
    # No results: no sentence announcing them.
    assert LETTER_TEMPLATES["en"]["results_intro"] not in text


def test_a_nameless_profile_signs_off_without_a_blank_line() -> None:
    text = draft_letter(target(), snapshot(name="  "), [])
    assert text.endswith("\n\nKind regards,")


def test_multi_line_and_blank_headlines() -> None:
    records = CareerSnapshot(
        profile=Profile(name="Dana"),
        accomplishments=(
            Accomplishment(id="x", headline="Cut costs\nby 20%"),
            Accomplishment(id="y", headline="   "),
        ),
    )
    text = draft_letter(target(), records, list(records.accomplishments))
    assert [line for line in text.splitlines() if line.startswith(BULLET)] == [
        f"{BULLET}Cut costs by 20%"
    ]


def test_title_and_company_with_line_breaks_stay_on_one_line() -> None:
    text = draft_letter(target(company="Northwind\nRetail", title=" Head of\tIT "), snapshot(), [])
    assert paragraphs(text)[0] == "Dear Hiring Team at Northwind Retail,"
    assert "for the Head of IT role at Northwind Retail." in text


def test_the_demo_career_drafts_a_letter_from_its_own_records() -> None:
    records = CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))
    best = list(records.accomplishments[:3])
    text = draft_letter(target(), records, best, today=date(2026, 11, 23))
    assert records.profile.summary not in text
    for item in best:
        assert f"{BULLET}{item.headline}" in text
    assert text.endswith(f"Kind regards,\n{records.profile.name}")
    # The date belongs to the exported document, not to the text the user edits.
    assert "2026" not in text


# -- the letter in every document language, and the suggested pitch


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_fixed_line_is_in_the_chosen_language(language: str) -> None:
    records = snapshot()
    text = draft_letter(target(), records, list(records.accomplishments[:2]), language=language)
    english = template_lines("en", "Northwind Retail", "Head of IT Operations")
    own = template_lines(language, "Northwind Retail", "Head of IT Operations")
    for line in text.split("\n"):
        if line and not line.startswith(BULLET) and line not in {PITCH, "Dana Lindqvist"}:
            assert line in own and line not in english, (language, line)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Application: Head of IT Operations, Northwind Retail"),
        ("sv", "Ansökan: Head of IT Operations, Northwind Retail"),
        ("de", "Bewerbung als Head of IT Operations bei Northwind Retail"),
        ("fr", "Candidature\u00a0: Head of IT Operations, Northwind Retail"),
        ("es", "Solicitud: Head of IT Operations, Northwind Retail"),
    ],
)
def test_the_subject_line_names_the_role_and_company(language: str, expected: str) -> None:
    assert subject_line("Head of IT\nOperations", " Northwind Retail", language) == expected


def test_the_subject_line_reads_well_with_parts_missing() -> None:
    assert subject_line("", "ACME", "en") == "Application: ACME"
    assert subject_line("CTO", "", "de") == "Bewerbung als CTO"
    assert subject_line("", "", "es") == "Solicitud de empleo"
    assert subject_line("CTO", "ACME", "fi") == "Application: CTO, ACME"


def career() -> CareerSnapshot:
    itil = Skill(id="s1", name="ITIL")
    azure = Skill(id="s2", name="Azure")
    finops = Skill(id="s3", name="FinOps")
    old = Role(id="r0", employer="Contoso", title="Sysadmin", start=PartialDate(2010))
    now = Role(id="r1", employer="Fabrikam", title="IT Operations Manager", start=PartialDate(2019))
    now.end = PRESENT
    items = (
        Accomplishment(
            id="a",
            headline="Cut P1 incidents from 11 to 3 a month",
            role_id="r1",
            skill_ids=["s1", "s2"],
        ),
        Accomplishment(
            id="b", headline="Reduced Azure spend by 27%", role_id="r1", skill_ids=["s2", "s3"]
        ),
        Accomplishment(id="c", headline="ITIL rollout for 6 teams", role_id="r0", skill_ids=["s1"]),
    )
    profile = Profile(name="Dana", summary=SUMMARY)
    return CareerSnapshot(
        profile=profile, roles=(old, now), accomplishments=items, skills=(itil, azure, finops)
    )


def test_the_suggested_pitch_is_first_person_and_made_of_the_records() -> None:
    records = career()
    pitch = suggest_pitch(records, list(records.accomplishments))
    assert pitch == (
        "I work as IT Operations Manager at Fabrikam. "
        "Among other things, I cut P1 incidents from 11 to 3 a month. "
        "My work draws on ITIL, Azure and FinOps."
    )
    assert SUMMARY not in pitch


def test_the_pitch_names_the_top_results_role_and_keeps_acronyms() -> None:
    records = career()
    pitch = suggest_pitch(records, [records.accomplishments[2]])
    assert pitch.startswith("Most recently I worked as Sysadmin at Contoso. ")
    assert "Among other things, I ITIL rollout" in pitch  # "ITIL" keeps its capitals
    assert pitch.endswith("My work draws on ITIL.")


@pytest.mark.parametrize(
    ("language", "start"),
    [
        ("sv", "Jag arbetar som IT Operations Manager på Fabrikam."),
        ("de", "Ich arbeite als IT Operations Manager bei Fabrikam."),
        ("fr", "Je suis IT Operations Manager chez Fabrikam."),
        ("es", "Trabajo como IT Operations Manager en Fabrikam."),
    ],
)
def test_the_pitch_frames_are_in_the_chosen_language(language: str, start: str) -> None:
    records = career()
    pitch = suggest_pitch(records, list(records.accomplishments[:2]), language=language)
    assert pitch.startswith(start)
    # The user's own words stay as written: the headline is not translated or recased.
    assert "Cut P1 incidents from 11 to 3 a month" in pitch


def test_no_records_give_no_pitch_and_a_lone_role_gives_one_sentence() -> None:
    assert suggest_pitch(CareerSnapshot(profile=Profile(summary=SUMMARY)), []) == ""
    lone = CareerSnapshot(profile=Profile(), roles=(Role(employer="Contoso", title="Sysadmin"),))
    assert suggest_pitch(lone, []) == "Most recently I worked as Sysadmin at Contoso."


def test_a_result_the_pitch_tells_is_not_listed_again() -> None:
    records = career()
    best = list(records.accomplishments[:2])
    text = draft_letter(target(pitch=suggest_pitch(records, best)), records, best)
    bullets = [line for line in text.splitlines() if line.startswith(BULLET)]
    assert bullets == [f"{BULLET}Reduced Azure spend by 27%"]


def test_the_profiles_pitch_starts_from_the_strongest_results_newest_first() -> None:
    items = (
        Accomplishment(id="old", headline="Old big win", impact=5, date=PartialDate(2015)),
        Accomplishment(id="new", headline="New big win", impact=5, date=PartialDate(2024)),
        Accomplishment(id="small", headline="Small win", impact=2, date=PartialDate(2025)),
        Accomplishment(id="blank", headline="  ", impact=5, date=PartialDate(2025)),
    )
    records = CareerSnapshot(profile=Profile(), accomplishments=items)
    assert [a.id for a in strongest_results(records, 2)] == ["new", "old"]
    assert [a.id for a in strongest_results(records)] == ["new", "old", "small"]
