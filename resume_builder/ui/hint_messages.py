"""Writing hints in the interface language: the domain's English Hint.message, translated."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from resume_builder.domain.hints import MAX_CHARS, MAX_WORDS, MIN_WORDS, Hint, HintKind
from resume_builder.ui.placeholders import fill as _fill

# The domain's word count for the length hints (a run of non-space text holding a letter or
# digit); a Hint carries no count, and the English-equals-domain test catches any drift.
_COUNTED_WORD = re.compile(r"\S*[^\W_]\S*")
# The example verbs the domain quotes in its action-verb sentence; they come from the verb
# list the checker uses, so they are carried over rather than translated.
_QUOTED = re.compile(r"“([^”]*)”")


class HintMessages(QObject):
    """Words each hint in the interface language, with the same details as the domain's text.

    A QObject so its self.tr() calls, plurals included, are what pyside6-lupdate extracts
    (it reads no plural form from QCoreApplication.translate()).
    """

    def message(self, hint: Hint, headline: str) -> str:
        """The hint's sentence; `headline` is the text the hint was found in.

        In English it reads exactly like `hint.message`. A kind this class does not know, or a
        span that does not fit `headline`, falls back to `hint.message`.
        """
        kind = hint.kind
        if kind == HintKind.EMPTY:
            return self.tr("Describe what you achieved in one sentence.")
        if kind == HintKind.ACTION_VERB:
            return self._action_verb_message(hint)
        if kind == HintKind.MEASURABLE:
            return self.tr(
                "Consider adding a number or measurable result, such as a percentage, an amount "
                "or the time saved: figures make an achievement concrete."
            )
        if kind in (HintKind.TOO_SHORT, HintKind.TOO_LONG):
            return self._length_message(hint, headline)
        if kind in (HintKind.FIRST_PERSON, HintKind.WEAK_PHRASE):
            if not 0 <= hint.start < hint.end <= len(headline):
                return hint.message
            if kind == HintKind.FIRST_PERSON:
                text = self.tr(
                    "Consider leaving out “%1”: résumé bullets read best without first-person "
                    "pronouns, since the résumé is already about you."
                )
            else:
                text = self.tr(
                    "Consider saying directly what you did and what changed instead of “%1”, "
                    "which describes a duty rather than a result."
                )
            return _fill(text, headline[hint.start : hint.end])
        return hint.message

    def _action_verb_message(self, hint: Hint) -> str:
        examples = _QUOTED.findall(hint.message)
        if len(examples) >= 2:
            text = self.tr(
                "Start with a strong action verb such as “%1” or “%2”: recruiters skim the "
                "first word."
            )
            return _fill(text, examples[0], examples[1])
        if examples:
            text = self.tr(
                "Start with a strong action verb such as “%1”: recruiters skim the first word."
            )
            return _fill(text, examples[0])
        return self.tr("Start with a strong action verb: recruiters skim the first word.")

    def _length_message(self, hint: Hint, headline: str) -> str:
        words = len(_COUNTED_WORD.findall(headline))
        chars = len(headline.strip())
        # One source for a single word and one for several keep English exact without an
        # English .qm; each translation carries its language's own plural forms.
        if hint.kind == HintKind.TOO_SHORT:
            if words == 1:
                text = self.tr(
                    "This bullet has %n word; consider adding what you did and what it "
                    "changed, in about %1 to %2 words.",
                    "",
                    words,
                )
            else:
                text = self.tr(
                    "This bullet has %n words; consider adding what you did and what it "
                    "changed, in about %1 to %2 words.",
                    "",
                    words,
                )
            return _fill(text, str(MIN_WORDS), str(MAX_WORDS))
        if words > MAX_WORDS:
            text = self.tr(
                "This bullet has %n words; consider trimming it to about %1 or splitting it "
                "in two, so it stays easy to skim.",
                "",
                words,
            )
            return _fill(text, str(MAX_WORDS))
        if words == 1:
            text = self.tr(
                "This bullet has %n word but %1 characters; consider trimming it under %2 "
                "characters, so it fits on two lines.",
                "",
                words,
            )
        else:
            text = self.tr(
                "This bullet has %n words but %1 characters; consider trimming it under %2 "
                "characters, so it fits on two lines.",
                "",
                words,
            )
        return _fill(text, str(chars), str(MAX_CHARS))
