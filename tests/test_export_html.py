"""The HTML export: page structure read back with lxml, escaping, the three forms, safe writing."""

from __future__ import annotations

import base64
import dataclasses
import errno
import io
import os
import tempfile
from pathlib import Path

import lxml.html
import pytest
from PIL import Image
from samples import import_long_article

from deskeditor.errors import ArticleFormatError
from deskeditor.export import ExportContext, ExportOptions, context_for
from deskeditor.export.html import (
    ExportExistsError,
    ExportTemplateError,
    default_folder_name,
    fragment_photo_stem,
    html_fragment,
    link_list_html,
    write_html_folder,
    write_html_fragment,
    write_html_single,
)
from deskeditor.jsonio import article_from_dict
from deskeditor.model import Article, Figure, Link, LinkGroup, Paragraph, Run, SiteProfile
from deskeditor.safeio import WriteError

REFERENCE = Path(__file__).parent / "reference"
HOSTILE = "<script>alert(1)</script> Tom & Jerry \"trích dẫn\" 'đơn' 🎉"
PROFILE = SiteProfile(
    organisation_name="TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH MẪU",
    address="Số 1 đường Mẫu, phường Trung Tâm, tỉnh Mẫu",
    phone="(0205) 3.812.110",
    fax="(0205) 3.812.498",
    email="sonoivu@mau.gov.vn",
    website="sonoivu.mau.gov.vn",
)
LINK_GROUPS = [
    LinkGroup("Sở ban ngành", [
        Link("Sở Tài chính", "https://stc.mau.gov.vn"),
        Link("Sở cũ (ẩn)", "https://cu.mau.gov.vn", visible=False),
    ]),
    LinkGroup("Nhóm đã ẩn", [Link("Không hiện", "https://an.mau.gov.vn")], visible=False),
    LinkGroup("Liên kết Websites", [Link("Cổng Chính phủ", "https://chinhphu.vn")]),
]  # fmt: skip


def _jpeg(width: int = 64, height: int = 48) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 60, 120)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _fake_photo(photo_id: int, rendition: str) -> tuple[bytes, str, int, int]:
    return _jpeg(), "image/jpeg", 64, 48


def _context(article: Article, **changes: object) -> ExportContext:
    ctx = ExportContext(article, "A3F9-12C7", PROFILE, LINK_GROUPS, _fake_photo)
    return dataclasses.replace(ctx, **changes)


def _sample_context(sample_dict: dict) -> ExportContext:
    """The conftest sample plus one photo with deterministic bytes and name."""
    article = article_from_dict(sample_dict)
    article.body.insert(
        2,
        Figure(
            "Các đại biểu dự hội nghị",
            "Ảnh: Lê Thị Hoà",
            "Hội trường với các đại biểu ngồi theo hàng",
            photo_id=7,
        ),
    )
    return _context(article)


@pytest.fixture
def long_export(store, tmp_path: Path):
    """The long real-looking sample exported as a folder; returns (index path, parsed page)."""
    article_id = import_long_article(store, tmp_path)
    store.save_site_profile(PROFILE)
    store.replace_link_groups(LINK_GROUPS)
    index = write_html_folder(context_for(store, article_id), tmp_path / "xuat")
    return index, lxml.html.document_fromstring(index.read_bytes())


def _meta(page, name: str) -> str:
    return page.xpath(f'//meta[@name="{name}"]/@content')[0]


def _entries(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


# ------------------------------------------------------------------ the page


def test_folder_export_is_index_html_and_images(long_export):
    index, _ = long_export
    assert index.name == "index.html"
    assert _entries(index.parent) == {"index.html", "images"}
    assert sorted(_entries(index.parent / "images")) == ["anh-1.jpg", "anh-2.jpg", "anh-3.jpg"]


def test_page_head_has_language_title_and_version_code(long_export):
    index, page = long_export
    assert page.get("lang") == "vi"
    assert page.xpath("//meta/@charset") == ["utf-8"]
    assert "width=device-width" in _meta(page, "viewport")
    assert page.findtext(".//title").startswith("Cụm thi đua số II sơ kết")
    assert page.findtext(".//title").endswith("— " + PROFILE.organisation_name)
    assert _meta(page, "description").startswith("Hội nghị đánh giá kết quả")
    assert _meta(page, "generator").startswith("deskeditor ")
    code = _meta(page, "deskeditor-version")
    assert len(code) == 9 and code[4] == "-"
    csp = page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "img-src 'self' file: data:" in csp and "connect-src 'none'" in csp


def test_page_has_no_script_and_no_external_resource(long_export):
    index, page = long_export
    assert page.xpath("//script | //link | //iframe | //object") == []
    assert "<script" not in index.read_text(encoding="utf-8").lower()
    assert all(not src.startswith(("http", "//")) for src in page.xpath("//img/@src"))


def test_every_image_has_alt_a_fluid_size_and_a_clean_jpeg(long_export):
    index, page = long_export
    images = page.xpath("//img")
    assert len(images) == 3
    for img in images:
        assert img.get("alt").strip()
        # A width (the portal's column at most) and no height: CKEditor 4 turns the
        # two into fixed pixel styles that stretch the photo in a narrower column.
        assert img.get("width") == "700" and img.get("height") is None
        file = index.parent / img.get("src")
        with Image.open(file) as photo:
            assert photo.format == "JPEG" and photo.width == 1600
            assert not photo.getexif() and "exif" not in photo.info


def test_figures_carry_caption_and_credit(long_export):
    _, page = long_export
    captions = page.xpath("//figure/figcaption")
    assert len(captions) == 3
    assert captions[0].text_content() == "Toàn cảnh Hội nghị sơ kết (Ảnh: Lê Thị Hoà)"
    # The credit is an <em>: the portal's editors keep it, where they drop a <span>.
    assert captions[2].xpath("em[@class='credit']")[0].text == "(Ảnh: Nguyễn Minh Đức)"
    assert page.xpath("//figure/@class") == ["image"] * 3


def test_title_date_lead_body_and_byline(long_export):
    _, page = long_export
    assert len(page.xpath("//h1")) == 1
    assert page.xpath("//nav[@class='breadcrumb']//li/text()") == [
        "Trang chủ",
        "Thi đua - Khen thưởng",
    ]
    time = page.xpath("//time")[0]
    assert time.get("datetime") == "2025-07-14T17:56"
    assert time.text == "Thứ Hai, 14/07/2025 - 17:56"
    assert page.xpath("//p[@class='sapo']/strong")[0].text.startswith("Hội nghị đánh giá")
    article = page.xpath("//article")[0]
    assert article.xpath(".//h2/text()") == ["Nhiệm vụ trọng tâm 6 tháng cuối năm"]
    assert article.xpath(".//blockquote/p/text()") == [
        "Thi đua là yêu nước, yêu nước thì phải thi đua."
    ]
    assert len(article.xpath(".//ul/li")) == 3 and len(article.xpath(".//ol/li")) == 2
    assert article.xpath(".//strong[.='bám sát kế hoạch']")
    assert article.xpath(".//a[@href='https://sonoivu.example.gov.vn/ke-hoach-2025']/em")
    assert article.xpath(".//a[@href='mailto:tdkt@example.gov.vn']/u")
    byline = article.xpath(".//p[@class='byline']")[0]
    assert byline.xpath("strong/text()") == ["Lê Thị Hoà"]
    assert "Phòng Thi đua - Khen thưởng, Sở Nội vụ" in byline.text_content()
    assert (
        article.xpath(".//p[@class='source']")[0].text_content()
        == "Nguồn: Ban Thi đua - Khen thưởng tỉnh"
    )


def test_sidebar_shows_only_visible_groups_and_links(long_export):
    _, page = long_export
    nav = page.xpath("//nav[@class='link-list']")[0]
    assert nav.xpath("h2/text()") == ["Sở ban ngành", "Liên kết Websites"]
    assert nav.xpath(".//a/text()") == ["Sở Tài chính", "Cổng Chính phủ"]
    assert "Không hiện" not in nav.text_content() and "Sở cũ" not in nav.text_content()


def test_footer_has_the_contact_details(long_export):
    _, page = long_export
    footer = page.xpath("//footer")[0]
    text = footer.text_content()
    for value in (PROFILE.organisation_name, PROFILE.address, PROFILE.phone, PROFILE.fax):
        assert value in text
    assert footer.xpath(".//a/@href") == ["mailto:sonoivu@mau.gov.vn", "https://sonoivu.mau.gov.vn"]


def test_hostile_text_is_escaped_and_a_javascript_link_is_plain_text(tmp_path: Path):
    article = Article(
        title=HOSTILE,
        lead=HOSTILE,
        category="A & B <i>",
        body=[
            Paragraph(
                [
                    Run("Bấm vào "),
                    Run("đây", link="javascript:alert(1)"),
                    Run(" hoặc "),
                    Run("kia", link="JAVASCRIPT:alert(2)", bold=True),
                ]
            )
        ],
        author='Tác giả "<b>"',
    )
    groups = [LinkGroup("<b>Nhóm</b>", [Link("Xấu", "javascript:alert(3)")])]
    index = write_html_folder(_context(article, link_groups=groups), tmp_path / "xau")
    source = index.read_text(encoding="utf-8")
    page = lxml.html.document_fromstring(source)
    assert page.xpath("//script") == [] and "<script>" not in source
    assert page.xpath("//h1")[0].text == HOSTILE
    assert page.findtext(".//title").startswith(HOSTILE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry" in source
    assert "🎉" in source
    assert all("javascript" not in href.lower() for href in page.xpath("//@href"))
    assert page.xpath("//article//p[not(@class)]")[0].text_content() == "Bấm vào đây hoặc kia"
    assert page.xpath("//nav[@class='link-list']//li")[0].text == "Xấu"
    assert page.xpath("//b | //i") == []


def test_a_long_title_and_no_photos_make_a_page_without_images(tmp_path: Path):
    title = ("Hội nghị tổng kết công tác thi đua " * 10)[:300]
    article = Article(title=title, body=[Paragraph([Run("Nội dung " * 40)])])
    index = write_html_folder(_context(article), tmp_path / "dai")
    assert _entries(index.parent) == {"index.html"}
    page = lxml.html.document_fromstring(index.read_bytes())
    assert page.xpath("//h1")[0].text == title
    assert page.xpath("//time | //img | //figure") == []
    description = _meta(page, "description")
    assert len(description) <= 160 and description.endswith("…")


def test_no_visible_link_group_means_no_sidebar():
    hidden = [LinkGroup("Ẩn", [Link("A", "https://a.vn")], visible=False), LinkGroup("Trống", [])]
    assert link_list_html(hidden).strip() == ""


def test_link_list_snippet_is_a_nav_of_headed_lists():
    snippet = lxml.html.fragment_fromstring(link_list_html(LINK_GROUPS))
    assert snippet.tag == "nav"
    assert [h.text for h in snippet.xpath("h2")] == ["Sở ban ngành", "Liên kết Websites"]
    assert snippet.xpath("ul/li/a/@href") == ["https://stc.mau.gov.vn", "https://chinhphu.vn"]


# ------------------------------------------------------------------ the other forms


def test_single_file_inlines_the_photos_and_writes_nothing_else(store, tmp_path: Path):
    article_id = import_long_article(store, tmp_path)
    out = tmp_path / "mot-tep"
    out.mkdir()
    path = write_html_single(context_for(store, article_id), out / "bai.html")
    assert _entries(out) == {"bai.html"}
    page = lxml.html.document_fromstring(path.read_bytes())
    sources = page.xpath("//img/@src")
    assert len(sources) == 3
    for src in sources:
        assert src.startswith("data:image/jpeg;base64,")
        with Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))) as photo:
            assert photo.format == "JPEG"


def test_fragment_matches_the_golden_file(sample_dict: dict):
    """Regenerate with DESKEDITOR_UPDATE_GOLDEN=1 after an intended change of the markup."""
    fragment = html_fragment(_sample_context(sample_dict))
    golden = REFERENCE / "fragment-sample.html"
    if os.environ.get("DESKEDITOR_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(fragment, encoding="utf-8", newline="\n")
    assert fragment == golden.read_text(encoding="utf-8")


def test_fragment_is_the_body_only(sample_dict: dict):
    fragment = html_fragment(_sample_context(sample_dict), image_prefix="/uploads/")
    assert "<h1" not in fragment and "<html" not in fragment and "<time" not in fragment
    stem = fragment_photo_stem(_sample_context(sample_dict).article)
    assert stem and f'<img src="/uploads/{stem}anh-1.jpg"' in fragment
    assert fragment.startswith('<p class="sapo"><strong>')


def test_fragment_file_gets_its_images_beside_it(sample_dict: dict, tmp_path: Path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(b"not ours")
    path = write_html_fragment(_sample_context(sample_dict), tmp_path / "doan.html")
    assert path.read_text(encoding="utf-8") == html_fragment(
        _sample_context(sample_dict), image_prefix="images/doan/"
    )
    assert _entries(tmp_path / "images") == {"logo.png", "doan"}
    stem = fragment_photo_stem(_sample_context(sample_dict).article)
    assert _entries(tmp_path / "images" / "doan") == {f"{stem}anh-1.jpg"}
    with pytest.raises(ExportExistsError):
        write_html_fragment(_sample_context(sample_dict), tmp_path / "doan.html")
    write_html_fragment(_sample_context(sample_dict), path, ExportOptions(overwrite=True))
    assert (tmp_path / "images" / "logo.png").read_bytes() == b"not ours"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".", "~"))]


# ------------------------------------------------------------------ names, overwriting, failures


def test_default_folder_name_is_folded_ascii_and_windows_safe():
    assert (
        default_folder_name(Article(title="Hội nghị sơ kết: Đợt 1/2025"))
        == "hoi-nghi-so-ket-dot-1-2025"
    )
    assert default_folder_name(Article(title="CON")) == "con_"
    assert default_folder_name(Article(title="🎉 ...")) == "bai-viet"
    assert len(default_folder_name(Article(title="Tiêu đề rất dài " * 30))) <= 80


def test_an_existing_export_is_not_overwritten_unless_asked(tmp_path: Path):
    ctx = _context(Article(title="Bài cũ", body=[Figure("Chú thích", "", "Mô tả", photo_id=1)]))
    index = write_html_folder(ctx, tmp_path / "bai")
    with pytest.raises(ExportExistsError, match="already exists"):
        write_html_folder(_context(Article(title="Bài mới")), tmp_path / "bai")
    assert "Bài cũ" in index.read_text(encoding="utf-8")
    write_html_folder(
        _context(Article(title="Bài mới")), tmp_path / "bai", ExportOptions(overwrite=True)
    )
    assert "Bài mới" in index.read_text(encoding="utf-8")
    assert _entries(tmp_path / "bai") == {"index.html"}  # the old images went with the old page
    assert _entries(tmp_path) == {"bai"}


def test_an_empty_folder_is_used_and_a_folder_of_other_files_never_replaced(tmp_path: Path):
    (tmp_path / "rong").mkdir()
    write_html_folder(_context(Article(title="Bài")), tmp_path / "rong")
    (tmp_path / "tai-lieu").mkdir()
    (tmp_path / "tai-lieu" / "bao-cao.docx").write_bytes(b"x")
    with pytest.raises(ExportExistsError, match="files of its own"):
        write_html_folder(
            _context(Article(title="Bài")), tmp_path / "tai-lieu", ExportOptions(overwrite=True)
        )
    assert _entries(tmp_path / "tai-lieu") == {"bao-cao.docx"}


def test_single_file_is_not_overwritten_unless_asked(tmp_path: Path):
    path = tmp_path / "bai.html"
    path.write_text("cũ", encoding="utf-8")
    with pytest.raises(ExportExistsError):
        write_html_single(_context(Article(title="Bài")), path)
    assert path.read_text(encoding="utf-8") == "cũ"
    write_html_single(_context(Article(title="Bài")), path, ExportOptions(overwrite=True))
    assert "<h1>Bài</h1>" in path.read_text(encoding="utf-8")


def test_a_file_and_a_folder_are_not_mistaken_for_each_other(tmp_path: Path):
    (tmp_path / "tep").write_text("x", encoding="utf-8")
    (tmp_path / "thu-muc").mkdir()
    with pytest.raises(ExportExistsError, match="is a file, not a folder"):
        write_html_folder(
            _context(Article(title="Bài")), tmp_path / "tep", ExportOptions(overwrite=True)
        )
    with pytest.raises(ExportExistsError, match="is a folder, not a file"):
        write_html_single(_context(Article(title="Bài")), tmp_path / "thu-muc")


def test_a_read_only_folder_leaves_nothing_and_says_so(tmp_path: Path, monkeypatch):
    # Root ignores chmod, so the refusal of the file system is simulated.
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(WriteError, match="Permission denied"):
        write_html_folder(_context(Article(title="Bài")), tmp_path / "bai")
    assert _entries(tmp_path) == set()


def test_a_refused_rename_leaves_nothing_behind(tmp_path: Path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    ctx = _context(Article(title="Bài", body=[Figure("", "", "Mô tả", photo_id=1)]))
    with pytest.raises(WriteError, match="Permission denied"):
        write_html_folder(ctx, tmp_path / "bai")
    with pytest.raises(WriteError, match="Permission denied"):
        write_html_fragment(ctx, tmp_path / "doan.html")
    assert _entries(tmp_path) == set()


def test_a_failed_swap_puts_the_earlier_export_back(sample_dict: dict, tmp_path: Path, monkeypatch):
    ctx = _sample_context(sample_dict)
    write_html_folder(ctx, tmp_path / "bai")
    write_html_fragment(ctx, tmp_path / "doan.html")
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    real_replace, calls = os.replace, []

    def fail_after_moving_the_old_one_aside(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the old one is aside, the new one would go in now
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_after_moving_the_old_one_aside)
    changed = _context(Article(title="Bản mới", body=ctx.article.body))
    for form, target in ((write_html_folder, "bai"), (write_html_fragment, "doan.html")):
        calls.clear()
        with pytest.raises(WriteError, match="Input/output error"):
            form(changed, tmp_path / target, ExportOptions(overwrite=True))
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before
    assert _entries(tmp_path) == {"bai", "doan.html", "images"}


@pytest.mark.parametrize("form", [write_html_folder, write_html_single, write_html_fragment])
def test_a_full_disk_leaves_the_earlier_export_intact(form, tmp_path: Path, monkeypatch):
    target = tmp_path / ("bai" if form is write_html_folder else "bai.html")
    ctx = _context(Article(title="Bản cũ", body=[Figure("", "", "Mô tả", photo_id=1)]))
    form(ctx, target)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(WriteError, match="No space left on device"):
        form(_context(Article(title="Bản mới")), target, ExportOptions(overwrite=True))
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before


def test_missing_alt_text_is_refused_before_anything_is_written(tmp_path: Path):
    article = Article(
        title="Bài", body=[Paragraph([Run("a")]), Figure("Chú thích", "Ảnh: A", "  ", photo_id=1)]
    )
    for form, target in (
        (write_html_folder, "bai"),
        (write_html_single, "bai.html"),
        (write_html_fragment, "doan.html"),
    ):
        with pytest.raises(ArticleFormatError) as refused:
            form(_context(article), tmp_path / target)
        assert refused.value.place == "body[1].alt"
    assert _entries(tmp_path) == set()


# ------------------------------------------------------------------ replacement templates


def test_a_template_folder_replaces_the_stylesheet_and_templates(tmp_path: Path):
    (tmp_path / "mau").mkdir()
    (tmp_path / "mau" / "portal.css").write_text(
        "body { color: #123456; } /* </style><script> */", encoding="utf-8"
    )
    (tmp_path / "mau" / "links.html.j2").write_text(
        '<nav aria-label="Khác">{{ groups|length }}</nav>', encoding="utf-8"
    )
    options = ExportOptions(template_dir=tmp_path / "mau")
    path = write_html_single(_context(Article(title="Bài")), tmp_path / "bai.html", options)
    source = path.read_text(encoding="utf-8")
    assert "color: #123456" in source
    assert "</style><script>" not in source  # a stylesheet cannot end <style> early
    assert '<nav aria-label="Khác">2</nav>' in source
    assert "<h1>Bài</h1>" in source  # templates not in the folder come from the package


def test_a_missing_template_folder_is_named(tmp_path: Path):
    options = ExportOptions(template_dir=tmp_path / "khong-co")
    with pytest.raises(ExportTemplateError, match="khong-co does not exist"):
        html_fragment(_context(Article(title="Bài")), options)


def test_a_broken_replacement_template_is_named(tmp_path: Path):
    (tmp_path / "fragment.html.j2").write_text("<p>{% if %}</p>", encoding="utf-8")
    with pytest.raises(ExportTemplateError, match=r"fragment\.html\.j2, line 1"):
        html_fragment(_context(Article(title="Bài")), ExportOptions(template_dir=tmp_path))


def test_the_logo_is_in_the_header_of_the_page_and_the_single_file(store, tmp_path):
    """The site profile's logo (stored through the photo pipeline) heads the page; alt is empty
    because the organisation name follows it as text."""
    from dataclasses import replace

    from samples import import_long_article, make_photo

    from deskeditor.export import context_for
    from deskeditor.export.html import write_html_folder, write_html_single
    from deskeditor.photos import ingest_file

    article_id = import_long_article(store, tmp_path / "nguon")
    logo_id = store.add_photo(
        ingest_file(make_photo(tmp_path / "logo.png", seed=7, size=(400, 400)))
    )
    store.save_site_profile(
        replace(store.site_profile(), organisation_name="SỞ NỘI VỤ", logo_photo_id=logo_id)
    )
    ctx = context_for(store, article_id)
    index = write_html_folder(ctx, tmp_path / "trang")
    page = index.read_text(encoding="utf-8")
    assert '<img class="site-logo" src="images/logo.jpg" alt=""' in page
    assert (tmp_path / "trang" / "images" / "logo.jpg").is_file()
    single = write_html_single(ctx, tmp_path / "mot-tep.html").read_text(encoding="utf-8")
    assert 'class="site-logo" src="data:image/jpeg;base64,' in single


# ------------------------------------------------------------------ tables (issue 17)


def test_a_table_has_caption_column_headers_and_a_scrolling_labelled_box(long_export):
    _, page = long_export
    (box,) = page.xpath('//div[@class="table-wrap"]')
    assert box.get("role") == "region" and box.get("tabindex") == "0"
    caption = "Kết quả chấm điểm thi đua 6 tháng đầu năm 2025"
    assert box.get("aria-label") == f"Bảng 1: {caption}"
    (table,) = box.xpath("table")
    assert table.xpath("caption")[0].text_content() == caption
    headers = table.xpath("thead/tr/th")
    assert [th.text_content() for th in headers] == [
        "Đơn vị", "Điểm tự chấm", "Điểm của cụm", "Xếp loại"
    ]  # fmt: skip
    assert {th.get("scope") for th in headers} == {"col"}
    rows = table.xpath("tbody/tr")
    assert [[td.text_content() for td in tr.xpath("td")] for tr in rows][2] == [
        "Sở Văn hoá, Thể thao và Du lịch", "91", "", "Tốt"
    ]  # fmt: skip
    assert rows[0].xpath("td[4]/strong")[0].text == "Xuất sắc"
    assert rows[1].xpath("td[1]/a/@href") == ["https://sotuphap.example.gov.vn/"]
    assert rows[2].xpath("td[4]/em")[0].text == "Tốt"


def test_tables_are_numbered_and_a_table_without_header_or_caption_is_plain():
    from deskeditor.model import Table

    article = Article(
        "Hai bảng",
        body=[
            Table([[[Run("Ngày")], [Run("Nội dung")]], [[Run("02/6")], [Run("Ra quân")]]], "", 0),
            Table([[[Run("Đơn vị")]], [[Run("Sở Nội vụ")]]], "Danh sách", 2),
        ],
    )
    doc = lxml.html.fragment_fromstring(html_fragment(_context(article)), create_parent="div")
    boxes = doc.xpath('//div[@class="table-wrap"]')
    assert [box.get("aria-label") for box in boxes] == ["Bảng 1", "Bảng 2: Danh sách"]
    assert not boxes[0].xpath(".//caption | .//th | .//thead")
    assert len(boxes[0].xpath(".//tbody/tr/td")) == 4
    assert len(boxes[1].xpath(".//thead/tr/th")) == 2 and not boxes[1].xpath(".//tbody")


def test_table_text_is_escaped():
    from deskeditor.model import Table

    article = Article("Bảng", body=[Table([[[Run(HOSTILE)]]], HOSTILE, 1)])
    fragment = html_fragment(_context(article))
    assert "<script>" not in fragment and "&lt;script&gt;" in fragment
