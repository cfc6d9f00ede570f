"""Tests for the writing hints on accomplishment bullets."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_builder.domain.hints import (
    MAX_CHARS,
    MAX_WORDS,
    MIN_WORDS,
    Hint,
    HintKind,
    WritingHints,
    load_default_hints,
)

DATA_DIR = Path(__file__).parents[3] / "resources" / "data"
# Built once: Hypothesis refuses function-scoped fixtures, and the lists never change.
HINTS = load_default_hints(DATA_DIR)

K = HintKind
PRONOUNS = {"i", "me", "my", "mine", "myself", "we", "our", "ours", "ourselves", "us"}


def kinds(text: str) -> Counter[HintKind]:
    return Counter(hint.kind for hint in HINTS.check(text))


def only(text: str, kind: HintKind) -> list[Hint]:
    return [hint for hint in HINTS.check(text) if hint.kind is kind]


def read_list(name: str) -> list[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def bullet_of(words: int) -> str:
    """A bullet that passes every other check, with exactly `words` words."""
    return "Cut 30% " + " ".join(["costs"] * (words - 2))


# --- the shipped word lists -------------------------------------------------------------


def test_action_verbs_file_is_a_commented_list_of_lowercase_words() -> None:
    lines = (DATA_DIR / "action_verbs.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    verbs = read_list("action_verbs.txt")
    assert 200 <= len(verbs) <= 320
    assert len(verbs) == len(set(verbs))
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", verb) for verb in verbs), verbs


def test_action_verbs_are_past_tense() -> None:
    irregular = {
        "built",
        "cut",
        "drove",
        "grew",
        "led",
        "oversaw",
        "rebuilt",
        "rewrote",
        "sped",
        "taught",
        "troubleshot",
        "upsold",
        "won",
        "wrote",
    }
    verbs = read_list("action_verbs.txt")
    assert [verb for verb in verbs if not verb.endswith("ed") and verb not in irregular] == []


def test_action_verbs_include_the_usual_strong_verbs_and_no_weak_ones() -> None:
    verbs = set(read_list("action_verbs.txt"))
    assert {
        "accelerated",
        "automated",
        "built",
        "cut",
        "delivered",
        "launched",
        "led",
        "migrated",
        "negotiated",
        "reduced",
        "saved",
    } <= verbs
    assert (
        not {"responsible", "helped", "worked", "assisted", "participated", "involved", "tasked"}
        & verbs
    )


def test_weak_phrases_file_lists_the_usual_phrases() -> None:
    lines = (DATA_DIR / "weak_phrases.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    phrases = read_list("weak_phrases.txt")
    assert len(phrases) == len(set(phrases))
    assert all(phrase == phrase.lower().strip() for phrase in phrases)
    assert {
        "responsible for",
        "helped with",
        "helped",
        "worked on",
        "assisted with",
        "involved in",
        "participated in",
        "duties included",
        "tasked with",
        "in charge of",
    } <= set(phrases)


# --- good and bad bullets ---------------------------------------------------------------

GOOD_BULLETS = [
    (
        "Reduced cloud spend by 32% ($1.4M a year) by rightsizing 900 instances and adopting spot "
        "capacity"
    ),
    "Led a team of six engineers to ship the new billing platform two months ahead of schedule",
    (
        "Automated the nightly release checks, cutting the time from build to production from "
        "3 hours to 20 minutes"
    ),
    (
        "Negotiated a three-year supplier contract that saved 450 000 kr and halved delivery times "
        "across the Nordics"
    ),
    (
        "Co-founded the internal mentoring programme, which grew to a dozen cohorts and lifted "
        "retention across engineering"
    ),
    (
        "Migrated 40 services from a monolith to Kubernetes, doubling deploy frequency without "
        "any downtime"
    ),
    "Expanded sales into the US and Canada, growing annual revenue by 25% within two quarters",
    "Rebuilt the reworked onboarding flow so that 95% of new users finish setup on day one",
    (
        "Optimised I/O paths, i.e. the mined data feeds, using weekly status checks to cut latency "
        "by 30%"
    ),
    "reduced page load time from 4.2 s to 1.1 s by lazy-loading images on the product pages",
]


@pytest.mark.parametrize("text", GOOD_BULLETS)
def test_good_bullets_get_no_hints(text: str) -> None:
    assert HINTS.check(text) == []


BAD_BULLETS = [
    ("Responsible for the website", [K.ACTION_VERB, K.MEASURABLE, K.TOO_SHORT, K.WEAK_PHRASE]),
    (
        "Helped with onboarding new hires across the sales and support teams during rapid growth",
        [K.ACTION_VERB, K.MEASURABLE, K.WEAK_PHRASE],
    ),
    ("Reduced costs", [K.MEASURABLE, K.TOO_SHORT]),
    ("Reduced costs by 30%", [K.TOO_SHORT]),
    (
        "I reduced the monthly hosting bill by 30% by moving batch jobs to spot instances",
        [K.ACTION_VERB, K.FIRST_PERSON],
    ),
    (
        "Led the redesign of our checkout flow, which lifted conversion by 12% on mobile",
        [K.FIRST_PERSON],
    ),
    (
        "Built the reporting pipeline that the finance team relies on for every monthly close",
        [K.MEASURABLE],
    ),
    (
        "Worked on the payments service, improving p99 latency by 40% through caching",
        [K.ACTION_VERB, K.WEAK_PHRASE],
    ),
    (
        "32% fewer support tickets after rewriting the onboarding guide and the help pages",
        [K.ACTION_VERB],
    ),
    (
        "Participated in the data warehouse migration and was tasked with testing 200 reports",
        [K.ACTION_VERB, K.WEAK_PHRASE, K.WEAK_PHRASE],
    ),
    ("Launched 3 products " + " ".join(["reliably"] * 40), [K.TOO_LONG]),
    ("Managed the team", [K.MEASURABLE, K.TOO_SHORT]),
    (
        "We were in charge of the office move and I helped plan the seating for 80 people",
        [K.ACTION_VERB, K.FIRST_PERSON, K.WEAK_PHRASE, K.WEAK_PHRASE],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD_BULLETS)
def test_bad_bullets_get_exactly_the_expected_hints(text: str, expected: list[HintKind]) -> None:
    assert kinds(text) == Counter(expected)


def test_hints_come_in_a_fixed_order() -> None:
    text = "We were in charge of the move and helped plan seating"
    assert [hint.kind for hint in HINTS.check(text)] == [
        K.ACTION_VERB,
        K.MEASURABLE,
        K.FIRST_PERSON,
        K.WEAK_PHRASE,
        K.WEAK_PHRASE,
    ]


def test_messages_are_gentle_sentences() -> None:
    text = "We were in charge of the move and helped plan seating"
    for hint in HINTS.check(text) + HINTS.check("") + HINTS.check("x " * 50):
        assert hint.message[:1].isupper()
        assert hint.message.endswith(".")
        assert "must" not in hint.message.lower()


# --- empty ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\t  ", "\u00a0", "•", " - ", "* “"])
def test_empty_text_gets_a_single_empty_hint(text: str) -> None:
    hints = HINTS.check(text)
    assert [hint.kind for hint in hints] == [K.EMPTY]
    assert (hints[0].start, hints[0].end) == (-1, -1)
    assert hints[0].message


# --- action verb ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix",
    ["- ", "• ", "* ", "   ", "“", "– ", "—", "-\t", "•\u00a0", '"', "▪ ", "> ", "(", "-- "],
)
def test_leading_bullet_characters_are_skipped(prefix: str) -> None:
    assert HINTS.check(prefix + GOOD_BULLETS[0]) == []


def test_action_verb_span_points_past_the_bullet_characters() -> None:
    text = "  • “Helped the sales team close 12 deals in a single quarter"
    [hint] = only(text, K.ACTION_VERB)
    assert text[hint.start : hint.end] == "Helped"


def test_action_verb_span_covers_a_leading_number_token() -> None:
    text = "32% fewer support tickets after rewriting the onboarding guide and the help pages"
    [hint] = only(text, K.ACTION_VERB)
    assert (hint.start, hint.end) == (0, 3)


@pytest.mark.parametrize("word", ["REDUCED", "reduced", "Reduced", "rEdUcEd"])
def test_action_verb_is_case_insensitive(word: str) -> None:
    assert only(f"{word} hosting costs by 30% by moving batch jobs to spot", K.ACTION_VERB) == []


@pytest.mark.parametrize(
    "word",
    [
        "Responsible",
        "Helped",
        "Worked",
        "Assisted",
        "Reduce",
        "Reducing",
        "Reduces",
        "Leading",
        "The",
        "Successfully",
    ],
)
def test_only_verbs_from_the_list_count(word: str) -> None:
    text = f"{word} hosting costs by 30% by moving batch jobs to spot"
    assert len(only(text, K.ACTION_VERB)) == 1


@pytest.mark.parametrize("verb", ["Co-founded", "Re-engineered", "Co‐founded"])
def test_hyphenated_verbs_are_one_word(verb: str) -> None:
    assert only(f"{verb} a startup that grew to 40 staff within two years", K.ACTION_VERB) == []


def test_action_verb_message_suggests_verbs_from_the_list() -> None:
    [hint] = only("Was the person who ran 12 migrations for the data team", K.ACTION_VERB)
    assert "“Reduced”" in hint.message
    assert "“Led”" in hint.message


def test_action_verb_message_follows_a_custom_list() -> None:
    hints = WritingHints(frozenset({"zapped", "boosted"}), ())
    [hint] = [
        h
        for h in hints.check("Helped 12 teams ship faster across the whole company")
        if h.kind is K.ACTION_VERB
    ]
    assert "“Boosted”" in hint.message
    assert "“Zapped”" in hint.message


def test_an_empty_verb_list_flags_every_first_word_without_crashing() -> None:
    hints = WritingHints(frozenset(), ())
    [hint] = hints.check("Reduced hosting costs by 30% by moving batch jobs to spot")
    assert hint.kind is K.ACTION_VERB
    assert "“" not in hint.message


# --- measurable -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "30",
        "%",
        "$",
        "€",
        "£",
        "kr",
        "SEK",
        "two",
        "Three",
        "ten",
        "dozen",
        "double",
        "doubled",
        "halved",
        "tripled",
        "3x",
        "twice",
        "hundreds",
        "tenfold",
        "per cent",
        "a third",
        "zero",
    ],
)
def test_numbers_and_measurable_words_count_as_a_result(token: str) -> None:
    text = f"Streamlined the vendor review process by {token} across every regional office"
    assert only(text, K.MEASURABLE) == []


@pytest.mark.parametrize(
    "word",
    ["often", "tenant", "weight", "someone", "scaffolded", "network", "krona", "one", "halves"],
)
def test_number_words_inside_other_words_do_not_count(word: str) -> None:
    text = f"Streamlined the {word} review process across every regional office and channel"
    assert len(only(text, K.MEASURABLE)) == 1


def test_measurable_hint_is_about_the_whole_text() -> None:
    [hint] = only("Built the reporting pipeline for the monthly finance close", K.MEASURABLE)
    assert (hint.start, hint.end) == (-1, -1)


# --- length -----------------------------------------------------------------------------


def test_length_limits_are_the_documented_ones() -> None:
    assert (MIN_WORDS, MAX_WORDS, MAX_CHARS) == (8, 35, 240)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (MIN_WORDS - 1, [K.TOO_SHORT]),
        (MIN_WORDS, []),
        (MAX_WORDS, []),
        (MAX_WORDS + 1, [K.TOO_LONG]),
    ],
)
def test_word_count_limits(words: int, expected: list[HintKind]) -> None:
    text = bullet_of(words)
    assert len(text.split()) == words
    assert [hint.kind for hint in HINTS.check(text)] == expected


def test_too_long_message_says_the_number_of_words() -> None:
    [hint] = HINTS.check(bullet_of(42))
    assert hint.kind is K.TOO_LONG
    assert "42 words" in hint.message


def test_too_short_message_says_the_number_of_words() -> None:
    assert "3 words" in only("Cut costs 30%", K.TOO_SHORT)[0].message
    assert "1 word;" in only("Led", K.TOO_SHORT)[0].message


def test_bullet_characters_are_not_counted_as_words() -> None:
    text = "– Cut costs by 30% – across – all – offices"
    assert [hint.kind for hint in HINTS.check(text)] == [K.TOO_SHORT]


@pytest.mark.parametrize(("length", "expected"), [(MAX_CHARS, []), (MAX_CHARS + 1, [K.TOO_LONG])])
def test_character_limit(length: int, expected: list[HintKind]) -> None:
    base = "Cut 30% of the costs across all "
    text = base + "x" * (length - len(base))
    assert len(text) == length
    assert [hint.kind for hint in HINTS.check(text)] == expected


def test_too_long_by_characters_says_words_and_characters() -> None:
    text = "Standardized " + " ".join(["internationalization"] * 12) + " by 30%"
    [hint] = HINTS.check(text)
    assert hint.kind is K.TOO_LONG
    assert f"{len(text.split())} words" in hint.message
    assert f"{len(text)} characters" in hint.message


def test_five_thousand_character_bullet() -> None:
    text = ("Delivered 40% " + "more reliable releases " * 300)[:5000]
    assert len(text) == 5000
    hints = HINTS.check(text)
    assert [hint.kind for hint in hints] == [K.TOO_LONG]
    assert f"{len(text.split())} words" in hints[0].message


# --- first person -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("I reduced the monthly hosting bill by 30% by moving batch jobs", "I"),
        ("Reduced my team's on-call load by 40% by fixing flaky deployment checks", "my"),
        ("Led the redesign of OUR checkout flow, lifting conversion by 12%", "OUR"),
        ("Cut build times by 50% so that we could ship every single day", "we"),
        ("Built a churn model that let us win back 300 customers in a quarter", "us"),
        ("Shipped the app in 6 weeks. Us and two partners then scaled it to 10,000 users", "Us"),
        ("Led 4 releases; i shipped the mobile client alone and on time", "i"),
        ("Automated reporting for 12 teams, which I’m told saved a day a week", "I’m"),
        ("Launched 3 products after we’ve rebuilt the checkout and the catalogue", "we’ve"),
        ("Trained 20 new hires myself over two quarters in the support team", "myself"),
    ],
)
def test_first_person_span(text: str, pronoun: str) -> None:
    [hint] = only(text, K.FIRST_PERSON)
    assert text[hint.start : hint.end] == pronoun
    assert f"“{pronoun}”" in hint.message


def test_first_person_span_is_the_first_occurrence() -> None:
    text = "Cut our costs by 30% after I renegotiated my contracts with 5 vendors"
    [hint] = only(text, K.FIRST_PERSON)
    assert (hint.start, hint.end) == (4, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Expanded sales into the US and Canada, growing annual revenue by 25% in two quarters",
        "US expansion: opened 3 offices and hired 40 people across the east coast",
        "Opened 3 offices. US revenue then grew by 25% within two quarters of the launch",
        "Launched the Contact Us page, which cut support email volume by 20% in a month",
    ],
)
def test_us_as_the_country_or_a_name_is_not_a_pronoun(text: str) -> None:
    assert only(text, K.FIRST_PERSON) == []


@pytest.mark.parametrize(
    "word",
    [
        "Migrated",
        "using",
        "status",
        "mined",
        "weekly",
        "mean",
        "Myanmar",
        "ourselves-style",
        "i.e.",
        "I/O",
        "usable",
        "museum",
    ],
)
def test_pronouns_inside_other_words_do_not_count(word: str) -> None:
    text = f"Cut costs by 30% across {word} teams in every regional office"
    assert only(text, K.FIRST_PERSON) == []


# --- weak phrases -----------------------------------------------------------------------


def test_weak_phrase_span() -> None:
    text = "Built the billing tool and helped with the rollout to 30 teams"
    [hint] = only(text, K.WEAK_PHRASE)
    assert (hint.start, hint.end) == (text.index("helped with"), text.index(" the rollout"))
    assert "“helped with”" in hint.message


def test_longer_weak_phrase_wins_over_its_prefix() -> None:
    text = "Helped with the audit of 40 supplier contracts across every region"
    hints = only(text, K.WEAK_PHRASE)
    assert [(hint.start, hint.end) for hint in hints] == [(0, 11)]


def test_weak_phrases_ignore_case_and_spacing() -> None:
    text = "Cut costs by 30% and was RESPONSIBLE\n  FOR the vendor audit"
    [hint] = only(text, K.WEAK_PHRASE)
    assert text[hint.start : hint.end] == "RESPONSIBLE\n  FOR"


def test_one_hint_per_weak_phrase_in_text_order() -> None:
    text = "Helped plan 3 launches, worked on pricing and helped hire 5 engineers; worked on docs"
    hints = only(text, K.WEAK_PHRASE)
    assert [text[hint.start : hint.end] for hint in hints] == ["Helped", "worked on"]
    assert [hint.start for hint in hints] == [0, text.index("worked on")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebuilt the reworked onboarding flow so that 95% of new users finish setup on day one",
        "Built an unhelpedful-proof self-service portal used by 400 staff in 6 countries",
        "Cut the unhelped ticket queue by 30% by routing urgent issues to on-call staff",
        "Cut 30% of the hours reworked on legacy pages by adding a shared component library",
        "Cut costs by 30% with a networked inventory system for all 12 warehouses",
    ],
)
def test_weak_phrases_only_match_whole_words(text: str) -> None:
    assert only(text, K.WEAK_PHRASE) == []


def test_an_empty_weak_phrase_list_flags_nothing() -> None:
    hints = WritingHints(frozenset({"reduced"}), ("", "   "))
    assert hints.check("Reduced costs by 30% across all the regional offices in Europe") == []


# --- unicode ----------------------------------------------------------------------------


def test_swedish_bullet_does_not_crash() -> None:
    text = "Minskade kostnaderna med 30 %"
    hints = HINTS.check(text)
    assert [hint.kind for hint in hints] == [K.ACTION_VERB, K.TOO_SHORT]
    assert text[hints[0].start : hints[0].end] == "Minskade"


@pytest.mark.parametrize(
    "text",
    [
        "Ökade försäljningen med 30 % genom att bygga om webbutiken för 12 000 kunder",
        "🚀 Launched 3 products 🎉 across Zürich, Malmö and São Paulo in one year",
        "Réduit les coûts de 30 % grâce à l’automatisation des déploiements nocturnes",
        "削減しました 30% のコスト",
        "Reduced costs by 30% \u200b\u200b with zero\u2011width spaces and e\u0301 combining marks",
    ],
)
def test_unicode_bullets_get_valid_spans(text: str) -> None:
    hints = HINTS.check(text)
    assert all(isinstance(hint, Hint) for hint in hints)
    assert all(span_is_valid(hint, text) for hint in hints)
    assert K.MEASURABLE not in {hint.kind for hint in hints}


def test_unicode_first_word_span() -> None:
    text = "Ökade försäljningen med 30 % genom att bygga om webbutiken för 12 000 kunder"
    [hint] = only(text, K.ACTION_VERB)
    assert text[hint.start : hint.end] == "Ökade"


# --- loading and the data types ---------------------------------------------------------


def test_from_files_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    weak = tmp_path / "weak.txt"
    # A byte-order mark, as some Windows editors write, must not stick to the first verb.
    verbs.write_text("\ufeffFrobnicated\n\n# verbs\n  zapped  \n", encoding="utf-8")
    weak.write_text("# weak phrases\n\n  Dabbled   IN \n", encoding="utf-8")
    hints = WritingHints.from_files(verbs, weak)
    assert hints.check("Frobnicated 5 widgets across the whole fleet in a week") == []
    assert hints.check("zapped 5 widgets across the whole fleet in a week") == []
    [hint] = hints.check("Zapped 5 widgets and dabbled in the whole fleet in a week")
    assert hint.kind is K.WEAK_PHRASE
    # A comment line is no phrase, so its text in a bullet is not flagged.
    assert hints.check("Zapped 5 widgets across the fleet, # weak phrases and all") == []


def test_load_default_hints_reads_both_lists(tmp_path: Path) -> None:
    (tmp_path / "action_verbs.txt").write_text("# v\nzapped\n", encoding="utf-8")
    (tmp_path / "weak_phrases.txt").write_text("# w\nfiddled with\n", encoding="utf-8")
    hints = load_default_hints(tmp_path)
    text = "Zapped 5 bugs and fiddled with the build in a single week"
    assert [hint.kind for hint in hints.check(text)] == [K.WEAK_PHRASE]
    assert len(hints.check("Reduced 5 bugs and fixed the build in a single week")) == 1


def test_load_default_hints_fails_loudly_on_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        load_default_hints(tmp_path / "missing")


def test_hint_is_frozen_and_defaults_to_the_whole_text() -> None:
    hint = Hint(K.MEASURABLE, "Add a number.")
    assert (hint.start, hint.end) == (-1, -1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        hint.start = 3  # type: ignore[misc]


def test_hint_kind_values_are_stable_text() -> None:
    assert {kind.value for kind in HintKind} >= {
        "empty",
        "action_verb",
        "measurable",
        "too_short",
        "too_long",
        "first_person",
        "weak_phrase",
    }
    assert HintKind("too_long") is K.TOO_LONG
    assert K.EMPTY == "empty"


# --- properties -------------------------------------------------------------------------


def span_is_valid(hint: Hint, text: str) -> bool:
    if (hint.start, hint.end) == (-1, -1):
        return True
    return 0 <= hint.start < hint.end <= len(text)


WEAK = set(read_list("weak_phrases.txt"))
VOCABULARY = [
    "Reduced",
    "led",
    "Helped",
    "helped with",
    "worked on",
    "responsible for",
    "I",
    "me",
    "US",
    "Us",
    "us",
    "our",
    "we’ve",
    "30%",
    "$",
    "kr",
    "doubled",
    "the",
    "team",
    "-",
    "•",
    "“",
    "”",
    ".",
    ",",
    "i.e.",
    "I/O",
    "Ö",
    "🚀",
    "\u00a0",
    "\t",
    "\n",
    "",
]
bullets_from_vocabulary = st.lists(st.sampled_from(VOCABULARY), max_size=60).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "", "  ", "\n", ". "]), min_size=len(words), max_size=len(words)
    ).map(lambda gaps: "".join(gap + word for gap, word in zip(gaps, words, strict=True)))
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(st.text(), bullets_from_vocabulary))
def test_check_never_raises_and_spans_lie_within_the_text(text: str) -> None:
    hints = HINTS.check(text)
    assert all(isinstance(hint, Hint) and isinstance(hint.kind, HintKind) for hint in hints)
    assert all(span_is_valid(hint, text) for hint in hints)
    assert all(hint.message for hint in hints)
    if any(hint.kind is K.EMPTY for hint in hints):
        assert len(hints) == 1
    for hint in hints:
        covered = text[hint.start : hint.end]
        if hint.kind is K.FIRST_PERSON:
            assert re.split(r"['’]", covered)[0].casefold() in PRONOUNS
        elif hint.kind is K.WEAK_PHRASE:
            assert " ".join(covered.casefold().split()) in WEAK
        elif hint.kind is K.ACTION_VERB:
            assert covered and not covered.isspace()
