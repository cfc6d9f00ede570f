"""The cover letter draft: role and company named, the records cited, nothing invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from resume_builder.domain.models import Accomplishment, Profile, Target
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.cover_letter import (
    BULLET,
    LETTER_TEMPLATES,
    draft_letter,
    letter_template,
)
from resume_builder.services.demo import demo_records
from resume_builder.services.targets import best_accomplishments

SUMMARY = "Operations leader for payments and retail platforms across eleven countries."
RESULTS = (
    "Cut priority-1 incidents from 11 to 3 a month",
    "Reduced Azure spend by 27% (€820K a year) with FinOps showback",
    "Merged 3 service desks into one for 6,500 users",
    "Led the ISO 27001 audit to certification",
)


def snapshot(*, name: str = "Dana Lindqvist", summary: str = SUMMARY) -> CareerSnapshot:
    items = tuple(Accomplishment(id=f"a{n}", headline=text) for n, text in enumerate(RESULTS))
    return CareerSnapshot(profile=Profile(name=name, summary=summary), accomplishments=items)


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


def test_the_draft_quotes_the_summary_and_exactly_the_best_results_in_order() -> None:
    records = snapshot()
    best = [records.accomplishments[2], records.accomplishments[0], records.accomplishments[3]]
    text = draft_letter(target(), records, best)
    assert SUMMARY in paragraphs(text)
    bullets = [line[len(BULLET) :] for line in text.splitlines() if line.startswith(BULLET)]
    assert bullets == [RESULTS[2], RESULTS[0], RESULTS[3]]
    # The intro sentence and its list are one paragraph, after the summary.
    results = next(p for p in paragraphs(text) if BULLET in p)
    assert results.splitlines()[0] == LETTER_TEMPLATES["en"]["results_intro"]
    assert paragraphs(text).index(SUMMARY) < paragraphs(text).index(results)


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


def test_the_targets_summary_wins_over_the_profiles() -> None:
    text = draft_letter(target(summary="Tailored summary for retail."), snapshot(), [])
    assert "Tailored summary for retail." in paragraphs(text)
    assert SUMMARY not in text


@pytest.mark.parametrize("language", ["en", "sv"])
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
    record_texts = {records.profile.name, records.profile.summary, *RESULTS}
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


def test_an_empty_summary_and_no_results_leave_no_gap() -> None:
    text = draft_letter(target(), snapshot(summary="  \n "), [])
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
    assert records.profile.summary in text
    for item in best:
        assert f"{BULLET}{item.headline}" in text
    assert text.endswith(f"Kind regards,\n{records.profile.name}")
    # The date belongs to the exported document, not to the text the user edits.
    assert "2026" not in text.replace(records.profile.summary, "")
