"""One policy for link addresses, applied by every entry point (issue 12).

Before it, the body's links were checked by a looser copy of the rules than
the link list's: a body link could lead to another site behind a trusted name
(user info), to the reader's own computer (localhost) or to a host no domain
can have (an underscore).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import lxml.html
import pytest

from deskeditor import urls
from deskeditor.errors import ArticleFormatError
from deskeditor.export import ExportContext
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_folder
from deskeditor.htmlimport import blocks_from_html
from deskeditor.jsonio import article_from_dict
from deskeditor.links import LinkError, normalise_url, url_key
from deskeditor.model import Article, Link, LinkGroup, Paragraph, Run, SiteProfile

# The reproductions of the issue, and their near relatives.
REPRODUCTIONS = [
    "https://good.gov.vn@evil.example/",
    "https://localhost/",
    "http://a_b.vn",
]
REFUSED = [
    *REPRODUCTIONS,
    "https://chinhphu.vn\\@evil.example/",
    "https://chinhphu.vn\\evil.example/",
    "http://sonoivu.localhost/",
    "http://LOCALHOST.:8080/",
    "http://127.0.0.1/",
    "http://203.113.131.1/portal",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://[::1]/",
    "http://[2001:db8::1]:8080/",
    "https://%6c%6fcalhost/",
    "mailto:sonoivu@localhost",
    "mailto:sonoivu@127.0.0.1",
    "javascript:alert(1)",
]
IDN_SPELLINGS = [
    "https://bộnộivụ.vn/",
    "https://BỘNỘIVỤ.vn/",
    "https://xn--bniv-5y5ab0g.vn/",
]
IDN_ASCII = "https://xn--bniv-5y5ab0g.vn/"


def _article(url: str) -> Article:
    return Article(
        title="Hội nghị sơ kết",
        body=[Paragraph([Run("Xem "), Run("trang này", link=url), Run(" để biết thêm.")])],
    )


def _context(article: Article) -> ExportContext:
    profile = SiteProfile(organisation_name="SỞ NỘI VỤ TỈNH MẪU")
    return ExportContext(
        article,
        "A3F9-12C7",
        profile,
        [LinkGroup("Liên kết", [Link("Cổng Chính phủ", "https://chinhphu.vn")])],
        lambda photo_id, rendition: (b"", "image/jpeg", 1, 1),
        generated_at=dt.datetime(2026, 11, 30, 9, 0),
    )


def _html_hrefs(article: Article, folder: Path) -> list[str]:
    page = lxml.html.parse(str(write_html_folder(_context(article), folder)))
    return page.xpath("//article//a/@href")


def _docx_targets(article: Article, path: Path) -> list[str]:
    write_docx(_context(article), path)
    rels = docx.Document(str(path)).part.rels.values()
    return [rel.target_ref for rel in rels if rel.is_external]


# --------------------------------------------------------------- refused everywhere


@pytest.mark.parametrize("url", REFUSED)
def test_the_policy_refuses(url):
    with pytest.raises(urls.UrlError):
        urls.check_url(url)


@pytest.mark.parametrize("url", REFUSED)
def test_the_json_reader_refuses(url):
    data = {"title": "Tin", "body": [{"type": "paragraph", "text": [{"text": "x", "link": url}]}]}
    with pytest.raises(ArticleFormatError, match=r"body\[0\]\.text\[0\]\.link"):
        article_from_dict(data)


@pytest.mark.parametrize("url", [u for u in REFUSED if not u.startswith("mailto:")])
def test_the_link_list_refuses(url):
    with pytest.raises(LinkError):
        normalise_url(url)


@pytest.mark.parametrize("url", REFUSED)
def test_pasted_html_keeps_the_text_but_not_the_link(url):
    blocks = blocks_from_html(f'<p>Xem <a href="{url}">trang này</a>.</p>')
    runs = blocks[0].runs
    assert "".join(run.text for run in runs) == "Xem trang này."
    assert all(run.link is None for run in runs)


@pytest.mark.parametrize("url", REPRODUCTIONS + ["http://127.0.0.1/", "mailto:a@localhost"])
def test_the_exporters_write_a_refused_link_as_plain_text(url, tmp_path):
    # An article stored before the policy may still hold one.
    article = _article(url)
    assert _html_hrefs(article, tmp_path / "trang") == []
    assert _docx_targets(article, tmp_path / "bai.docx") == []
    texts = [p.text for p in docx.Document(str(tmp_path / "bai.docx")).paragraphs]
    assert "Xem trang này để biết thêm." in texts


# --------------------------------------------------------------- internationalised domains


@pytest.mark.parametrize("url", IDN_SPELLINGS)
def test_an_internationalised_domain_is_accepted_everywhere(url, tmp_path):
    assert urls.check_url(url) == url
    assert normalise_url(url) == (url, False)
    data = {"title": "Tin", "body": [{"type": "paragraph", "text": [{"text": "x", "link": url}]}]}
    assert article_from_dict(data).body[0].runs[0].link == url
    assert blocks_from_html(f'<p><a href="{url}">x</a></p>')[0].runs[0].link == url


def test_every_spelling_of_an_internationalised_domain_is_the_same_address():
    assert {url_key(url) for url in IDN_SPELLINGS} == {"xn--bniv-5y5ab0g.vn"}
    assert {urls.host_ascii(url.split("/")[2]) for url in IDN_SPELLINGS} == {"xn--bniv-5y5ab0g.vn"}


@pytest.mark.parametrize("url", IDN_SPELLINGS)
def test_the_exporters_write_an_internationalised_domain_in_its_ascii_form(url, tmp_path):
    article = _article(url)
    assert _html_hrefs(article, tmp_path / "trang") == [IDN_ASCII]
    assert _docx_targets(article, tmp_path / "bai.docx") == [IDN_ASCII]


def test_the_path_of_an_internationalised_address_is_percent_encoded_once(tmp_path):
    article = _article("https://bộnộivụ.vn/tin-tức?q=hội nghị".replace(" ", "+"))
    assert _html_hrefs(article, tmp_path / "trang") == [
        "https://xn--bniv-5y5ab0g.vn/tin-t%E1%BB%A9c?q=h%E1%BB%99i+ngh%E1%BB%8B"
    ]


def test_uts46_maps_what_idna_2003_read_differently():
    # IDNA 2003 (Python's "idna" codec) maps ß to "ss"; UTS 46 non-transitional
    # keeps it, as browsers do, so the address leads where a browser goes.
    assert urls.host_ascii("faß.de") == "xn--fa-hia.de"


def test_a_mailto_link_is_checked_like_a_web_address():
    assert urls.check_url("mailto:sonoivu@mau.gov.vn") == "mailto:sonoivu@mau.gov.vn"
    assert urls.complete_url("ban.bien.tap@bộnộivụ.vn", urls.LINK_SCHEMES) == (
        "mailto:ban.bien.tap@bộnộivụ.vn",
        True,
    )
    assert urls.published_url("MAILTO:ban.bien.tap@bộnộivụ.vn?subject=Tin") == (
        "mailto:ban.bien.tap@xn--bniv-5y5ab0g.vn?subject=Tin"
    )
    for bad in ("mailto:", "mailto:sonoivu", "mailto:@mau.gov.vn", "mailto:a@b_c.vn"):
        with pytest.raises(urls.UrlError):
            urls.check_url(bad)


def test_the_refusals_say_why():
    reasons = {}
    for url in REPRODUCTIONS + ["http://127.0.0.1/"]:
        with pytest.raises(urls.UrlError) as caught:
            urls.check_url(url)
        reasons[url] = str(caught.value)
    assert "user name or password" in reasons["https://good.gov.vn@evil.example/"]
    assert "this computer" in reasons["https://localhost/"]
    assert "cannot have" in reasons["http://a_b.vn"]
    assert "IP address" in reasons["http://127.0.0.1/"]


def test_a_dataclass_article_from_the_store_keeps_its_link_text(tmp_path):
    article = dataclasses.replace(_article("https://chinhphu.vn/tin"))
    assert _html_hrefs(article, tmp_path / "trang") == ["https://chinhphu.vn/tin"]
