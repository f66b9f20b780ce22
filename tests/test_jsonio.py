"""The interchange JSON: exact round trip, and errors that name the place."""

import json
import unicodedata

import pytest

from deskeditor.errors import ArticleFormatError
from deskeditor.jsonio import article_from_dict, article_to_dict, loads_article
from deskeditor.model import Figure, ListBlock, Paragraph


def test_round_trip_is_identical(sample_dict):
    article = article_from_dict(sample_dict)
    assert article_to_dict(article) == sample_dict


def test_runs_keep_their_marks(sample_dict):
    article = article_from_dict(sample_dict)
    runs = article.body[1].runs
    assert [r.text for r in runs][:2] == ["Trong 6 tháng đầu năm, ", "các đơn vị"]
    assert runs[1].bold and runs[2].italic and runs[3].link.startswith("https://")
    assert isinstance(article.body[4], ListBlock) and not article.body[4].ordered
    assert article.body[5].items[1][0].underline


def test_text_is_normalised_to_nfc(sample_dict):
    sample_dict["title"] = unicodedata.normalize("NFD", "Hội nghị Đồng chí")
    sample_dict["body"] = [{"type": "paragraph", "text": unicodedata.normalize("NFD", "Hòa bình")}]
    article = article_from_dict(sample_dict)
    assert article.title == unicodedata.normalize("NFC", "Hội nghị Đồng chí")
    assert isinstance(article.body[0], Paragraph)
    assert article.body[0].runs[0].text == unicodedata.normalize("NFC", "Hòa bình")


def test_photo_file_is_relative_to_the_json(tmp_path, sample_dict):
    sample_dict["body"].append(
        {
            "type": "photo",
            "file": "photos/hoi-nghi.jpg",
            "caption": "Các đại biểu dự Hội nghị",
            "credit": "Ảnh: Trần Văn Ba",
            "alt": "Đại biểu ngồi quanh bàn họp",
        }
    )
    article = article_from_dict(sample_dict, tmp_path)
    figure = article.body[-1]
    assert isinstance(figure, Figure)
    assert figure.source == tmp_path / "photos" / "hoi-nghi.jpg"
    assert figure.caption == "Các đại biểu dự Hội nghị"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("title"), "title: required"),
        (lambda d: d.update(title="   "), "title: required"),
        (lambda d: d.update(title="Hai\ndòng"), "title: must be one line"),
        (lambda d: d.update(title=12), "title: expected text, got a number"),
        (lambda d: d.update(titel="x"), "titel: unknown field"),
        (lambda d: d.update(published_at="10/07/2017"), "published_at: expected a date and time"),
        (lambda d: d.update(tags="thi đua"), "tags: expected a list of keywords"),
        (lambda d: d.update(body={}), "body: expected a list of blocks"),
        (lambda d: d["body"].append({"type": "video"}), "body[6].type: unknown block type 'video'"),
        (lambda d: d["body"].append({"text": "x"}), "body[6].type: required"),
        (
            lambda d: d["body"].append({"type": "photo", "file": "a.jpg"}),
            "body[6].caption: required",
        ),
        (lambda d: d["body"].append({"type": "photo", "caption": "x"}), "body[6].file: required"),
        (
            lambda d: d["body"][1]["text"][1].update(link="javascript:alert(1)"),
            "body[1].text[1].link: only http, https and mailto links are allowed",
        ),
        (
            lambda d: d["body"][1]["text"][3].update(link="ftp://example.com/a"),
            "body[1].text[3].link: only http, https and mailto links are allowed",
        ),
        (
            lambda d: d["body"][1]["text"][1].update(bold="yes"),
            "body[1].text[1].bold: expected true or false",
        ),
        (lambda d: d["body"][4].update(items="a"), "body[4].items: required: a list of items"),
        (lambda d: d["body"][0].update(colour="red"), "body[0].colour: unknown field"),
    ],
)
def test_invalid_input_names_the_place(sample_dict, change, message):
    change(sample_dict)
    with pytest.raises(ArticleFormatError) as caught:
        article_from_dict(sample_dict)
    assert str(caught.value).startswith(message)


def test_mailto_and_http_links_are_allowed(sample_dict):
    sample_dict["body"][1]["text"][3]["link"] = "mailto:sonoivu@example.gov.vn"
    sample_dict["body"][1]["text"][2]["link"] = "http://example.vn"
    article = article_from_dict(sample_dict)
    assert article.body[1].runs[3].link == "mailto:sonoivu@example.gov.vn"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON (line 1"),
        ("[]", "expected an object, got a list"),
        ("[" * 100000 + "]" * 100000, ""),
    ],
)
def test_malformed_json_is_one_clear_error(text, message):
    with pytest.raises(ArticleFormatError) as caught:
        loads_article(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_explicit_false_marks_are_accepted(sample_dict):
    sample_dict["body"][0]["text"] = [{"text": "thường", "bold": False, "link": None}]
    article = article_from_dict(sample_dict)
    assert article_to_dict(article)["body"][0]["text"] == "thường"


def test_dumped_json_is_readable_utf8(sample_dict):
    from deskeditor.jsonio import dumps_article

    text = dumps_article(article_from_dict(sample_dict))
    assert "Hội nghị" in text
    assert json.loads(text) == sample_dict


@pytest.mark.parametrize(
    "url",
    [
        "https://javascript:alert(1)",
        "https://exa mple.vn",
        "http://",
        "https://-bad.vn",
        "https://a.vn:99999/x",
        "mailto:",
        "http://a.vn/\x00",
        "http://[",
        "https://[::1/",
        # issue 12: the link list's policy applies to the body's links too
        "http://localhost:8080/",
        "https://good.gov.vn@evil.example/",
        "http://a_b.vn",
    ],
)
def test_malformed_links_are_refused(url):
    from deskeditor.jsonio import check_link

    with pytest.raises(ArticleFormatError):
        check_link(url, "link")


@pytest.mark.parametrize(
    "url",
    [
        "https://sonoivu.langson.gov.vn/tin-tuc?id=1#a",
        "HTTP://ChinhPhu.VN/",
        "https://bộnộivụ.vn",
        "mailto:a@b.vn",
    ],
)
def test_good_links_pass(url):
    from deskeditor.jsonio import check_link

    assert check_link(url, "link") == url
