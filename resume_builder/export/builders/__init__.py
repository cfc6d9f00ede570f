"""Builders: career records in, a neutral document tree out (résumé and Career Management Document).

Builders decide content and order; renderers decide looks. A builder never reads storage: it
gets a `CareerSnapshot`, an immutable copy taken by the caller.

One module per document: `resume`, `career` (the CMD), `letter`; `background` holds the
sections a résumé and the CMD share, `common` the helpers every builder uses.
"""

from resume_builder.domain.options import DEFAULT_BULLET_BUDGET, LetterOptions, ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.career import build_career_document
from resume_builder.export.builders.common import rank_for_resume
from resume_builder.export.builders.letter import build_cover_letter
from resume_builder.export.builders.resume import (
    OPTIONAL_SECTIONS,
    SECTION_PREFIX,
    ResumeContent,
    build_resume,
)

__all__ = [
    # domain types, re-exported for callers that still import them from here
    "DEFAULT_BULLET_BUDGET",
    "CareerSnapshot",
    "LetterOptions",
    "ResumeOptions",
    # the builders
    "OPTIONAL_SECTIONS",
    "SECTION_PREFIX",
    "ResumeContent",
    "build_career_document",
    "build_cover_letter",
    "build_resume",
    "rank_for_resume",
]
