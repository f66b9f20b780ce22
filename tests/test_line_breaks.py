"""Line breaks inside a block: what the editor shows on two lines is saved and exported on two.

Outside testing: Enter in a table cell showed two lines, but the store kept one
("ô một ô hai"), so the portal page and the signed Word document differed from
what the staff member saw. A line break inside a paragraph, heading, list
item or table cell is "\\n" in the model (as the JSON has always allowed), the
editor's Shift+Enter line, ``<br>`` on the page and a Word line break.
"""

from __future__ import annotations

import zipfile

import pytest
from gui_helpers import type_text
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from deskeditor.export import context_for
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_single
from deskeditor.export.verify import verify_file
from deskeditor.gui.adapter import blocks_from_document, fill_document
from deskeditor.model import Article, Heading, ListBlock, Paragraph, Run, Table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

BLOCKS = [
    Heading([Run("Kết quả\nnăm 2025")]),
    Paragraph([Run("Kính gửi: "), Run("Sở Nội vụ;\nSở Tư pháp.", bold=True)]),
    ListBlock([[Run("Mục một\ndòng tiếp")], [Run("Mục hai")]], ordered=False),
    Table(
        [
            [[Run("Đơn vị")], [Run("Ghi chú")]],
            [[Run("Sở Nội vụ\n(cơ quan chủ trì)")], [Run("Xuất sắc")]],
        ],
        "Bảng tổng hợp",
        1,
    ),
]


def test_line_breaks_go_through_the_editor_unchanged(qtbot):
    doc = QTextDocument()
    fill_document(doc, BLOCKS, lambda _id: (4, 3))
    assert blocks_from_document(doc) == BLOCKS
    flat = QTextDocument()
    fill_document(flat, _without_breaks(BLOCKS), lambda _id: (4, 3))
    assert doc.blockCount() == flat.blockCount()  # breaks are lines, not paragraphs


def _without_breaks(blocks):
    def runs(runs):
        return [Run(run.text.replace("\n", " "), run.bold) for run in runs]

    return [
        Heading(runs(blocks[0].runs)),
        Paragraph(runs(blocks[1].runs)),
        ListBlock([runs(item) for item in blocks[2].items], ordered=False),
        Table([[runs(cell) for cell in row] for row in blocks[3].rows], "Bảng tổng hợp", 1),
    ]


def _table(blocks):
    return next(block for block in blocks if isinstance(block, Table))


def test_enter_in_a_cell_and_shift_enter_in_a_paragraph_are_saved(qtbot, window, monkeypatch):
    from deskeditor.gui import dialogs

    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Danh sách khen thưởng")
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Kính gửi: Sở Nội vụ;")
    qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(body, "Sở Tư pháp.")
    monkeypatch.setattr(
        dialogs.TableDialog, "ask", classmethod(lambda cls, parent=None: (1, 2, False, ""))
    )
    window.actions_by_name["table"].trigger()
    type_text(body, "Sở Nội vụ")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "(cơ quan chủ trì)")
    assert body.textCursor().block().text() == "Sở Nội vụ\u2028(cơ quan chủ trì)"  # one paragraph
    assert window.save()
    stored = window.store.get_article(window.editor.article_id)
    assert stored.body[0] == Paragraph([Run("Kính gửi: Sở Nội vụ;\nSở Tư pháp.")])
    assert _table(stored.body).rows[0][0] == [Run("Sở Nội vụ\n(cơ quan chủ trì)")]
    window.open_article(stored.id)  # reopened, it shows and saves the same
    assert window.editor.body_edit.blocks() == stored.body


@pytest.fixture
def exported(store, tmp_path):
    article = Article(title="Danh sách khen thưởng năm 2025", body=list(BLOCKS))
    article_id = store.save_article(article).article_id
    ctx = context_for(store, article_id)
    return write_html_single(ctx, tmp_path / "trang.html"), write_docx(ctx, tmp_path / "bai.docx")


def test_the_page_shows_a_line_break_where_the_editor_did(exported):
    page, _ = exported
    html = page.read_text(encoding="utf-8")
    assert "Sở Nội vụ<br>(cơ quan chủ trì)" in html
    assert "<strong>Sở Nội vụ;<br>Sở Tư pháp.</strong>" in html
    assert "Kết quả<br>năm 2025" in html


def test_the_word_document_has_a_line_break_in_the_cell(exported):
    _, word = exported
    with zipfile.ZipFile(word) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "Sở Nội vụ</w:t><w:br/><w:t>(cơ quan chủ trì)" in xml


def test_word_leaves_the_line_before_a_break_unstretched(exported):
    """Body text is justified: without the setting Word spreads "Sở Nội vụ;" over the line."""
    _, word = exported
    with zipfile.ZipFile(word) as package:
        settings = etree.fromstring(package.read("word/settings.xml"))
    compat = settings.find(f"{{{W}}}compat")
    names = [etree.QName(child).localname for child in compat]
    assert names[0] == "doNotExpandShiftReturn"  # first, as the schema orders w:compat
    assert names.count("doNotExpandShiftReturn") == 1
    assert "useFELayout" in names  # the template's own settings stay


def test_copies_with_line_breaks_verify_and_a_lost_break_does_not(store, exported):
    page, word = exported
    for path in (page, word):  # a draft: the content matches, nobody approved it
        assert verify_file(store, path).message.startswith("matches revision 1 of article 1")
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("Sở Nội vụ<br>(cơ", "Sở Nội vụ<br>(Cơ"), encoding="utf-8")
    assert "text differs" in verify_file(store, page).message


def test_a_pasted_cell_keeps_its_paragraphs_and_line_breaks_as_lines():
    from deskeditor.htmlimport import blocks_from_html

    html = (
        "<table><tr><th>Đơn vị</th><th>Ghi chú</th></tr>"
        "<tr><td><p>Sở Nội vụ</p><p>(cơ quan chủ trì)</p></td>"
        "<td>Xuất sắc<br>  <br>năm 2025</td></tr></table>"
    )
    [table] = blocks_from_html(html)
    assert table.rows[1] == [[Run("Sở Nội vụ\n(cơ quan chủ trì)")], [Run("Xuất sắc\nnăm 2025")]]


def test_a_pasted_paragraph_keeps_its_line_breaks():
    """A <br> in a pasted paragraph, heading or list item is a line break, as on the page."""
    from deskeditor.htmlimport import blocks_from_html

    html = (
        "<h2>Kết quả<br>năm 2025</h2>"
        "<p>Kính gửi:<br>\n  - Sở Tư pháp;<br><br>- UBND các huyện.<br></p>"
        "<ul><li>Mục một<br>dòng tiếp</li></ul>"
        "<table><caption>Bảng tổng hợp<br>năm 2025</caption><tr><td>1</td><td>2</td></tr></table>"
    )
    heading, paragraph, next_paragraph, items, table = blocks_from_html(html)
    assert heading.runs == [Run("Kết quả\nnăm 2025")]
    # A blank line (two breaks) starts a new paragraph; one at the end shows nothing.
    assert paragraph.runs == [Run("Kính gửi:\n- Sở Tư pháp;")]
    assert next_paragraph.runs == [Run("- UBND các huyện.")]
    assert items.items == [[Run("Mục một\ndòng tiếp")]]
    assert table.caption == "Bảng tổng hợp năm 2025"  # a caption is one line


def test_a_page_that_separates_paragraphs_with_blank_lines_pastes_as_paragraphs():
    """Old portal pages and e-mails write <br><br> between paragraphs, with no <p> at all."""
    from deskeditor.htmlimport import blocks_from_html
    from deskeditor.model import Heading, ListBlock, Paragraph, Quote

    html = (
        "<div>Sáng 15/11, Sở Nội vụ tổ chức hội nghị tổng kết.<br><br>\n"
        "Dự hội nghị có <b>lãnh đạo Sở</b><br>và các phòng chuyên môn.<br> <br><br>"
        "<i>Hội nghị kết thúc lúc 11 giờ.</i></div>"
        "<blockquote>Trích dẫn một<br><br>Trích dẫn hai</blockquote>"
        "<h3>Tiêu đề<br><br>hai dòng</h3>"
        "<ul><li>Mục một<br><br>vẫn là mục một</li></ul>"
    )
    blocks = blocks_from_html(html)
    assert blocks == [
        Paragraph([Run("Sáng 15/11, Sở Nội vụ tổ chức hội nghị tổng kết.")]),
        Paragraph(
            [
                Run("Dự hội nghị có "),
                Run("lãnh đạo Sở", bold=True),
                Run("\nvà các phòng chuyên môn."),
            ]
        ),
        Paragraph([Run("Hội nghị kết thúc lúc 11 giờ.", italic=True)]),
        Quote([Run("Trích dẫn một")]),
        Quote([Run("Trích dẫn hai")]),
        # A heading and a list item stay one block: their blank lines are one break.
        Heading([Run("Tiêu đề\nhai dòng")]),
        ListBlock([[Run("Mục một\nvẫn là mục một")]]),
    ]


def test_a_word_draft_keeps_the_line_breaks_of_its_body_paragraphs(tmp_path):
    """Shift+Enter in Word is a line break in the draft, as the page and the slip show it."""
    import docx
    from docx.enum.text import WD_BREAK

    from deskeditor.wordimport import read_docx
    from tests.wordgen import add_picture_paragraph, photo_bytes

    document = docx.Document()
    document.add_paragraph("Thông báo lịch tiếp công dân tháng 12", style="Title")
    lead = document.add_paragraph()
    lead.add_run("Sở Nội vụ thông báo lịch tiếp công dân định kỳ").bold = True
    lead.add_run().add_break()
    lead.add_run("của Lãnh đạo Sở trong tháng 12 năm 2026 như sau.").bold = True
    body = document.add_paragraph("Kính gửi:")
    body.add_run().add_break()
    body.add_run("- Sở Tư pháp;")
    body.add_run().add_break(WD_BREAK.LINE)
    body.add_run("- UBND các huyện, thành phố.")
    body.add_run().add_break()  # a break at the end shows nothing
    add_picture_paragraph(document, photo_bytes(), alt="Hội trường")
    caption = document.add_paragraph("Toàn cảnh buổi tiếp", style="Caption")
    caption.add_run().add_break()
    caption.add_run("công dân")
    path = tmp_path / "lich.docx"
    document.save(path)
    article = read_docx(path).article
    assert article.lead == (
        "Sở Nội vụ thông báo lịch tiếp công dân định kỳ "
        "của Lãnh đạo Sở trong tháng 12 năm 2026 như sau."
    )  # one line of its own: no break
    paragraph = article.body[0]
    assert isinstance(paragraph, Paragraph)
    assert "".join(r.text for r in paragraph.runs) == (
        "Kính gửi:\n- Sở Tư pháp;\n- UBND các huyện, thành phố."
    )
    (figure,) = article.figures()
    assert figure.caption == "Toàn cảnh buổi tiếp công dân"
