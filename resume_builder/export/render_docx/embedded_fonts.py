"""The bundled fonts a Word file uses, embedded in it as Word embeds fonts (obfuscated parts).

Word and LibreOffice read fonts from word/fonts/*.odttf when the reader's machine lacks them,
so the document keeps its type and its line breaks (and so its page count) everywhere. Each
part is the TTF with its first 32 bytes XOR-ed with a key that fontTable.xml names as a GUID
(ECMA-376 Part 1, 17.8.1; [MS-DOCX]); the key is derived from the face's name, so the same
face makes the same bytes in every export.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from resume_builder.export.fonts import (
    FALLBACK_NAMES,
    FAMILY_NAMES,
    fallback_font_path,
    font_path,
)

if TYPE_CHECKING:
    from pathlib import Path

    from docx.document import Document as DocxDocument

OBFUSCATED_FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
#: bytes of the font's start that are obfuscated
OBFUSCATED_LENGTH = 32
# The namespace the keys are made in: any fixed UUID keeps them the same from run to run.
_KEY_NAMESPACE = uuid.UUID("5b0f8d2e-6a7c-4f1e-9d3b-2c4a6e8f0a1b")
# fontTable.xml's embed elements in schema order, by (bold, italic).
_EMBED_TAGS = {
    (False, False): "w:embedRegular",
    (True, False): "w:embedBold",
    (False, True): "w:embedItalic",
    (True, True): "w:embedBoldItalic",
}


@dataclass(frozen=True)
class EmbeddedFace:
    """One face to embed: the family name the runs use, its style and its TTF."""

    family: str
    bold: bool
    italic: bool
    path: Path

    @property
    def key(self) -> str:
        """The fontKey GUID, in braces and upper case as Word writes it."""
        name = f"{self.family}/{int(self.bold)}{int(self.italic)}"
        return "{" + str(uuid.uuid5(_KEY_NAMESPACE, name)).upper() + "}"


def bundled_face(family_key: str, bold: bool, italic: bool) -> EmbeddedFace:
    """A face of a template family ("serif", "sans")."""
    return EmbeddedFace(FAMILY_NAMES[family_key], bold, italic, font_path(family_key, bold, italic))


def fallback_face(key: str, bold: bool = False) -> EmbeddedFace:
    """A face of a fallback font ("math": Noto Sans Math, "arabic", "hebrew")."""
    return EmbeddedFace(FALLBACK_NAMES[key], bold, False, fallback_font_path(key, bold))


def obfuscate(data: bytes, key: str) -> bytes:
    """The font bytes as an .odttf part (or back: the operation is its own inverse).

    The key's 32 hex digits, read as 16 bytes from the last pair to the first, are XOR-ed
    over the first 32 bytes of the file, twice round.
    """
    digits = key.strip("{}").replace("-", "")
    key_bytes = bytes.fromhex(digits)[::-1]
    head = bytes(
        byte ^ key_bytes[index % len(key_bytes)]
        for index, byte in enumerate(data[:OBFUSCATED_LENGTH])
    )
    return head + data[OBFUSCATED_LENGTH:]


def embed_fonts(doc: DocxDocument, faces: list[EmbeddedFace]) -> None:
    """Replaces the template's font table by one naming `faces`' families, each face embedded.

    The template's table lists Calibri, Cambria and Japanese fonts the document no longer
    uses; a table naming only our families tells the reader which fonts to load.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    font_table = next(
        (
            rel.target_part
            for rel in doc.part.rels.values()
            if rel.reltype == RELATIONSHIP_TYPE.FONT_TABLE
        ),
        None,
    )
    if font_table is None:
        return
    package = doc.part.package
    families: dict[str, list[str]] = {}
    for number, face in enumerate(faces, start=1):
        blob = obfuscate(face.path.read_bytes(), face.key)
        part = Part(PackURI(f"/word/fonts/font{number}.odttf"), OBFUSCATED_FONT_TYPE, blob, package)
        relationship_id = font_table.relate_to(part, FONT_RELATIONSHIP)
        tag = _EMBED_TAGS[(face.bold, face.italic)]
        families.setdefault(face.family, []).append(
            f'<{tag} r:id="{relationship_id}" w:fontKey="{face.key}"/>'
        )
    order = list(_EMBED_TAGS.values())
    entries = []
    for family, embeds in families.items():
        embeds.sort(key=lambda text: order.index(text[1 : text.index(" ")]))
        entries.append(
            f'<w:font w:name="{family}"><w:charset w:val="00"/><w:family w:val="auto"/>'
            f'<w:pitch w:val="variable"/>{"".join(embeds)}</w:font>'
        )
    xml = (
        '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(entries)
        + "</w:fonts>"
    )
    from lxml import etree

    font_table._blob = etree.tostring(
        parse_xml(xml), xml_declaration=True, encoding="UTF-8", standalone=True
    )
    _ask_for_embedded_fonts(doc)


def _ask_for_embedded_fonts(doc: DocxDocument) -> None:
    """w:embedTrueTypeFonts in settings.xml: Word keeps the fonts when it saves the file."""
    from docx.oxml import OxmlElement

    settings = doc.settings.element
    # Schema order: it follows these elements and precedes everything else the template has.
    before = (
        "w:writeProtection",
        "w:view",
        "w:zoom",
        "w:removePersonalInformation",
        "w:removeDateAndTime",
        "w:doNotDisplayPageBoundaries",
        "w:displayBackgroundShape",
        "w:printPostScriptOverText",
        "w:printFractionalCharacterWidth",
        "w:printFormsData",
    )
    from docx.oxml.ns import qn

    if settings.find(qn("w:embedTrueTypeFonts")) is not None:
        return
    element = OxmlElement("w:embedTrueTypeFonts")
    position = 0
    for index, child in enumerate(settings):
        if child.tag in {qn(tag) for tag in before}:
            position = index + 1
    settings.insert(position, element)


def _tables(data: bytes) -> dict[bytes, int]:
    """Where each table of a TTF starts (its tag -> offset)."""
    import struct

    (count,) = struct.unpack_from(">H", data, 4)
    return {
        data[12 + 16 * index : 16 + 16 * index]: struct.unpack_from(">I", data, 20 + 16 * index)[0]
        for index in range(count)
    }


@cache
def font_cmap(path: Path) -> dict[int, int]:
    """The glyph of each code point a TTF maps (its Unicode cmap), read once per process.

    Read here rather than through reportlab, whose import and font parsing a DOCX export
    would otherwise pay for one table.
    """
    import struct

    data = path.read_bytes()
    offset = _tables(data).get(b"cmap")
    if offset is None:
        return {}
    _, count = struct.unpack_from(">HH", data, offset)
    subtables = {}
    for index in range(count):
        platform, encoding, start = struct.unpack_from(">HHI", data, offset + 4 + 8 * index)
        subtables[(platform, encoding)] = offset + start
    glyphs: dict[int, int] = {}
    full = subtables.get((3, 10)) or subtables.get((0, 4))
    if full is not None and struct.unpack_from(">H", data, full)[0] == 12:
        (groups,) = struct.unpack_from(">I", data, full + 12)
        for group in range(groups):
            first, last, glyph = struct.unpack_from(">III", data, full + 16 + 12 * group)
            glyphs.update(
                zip(range(first, last + 1), range(glyph, glyph + last - first + 1), strict=True)
            )
        return glyphs
    bmp = subtables.get((3, 1)) or subtables.get((0, 3))
    if bmp is None or struct.unpack_from(">H", data, bmp)[0] != 4:
        return {}
    (segments,) = struct.unpack_from(">H", data, bmp + 6)
    segments //= 2
    ends = struct.unpack_from(f">{segments}H", data, bmp + 14)
    starts = struct.unpack_from(f">{segments}H", data, bmp + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, bmp + 16 + 4 * segments)
    range_offsets_at = bmp + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", data, range_offsets_at)
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start == 0xFFFF:
            continue
        for code in range(start, end + 1):
            if range_offsets[number]:
                at = range_offsets_at + 2 * number + range_offsets[number] + 2 * (code - start)
                (glyph,) = struct.unpack_from(">H", data, at)
                glyph = (glyph + deltas[number]) & 0xFFFF if glyph else 0
            else:
                glyph = (code + deltas[number]) & 0xFFFF
            if glyph:
                glyphs[code] = glyph
    return glyphs


def font_characters(path: Path) -> frozenset[int]:
    """The code points a TTF has glyphs for."""
    return frozenset(font_cmap(path))


@cache
def _advances(path: Path) -> tuple[dict[int, float], float]:
    """Each mapped code point's advance width in ems, and the width of a missing glyph."""
    import struct

    data = path.read_bytes()
    tables = _tables(data)
    (units,) = struct.unpack_from(">H", data, tables[b"head"] + 18)
    (metrics,) = struct.unpack_from(">H", data, tables[b"hhea"] + 34)
    hmtx = tables[b"hmtx"]
    widths = struct.unpack_from(f">{metrics * 2}H", data, hmtx)[::2]

    def advance(glyph: int) -> float:
        return widths[min(glyph, metrics - 1)] / units

    return {code: advance(glyph) for code, glyph in font_cmap(path).items()}, advance(0)


def text_width(text: str, family_key: str, size: float) -> float:
    """The width in points of `text` in the regular face of a template family, unkerned (as
    reportlab measures it).
    """
    widths, missing = _advances(font_path(family_key))
    return size * sum(widths.get(ord(char), missing) for char in text)


def math_characters(families: list[str]) -> frozenset[str]:
    """The characters Noto Sans Math draws that a template family lacks ("→", "−", "≤").

    Args:
        families: the template families the text is set in ("serif", "sans").

    """
    covered = frozenset.intersection(*(font_characters(font_path(f)) for f in families))
    return frozenset(chr(code) for code in font_characters(fallback_font_path("math")) - covered)


def set_math_runs(root: Any, math: frozenset[str]) -> bool:
    """Splits every run under `root` whose text holds a sign of `math` so that each stretch
    of those signs is a run of its own in Noto Sans Math, as the PDF draws them.

    The run keeps its style and its formatting; only its fonts change. Returns whether any
    run was split (and so whether the math font must be embedded).
    """
    from copy import deepcopy

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from resume_builder.export.render_docx.styles import RPR_ORDER, insert_ordered

    text_tag, rpr_tag = qn("w:t"), qn("w:rPr")
    family = FALLBACK_NAMES["math"]
    found = False
    for run in list(root.iter(qn("w:r"))):
        texts = [child for child in run if child.tag == text_tag]
        if not any(
            not (t.text or "").isascii() and any(c in math for c in t.text or "") for t in texts
        ):
            continue
        found = True
        rpr = run.find(rpr_tag)
        pieces: list[tuple[list[Any], bool]] = []  # (children, in the math font)
        for child in run:
            if child.tag == rpr_tag:
                continue
            if child.tag != text_tag or not any(c in math for c in child.text or ""):
                pieces.append(([child], False))
                continue
            for stretch, is_math in _stretches(child.text, math):
                element = OxmlElement("w:t")
                element.text = stretch
                if stretch != stretch.strip():
                    element.set(qn("xml:space"), "preserve")
                pieces.append(([element], is_math))
        parent = run.getparent()
        position = parent.index(run)
        parent.remove(run)
        for offset, (children, is_math) in enumerate(pieces):
            new = OxmlElement("w:r")
            properties = deepcopy(rpr) if rpr is not None else None
            if is_math:
                if properties is None:
                    properties = OxmlElement("w:rPr")
                for old in properties.findall(qn("w:rFonts")):
                    properties.remove(old)
                fonts = OxmlElement("w:rFonts")
                for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
                    fonts.set(qn(f"w:{attribute}"), family)
                insert_ordered(properties, fonts, RPR_ORDER)
            if properties is not None:
                new.append(properties)
            for child in children:
                new.append(child)
            parent.insert(position + offset, new)
    return found


def _stretches(text: str, math: frozenset[str]) -> list[tuple[str, bool]]:
    stretches: list[tuple[str, bool]] = []
    for char in text:
        is_math = char in math
        if stretches and stretches[-1][1] == is_math:
            stretches[-1] = (stretches[-1][0] + char, is_math)
        else:
            stretches.append((char, is_math))
    return stretches


#: zlib level for the font parts: level 1 makes them 8% larger than the default level 6 in a
#: third of the time (compressing half a megabyte per face was most of a DOCX export's time)
FONT_COMPRESSION_LEVEL = 1


def save_document(doc: DocxDocument, stream: Any) -> None:
    """Writes the package as python-docx's `Document.save` does, but with the font parts
    compressed at `FONT_COMPRESSION_LEVEL` (python-docx compresses every part at the default).
    """
    import zipfile

    from docx.opc.pkgwriter import PackageWriter

    class _Writer:
        def __init__(self) -> None:
            self.zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)

        def write(self, pack_uri: Any, blob: bytes) -> None:
            level = FONT_COMPRESSION_LEVEL if pack_uri.ext == "odttf" else None
            self.zip.writestr(pack_uri.membername, blob, compresslevel=level)

    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    writer = _Writer()
    # The same three steps as PackageWriter.write, into the writer above.
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    PackageWriter._write_parts(writer, parts)
    writer.zip.close()
