"""Requirements without noise: generic words, must-haves from sections and repetition, weights."""

from resume_builder.domain.models import Accomplishment
from resume_builder.services.tailoring import AccomplishmentIndex, extract_requirements
from resume_builder.services.tailoring.requirements import MUST_REPEATS, NICE_WEIGHT


def _by_term(posting: str, index=None) -> dict:
    return {r.term.casefold(): r for r in extract_requirements(posting, [], index)}


def test_generic_words_never_become_requirements_on_their_own():
    posting = (
        "Must have:\n"
        "- You handle a professional level of work in our app\n"
        "- A passion for dynamic solutions and experience as a team player\n"
        "- You handle escalations; the app, the level and the solutions are yours\n"
        "- Professional, dynamic, passion, handle, level, app\n"
    )
    found = _by_term(posting)
    generic = {"handle", "level", "professional", "app", "passion", "dynamic", "solutions"}
    assert not generic & set(found)
    assert "team player" not in found
    assert "professional level" not in found


def test_a_generic_word_may_stand_in_a_phrase_that_says_more():
    posting = "We need app analytics.\nApp analytics drives the roadmap.\n"
    found = _by_term(posting)
    assert "app analytics" in found
    assert "app" not in found


def test_must_haves_come_from_the_sections_that_say_so():
    posting = (
        "About the role:\nYou will improve reconciliations.\n\n"
        "Requirements:\n- Treasury\n\n"
        "Nice to have:\n- Payroll\n"
    )
    found = _by_term(posting)
    assert found["treasury"].must_have
    assert not found["payroll"].must_have


def test_a_requirement_said_often_is_a_must_have_wherever_it_stands():
    said = " ".join(["We care about reconciliations."] * MUST_REPEATS)
    found = _by_term(f"About the role:\n{said}\n")
    assert found["reconciliations"].count == MUST_REPEATS
    assert found["reconciliations"].must_have
    once_more_rarely = _by_term("About the role:\nWe care about reconciliations and ledgers.\n")
    assert not any(r.must_have for r in once_more_rarely.values())


def test_a_nice_to_have_weighs_less_than_the_same_ask_in_the_job_itself():
    job = _by_term("About the role:\nYou run treasury and cash forecasting.\n")
    nice = _by_term("Nice to have:\n- Treasury and cash forecasting\n")
    assert nice["treasury"].weight == round(job["treasury"].weight * NICE_WEIGHT, 2)
    assert not nice["treasury"].must_have


def test_a_concept_is_a_requirement_at_its_first_mention_and_weighs_more_than_a_word():
    posting = (
        "About the role:\nYou will own search engine optimisation for our shop, and talk to "
        "wholesalers twice: wholesalers matter.\n"
    )
    found = _by_term(posting)
    seo = found["search engine optimisation"]
    assert seo.concepts == ("seo",)
    assert seo.count == 1
    assert seo.weight > found["wholesalers"].weight


def test_a_concept_named_in_two_ways_is_one_requirement_with_both_wordings():
    posting = "Requirements:\n- Continuous delivery (CI/CD) for 40 services\n"
    found = [r for r in extract_requirements(posting, []) if r.concepts]
    assert len(found) == 1
    assert found[0].concepts == ("continuous_delivery",)
    assert set(found[0].wordings()) == {"continuous delivery", "CI/CD"}
    assert found[0].must_have


def test_a_concept_requirement_ranks_the_record_that_names_it_differently():
    index = AccomplishmentIndex.from_accomplishments(
        [
            Accomplishment(id="seo", headline="Doubled organic traffic in a year"),
            Accomplishment(id="lease", headline="Renewed the office lease"),
        ]
    )
    requirements = extract_requirements("Requirements:\n- Search engine optimisation\n", [], index)
    ranked = index.rank(requirements)
    assert [s.accomplishment_id for s in ranked] == ["seo"]
    assert ranked[0].explained() == ["search engine optimisation ≈ organic traffic"]


def test_a_section_about_the_role_ends_the_one_about_the_company():
    # "Om rollen" after "Om företaget" is the job itself, not more of the company blurb.
    posting = (
        "Om företaget\nVi tillverkar förpackningar av kartong.\n\n"
        "Om rollen\nDu ansvarar för månadsbokslut och likviditetsplanering.\n\n"
        "Ansvarsområden\n- Leda koncernredovisning enligt K3.\n"
    )
    terms = {r.term for r in extract_requirements(posting, [])}
    # månadsbokslut and koncernredovisning, read into English
    assert {"month end close", "group consolidation"} <= terms
    assert "kartong" not in terms


def test_a_word_the_posting_only_says_as_a_verb_is_no_requirement():
    # "train" is what the job does; the bullet that opens with "Trained" is about something else.
    index = AccomplishmentIndex.from_accomplishments(
        [
            Accomplishment(id="ecg", headline="Trained 80 nurses in ECG interpretation"),
            Accomplishment(id="triage", headline="Cut waiting times in triage by a third"),
        ]
    )
    posting = (
        "Requirements:\n"
        "- You can train new staff in triage and improve waiting times\n"
        "- Improve triage, to train others\n"
    )
    found = _by_term(posting, index)
    assert "train" not in found and "improve" not in found
    ranked = index.rank(extract_requirements(posting, [], index))
    assert [s.accomplishment_id for s in ranked] == ["triage"]


def test_the_same_word_said_as_a_noun_stays_a_requirement():
    posting = "Requirements:\n- Ownership of the budget\n- You plan and budget\n"
    assert "budget" in _by_term(posting)


def test_an_irregular_verb_the_posting_only_says_as_a_verb_is_no_requirement():
    # "run" and "lead" have no "-ed" form to be found by; "a leading run club" would be nouns.
    index = AccomplishmentIndex.from_accomplishments(
        [
            Accomplishment(id="app", headline="Built a running-buddy app for the run club"),
            Accomplishment(id="crm", headline="Moved 65 stores onto one CRM"),
        ]
    )
    posting = "Requirements:\n- You will run our CRM and lead its roll-out\n- Able to run CRM\n"
    found = _by_term(posting, index)
    assert "run" not in found and "lead" not in found
    ranked = index.rank(extract_requirements(posting, [], index))
    assert [s.accomplishment_id for s in ranked] == ["crm"]


def test_a_swedish_word_a_bilingual_record_knows_is_read_in_both_languages():
    # The record says "felsökning" in a Swedish bullet and "troubleshooting" in an English
    # one: a Swedish posting asking for it finds both.
    index = AccomplishmentIndex.from_accomplishments(
        [
            Accomplishment(id="sv", headline="Ledde felsökning för sju bolag på fem dagar"),
            Accomplishment(id="en", headline="Cut troubleshooting time from 12 to 5 hours"),
            Accomplishment(id="other", headline="Renewed the office lease for three years"),
        ]
    )
    posting = (
        "Om rollen\nVi söker en driftchef.\n\n"
        "Ansvarsområden\n- Ansvara för felsökning i våra system.\n- Leda felsökning.\n"
    )
    ranked = {s.accomplishment_id for s in index.rank(extract_requirements(posting, [], index))}
    assert ranked == {"sv", "en"}
