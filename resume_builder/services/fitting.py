"""Fitting a résumé to its page target: which removable items to leave out, found by counting
the pages of drafts.

Every draft is a typesetting (the PDF renderer lays the pages out and counts them), the most
expensive step of an export, so a fit asks as few as it can: each set of left-out items is
counted once (`Drafts`), the search for how many must go starts from the fewest, and the
drafts share their paragraphs' line breaks (`render_pdf.LayoutCache`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import SECTION_PREFIX, build_resume
from resume_builder.export.builders.resume import (
    SKILLS_ONE_LINE,
    WHY_BEYOND_BUDGET,
    WHY_WEIGHT,
    ResumeContent,
)
from resume_builder.export.document import Document
from resume_builder.export.style import Style

#: how many left-out items the refill tries to put back (each try is a typesetting)
REFILL_TRIES = 24


def count_pages(document: Document, style: Style, page_size: str, layout=None) -> int:
    """How many pages the document takes when typeset (the PDF renderer decides; the pages
    are laid out and counted, no PDF is made). `layout` is a `render_pdf.LayoutCache` the
    drafts of one fit share.
    """
    from resume_builder.export.render_pdf import render_pdf

    return render_pdf(
        document, style, None, page_size=page_size, count_only=True, layout=layout
    ).pages


class Drafts:
    """The drafts of one résumé's fit: the pages it takes with given items left out, each set
    of items typeset at most once (the search and the refill ask about the same sets).
    """

    def __init__(self, options: ResumeOptions, snapshot: CareerSnapshot, style: Style, page_size):
        from resume_builder.export.render_pdf import LayoutCache

        self.options, self.snapshot, self.style, self.page_size = (
            options,
            snapshot,
            style,
            page_size,
        )
        self.layout = LayoutCache()
        self._pages: dict[frozenset[str], int] = {}

    def count(self, document: Document, dropped: Iterable[str] = ()) -> int:
        """The pages of a draft already built with `dropped` left out."""
        key = frozenset(dropped)
        if key not in self._pages:
            self._pages[key] = count_pages(document, self.style, self.page_size, self.layout)
        return self._pages[key]

    def pages(self, dropped: Iterable[str]) -> int:
        """The pages the résumé takes with these removable items left out (the order of the
        items does not matter: they are left out by section, id and flag).
        """
        dropped = list(dropped)
        known = self._pages.get(frozenset(dropped))
        if known is not None:
            return known
        options = options_leaving_out(self.options, dropped)
        return self.count(build_resume(self.snapshot, self.style, options).document, dropped)

    def fits(self, dropped: Iterable[str]) -> bool:
        """Whether the résumé reaches its page target with these items left out."""
        return self.pages(dropped) <= self.options.page_target


def options_leaving_out(options: ResumeOptions, dropped: list[str]) -> ResumeOptions:
    """The résumé options with the given removable items left out."""
    sections = {d[len(SECTION_PREFIX) :] for d in dropped if d.startswith(SECTION_PREFIX)}
    ids = {d for d in dropped if not d.startswith(SECTION_PREFIX) and d != SKILLS_ONE_LINE}
    changed = replace(options, omitted_sections=options.omitted_sections | sections)
    changed.compact_skills = options.compact_skills or SKILLS_ONE_LINE in dropped
    # Certificates are left out by id whether or not the bullets were chosen.
    changed.omitted_ids = options.omitted_ids | ids
    if options.selected_ids is not None:
        changed.selected_ids = [i for i in options.selected_ids if i not in ids]
    return changed


def fewest_to_drop(drafts: Drafts, removable: list[str], start: int = 0) -> int | None:
    """How many of the removable items (least important first) must go to reach the page
    target; None when even all of them are not enough. `start` items are known to go and
    not to be enough (the bullets past each role's budget).

    Leaving out more never adds pages, so the answer is the smallest count that fits. It is
    looked for from the fewest up, doubling (1, 2, 4, ... past `start`) and then halving the
    last gap: a résumé a little over its target (the usual case) is settled in two or three
    drafts, where halving the whole list took five or six.
    """
    if drafts.options.page_target is None or len(removable) <= start:
        return None

    def fits_without(count: int) -> bool:
        return drafts.fits(removable[:count])

    step = 1
    low = high = start + 1  # every count below `low` does not fit
    while not fits_without(high):
        if high == len(removable):
            return None
        step *= 2
        low, high = high + 1, min(start + step, len(removable))
    while low < high:
        middle = (low + high) // 2
        if fits_without(middle):
            high = middle
        else:
            low = middle + 1
    return high


def refill(
    drafts: Drafts,
    dropped: list[str],
    why: dict[str, str] | None = None,
    also_out: Sequence[str] = (),
) -> list[str]:
    """What may stay left out once the room the cuts freed is filled again.

    Cutting the least important items until the target is reached overshoots: the last item
    cut may leave most of a page empty. Each left-out item, the most important first, is put
    back while the résumé still reaches its target. With `why` (item -> a WHY_* key), nothing
    lighter (WHY_WEIGHT) is put back while something heavier stays out: a short old bullet
    does not return where a recent role's third did not fit, nor full skills lines where a
    bullet did not. `also_out` stays out of every draft (and of the result). Returns the
    items still left out, in their original order.
    """
    left_out = list(dropped)
    why = why or {}
    heaviest_out = -1  # the weight of the heaviest item that stays out
    tries = 0
    for item in reversed(dropped):
        if _weight(why, item) < heaviest_out:
            continue
        if tries == REFILL_TRIES:
            break
        tries += 1
        trial = [kept for kept in left_out if kept != item]
        if drafts.fits([*also_out, *trial]):
            left_out = trial
        else:
            heaviest_out = max(heaviest_out, _weight(why, item))
    return left_out


def _weight(why: dict[str, str], item: str) -> int:
    """How much a removable item weighs (WHY_WEIGHT), by why it may go."""
    return WHY_WEIGHT.get(why.get(item, ""), 0)


def past_budget(content: ResumeContent) -> int:
    """How many bullets past their role's budget lead the résumé's removable items (they are
    offered only to fill room: see `ResumeOptions.offer_past_budget`).
    """
    count = 0
    for item in content.removable:
        if content.why.get(item) != WHY_BEYOND_BUDGET:
            break
        count += 1
    return count


def fill_past_budget(
    drafts: Drafts, left_out: list[str], spare: list[str], why: dict[str, str]
) -> list[str]:
    """`left_out` with as many of the `spare` bullets (the least wanted first) put back as the
    page target allows, the most wanted first; none while anything heavier than a section
    stays out (a role's own bullet is worth more than one past a budget).

    More bullets never take fewer pages, so how many fit is found by doubling, then halving:
    one draft when the page has no room for the first (the usual case), a few for forty
    bullets, where putting them back one by one took forty.
    """
    spare_set = set(spare)
    others = [item for item in left_out if item not in spare_set]
    if any(_weight(why, item) > 0 for item in others):
        return left_out
    wanted = list(reversed(spare))  # the most wanted first

    def fits_with(count: int) -> bool:
        return drafts.fits([*wanted[count:], *others])

    if not wanted or not fits_with(1):
        return left_out
    low, bound = 1, 2  # `low` bullets back fit
    while bound <= len(wanted) and fits_with(bound):
        low, bound = bound, bound * 2
    high = min(bound - 1, len(wanted))  # `bound` does not fit, or is past the end
    while low < high:
        middle = (low + high + 1) // 2
        if fits_with(middle):
            low = middle
        else:
            high = middle - 1
    back = set(wanted[:low])
    return [item for item in left_out if item not in back]
