"""The fit report's sentences in the interface language, for the Export dialog and previews."""

from __future__ import annotations

from PySide6.QtCore import QObject

from resume_builder.export.builders.resume import (
    EARLIER_CAREER_YEARS,
    RECENT_BULLETS,
    SUMMARY_SENTENCES,
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
)
from resume_builder.services.fit_report import WHY_EARLIER_CAREER, Cut, FitReport
from resume_builder.ui.placeholders import fill as _fill


class FitWords(QObject):
    """The fit report's sentences in the interface language, for the dialog and previews.

    A class of its own so that its tr() calls, %n plurals included, are found by lupdate: a
    module-level translate() with a computed count is not read as a plural.
    """

    def pages(self, pages: int) -> str:
        """The words for a page count ("1 page", "3 pages")."""
        # One source for one page and one for several keep English exact without an English
        # .qm; each translation carries its language's own plural forms.
        if pages == 1:
            return self.tr("%n page", "", pages)
        return self.tr("%n pages", "", pages)

    def describe(self, fit: FitReport) -> str:
        """What `FitReport.describe()` says."""
        # %n is the page target or the item count; %1 is filled in here, in one pass.
        pages = self.pages(fit.pages)
        if fit.fits:
            if not fit.target:
                return pages + "."
            text = _fill(self.tr("%1, within the %n-page target.", "", fit.target), pages)
            if fit.left_out:
                count = len(fit.left_out)
                if count == 1:
                    left = self.tr("Left out to fit: %n item, “%1”.", "", count)
                else:
                    left = self.tr("Left out to fit: %n items, first “%1”.", "", count)
                text += " " + _fill(left, fit.left_out[0])
            return text
        if not fit.would_drop:
            text = _fill(
                self.tr(
                    "%1: over the %n-page target even without any optional part.", "", fit.target
                ),
                pages,
            )
            if fit.left_out:
                count = len(fit.left_out)
                if count == 1:
                    closest = self.tr("The closest it comes leaves out %n item, “%1”.", "", count)
                else:
                    closest = self.tr(
                        "The closest it comes leaves out %n items, first “%1”.", "", count
                    )
                text += " " + _fill(closest, fit.left_out[0])
            return text
        count = len(fit.would_drop)
        if count == 1:
            drop = self.tr("To fit, leave out %n item: “%1”.", "", count)
        else:
            drop = self.tr("To fit, leave out %n items, starting with “%1”.", "", count)
        over = _fill(self.tr("%1: over the %n-page target.", "", fit.target), pages)
        return over + " " + _fill(drop, fit.would_drop[0])

    def cut(self, cut: Cut) -> str:
        """What `Cut.describe()` says: one cut and its reason."""
        n, what = cut.count, cut.what
        if cut.why == WHY_SECTION:
            return _fill(
                self.tr("the %1 section: missed least, so it goes before any bullet"), what
            )
        if cut.why == WHY_CERT_UNASKED:
            return _fill(self.tr("the certification %1: the posting does not ask for it"), what)
        if cut.why == WHY_SKILLS:
            return self.tr("skills shortened to one line per group: before any bullet goes")
        if cut.why == WHY_SCOPE:
            return _fill(
                self.tr("the scope line of %1: a role's results say more than its description"),
                what,
            )
        if cut.why == WHY_SUMMARY:
            return _fill(
                self.tr("the summary after its first %1 sentences: before any bullet goes"),
                str(SUMMARY_SENTENCES),
            )
        if cut.why == WHY_BEYOND_BUDGET:
            return self.tr(
                "%n bullet(s) past what a résumé lists for each role: no room left for them", "", n
            )
        if cut.why == WHY_EARLIER_LINE:
            return self.tr(
                "%n line(s) under Earlier career, the oldest first: before an older role's bullets",
                "",
                n,
            )
        if cut.why == WHY_OLDER_BULLET:
            return _fill(
                self.tr(
                    "%n bullets of %1: an older role, cut before a recent role's first %2",
                    "",
                    n,
                ),
                what,
                str(RECENT_BULLETS),
            )
        if cut.why == WHY_EXTRA_BULLET:
            return _fill(
                self.tr("%n bullets of %1: beyond a recent role's first %2", "", n),
                what,
                str(RECENT_BULLETS),
            )
        if cut.why == WHY_CERT_ASKED:
            return _fill(self.tr("the certification %1: no room once older bullets had gone"), what)
        if cut.why == WHY_RECENT_BULLET:
            return _fill(
                self.tr("%n bullets of %1: no room once everything less important had gone", "", n),
                what,
            )
        if cut.why == WHY_EARLIER_CAREER:
            return _fill(
                self.tr(
                    "%n roles that ended before %1 listed under Earlier career (title, employer, "
                    "years): older than %2 years",
                    "",
                    n,
                ),
                what,
                str(EARLIER_CAREER_YEARS),
            )
        return what

    def cuts(self, fit: FitReport) -> str:
        """What was cut and why, one "• " line each, under a heading; empty when nothing was."""
        if not fit.cuts:
            return ""
        lines = [self.tr("What was cut, and why:")]
        lines.extend("• " + self.cut(cut) for cut in fit.cuts)
        return "\n".join(lines)


def pages_text(pages: int) -> str:
    """The words for a page count ("1 page", "3 pages") in the interface language."""
    return FitWords().pages(pages)


def describe_fit(fit: FitReport) -> str:
    """The fit report in the interface language: what `FitReport.describe()` says."""
    return FitWords().describe(fit)


def describe_cuts(fit: FitReport) -> str:
    """What was cut and why, in the interface language (empty when nothing was)."""
    return FitWords().cuts(fit)
