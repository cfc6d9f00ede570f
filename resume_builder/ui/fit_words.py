"""The fit report's sentences in the interface language, for the Export dialog and previews."""

from __future__ import annotations

from PySide6.QtCore import QObject

from resume_builder.services.documents import FitReport
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


def pages_text(pages: int) -> str:
    """The words for a page count ("1 page", "3 pages") in the interface language."""
    return FitWords().pages(pages)


def describe_fit(fit: FitReport) -> str:
    """The fit report in the interface language: what `FitReport.describe()` says."""
    return FitWords().describe(fit)
