"""Right-to-left text in a DOCX: Arabic and Hebrew runs marked w:rtl in their own font, and
paragraphs that start right to left laid out w:bidi.

Word and LibreOffice shape and order RTL text themselves; they only need to be told which runs
are right to left (w:rtl), which complex-script font draws them (w:rFonts w:cs, the bundled
Noto Sans Arabic or Hebrew the PDF uses) and which paragraphs read from the right (w:bidi).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from resume_builder.export import scripts
from resume_builder.export.fonts import FALLBACK_NAMES
from resume_builder.export.render_docx.styles import PPR_ORDER, RPR_ORDER, insert_ordered


def mark_right_to_left(body: Any) -> set[str]:
    """Marks every Arabic or Hebrew stretch under `body` (the document's w:body).

    A run holding both left-to-right and right-to-left text is cut into runs of one
    direction each, with the same formatting, so the Latin part keeps the template's font.

    Returns:
        The scripts marked ("arabic", "hebrew"): their fonts go into the file.

    """
    from docx.oxml.ns import qn

    text_tag = qn("w:t")
    found: set[str] = set()
    for paragraph in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in paragraph.iter(text_tag))
        if not scripts.has_rtl(text):
            continue
        for run in list(paragraph.iter(qn("w:r"))):
            found.update(_mark_run(run))
        if scripts.is_rtl_paragraph(text):
            properties = paragraph.get_or_add_pPr()
            if properties.find(qn("w:bidi")) is None:
                insert_ordered(properties, _element("w:bidi"), PPR_ORDER)
    return found


def _mark_run(run: Any) -> set[str]:
    from docx.oxml.ns import qn

    texts = run.findall(qn("w:t"))
    text = "".join(t.text or "" for t in texts)
    if not scripts.has_rtl(text):
        return set()
    pieces = scripts.split_rtl_runs(text)
    content = [child for child in run if child.tag != qn("w:rPr")]
    if len(pieces) == 1 or len(content) != 1:
        # All one direction, or a run with tabs or breaks between its texts: marked whole.
        _set_rtl(run, scripts.script_of(text))
        return {scripts.script_of(text)} - {""}
    for piece, script in pieces:
        part = deepcopy(run)
        part_text = part.find(qn("w:t"))
        part_text.text = piece
        part_text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if script:
            _set_rtl(part, script)
        run.addprevious(part)
    run.getparent().remove(run)
    return {script for _, script in pieces if script}


def _set_rtl(run: Any, script: str) -> None:
    from docx.oxml.ns import qn

    properties = run.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _element("w:rFonts")
        insert_ordered(properties, fonts, RPR_ORDER)
    fonts.set(qn("w:cs"), FALLBACK_NAMES[script])
    # The complex-script font and sizes apply to the whole run, its blanks and digits too.
    fonts.set(qn("w:hint"), "cs")
    if properties.find(qn("w:rtl")) is None:
        insert_ordered(properties, _element("w:rtl"), RPR_ORDER)


def _element(tag: str) -> Any:
    from docx.oxml import OxmlElement

    return OxmlElement(tag)
