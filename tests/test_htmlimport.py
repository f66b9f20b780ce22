"""Pasted HTML from Word and web pages becomes clean model blocks."""

from deskeditor.htmlimport import blocks_from_html, blocks_from_text, clean_html
from deskeditor.model import Heading, ListBlock, Paragraph, Quote, Run, plain_text

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal{font-family:"Times New Roman"}</style></head><body lang=VI>
<p class=MsoNormal style='text-align:justify'><span style='font-size:14.0pt;color:red'>Sáng nay,
<b>Sở Nội vụ</b> tổ chức <i>hội nghị</i>.<o:p></o:p></span></p>
<h2><span style='font-size:16pt'>Kết quả</span></h2>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>·<span>&nbsp;&nbsp; </span></span><![endif]>Mục một</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>·</span><![endif]>Mục
<a href="https://sonoivu.example.gov.vn">hai</a></p>
<p class=MsoNormal>Giữa hai danh sách.</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>1.<span>&nbsp;</span></span><!--[endif]-->Bước một</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>2.</span><!--[endif]-->Bước hai</p>
</body></html>"""


def test_word_paste_keeps_structure_and_marks():
    blocks = blocks_from_html(WORD_HTML)
    assert isinstance(blocks[0], Paragraph)
    assert [(r.text, r.bold, r.italic) for r in blocks[0].runs] == [
        ("Sáng nay, ", False, False),
        ("Sở Nội vụ", True, False),
        (" tổ chức ", False, False),
        ("hội nghị", False, True),
        (".", False, False),
    ]
    assert isinstance(blocks[1], Heading) and blocks[1].runs[0].text == "Kết quả"
    bullets = blocks[2]
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert [[r.text for r in item] for item in bullets.items] == [["Mục một"], ["Mục ", "hai"]]
    assert bullets.items[1][1].link == "https://sonoivu.example.gov.vn"
    assert isinstance(blocks[3], Paragraph)
    numbered = blocks[4]
    assert isinstance(numbered, ListBlock) and numbered.ordered
    assert [item[0].text for item in numbered.items] == ["Bước một", "Bước hai"]


def test_word_bullet_characters_do_not_leak_into_text():
    text = " ".join(
        r.text
        for b in blocks_from_html(WORD_HTML)
        if isinstance(b, ListBlock)
        for item in b.items
        for r in item
    )
    assert "·" not in text and "1." not in text


def test_styles_scripts_images_and_unsafe_links_are_dropped():
    html = (
        "<p style='color:red' onclick='x()'>Chữ <font face=Arial>thường</font></p>"
        "<script>alert(1)</script><style>p{}</style><img src='x.png' onerror='y'>"
        "<p><a href='javascript:alert(1)'>độc</a> <a href='mailto:a@b.vn'>thư</a></p>"
    )
    cleaned = clean_html(html)
    for bad in ("style", "onclick", "script", "alert", "img", "javascript", "font"):
        assert bad not in cleaned
    blocks = blocks_from_html(html)
    assert blocks[0].runs[0].text == "Chữ thường"
    assert [(r.text, r.link) for r in blocks[1].runs] == [("độc ", None), ("thư", "mailto:a@b.vn")]


def test_web_page_blockquote_and_headings():
    blocks = blocks_from_html(
        "<h1>Tiêu đề lớn</h1><blockquote><p>Trích <em>dẫn</em></p></blockquote>"
    )
    assert isinstance(blocks[0], Heading)
    assert isinstance(blocks[1], Quote) and blocks[1].runs[1].italic


def test_nested_lists_are_flattened_and_text_is_nfc():
    import unicodedata

    html = (
        "<ul><li>Một<ul><li>"
        + unicodedata.normalize("NFD", "Hai hòa")
        + "</li></ul></li><li>Ba</li></ul>"
    )
    blocks = blocks_from_html(html)
    assert len(blocks) == 1
    assert [item[0].text for item in blocks[0].items] == [
        "Một",
        unicodedata.normalize("NFC", "Hai hòa"),
        "Ba",
    ]


def test_plain_text_lines_become_paragraphs():
    blocks = blocks_from_text("Dòng một\r\n\r\n  Dòng hai  \n")
    assert [b.runs[0].text for b in blocks] == ["Dòng một", "Dòng hai"]


# ---------------------------------------------------------------- tables (issue 17)

# What Word puts on the clipboard for a table: no <th>, no <thead>, the heading row in bold,
# a paragraph in every cell, a merged cell (colspan) and the styles of every cell.
WORD_TABLE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=VI>
<p class=MsoNormal>Kết quả bình xét như sau:</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=208 valign=top style='width:155.8pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal><b><span lang=VI>Đơn vị<o:p></o:p></span></b></p></td>
  <td width=208 valign=top style='width:155.8pt'><p class=MsoNormal><b>Điểm</b></p></td>
  <td width=208 valign=top style='width:155.8pt'><p class=MsoNormal><b>Xếp loại</b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td width=208 valign=top><p class=MsoNormal>Sở Nội vụ</p></td>
  <td width=208 valign=top><p class=MsoNormal>95</p></td>
  <td width=208 valign=top><p class=MsoNormal><i>Xuất sắc</i></p></td>
 </tr>
 <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>
  <td colspan=2 valign=top><p class=MsoNormal>Sở Tư pháp (gộp hai ô)</p></td>
  <td width=208 valign=top><p class=MsoNormal><a href="https://sotuphap.example.gov.vn">Tốt</a></p></td>
 </tr>
</table>
<p class=MsoNormal>Sau bảng.</p>
</body></html>"""


def _texts(table):
    return [[plain_text(cell) for cell in row] for row in table.rows]


def test_a_table_pasted_from_word_becomes_a_table_block():
    blocks = blocks_from_html(WORD_TABLE)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table", "Paragraph"]
    table = blocks[1]
    assert _texts(table) == [
        ["Đơn vị", "Điểm", "Xếp loại"],
        ["Sở Nội vụ", "95", "Xuất sắc"],
        ["Sở Tư pháp (gộp hai ô)", "", "Tốt"],  # the merged cell's text stays, in its first cell
    ]
    assert table.header_rows == 1  # Word's bold first row
    assert table.rows[1][2][0].italic
    assert table.rows[2][2][0].link == "https://sotuphap.example.gov.vn"
    assert table.caption == ""


def test_a_web_table_keeps_caption_header_and_spanned_rows():
    html = """<table><caption>Lịch tiếp công dân</caption>
    <thead><tr><th>Ngày</th><th>Lãnh đạo</th><th>Nơi tiếp</th></tr></thead>
    <tbody><tr><td rowspan="2">Thứ Hai</td><td>Giám đốc</td><td>Phòng 1</td></tr>
    <tr><td>Phó Giám đốc</td><td>Phòng 2</td></tr>
    <tr><th>Thứ Ba</th><td>Chánh Văn phòng<script>x()</script></td></tr></tbody></table>"""
    [table] = blocks_from_html(html)
    assert table.caption == "Lịch tiếp công dân" and table.header_rows == 1
    assert _texts(table) == [
        ["Ngày", "Lãnh đạo", "Nơi tiếp"],
        ["Thứ Hai", "Giám đốc", "Phòng 1"],
        ["", "Phó Giám đốc", "Phòng 2"],
        ["Thứ Ba", "Chánh Văn phòng", ""],  # a short row is filled
    ]


def test_layout_tables_and_tables_in_tables_keep_their_text():
    assert blocks_from_html("<table><tr><td><p>Hộp tin</p></td></tr></table>") == [
        Paragraph([Run("Hộp tin")])
    ]
    [table] = blocks_from_html(
        "<table><tr><td>Ngoài<table><tr><td>trong 1</td><td>trong 2</td></tr></table></td>"
        "<td>Bên</td></tr></table>"
    )
    assert _texts(table) == [["Ngoài trong 1 trong 2", "Bên"]]
    assert blocks_from_html("<table><tr><td> </td><td></td></tr></table>") == []
    [unclosed] = blocks_from_html("<table><tr><td>một</td><td>hai")
    assert _texts(unclosed) == [["một", "hai"]]
