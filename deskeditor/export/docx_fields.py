"""Small WordprocessingML helpers that python-docx has no API for.

Hyperlinks, complex fields (PAGE, SEQ), the four font slots, list numbering,
paragraph rules, fixed-width tables and a few paragraph shortcuts live here,
each in one place, so that ``docx.py`` reads as layout only.

This is the only module that touches python-docx's private names (``_p``,
``_r``, ``_tbl``, ``_body``, ``_Cell``, ``_ContentTypesItem``, ``_add_image_part``);
tests/test_docx_internals.py fails if a python-docx release moves them, and
tests/test_architecture.py if another module starts using them.
"""

from __future__ import annotations

import io
import unicodedata
import weakref
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.part import Part
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Numbering
from docx.oxml.shape import CT_Inline
from docx.oxml.styles import CT_Style
from docx.oxml.text.font import CT_RPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.image import ImagePart
from docx.shared import Emu, Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from deskeditor.model import Run as TextRun
from deskeditor.text import clean_text
from deskeditor.urls import published_url

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
# Theme attributes win over the explicit names in Word, so they must go.
THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
CELL_PADDING = Mm(3.8)  # Word's default left + right cell margins (108 twips each)
# Parts that are compressed already. python-docx deflates every part; for the
# photos that was most of the export's time (zlib over megabytes of JPEG, to
# gain under 1 %), so they are stored as they are.
STORED_CONTENT_TYPES = frozenset({"image/jpeg", "image/png", "image/gif"})
# XML 1.0 cannot carry control characters (python-docx raises on them):
# the one cleaner every exporter uses.
xml_safe = clean_text


def xml_safe_limited(text: str, size: int = 255) -> str:
    """Return *text* cut to the 255 characters a core property may hold."""
    text = xml_safe(text)
    return text if len(text) <= size else text[: size - 1] + "…"


def reset_style(style: CT_Style, font: str) -> None:
    """Empty a style's run and paragraph properties, then set *font* in every slot.

    The template's colours, borders and theme fonts would otherwise survive;
    list links and outline levels (the navigation pane) are kept.
    """
    rpr = style.get_or_add_rPr()
    for child in list(rpr):
        rpr.remove(child)
    ppr = style.get_or_add_pPr()
    for child in list(ppr):
        if child.tag not in (qn("w:numPr"), qn("w:outlineLvl")):
            ppr.remove(child)
    set_fonts(rpr, font)


def set_fonts(rpr: CT_RPr, name: str) -> None:
    """Set *name* in all four font slots of a ``w:rPr`` and drop theme fonts."""
    fonts = rpr.get_or_add_rFonts()
    for slot in THEME_SLOTS:
        fonts.attrib.pop(qn(slot), None)
    for slot in FONT_SLOTS:
        fonts.set(qn(slot), name)


def last_body_paragraph(doc: Document) -> Paragraph:
    """Return the last paragraph of *doc*'s body (``doc.paragraphs[-1]`` builds all of them)."""
    return Paragraph(doc.element.body.findall(qn("w:p"))[-1], doc._body)


def set_run_fonts(run: Run, name: str) -> None:
    """Set *name* in all four font slots of *run* (``run.font.name`` sets only two)."""
    set_fonts(run._r.get_or_add_rPr(), name)


def set_language(rpr: CT_RPr, tag: str) -> None:
    """Mark text as *tag* (e.g. ``vi-VN``) so Word spell-checks it in that language."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.attrib.clear()
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)


@dataclass
class _PartLinks:
    """What adding links to one part needs to remember so that each link costs the same."""

    rel_ids: dict[str, str] = field(default_factory=dict)  # URL -> rId
    next_number: int = 1
    style_ids: dict[str, str | None] = field(default_factory=dict)  # style name -> id


_PART_LINKS: weakref.WeakKeyDictionary[Part, _PartLinks] = weakref.WeakKeyDictionary()


def _link_rel_id(part: Part, url: str) -> str:
    """Return the id of *part*'s relationship to the external *url*, adding one if needed.

    ``Part.relate_to`` does the same, but it compares the URL with every
    relationship the part has, then looks for the first free rId from rId1,
    and setting a run's style by name finds the styles part among those
    relationships again: three scans per link, so a paragraph of 20,000 links
    took 139 s. Here all of it is remembered per part, and the export is linear.
    """
    rels = part.rels
    known = _PART_LINKS.setdefault(part, _PartLinks(next_number=len(rels) + 1))
    rel_id = known.rel_ids.get(url)
    if rel_id is None:
        while f"rId{known.next_number}" in rels:
            known.next_number += 1
        rel_id = f"rId{known.next_number}"
        rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rel_id, is_external=True)
        known.rel_ids[url] = rel_id
    return rel_id


def _character_style_id(paragraph: Paragraph, name: str) -> str | None:
    """Return the id of the character style *name* (None if the document lacks it), once per part."""
    known = _PART_LINKS.setdefault(
        paragraph.part, _PartLinks(next_number=len(paragraph.part.rels) + 1)
    )
    if name not in known.style_ids:
        try:
            # The document's styles, for a paragraph of the body or of a header alike.
            styles = paragraph.part.package.main_document_part.document.styles
            style = styles[name]
        except KeyError:
            known.style_ids[name] = None
        else:
            ok = style.type == WD_STYLE_TYPE.CHARACTER
            known.style_ids[name] = style.style_id if ok else None
    return known.style_ids[name]


def add_hyperlink(paragraph: Paragraph, url: str, text: str, style: str = "Hyperlink") -> Run:
    """Append a clickable external link to *paragraph*; return its run for formatting."""
    rel_id = _link_rel_id(paragraph.part, url)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    link.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    link.append(r)
    paragraph._p.append(link)
    run = Run(r, paragraph)
    run.text = xml_safe(text)
    style_id = _character_style_id(paragraph, style)
    if style_id is not None:
        r.style = style_id
    else:  # a document without the style: look like a link all the same
        run.font.underline = True
    return run


def _field_char(kind: str) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        # Cached results are correct when written; Word need not refresh them.
        char.set(qn("w:dirty"), "false")
    r.append(char)
    return r


def add_field(paragraph: Paragraph, instruction: str, cached: str) -> Run:
    """Append a complex field (``PAGE``, ``SEQ Hình \\* ARABIC``…) showing *cached*.

    Returns the run holding the cached result, so it can be formatted.
    """
    p = paragraph._p
    p.append(_field_char("begin"))
    r = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    r.append(instr)
    p.append(r)
    p.append(_field_char("separate"))
    result = paragraph.add_run(cached)
    p.append(_field_char("end"))
    return result


def field_instructions(element: BaseOxmlElement) -> list[str]:
    """Return the instructions of every field under *element*, stripped."""
    simple = [f.get(qn("w:instr"), "") for f in element.iter(qn("w:fldSimple"))]
    complex_ = [t.text or "" for t in element.iter(qn("w:instrText"))]
    return [text.strip() for text in simple + complex_]


def new_list_numbering(paragraph_style_num_id: int, numbering: CT_Numbering) -> int:
    """Create a ``w:num`` restarting at 1 over the same list definition; return its id.

    Each numbered list needs its own ``w:num``; sharing one would continue
    the count from the previous list.
    """
    base = numbering.num_having_numId(paragraph_style_num_id)
    num = numbering.add_num(base.abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


def set_numbering(paragraph: Paragraph, num_id: int, level: int = 0) -> None:
    """Attach *paragraph* to list *num_id* at *level* (an explicit ``w:numPr``)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def style_num_id(style_element: CT_Style) -> int | None:
    """Return the list id a paragraph style points at, if any."""
    num_id = style_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if num_id is None else int(num_id.get(qn("w:val")))


def set_list_indent(numbering: CT_Numbering, num_id: int, left: Length, hanging: Length) -> None:
    """Set the indentation of level 0 of the list definition behind *num_id*."""
    abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
    for abstract in numbering.iter(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) != str(abstract_id):
            continue
        for lvl in abstract.iter(qn("w:lvl")):
            if lvl.get(qn("w:ilvl")) != "0":
                continue
            for tab in lvl.iter(qn("w:tab")):
                tab.set(qn("w:pos"), str(left.twips))
            for ind in lvl.iter(qn("w:ind")):
                ind.set(qn("w:left"), str(left.twips))
                ind.set(qn("w:hanging"), str(hanging.twips))


def add_rule(paragraph: Paragraph, edge: str = "bottom", size_eighths: int = 6) -> None:
    """Draw a solid line along one edge of *paragraph* (between its indents)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        # pBdr must precede spacing/ind/jc in CT_PPr's sequence.
        anchor = next(
            (
                c
                for c in ppr
                if c.tag
                in {
                    qn("w:shd"),
                    qn("w:tabs"),
                    qn("w:spacing"),
                    qn("w:ind"),
                    qn("w:jc"),
                    qn("w:rPr"),
                }
            ),
            None,
        )
        if anchor is None:
            ppr.append(borders)
        else:
            anchor.addprevious(borders)
    borders.append(_border_line(edge, size_eighths, space_points=1))


def _border_line(edge: str, size_eighths: int, space_points: int) -> BaseOxmlElement:
    """Return one border (w:top, w:insideH...): a single black line, *space_points* from the text."""
    line = OxmlElement(f"w:{edge}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size_eighths))
    line.set(qn("w:space"), str(space_points))
    line.set(qn("w:color"), "000000")
    return line


def set_image_description(inline: CT_Inline, description: str, name: str) -> None:
    """Give a picture its alt text (``wp:docPr/@descr``) and no gap around it.

    Without explicit ``dist*`` attributes LibreOffice assumes 0.125" on each
    side and pushes a full-width picture past the right margin.
    """
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    doc_pr = inline.docPr
    doc_pr.set("descr", xml_safe(description))
    doc_pr.set("name", xml_safe(name))


def fixed_table(doc: Document, widths: list[Length], rows: int = 1) -> Table:
    """Add a borderless table with fixed column *widths* (Word and LibreOffice alike)."""
    table: Table = doc.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice reads
        for cell in column.cells:
            cell.width = width  # w:tcW, which Word reads
    return table


def bordered_box(
    doc: Document, width: Length, height: Length, grid_style_id: str | None = None
) -> _Cell:
    """Add a one-cell bordered box at least *height* tall; return its cell.

    *grid_style_id* is the id of the "Table Grid" style when the caller knows
    it: setting a style by name costs a scan of every style (see
    :func:`paragraph_style_ids`).
    """
    table = fixed_table(doc, [width])
    if grid_style_id is not None:
        table._tbl.tblStyle_val = grid_style_id
    else:
        table.style = doc.styles["Table Grid"]
    row = table.rows[0]
    row.height, row.height_rule = height, WD_ROW_HEIGHT_RULE.AT_LEAST
    row.cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return row.cells[0]


_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")


def _tblpr_insert(
    tbl_pr: BaseOxmlElement, element: BaseOxmlElement, before: tuple[str, ...]
) -> None:
    """Put *element* into w:tblPr ahead of the first child named in *before* (CT_TblPr's order)."""
    for old in tbl_pr.findall(element.tag):
        tbl_pr.remove(old)
    anchor = next((c for c in tbl_pr if c.tag in {qn(name) for name in before}), None)
    if anchor is None:
        tbl_pr.append(element)
    else:
        anchor.addprevious(element)


def rule_table(
    table: Table, width: Length, grid_style_id: str | None = None, size_eighths: int = 4
) -> None:
    """Draw every border of *table* (outside and between cells) and set its width to *width*.

    *grid_style_id* is the "Table Grid" style's id, given to the table as well
    (Word shows it as the table's style).

    The borders are the table's own (w:tblBorders), not only a style's, so
    LibreOffice and Word draw them alike; the width is fixed (w:tblW in
    twentieths of a point, with a fixed layout) so the table fits the text width.
    """
    if grid_style_id is not None:
        table._tbl.tblStyle_val = grid_style_id
    tbl_pr = table._tbl.tblPr
    table_width = OxmlElement("w:tblW")
    table_width.set(qn("w:w"), str(int(width / 635)))
    table_width.set(qn("w:type"), "dxa")
    _tblpr_insert(tbl_pr, table_width, ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                                        *_TBLPR_AFTER_BORDERS))  # fmt: skip
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_border_line(edge, size_eighths, space_points=0))
    _tblpr_insert(tbl_pr, borders, _TBLPR_AFTER_BORDERS)


def set_table_caption(table: Table, caption: str) -> None:
    """Give *table* its title for screen readers (w:tblCaption, Word's "Alt Text")."""
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), xml_safe_limited(caption))
    _tblpr_insert(table._tbl.tblPr, element, ("w:tblDescription",))


def repeat_as_header(table: Table, rows: int) -> None:
    """Mark the first *rows* rows as heading rows, repeated at the top of each page.

    Every row is also kept whole on its page (w:cantSplit): a row cut in two
    reads as two rows.
    """
    for number, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if number < rows:
            tr_pr.append(OxmlElement("w:tblHeader"))


def add_short_rule(cell: _Cell, length: Length, cell_width: Length) -> None:
    """Draw a centred line *length* long under the cell's last line, as the decree shows."""
    paragraph = cell.add_paragraph()
    side = Emu((cell_width - CELL_PADDING - length) // 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = side
    # Space before keeps the line clear of the dots below letters such as "Ụ".
    fmt.space_before, fmt.space_after = Pt(3), Pt(0)
    fmt.line_spacing = Pt(2)  # an empty paragraph would otherwise be a full line tall
    add_rule(paragraph, "top", 6)


def format_paragraph(
    paragraph: Paragraph,
    *,
    align: WD_ALIGN_PARAGRAPH | None = None,
    before: float | None = None,
    after: float | None = None,
    line: float | None = None,
) -> None:
    """Set alignment, spacing (in points) and line spacing where given."""
    fmt = paragraph.paragraph_format
    if align is not None:
        fmt.alignment = align
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> None:
    """Append *text* as one run with the given marks and size."""
    run = paragraph.add_run(xml_safe(text))
    run.bold = bold or None
    run.italic = italic or None
    if size is not None:
        run.font.size = Pt(size)


def add_runs(paragraph: Paragraph, runs: list[TextRun]) -> None:
    """Add the model's inline runs, with their marks and links."""
    for piece in runs:
        url = published_url(piece.link)  # a refused address is written as plain text
        if url:
            run = add_hyperlink(paragraph, url, piece.text)
        else:
            run = paragraph.add_run(xml_safe(piece.text))
        run.bold = piece.bold or None
        run.italic = piece.italic or None
        if piece.underline:
            run.underline = True


def cell_line(
    cell: _Cell,
    text: str,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    before: float = 0,
    after: float = 0,
) -> Paragraph:
    """Write one line into *cell* (its first, empty paragraph first)."""
    first = cell.paragraphs[0]
    # A new cell holds one bare paragraph; fill it rather than leave a blank line.
    fresh = len(cell.paragraphs) == 1 and first._p.pPr is None and not first.runs
    paragraph: Paragraph = first if fresh else cell.add_paragraph()
    format_paragraph(paragraph, align=align, before=before, after=after, line=1.0)
    if text:
        add_text(paragraph, text, bold=bold, italic=italic, size=size)
    return paragraph


def package_bytes(doc: Document) -> bytes:
    """Return *doc* as a .docx file, its photos stored rather than deflated.

    This is python-docx's ``Document.save`` (``OpcPackage.save`` and
    ``PackageWriter.write``: content types, package relationships, then each
    part with its relationships) with one change: parts of a type in
    STORED_CONTENT_TYPES are written with ZIP_STORED.
    """
    package = doc.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)
        archive.writestr(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            stored = part.content_type in STORED_CONTENT_TYPES
            archive.writestr(
                part.partname.membername,
                part.blob,
                compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
            )
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, part.rels.xml)
    return buffer.getvalue()


# ------------------------------------------------------------------ speed
# python-docx's conveniences below cost more than the rest of the export
# together; each replacement does the same XML work without the search.


def paragraph_style_ids(doc: Document, names: list[str]) -> dict[str, str | None]:
    """Return the style id of each paragraph style in *names* (None for the default one).

    Assigning ``paragraph.style = "Body Text"`` makes python-docx find the style
    by name and scan every style for the default, about a millisecond per
    paragraph; the ids are looked up once and set with :func:`set_paragraph_style`.
    """
    styles = doc.styles
    default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
    ids: dict[str, str | None] = {}
    for name in names:
        style = styles[name]
        ids[name] = None if default is not None and style == default else style.style_id
    return ids


def set_paragraph_style(paragraph: Paragraph, style_id: str | None) -> Paragraph:
    """Apply a style id from :func:`paragraph_style_ids`, as ``paragraph.style = name`` does."""
    paragraph._p.style = style_id
    return paragraph


def add_image_part(doc: Document, data: bytes) -> ImagePart:
    """Add the picture *data* to the package as a new image part; return it.

    ``Run.add_picture`` would first look for an identical picture by hashing
    every image already in the document, for every picture added (quadratic:
    36 SHA-1s of a megabyte for 8 photos). The exporter adds each photo once
    and reuses the part, so the search is not needed. Raises
    ``UnrecognizedImageError`` as ``add_picture`` does.
    """
    image = Image.from_blob(data)
    part: ImagePart = doc.part.package.image_parts._add_image_part(image)
    return part


def add_picture(run: Run, image_part: ImagePart, width: Length, height: Length) -> CT_Inline:
    """Append *image_part* to *run* as an inline picture of the given size (``add_picture``'s XML)."""
    story = run.part
    rel_id = story.relate_to(image_part, RELATIONSHIP_TYPE.IMAGE)
    inline = CT_Inline.new_pic_inline(
        story.next_id, rel_id, image_part.image.filename, Emu(width), Emu(height)
    )
    run._r.add_drawing(inline)
    return inline


# ------------------------------------------------------------------ the template's leftovers
# python-docx starts from a Word 2010 template: its styles carry theme fonts
# (Calibri, Cambria) and theme colours, and the package holds parts this
# document has no use for.

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
LEFTOVER_RELATIONSHIPS = frozenset(
    {RELATIONSHIP_TYPE.THUMBNAIL, RELATIONSHIP_TYPE.CUSTOM_XML, STYLES_WITH_EFFECTS}
)
_DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main"
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
# mammoth (docx to HTML) reads a style map stored in the package: with it the
# title and captions come out as such, not as plain paragraphs.
MAMMOTH_STYLE_MAP_TYPE = "http://schemas.zwobble.org/mammoth/style-map"


def use_font_everywhere(styles: BaseOxmlElement, font: str) -> None:
    """Give every style *font* in all four slots and text without colour (black).

    Not only the styles this program uses: a heading or table style the
    approver applies in Word must not come out in Calibri and blue either.
    """
    for style in styles.iter(qn("w:style")):
        set_fonts(style.get_or_add_rPr(), font)
        for fonts in style.iter(qn("w:rFonts")):
            for slot in THEME_SLOTS:
                fonts.attrib.pop(qn(slot), None)
            for slot in FONT_SLOTS:
                fonts.set(qn(slot), font)
        for colour in list(style.iter(qn("w:color"))):
            colour.getparent().remove(colour)


def set_theme_fonts(doc: Document, font: str) -> None:
    """Make the theme's heading and body fonts *font*, for styles Word adds later."""
    from lxml import etree

    part = doc.part.part_related_by(RELATIONSHIP_TYPE.THEME)
    theme = etree.fromstring(part.blob)
    for kind in ("majorFont", "minorFont"):
        for group in theme.iter(f"{{{_DRAWING_MAIN}}}{kind}"):
            for slot in ("latin", "ea", "cs"):
                for element in group.findall(f"{{{_DRAWING_MAIN}}}{slot}"):
                    element.set("typeface", font)
    part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def drop_template_leftovers(doc: Document, application: str) -> None:
    """Remove the blank thumbnail, the bibliography and Word 2010's style copy; honest app.xml."""
    package = doc.part.package
    for rels in (package.rels, doc.part.rels):
        for rel_id, rel in list(rels.items()):
            if rel.reltype in LEFTOVER_RELATIONSHIPS:
                rels.pop(rel_id)
    app = package.part_related_by(RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)
    app._blob = _APP_XML.format(application=escape(application)).encode("utf-8")


def keep_lines_before_breaks(doc: Document) -> None:
    """Leave a justified line that ends in a manual line break unstretched, as a browser does.

    Word otherwise spreads the words of such a line over the whole width; the
    setting goes first in ``w:compat``, where the schema's order puts it.
    """
    compat = doc.settings.element.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        doc.settings.element.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))


def embed_mammoth_style_map(doc: Document, style_map: str) -> None:
    """Store *style_map* where mammoth looks for it (Word ignores the part)."""
    part = Part(
        PackURI("/mammoth/style-map"),
        "text/prs.mammoth.style-map",
        style_map.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, MAMMOTH_STYLE_MAP_TYPE)


# Advance widths of Times New Roman Bold capitals, in thousandths of an em
# (the metrics Liberation Serif shares); other characters count as an "N".
_BOLD_CAPS = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -,.()",
        [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778,
         722, 556, 667, 722, 722, 1000, 722, 722, 667, *[500] * 10, 250, 333, 250, 250, 333, 333],
        strict=True,
    )
)  # fmt: skip


def bold_caps_width(text: str, size_pt: float) -> Length:
    """Return how wide *text* (capitals, Times New Roman Bold) prints at *size_pt*."""
    base = unicodedata.normalize("NFD", text.upper().replace("Đ", "D"))
    thousandths = sum(_BOLD_CAPS.get(char, 722) for char in base if not unicodedata.combining(char))
    return Pt(size_pt * thousandths / 1000)
