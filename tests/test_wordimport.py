"""Word drafts in (issue 17): what a .docx brings in, what it reports, what it refuses."""

from __future__ import annotations

import copy
import io
import shutil
import sqlite3
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import docx
import lxml.html
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from deskeditor import cli
from deskeditor.errors import WordImportError
from deskeditor.model import (
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    body_texts,
    plain_text,
)
from deskeditor.store import Store
from deskeditor.wordimport import import_docx, read_docx, store_draft
from deskeditor.wordimport.article import split_byline, split_caption
from tests.conftest import _file_system_takes_vietnamese
from tests.wordgen import (
    add_footnote_reference,
    add_grouped_picture,
    add_hyperlink,
    add_picture_paragraph,
    add_text_box,
    add_tracked,
    ole_file,
    photo_bytes,
    realistic_draft,
    set_font,
)


def codes(draft) -> dict[str, str]:
    """The report as {kind: English line}, the kind being the code without "word."."""
    return {item.code.removeprefix("word."): item.message for item in draft.report}


@pytest.fixture
def draft_path(tmp_path) -> Path:
    # A Vietnamese name wherever file names can hold one (always on Windows).
    name = "bản thảo.docx" if _file_system_takes_vietnamese() else "ban-thao.docx"
    return realistic_draft(tmp_path / name)


# ---------------------------------------------------------------- what comes in


def test_a_realistic_draft_comes_in_whole(draft_path):
    draft = read_docx(draft_path)
    article = draft.article
    assert article.title == "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026"
    assert (article.author, article.author_unit) == ("Nguyễn Văn An", "Văn phòng Sở")
    assert article.status.value == "draft"
    assert article.lead.startswith("Sáng ngày 15/7, Sở Nội vụ tổ chức hội nghị")
    kinds = [block.kind for block in article.body]
    assert kinds[:4] == ["heading", "paragraph", "list", "photo"]
    link = next(run for run in article.body[1].runs if run.link)
    assert (link.text, link.link) == (
        "Cổng thông tin điện tử tỉnh",
        "https://langson.gov.vn/tin-tuc",
    )
    assert any(run.italic and run.text == "hoàn thành vượt mức" for run in article.body[1].runs)
    lists = [block for block in article.body if isinstance(block, ListBlock)]
    assert [(len(b.items), b.ordered) for b in lists] == [(2, False), (2, True)]
    quote = next(block for block in article.body if isinstance(block, Quote))
    assert not any(run.italic for run in quote.runs)  # the Quote style's italics are the block's
    figures = article.figures()
    assert [(f.caption, f.credit, f.alt) for f in figures] == [
        (
            "Đồng chí Giám đốc Sở phát biểu tại hội nghị",
            "Ảnh: Trần Văn Ba",
            "Lãnh đạo Sở phát biểu",
        ),
        (
            "Trao bằng khen cho các tập thể xuất sắc",
            "Ảnh: Nguyễn Thị Hoa",
            "Đại biểu nhận bằng khen",
        ),
    ]
    assert len(draft.photos) == 2
    texts = [text for _, _, text in body_texts(article.body)]
    assert "Huyện Cao Lộc" in " ".join(texts)
    assert not any("Nguyễn Văn An" in text for text in texts)  # the byline left the body
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)
    assert draft.report == []


def test_lists_follow_the_numbering_definitions_not_the_characters(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề bài", style="Title")
    document.add_paragraph("- Gạch đầu dòng gõ tay, không phải danh sách")
    document.add_paragraph("1. Số gõ tay, không phải danh sách")
    document.add_paragraph("• Mục có dấu chấm nhưng đánh số", style="List Number")
    document.add_paragraph("1. Mục có số nhưng là gạch đầu dòng", style="List Bullet")
    path = tmp_path / "danh-sach.docx"
    document.save(path)
    body = read_docx(path).article.body
    assert [type(b).__name__ for b in body] == ["Paragraph", "Paragraph", "ListBlock", "ListBlock"]
    assert [b.ordered for b in body[2:]] == [True, False]


def test_a_bullet_definition_changed_to_decimal_makes_a_numbered_list(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    document.add_paragraph("Mục một", style="List Bullet")
    numbering = document.part.numbering_part.element
    for fmt in numbering.iter(qn("w:numFmt")):
        fmt.set(qn("w:val"), "decimal")
    path = tmp_path / "so.docx"
    document.save(path)
    (block,) = read_docx(path).article.body
    assert isinstance(block, ListBlock) and block.ordered


@pytest.mark.parametrize(
    "build, title, first_kind",
    [
        (lambda d: (d.add_heading("Tiêu đề là đề mục", 1), d.add_paragraph("Nội dung.")),
         "Tiêu đề là đề mục", "paragraph"),
        (lambda d: _bold_centred(d, "TIÊU ĐỀ IN ĐẬM CĂN GIỮA"), "TIÊU ĐỀ IN ĐẬM CĂN GIỮA", "paragraph"),
        (lambda d: (d.add_paragraph("Đoạn mở đầu."), d.add_heading("Đề mục sau", 2)),
         "Đề mục sau", "paragraph"),
    ],
)  # fmt: skip
def test_the_title_is_found(tmp_path, build, title, first_kind):
    document = docx.Document()
    build(document)
    path = tmp_path / "t.docx"
    document.save(path)
    article = read_docx(path).article
    assert article.title == title
    assert article.body[0].kind == first_kind


def _bold_centred(document, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("Nội dung bài.")


def test_without_a_title_the_file_name_is_used_and_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("Chỉ có một đoạn văn.")
    path = tmp_path / "tin-ngan.docx"
    document.save(path)
    draft = read_docx(path)
    assert draft.article.title == "tin-ngan"
    assert "no_title" in codes(draft)


def test_captions_by_photo_prefix_and_italics(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    add_picture_paragraph(document, photo_bytes((10, 120, 10)))
    document.add_paragraph("Ảnh: Quang cảnh buổi lễ tại hội trường tỉnh (Ảnh: Lê Hoà)")
    add_picture_paragraph(document, photo_bytes((120, 10, 10)))
    document.add_paragraph().add_run("Các đại biểu tham quan gian trưng bày").italic = True
    add_picture_paragraph(document, photo_bytes((10, 10, 120)))
    document.add_paragraph("Đoạn thường ngay dưới ảnh không phải chú thích.")
    path = tmp_path / "anh.docx"
    document.save(path)
    draft = read_docx(path)
    figures = draft.article.figures()
    assert [(f.caption, f.credit) for f in figures] == [
        ("Quang cảnh buổi lễ tại hội trường tỉnh", "Ảnh: Lê Hoà"),
        ("Các đại biểu tham quan gian trưng bày", ""),
        ("", ""),
    ]
    assert plain_text(draft.article.body[-1].runs).startswith("Đoạn thường")
    assert codes(draft)["photo_no_alt"].endswith(": 3")


def test_caption_and_byline_splitting():
    assert split_caption("Ảnh: Trần Văn Ba") == ("", "Ảnh: Trần Văn Ba")
    assert split_caption("Hình 2: Lễ ký kết (Ảnh: Trần Văn Ba)") == (
        "Lễ ký kết",
        "Ảnh: Trần Văn Ba",
    )
    assert split_caption("Lễ ký kết (ảnh: TTXVN).") == ("Lễ ký kết", "Ảnh: TTXVN")
    assert split_byline("Tin, ảnh: Lê Thị Hoà (Trung tâm Văn hoá)") == (
        "Lê Thị Hoà",
        "Trung tâm Văn hoá",
    )
    assert split_byline("Hoàng Minh, Phòng Tổ chức") == ("Hoàng Minh", "Phòng Tổ chức")
    assert split_byline("Hoàng Minh") == ("Hoàng Minh", "")


def test_a_bold_first_paragraph_is_the_lead_but_a_bold_short_line_is_not(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    document.add_paragraph().add_run("I. TÌNH HÌNH CHUNG").bold = True
    document.add_paragraph("Nội dung.")
    path = tmp_path / "khong-sapo.docx"
    document.save(path)
    article = read_docx(path).article
    assert article.lead == "" and plain_text(article.body[0].runs) == "I. TÌNH HÌNH CHUNG"


def test_a_line_break_stays_one_and_splits_name_and_unit_in_the_byline(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    paragraph = document.add_paragraph("Dòng một")
    paragraph.add_run().add_break()
    paragraph.add_run("dòng hai.")
    byline = document.add_paragraph("Trần Thu Hà")
    byline.add_run().add_break()
    byline.add_run("Trung tâm Công nghệ thông tin")
    byline.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = tmp_path / "xuong-dong.docx"
    document.save(path)
    article = read_docx(path).article
    assert plain_text(article.body[0].runs) == "Dòng một\ndòng hai."  # a line break (\n)
    assert (article.author, article.author_unit) == ("Trần Thu Hà", "Trung tâm Công nghệ thông tin")


def test_a_two_line_byline_gives_author_and_unit(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    document.add_paragraph("Nội dung.")
    for text in ("Phạm Thu Trang", "Phòng Cải cách hành chính"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = tmp_path / "ky-ten.docx"
    document.save(path)
    article = read_docx(path).article
    assert (article.author, article.author_unit) == ("Phạm Thu Trang", "Phòng Cải cách hành chính")


def test_legacy_fonts_are_converted_by_name(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    paragraph = document.add_paragraph()
    set_font(paragraph.add_run("Héi nghÞ s¬ kÕt c«ng t¸c thi ®ua"), ".VnTime")
    capitals = document.add_paragraph()
    set_font(capitals.add_run("Héi nghÞ "), ".VnTimeH")
    set_font(capitals.add_run("toan tinh"), ".VnTimeH")  # ASCII alone, still capitals
    set_font(document.add_paragraph().add_run("Hoäi nghò sô keát coâng taùc thi ñua"), "VNI-Times")
    document.add_paragraph("Héi nghÞ")  # not in a legacy font: found by what it spells
    path = tmp_path / "cu.docx"
    document.save(path)
    draft = read_docx(path)
    texts = [plain_text(block.runs) for block in draft.article.body]
    assert texts == [
        "Hội nghị sơ kết công tác thi đua",
        "HỘI NGHỊ TOAN TINH",
        "Hội nghị sơ kết công tác thi đua",
        "Hội nghị",
    ]
    assert draft.legacy_runs == {"tcvn3": 2, "vni": 1}  # by the font's name
    assert "1 paragraph(s)" in str(codes(draft)["legacy_text"])  # by what it spells


def test_what_cannot_come_in_is_reported_and_the_article_still_made(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    paragraph = document.add_paragraph("Văn bản ")
    add_tracked(paragraph, "được thêm", "bị xoá")
    add_text_box(paragraph, "Chữ trong hộp")
    add_footnote_reference(paragraph)
    commented = document.add_paragraph().add_run("Đoạn có ghi chú.")
    document.add_comment(commented, text="Xem lại số liệu", author="Biên tập")
    bad = document.add_paragraph("Liên kết xấu: ")
    add_hyperlink(bad, "máy nội bộ", "http://localhost/noi-bo")
    path = tmp_path / "bao-cao.docx"
    document.save(path)
    draft = read_docx(path)
    assert plain_text(draft.article.body[0].runs) == "Văn bản được thêm"
    report = codes(draft)
    assert report["textbox"] == "text boxes left out: 1"
    assert report["footnote"] == "footnotes and endnotes left out: 1"
    assert report["comment"] == "comments left out: 1"
    assert report["inserted"] == "tracked insertions kept: 1"
    assert report["deleted"] == "tracked deletions dropped: 1"
    assert report["link_refused"].startswith(
        "link left out, its text “máy nội bộ” kept (http://localhost/noi-bo): "
    )
    link_runs = draft.article.body[2].runs
    assert plain_text(link_runs) == "Liên kết xấu: máy nội bộ" and not any(
        r.link for r in link_runs
    )


def test_a_picture_the_photo_checks_refuse_is_reported_and_its_caption_kept(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    add_picture_paragraph(document, photo_bytes())
    document.add_paragraph("Chú thích ảnh hỏng", style="Caption")
    path = tmp_path / "hong.docx"
    document.save(path)
    _replace_media(path, b"\xff\xd8\xff\xe0 truncated")
    draft = read_docx(path)
    assert draft.article.figures() == []
    assert plain_text(draft.article.body[0].runs) == "Chú thích ảnh hỏng"
    assert "the image is truncated or damaged" in codes(draft)["photo_refused"]


def _replace_media(path: Path, data: bytes) -> None:
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            content = source.read(info)
            out.writestr(info, data if info.filename.startswith("word/media/") else content)


# ---------------------------------------------------------------- into the store


def test_photos_go_through_the_pipeline_and_the_same_picture_is_stored_once(store, tmp_path):
    document = docx.Document()
    document.add_paragraph("Hai lần một ảnh", style="Title")
    picture = photo_bytes((90, 90, 20), size=(3000, 2000))
    for _ in range(2):
        add_picture_paragraph(document, picture, "Cùng một ảnh")
    path = tmp_path / "hai-anh.docx"
    document.save(path)
    article_id, report = import_docx(store, path)
    article = store.get_article(article_id)
    ids = {figure.photo_id for figure in article.figures()}
    assert len(ids) == 1 and report == []
    (photo_id,) = ids
    sizes = {name: store.photo_rendition(photo_id, name)[2:] for name in ("master", "web", "thumb")}
    assert sizes == {"master": (2400, 1600), "web": (1600, 1067), "thumb": (320, 213)}


@pytest.mark.unicode_paths  # Vietnamese file names
@pytest.mark.parametrize("with_table", [False, True])
def test_import_export_round_trip_keeps_all_the_text(tmp_path, with_table):
    draft_path = realistic_draft(tmp_path / "bản thảo.docx", table=with_table)
    db = tmp_path / "kho.db"
    assert cli.main(["import", str(draft_path), "--db", str(db)]) == 0
    with Store(db) as opened:
        article = opened.get_article(1)
    assert any(block.kind == "table" for block in article.body) == with_table
    out = tmp_path / "ra"
    command = ["export", "1", "--docx", str(out / "ra.docx"), "--html", str(out / "web")]
    assert cli.main([*command, "--db", str(db)]) == 0
    exported = docx.Document(out / "ra.docx")
    word = "\n".join(p.text for p in exported.paragraphs)
    word += "\n".join(c.text for t in exported.tables for r in t.rows for c in r.cells)
    page = lxml.html.fromstring((out / "web" / "index.html").read_bytes()).text_content()
    page = " ".join(page.split())
    for _, part, text in body_texts(article.body):
        if text and part != "alt":
            assert text in word, text
            assert text in page, text
    assert article.title in word and article.author in page
    again = read_docx(out / "ra.docx").article  # our own Word export, read back as a draft
    assert (again.title, again.author, again.author_unit) == (
        article.title,
        article.author,
        article.author_unit,
    )
    assert [(f.caption, f.credit, f.alt) for f in again.figures()] == [
        (f.caption, f.credit, f.alt) for f in article.figures()
    ]


# ---------------------------------------------------------------- refused files, on the command line


def _store_with_one_article(tmp_path) -> Path:
    db = tmp_path / "kho.db"
    assert cli.main(["import", str(realistic_draft(tmp_path / "truoc.docx")), "--db", str(db)]) == 0
    return db


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("hong.docx", lambda: b"PK\x03\x04" + b"\0" * 200,
         "the file is damaged or is not a Word document"),
        ("bang-tinh.docx", lambda: _zip({"xl/workbook.xml": b"<workbook/>"}),
         "this is not a Word document (.docx)"),
        ("ghi-chu.docx", lambda: "Chỉ là văn bản.".encode(), "this is not a Word document (.docx)"),
        ("mat-khau.docx", lambda: ole_file("EncryptionInfo", "EncryptedPackage"),
         "the document is protected by a password"),
        ("cu.doc", lambda: ole_file("WordDocument", "1Table"), "this is an old Word document (.doc)"),
        ("luu-rtf.doc", lambda: b"{\\rtf1\\ansi H\\'e9i ngh\\'de}", "this is an RTF document"),
        ("bom.docx", lambda: _zip({"word/document.xml": b"<w/>", "word/media/a.png": bytes(30 << 20)}),
         "(a zip bomb?)"),
    ],
)  # fmt: skip
def test_refused_files_give_one_line_and_leave_the_store_alone(
    tmp_path, capsys, name, content, message
):
    db = _store_with_one_article(tmp_path)
    before = db.read_bytes()
    capsys.readouterr()
    path = tmp_path / name
    path.write_bytes(content())
    assert cli.main(["import", str(path), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and message in err and name in err
    assert db.read_bytes() == before
    with Store(db) as opened:
        assert opened.count_articles() == 1


def test_a_refused_file_makes_no_store(tmp_path, capsys):
    path = tmp_path / "cu.doc"
    path.write_bytes(ole_file("WordDocument"))
    with pytest.raises(WordImportError) as caught:
        read_docx(path)
    assert caught.value.code == "word.legacy_doc"
    assert cli.main(["import", str(path), "--db", str(tmp_path / "moi.db")]) == 1
    assert not (tmp_path / "moi.db").exists()


def test_the_command_decides_by_content_and_reports_on_stderr(tmp_path, capsys):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    add_text_box(document.add_paragraph("Có hộp chữ "), "trong hộp")
    path = tmp_path / "ban-thao.json"  # a Word file with the wrong name
    document.save(path)
    db = tmp_path / "kho.db"
    assert cli.main(["import", str(path), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out == "1\n"
    assert err == "deskeditor: warning: text boxes left out: 1\n"


def test_help_names_word_drafts(capsys):
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    assert "DRAFT.docx" in capsys.readouterr().out


def test_a_hyperlink_relationship_to_an_internal_target_is_no_link(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    paragraph = document.add_paragraph("Xem ")
    add_hyperlink(paragraph, "trang chủ", "https://sonoivu.langson.gov.vn/")
    rels = [r for r in document.part.rels.values() if r.reltype == RT.HYPERLINK]
    assert len(rels) == 1
    path = tmp_path / "lien-ket.docx"
    document.save(path)
    (block,) = read_docx(path).article.body
    assert isinstance(block, Paragraph)
    assert block.runs[-1].link == "https://sonoivu.langson.gov.vn/"


def test_headings_lose_the_style_bold_but_keep_their_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    document.add_heading("Đề mục một", 2)
    path = tmp_path / "de-muc.docx"
    document.save(path)
    (block,) = read_docx(path).article.body
    assert isinstance(block, Heading) and not block.runs[0].bold


def test_figures_keep_their_place(draft_path):
    body = read_docx(draft_path).article.body
    positions = [i for i, block in enumerate(body) if isinstance(block, Figure)]
    assert positions[0] == 3 and isinstance(body[positions[0] + 1], Quote)


# ---------------------------------------------------------------- files LibreOffice wrote


def _libreoffice(source: Path, to: str, out: Path, profile: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", to,
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / f"{source.stem}.{to}"


def _shape(draft) -> list[tuple]:
    shape = []
    for block in draft.article.body:
        if isinstance(block, Figure):
            shape.append(("photo", block.caption, block.credit, block.alt))
        elif isinstance(block, ListBlock):
            shape.append(("list", block.ordered, [plain_text(item) for item in block.items]))
        elif isinstance(block, Table):
            cells = [[plain_text(cell) for cell in row] for row in block.rows]
            shape.append(("table", block.caption, block.header_rows, cells))
        else:
            shape.append((block.kind, plain_text(block.runs)))
    return shape


@pytest.mark.slow
def test_a_draft_libreoffice_wrote_comes_in_the_same(draft_path, tmp_path):
    """Word → .odt → .docx in LibreOffice: its own numbering, image and style markup."""
    profile = tmp_path / "lo-profile"
    odt = _libreoffice(draft_path, "odt", tmp_path / "odt", profile)
    resaved = _libreoffice(odt, "docx", tmp_path / "lo", profile)
    assert zipfile.ZipFile(resaved).read("word/numbering.xml") != zipfile.ZipFile(draft_path).read(
        "word/numbering.xml"
    )
    original, from_lo = read_docx(draft_path), read_docx(resaved)
    assert from_lo.article.title == original.article.title
    assert (from_lo.article.author, from_lo.article.author_unit) == (
        "Nguyễn Văn An",
        "Văn phòng Sở",
    )
    assert _shape(from_lo) == _shape(original)
    assert len(from_lo.photos) == 2
    assert [p.sha256 for p in from_lo.photos] == [p.sha256 for p in original.photos]
    assert from_lo.report == []


def _draft_with_everything_left_out(path: Path) -> Path:
    """Tracked changes, a text box, a comment and both legacy fonts (no footnote: LibreOffice
    refuses a footnote mark without its footnotes part, which python-docx cannot write)."""
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    add_tracked(document.add_paragraph("Văn bản "), "được thêm", "bị xoá")
    add_text_box(document.add_paragraph("Có hộp chữ "), "Chữ trong hộp")
    set_font(document.add_paragraph().add_run("Héi nghÞ s¬ kÕt c«ng t¸c thi ®ua"), ".VnTime")
    set_font(document.add_paragraph().add_run("Hoäi nghò sô keát coâng taùc thi ñua"), "VNI-Times")
    commented = document.add_paragraph().add_run("Đoạn có ghi chú.")
    document.add_comment(commented, text="Xem lại", author="Biên tập")
    document.save(path)
    return path


@pytest.mark.slow
def test_libreoffice_s_text_boxes_tracked_changes_and_legacy_fonts_read_the_same(tmp_path):
    """LibreOffice writes a text box as mc:AlternateContent (DrawingML and VML): counted once."""
    path = _draft_with_everything_left_out(tmp_path / "con-lai.docx")
    profile = tmp_path / "lo-profile"
    odt = _libreoffice(path, "odt", tmp_path / "odt", profile)
    resaved = _libreoffice(odt, "docx", tmp_path / "lo", profile)
    original, from_lo = read_docx(path), read_docx(resaved)
    assert _shape(from_lo) == _shape(original)
    assert [plain_text(b.runs) for b in from_lo.article.body][2:4] == [
        "Hội nghị sơ kết công tác thi đua"
    ] * 2
    assert (
        codes(from_lo)
        == codes(original)
        == {
            "textbox": "text boxes left out: 1",
            "comment": "comments left out: 1",
            "inserted": "tracked insertions kept: 1",
            "deleted": "tracked deletions dropped: 1",
        }
    )
    assert from_lo.legacy_runs == {"tcvn3": 1, "vni": 1}


# ---------------------------------------------------------------- tables


def test_word_tables_come_in_as_table_blocks(tmp_path):
    document = docx.Document()
    document.add_paragraph("Lịch tiếp công dân tháng 7", style="Title")
    grid = document.add_table(rows=4, cols=3)
    for row, values in zip(
        grid.rows,
        [("Ngày", "Lãnh đạo", "Địa điểm"), ("Thứ Hai", "Giám đốc", "Phòng 201"),
         ("Thứ Tư", "Phó Giám đốc", ""), ("Ghi chú", "", "")],
        strict=True,
    ):  # fmt: skip
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    header = grid.rows[0]._tr.get_or_add_trPr()
    header.append(header.makeelement(qn("w:tblHeader"), {}))
    grid.cell(2, 2).merge(grid.cell(1, 2))  # a cell spanning two rows
    grid.cell(3, 0).merge(grid.cell(3, 2))  # and one spanning the row
    add_hyperlink(grid.cell(1, 1).paragraphs[0], " (lịch)", "https://sonoivu.gov.vn/lich")
    grid.cell(1, 0).paragraphs[0].runs[0].bold = True
    grid.cell(2, 0).add_paragraph("sáng")
    grid.cell(2, 1).paragraphs[0].add_run().add_picture(io.BytesIO(photo_bytes()))
    document.add_paragraph("Bảng 2: Lịch tiếp công dân", style="Caption")
    document.add_paragraph("Đoạn sau bảng.")
    path = tmp_path / "lich.docx"
    document.save(path)
    draft = read_docx(path)
    table, figure, after = draft.article.body
    assert isinstance(table, Table) and isinstance(figure, Figure)
    assert plain_text(after.runs) == "Đoạn sau bảng."
    assert (table.caption, table.header_rows, table.columns) == ("Lịch tiếp công dân", 1, 3)
    cells = [[plain_text(cell) for cell in row] for row in table.rows]
    assert cells == [
        ["Ngày", "Lãnh đạo", "Địa điểm"],
        ["Thứ Hai", "Giám đốc (lịch)", "Phòng 201"],
        ["Thứ Tư\nsáng", "Phó Giám đốc", ""],  # a cell's two paragraphs: its two lines
        ["Ghi chú", "", ""],
    ]
    assert table.rows[1][0][0].bold
    assert table.rows[1][1][-1].link == "https://sonoivu.gov.vn/lich"
    assert len(draft.photos) == 1


# ---------------------------------------------------------------- damaged insides, one transaction


def _rewrite(path: Path, name: str, data: bytes) -> None:
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, data if info.filename == name else source.read(info))


@pytest.mark.parametrize(
    "part, data",
    [
        ("word/document.xml", b"<w:document><w:body><w:p>"),
        ("[Content_Types].xml", b"not xml"),
        ("word/document.xml", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;&b;&b;</d>'),
    ],
)  # fmt: skip
def test_a_docx_with_damaged_insides_is_refused_in_one_line(draft_path, part, data):
    _rewrite(draft_path, part, data)
    with pytest.raises(WordImportError) as caught:
        read_docx(draft_path)
    assert caught.value.code == "word.damaged"
    assert str(caught.value) == f"{draft_path.name}: the file is damaged or is not a Word document"


def test_photos_and_article_are_stored_together_or_not_at_all(store, draft_path, monkeypatch):
    draft = read_docx(draft_path)

    def broken_save(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(type(store.articles), "save", broken_save)
    with pytest.raises(Exception):  # noqa: B017 - whatever the store makes of it
        store_draft(store, draft)
    assert store.db.execute("SELECT count(*) FROM photos").fetchone()[0] == 0
    assert store.count_articles() == 0


def test_a_document_longer_than_an_article_can_be_is_refused(tmp_path):
    document = docx.Document()
    body = document.element.body
    paragraph = document.add_paragraph("Đoạn văn lặp lại.")._p
    for _ in range(5001):
        body.append(copy.deepcopy(paragraph))
    path = tmp_path / "dai.docx"
    document.save(path)
    with pytest.raises(WordImportError) as caught:
        read_docx(path)
    assert caught.value.code == "word.too_long"


def test_a_macro_enabled_document_is_read_as_a_docx_and_its_macros_left_out(draft_path, tmp_path):
    source = zipfile.ZipFile(io.BytesIO(draft_path.read_bytes()))
    docm = tmp_path / "co-macro.docm"
    with zipfile.ZipFile(docm, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                ).replace(
                    b"application/vnd.openxmlformats-officedocument.ms-word",
                    b"application/vnd.ms-word",
                )
            out.writestr(info, data)
        out.writestr("word/vbaProject.bin", b'Attribute VB_Name = "ThisDocument"')
    assert b"macroEnabled" in zipfile.ZipFile(docm).read("[Content_Types].xml")
    draft = read_docx(docm)
    assert draft.article.title == read_docx(draft_path).article.title
    assert codes(draft) == {"macros": "macros left out (they are never run)"}


def test_a_picture_grouped_with_a_text_box_takes_the_box_as_its_caption(tmp_path):
    document = docx.Document()
    document.add_paragraph("Ảnh nhóm", style="Title")
    add_grouped_picture(
        document, photo_bytes(), "Lễ khánh thành trụ sở mới (Ảnh: Vũ Lan)", "Toà nhà trụ sở"
    )
    add_text_box(document.add_paragraph("Đoạn có hộp chữ riêng. "), "Không phải chú thích")
    path = tmp_path / "nhom.docx"
    document.save(path)
    draft = read_docx(path)
    (figure,) = draft.article.figures()
    assert (figure.caption, figure.credit, figure.alt) == (
        "Lễ khánh thành trụ sở mới",
        "Ảnh: Vũ Lan",
        "Toà nhà trụ sở",
    )
    assert len(draft.photos) == 1
    assert codes(draft) == {"textbox": "text boxes left out: 1"}


@pytest.mark.parametrize("side_by_side", [False, True])
def test_a_table_laying_out_photos_and_captions_gives_figures(tmp_path, side_by_side):
    document = docx.Document()
    document.add_paragraph("Ảnh trong bảng", style="Title")
    captions = ["Đại biểu dự lễ (Ảnh: Vũ Lan)", "Ảnh: Quang cảnh hội trường tầng ba"]
    if side_by_side:  # two photos in a row, their captions in the row under them
        grid = document.add_table(rows=2, cols=2)
        cells = [(grid.cell(0, c), grid.cell(1, c)) for c in range(2)]
    else:  # photo beside its caption, one row each
        grid = document.add_table(rows=2, cols=2)
        cells = [(grid.cell(r, 0), grid.cell(r, 1)) for r in range(2)]
    for number, (photo_cell, text_cell) in enumerate(cells):
        photo_cell.paragraphs[0].add_run().add_picture(
            io.BytesIO(photo_bytes((30 * number, 90, 90)))
        )
        text_cell.text = captions[number]
    document.add_paragraph("Đoạn sau.")
    path = tmp_path / "bang-anh.docx"
    document.save(path)
    body = read_docx(path).article.body
    assert [(b.caption, b.credit) for b in body if isinstance(b, Figure)] == [
        ("Đại biểu dự lễ", "Ảnh: Vũ Lan"),
        ("Quang cảnh hội trường tầng ba", ""),
    ]
    assert [b.kind for b in body] == ["photo", "photo", "paragraph"]


def test_a_list_through_a_list_style_link_reads_its_real_numbering(tmp_path):
    """Word's multilevel list styles: the abstractNum used only names the style (numStyleLink)."""
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for xml in (
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>',
        f'<w:abstractNum {w} w:abstractNumId="91"><w:numStyleLink w:val="DanhSachSo"/></w:abstractNum>',
    ):
        numbering.insert(0, parse_xml(xml))
    for xml in (
        f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>',
        f'<w:num {w} w:numId="91"><w:abstractNumId w:val="91"/></w:num>',
    ):
        numbering.append(parse_xml(xml))
    document.styles.element.append(
        parse_xml(
            f'<w:style {w} w:type="numbering" w:styleId="DanhSachSo"><w:name w:val="Danh sách số"/>'
            '<w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style>'
        )
    )
    for text in ("Mục thứ nhất", "Mục thứ hai"):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>')
        )
    path = tmp_path / "kieu-danh-sach.docx"
    document.save(path)
    (block,) = read_docx(path).article.body
    assert isinstance(block, ListBlock) and block.ordered and len(block.items) == 2


def test_sub_items_of_another_kind_stay_in_their_list(tmp_path):
    document = docx.Document()
    document.add_paragraph("Tiêu đề", style="Title")
    document.add_paragraph("Bước một", style="List Number")
    for text in ("chi tiết a", "chi tiết b"):  # level 2 of the same list, bulleted
        paragraph = document.add_paragraph(text, style="List Number")
        num_pr = paragraph.style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        own = parse_xml(num_pr.xml)
        own.insert(0, parse_xml(f'<w:ilvl {nsdecls("w")} w:val="1"/>'))
        paragraph._p.get_or_add_pPr().append(own)
    document.add_paragraph("Bước hai", style="List Number")
    num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in numbering.iter(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    for level in [lvl for lvl in abstract.iter(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == "1"]:
        abstract.remove(level)
    abstract.append(
        parse_xml(
            f'<w:lvl {nsdecls("w")} w:ilvl="1"><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="•"/></w:lvl>'
        )
    )
    path = tmp_path / "long-nhau.docx"
    document.save(path)
    (block,) = read_docx(path).article.body
    assert block.ordered
    assert [plain_text(item) for item in block.items] == [
        "Bước một", "chi tiết a", "chi tiết b", "Bước hai",
    ]  # fmt: skip


def test_an_imported_draft_is_stored_with_the_date_the_editor_shows(tmp_path, draft_path):
    """Outside testing: the editor showed today's date, the list none, and nothing was stored."""
    import datetime as dt

    from deskeditor.store import Store
    from deskeditor.wordimport import import_docx

    before = dt.datetime.now().replace(second=0, microsecond=0)
    with Store(tmp_path / "kho.db") as store:
        article_id, _report = import_docx(store, draft_path)
        stored = store.get_article(article_id).published_at
        listed = [row for row in store.list_articles() if row.id == article_id]
    assert stored is not None and before <= stored <= dt.datetime.now()
    assert listed and listed[0].published_at == stored


def test_our_own_sign_off_document_comes_back_into_its_fields(tmp_path):
    """Outside testing: importing deskeditor's own .docx put the approval slip into the body,
    the date line and the lead into paragraphs, and the source into the author's unit."""
    import datetime as dt

    from samples import import_long_article

    from deskeditor.export.context import context_for
    from deskeditor.export.docx import write_docx
    from deskeditor.model import Table
    from deskeditor.store import Store

    with Store(tmp_path / "kho.db") as store:
        article_id = import_long_article(store, tmp_path)
        original = store.get_article(article_id)
        path = write_docx(context_for(store, article_id), tmp_path / "duyet.docx")
    draft = read_docx(path)
    article = draft.article
    assert article.title == original.title
    assert article.published_at == dt.datetime(2025, 7, 14, 17, 56)
    assert article.category == "Thi đua - Khen thưởng"
    assert article.lead == original.lead
    assert (article.author, article.author_unit, article.source) == (
        "Lê Thị Hoà",
        "Phòng Thi đua - Khen thưởng, Sở Nội vụ",
        "Nguồn: Ban Thi đua - Khen thưởng tỉnh",
    )
    texts = [plain_text(block.runs) for block in article.body if hasattr(block, "runs")]
    assert not any("PHIẾU DUYỆT" in text or "CỘNG HÒA" in text for text in texts)
    assert [block.kind for block in article.body] == [block.kind for block in original.body]
    assert sum(isinstance(block, Table) for block in article.body) == 1
    assert "own_export" in codes(draft)
    assert "version code" in str(codes(draft)["own_export"])


def test_legacy_text_in_an_ordinary_font_is_converted_and_reported(tmp_path):
    """Outside testing: TCVN3 text copied into a new document keeps its bytes but loses its
    .VnTime font, and came in as "Héi nghÞ…" without a word in the report."""
    document = docx.Document()
    document.add_paragraph("Héi nghÞ tæng kÕt c«ng t¸c n¨m 2026", style="Title")
    document.add_paragraph("Së Néi vô tæ chøc héi nghÞ tæng kÕt c«ng t¸c thi ®ua khen th­ëng.")
    document.add_paragraph("Đoạn này đã là Unicode: hội nghị diễn ra thành công tốt đẹp.")
    path = tmp_path / "ma-cu.docx"
    document.save(path)
    draft = read_docx(path)
    article = draft.article
    assert article.title == "Hội nghị tổng kết công tác năm 2026"
    texts = [plain_text(block.runs) for block in article.body]
    assert texts == [
        "Sở Nội vụ tổ chức hội nghị tổng kết công tác thi đua khen thưởng.",
        "Đoạn này đã là Unicode: hội nghị diễn ra thành công tốt đẹp.",
    ]
    assert "legacy_text" in codes(draft)


@pytest.mark.parametrize("fill", ["", "   ", "\t\n"])
def test_an_empty_document_is_refused_and_adds_nothing(tmp_path, capsys, fill):
    """Outside testing: an empty .docx became an article titled with the file name, no text."""
    document = docx.Document()
    if fill:
        document.add_paragraph(fill)
    document.sections[0].header.paragraphs[0].text = "SỞ NỘI VỤ"  # a header is not the text
    path = tmp_path / "trong.docx"
    document.save(path)
    with pytest.raises(WordImportError) as caught:
        read_docx(path)
    assert caught.value.code == "word.empty"
    assert str(caught.value) == (
        "trong.docx: the document holds no text, table or picture; there is nothing to import"
    )
    db = tmp_path / "s.db"
    assert cli.main(["--db", str(db), "import", str(path)]) == 1
    assert "nothing to import" in capsys.readouterr().err
    if db.exists():
        with Store(db) as store:
            assert store.count_articles() == 0


def test_a_document_with_only_a_picture_is_still_imported(tmp_path):
    """Nothing to read but a photo is not empty: the draft gets the photo and asks for a title."""
    from tests.wordgen import add_picture_paragraph, photo_bytes

    document = docx.Document()
    add_picture_paragraph(document, photo_bytes(size=(800, 600)), alt="Ảnh hội nghị")
    path = tmp_path / "chi-co-anh.docx"
    document.save(path)
    draft = read_docx(path)
    assert len(draft.article.figures()) == 1
    assert "no_title" in codes(draft)


def test_small_pictures_in_a_word_draft_are_counted_in_the_report(tmp_path):
    from tests.wordgen import add_picture_paragraph, photo_bytes

    document = docx.Document()
    document.add_paragraph("Hội nghị tổng kết công tác năm 2026", style="Title")
    add_picture_paragraph(document, photo_bytes(size=(640, 480)), alt="Ảnh nhỏ")
    add_picture_paragraph(document, photo_bytes((40, 200, 40), size=(1600, 1200)), alt="Ảnh lớn")
    path = tmp_path / "anh.docx"
    document.save(path)
    draft = read_docx(path)
    assert len(draft.photos) == 2  # taken all the same
    assert codes(draft)["photo_small"] == (
        "photos under 1000 pixels on the long edge, which print blurred on the sign-off document: 1"
    )
