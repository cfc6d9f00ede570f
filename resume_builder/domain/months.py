"""Month names of the five document languages, shared by the date reader and the documents.

They live in domain/ so that reading "maj 2019" typed in an editor and writing "maj 2019" in a
Swedish résumé use the same words; export/locale.py imports them from here.
"""

from __future__ import annotations


def _twelve(names: str) -> tuple[str, ...]:
    words = tuple(names.split())
    assert len(words) == 12, names
    return words


#: language -> the twelve short names a document writes ("May 2019", "maj 2019")
SHORT_MONTHS: dict[str, tuple[str, ...]] = {
    "en": _twelve("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "sv": _twelve("jan feb mar apr maj jun jul aug sep okt nov dec"),
    "de": _twelve("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "fr": _twelve("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "es": _twelve("ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic."),
}

#: language -> the twelve full names ("September", "september", "septembre")
FULL_MONTHS: dict[str, tuple[str, ...]] = {
    "en": _twelve(
        "January February March April May June July August September October November December"
    ),
    "sv": _twelve(
        "januari februari mars april maj juni juli augusti september oktober november december"
    ),
    "de": _twelve(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    "fr": _twelve(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "es": _twelve(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
}
