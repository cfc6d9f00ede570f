"""The header of a résumé: the person's name, contact details and links, read line by line,
a value set beside its label ("Telephone", "Förnamn / Efternamn") without the label.
"""

from __future__ import annotations

import re

from resume_builder.domain.models import Link, Profile
from resume_builder.services.importing.resume_file.lines import Line
from resume_builder.services.importing.resume_file.vocabulary import fold, vocabulary

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s,|·]+|(?<![@\w.])(?:[\w-]+\.)+(?:com|se|io|dev|org|net|me|eu)"
    r"/[^\s,|·]*",
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
                profile.name = first_name_first(value.strip())
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
    if found and rest:
        place = [p for p in rest if re.fullmatch(r"[^\W\d_][\w .'-]*(?:, [^\W\d_][\w .'-]*)?", p)]
        if place and not profile.location and len(place[0].split()) <= 4:
            profile.location = place[0]
    return found


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
    with its number and a postal code with its town, parted by commas; whether it was one.

    Both parts must be there: a headline or a line of prose has a number now and then, but
    not a street and a postal code one after the other. Beside an address label
    (`labelled`) the town may stand alone ("14 Harbour Road, Cork, Ireland").
    """
    parts = [p.strip() for p in text.split(",") if p.strip()]
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
