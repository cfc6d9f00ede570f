"""Tailoring: read a job posting's requirements, rank accomplishments against them, report gaps.

The parts, each with one job: `text` turns prose into tokens and stems (with the Swedish
glossary), `requirements` reads a posting into requirements, `index` ranks accomplishments
against them, `gaps` reports coverage; `results` holds what they hand back.
"""

from resume_builder.services.tailoring.gaps import coverage
from resume_builder.services.tailoring.index import (
    HEADLINE_WEIGHT,
    IMPACT_STEP,
    MUST_HAVE_BOOST,
    RECENCY_FLOOR,
    RECENCY_FREE_YEARS,
    RECENCY_STEP,
    SATURATION,
    SKILL_TAG_WEIGHT,
    UNDATED_FACTOR,
    AccomplishmentIndex,
)
from resume_builder.services.tailoring.requirements import (
    KIND_WEIGHT,
    MAX_PHRASES,
    MAX_TERMS,
    SWEDISH_RECORD_SHARE,
    extract_requirements,
)
from resume_builder.services.tailoring.results import Coverage, Requirement, Suggestion
from resume_builder.services.tailoring.text import posting_language, stop_words, term_keys, tokenize

__all__ = [
    "HEADLINE_WEIGHT",
    "IMPACT_STEP",
    "KIND_WEIGHT",
    "MAX_PHRASES",
    "MAX_TERMS",
    "MUST_HAVE_BOOST",
    "RECENCY_FLOOR",
    "RECENCY_FREE_YEARS",
    "RECENCY_STEP",
    "SATURATION",
    "SKILL_TAG_WEIGHT",
    "SWEDISH_RECORD_SHARE",
    "UNDATED_FACTOR",
    "AccomplishmentIndex",
    "Coverage",
    "Requirement",
    "Suggestion",
    "coverage",
    "extract_requirements",
    "posting_language",
    "stop_words",
    "term_keys",
    "tokenize",
]
