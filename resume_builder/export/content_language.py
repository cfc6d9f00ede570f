"""Which language a document's own text is written in, for the language it is tagged with.

A document's headings follow the export's language; the user's text stays as they wrote it.
A screen reader, a spelling checker and an ATS read the language tag (PDF /Lang, DOCX w:lang)
to know how to read the text, so a Swedish export of an English career is tagged English.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache

from resume_builder import paths
from resume_builder.export.document import Bullet, Document, Entry, Paragraph

#: how many of the text's words are enough to tell its language (a CMD can be very long)
_WORDS_READ = 3000
#: function words one language must have at least, and how many times the runner-up's
_MIN_HITS = 6
_LEAD = 2.0
_WORD = re.compile(r"\w+")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    with paths.resource("data", "function_words.toml").open("rb") as file:
        table = tomllib.load(file)
    return {language: frozenset(w.casefold() for w in words) for language, words in table.items()}


def text_language(texts: Iterable[str], fallback: str) -> str:
    """The language most of the text's function words belong to, when it clearly leads.

    Args:
        texts: the user's own text (not the headings, which follow the export's language).
        fallback: the export's language, kept when the text is too short or too mixed to
            tell, or already in it.

    """
    words_of = _function_words()
    hits = dict.fromkeys(words_of, 0)
    read = 0
    for text in texts:
        for word in _WORD.findall(text.casefold()):
            for language, words in words_of.items():
                if word in words:
                    hits[language] += 1
            read += 1
        if read >= _WORDS_READ:
            break
    best = max(hits, key=lambda language: (hits[language], language == fallback))
    others = max((n for language, n in hits.items() if language != best), default=0)
    if best != fallback and hits[best] >= _MIN_HITS and hits[best] >= _LEAD * others:
        return best
    return fallback


def document_text(document: Document) -> Iterable[str]:
    """The user's own text in a document: headline, paragraphs, bullets, entries' titles and
    scope lines; not section headings, nor bold labels ("Situation:") the builder wrote.
    """
    if document.contact is not None:
        yield document.contact.headline
    for block in document.walk():
        if isinstance(block, Paragraph | Bullet):
            yield " ".join(run.text for run in block.runs if not run.bold)
        elif isinstance(block, Entry):
            yield block.title
            yield block.scope


def tag_content_language(document: Document) -> Document:
    """The document with its language tag set to its text's language (see `text_language`)."""
    document.meta.language = text_language(document_text(document), document.meta.language)
    return document
