"""The readers of a résumé's list sections: skills, languages and certificates, one line at
a time, and grids of them (group names side by side with their items in the cells below).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from resume_builder.domain.models import Certification, Language, Skill
from resume_builder.services.importing.resume_file.header import SPLIT_ITEMS
from resume_builder.services.importing.resume_file.lines import Line
from resume_builder.services.importing.resume_file.vocabulary import find_dates, fold, vocabulary

if TYPE_CHECKING:
    from resume_builder.services.importing.resume_file.cutter import CutResult


def grid_heads(line: Line) -> bool:
    """Whether a line heads the columns of a grid: bold cells side by side ("Analysis",
    "Reporting"), each a group name with its skills below it, or a language with its
    fluency below it.
    """
    cells = (line.chips or line.text).split("\t")
    return (
        line.bold
        and len(cells) >= 2
        and len(cells) == len(line.cells)
        and all(0 < len(c.split()) <= 4 and ":" not in c for c in cells)
    )


def in_grid(line: Line) -> bool:
    """Whether a line under a grid's heads is one of its rows: cells side by side, or one
    short cell (a row of chips wrapped under its column); a list with commas is no row.
    """
    if line.bold:
        return False
    if len(line.cells) >= 2:
        return True
    text = line.chips or line.text
    return len(text.replace("·", " ").split()) <= 4 and not any(c in text for c in ",;:(")


def grid_row(heads: Line, line: Line, section: str, result: CutResult) -> None:
    """A row under a grid's heads: each cell goes with the head whose column it starts in
    (the nearest head to its left), skills under their group, a fluency under its language.
    """
    names = heads.text.split("\t")
    for x, cell in zip(line.cells, (line.chips or line.text).split("\t"), strict=False):
        column = max((i for i, start in enumerate(heads.cells) if start <= x + 8), default=0)
        head = names[column]
        if section == "skills":
            read_skills(replace(line, text=f"{head}: {cell}", chips=""), result)
        else:
            result.add(Language(language=head, fluency=cell.strip()), line.where)


def read_skills(line: Line, result: CutResult) -> None:
    """A line of skills: a list, maybe after its group's name ("Cloud: AWS, Azure")."""
    text = line.chips or line.text
    group = ""
    # "Languages: Python, Go" or, a label set in a margin beside its list, "IT\tSAP, Excel"
    match = re.match(r"^([^:：\t]{1,40})(?:[:：]|\t)\s*(.+)$", text)
    if match:
        group, text = match.group(1).strip(), match.group(2)
    names = [n.strip().rstrip(".") for n in SPLIT_ITEMS.split(text) if n.strip(" .")]
    names = [re.sub(r"^(?:and|och) ", "", n) for n in names]
    if not names or any(len(n.split()) > 6 for n in names):
        result.not_placed(line, "not placed (not a list of skills)")
        return
    for name in names:
        result.add(Skill(name=name, category=group), line.where)


def read_languages(line: Line, result: CutResult) -> None:
    r"""A line of languages, each maybe with its fluency ("Swedish (native), English: C1"),
    or a language and its fluency side by side ("English\tNative").
    """
    text = line.chips or line.text
    fluency_of_all = ""
    label, tab, rest = text.partition("\t")
    if tab and rest.strip():
        folded = fold(label)
        known = vocabulary()
        if folded in known.native_labels or any(w in folded for w in known.language_words):
            # a label in a margin: "Modersmål\tSvenska", "Other language(s)\tGerman (B2)"
            text = rest
            if folded in known.native_labels:
                fluency_of_all = label.strip()
        elif len(label.split()) <= 3 and not SPLIT_ITEMS.search(rest):
            # the language in a margin and its fluency beside it: "English\tNative", maybe
            # with a comment set apart at the right ("Tamil\tFluent\tspoken at home")
            fluency, _, comment = (c.strip() for c in rest.partition("\t"))
            fluency = f"{fluency} ({comment})" if fluency and comment else fluency or comment
            result.add(Language(language=label.strip(), fluency=fluency), line.where)
            return
        else:
            text = rest
    for item in SPLIT_ITEMS.split(text):
        item = item.strip()
        if not item:
            continue
        match = re.match(r"^(.+?)\s*(?:\((.+)\)|[:–—-]\s*(.+))$", item)
        language, fluency = (
            (match.group(1), match.group(2) or match.group(3)) if match else (item, "")
        )
        if len(language.split()) > 3:
            result.not_placed(line, "not placed (not a language)")
            return
        fluency = (fluency or fluency_of_all).strip()
        result.add(Language(language=language.strip(), fluency=fluency), line.where)


def read_certification(line: Line, result: CutResult) -> None:
    """A certificate: its name, its issuer after a separator, and a date."""
    text = line.text
    found = find_dates(text)
    date = None
    if found is not None and found.single:
        date, text = found.start, found.rest
    name, issuer = text, ""
    for joiner in (" — ", " | ", " · ", "\t", " – ", " - ", ", "):
        if joiner in text:
            name, _, issuer = text.rpartition(joiner) if joiner != ", " else text.partition(joiner)
            break
    result.add(
        Certification(name=name.strip(" ,"), issuer=issuer.strip(" ,"), date=date), line.where
    )
