"""What no stored or exported text may carry: control characters and bidi overrides.

Outside testing imported a paragraph with an ESC sequence and a right-to-left
override (U+202E); the store kept both and the portal page showed the rest of
the line reversed.
"""

import json

import pytest

from deskeditor.jsonio import loads_article
from deskeditor.model import plain_text
from deskeditor.text import clean_text

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("char", list(BIDI_CONTROLS))
def test_bidi_embedding_override_and_isolate_controls_are_dropped(char):
    assert clean_text(f"Sở Nội vụ{char} đảo") == "Sở Nội vụ đảo"


def test_marks_joiners_and_line_breaks_stay():
    # Zero-width joiners and the left-to-right mark are harmless; tab and line breaks are text.
    text = "Hội nghị\u200d\u200e tổng kết\tnăm 2026\n"
    assert clean_text(text) == text


def test_json_import_drops_control_characters_and_bidi_overrides():
    document = {
        "title": "Tin có ký tự lạ\u202e",
        "lead": "Sapo\x07 ngắn",
        "body": [
            {"type": "paragraph", "text": "Có ký tự điều khiển \x1b[31m đỏ \u202e đảo"},
            {"type": "heading", "text": "Mục\x00 một"},
        ],
    }
    article = loads_article(json.dumps(document))
    assert article.title == "Tin có ký tự lạ"
    assert article.lead == "Sapo ngắn"
    assert plain_text(article.body[0].runs) == "Có ký tự điều khiển [31m đỏ  đảo"
    assert plain_text(article.body[1].runs) == "Mục một"


def test_pasted_text_with_control_characters_is_stored_without_them(qtbot, window):
    from gui_helpers import type_text

    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Đoạn đầu ")
    body.insertPlainText("dán\x1b[0m vào\u202e đây")
    assert plain_text(window.editor.article().body[0].runs) == "Đoạn đầu dán[0m vào đây"
