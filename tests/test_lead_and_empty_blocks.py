"""The lead is one line everywhere; blocks with no text never reach a page (outside testing).

A JSON lead with a line break was written raw into ``<p class="sapo">``, and
an empty heading became ``<h2></h2>``, which axe-core reports.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt

from deskeditor.jsonio import loads_article
from deskeditor.model import ListBlock, Paragraph, Quote, Run


def _article(**fields) -> str:
    return json.dumps({"title": "Hội nghị tổng kết công tác năm 2026", **fields})


def test_a_json_lead_with_line_breaks_is_read_as_one_line():
    article = loads_article(_article(lead="Sáng 15/11, Sở Nội vụ\ntổ chức hội nghị\n"))
    assert article.lead == "Sáng 15/11, Sở Nội vụ tổ chức hội nghị"


def test_json_blocks_with_no_text_are_left_out():
    body = [
        {"type": "heading", "text": ""},
        {"type": "paragraph", "text": [{"text": "  ", "bold": True}]},
        {"type": "quote", "text": " \n "},
        {"type": "list", "ordered": False, "items": ["", "Khen thưởng tập thể", " "]},
        {"type": "list", "ordered": True, "items": [" "]},
        {"type": "paragraph", "text": "Hội nghị kết thúc lúc 11 giờ."},
        {"type": "quote", "text": "Thi đua là yêu nước."},
    ]
    article = loads_article(_article(body=body))
    assert article.body == [
        ListBlock([[Run("Khen thưởng tập thể")]], ordered=False),
        Paragraph([Run("Hội nghị kết thúc lúc 11 giờ.")]),
        Quote([Run("Thi đua là yêu nước.")]),
    ]


def test_the_page_of_an_article_with_an_empty_heading_has_none(tmp_path, capsys):
    from deskeditor import cli

    body = [
        {"type": "heading", "text": ""},
        {"type": "paragraph", "text": "Nội dung hội nghị."},
        {"type": "heading", "text": " "},
    ]
    source = tmp_path / "bai.json"
    source.write_text(_article(lead="Dòng một\ndòng hai", body=body), encoding="utf-8")
    db = tmp_path / "kho.db"
    assert cli.main(["import", str(source), "--db", str(db)]) == 0
    article_id = capsys.readouterr().out.strip()
    page = tmp_path / "trang.html"
    assert cli.main(["export", article_id, "--html-single", str(page), "--db", str(db)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "<h2" not in html and "Nội dung hội nghị." in html
    assert "Dòng một dòng hai" in html


def test_enter_in_the_lead_moves_on_and_pasted_lines_join(window, qtbot):
    lead = window.editor.lead_edit
    lead.setFocus()
    lead.insertPlainText("Sáng 15/11")  # QTest types ASCII only; the key below is real
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    assert lead.toPlainText() == "Sáng 15/11"  # no line break typed into the lead
    cursor = lead.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    lead.setTextCursor(cursor)
    mime = QMimeData()
    mime.setText(", Sở Nội vụ\ntổ chức\r\nhội nghị")
    lead.insertFromMimeData(mime)
    assert lead.toPlainText() == "Sáng 15/11, Sở Nội vụ tổ chức hội nghị"
    assert window.editor.article().lead == "Sáng 15/11, Sở Nội vụ tổ chức hội nghị"
