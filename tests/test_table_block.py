"""The table block: model, interchange JSON, storage and version code (issue 17)."""

from __future__ import annotations

import copy

import pytest

from deskeditor.errors import ArticleFormatError
from deskeditor.jsonio import article_from_dict, article_to_dict, dumps_article, loads_article
from deskeditor.model import Article, Run, Table, body_texts, square_rows
from deskeditor.store.codec import body_from_storage, body_to_storage, content_hash, normalise

TABLE = {
    "type": "table",
    "caption": "Kết quả thi đua theo huyện",
    "header_rows": 1,
    "rows": [
        ["Huyện", "Điểm", "Xếp hạng"],
        ["Tràng Định", "95", [{"text": "Nhất", "bold": True}]],
        [
            [{"text": "Văn Lãng", "link": "https://vanlang.langson.gov.vn/"}],
            "",
            [{"text": "Nhì", "italic": True, "underline": True}],
        ],
    ],
}


def article_dict(*blocks: dict) -> dict:
    return {
        "title": "Tổng kết thi đua năm 2025",
        "category": "",
        "published_at": "",
        "lead": "",
        "author": "",
        "author_unit": "",
        "source": "",
        "tags": [],
        "body": [{"type": "paragraph", "text": "Bảng dưới đây tổng hợp kết quả."}, *blocks],
    }


def test_a_table_reads_into_the_model():
    table = article_from_dict(article_dict(TABLE)).body[1]
    assert isinstance(table, Table)
    assert table.caption == "Kết quả thi đua theo huyện"
    assert table.header_rows == 1 and table.columns == 3 and len(table.rows) == 3
    assert table.rows[0][0] == [Run("Huyện")]
    assert table.rows[1][2] == [Run("Nhất", bold=True)]
    assert table.rows[2][0][0].link == "https://vanlang.langson.gov.vn/"
    assert table.rows[2][1] == []
    assert table.rows[2][2] == [Run("Nhì", italic=True, underline=True)]


def test_a_table_round_trips_through_the_json_exactly():
    data = article_dict(TABLE)
    assert article_to_dict(article_from_dict(data)) == data
    assert article_to_dict(loads_article(dumps_article(article_from_dict(data)))) == data


def test_caption_and_header_rows_may_be_left_out():
    table = article_from_dict(article_dict({"type": "table", "rows": [["a", "b"]]})).body[1]
    assert (table.caption, table.header_rows, table.rows) == ("", 0, [[[Run("a")], [Run("b")]]])
    written = article_to_dict(Article("T", body=[table]))["body"][0]
    assert written == {"type": "table", "caption": "", "header_rows": 0, "rows": [["a", "b"]]}


def test_an_empty_cell_in_the_model_is_written_as_empty_text():
    table = Table([[[], [Run("Hà Nội")]]], "Danh sách", 0)
    written = article_to_dict(Article("T", body=[table]))["body"][0]
    assert written["rows"] == [["", "Hà Nội"]]


def _with(change):
    block = copy.deepcopy(TABLE)
    change(block)
    return article_dict(block)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.pop("rows"), "body[1].rows: required: a list of rows"),
        (lambda t: t.update(rows=[]), "body[1].rows: a table needs at least one row"),
        (lambda t: t.update(rows=[[]]), "body[1].rows[0]: a row needs at least one cell"),
        (lambda t: t.update(rows="a"), "body[1].rows: required: a list of rows"),
        (lambda t: t["rows"].append("Bắc Sơn"), "body[1].rows[3]: expected a list of cells"),
        (
            lambda t: t["rows"][1].pop(),
            "body[1].rows[1]: has 2 cells where rows[0] has 3 (every row needs the same",
        ),
        (
            lambda t: t["rows"][2].append("thừa"),
            "body[1].rows[2]: has 4 cells where rows[0] has 3",
        ),
        (lambda t: t["rows"][1].__setitem__(1, 95), "body[1].rows[1][1]: expected text or a list"),
        (
            lambda t: t["rows"][1][2][0].update(bold="có"),
            "body[1].rows[1][2][0].bold: expected true or false",
        ),
        (
            lambda t: t["rows"][2][0][0].update(link="javascript:alert(1)"),
            "body[1].rows[2][0][0].link: only http, https and mailto links are allowed",
        ),
        (lambda t: t.update(header_rows=4), "body[1].header_rows: expected 0 to 3"),
        (lambda t: t.update(header_rows=-1), "body[1].header_rows: expected 0 to 3"),
        (lambda t: t.update(header_rows=True), "body[1].header_rows: expected a whole number"),
        (lambda t: t.update(header_rows="1"), "body[1].header_rows: expected a whole number"),
        (lambda t: t.update(caption=["x"]), "body[1].caption: expected text, got a list"),
        (lambda t: t.update(caption="Hai\ndòng"), "body[1].caption: must be one line"),
        (lambda t: t.update(border=1), "body[1].border: unknown field"),
        (lambda t: t.update(rows=[["ô"] * 51]), "body[1].rows[0]: too many cells (51, at most 50)"),
        (lambda t: t.update(rows=[["ô"]] * 2001), "body[1].rows: too many rows (2001"),
        (lambda t: t.update(rows=[["ô"] * 50] * 401), "body[1].rows: too many cells (401 rows"),
    ],
)
def test_a_bad_table_is_refused_naming_the_place(change, message):
    with pytest.raises(ArticleFormatError) as caught:
        article_from_dict(_with(change))
    assert str(caught.value).startswith(message)


def test_all_header_rows_is_allowed():
    table = article_from_dict(_with(lambda t: t.update(header_rows=3))).body[1]
    assert table.header_rows == 3


def test_table_text_is_nfc():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Đồng Đăng")
    table = article_from_dict(_with(lambda t: t.update(caption=nfd, rows=[[nfd]], header_rows=0)))
    assert table.body[1].caption == "Đồng Đăng"
    assert table.body[1].rows[0][0][0].text == "Đồng Đăng"
    stored = Table([[[Run(nfd)]]], nfd)
    normalise(Article("T", body=[stored]))
    assert stored.caption == "Đồng Đăng" and stored.rows[0][0][0].text == "Đồng Đăng"


def test_the_store_keeps_a_table():
    body = article_from_dict(article_dict(TABLE)).body
    assert body_from_storage(body_to_storage(body)) == body


def test_body_texts_walks_caption_then_cells():
    body = article_from_dict(article_dict(TABLE)).body
    parts = [(index, part, text) for index, part, text in body_texts(body) if index == 1]
    assert parts[0] == (1, "table-caption", "Kết quả thi đua theo huyện")
    assert [text for _, part, text in parts[1:]] == [
        "Huyện", "Điểm", "Xếp hạng", "Tràng Định", "95", "Nhất", "Văn Lãng", "", "Nhì"
    ]  # fmt: skip
    assert {part for _, part, _ in parts[1:]} == {"cell"}


def test_an_edited_cell_changes_the_version_code():
    article = article_from_dict(article_dict(TABLE))
    before = content_hash(article, [])
    article.body[1].rows[1][1] = [Run("96")]
    assert content_hash(article, []) != before
    changed = content_hash(article, [])
    article.body[1].caption = "Kết quả thi đua"
    assert content_hash(article, []) != changed
    captioned = content_hash(article, [])
    article.body[1].header_rows = 0
    assert content_hash(article, []) != captioned


def test_square_rows_pads_short_rows_with_empty_cells():
    rows = [[[Run("a")], [Run("b")]], [[Run("c")]]]
    assert square_rows(rows) == [[[Run("a")], [Run("b")]], [[Run("c")], []]]
