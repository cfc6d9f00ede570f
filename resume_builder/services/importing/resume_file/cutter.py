"""Cuts a résumé's lines into records by layout cues: headings, bold, dates, bullets.

Lines before the first known heading are the contact block. Under Experience, Projects,
Volunteering and Education an entry starts at a line that is no bullet after the previous
entry's bullets (or at a second line with dates); its heading lines are split at tabs, "|",
"·" and dashes into title, employer and location, the dates read by `domain.dates`. Bullets
become accomplishments of the entry. Only text found in the file is used, and every line that
fits nowhere is a warning with its page and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from resume_builder.domain.models import (
    Education,
    Profile,
    Project,
    Record,
    RecordError,
    Role,
    Skill,
    Volunteer,
)
from resume_builder.services.importing.resume_file.entry_cues import SectionOrder, right_place
from resume_builder.services.importing.resume_file.header import (
    STRONG,
    HeaderReader,
    document_title,
    holds_contact,
    read_contact,
)
from resume_builder.services.importing.resume_file.lines import Line
from resume_builder.services.importing.resume_file.lists import (
    grid_heads,
    grid_row,
    in_grid,
    read_certification,
    read_languages,
    read_skills,
)
from resume_builder.services.importing.resume_file.story import (
    StoryPart,
    cmd_section,
    story_accomplishment,
    story_part,
)
from resume_builder.services.importing.resume_file.vocabulary import (
    FoundDates,
    find_dates,
    has_cue,
    section_of,
    vocabulary,
)
from resume_builder.services.importing.resume_file.wrapped import joined
from resume_builder.services.importing.unplaced import UnplacedText

# a running footer or header ("Confidential · 2 December 2026  Page 3 of 27"): page furniture
_PAGE_NUMBER = re.compile(
    r"\b(?:Page|Sida|Seite|Página)\s+\d+\s+(?:of|av|von|sur|de)\s+\d+\s*$"
    # the Europass CV's footer: "Page 1 - Curriculum vitae of", "Sida 1 - Meritförteckning för"
    r"|^(?:Page|Sida|Seite|Página)\s+\d+\s*(?:/\s*\d+\s*)?[-–—]\s",
    re.IGNORECASE,
)

# the foot of a page: a bare page number ("2", "- 2 -", "2/3") or the day it was printed
# ("December 2, 2026", "2 december 2026", "2026-12-02"), which a role's dates never are
_PAGE_FOOT = re.compile(
    r"^[-–—\s]*\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$"
    r"|^[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}$"
    r"|^\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}$"
    r"|^\d{4}-\d{2}-\d{2}$",
)
#: how many of a page's last lines may be its foot
_FOOT_LINES = 2


def _margin_heading(line: Line) -> tuple[Line, str | None]:
    """A line whose margin label is a section's heading: the line without it, and the section.

    Otherwise the line as it is, and None.
    """
    label, tab, rest = line.text.partition("\t")
    if not tab or len(re.findall(r"[^\W\d_]{2,}", rest)) < 2 or line.bullet:
        return line, None
    key = section_of(replace(line, text=label.strip()))
    if key is None:
        return line, None
    chips = line.chips.partition("\t")[2] if "\t" in line.chips else ""
    fields = line.fields.partition("\t")[2] if "\t" in line.fields else ""
    return replace(line, text=rest.strip(), chips=chips, fields=fields, cells=line.cells[1:]), key


@dataclass
class _Entry:
    """An entry being read: its heading lines, prose and bullets."""

    section: str
    head: list[Line] = field(default_factory=list)
    prose: list[Line] = field(default_factory=list)
    bullets: list[Line] = field(default_factory=list)
    dated: bool = False
    #: a bullet's index -> the story lines under it (story.py)
    stories: dict[int, list[StoryPart]] = field(default_factory=dict)

    def fragments(self) -> int:
        """How many parts its heading has, dates left out."""
        count = 0
        for line in self.head:
            text = line.fields or line.text
            found = _heading_dates(text)
            count += len(_parts(found.rest if found else text))
        return count


@dataclass
class CutResult:
    """The records cut from the lines, where each came from, and the warnings."""

    records: list[Record] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: the lines (or parts of heading lines) that fit nowhere, whole, each also a warning
    unplaced: list[UnplacedText] = field(default_factory=list)
    skills_named: dict[str, Skill] = field(default_factory=dict)
    order: SectionOrder = field(default_factory=SectionOrder)

    def skill_named(self, name: str, where: str) -> str:
        """The id of the file's skill of this name, added the first time it is named."""
        key = name.strip().casefold()
        if key not in self.skills_named:
            skill = Skill(name=name.strip())
            if not self.add(skill, where):
                return ""
            self.skills_named[key] = skill
        return self.skills_named[key].id

    def add(self, record: Record, where: str) -> bool:
        try:
            record.validate()
        except RecordError as exc:
            if getattr(record, "end", None) is not None and "before" in str(exc):
                record.end = None  # an end before the start: keep the start, say so
                self.warnings.append(f"{where}: the end was before the start and was left out")
                return self.add(record, where)
            self.warnings.append(f"{where}: not placed ({exc})")
            return False
        self.records.append(record)
        self.sources[record.id] = where
        return True

    def not_placed(self, line: Line, why: str = "not placed", text: str | None = None) -> None:
        """Says that a line (or the part `text` of it) fits nowhere, and keeps it whole."""
        text = line.text if text is None else text
        warning = f"{line.where}: {why}: “{_quote(text)}”"
        self.warnings.append(warning)
        self.unplaced.append(UnplacedText(line.where, " ".join(text.split()), warning))


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def _parts(text: str) -> list[str]:
    return [part.strip(" ,") for part in STRONG.split(text) if part.strip(" ,")]


def cut_lines(lines: list[Line], result: CutResult) -> None:
    """Cuts all lines into records in `result`."""
    profile = Profile()
    profile_where: list[str] = []
    summary: list[str] = []
    section = "header"
    entry: _Entry | None = None
    pending_lines: list[Line] = []
    # the CMD's parts that repeat the document: section -> where their lines are
    repeats: dict[str, list[str]] = {"overview": [], "contents": [], "skills_index": []}

    def close() -> None:
        nonlocal entry
        if entry is not None:
            _emit_entry(entry, result)
        entry = None

    footer: Line | None = None  # the page furniture line last seen
    grid: Line | None = None  # the heads of a grid of skills or languages being read
    last_line: dict[int, int] = {}
    for line in lines:
        last_line[line.page] = max(last_line.get(line.page, 0), line.number)
    lines = joined(lines)
    header = HeaderReader(lines, profile)
    for line in lines:
        if _PAGE_NUMBER.search(line.text):
            footer = line
            continue
        if line.number > last_line.get(line.page, 0) - _FOOT_LINES and _PAGE_FOOT.match(
            line.text.strip()
        ):
            continue
        if (
            # a footer's own second line ("Curriculum vitae of" / "Lindgren, Maja")
            footer is not None
            and line.page == footer.page
            and line.number == footer.number + 1
            and abs(line.size - footer.size) < 0.3
            and footer.text.rstrip().endswith((" of", " för", " von", " de"))
        ):
            footer = None
            continue
        if section == "header" and document_title(line.text):
            continue
        if header.late and section != "header" and header.claims(line):
            close()  # the name after a sidebar's sections: the header goes on from here
            section = "header"
        repeated = None if line.bullet else cmd_section(line.text)
        if repeated is not None:
            close()
            section = repeated
            continue
        line, margin_key = (line, None) if section in repeats else _margin_heading(line)
        if margin_key is not None and margin_key != section:
            # a heading in the margin beside the section's first line ("Summary\tMechanical
            # engineer with…", as LaTeX's CV classes set it): the section opens here
            close()
            section = margin_key
        key = section_of(line)
        # in the CMD's repeats, a table's header cell ("Skills") is no heading; the next
        # section's heading is set apart (a heading style, or capitals)
        if section in repeats and not (line.heading or line.text.isupper()):
            key = None
        if key is not None:
            close()
            section = key
            continue
        if section == "header":
            if header.read(line):
                profile_where.append(line.where)
            else:
                pending_lines.append(line)
            continue
        first = section == "overview" and not repeats["overview"] and not summary
        if first and not line.bullet and not line.text[:1].isdigit():
            summary.append(line.text)  # the profile's summary comes first
            profile_where.append(line.where)
            continue
        if section in repeats:
            repeats[section].append(line.where)
            continue
        if section in ("skills", "languages", "certifications") and holds_contact(line):
            read_contact(line, profile)  # a page's foot with the person's details
            profile_where.append(line.where)
        elif section == "summary":
            summary.append(line.text)
            profile_where.append(line.where)
        elif section in ("experience", "projects", "volunteering", "education"):
            entry = _entry_line(entry, line, section, result)
        elif section in ("skills", "languages"):
            if grid_heads(line):
                grid = line
                continue
            if grid is not None and line.page == grid.page and in_grid(line):
                grid_row(grid, line, section, result)
                continue
            grid = None
            (read_skills if section == "skills" else read_languages)(line, result)
        elif section == "certifications":
            read_certification(line, result)
        else:
            result.not_placed(line, "in a section the importer does not read")
    close()
    result.order.settle()
    for part, why in (
        ("overview", "the overview repeats the roles and results printed below"),
        ("contents", "the contents list the sections and roles printed below"),
        ("skills_index", "the skills index repeats the results above under each skill"),
    ):
        where = repeats[part]
        if where:
            span = where[0] if len(where) == 1 else f"{where[0]} to {where[-1]}"
            result.warnings.append(f"{span}: not read: {why}")
    for line in header.unread + pending_lines:
        result.not_placed(line)
    if summary:
        profile.summary = "\n".join(summary)
    if any((profile.name, profile.email, profile.phone, profile.summary, profile.links)):
        result.add(profile, "; ".join(dict.fromkeys(profile_where)) or "page 1")


def _heading_dates(text: str) -> FoundDates | None:
    """The dates of an entry's heading line; a year inside a sentence is none."""
    found = find_dates(text)
    if found is None or len(found.rest.split()) > (8 if found.single else 12):
        return None
    return found


def _text_start(line: Line) -> float:
    """Where a heading's text starts: past a column of dates set before it ("2020 – present"
    in a table's left cell, the title in the right one), so the employer's line under the
    title is no indented bullet.
    """
    first, tab, _ = line.text.partition("\t")
    if tab and len(line.cells) >= 2:
        found = find_dates(first)
        if found is not None and not found.rest.strip(" –-,"):
            return line.cells[1]
    return line.x


def _entry_line(entry: _Entry | None, line: Line, section: str, result: CutResult) -> _Entry:
    if entry is not None and entry.bullets and not line.bullet and section != "education":
        part = story_part(line.text)
        if part is not None:  # "Task: …" under a CMD's bullet is that result's, not an entry
            entry.stories.setdefault(len(entry.bullets) - 1, []).append(part)
            return entry
    indented = (
        entry is not None
        and entry.head
        and line.x
        and not line.bold
        and line.x > _text_start(entry.head[0]) + 8
        and line.page == entry.head[0].page
        # a label set right-aligned in a margin starts where its text makes it start
        and "\t" not in line.text
    )
    if line.bullet or indented:  # a PDF's bullet mark may be a drawn shape, not text
        if entry is None:
            entry = _Entry(section)
        entry.bullets.append(line)
        return entry
    dates = _heading_dates(line.text)
    starts_new = entry is None or bool(entry.bullets) or (dates is not None and entry.dated)
    if not starts_new and entry.head and not dates and entry.dated and entry.fragments() >= 2:
        # the heading is complete: a plain line now is the entry's scope or description
        if line.bold and not entry.prose:
            starts_new = True
        else:
            entry.prose.append(line)
            return entry
    if not starts_new and entry.prose:
        starts_new = True
    if starts_new:
        if entry is not None:
            _emit_entry(entry, result)
        entry = _Entry(section)
    if len(line.text.split()) > 16 and dates is None and entry.head:
        entry.prose.append(line)
        return entry
    entry.head.append(line)
    entry.dated = entry.dated or dates is not None
    return entry


@dataclass
class _Heading:
    parts: list[tuple[str, Line]]
    dates: FoundDates | None
    location: str = ""


def _heading(entry: _Entry) -> _Heading:
    parts: list[tuple[str, Line]] = []
    dates: FoundDates | None = None
    dated: Line | None = None
    for line in entry.head:
        text = line.fields or line.text  # fields marked by style are the surer parts
        found = find_dates(text) if dates is None else None
        if found is not None and (
            not found.single or entry.section == "education" or len(found.rest) < len(text)
        ):
            dates, text, dated = found, found.rest, line
        for part in _parts(text):
            parts.append((part, line))
    place = right_place(entry.head, parts, dated)
    if place >= 0:
        location = parts.pop(place)[0]
        return _Heading(parts, dates, location)
    if len(parts) == 1:  # one line of text, its dates on it or on a line of their own
        text, line = parts[0]
        for joiner in (" at ", " på ", " @ ", ", "):
            if joiner in text:
                first, _, second = text.partition(joiner)
                parts = [(first.strip(), line), (second.strip(), line)]
                break
    heading = _Heading(parts, dates)
    places = vocabulary().places
    for index, (text, _line) in enumerate(parts):
        is_place = text.casefold() in places or (
            index > 0
            and re.fullmatch(
                r"[^\W\d_][^\W\d_ .'-]*(?: [^\W\d_][^\W\d_.'-]*)?, [^\W\d_][^\W\d_ .'-]+", text
            )
            and not has_cue(text, vocabulary().school)
        )
        if is_place and (len(parts) > 2 or text.casefold() in places):
            heading.location = text
            del parts[index]
            break
    if not heading.location and len(parts) >= 3:
        # "Title | Employer | Göteborg": a short third part is where
        text = parts[2][0]
        if len(text.split()) <= 3 and not has_cue(text, vocabulary().title):
            heading.location = text
            del parts[2]
    if not heading.location and len(parts) >= 2 and ", " in parts[-1][0]:
        # "Betalo AB, Göteborg": the employer with its town after a comma
        head, _, tail = parts[-1][0].rpartition(", ")
        if (
            re.fullmatch(r"[^\W\d_][^\W\d_.'-]*(?: [^\W\d_][^\W\d_.'-]*)?", tail)
            and tail[0].isupper()
        ):
            heading.location = tail
            parts[-1] = (head, parts[-1][1])
    return heading


def _school_apart(texts: list[str], school: frozenset[str]) -> list[str]:
    """An education heading's parts as the study and the school, when a later part names the
    school ("Civilekonom, logistik, Handelshögskolan vid Göteborgs universitet": the study
    "Civilekonom, logistik", then the school), so that what is studied never becomes part of
    the school's name.
    """
    pieces = [piece for text in texts for piece in text.split(", ")]
    at = next((i for i, p in enumerate(pieces) if has_cue(p, school, compounds=True)), None)
    if not at:  # no school named, or named first
        return texts
    # what follows the school (a town, a thesis) stays a part of its own
    return [", ".join(pieces[:at]), pieces[at], *pieces[at + 1 :]]


def _emit_entry(entry: _Entry, result: CutResult) -> None:
    if not entry.head:
        for line in entry.bullets + entry.prose:
            result.not_placed(line, "a bullet with no entry above it")
        return
    heading = _heading(entry)
    where = entry.head[0].where
    start = heading.dates.start if heading.dates else None
    end = heading.dates.end if heading.dates else None
    texts = [text for text, _ in heading.parts]
    vocab = vocabulary()
    extra: list[tuple[str, Line]] = []
    owner: Record
    swapped: bool | None = None
    if entry.section == "education":
        if heading.dates and heading.dates.single:
            start, end = None, heading.dates.start
        if not any(line.fields for line in entry.head):  # a style marks its own fields
            texts = _school_apart(texts, vocab.school)
        degree = next(
            (
                t
                for t in texts
                if has_cue(t, vocab.degree) and not has_cue(t, vocab.school, compounds=True)
            ),
            "",
        )
        school = next(
            (t for t in texts if t != degree and has_cue(t, vocab.school, compounds=True)), ""
        )
        school = school or next((t for t in texts if t != degree), "")
        degree = degree or next((t for t in texts if t not in (school,)), "")
        study_type, area = degree, ""
        for joiner in (", ", " in ", " i ", " – ", " - "):
            if joiner in degree:
                study_type, _, area = degree.partition(joiner)
                break
        used = {*degree.split(", "), *school.split(", ")}
        extra = []
        for t, line in heading.parts:
            rest = [piece for piece in t.split(", ") if piece not in used]
            if rest:
                extra.append((", ".join(rest), line))
        owner = Education(
            institution=school,
            study_type=study_type.strip(),
            area=area.strip(),
            start=start,
            end=end,
            location=heading.location,
        )
    elif entry.section == "projects":
        name = texts[0] if texts else ""
        extra = heading.parts[1:]
        owner = Project(name=name, start=start, end=end, description=_prose(entry))
    else:
        title, employer, swapped = _title_and_employer(texts)
        extra = [(t, line) for t, line in heading.parts if t not in (title, employer)]
        if entry.section == "volunteering":
            owner = Volunteer(
                position=title, organization=employer, start=start, end=end, summary=_prose(entry)
            )
        else:
            owner = Role(
                title=title,
                employer=employer,
                location=heading.location,
                start=start,
                end=end,
                description=_prose(entry),
            )
    for text, line in extra:
        result.not_placed(line, text=text)
    if not result.add(owner, where):
        for line in entry.bullets:
            result.not_placed(line)
        return
    if isinstance(owner, Role | Volunteer):
        result.order.note(entry.section, owner, swapped)
    if entry.section == "education":
        for line in entry.prose + entry.bullets:
            result.not_placed(line, "not placed (under an education entry)")
        return
    for index, line in enumerate(entry.bullets):
        parts = entry.stories.get(index, [])
        accomplishment = story_accomplishment(
            line.text,
            parts,
            owner.id,
            lambda name, where=line.where: result.skill_named(name, where),
        )
        accomplishment.skill_ids = [s for s in accomplishment.skill_ids if s]
        result.add(accomplishment, line.where)


def _prose(entry: _Entry) -> str:
    return "\n".join(line.text for line in entry.prose)


def _title_and_employer(texts: list[str]) -> tuple[str, str, bool | None]:
    """The title, the employer, and whether they stood the other way round (None when no
    cue word decided it, and the first was taken for the title).
    """
    if not texts:
        return "", "", None
    if len(texts) == 1:
        return texts[0], "", None
    first, second = texts[0], texts[1]
    vocab = vocabulary()
    # "Kodverket Konsult AB": a company's legal form names the employer whatever else it says
    if has_cue(first, vocab.employer) != has_cue(second, vocab.employer):
        swapped = has_cue(first, vocab.employer)
        return (second, first, True) if swapped else (first, second, False)
    if has_cue(second, vocab.title) != has_cue(first, vocab.title):
        return (second, first, True) if has_cue(second, vocab.title) else (first, second, False)
    return first, second, None
