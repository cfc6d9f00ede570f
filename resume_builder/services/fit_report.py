"""The fit report: how a résumé meets its page target, what fitting cut and why, and the
readable names of what can be cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import SECTION_PREFIX
from resume_builder.export.builders.resume import (
    EARLIER_CAREER_YEARS,
    EARLIER_PREFIX,
    RECENT_BULLETS,
    SCOPE_PREFIX,
    SKILLS_ONE_LINE,
    SUMMARY_SENTENCES,
    SUMMARY_SHORT,
    WHY_BEYOND_BUDGET,
    WHY_CERT_ASKED,
    WHY_CERT_UNASKED,
    WHY_EARLIER_LINE,
    WHY_EXTRA_BULLET,
    WHY_OLDER_BULLET,
    WHY_RECENT_BULLET,
    WHY_SCOPE,
    WHY_SECTION,
    WHY_SKILLS,
    WHY_SUMMARY,
    ResumeContent,
    earlier_career_line,
)
from resume_builder.export.document import inline_text
from resume_builder.export.locale import heading, with_count

#: a cut of roles listed one line each under "Earlier career" (not a removable item)
WHY_EARLIER_CAREER = "earlier_career"


@dataclass(frozen=True)
class Cut:
    """One kind of thing fitting cut, from one record: what, how many, and why.

    `why` is a WHY_* key of `export.builders.resume` or WHY_EARLIER_CAREER; `what` names the
    record ("Acme AB (2009–2012)", a certificate, a section's heading; for the earlier career
    the year its roles ended before).
    """

    why: str
    what: str
    count: int = 1

    def describe(self) -> str:
        """The cut and its reason, in English (the window says it in its own language)."""
        n, what = self.count, self.what
        bullets = with_count(n, "bullet", "bullets")
        if self.why == WHY_SECTION:
            return f"the {what} section: missed least, so it goes before any bullet"
        if self.why == WHY_CERT_UNASKED:
            return f"the certification {what}: the posting does not ask for it"
        if self.why == WHY_SKILLS:
            return "skills shortened to one line per group: before any bullet goes"
        if self.why == WHY_SCOPE:
            return f"the scope line of {what}: a role's results say more than its description"
        if self.why == WHY_SUMMARY:
            return (
                f"the summary after its first {SUMMARY_SENTENCES} sentences: before any bullet goes"
            )
        if self.why == WHY_BEYOND_BUDGET:
            return f"{bullets} past what a résumé lists for each role: no room left for them"
        if self.why == WHY_EARLIER_LINE:
            lines = with_count(n, "line", "lines")
            return f"{lines} under Earlier career, the oldest first: before an older role's bullets"
        if self.why == WHY_OLDER_BULLET:
            return (
                f"{bullets} of {what}: an older role, cut before a recent role's "
                f"first {RECENT_BULLETS}"
            )
        if self.why == WHY_EXTRA_BULLET:
            return f"{bullets} of {what}: beyond a recent role's first {RECENT_BULLETS}"
        if self.why == WHY_CERT_ASKED:
            return f"the certification {what}: no room once older bullets had gone"
        if self.why == WHY_RECENT_BULLET:
            return f"{bullets} of {what}: no room once everything less important had gone"
        if self.why == WHY_EARLIER_CAREER:
            roles = with_count(n, "role", "roles")
            return (
                f"{roles} that ended before {what} listed under Earlier career (title, "
                f"employer, years): older than {EARLIER_CAREER_YEARS} years"
            )
        return what


@dataclass
class FitReport:
    """How the résumé fits its page target."""

    pages: int
    target: int | None
    #: what would have to go to reach the target (when over it and the user chose the bullets)
    would_drop: list[str] = field(default_factory=list)
    #: what the automatic choice left out to reach the target
    left_out: list[str] = field(default_factory=list)
    #: what fitting cut and why, record by record, the least important first
    cuts: list[Cut] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        return self.target is None or self.pages <= self.target

    def describe(self) -> str:
        """One or two sentences for the user, then what was cut and why, one line each."""
        reasons = "".join(f"\n- {cut.describe()}" for cut in self.cuts)
        return self._summary() + (f"\nCut:{reasons}" if reasons else "")

    def _summary(self) -> str:
        pages = with_count(self.pages, "page", "pages")
        if self.fits:
            text = f"{pages}" + (f", within the {self.target}-page target." if self.target else ".")
            if len(self.left_out) == 1:
                text += f" Left out to fit: 1 item, “{self.left_out[0]}”."
            elif self.left_out:
                text += f" Left out to fit: {len(self.left_out)} items, first “{self.left_out[0]}”."
            return text
        if not self.would_drop:
            text = f"{pages}: over the {self.target}-page target even without any optional part."
            if len(self.left_out) == 1:
                text += f" The closest it comes leaves out 1 item, “{self.left_out[0]}”."
            elif self.left_out:
                text += (
                    f" The closest it comes leaves out {len(self.left_out)} items, "
                    f"first “{self.left_out[0]}”."
                )
            return text
        if len(self.would_drop) == 1:
            return (
                f"{pages}: over the {self.target}-page target. To fit, leave out 1 item: "
                f"“{self.would_drop[0]}”."
            )
        return (
            f"{pages}: over the {self.target}-page target. To fit, leave out "
            f"{len(self.would_drop)} items, starting with “{self.would_drop[0]}”."
        )


def describe_items(snapshot: CareerSnapshot, items: list[str], language: str) -> list[str]:
    """Readable names for removable items: a section's heading, a bullet's text, a
    certificate's name, or the skills' heading for the skills shortened to one line.
    """
    names = {a.id: a.headline for a in snapshot.accomplishments}
    names.update((c.id, c.name) for c in snapshot.certifications)
    names[SKILLS_ONE_LINE] = heading("skills", language)
    names[SUMMARY_SHORT] = heading("summary", language)
    for role in snapshot.roles:
        names[SCOPE_PREFIX + role.id] = " · ".join(p for p in (role.title, role.employer) if p)
        # As the line under Earlier career reads, with its years.
        names[EARLIER_PREFIX + role.id] = inline_text(earlier_career_line(role).runs)
    return [
        heading(item[len(SECTION_PREFIX) :], language)
        if item.startswith(SECTION_PREFIX)
        else names.get(item, item)
        for item in items
    ]


def fit_cuts(content: ResumeContent, left_out: list[str], today, language: str = "en") -> list[Cut]:
    """What fitting cut and why, one `Cut` per reason and record, the least important first;
    the roles under "Earlier career" first of all.
    """
    cuts: list[Cut] = []
    if content.earlier_roles:
        year = (today or date.today()).year - EARLIER_CAREER_YEARS
        cuts.append(Cut(WHY_EARLIER_CAREER, str(year), len(content.earlier_roles)))
    counts: dict[tuple[str, str], int] = {}
    for item in left_out:
        why = content.why.get(item, WHY_SECTION)
        if item.startswith(SECTION_PREFIX):
            what = heading(item[len(SECTION_PREFIX) :], language)
        else:
            what = content.owner.get(item, "")
        counts[why, what] = counts.get((why, what), 0) + 1
    cuts.extend(Cut(why, what, count) for (why, what), count in counts.items())
    return cuts


def reported(content: ResumeContent, items: list[str]) -> list[str]:
    """The items a fit names as left out: not the bullets past a role's budget, which only a
    page with room to spare shows (they are counted in one cut instead).
    """
    return [item for item in items if content.why.get(item) != WHY_BEYOND_BUDGET]
