"""Build Word drafts (.docx) with python-docx for the Word import tests."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from PIL import Image

from tests.imagegen import encode, photo_like


def photo_bytes(color: tuple[int, int, int] = (200, 40, 40), size=(1200, 900)) -> bytes:
    """A JPEG photo large enough to print sharp (a gradient, so that it is no flat colour)."""
    tint = Image.new("RGB", size, color)
    return encode(Image.blend(photo_like(size, seed=sum(color)), tint, 0.5), "JPEG", quality=90)


def add_hyperlink(paragraph, text: str, url: str, bold: bool = False):
    """Append a hyperlink run to *paragraph* (python-docx has no API for it)."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    marks = "<w:b/>" if bold else ""
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
            f'{marks}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'
        )
    )


def add_tracked(paragraph, inserted: str, deleted: str) -> None:
    """Append a tracked insertion and a tracked deletion to *paragraph*."""
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="91" w:author="Biên tập" w:date="2026-11-30T08:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="92" w:author="Biên tập" w:date="2026-11-30T08:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
        )
    )


def add_text_box(paragraph, text: str) -> None:
    """Append a floating text box (DrawingML shape with w:txbxContent) to *paragraph*."""
    xml = (
        f"<w:r {nsdecls('w', 'wp', 'a')} "
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:inline><wp:extent cx="914400" cy="457200"/>'
        '<wp:docPr id="77" name="Hộp văn bản"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r>"
        f"<w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def add_footnote_reference(paragraph) -> None:
    """Append a footnote mark (the footnote itself is not read)."""
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))


def add_picture_paragraph(document, data: bytes, alt: str = "", width_cm: float = 12):
    """Add a centred paragraph holding only a picture; *alt* goes to the picture's description."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    shape = run.add_picture(io.BytesIO(data), width=Cm(width_cm))
    if alt:
        shape._inline.docPr.set("descr", alt)
    return paragraph


def set_font(run, name: str) -> None:
    """Set a run's font for Latin text (ascii and hAnsi), as Word does for .VnTime."""
    run.font.name = name
    fonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
    fonts.set(qn("w:hAnsi"), name)


def realistic_draft(path: Path, *, photos: int = 2, table: bool = True) -> Path:
    """A department's news draft: title, lead, list, photos with captions, table, byline."""
    document = docx.Document()
    document.add_paragraph("Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026", style="Title")
    lead = document.add_paragraph()
    lead.add_run(
        "Sáng ngày 15/7, Sở Nội vụ tổ chức hội nghị sơ kết công tác thi đua, khen thưởng "
        "6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2026."
    ).bold = True
    document.add_heading("Kết quả nổi bật", level=2)
    body = document.add_paragraph("Theo báo cáo, toàn ngành đã ")
    body.add_run("hoàn thành vượt mức").italic = True
    body.add_run(" các chỉ tiêu đề ra. Chi tiết xem tại ")
    add_hyperlink(body, "Cổng thông tin điện tử tỉnh", "https://langson.gov.vn/tin-tuc")
    body.add_run(".")
    for text in ("Tổ chức 12 phong trào thi đua;", "Khen thưởng 245 tập thể, cá nhân;"):
        document.add_paragraph(text, style="List Bullet")
    if photos >= 1:
        add_picture_paragraph(document, photo_bytes((200, 40, 40)), "Lãnh đạo Sở phát biểu")
        document.add_paragraph(
            "Đồng chí Giám đốc Sở phát biểu tại hội nghị (Ảnh: Trần Văn Ba)", style="Caption"
        )
    document.add_paragraph(
        "“Thi đua là yêu nước, yêu nước thì phải thi đua”, đồng chí nhấn mạnh.", style="Quote"
    )
    document.add_heading("Nhiệm vụ 6 tháng cuối năm", level=2)
    for text in ("Đẩy mạnh cải cách hành chính.", "Nâng cao chất lượng khen thưởng."):
        document.add_paragraph(text, style="List Number")
    if table:
        document.add_paragraph("Bảng 1: Kết quả khen thưởng theo huyện", style="Caption")
        grid = document.add_table(rows=3, cols=3)
        grid.style = "Table Grid"
        cells = [
            ("Đơn vị", "Tập thể", "Cá nhân"),
            ("Huyện Cao Lộc", "12", "35"),
            ("Huyện Lộc Bình", "9", "28"),
        ]
        for row, values in zip(grid.rows, cells, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        for cell in grid.rows[0].cells:
            cell.paragraphs[0].runs[0].bold = True
    if photos >= 2:
        add_picture_paragraph(document, photo_bytes((40, 90, 200)), "Đại biểu nhận bằng khen")
        caption = document.add_paragraph()
        caption.add_run(
            "Trao bằng khen cho các tập thể xuất sắc (Ảnh: Nguyễn Thị Hoa)"
        ).italic = True
    document.add_paragraph("Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.")
    byline = document.add_paragraph("Nguyễn Văn An - Văn phòng Sở")
    byline.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(path)
    return path


# ---------------------------------------------------------------- OLE compound files


def ole_file(*streams: str) -> bytes:
    """A minimal OLE compound file (512-byte sectors) whose directory names *streams*."""
    sector = 512
    header = bytearray(sector)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 0x20, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # the directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<III", header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x48, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    names = ["Root Entry", *streams]
    dir_sectors = (len(names) + 3) // 4
    fat = [0xFFFFFFFD] + [i + 2 for i in range(1, dir_sectors)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    directory = bytearray(dir_sectors * sector)
    for index, name in enumerate(names):
        raw = name.encode("utf-16-le") + b"\0\0"
        offset = index * 128
        directory[offset : offset + len(raw)] = raw
        struct.pack_into("<HBB", directory, offset + 0x40, len(raw), 5 if index == 0 else 2, 1)
        struct.pack_into("<III", directory, offset + 0x44, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<I", directory, offset + 0x74, 0xFFFFFFFE)
    return bytes(header) + struct.pack("<128I", *fat) + bytes(directory)


def add_grouped_picture(document, data: bytes, caption: str, alt: str = "") -> None:
    """A picture grouped with a text box holding its caption (a Word group, wpg:wgp)."""
    rid, _image = document.part.get_or_add_image(io.BytesIO(data))
    xml = (
        f"<w:p {nsdecls('w', 'wp', 'a', 'pic', 'r')} "
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:r><w:drawing><wp:inline><wp:extent cx="5040000" cy="4000000"/>'
        f'<wp:docPr id="301" name="Nhóm 1" descr="{alt}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
        "<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr/>"
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="302" name="Ảnh"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5040000" cy="3500000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="3500000"/>'
        '<a:ext cx="5040000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>"
        f"<w:t>{caption}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    document.element.body.insert(len(document.element.body) - 1, parse_xml(xml))
