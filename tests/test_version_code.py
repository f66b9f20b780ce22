"""The version code's canonical form v1: pinned, and independent of the interchange JSON."""

from __future__ import annotations

import datetime as dt

from deskeditor import jsonio
from deskeditor.jsonio import article_from_dict
from deskeditor.model import Article, Figure, Paragraph, Run
from deskeditor.store import codec
from deskeditor.store.codec import CODE_FORM, canonical_v1, content_hash, version_code

PHOTO = "0" * 64
# The example of README.md, "Version codes": the bytes hashed and the code printed.
GOLDEN_BYTES = (
    '{"author":"Lê Thị Hoà","author_unit":"","body":[{"text":[{"text":"Dự hội nghị có "},'
    '{"bold":true,"text":"Sở Nội vụ"}],"type":"paragraph"},{"alt":"Hội trường",'
    '"caption":"Toàn cảnh","credit":"Ảnh: Lê Thị Hoà","file":"' + PHOTO + '","type":"photo"}],'
    '"category":"","lead":"Sáng 14/7.","published_at":"2025-07-14T08:30","source":"",'
    '"tags":[],"title":"Hội nghị sơ kết"}'
)


def golden_article() -> Article:
    return Article(
        title="Hội nghị sơ kết",
        published_at=dt.datetime(2025, 7, 14, 8, 30),
        lead="Sáng 14/7.",
        author="Lê Thị Hoà",
        body=[
            Paragraph([Run("Dự hội nghị có "), Run("Sở Nội vụ", bold=True)]),
            Figure("Toàn cảnh", "Ảnh: Lê Thị Hoà", "Hội trường", photo_id=1),
        ],
    )


def test_form_v1_is_pinned():
    assert CODE_FORM == "v1"
    assert canonical_v1(golden_article(), [PHOTO]).decode("utf-8") == GOLDEN_BYTES
    assert version_code(content_hash(golden_article(), [PHOTO])) == "D3CD-295D"


def test_codes_already_issued_stay_the_same(sample_dict):
    """The sample's code as the program printed it before form v1 was written down."""
    article = article_from_dict(sample_dict)
    assert version_code(content_hash(article, [])) == "6204-AF2D"


def test_a_new_json_field_does_not_change_codes(monkeypatch):
    before = content_hash(golden_article(), [PHOTO])
    original = jsonio.article_to_dict

    def with_more(article, photo_files=None):
        return {**original(article, photo_files), "subtitle": "", "approval": None}

    monkeypatch.setattr(jsonio, "article_to_dict", with_more)
    monkeypatch.setattr(codec, "article_to_dict", with_more, raising=False)
    assert content_hash(golden_article(), [PHOTO]) == before


# README.md, "Version codes": the example with a table (issue 17).
TABLE_BYTES = (
    '{"author":"","author_unit":"","body":[{"caption":"Kết quả","header_rows":1,'
    '"rows":[["Đơn vị","Điểm"],["Sở Nội vụ",[{"bold":true,"text":"98"}]]],"type":"table"}],'
    '"category":"","lead":"","published_at":"","source":"","tags":[],"title":"Kết quả thi đua"}'
)


def test_a_table_is_pinned_in_form_v1():
    from deskeditor.model import Table

    table = Table(
        [[[Run("Đơn vị")], [Run("Điểm")]], [[Run("Sở Nội vụ")], [Run("98", bold=True)]]],
        "Kết quả",
        1,
    )
    article = Article(title="Kết quả thi đua", body=[table])
    assert canonical_v1(article, []).decode("utf-8") == TABLE_BYTES
    assert version_code(content_hash(article, [])) == "1AEB-F4E5"
    table.rows[1][1] = [Run("97", bold=True)]
    assert version_code(content_hash(article, [])) != "1AEB-F4E5"
