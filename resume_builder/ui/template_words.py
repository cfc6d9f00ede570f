"""Template names and descriptions in the interface language; the template files hold English.

The texts are listed once here, as literal translate() calls under the "templates" context, so
pyside6-lupdate finds them. A template a user added shows its own words as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _bundled_words() -> dict[str, str]:
    # Keyed by the English in templates/*.toml (a unit test keeps the two in step).
    return {
        "Classic": QCoreApplication.translate("templates", "Classic"),
        "Single column, serif type, black on white: at home in any industry.": (
            QCoreApplication.translate(
                "templates", "Single column, serif type, black on white: at home in any industry."
            )
        ),
        "Compact": QCoreApplication.translate("templates", "Compact"),
        "Smaller type and tight spacing for long careers on two pages.": (
            QCoreApplication.translate(
                "templates", "Smaller type and tight spacing for long careers on two pages."
            )
        ),
        "Modern": QCoreApplication.translate("templates", "Modern"),
        "Clean sans type with a blue accent; left-aligned header.": QCoreApplication.translate(
            "templates", "Clean sans type with a blue accent; left-aligned header."
        ),
        "Executive": QCoreApplication.translate("templates", "Executive"),
        "Serif type, navy headings and wide margins for senior leadership roles.": (
            QCoreApplication.translate(
                "templates",
                "Serif type, navy headings and wide margins for senior leadership roles.",
            )
        ),
        "European": QCoreApplication.translate("templates", "European"),
        "Sans type, dates as 05/2019, languages after education: a CV as Europe reads it.": (
            QCoreApplication.translate(
                "templates",
                "Sans type, dates as 05/2019, languages after education: a CV as Europe reads it.",
            )
        ),
        "Technical": QCoreApplication.translate("templates", "Technical"),
        "Skills and projects up front, ISO dates and a teal accent, for engineering roles.": (
            QCoreApplication.translate(
                "templates",
                "Skills and projects up front, ISO dates and a teal accent, for engineering roles.",
            )
        ),
    }


def bundled_texts() -> set[str]:
    """The English names and descriptions that have a translation."""
    return set(_bundled_words())


def template_text(english: str) -> str:
    """A template's name or description as the interface says it."""
    return _bundled_words().get(english, english)
