"""What a résumé or a cover letter holds beyond the records: the choices made for one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: bullets per role by recency rank (newest role first); older roles get the last number
DEFAULT_BULLET_BUDGET = (6, 5, 3, 2)


@dataclass
class ResumeOptions:
    """What goes into a résumé beyond the records themselves."""

    language: str = "en"
    headline: str | None = None  # overrides the profile's headline (for a target)
    summary: str | None = None  # overrides the profile's summary
    #: accomplishment ids in the order to show them; None = choose by impact and recency
    selected_ids: list[str] | None = None
    #: the selected ids are a suggestion (best first), so fitting a page target may shorten
    #: them as it would an automatic choice; False: the user chose them, fitting only reports
    fit_choice: bool = False
    #: per-accomplishment wording for this résumé only (id -> bullet text)
    rewordings: dict[str, str] = field(default_factory=dict)
    hidden_role_ids: set[str] = field(default_factory=set)
    bullet_budget: tuple[int, ...] = DEFAULT_BULLET_BUDGET
    #: section keys left out (e.g. by fitting to a page target)
    omitted_sections: set[str] = field(default_factory=set)
    #: accomplishment ids left out of an automatic choice (e.g. by fitting), and certificate
    #: ids left out by fitting
    omitted_ids: set[str] = field(default_factory=set)
    #: each skills group on one line, its least-proven skills left out (fitting does this
    #: before any bullet goes)
    compact_skills: bool = False
    #: the certificates a posting asks for (a résumé cut for a target); None: no posting, so
    #: every certificate counts as relevant
    relevant_certification_ids: set[str] | None = None
    page_target: int | None = 2
    #: a fit to the page target decides how many bullets each role shows (a PDF or DOCX
    #: export): the bullets past `bullet_budget` are offered too, the first to go, so room a
    #: page has left is filled; False (text formats, no fit): the budget is the limit
    offer_past_budget: bool = False
    #: certificates that lapsed before `today` are left out unless this asks for them
    include_expired: bool = False
    #: the skills to list, in order, on a résumé cut for a posting (the ones it asks for
    #: first, then those the résumé's bullets show); None: every skill the record proves
    skill_ids: list[str] | None = None
    today: date | None = None


@dataclass
class LetterOptions:
    """A cover letter's text and what it is for.

    Attributes:
        text: the letter as the user wrote it: paragraphs apart by a blank line, lines
            starting with "• ", "- " or "* " as bullets (see `services.cover_letter`).
        company: the employer it goes to (for the document's title).
        title: the role applied for (for the document's title).
        language: the language of the date line, the subject line and the document's
            properties (the text itself stays as written).
        today: the date the letter carries; None for the day it is made.

    """

    text: str
    company: str = ""
    title: str = ""
    language: str = "en"
    today: date | None = None
