"""Places in a Word file and references to them: bookmarks, in-document links and PAGEREF
fields (the table of contents' page numbers, the skills index's "p. 7").

A PAGEREF field is shown with the number it was saved with until the reader's program
updates it; the renderer saves the page the PDF layout found, which is the Word file's page
too (the two paginate alike), so the numbers are right as the file opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph as DocxParagraph


class References:
    """Numbers the bookmarks of one document and writes links and page fields to them."""

    def __init__(self) -> None:
        self._next_id = 0

    def bookmark(self, paragraph: DocxParagraph, name: str) -> None:
        """Marks the whole of `paragraph` with the bookmark `name`.

        Names starting with "_" are hidden in Word's bookmark list, as its own TOC's are.
        """
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._next_id))
        self._next_id += 1
        p = paragraph._p
        properties = p.pPr
        # After the paragraph's properties, which must stay its first child.
        if properties is not None:
            properties.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)

    @staticmethod
    def link(paragraph: DocxParagraph, anchor: str) -> Any:
        """An in-document hyperlink to the bookmark `anchor`, appended to `paragraph`; the
        caller moves the runs it should hold into it.
        """
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("w:anchor"), anchor)
        hyperlink.set(qn("w:history"), "1")
        paragraph._p.append(hyperlink)
        return hyperlink

    @staticmethod
    def page_ref(paragraph: DocxParagraph, anchor: str, shown: str, container: Any = None) -> None:
        """A PAGEREF field giving the page of the bookmark `anchor`, saved showing `shown`.

        Args:
            paragraph: where its runs are made.
            anchor: the bookmark's name.
            shown: the number shown until the field is updated.
            container: the element the runs go into (a hyperlink), else the paragraph.

        """

        def run(text: str = "") -> Any:
            word_run = paragraph.add_run(text)
            if container is not None:
                container.append(word_run._r)  # add_run put it in the paragraph: move it
            return word_run

        add_field(run, f"PAGEREF {anchor} \\h", shown)


def add_field(make_run: Callable[[str], Any], code: str, shown: str) -> None:
    """A complex field: begin, the instruction `code`, separate, `shown`, end.

    Args:
        make_run: makes and places a run with the given text (python-docx Run).
        code: the field instruction ("PAGE", or PAGEREF and a bookmark's name).
        shown: the result saved with it, shown until the reader's program updates it.

    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        make_run("")._r.append(element)

    char("begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    make_run("")._r.append(instruction)
    char("separate")
    make_run(shown)
    char("end")
