"""Tailoring's fast paths give what the plain way of working them out gives, to the last bit.

The index and the tokenizer are written for speed (bench/tailor.py: 10,000 accomplishments
ranked in under 50 ms after indexing): work done in C through map and set operations, factors
per distinct pair, a tokenizer pattern in an unusual form. Each test here holds one of those to
the straightforward computation it replaced, on an index big enough to take the paths a big
record takes (the thesaurus's regular expression from REGEX_FROM accomplishments on).
"""

import random
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.demo import demo_records
from resume_builder.services.tailoring import AccomplishmentIndex, extract_requirements
from resume_builder.services.tailoring.index import (
    HEADLINE_WEIGHT,
    K1,
    REGEX_FROM,
    B,
    ranking_weight,
)
from resume_builder.services.tailoring.text import TOKEN

TODAY = date(2026, 1, 15)
SEP = "\x1f"
# The tokenizer as it reads, before it was rewritten to skip between tokens faster.
PLAIN_TOKEN = re.compile(
    r"(?<![\w.])(?i:\.net)\b|[A-Za-z]\+\+|[A-Za-z]#(?![\w#])"
    r"|(?<![\w-])[^\W\d_]-[^\W\d_]\w*|\w+(?:[./&]\w+)*"
)
POSTING = """Head of Cloud Operations

Must have:
- Incident management and ITIL service management at scale
- Infrastructure as code with Terraform on AWS, Kubernetes in production
- Stakeholder management and budget ownership

Nice to have:
- Vendor management and contract negotiation
- Continuous delivery, observability, ISO 27001
"""


@given(
    st.text(alphabet=st.sampled_from("aZcCnNeEtT.+#/&_ -9é\n"), max_size=40) | st.text(max_size=40)
)
@settings(max_examples=3000, deadline=None)
def test_the_tokenizer_reads_as_its_plain_form(text):
    assert TOKEN.findall(text) == PLAIN_TOKEN.findall(text)


@pytest.mark.parametrize(
    "text",
    [".NET", "a.NET", "..net", ".net5", "x .NET", "ASP.NET", "C++", "xC++", "C#", "C#x", "C##"],
)
def test_the_tokenizer_reads_the_symbolic_names_as_its_plain_form(text):
    assert TOKEN.findall(text) == PLAIN_TOKEN.findall(text)


@pytest.fixture(scope="module")
def career():
    """The demo career and, past REGEX_FROM, its bullets recombined with other impacts and
    dates (some undated), as a big record is."""
    demo = CareerSnapshot.from_records(demo_records(TODAY))
    source = list(demo.accomplishments)
    rng = random.Random(14)
    items = []
    for i in range(REGEX_FROM + 200):
        head, body = rng.choice(source), rng.choice(source)
        items.append(
            Accomplishment(
                headline=f"{head.headline} ({i % 97})",
                situation=body.situation,
                action=body.action,
                result=rng.choice(source).result,
                metrics=[f"{rng.randint(1, 99)}% faster"],
                skill_ids=[s.id for s in rng.sample(list(demo.skills), 3)],
                impact=rng.randint(1, 5),
                date=None
                if i % 9 == 0
                else PartialDate(rng.randint(2008, 2025), rng.choice([None, *range(1, 13)])),
            )
        )
    snapshot = CareerSnapshot(profile=demo.profile, accomplishments=tuple(items))
    index = AccomplishmentIndex.build(snapshot)
    return demo, index, extract_requirements(POSTING, demo.skills, index)


def _keys(text: str) -> list[str]:
    return [k for k in text.split(SEP) if k]


def test_posting_lists_hold_each_documents_bm25_part(career):
    _, index, _ = career
    lengths = [
        len(_keys(body)) + HEADLINE_WEIGHT * len(_keys(head))
        for head, body in zip(index._head_text, index._body_text, strict=True)
    ]
    average = sum(lengths) / len(lengths)
    expected: dict[str, tuple[list[int], list[float]]] = {}
    for d, (head, body) in enumerate(zip(index._head_text, index._body_text, strict=True)):
        counts: dict[str, int] = {}
        for key in _keys(body) + _keys(head) * HEADLINE_WEIGHT:
            counts[key] = counts.get(key, 0) + 1
        norm = K1 * (1.0 - B + B * lengths[d] / average)
        for key, tf in counts.items():
            docs, parts = expected.setdefault(key, ([], []))
            docs.append(d)
            parts.append(tf * (K1 + 1.0) / (tf + norm))
    assert index._postings == expected
    assert list(index._postings) == list(expected)  # the vocabulary in first-mention order


def test_a_phrase_is_counted_where_its_keys_stand_side_by_side(career):
    _, index, _ = career
    phrases = {("incid", "manag"), ("stakehold", "manag"), ("major", "incid", "manag")}
    for head in index._head_text[:200]:
        keys = _keys(head)
        phrases.update(zip(keys, keys[1:], strict=False))
        phrases.update(zip(keys, keys[1:], keys[2:], strict=False))
    assert len(phrases) > 300
    for phrase in phrases:
        needle = SEP + SEP.join(phrase) + SEP
        expected = {}
        for d, (head, body) in enumerate(zip(index._head_text, index._body_text, strict=True)):
            tf = HEADLINE_WEIGHT * head.count(needle) + body.count(needle)
            if tf:
                expected[d] = tf
        assert index._phrase_counts(phrase) == expected, phrase


def test_recency_and_impact_factors_are_each_documents_own(career):
    _, index, _ = career
    fresh = TODAY.year + (TODAY.month - 1) / 12.0 - 2.0
    expected = [
        impact * (0.95 if when is None else max(0.85, 1.0 - 0.015 * max(0.0, fresh - when)))
        for impact, when in zip(index._impact, index._when, strict=True)
    ]
    assert index.factors(TODAY) == expected
    assert None in index._when
    assert len(index._pairs) == len(set(zip(index._impact, index._when, strict=True)))


@pytest.mark.parametrize("top", [None, 1, 10, 50])
def test_the_ranking_is_the_plain_sum_sorted(career, top):
    _, index, requirements = career
    factors = index.factors(TODAY)
    totals = [0.0] * index.size
    for requirement in requirements:
        for d, value in index.requirement_scores(requirement).items():
            totals[d] += ranking_weight(requirement) * value
    scored = sorted(
        ((total * factors[d], d) for d, total in enumerate(totals) if total),
        key=lambda pair: (-pair[0], pair[1]),
    )
    expected = [index.ids[d] for _, d in scored[:top]]
    ranked, matching = index.rank_counted(requirements, today=TODAY, top=top)
    assert [s.accomplishment_id for s in ranked] == expected
    assert matching == len(scored) > 100
    assert [s.score for s in ranked] == [round(score, 3) for score, _ in scored[:top]]


def test_ties_go_to_the_earlier_accomplishment():
    same = [Accomplishment(headline="Cut cloud spend on AWS", impact=3) for _ in range(4)]
    index = AccomplishmentIndex.from_accomplishments(same)
    requirements = extract_requirements("Must have: AWS", [], index)
    assert [s.accomplishment_id for s in index.rank(requirements, today=TODAY, top=2)] == [
        same[0].id,
        same[1].id,
    ]
    assert [s.accomplishment_id for s in index.rank(requirements, today=TODAY)] == [
        a.id for a in same
    ]
