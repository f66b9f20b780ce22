"""Pasted HTML from Word and web pages becomes clean model blocks."""

from deskeditor.htmlimport import blocks_from_html, blocks_from_text, clean_html
from deskeditor.model import Heading, ListBlock, Paragraph, Quote

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
