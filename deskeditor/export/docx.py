"""Word (.docx) export for sign-off: the approval slip on page 1, then the article.

The layout follows Nghị định 30/2020/NĐ-CP for administrative documents (A4,
margins, Times New Roman in every font slot, 14 pt justified body, page
numbers centred in the header from page 2). The document is built in memory
and written under a temporary name, so a failure never leaves half a file.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml.ns import qn
from docx.parts.image import ImagePart
from docx.shared import Cm, Emu, Length, Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from deskeditor import __version__
from deskeditor.errors import DeskEditorError, Message
from deskeditor.export import versionmark
from deskeditor.export.context import ExportContext, ExportOptions, check_exportable
from deskeditor.export.docx_fields import (
    CELL_PADDING,
    add_field,
    add_image_part,
    add_picture,
    add_runs,
    add_short_rule,
    add_text,
    bold_caps_width,
    bordered_box,
    cell_line,
    drop_template_leftovers,
    embed_mammoth_style_map,
    fixed_table,
    format_paragraph,
    keep_lines_before_breaks,
    last_body_paragraph,
    new_list_numbering,
    package_bytes,
    paragraph_style_ids,
    repeat_as_header,
    reset_style,
    rule_table,
    set_fonts,
    set_image_description,
    set_language,
    set_list_indent,
    set_numbering,
    set_paragraph_style,
    set_run_fonts,
    set_table_caption,
    set_theme_fonts,
    style_num_id,
    use_font_everywhere,
    xml_safe,
    xml_safe_limited,
)
from deskeditor.model import Block, Decision, Figure, ListBlock, Table, TextBlock, plain_text
from deskeditor.safeio import StagedFiles, WriteError, staged
from deskeditor.text.dates import official_date_line, short_date, web_date_line

FONT = "Times New Roman"
# Word has no ☐/☒ in Times New Roman; this is the font Windows draws them with.
SYMBOL_FONT = "Segoe UI Symbol"
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
TEXT_WIDTH = Length(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
FIRST_LINE = Cm(1.27)
LINE_SPACING = 1.15
# A portrait photo at full text width would be taller than the page and push
# its caption onto the next one; above this height it is scaled down instead.
MAX_PHOTO_HEIGHT = Mm(165)
# A photo that does not fit in what is left of the page is made smaller to fit
# there, rather than leave the rest of the page empty, down to this share of
# its size and never below MIN_PHOTO_HEIGHT; smaller than that, it moves on.
MIN_PHOTO_SHARE = 0.6
MIN_PHOTO_HEIGHT = Mm(70)
PAGE_BODY_PT = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 12700
FIGURE_LABEL = "Hình"
TABLE_LABEL = "Bảng"
# A table's text is the body's size; a column is never narrower than this.
TABLE_TEXT_PT = 14
MIN_COLUMN = Mm(15)
TWIP = 635  # EMU
DOTS = "……"

_L, _C, _R, _J = (
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)

# Title-like headings: bold 14 pt, justified, kept with what follows.
_HEADING = {"size": 14, "bold": True, "align": _J, "before": 6, "after": 6, "keep_next": True}

# Every paragraph style the document uses, reset and then set from this table.
PARAGRAPH_STYLES: dict[str, dict[str, Any]] = {
    "Normal": {"size": 14, "align": _L, "after": 6, "line": LINE_SPACING},
    "Body Text": {"align": _J, "first_line": FIRST_LINE, "after": 6, "line": LINE_SPACING},
    "Title": {"size": 14, "bold": True, "align": _C, "after": 6, "keep_next": True},
    "Heading 1": _HEADING,
    "Heading 2": _HEADING,
    "Quote": {"italic": True, "align": _J, "left": FIRST_LINE, "right": FIRST_LINE, "after": 6},
    "List Bullet": {"align": _J, "after": 6},
    "List Number": {"align": _J, "after": 6},
    "Caption": {"size": 13, "italic": True, "align": _C, "before": 3, "after": 12, "line": 1.0},
    "Header": {"size": 13, "after": 0, "line": 1.0},
    "Footer": {"size": 13, "after": 0, "line": 1.0},
}

# The Word style of each kind of text block. The title is level 1 (its Title
# style is based on Heading 1), so the body's headings are level 2, as on the web page.
TEXT_STYLES = {"paragraph": "Body Text", "heading": "Heading 2", "quote": "Quote"}
# For mammoth (Word to HTML), which maps only Heading styles by itself.
MAMMOTH_STYLE_MAP = """\
p[style-name='Title'] => h1:fresh
p[style-name='caption'] => p.caption:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Body Text'] => p:fresh
"""


class DocxExportError(DeskEditorError):
    """The Word document could not be made from this article."""


class TargetExistsError(WriteError):
    """The output file exists and overwriting was not asked for."""


DEFAULT_OPTIONS = ExportOptions()


def write_docx(
    ctx: ExportContext,
    path: Path,
    options: ExportOptions = DEFAULT_OPTIONS,
    batch: StagedFiles | None = None,
) -> Path:
    """Write the sign-off document of *ctx* to *path*; return *path*.

    With *batch* the file is only staged there, committed with the other outputs.
    """
    for _ in write_docx_steps(ctx, path, options, batch):
        pass
    return Path(path)


def write_docx_steps(
    ctx: ExportContext,
    path: Path,
    options: ExportOptions = DEFAULT_OPTIONS,
    batch: StagedFiles | None = None,
) -> Iterator[tuple[int, int]]:
    """Write like :func:`write_docx`, yielding ``(done, total)`` for a progress bar."""
    path = Path(path)
    check_exportable(ctx.article)
    if path.is_dir():
        raise WriteError("export.folder_not_docx", path=path)
    if path.exists() and not options.overwrite:
        raise TargetExistsError("export.exists", path=path)
    builder = DocxBuilder(ctx, options)
    yield from builder.steps()
    with staged(batch) as outputs:
        outputs.stage_file(path, builder.to_bytes())


@dataclass(frozen=True)
class _Base:
    """The styled, empty document every export starts from, and what it needs to know of it."""

    doc: DocxDocument
    style_ids: dict[str, str | None]
    grid_style_id: str
    bullet_id: int
    number_id: int


@lru_cache(maxsize=1)
def _styled_base() -> _Base:
    """Return python-docx's default template with this program's styles, made once.

    Each export deep-copies it (2 ms) instead of parsing the template and
    resetting every style again (15 ms): nothing here depends on the article.
    """
    doc = docx.Document()
    styles = doc.styles
    bullet_id = style_num_id(styles["List Bullet"].element) or 1
    number_id = style_num_id(styles["List Number"].element) or 1
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, FONT)
    set_language(rpr, "vi-VN")
    for name, spec in PARAGRAPH_STYLES.items():
        _apply_style(styles[name], **spec)
    tabs = styles["Header"].paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(Emu(TEXT_WIDTH // 2), WD_TAB_ALIGNMENT.CENTER)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    set_fonts(styles["Table Grid"].element.get_or_add_rPr(), FONT)
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.underline = True  # black like the text: the document is printed to be signed
    set_fonts(link.element.get_or_add_rPr(), FONT)
    # Level 1 in Word's navigation pane, and a heading for pandoc.
    styles["Title"].base_style = styles["Heading 1"]
    use_font_everywhere(styles.element, FONT)
    set_theme_fonts(doc, FONT)
    drop_template_leftovers(doc, f"deskeditor {__version__}")
    embed_mammoth_style_map(doc, MAMMOTH_STYLE_MAP)
    keep_lines_before_breaks(doc)
    numbering = doc.part.numbering_part.element
    for num_id in (bullet_id, number_id):
        set_list_indent(numbering, num_id, left=FIRST_LINE, hanging=Cm(0.635))
    style_ids = paragraph_style_ids(doc, list(PARAGRAPH_STYLES))
    return _Base(doc, style_ids, styles["Table Grid"].style_id, bullet_id, number_id)


class DocxBuilder:
    """Build the sign-off document in memory, one step at a time."""

    def __init__(self, ctx: ExportContext, options: ExportOptions) -> None:
        self.ctx = ctx
        self.options = options
        base = _styled_base()
        self.doc = copy.deepcopy(base.doc)
        self.figures = 0
        self.tables = 0
        self._style_ids = base.style_ids
        self._grid_style_id = base.grid_style_id
        self._image_parts: dict[int, ImagePart] = {}  # photo id -> its picture in the package
        self._numbering = self.doc.part.numbering_part.element
        self._bullet_id = base.bullet_id
        self._number_id = base.number_id
        self._page_used = 0.0  # points of the current page's height taken (an estimate)

    def steps(self) -> Iterator[tuple[int, int]]:
        """Add everything to the document, yielding progress after each block."""
        body = self.ctx.article.body
        total = len(body) + 2
        self._set_up_page()
        self._write_slip()
        yield 1, total
        self._write_article_head()
        for index, block in enumerate(body):
            BLOCK_WRITERS[block.kind](self, index, block)
            yield index + 2, total
        self._write_article_tail()
        self._set_properties()
        yield total, total

    def to_bytes(self) -> bytes:
        """Return the finished .docx file as bytes."""
        return package_bytes(self.doc)

    # ------------------------------------------------------------ set-up

    def _set_up_page(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
        # The header line must end above the 20 mm top margin.
        section.header_distance = section.footer_distance = Mm(10)
        section.different_first_page_header_footer = True  # no page number on the slip
        code = versionmark.code_line(self.ctx.version_code)
        first = section.first_page_header.paragraphs[0]
        set_paragraph_style(first, self._style_ids["Header"])
        first.add_run("\t\t")
        first.add_run(code).font.size = Pt(11)
        header = section.header.paragraphs[0]
        set_paragraph_style(header, self._style_ids["Header"])
        header.add_run("\t")
        add_field(header, "PAGE", "2")
        header.add_run("\t")
        header.add_run(code).font.size = Pt(11)

    # ------------------------------------------------------------ the approval slip

    def _write_slip(self) -> None:
        ctx, profile = self.ctx, self.ctx.profile
        article = ctx.article
        left, right = fixed_table(self.doc, [Mm(62), Mm(103)]).rows[0].cells
        if profile.governing_body:
            cell_line(left, profile.governing_body.upper(), size=13)
        agency = profile.agency_name.upper()
        cell_line(left, agency, size=13, bold=True)
        if agency.strip():
            add_short_rule(left, _agency_rule(agency, Mm(62)), Mm(62))
        cell_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True)
        cell_line(right, "Độc lập - Tự do - Hạnh phúc", size=13, bold=True)
        add_short_rule(right, Mm(57), Mm(103))
        date_line = official_date_line(profile.place_name, ctx.generated_at.date())
        cell_line(right, date_line, size=13, italic=True, before=6)

        title = self._para("PHIẾU DUYỆT TIN, BÀI", align=_C, bold=True, before=18, after=12)
        title.paragraph_format.keep_with_next = True
        submitted = ctx.submitted_at
        author = " / ".join(part for part in (article.author, article.author_unit) if part)
        rows = [
            ("Tên bài:", article.title),
            ("Chuyên mục:", article.category or DOTS),
            ("Tác giả / Đơn vị:", author or DOTS),
            ("Số ảnh:", str(len(article.figures()))),
            ("Mã phiên bản:", ctx.version_code),
            (
                "Ngày gửi duyệt:",
                f"{short_date(submitted)} {submitted:%H:%M}" if submitted else "Chưa gửi duyệt",
            ),
        ]
        table = fixed_table(self.doc, [Mm(45), Mm(120)], rows=len(rows))
        for row, (label, value) in zip(table.rows, rows, strict=True):
            cell_line(row.cells[0], label, size=13, after=3, align=_L)
            bold = label in ("Tên bài:", "Mã phiên bản:")
            cell_line(row.cells[1], value, size=13, after=3, bold=bold, align=_J)
        self._para("", after=0)

        box = bordered_box(self.doc, TEXT_WIDTH, Mm(30), self._grid_style_id)
        cell_line(box, "Ý kiến của biên tập viên:", size=13, bold=True, align=_L, before=3)
        self._para("", after=0)
        self._write_decision()

    def _write_decision(self) -> None:
        approval, profile = self.ctx.approval, self.ctx.profile
        position = (approval.approver_position if approval else "") or profile.approver_position
        name = approval.approver_name if approval else profile.approver_name
        box = bordered_box(self.doc, TEXT_WIDTH, Mm(32), self._grid_style_id)
        cell_line(
            box,
            f"Ý kiến của {position or 'Trưởng Ban biên tập'}:",
            size=13,
            bold=True,
            align=_L,
            before=3,
        )
        choices = cell_line(box, "", size=13, align=_L, before=6)
        choices.paragraph_format.tab_stops.add_tab_stop(Mm(55))
        choices.paragraph_format.tab_stops.add_tab_stop(Mm(105))
        for index, decision in enumerate(Decision):
            chosen = approval is not None and approval.decision == decision
            mark = choices.add_run(("\t" if index else "") + ("☒" if chosen else "☐"))
            set_run_fonts(mark, SYMBOL_FONT)
            choices.add_run(f" {decision.label}").bold = chosen
        if approval and approval.comment:
            cell_line(box, f"Ý kiến: {approval.comment}", size=13, italic=True, align=_J)

        sign = fixed_table(self.doc, [Mm(70), Mm(95)]).rows[0].cells[1]
        when = approval.decided_at if approval else None
        place = profile.place_name
        dated = (
            official_date_line(place, when.date())
            if when
            else f"{place + ', ' if place else ''}ngày {DOTS} tháng {DOTS} năm {DOTS}"
        )
        cell_line(sign, dated, size=13, italic=True, align=_C, before=6)
        cell_line(sign, (position or "Trưởng Ban biên tập").upper(), size=13, bold=True, align=_C)
        cell_line(sign, "(Ký, ghi rõ họ tên)", size=13, italic=True, align=_C, after=48)
        cell_line(sign, name or "", size=13, bold=True, align=_C)

    # ------------------------------------------------------------ the article

    def _write_article_head(self) -> None:
        article = self.ctx.article
        title = self._styled("Title", xml_safe(article.title))
        title.paragraph_format.page_break_before = True
        self._page_used = 0.0
        self._take(_text_height(article.title, 14, bold=True))
        if article.published_at:
            self._para(web_date_line(article.published_at), align=_C, italic=True, size=13)
            self._take(_text_height("", 13))
        if article.lead:
            self._styled("Body Text").add_run(xml_safe(article.lead)).bold = True
            self._take(_text_height(article.lead, 14, bold=True))

    def _write_article_tail(self) -> None:
        article = self.ctx.article
        last = last_body_paragraph(self.doc)
        ends_with_caption = last.paragraph_format.element.style == self._style_ids["Caption"]
        if (article.author or article.author_unit or article.source) and not ends_with_caption:
            # The byline never starts a page alone: it keeps the last paragraph with it. Not
            # a caption: pandoc takes a caption kept with what follows for a table's, and
            # the photo was sized with room for the byline (_photo).
            last.paragraph_format.keep_with_next = True
        if article.author or article.author_unit:
            byline = self._para("", align=_R, before=12, after=0)
            byline.paragraph_format.keep_with_next = bool(article.source)
            if article.author:
                byline.add_run(xml_safe(article.author)).bold = True
            if article.author_unit:
                if article.author:
                    byline.add_run().add_break()
                byline.add_run(xml_safe(article.author_unit)).italic = True
        if article.source:
            self._para(article.source, align=_R, italic=True, before=6)

    def _text(self, index: int, block: Block) -> None:
        assert isinstance(block, TextBlock)
        add_runs(self._styled(TEXT_STYLES[block.kind]), block.runs)
        self._take(_text_height(plain_text(block.runs), 14, bold=block.kind == "heading"))

    def _list(self, index: int, block: Block) -> None:
        assert isinstance(block, ListBlock)
        if block.ordered:
            style, num_id = "List Number", new_list_numbering(self._number_id, self._numbering)
        else:
            style, num_id = "List Bullet", self._bullet_id
        for item in block.items:
            paragraph = self._styled(style)
            set_numbering(paragraph, num_id)
            add_runs(paragraph, item)
            self._take(_text_height(plain_text(item), 14, width=Length(TEXT_WIDTH - FIRST_LINE)))

    def _photo(self, index: int, block: Block) -> None:
        assert isinstance(block, Figure)
        if block.photo_id is None:
            raise DocxExportError(Message("export.photo_not_saved", f"body[{index}]"))
        rendition = self.options.print_rendition
        data, _mime, width_px, height_px = self.ctx.photo(block.photo_id, rendition)
        caption_text = f"{FIGURE_LABEL} 0: {block.caption} ({block.credit})"
        after = self._byline_height() if index == len(self.ctx.article.body) - 1 else 0.0
        width, height = self._place_photo(*_fit_photo(width_px, height_px), caption_text, after)
        self.figures += 1
        number = self.figures
        picture = self._para("", align=_C, after=0, line=1.0)
        picture.paragraph_format.keep_with_next = True  # the caption stays on the photo's page
        image_part = self._image_parts.get(block.photo_id)
        if image_part is None:
            try:
                image_part = add_image_part(self.doc, data)
            except UnrecognizedImageError:
                raise DocxExportError(
                    Message("export.unreadable_photo", f"body[{index}]", id=block.photo_id)
                ) from None
            self._image_parts[block.photo_id] = image_part
        inline = add_picture(picture.add_run(), image_part, width, height)
        set_image_description(inline, block.alt, f"{FIGURE_LABEL} {number}")
        caption = self._styled("Caption")
        caption.add_run(f"{FIGURE_LABEL} ")
        add_field(caption, f"SEQ {FIGURE_LABEL} \\* ARABIC", str(number))
        text = f": {block.caption}" if block.caption else ""
        if block.credit:
            text += f" ({block.credit})"
        caption.add_run(xml_safe(text))

    def _table(self, index: int, block: Block) -> None:
        """A ruled table at the text width, its caption "Bảng N: …" above it (SEQ Bảng)."""
        assert isinstance(block, Table)
        self.tables += 1
        number = self.tables
        caption = self._styled("Caption")
        caption.paragraph_format.keep_with_next = True  # the caption opens the table's page
        caption.paragraph_format.space_before, caption.paragraph_format.space_after = Pt(6), Pt(3)
        caption.add_run(f"{TABLE_LABEL} ")
        add_field(caption, f"SEQ {TABLE_LABEL} \\* ARABIC", str(number))
        if block.caption:
            caption.add_run(xml_safe(f": {block.caption}"))
        widths = _column_widths(block)
        table = fixed_table(self.doc, widths, rows=len(block.rows))
        rule_table(table, TEXT_WIDTH, self._grid_style_id)
        set_table_caption(
            table, f"{TABLE_LABEL} {number}" + (f": {block.caption}" if block.caption else "")
        )
        repeat_as_header(table, block.header_rows)
        height = _text_height(block.caption, 13, after=9, line=1.0)
        for number_of_row, (row, cells) in enumerate(zip(table.rows, block.rows, strict=True)):
            header = number_of_row < block.header_rows
            tallest = 0.0
            for cell, runs, width in zip(row.cells, cells, widths, strict=True):
                paragraph = cell.paragraphs[0]
                format_paragraph(paragraph, align=_C if header else _L, before=2, after=2, line=1.0)
                paragraph.paragraph_format.first_line_indent = Pt(0)
                add_runs(paragraph, runs)
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_TEXT_PT)
                    if header:
                        run.bold = True
                text_width = Length(max(width - CELL_PADDING, Mm(5)))
                tallest = max(
                    tallest,
                    _text_height(plain_text(runs), TABLE_TEXT_PT, bold=header, width=text_width,
                                 after=4, line=1.0),
                )  # fmt: skip
            height += tallest
        self._take(height)
        self._para("", after=0, line=1.0)  # Word joins two tables that touch; this keeps them apart

    # ------------------------------------------------------------ page layout

    def _take(self, points: float) -> None:
        """Count *points* of height as used; text that overflows goes on to the next page."""
        self._page_used += points
        while self._page_used > PAGE_BODY_PT:
            self._page_used -= PAGE_BODY_PT

    def _byline_height(self) -> float:
        """Estimate the height of the byline and source (what follows an article's last block)."""
        article = self.ctx.article
        lines = bool(article.author) + bool(article.author_unit) + bool(article.source)
        return lines * 14 * 1.15 * LINE_SPACING + (18 if lines else 0)

    def _place_photo(
        self, width: Length, height: Length, caption: str, after: float = 0.0
    ) -> tuple[Length, Length]:
        """Return the photo's size: smaller, if that lets it, its caption and *after* end this page.

        Word moves a photo that does not fit to the next page, with its caption
        (keep with next), and leaves the rest of this page empty. Where the room
        left holds the photo at MIN_PHOTO_SHARE of its size or more, it is
        shrunk to that room instead.
        """
        caption_pt = _text_height(caption, 13, after=12, line=1.0) + 3 + after
        room = PAGE_BODY_PT - self._page_used - caption_pt - LINE_MARGIN_PT
        height_pt = height / 12700
        if height_pt > room:
            smallest = max(height_pt * MIN_PHOTO_SHARE, MIN_PHOTO_HEIGHT / 12700)
            if room >= smallest:
                scale = room / height_pt
                width, height = Emu(int(width * scale)), Emu(int(height * scale))
                height_pt = room
            else:
                self._page_used = 0.0  # the photo and its caption open the next page
        self._take(height_pt + caption_pt)
        return width, height

    # ------------------------------------------------------------ helpers

    def _styled(self, style: str, text: str = "") -> Paragraph:
        """Add a paragraph in one of PARAGRAPH_STYLES (by id: see paragraph_style_ids)."""
        return set_paragraph_style(self.doc.add_paragraph(text), self._style_ids[style])

    def _para(
        self,
        text: str,
        *,
        align: WD_ALIGN_PARAGRAPH | None = None,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        before: float | None = None,
        after: float | None = None,
        line: float | None = None,
    ) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        format_paragraph(paragraph, align=align, before=before, after=after, line=line)
        if text:
            add_text(paragraph, text, bold=bold, italic=italic, size=size)
        return paragraph

    def _set_properties(self) -> None:
        article, props = self.ctx.article, self.doc.core_properties
        created = self.ctx.generated_at
        if created.tzinfo is None:
            created = created.astimezone()  # a naive time is the user's local time
        created = created.astimezone(dt.UTC).replace(tzinfo=None)
        props.title = xml_safe_limited(article.title)
        props.author = xml_safe_limited(article.author)
        props.subject = xml_safe_limited(article.category)
        props.keywords = xml_safe_limited("; ".join(article.tags))
        props.category = "Phiếu duyệt tin, bài"
        props.content_status = article.status.label
        props.identifier = self.ctx.version_code  # what `deskeditor verify` reads
        props.comments = versionmark.code_line(self.ctx.version_code)
        props.language = "vi-VN"
        props.last_modified_by = "deskeditor"
        props.created = props.modified = created
        props.revision = 1


BLOCK_WRITERS: dict[str, Callable[[DocxBuilder, int, Block], None]] = {
    "paragraph": DocxBuilder._text,
    "heading": DocxBuilder._text,
    "quote": DocxBuilder._text,
    "list": DocxBuilder._list,
    "photo": DocxBuilder._photo,
    "table": DocxBuilder._table,
}


def _column_widths(table: Table) -> list[Length]:
    """Share the text width among the columns by how much text each holds.

    A column's share follows its longest cell (counted up to 30 characters,
    and at least 4): a column of numbers stays narrow, one of names gets room.
    Every column is at least MIN_COLUMN wide (when the columns allow it).
    """
    columns = table.columns
    weights = [
        min(30, max(4, *(len(plain_text(row[c])) for row in table.rows))) for c in range(columns)
    ]
    twips = int(TEXT_WIDTH) // TWIP  # Word keeps widths in whole twentieths of a point
    floor = min(int(MIN_COLUMN) // TWIP, twips // columns)
    spare = twips - floor * columns
    total = sum(weights)
    widths = [floor + spare * weight // total for weight in weights]
    widths[-1] += twips - sum(widths)  # the rounding goes to the last column
    return [Emu(width * TWIP) for width in widths]


def _apply_style(
    style: ParagraphStyle,
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    first_line: Length | None = None,
    left: Length | None = None,
    right: Length | None = None,
    before: float = 0,
    after: float = 6,
    line: float = LINE_SPACING,
    keep_next: bool = False,
) -> None:
    """Reset *style* to Times New Roman and set it from one row of PARAGRAPH_STYLES."""
    reset_style(style.element, FONT)
    font = style.font
    if size is not None:
        font.size = Pt(size)
    font.bold = bold or None
    font.italic = italic or None
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = first_line
    fmt.left_indent, fmt.right_indent = left, right
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = line
    fmt.keep_with_next = keep_next or None
    fmt.widow_control = True


# What the estimate of the room left keeps in hand, for lines it counts short.
LINE_MARGIN_PT = 18.0


def _text_height(
    text: str,
    size: float,
    *,
    bold: bool = False,
    width: Length = TEXT_WIDTH,
    after: float = 6,
    line: float = LINE_SPACING,
) -> float:
    """Estimate the height in points of a paragraph of *text* (erring on the tall side).

    An average Vietnamese character in Times New Roman is under half an em
    wide (0.55 em bold); a line is 1.15 em times the line spacing.
    """
    per_line = (width / 12700) / (size * (0.55 if bold else 0.5))
    lines = max(1, math.ceil(len(text) / per_line))
    return lines * size * 1.15 * line + after


def _agency_rule(agency: str, cell_width: Length) -> Length:
    """Return the line under the agency's name: two fifths of the name's printed width.

    Nghị định 30/2020 asks for 1/3 to 1/2 of the name's width; a name longer
    than the cell wraps, so its widest line is the cell's width at most.
    """
    widest = min(bold_caps_width(agency, 13), cell_width - CELL_PADDING)
    return Emu(int(widest * 0.4))


def _fit_photo(width_px: int, height_px: int) -> tuple[Length, Length]:
    """Return the text width and the matching height, shrunk if taller than allowed."""
    width = int(TEXT_WIDTH)
    height = int(width * height_px / max(width_px, 1))
    if height > MAX_PHOTO_HEIGHT:
        width = int(width * MAX_PHOTO_HEIGHT / height)
        height = int(MAX_PHOTO_HEIGHT)
    return Emu(width), Emu(height)
