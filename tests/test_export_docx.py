"""Word export: the saved file is reopened with python-docx and checked against the decree."""

from __future__ import annotations

import copy
import datetime as dt
import errno
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import lxml.html
import pytest
from conftest import SAMPLE_ARTICLE
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from lxml import etree
from PIL import Image
from samples import PARAGRAPHS, PHOTOS, TABLE, import_long_article

from deskeditor.errors import ArticleFormatError
from deskeditor.export.context import ExportContext, ExportOptions, context_for
from deskeditor.export.docx import (
    MAX_PHOTO_HEIGHT,
    TEXT_WIDTH,
    TargetExistsError,
    write_docx,
    write_docx_steps,
)
from deskeditor.export.docx_fields import add_field, add_hyperlink, field_instructions
from deskeditor.jsonio import article_from_dict
from deskeditor.model import Approval, Decision, Figure, ListBlock, Run, SiteProfile
from deskeditor.safeio import WriteError
from deskeditor.store import Store
from deskeditor.store.workflow import decide, submit

REFERENCE = Path(__file__).parent / "reference"
FONT = "Times New Roman"
PROFILE = SiteProfile(
    governing_body="UBND tỉnh Lạng Sơn",
    agency_name="Sở Nội vụ",
    place_name="Lạng Sơn",
    approver_name="Nguyễn Văn Bình",
    approver_position="Trưởng Ban biên tập",
)
SUBMITTED = dt.datetime(2025, 7, 14, 9, 5)


@pytest.fixture(scope="module")
def long_export(tmp_path_factory):
    """The long sample (3 photos), submitted and approved, exported once for many checks."""
    folder = tmp_path_factory.mktemp("long")
    with Store(folder / "s.db") as store:
        store.save_site_profile(PROFILE)
        article_id = import_long_article(store, folder)
        submit(store, article_id, SUBMITTED)
        decide(
            store,
            article_id,
            "Nguyễn Văn Bình",
            "Trưởng Ban biên tập",
            Decision.APPROVE,
            "Đồng ý, đăng trong ngày.",
            dt.datetime(2025, 7, 14, 15, 0),
        )
        ctx = context_for(store, article_id)
        path = write_docx(ctx, folder / "duyet.docx")  # photos are read from the open store
    return path, ctx


@pytest.fixture(scope="module")
def document(long_export):
    return docx.Document(str(long_export[0]))


def jpeg(size=(30, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 120, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def small_context(photo_size=(1800, 1200), approval=None, **changes) -> ExportContext:
    """The conftest sample plus one photo, with every date fixed (for the golden file)."""
    article = article_from_dict(copy.deepcopy(SAMPLE_ARTICLE))
    article.body.insert(
        2,
        Figure(
            "Các đại biểu dự Hội nghị",
            "Ảnh: Trần Văn Ba",
            "Hội trường với nhiều đại biểu",
            photo_id=1,
        ),
    )
    for name, value in changes.items():
        setattr(article, name, value)
    data = jpeg()
    return ExportContext(
        article=article,
        version_code="A3F9-12C7",
        profile=PROFILE,
        link_groups=[],
        photo=lambda photo_id, rendition: (data, "image/jpeg", *photo_size),
        approval=approval,
        submitted_at=SUBMITTED,
        generated_at=dt.datetime(2025, 7, 14, 10, 0),
    )


def text_of(element) -> str:
    """Join the w:t text under *element* (python-docx's itertext repeats run text)."""
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def effective(paragraph, getter):
    """Return a paragraph property from the paragraph, else from its style chain."""
    value = getter(paragraph.paragraph_format)
    for style in style_chain(paragraph.style):
        if value is not None:
            break
        value = getter(style.paragraph_format)
    return value


def effective_size(paragraph):
    for style in style_chain(paragraph.style):
        if style.font.size is not None:
            return style.font.size
    return None


def body_paragraphs(document):
    return [p for p in document.paragraphs if p.style.name == "Body Text"]


# ---------------------------------------------------------------- page and styles


def test_page_is_a4_portrait_with_decree_margins(document):
    [section] = document.sections
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    ranges = {
        "top_margin": (20, 25),
        "bottom_margin": (20, 25),
        "left_margin": (30, 35),
        "right_margin": (15, 20),
    }
    for name, (low, high) in ranges.items():
        assert Mm(low) - Mm(0.1) <= getattr(section, name) <= Mm(high) + Mm(0.1), name


def _used_style_ids(path):
    with zipfile.ZipFile(path) as archive:
        pattern = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
        parts = [n for n in archive.namelist() if pattern.match(n)]
        xml = " ".join(archive.read(n).decode() for n in parts)
    return set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', xml)) | {"Normal"}


def test_times_new_roman_in_all_four_slots_of_every_style_in_the_package(long_export):
    """Not only the styles used: a heading Word's approver adds must not be Calibri in blue."""
    used = _used_style_ids(long_export[0])
    assert {"BodyText", "Title", "Caption", "ListBullet", "ListNumber", "Quote", "Header",
            "Heading2", "Hyperlink", "TableGrid"} <= used  # fmt: skip
    with zipfile.ZipFile(long_export[0]) as archive:
        styles = etree.fromstring(archive.read("word/styles.xml"))
        theme = archive.read("word/theme/theme1.xml").decode()
    defaults = styles.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = [("docDefaults", defaults.find(qn("w:rFonts")))]
    all_styles = styles.findall(qn("w:style"))
    names = {style.find(qn("w:name")).get(qn("w:val")) for style in all_styles}
    assert {"heading 1", "heading 2", "heading 9", "Title", "caption", "Light Shading"} <= names
    for style in all_styles:
        fonts.append((style.get(qn("w:styleId")), style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")))
        fonts += [(style.get(qn("w:styleId")), f) for f in style.iter(qn("w:rFonts"))]
        assert style.find(f".//{qn('w:color')}") is None, style.get(qn("w:styleId"))  # black
    for name, element in fonts:
        assert element is not None, name
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            assert element.get(qn(slot)) == FONT, (name, slot)
        assert not [a for a in element.attrib if "Theme" in a or "theme" in a], name
    # The theme's own heading and body fonts, which styles added in Word later take.
    assert "Calibri" not in theme and "Cambria" not in theme
    assert theme.count(f'<a:latin typeface="{FONT}"/>') == 2


def test_no_template_leftovers_in_the_package(long_export):
    with zipfile.ZipFile(long_export[0]) as archive:
        names = set(archive.namelist())
        app = archive.read("docProps/app.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert not {n for n in names if "thumbnail" in n or n.startswith("customXml")}
    assert "word/stylesWithEffects.xml" not in names
    assert "customXml" not in rels and "stylesWithEffects" not in rels
    assert "thumbnail" not in types
    assert "<Application>deskeditor " in app
    assert "Macintosh" not in app and "<Pages>" not in app and "<Words>" not in app


def test_text_is_black_and_links_underlined_not_blue(document):
    assert document.element.body.find(f".//{qn('w:color')}") is None
    link_style = document.styles["Hyperlink"]
    assert link_style.font.underline and link_style.font.color.rgb is None
    for link in document.element.body.iter(qn("w:hyperlink")):
        for run in link.iter(qn("w:r")):
            assert run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "Hyperlink"


def test_runs_do_not_override_the_font_except_for_checkbox_glyphs(document):
    body = document.element.body
    for fonts in body.iter(qn("w:rFonts")):
        run = fonts.getparent().getparent()
        assert text_of(run) in ("☐", "☒")


def test_body_text_follows_the_decree(document):
    paragraphs = body_paragraphs(document)
    assert len(paragraphs) >= 5
    for paragraph in paragraphs:
        assert Pt(13) <= effective_size(paragraph) <= Pt(14)
        assert effective(paragraph, lambda f: f.alignment) == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert Cm(1) - 100 <= effective(paragraph, lambda f: f.first_line_indent) <= Cm(1.27) + 100
        assert effective(paragraph, lambda f: f.space_after) >= Pt(6)
        assert 1.0 <= effective(paragraph, lambda f: f.line_spacing) <= 1.5


def test_title_lead_and_byline(document, long_export):
    ctx = long_export[1]
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == ctx.article.title
    assert title.paragraph_format.page_break_before  # the slip keeps page 1 to itself
    assert title.style.font.bold
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    lead = body_paragraphs(document)[0]
    assert lead.text == ctx.article.lead and all(r.bold for r in lead.runs)
    byline = next(p for p in document.paragraphs if p.text.startswith(ctx.article.author))
    assert byline.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert byline.runs[0].bold and byline.runs[-1].italic
    assert byline.runs[-1].text == ctx.article.author_unit
    assert document.paragraphs[-1].text == ctx.article.source


# ---------------------------------------------------------------- photos and captions


def test_each_photo_has_a_numbered_caption_kept_with_it(document):
    paragraphs = document.paragraphs
    captions = [
        i
        for i, p in enumerate(paragraphs)
        if p.style.name == "Caption" and not p.text.startswith("Bảng")  # a table's is above it
    ]
    assert len(captions) == len(PHOTOS) == len(document.inline_shapes)
    for number, (index, photo) in enumerate(zip(captions, PHOTOS, strict=True), 1):
        _, caption, credit, _ = photo
        paragraph = paragraphs[index]
        assert paragraph.text == f"Hình {number}: {caption} ({credit})"
        assert field_instructions(paragraph._p) == [r"SEQ Hình \* ARABIC"]
        picture = paragraphs[index - 1]
        assert picture._p.findall(f".//{qn('w:drawing')}")
        assert picture.paragraph_format.keep_with_next


def test_photos_fill_the_text_width_with_aspect_kept_and_alt_text(document):
    for shape, (_, _, _, alt) in zip(document.inline_shapes, PHOTOS, strict=True):
        assert abs(shape.width - TEXT_WIDTH) < Mm(0.1)
        assert shape.width * 1200 == pytest.approx(shape.height * 1800, rel=1e-4)
        assert shape._inline.docPr.get("descr") == alt


def test_a_tall_photo_is_shrunk_to_fit_the_page(tmp_path):
    path = write_docx(small_context(photo_size=(1200, 1800)), tmp_path / "a.docx")
    [shape] = docx.Document(str(path)).inline_shapes
    assert shape.height == MAX_PHOTO_HEIGHT
    assert shape.width * 1800 == pytest.approx(shape.height * 1200, rel=1e-4)


def _photo_after(paragraphs: int, tmp_path) -> tuple[Path, object]:
    """A portrait photo (165 mm tall at most) after the sample's text and *paragraphs* more."""
    ctx = small_context(photo_size=(1200, 1800))
    extra = [article_from_dict({"title": "x", "body": [{"type": "paragraph", "text": t}]}).body[0]
             for t in (PARAGRAPHS * 3)[:paragraphs]]  # fmt: skip
    ctx.article.body[2:2] = extra
    path = write_docx(ctx, tmp_path / "a.docx")
    return path, docx.Document(str(path)).inline_shapes[0]


def test_a_photo_shrinks_to_end_the_page_rather_than_leave_it_half_empty(tmp_path):
    path, shape = _photo_after(2, tmp_path)
    assert 0.6 * MAX_PHOTO_HEIGHT <= shape.height < MAX_PHOTO_HEIGHT - Mm(10)
    assert shape.width * 1800 == pytest.approx(shape.height * 1200, rel=1e-3)
    pages = _pdf_pages(path, tmp_path)
    if pages is not None:  # LibreOffice at hand: the photo and its caption end page 2
        assert "Hình 1" in pages[1] and PARAGRAPHS[1][:40] in pages[1]


def test_a_photo_that_would_shrink_too_much_opens_the_next_page_at_full_size(tmp_path):
    _path, shape = _photo_after(7, tmp_path)
    assert shape.height == MAX_PHOTO_HEIGHT


def test_the_byline_keeps_the_last_paragraph_with_it(tmp_path):
    ctx = small_context()  # ends with a numbered list
    document = docx.Document(str(write_docx(ctx, tmp_path / "a.docx")))
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text.startswith(ctx.article.author))
    assert paragraphs[index - 1].text == "Quý IV"
    assert paragraphs[index - 1].paragraph_format.keep_with_next
    assert paragraphs[index].paragraph_format.keep_with_next  # and the source with the byline


def test_a_last_caption_is_not_kept_with_the_byline(document, long_export):
    """pandoc reads a caption kept with what follows as a table's: the photo makes room instead."""
    paragraphs = document.paragraphs
    index = next(
        i for i, p in enumerate(paragraphs) if p.text.startswith(long_export[1].article.author)
    )
    assert paragraphs[index - 1].style.name == "Caption"
    assert not paragraphs[index - 1].paragraph_format.keep_with_next


def _pdf_pages(path: Path, tmp_path) -> list[str] | None:
    """The text of each page as LibreOffice lays the file out, or None without it."""
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        return None
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    text = subprocess.run(
        [pdftotext, str(path.with_suffix(".pdf")), "-"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=True,
    ).stdout  # fmt: skip
    return [" ".join(page.split()) for page in text.split("\f")]


# ---------------------------------------------------------------- read by other programs


def test_mammoth_reads_the_title_headings_captions_and_quote(long_export):
    """mammoth (Word to HTML, used by web editors' import) names each part, warns of none."""
    mammoth = pytest.importorskip("mammoth")
    ctx = long_export[1]
    with open(long_export[0], "rb") as handle:
        result = mammoth.convert_to_html(handle)
    page = lxml.html.fragment_fromstring(result.value, create_parent="div")
    assert [h.text_content() for h in page.xpath("//h1")] == [ctx.article.title]
    assert [h.text_content() for h in page.xpath("//h2")] == ["Nhiệm vụ trọng tâm 6 tháng cuối năm"]
    captions = [c.text_content() for c in page.xpath("//p[@class='caption']")]
    expected = [f"Hình {n}: {c} ({credit})" for n, (_, c, credit, _) in enumerate(PHOTOS, 1)]
    assert captions == [*expected[:2], f"Bảng 1: {TABLE['caption']}", expected[2]]
    table = page.xpath("//table")[-1]  # the article's, after the slip's
    assert [c.text_content() for c in table.xpath("(.//tr)[1]/*")] == TABLE["rows"][0]
    assert page.xpath("//blockquote/p")[0].text_content().startswith("Thi đua là yêu nước")
    assert [m.message for m in result.messages] == []


def test_pandoc_reads_the_title_as_a_heading_and_the_captions_as_captions(long_export):
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is missing: apt-get install -y pandoc")
    ctx = long_export[1]

    def read(reader: str) -> str:
        return subprocess.run(
            [pandoc, "-f", reader, "-t", "html", str(long_export[0])],
            capture_output=True, text=True, encoding="utf-8", timeout=120, check=True,
        ).stdout  # fmt: skip

    page = lxml.html.fragment_fromstring(read("docx"), create_parent="div")
    assert [" ".join(h.text_content().split()) for h in page.xpath("//h1")] == [ctx.article.title]
    assert len(page.xpath("//h2")) == 1
    captions = [f"Hình {n}: {c} ({credit})" for n, (_, c, credit, _) in enumerate(PHOTOS, 1)]
    figures = [" ".join(f.text_content().split()) for f in page.xpath("//figure/figcaption")]
    if figures:  # pandoc 3.1.12 and later make a figure of a photo and its Caption paragraph
        assert figures == captions
    else:  # older ones know the Caption style by name
        styled = lxml.html.fragment_fromstring(read("docx+styles"), create_parent="div")
        found = styled.xpath("//div[@data-custom-style='caption']")
        table_caption = f"Bảng 1: {TABLE['caption']}"
        assert [" ".join(d.text_content().split()) for d in found] == [
            *captions[:2],
            table_caption,
            captions[2],
        ]
    table = page.xpath("//table")[-1]  # the article's, after the slip's
    assert [" ".join(th.text_content().split()) for th in table.xpath(".//th")] == TABLE["rows"][0]


# ---------------------------------------------------------------- header, links, lists


def test_header_has_page_number_from_page_two_and_the_code_everywhere(document, long_export):
    code = long_export[1].version_code
    [section] = document.sections
    assert section.different_first_page_header_footer
    header = section.header._element
    assert "PAGE" in field_instructions(header)
    assert f"Mã phiên bản: {code}" in text_of(header)
    first = section.first_page_header._element
    assert "PAGE" not in field_instructions(first)
    assert f"Mã phiên bản: {code}" in text_of(first)


def test_links_are_real_hyperlinks(document):
    links = document.element.body.findall(f".//{qn('w:hyperlink')}")
    targets = {}
    for link in links:
        rel = document.part.rels[link.get(qn("r:id"))]
        assert rel.is_external
        targets[text_of(link)] = rel.target_ref
    assert targets == {
        "kế hoạch năm 2025": "https://sonoivu.example.gov.vn/ke-hoach-2025",
        "hộp thư": "mailto:tdkt@example.gov.vn",
        "Sở Tư pháp": "https://sotuphap.example.gov.vn/",  # in a table cell
    }


def test_lists_use_word_numbering(document):
    for name in ("List Bullet", "List Number"):
        items = [p for p in document.paragraphs if p.style.name == name]
        assert items
        assert all(p._p.pPr.numPr is not None for p in items)


def test_every_numbered_list_starts_again_at_one(tmp_path):
    ctx = small_context()
    ctx.article.body.append(ListBlock([[Run("Một")], [Run("Hai")]], ordered=True))
    document = docx.Document(str(write_docx(ctx, tmp_path / "a.docx")))
    ids = [p._p.pPr.numPr.numId.val for p in document.paragraphs if p.style.name == "List Number"]
    assert len(ids) == 4 and ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    numbering = document.part.numbering_part.element
    for num_id in {ids[0], ids[2]}:
        num = numbering.num_having_numId(num_id)
        assert num.lvlOverride_lst[0].startOverride.val == 1


# ---------------------------------------------------------------- slip


def _slip_text(document):
    body = document.element.body
    first_title = next(p for p in document.paragraphs if p.style.name == "Title")._p
    texts = []
    for element in body:
        if element is first_title:
            break
        texts.append(text_of(element))
    return "\n".join(texts)


def test_slip_holds_the_sign_off_fields_and_the_decision(document, long_export):
    ctx = long_export[1]
    slip = _slip_text(document)
    for expected in (
        "UBND TỈNH LẠNG SƠN",
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # as Nghị định 30 writes it, not "HOÀ"
        "Độc lập - Tự do - Hạnh phúc",
        "PHIẾU DUYỆT TIN, BÀI",
        ctx.article.title,
        "Thi đua - Khen thưởng",
        "Lê Thị Hoà / Phòng Thi đua - Khen thưởng, Sở Nội vụ",
        "Số ảnh:3",
        f"Mã phiên bản:{ctx.version_code}",
        "14/07/2025 09:05",
        "Ý kiến của biên tập viên",
        "☒ Đồng ý đăng",
        "☐ Sửa lại",
        "☐ Không đăng",
        "Đồng ý, đăng trong ngày.",
        "Lạng Sơn, ngày 14 tháng 7 năm 2025",
        "TRƯỞNG BAN BIÊN TẬP",
        "(Ký, ghi rõ họ tên)",
        "Nguyễn Văn Bình",
    ):
        assert expected in slip, expected


def _printed_width(text: str, size_pt: float) -> float | None:
    """Width in points of *text* in Times New Roman Bold's metrics (Liberation Serif Bold)."""
    from PIL import ImageFont

    # Liberation 2 (fonts-liberation2): version 1 has no Vietnamese letters.
    for folder in ("/usr/share/fonts/truetype/liberation2", "C:/Windows/Fonts"):
        for name in ("LiberationSerif-Bold.ttf", "timesbd.ttf"):
            if (Path(folder) / name).is_file():
                font = ImageFont.truetype(str(Path(folder) / name), 1000)
                return font.getlength(text) * size_pt / 1000
    return None


@pytest.mark.parametrize("agency", ["Sở Y tế", "Sở Nội vụ", "Ban Quản lý Khu kinh tế"])
def test_the_line_under_the_agency_is_a_third_to_a_half_of_its_name(tmp_path, agency):
    import dataclasses

    ctx = dataclasses.replace(
        small_context(), profile=dataclasses.replace(PROFILE, agency_name=agency)
    )
    document = docx.Document(str(write_docx(ctx, tmp_path / "a.docx")))
    cell = document.tables[0].rows[0].cells[0]
    [rule] = [p for p in cell.paragraphs if p._p.find(f".//{qn('w:pBdr')}") is not None]
    fmt = rule.paragraph_format
    length = (Mm(62) - Mm(3.8) - fmt.left_indent - fmt.right_indent) / 12700  # points
    name = _printed_width(agency.upper(), 13)
    if name is None:
        pytest.skip("no Times New Roman Bold or Liberation Serif Bold to measure the name with")
    assert name / 3 <= length <= name / 2, (length, name)


def test_undecided_slip_has_empty_boxes_and_a_blank_date(tmp_path):
    document = docx.Document(str(write_docx(small_context(), tmp_path / "a.docx")))
    slip = _slip_text(document)
    assert "☐ Đồng ý đăng" in slip and "☒" not in slip
    assert "Lạng Sơn, ngày …… tháng …… năm ……" in slip


def test_a_returned_decision_is_ticked(tmp_path):
    approval = Approval(
        1,
        1,
        "Trần Thị C",
        "Phó Trưởng Ban biên tập",
        Decision.REVISE,
        "Bổ sung số liệu.",
        dt.datetime(2025, 7, 1, 8, 0),
    )
    document = docx.Document(str(write_docx(small_context(approval=approval), tmp_path / "a.docx")))
    slip = _slip_text(document)
    assert "☒ Sửa lại" in slip and "☐ Đồng ý đăng" in slip
    assert "PHÓ TRƯỞNG BAN BIÊN TẬP" in slip and "Lạng Sơn, ngày 01 tháng 7 năm 2025" in slip


# ---------------------------------------------------------------- properties and text


def test_document_properties(document, long_export):
    ctx = long_export[1]
    props = document.core_properties
    assert props.title == ctx.article.title
    assert props.author == "Lê Thị Hoà"
    assert props.subject == "Thi đua - Khen thưởng"
    assert props.keywords == "thi đua; khen thưởng; giao ước thi đua"
    assert props.identifier == ctx.version_code
    created = props.created.replace(tzinfo=dt.UTC)
    assert created == ctx.generated_at.astimezone(dt.UTC)


def test_an_overlong_title_is_cut_in_the_properties_only(tmp_path):
    title = "Hội nghị " * 40
    document = docx.Document(str(write_docx(small_context(title=title), tmp_path / "a.docx")))
    assert len(document.core_properties.title) == 255
    assert next(p for p in document.paragraphs if p.style.name == "Title").text == title


def test_vietnamese_text_is_intact(document):
    text = "\n".join(p.text for p in document.paragraphs)
    for paragraph in (PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]):
        assert paragraph in text
    assert "Nhiệm vụ trọng tâm 6 tháng cuối năm" in text


# ---------------------------------------------------------------- writing safely


def test_refuses_to_overwrite_unless_asked(tmp_path):
    path = write_docx(small_context(), tmp_path / "a.docx")
    with pytest.raises(TargetExistsError, match="already exists"):
        write_docx(small_context(), path)
    write_docx(small_context(), path, ExportOptions(overwrite=True))
    assert docx.Document(str(path)).core_properties.identifier == "A3F9-12C7"


def test_missing_alt_text_is_refused_before_writing(tmp_path):
    ctx = small_context()
    ctx.article.figures()[0].alt = " "
    with pytest.raises(ArticleFormatError, match=r"body\[2\]\.alt"):
        write_docx(ctx, tmp_path / "a.docx")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_no_file(tmp_path, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("deskeditor.safeio.os.fsync", no_space)
    with pytest.raises(WriteError, match="No space left"):
        write_docx(small_context(), tmp_path / "a.docx")
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_block_by_block(tmp_path):
    ctx = small_context()
    steps = list(write_docx_steps(ctx, tmp_path / "a.docx"))
    total = len(ctx.article.body) + 2
    assert steps[-1] == (total, total) and len(steps) == total
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


# ---------------------------------------------------------------- golden file


def normalised_document_xml(path: Path) -> str:
    """Return word/document.xml pretty-printed, without the parts that may vary."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for element in root.iter():
        for name in list(element.attrib):
            if "rsid" in name:
                del element.attrib[name]
            elif name in (qn("r:embed"), qn("r:id")):
                element.set(name, "rId")  # relationship ids depend on part order
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def test_document_xml_matches_the_golden_file(tmp_path):
    actual = normalised_document_xml(write_docx(small_context(), tmp_path / "a.docx"))
    golden = REFERENCE / "document-sample.xml"
    if os.environ.get("DESKEDITOR_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), "no golden file yet: run with DESKEDITOR_UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")


def test_control_characters_pasted_into_text_do_not_break_the_file(tmp_path):
    ctx = small_context(lead="Dòng\x0bmột\x01")
    document = docx.Document(str(write_docx(ctx, tmp_path / "a.docx")))
    assert any(p.text == "Dòngmột" for p in document.paragraphs)


def test_hyperlink_and_field_helpers_survive_a_round_trip(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Xem ")
    add_hyperlink(paragraph, "https://example.gov.vn/a?b=1&c=2", "trang Sở").bold = True
    add_field(paragraph, "PAGE", "7")
    document.save(tmp_path / "h.docx")
    reopened = docx.Document(str(tmp_path / "h.docx")).paragraphs[0]
    [link] = reopened._p.findall(qn("w:hyperlink"))
    rel = reopened.part.rels[link.get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://example.gov.vn/a?b=1&c=2"
    assert text_of(link) == "trang Sở" and link.find(f".//{qn('w:b')}") is not None
    assert field_instructions(reopened._p) == ["PAGE"]
    assert reopened.text == "Xem trang Sở7"


# ---------------------------------------------------------------- tables (issue 17)


def _article_table(document):
    return document.tables[-1]  # the slip's tables come first


def test_a_table_is_ruled_at_the_text_width_in_times_new_roman(document):
    table = _article_table(document)
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    assert [b.tag.split("}")[1] for b in borders] == [
        "top", "left", "bottom", "right", "insideH", "insideV"
    ]  # fmt: skip
    assert {b.get(qn("w:val")) for b in borders} == {"single"}
    assert int(tbl_pr.find(qn("w:tblW")).get(qn("w:w"))) * 635 == pytest.approx(TEXT_WIDTH, abs=635)
    widths = [column.width for column in table.columns]
    assert TEXT_WIDTH - 4 * 635 < sum(widths) <= TEXT_WIDTH  # whole twips
    assert widths[0] > widths[1]  # the names' column is wider than the numbers'
    for row in table.rows:
        for cell in row.cells:
            assert cell.width in widths
            for run in cell.paragraphs[0].runs:
                assert run.font.size == Pt(14)
    # Times New Roman comes from the document's defaults: no run names another font.
    assert not table._tbl.findall(f".//{qn('w:rFonts')}")


def test_the_header_row_repeats_on_each_page_and_no_row_splits(document):
    rows = _article_table(document).rows
    headers = [row._tr.trPr.find(qn("w:tblHeader")) is not None for row in rows]
    assert headers == [True, False, False, False]
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert [c.text for c in rows[0].cells] == TABLE["rows"][0]
    assert all(run.bold for cell in rows[0].cells for run in cell.paragraphs[0].runs)
    assert [c.text for c in rows[3].cells] == ["Sở Văn hoá, Thể thao và Du lịch", "91", "", "Tốt"]
    assert rows[1].cells[3].paragraphs[0].runs[0].bold
    assert rows[3].cells[3].paragraphs[0].runs[0].italic


def test_the_table_caption_is_numbered_with_a_seq_field_above_it(document):
    paragraphs = document.paragraphs
    [caption] = [p for p in paragraphs if p.text.startswith("Bảng")]
    assert caption.text == f"Bảng 1: {TABLE['caption']}"
    assert caption.style.name == "Caption"
    assert field_instructions(caption._p) == [r"SEQ Bảng \* ARABIC"]
    assert caption.paragraph_format.keep_with_next
    assert caption._p.getnext() is _article_table(document)._tbl
    alt = _article_table(document)._tbl.tblPr.find(qn("w:tblCaption"))
    assert alt.get(qn("w:val")) == f"Bảng 1: {TABLE['caption']}"


def test_tables_are_numbered_apart_from_photos(tmp_path):
    from deskeditor.model import Table

    first = Table([[[Run("Ngày")], [Run("Việc")]], [[Run("02/6")], [Run("Ra quân")]]], "", 1)
    second = Table([[[Run("Sở Nội vụ")]]], "Đơn vị dự", 0)
    ctx = small_context(body=[first, *small_context().article.body, second])
    doc = docx.Document(str(write_docx(ctx, tmp_path / "a.docx")))
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert captions == [
        "Bảng 1", "Hình 1: Các đại biểu dự Hội nghị (Ảnh: Trần Văn Ba)", "Bảng 2: Đơn vị dự"
    ]  # fmt: skip
    assert doc.tables[-1].rows[0]._tr.trPr.find(qn("w:tblHeader")) is None


def test_a_long_table_repeats_its_header_on_the_next_page_in_libreoffice(tmp_path):
    """LibreOffice renders it: the header row is printed again at the top of page 2 and 3."""
    from deskeditor.model import Table

    rows = [[[Run("STT")], [Run("Họ và tên")], [Run("Đơn vị")], [Run("Danh hiệu")]]]
    rows += [
        [
            [Run(str(n))],
            [Run(f"Nguyễn Văn Thành {n}")],
            [Run("Sở Nội vụ")],
            [Run("Lao động tiên tiến")],
        ]
        for n in range(1, 121)
    ]
    ctx = small_context(body=[Table(rows, "Danh sách khen thưởng", 1)])
    path = write_docx(ctx, tmp_path / "dai.docx")
    pages = _pdf_pages(path, tmp_path)
    if pages is None:
        pytest.skip(
            "LibreOffice and pdftotext are needed: apt-get install libreoffice-writer-nogui poppler-utils"
        )
    article_pages = [page for page in pages if "Nguyễn Văn Thành" in page]
    assert len(article_pages) >= 3
    for page in article_pages:
        assert page.count("Họ và tên") == page.count("Danh hiệu") == 1, page[:300]
    assert "Nguyễn Văn Thành 120" in article_pages[-1]
