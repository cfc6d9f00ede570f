"""Reads a LinkedIn "Download your data" export (ZIP archive or extracted folder) into records.

What maps where (everything else in the export is left alone):

- Profile.csv: First Name + Last Name -> name, Headline, Summary, Geo Location -> location,
  Address, Zip Code -> postal_code, Industry -> extra["industry"], Websites and Twitter Handles
  and Instant Messengers -> links. Maiden Name and Birth Date are dropped on purpose: a résumé
  has no use for them and the app should not hold more private data than it needs.
- Email Addresses.csv: the primary address (else the first confirmed, else the first) -> email.
- PhoneNumbers.csv: the first number (with its extension) -> phone; its Type is dropped.
- Positions.csv -> Role (an empty Finished On means the role is current); the description is
  split: bullet lines become Accomplishments linked to the role, the prose stays the role's
  description (see `split_description`).
- Education.csv -> Education (Degree Name -> study_type; Notes and Activities -> extra).
- Skills.csv -> Skill; Languages.csv -> Language; Certifications.csv -> Certification;
  Projects.csv -> Project; Honors.csv -> Award; Publications.csv -> Publication.

Robustness: files and columns may be missing, column names match case-insensitively, preamble
lines ("Notes: …") before the header row are skipped, quoted fields may span lines. Dates are
read by `domain.dates.parse_date` ("Jan 2019", "Mar 15, 2019", "2019"); a cell that holds no
date leaves the field empty with a warning, and an end before the start is left empty with a
warning. Text is read as UTF-8 (with or without a byte-order mark, or UTF-16 with one); when
that fails, as Windows-1252 (what Excel writes on Windows), and as Latin-1 as the last resort,
which cannot fail. Cells are text: a formula is read as the characters it holds
(csv_cells.py). Finding the files in an archive or folder, under caps, is linkedin_archive.py's
job. An export in which none of the known files holds a row to import is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Award,
    Certification,
    Education,
    Language,
    Link,
    Profile,
    Project,
    Publication,
    Record,
    RecordError,
    Role,
    Skill,
)
from resume_builder.services.importing.csv_cells import Row, decode_text, read_rows, title
from resume_builder.services.importing.linkedin_archive import (
    KNOWN_LIST,
    SPEC_BY_KEY,
    SPECS,
    ArchiveLimits,
    Found,
    file_key,
    open_export,
)
from resume_builder.services.importing.plan import ImportFileError

__all__ = ["ArchiveLimits", "parse_linkedin", "parse_websites", "split_description"]


@dataclass
class _Result:
    records: list[Record] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, record: Record, source: str) -> bool:
        """Keeps a record that passes the model's rules; an end before its start is left empty
        and a record that still fails is skipped, each with a warning. Whether it was kept.
        """
        start, end = getattr(record, "start", None), getattr(record, "end", None)
        if isinstance(start, PartialDate) and isinstance(end, PartialDate) and end < start:
            self.warnings.append(
                f"{source}: ends ({end}) before it starts ({start}); the end was left empty"
            )
            record.end = None
        try:
            record.validate()
        except RecordError as exc:
            self.warnings.append(f"{source}: skipped: {exc}")
            return False
        self.records.append(record)
        self.sources[record.id] = source
        return True


def parse_linkedin(
    path: Path, limits: ArchiveLimits | None = None
) -> tuple[list[Record], dict[str, str], list[str]]:
    """Reads a LinkedIn data export into incoming records.

    Args:
        path: the export's ZIP archive, the folder it was extracted to, or one of its CSV files.
        limits: caps on what is read; the defaults suit any real export.

    Returns:
        The records (fresh ids; accomplishments point at their incoming roles), record id ->
        where it came from ("Positions.csv row 3"), and warnings for the preview.

    Raises:
        ImportFileError: the export cannot be read or holds nothing to import; the message
            names the file and the place.

    """
    limits = limits or ArchiveLimits()
    path = Path(path)
    result = _Result()
    with open_export(path, limits, result.warnings) as found:
        _parse_all(found, result, path.name)
    return result.records, result.sources, result.warnings


# --- Descriptions ------------------------------------------------------------------------------

# "•" and its cousins mark a bullet even when glued to the text; "-", "*" and "1." need a space
# after them so that "-5% churn" or "*Note*" stay prose.
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·–—➢➤►✓✔]\s*|[-*+]\s+|\d{1,2}[.)]\s+)(?P<text>.*)$")


def split_description(text: str) -> tuple[str, list[str]]:
    """Splits a position's description into prose and bullets.

    The rule: every line that starts with a bullet mark ("•", "▪", "–" and the like, or "-",
    "*", "+" or "1." followed by a space) is one accomplishment, its headline the line without
    the mark. Every other line is prose; the prose paragraphs (split on blank lines, in their
    original order) become the role's description, so no text is lost. Lines are never joined
    into a bullet: LinkedIn keeps one bullet per line.
    """
    prose: list[str] = []
    bullets: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        match = _BULLET.match(line)
        if match:
            headline = " ".join(match.group("text").split())
            if headline:
                bullets.append(headline)
            continue
        prose.append(line.rstrip())
    paragraphs = re.split(r"\n\s*\n", "\n".join(prose).strip())
    description = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return description, bullets


# --- Mapping files to records --------------------------------------------------------------------


def _parse_all(found: list[Found], result: _Result, container: str) -> None:
    if not found:
        stopped = any("the search stopped" in w for w in result.warnings)
        where = " among the files looked at before the search stopped" if stopped else ""
        raise ImportFileError(
            f"{container} has none of the files of a LinkedIn data export{where} "
            f"(looked for {KNOWN_LIST})"
        )
    by_name = {f.spec.name: f for f in found}
    texts: dict[str, tuple[str, str]] = {}
    for spec in SPECS:
        item = by_name.get(spec.name)
        if item is not None:
            texts[spec.name] = (
                decode_text(item.read(), item.display, result.warnings),
                item.display,
            )

    def rows(name: str) -> Iterator[Row]:
        if name in texts:
            text, display = texts[name]
            key_column = SPEC_BY_KEY[file_key(name)].key_column
            yield from read_rows(text, key_column, display, result.warnings)

    _map_profile(rows, result)
    for row in rows("Positions.csv"):
        _map_position(row, result)
    for row in rows("Education.csv"):
        if not row.is_blank():
            education = Education(
                institution=row["school name"],
                study_type=row["degree name"],
                area=row["field of study"] or row["fields of study"],
                start=row.date("start date"),
                end=row.end("end date"),
            )
            for column in ("notes", "activities"):
                if row[column]:
                    education.extra[column] = row[column]
            result.add(education, row.where)
    for row in rows("Skills.csv"):
        if row["name"]:
            result.add(Skill(name=row["name"]), row.where)
    for row in rows("Languages.csv"):
        if row["name"]:
            result.add(Language(language=row["name"], fluency=row["proficiency"]), row.where)
    for row in rows("Certifications.csv"):
        if not row.is_blank():
            expires = row.end("finished on")
            certification = Certification(
                name=row["name"],
                issuer=row["authority"],
                url=row["url"],
                credential_id=row["license number"],
                date=row.date("started on"),
                expires=expires if isinstance(expires, PartialDate) else None,
            )
            result.add(certification, row.where)
    for row in rows("Projects.csv"):
        if not row.is_blank():
            project = Project(
                name=row["title"],
                description=row["description"],
                url=row["url"],
                start=row.date("started on"),
                end=row.end("finished on"),
            )
            result.add(project, row.where)
    for row in rows("Honors.csv"):
        if not row.is_blank():
            award = Award(
                title=row["title"],
                summary=row["description"],
                awarder=row["issuer"],
                date=row.date("issued on"),
            )
            result.add(award, row.where)
    for row in rows("Publications.csv"):
        if not row.is_blank():
            publication = Publication(
                name=row["name"],
                publisher=row["publisher"],
                url=row["url"],
                summary=row["description"],
                release_date=row.date("published on"),
            )
            result.add(publication, row.where)
    if not result.records:
        raise ImportFileError(_nothing_to_import(found, result.warnings, container))


def _nothing_to_import(found: list[Found], warnings: list[str], container: str) -> str:
    """The sentence refusing an export whose known files give no record: what was expected."""
    for item in found:
        if any(w.startswith(f"{item.display} was skipped: it has no header") for w in warnings):
            which = "it" if item.display == container else item.display
            return (
                f"{container} holds nothing to import: {which} has no header row naming the "
                f"“{title(item.spec.key_column)}” column that LinkedIn's {item.spec.name} "
                "starts with"
            )
    skipped = next((w for w in warnings if ": skipped: " in w), None)
    if skipped is not None:
        return f"{container} holds nothing that can be imported ({skipped})"
    names = [item.display for item in found]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    verb = "has" if len(names) == 1 else "have"
    if container in names:
        listed, verb = "it", "has"
    return f"{container} holds nothing to import: {listed} {verb} no rows with a record in them"


def _map_position(row: Row, result: _Result) -> None:
    if row.is_blank():
        return
    description, bullets = split_description(row["description"])
    role = Role(
        employer=row["company name"],
        title=row["title"],
        location=row["location"],
        start=row.date("started on"),
        end=row.end("finished on", open_means_present=True),
        description=description,
    )
    result.add(role, row.where)
    for number, headline in enumerate(bullets, start=1):
        result.add(
            Accomplishment(headline=headline, role_id=role.id), f"{row.where}, bullet {number}"
        )


def _first(rows: Iterator[Row]) -> Row | None:
    return next((row for row in rows if not row.is_blank()), None)


_TRUE = frozenset({"yes", "true", "1", "y"})


def _map_profile(rows: Callable[[str], Iterator[Row]], result: _Result) -> None:
    profile = Profile()
    sources: list[str] = []
    row = _first(rows("Profile.csv"))
    if row is not None:
        sources.append(row.where)
        profile.name = " ".join(p for p in (row["first name"], row["last name"]) if p)
        profile.headline = row["headline"]
        profile.summary = row["summary"]
        profile.location = row["geo location"] or row["location"]
        profile.address = row["address"]
        profile.postal_code = row["zip code"]
        if row["industry"]:
            profile.extra["industry"] = row["industry"]
        profile.links = (
            parse_websites(row["websites"])
            + [Link(network="Twitter", username=h) for h in _bracketed(row["twitter handles"])]
            + _messengers(row["instant messengers"])
        )
    emails = [r for r in rows("Email Addresses.csv") if r["email address"]]
    if emails:
        chosen = (
            next((r for r in emails if r["primary"].casefold() in _TRUE), None)
            or next((r for r in emails if r["confirmed"].casefold() in _TRUE), None)
            or emails[0]
        )
        profile.email = chosen["email address"]
        sources.append(chosen.where)
    phones = [r for r in rows("PhoneNumbers.csv") if r["number"]]
    if phones:
        number, extension = phones[0]["number"], phones[0]["extension"]
        profile.phone = f"{number} ext. {extension}" if extension else number
        sources.append(phones[0].where)
    if sources:
        result.add(profile, "; ".join(sources))


def _bracketed(text: str) -> list[str]:
    """Items of LinkedIn's list cells: "[a],[b]", or plain "a, b" from older exports."""
    items = re.findall(r"\[([^\]]*)\]", text) if "[" in text else re.split(r"[,\s]+", text)
    return [item.strip() for item in items if item.strip()]


_WEBSITE_NETWORKS = {"PERSONAL": "Website", "OTHER": "Website", "RSS": "RSS", "COMPANY": "Company"}


def _typed(item: str) -> tuple[str, str]:
    # "PERSONAL:https://x" has a type; "https://x" has none (its colon is followed by "//").
    match = re.match(r"^([A-Za-z_ ]+):(?!//)(.*)$", item)
    if match:
        return match.group(1).strip().upper(), match.group(2).strip()
    return "", item


def parse_websites(text: str) -> list[Link]:
    """LinkedIn's Websites cell ("[PERSONAL:https://x.example],[BLOG:…]" or plain URLs) as links.

    URLs stay text: they are never opened or checked.
    """
    links = []
    for item in _bracketed(text):
        kind, url = _typed(item)
        if url:
            network = _WEBSITE_NETWORKS.get(kind, kind.title() if kind else "Website")
            links.append(Link(network=network, url=url))
    return links


def _messengers(text: str) -> list[Link]:
    links = []
    for item in _bracketed(text):
        kind, handle = _typed(item)
        if handle:
            links.append(Link(network=kind.title() if kind else "Messenger", username=handle))
    return links
