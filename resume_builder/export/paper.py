"""The paper a document is drawn on: each size the user can pick, in millimetres."""

from __future__ import annotations

#: width and height in millimetres of each paper size, by the name the user picks (the names
#: are domain.preferences.PAPER_SIZES; a unit test keeps them equal)
PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),  # 8.5 × 11 in
}


def paper_name(name: str) -> str:
    """The paper size of that name, written as PAPER_MM writes it ("letter" is "Letter").

    Raises:
        ValueError: no paper size has that name.

    """
    wanted = name.strip().casefold()
    for known in PAPER_MM:
        if known.casefold() == wanted:
            return known
    raise ValueError(f"unknown page size “{name}”: use {' or '.join(PAPER_MM)}")


def paper_mm(name: str) -> tuple[float, float]:
    """The width and height in millimetres of a paper size, its name in any case.

    Raises:
        ValueError: no paper size has that name.

    """
    return PAPER_MM[paper_name(name)]
