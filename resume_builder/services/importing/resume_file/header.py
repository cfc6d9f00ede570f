"""The header of a résumé: the person's name, contact details and links, read line by line,
a value set beside its label ("Telephone", "Förnamn / Efternamn") without the label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_builder.domain.models import Link, Profile
from resume_builder.services.importing.resume_file.lines import Line
from resume_builder.services.importing.resume_file.vocabulary import (
    fold,
    has_cue,
    section_of,
    vocabulary,
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A web address: with its scheme or "www.", or a domain under a common top-level domain, with
# a path or standing on its own in a contact line ("annasvensson.se", a letter's label before it).
_URL = re.compile(
    r"(?:https?://|www\.)[^\s,|·]+|(?<![@\w.])(?:[\w-]+\.)+"
    r"(?:com|se|io|dev|org|net|me|eu|no|dk|fi|de|uk|nu|app|info|page)"
    r"(?:/[^\s,|·]*|(?![\w.@-]))",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d ()\-]{6,}\d(?![\w])")
STRONG = re.compile(r"\t|\s+[|·•]\s+|\s+[–—]\s+|\s+-\s+")
SPLIT_ITEMS = re.compile(r"\s*[,;•·|]\s*")
_NETWORKS = {"linkedin": "LinkedIn", "github": "GitHub", "gitlab": "GitLab", "twitter": "Twitter"}


def first_name_first(name: str) -> str:
    """Turns "Lindgren, Maja" into "Maja Lindgren"; any other name stays as it is."""
    surname, comma, first = name.partition(",")
    parts = [surname.split(), first.split()]
    if (
        comma
        and "," not in first
        and all(1 <= len(p) <= 3 for p in parts)
        and not any(c.isdigit() for c in name)
    ):
        return f"{' '.join(parts[1])} {' '.join(parts[0])}"
    return name


def document_title(text: str) -> bool:
    """Whether a header line names the document ("Curriculum Vitae", "Europass CV"), not
    the person.
    """
    return fold(text) in vocabulary().document_titles


def read_contact(line: Line, profile: Profile) -> bool:
    r"""Reads contact details and the name from a line of the header; whether any was found.

    A value beside its label ("Telephone\t+46 70…", "Förnamn / Efternamn\tLindgren, Maja")
    is read without the label; a name given as "Surname, First name" is turned around.
    """
    text = line.text
    labelled = False
    label, tab, value = text.partition("\t")
    if tab and value.strip() and fold(label) in vocabulary().contact_labels:
        if fold(label) in vocabulary().name_labels:
            if not profile.name or document_title(profile.name):
                profile.name = as_name(first_name_first(value.strip()))
            return True
        text, labelled = value, True
    found = False
    for email in _EMAIL.findall(text):
        profile.email = profile.email or email
        text = text.replace(email, " ")
        found = True
    for url in _URL.findall(text):
        network = next((n for k, n in _NETWORKS.items() if k in url.casefold()), "Website")
        profile.links.append(Link(network=network, url=url.rstrip(".")))
        text = text.replace(url, " ")
        found = True
    for phone in _PHONE.findall(text):
        if sum(c.isdigit() for c in phone) >= 7:
            profile.phone = profile.phone or " ".join(phone.split())
            text = text.replace(phone, " ")
            found = True
    address_label = labelled and fold(label) in vocabulary().address_labels
    if not found and read_address(text, profile, labelled=address_label):
        return True
    if labelled:
        return True  # an address or a birth date beside its label: no name, no headline
    rest = [p.strip() for p in re.split(r"\s*[|·•\t]\s*", text) if p.strip(" ,|·•\t-–—")]
    if not profile.name and rest and not found and len(rest[0].split()) <= 5:
        profile.name = rest[0]
        return True
    if profile.name and not profile.headline and rest and not found and not line.bullet:
        profile.headline = " · ".join(rest)
        return True
    # a town on a line of its own among the contact details ("Uppsala"; "Bergen, Norway")
    if (
        profile.name
        and profile.headline
        and not found
        and not profile.location
        and len(rest) == 1
        and _TOWN.fullmatch(rest[0])
        and len(rest[0].split()) <= 3
    ):
        profile.location = rest[0]
        return True
    if found and rest:
        place = [p for p in rest if re.fullmatch(r"[^\W\d_][\w .'-]*(?:, [^\W\d_][\w .'-]*)?", p)]
        if place and not profile.location and len(place[0].split()) <= 4:
            profile.location = place[0]
    return found


_ADDRESS_PARTS = re.compile(r",|\s[–—|·•]\s")
# a town, or a town and its country, each word capitalised
_TOWN = re.compile(r"[A-ZÅÄÖÆØ][^\W\d_'-]+(?:[ -][A-ZÅÄÖÆØ][^\W\d_'-]+)?(?:, [A-ZÅÄÖÆØ][^\W\d_]+)?")
# "14 Harbour Road", "Storgatan 12", "Rue de Rivoli 5b"
_STREET = re.compile(r"\d{1,5}[a-zA-Z]?\s+[^\W\d_][\w .'-]*|[^\W\d_][\w .'-]*\s\d{1,5}[a-zA-Z]?")
# a postal code and the town after it ("411 38 Göteborg", "75001 Paris", "SE-411 38 Göteborg"),
# or before it ("Leeds LS1 4AB")
_POSTAL_FIRST = re.compile(
    r"(?P<code>(?:[A-Z]{1,2}-)?\d{3}\s?\d{2}|\d{4,5})\s+(?P<town>[^\W\d_][\w .'-]*)"
)
_POSTAL_LAST = re.compile(
    r"(?P<town>[^\W\d_][\w .'-]*?)\s+(?P<code>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})"
)


def read_address(text: str, profile: Profile, *, labelled: bool = False) -> bool:
    """Reads a postal address ("14 Harbour Road, Leeds LS1 4AB, United Kingdom"): a street
    with its number and a postal code with its town, parted by commas (or a dash, a bar or
    a dot set apart: "Sveavägen 44 – 113 59 Stockholm"); whether it was one.

    Both parts must be there: a headline or a line of prose has a number now and then, but
    not a street and a postal code one after the other. Beside an address label
    (`labelled`) the town may stand alone ("14 Harbour Road, Cork, Ireland").
    """
    parts = [p.strip() for p in _ADDRESS_PARTS.split(text) if p.strip()]
    if len(parts) < 2 or len(parts) > 4 or not _STREET.fullmatch(parts[0]):
        return False
    postal = _POSTAL_FIRST.fullmatch(parts[1]) or _POSTAL_LAST.fullmatch(parts[1])
    if postal is None and not (labelled and re.fullmatch(r"[^\W\d_][\w .'-]*", parts[1])):
        return False
    if not profile.address:
        profile.address = parts[0]
        profile.postal_code = postal.group("code") if postal else ""
        profile.city = postal.group("town").strip() if postal else parts[1]
        if not profile.location:
            profile.location = ", ".join([profile.city, *parts[2:]])
    return True


def holds_contact(line: Line) -> bool:
    """Whether a line is contact details (an e-mail address, a telephone number, a postal
    address), wherever it stands: a page's foot under the last section often repeats them.
    """
    if _EMAIL.search(line.text) or _URL.search(line.text):
        return True
    if any(sum(c.isdigit() for c in phone) >= 7 for phone in _PHONE.findall(line.text)):
        return True
    return read_address(line.text, Profile())


class HeaderReader:
    """Reads the header's lines into the profile, the name from the line set in the title's
    font wherever it stands: a layout may set the address, right-aligned, above it
    (moderncv's classic style). What follows the name after a separator ("Johan Eriksson |
    Projektledare", wrapped onto a second line in that font) or a line set larger a little
    below it is the headline; a cell set apart beside either is read for contact details
    only. A street on one line and its postal code and town on the next make one address.
    """

    def __init__(self, lines: list[Line], profile: Profile) -> None:
        self.profile = profile
        self.unread: list[Line] = []  # cells beside the name or headline that are no contact
        self._read: set[tuple[int, int]] = set()
        self._street: Line | None = None
        self._named = False
        #: the name stands after some section (a sidebar read first): the header resumes there
        self.late = False
        # The name is looked for above the first section's heading; a layout that puts a
        # sidebar's sections first in reading order (a table's left cell) has it further on,
        # still in the title's font on the first page.
        past_sections = False
        for index, line in enumerate(lines):
            if line.page != 1:
                break
            if section_of(line) is not None:
                past_sections = True
                continue
            parts = _INLINE.split(line.text.partition("\t")[0].strip())
            if line.title and not document_title(parts[0]):
                if _a_name(parts[0]):
                    self._headline_from(lines, index, parts)
                    self.late = past_sections
                break

    def _headline_from(self, lines: list[Line], index: int, parts: list[str]) -> None:
        self._named, self.profile.name = True, as_name(parts[0])
        self._read.add((lines[index].page, lines[index].number))
        headline = parts[1:]
        for below in lines[index + 1 : index + 4]:
            if section_of(below) is not None or below.page != lines[index].page:
                break
            first = below.text.partition("\t")[0].strip()
            wrapped = below.title and headline and "\t" not in below.text
            larger = below.heading and not below.title and not headline
            # a job title in the body's font just below the name ("Projektledare inom bygg")
            titled = (
                not headline
                and not below.title
                and below.number == lines[index].number + 1
                and len(first.split()) <= 8
                and not first.endswith(".")
                and has_cue(first, vocabulary().title, compounds=True)
            )
            if not (
                wrapped or ((larger or titled) and not holds_contact(replace(below, text=first)))
            ):
                continue
            headline.append(first)
            self._read.add((below.page, below.number))
        if headline:
            self.profile.headline = " ".join(headline)

    def claims(self, line: Line) -> bool:
        """Whether the line is the name or the headline found with it."""
        return (line.page, line.number) in self._read

    def read(self, line: Line) -> bool:
        """Reads one header line; whether it held anything of the profile."""
        if (line.page, line.number) in self._read:
            for cell in line.text.split("\t")[1:]:
                cell_line = replace(line, text=cell.strip(), cells=())
                if not (holds_contact(cell_line) and read_contact(cell_line, self.profile)):
                    self.unread.append(cell_line)
            return True
        street, self._street = self._street, None
        if street is not None and read_address(f"{street.text}, {line.text}", self.profile):
            return True
        if self._named and _STREET.fullmatch(line.text.strip()):
            self._street = line  # its postal code and town may follow
            return True
        return read_contact(line, self.profile)


_INLINE = re.compile(r"\s[|·•–—]\s")
_PARTICLES = frozenset({"af", "av", "von", "van", "der", "den", "de", "la", "le", "da", "di", "du"})


def as_name(text: str) -> str:
    """A name as a person writes it: one set in capitals for show ("MARIA SANTOS", "ANNA-KARIN
    VON ESSEN") in upper and lower case ("Maria Santos", "Anna-Karin von Essen").
    """
    if not text.isupper():
        return text
    words = text.title().split()
    return " ".join(w.lower() if n and w.lower() in _PARTICLES else w for n, w in enumerate(words))


def _a_name(text: str) -> bool:
    return 1 <= len(text.split()) <= 5 and not any(c.isdigit() or c in "@/" for c in text)
