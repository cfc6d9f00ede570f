"""Which link targets a document may carry: web (http, https) and e-mail (mailto) only."""

from __future__ import annotations

#: the only schemes a document links to; a résumé link should never run or open local things
LINK_SCHEMES = ("http://", "https://", "mailto:")


def safe_link(link: str) -> str:
    """The target a run may link to, or "" when it must stay plain text.

    http(s) and mailto targets pass as written (surrounding blanks removed); a scheme-less
    address as users type it ("example.com/me", "me@example.com") gets https:// or mailto:,
    since a link without a scheme would open nothing. Everything else (javascript:, file:,
    data:, tel:, relative paths) is refused.

    Args:
        link: the link target from the document tree.

    Returns:
        A target starting with one of `LINK_SCHEMES`, or "".

    """
    link = link.strip()
    lower = link.lower()
    for scheme in LINK_SCHEMES:
        if lower.startswith(scheme):
            return link if link[len(scheme) :].strip("/") else ""
    if (
        link
        and not any(char.isspace() for char in link)
        and ":" not in link.split("/", 1)[0]
        and "." in link
        and not link.startswith((".", "/", "\\", "#"))
    ):
        return "mailto:" + link if "@" in link.split("/", 1)[0] else "https://" + link
    return ""
