"""The concept thesaurus: its data, its matcher, ranking through it and the explanation shown."""

import re
from collections import Counter
from datetime import date

import pytest

from resume_builder.cli.output import print_best
from resume_builder.domain.models import Accomplishment, Skill
from resume_builder.paths import resource
from resume_builder.services.tailoring import AccomplishmentIndex, Requirement, extract_requirements
from resume_builder.services.tailoring import index as index_module
from resume_builder.services.tailoring.concepts import (
    DOMAINS,
    Concept,
    Thesaurus,
    read_concepts,
    thesaurus,
)
from resume_builder.services.tailoring.results import Suggestion
from resume_builder.services.tailoring.text import term_keys

TODAY = date(2026, 1, 1)


def _ids(text: str) -> set[str]:
    return set(thesaurus().concepts_in(text))


# The data file.


def test_the_thesaurus_covers_every_field_in_both_languages():
    concepts = list(thesaurus().concepts.values())
    assert len(concepts) >= 200
    per_domain = Counter(c.domain for c in concepts)
    assert set(per_domain) == set(DOMAINS)
    assert min(per_domain.values()) >= 15
    for concept in concepts:
        assert concept.names_en and concept.names_sv, concept.id


def test_no_wording_belongs_to_two_concepts():
    assert thesaurus().clashes == []


def test_every_wording_is_something_the_tokenizer_keeps():
    for concept in thesaurus().concepts.values():
        for wording in concept.wordings():
            assert term_keys(wording), (concept.id, wording)


def test_the_readme_states_the_coverage_the_file_has():
    readme = resource("concepts", "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\w+) \| (\d+) \|$", readme, re.MULTILINE))
    per_domain = Counter(c.domain for c in thesaurus().concepts.values())
    assert {d: int(n) for d, n in table.items()} == dict(per_domain)
    assert f"{len(thesaurus())} concepts" in readme


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("seo\tmarketing\tsearch engine optimisation\n", "columns"),
        ("seo\tsports\tSEO\t\t\t\t\n", "unknown domain"),
        ("seo\tmarketing\tSEO\t\t\t\t\nseo\tmarketing\tPPC\t\t\t\t\n", "not unique"),
        ("seo.local\tmarketing\tlocal SEO\t\t\t\t\n", "narrower than 'seo'"),
    ],
)
def test_a_damaged_file_is_refused_with_its_line(tmp_path, line, message):
    path = tmp_path / "concepts.tsv"
    path.write_text("# comment\n" + line, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as raised:
        read_concepts(path)
    assert "line 2" in str(raised.value) or "line 3" in str(raised.value)


# The matcher.


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("We run IaC for every team", "infrastructure_as_code"),
        ("Owned the CI/CD release process", "continuous_delivery"),
        ("Built deployment pipelines", "continuous_delivery"),  # inflected
        ("Led FP&A for the group", "fpa"),
        ("search engine optimisation", "seo"),
        ("search engine optimization", "seo"),  # American spelling
        ("Briefed the board every month", "stakeholder_management"),
        ("Agreed the hiring plan", "headcount_planning"),
        ("Prepared the filings to the regulator", "regulatory_reporting"),
        ("erfarenhet av kontinuerlig leverans", "continuous_delivery"),  # Swedish
        ("ansvar för sökmotoroptimering", "seo"),
        ("platskoordinering och vårdplatser", "bed_management"),
    ],
)
def test_a_text_names_its_concept_in_any_wording(text, concept):
    assert concept in _ids(text)


def test_the_longest_wording_wins_where_wordings_overlap():
    small = Thesaurus(
        [
            Concept("crm", "sales", ("customer relationship management",)),
            Concept("relations", "management", ("relationship management",)),
        ]
    )
    assert small.concepts_in("customer relationship management") == ("crm",)
    assert small.concepts_in("relationship management") == ("relations",)
    spans = small.spans(term_keys("customer relationship management and relationship management"))
    assert [(s.concept_id, s.end - s.start) for s in spans] == [("crm", 3), ("relations", 2)]


def test_words_that_only_share_a_word_with_a_concept_name_none():
    assert _ids("We value honest feedback and good coffee") == set()
    assert "seo" not in _ids("search for a new engine")


def test_the_regular_expression_finds_what_the_key_scan_finds():
    concepts = thesaurus()
    texts = [
        "Cut churn by 4% with a loyalty programme and NPS follow-up calls",
        "Moved 40 services to infrastructure as code; CI/CD for all of them",
        "Customer relationship management rebuilt on Salesforce for 120 sellers",
        "Ledde förändringsarbete och kompetensförsörjning i kommunen",
    ]
    for text in texts:
        keys = term_keys(text)
        scanned: dict[str, float] = {}
        concepts.count_in(keys, scanned)
        joined: dict[str, float] = {}
        concepts.count_joined("\x1f" + "\x1f".join(keys) + "\x1f", joined)
        assert joined == scanned and joined, text


# Ranking through concepts.


def _index(*headlines: str) -> AccomplishmentIndex:
    return AccomplishmentIndex.from_accomplishments(
        [Accomplishment(id=f"a{n}", headline=h) for n, h in enumerate(headlines)]
    )


def test_a_requirement_matches_an_accomplishment_through_its_concept_and_says_how():
    index = _index(
        "Moved 40 services to infrastructure as code",
        "Renewed the office lease",
    )
    ranked = index.rank([Requirement("IaC", kind="acronym")], today=TODAY)
    assert [s.accomplishment_id for s in ranked] == ["a0"]
    assert ranked[0].explained() == ["IaC ≈ infrastructure as code"]


def test_an_exact_mention_outranks_a_concept_mention():
    index = _index(
        "Set up CI/CD for the billing team",
        "Set up continuous delivery for the billing team",
    )
    ranked = index.rank([Requirement("continuous delivery", kind="phrase")], today=TODAY)
    assert [s.accomplishment_id for s in ranked] == ["a1", "a0"]
    assert ranked[0].score > ranked[1].score > 0
    assert ranked[0].explained() == ["continuous delivery"]
    assert ranked[1].explained() == ["continuous delivery ≈ CI/CD"]


def test_a_skill_is_matched_by_its_own_names_only():
    # The user's aliases are their thesaurus: AWS and Azure are two skills to someone with both.
    index = _index("Moved 220 servers to Microsoft Azure", "Cut AWS spend by 32%")
    aws = Requirement(
        "Amazon Web Services", kind="skill", skill_id="s1", variants=("Amazon Web Services", "AWS")
    )
    ranked = index.rank([aws], today=TODAY)
    assert [s.accomplishment_id for s in ranked] == ["a1"]
    assert ranked[0].via == {}


def test_a_posting_word_that_is_a_skill_alias_stays_the_skill():
    skills = [Skill(id="s1", name="CI/CD", aliases=["continuous delivery"])]
    found = extract_requirements("You must have continuous delivery experience.", skills)
    assert [(r.term, r.kind) for r in found] == [("CI/CD", "skill")]


def test_big_records_find_the_same_concepts_as_small_ones(monkeypatch):
    headlines = [
        "Cut churn by 4% with a loyalty programme",
        "Moved 40 services to infrastructure as code",
        "Briefed the board on the hiring plan every quarter",
        "Renewed the office lease",
    ]
    requirements = [
        Requirement("customer retention", kind="phrase"),
        Requirement("IaC", kind="acronym"),
        Requirement("headcount planning", kind="phrase"),
    ]
    small = _index(*headlines).rank(requirements, today=TODAY)
    monkeypatch.setattr(index_module, "REGEX_FROM", 0)
    big = _index(*headlines).rank(requirements, today=TODAY)
    assert [(s.accomplishment_id, s.score, s.via) for s in big] == [
        (s.accomplishment_id, s.score, s.via) for s in small
    ]
    assert len(small) == 3


@pytest.mark.parametrize("regex_from", [1000, 0])
def test_a_number_inside_a_wording_does_not_hide_its_concept(monkeypatch, regex_from):
    # "Interviewed 25 users" is user research; "ISO 27001" keeps the number it is named by.
    monkeypatch.setattr(index_module, "REGEX_FROM", regex_from)
    index = _index(
        "Interviewed 25 users before the redesign",
        "Certified the data centre to ISO 27001",
        "Certified the data centre to ISO 9001",
        "Renewed the office lease",
    )
    research = index.rank([Requirement("UX", kind="acronym")], today=TODAY)
    assert [s.accomplishment_id for s in research] == ["a0"]
    assert research[0].explained() == ["UX ≈ Interviewed 25 users"]
    security = index.rank([Requirement("ISO 27001", kind="phrase")], today=TODAY)
    assert [s.accomplishment_id for s in security] == ["a1"]


@pytest.mark.parametrize("regex_from", [1000, 0])
def test_a_name_in_an_accomplishment_mentions_no_concept_but_its_own(monkeypatch, regex_from):
    # "Social Care" inside the inspectorate's name is no social-care work; a name that is a
    # wording itself, or the same words in prose or a title-case headline, still are.
    monkeypatch.setattr(index_module, "REGEX_FROM", regex_from)
    index = _index(
        "Led the ward through the Health and Social Care Inspectorate visit with no findings",
        "Cut delayed discharges to social care by 40%",
        "Social Care Discharge Lead for Three Hospitals",
        "Renewed the office lease",
    )
    social = index.rank([Requirement("elderly care", kind="phrase")], today=TODAY)
    assert [s.accomplishment_id for s in social] == ["a1", "a2"]
    index = _index("Reported monthly to the Care Quality Commission", "Renewed the office lease")
    governance = index.rank([Requirement("clinical governance", kind="phrase")], today=TODAY)
    assert [s.accomplishment_id for s in governance] == ["a0"]
    assert governance[0].explained() == ["clinical governance ≈ Care Quality Commission"]


def test_a_name_in_a_posting_asks_for_no_concept_but_its_own():
    posting = (
        "Requirements:\n"
        "- You meet the demands of the Health and Social Care Inspectorate.\n"
        "- Experience of home care for older people.\n"
    )
    index = _index(
        "Led the ward through the Health and Social Care Inspectorate visit",
        "Cut missed home care visits by 30%",
    )
    requirements = extract_requirements(posting, [], index)
    social = [r for r in requirements if r.concepts == ("social_care",)]
    assert [(r.term, r.variants, r.count) for r in social] == [("home care", (), 1)]
    matched = {s.accomplishment_id: s.matched for s in index.rank(requirements, today=TODAY)}
    assert "home care" in matched["a1"] and "home care" not in matched.get("a0", [])


def test_a_narrower_concept_answers_its_own_in_full_and_its_neighbours_in_part():
    index = _index(
        "Halved pressure ulcers on the ward in a year",
        "Lifted hand hygiene compliance from 71% to 95%",
        "Chaired the patient safety group for 3 years",
        "Renewed the office lease",
    )
    broad = index.rank([Requirement("patient safety", kind="phrase")], today=TODAY)
    assert {s.accomplishment_id for s in broad} == {"a0", "a1", "a2"}
    assert broad[0].accomplishment_id == "a2"  # its own words
    assert broad[1].explained() in (
        ["patient safety ≈ pressure ulcers"],
        ["patient safety ≈ hand hygiene"],
    )
    narrow = index.rank([Requirement("pressure injuries", kind="phrase")], today=TODAY)
    assert [s.accomplishment_id for s in narrow][0] == "a0"
    assert {s.accomplishment_id for s in narrow} == {"a0", "a1", "a2"}
    scores = {s.accomplishment_id: s.score for s in narrow}
    assert scores["a0"] > 1.5 * max(scores["a1"], scores["a2"])
    assert narrow[0].explained() == ["pressure injuries ≈ pressure ulcers"]


def test_the_command_line_shows_the_concept_that_matched(capsys):
    suggestion = Suggestion(
        "a1",
        "Moved 40 services to infrastructure as code",
        3.2,
        ["IaC", "AWS"],
        {"IaC": "infrastructure as code"},
    )
    print_best([suggestion], 1)
    assert "matches: IaC ≈ infrastructure as code, AWS" in capsys.readouterr().out


# The Swedish glossary's general job-ad words (issue 14).


def test_a_swedish_postings_general_words_read_as_the_records_english():
    bullets = [
        Accomplishment(headline="Moved the group onto one ERP in four countries"),
        Accomplishment(headline="Cut waiting times and improved patient flow in the ED"),
        Accomplishment(headline="Rebuilt the customer journey for the loyalty app"),
        Accomplishment(headline="Ran the annual staff engagement survey"),
    ]
    index = AccomplishmentIndex.from_accomplishments(bullets)
    posting = (
        "Vi söker dig som har erfarenhet av affärssystem, patientflöden och kundresan.\n"
        "Du följer upp medarbetarundersökning och väntetider."
    )
    terms = {r.term for r in extract_requirements(posting, [], index)}
    # "affärssystem" once read as "deal system" (affär + system); now it is the ERP.
    # "väntetider" (waiting times) is patient flow too: one requirement with "patientflöden".
    assert {"erp", "patient flow", "customer journey", "engagement survey"} <= terms
    assert not {"deal", "deal system"} & terms


def test_a_glossary_word_the_thesaurus_names_keeps_its_concept_in_english():
    # The general entries give a concept's Swedish name an English wording of the same
    # concept, so translating it never loses the concept.
    from resume_builder.services.tailoring.text import SWEDISH_TOKENS

    for word in ("patientflöde", "vårdplatser", "kundupplevelse", "målgrupper", "arbetsmiljö"):
        english = " ".join(SWEDISH_TOKENS[word])
        assert _ids(word) and _ids(word) <= _ids(english), (word, english)


def test_a_swedish_word_in_its_definite_form_is_read_as_the_glossary_word():
    # "sjukfrånvaron" (the sick leave) and "bemanningen" (the staffing) keep endings the
    # stemmer leaves on; the glossary lists "sjukfrånvaro" and "bemanning".
    from resume_builder.services.tailoring.text import SWEDISH_TOKENS

    assert SWEDISH_TOKENS["sjukfrånvaron"] == SWEDISH_TOKENS["sjukfrånvaro"] != ()
    assert SWEDISH_TOKENS["bemanningen"] == SWEDISH_TOKENS["bemanning"] != ()
    assert SWEDISH_TOKENS["kartong"] == ()  # an unknown word stays unknown
