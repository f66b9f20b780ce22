"""`verify` reads every export form back and compares its content, not only its label."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from samples import import_long_article

from deskeditor.export import context_for
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_folder, write_html_fragment, write_html_single
from deskeditor.export.verify import VerifyError, verify_file
from deskeditor.model import Decision
from deskeditor.store.workflow import decide, submit

APPROVER = ("Nguyễn Văn Bình", "Trưởng Ban biên tập")
WRITERS = {
    "folder": lambda ctx, base: write_html_folder(ctx, base / "trang").parent,
    "single": lambda ctx, base: write_html_single(ctx, base / "trang.html"),
    "fragment": lambda ctx, base: write_html_fragment(ctx, base / "cms" / "bai.html"),
    "docx": lambda ctx, base: write_docx(ctx, base / "phieu-duyet.docx"),
}


def photo_file(folder, number):
    """The file of photo *number* in an export's photo folder (a fragment's names carry the
    article's slug and id before "anh-N", so that articles never share one on the portal)."""
    found = [path for path in folder.iterdir() if re.search(rf"(^|-)anh-{number}\.jpg$", path.name)]
    assert len(found) == 1, sorted(path.name for path in folder.iterdir())
    return found[0]


@pytest.fixture
def approved(store, tmp_path):
    """The long sample (three photos), approved; returns its id."""
    article_id = import_long_article(store, tmp_path / "nguon")
    submit(store, article_id)
    decide(store, article_id, *APPROVER, Decision.APPROVE)
    return article_id


def export(store, article_id, form, tmp_path):
    base = tmp_path / "ban-xuat"
    (base / "cms").mkdir(parents=True, exist_ok=True)
    return WRITERS[form](context_for(store, article_id), base)


def page_file(path: Path) -> Path:
    return path / "index.html" if path.is_dir() else path


def edit_html(path: Path, old: str, new: str) -> None:
    target = page_file(path)
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_docx(path: Path, change) -> None:
    """Rewrite the .docx with *change(name, data)* applied to every part."""
    changed = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(changed, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, change(item.filename, src.read(item)))
    changed.replace(path)


def replace_in_document(old: str, new: str):
    def change(name, data):
        if name == "word/document.xml":
            assert old.encode() in data
            return data.replace(old.encode(), new.encode(), 1)
        return data

    return change


def check(store, path):
    result = verify_file(store, path)
    return result.ok, result.message


# ---------------------------------------------------------------- every form


@pytest.mark.parametrize("form", list(WRITERS))
def test_every_form_of_an_approved_export_verifies(store, approved, tmp_path, form):
    path = export(store, approved, form, tmp_path)
    ok, message = check(store, path)
    assert ok, message
    assert message.startswith(
        f"matches revision 1 of article {approved}, approved by Nguyễn Văn Bình"
    )


@pytest.mark.parametrize("form", list(WRITERS))
def test_one_changed_word_is_named(store, approved, tmp_path, form):
    path = export(store, approved, form, tmp_path)
    if form == "docx":
        edit_docx(
            path,
            replace_in_document(
                "Đặng Quốc Huy, Phó Giám đốc Sở Nội vụ", "Đặng Quốc Hùng, Phó Giám đốc Sở Nội vụ"
            ),
        )
    else:
        edit_html(
            path, "Đặng Quốc Huy, Phó Giám đốc Sở Nội vụ", "Đặng Quốc Hùng, Phó Giám đốc Sở Nội vụ"
        )
    ok, message = check(store, path)
    assert not ok
    assert "but its content is not that revision's" in message
    assert 'paragraph 2: text differs: "…có đồng chí Đặng Quốc Huy, Phó' in message
    assert '" / "…có đồng chí Đặng Quốc Hùng, Phó' in message


def swap_inlined(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    uris = re.findall(r'src="(data:image/jpeg;base64,[^"]+)"', text)
    assert len(uris) == 3
    path.write_text(text.replace(uris[1], uris[0]), encoding="utf-8")


@pytest.mark.parametrize("form", list(WRITERS))
def test_a_swapped_photo_is_named(store, approved, tmp_path, form):
    path = export(store, approved, form, tmp_path)
    if form == "single":
        swap_inlined(path)
    elif form == "docx":
        with zipfile.ZipFile(path) as archive:
            media = sorted(n for n in archive.namelist() if n.startswith("word/media/"))
            first = archive.read(media[0])
        edit_docx(path, lambda name, data: first if name == media[1] else data)
    else:
        images = path / "images" if form == "folder" else path.parent / "images" / path.stem
        shutil.copyfile(photo_file(images, 1), photo_file(images, 2))
    ok, message = check(store, path)
    assert not ok and "photo 2: the picture is not the approved one" in message


def test_a_missing_photo_file_is_named(store, approved, tmp_path):
    path = export(store, approved, "folder", tmp_path)
    (path / "images" / "anh-3.jpg").unlink()
    ok, message = check(store, path)
    assert not ok and "photo 3: the picture (images/anh-3.jpg) is missing" in message


def test_a_valid_code_on_other_content_fails(store, approved, tmp_path):
    """The issue's forgery: only the label of an approved export."""
    code = store.current_version_code(approved)
    forged = tmp_path / "gia.html"
    forged.write_text(
        f'<meta name="deskeditor-version" content="{code}"><h1>anything</h1>', encoding="utf-8"
    )
    ok, message = check(store, forged)
    assert not ok
    assert 'title: text differs: "Cụm thi đua số II' in message and '" / "anything"' in message


def test_marks_links_alt_text_and_an_added_paragraph_are_named(store, approved, tmp_path):
    path = export(store, approved, "single", tmp_path)
    original = path.read_text(encoding="utf-8")
    cases = [
        (
            "<strong>bám sát kế hoạch</strong>",
            "bám sát kế hoạch",
            '"bám sát kế hoạch" is bold in the approved text, not bold here',
        ),
        ("ke-hoach-2025", "ke-hoach-2026", 'paragraph 3: link differs at "kế hoạch năm 2025"'),
        ('alt="Năm đại biểu', 'alt="Bốn đại biểu', 'photo 3: alt text differs: "Năm đại biểu'),
        (
            "<h2>",
            "<p>Tin giả chen vào.</p>\n<h2>",
            'after paragraph 3: this file has a paragraph "Tin giả chen vào." more',
        ),
        ("Lê Thị Hoà</strong>", "Lê Thị Hoa</strong>", 'byline: text differs: "Lê Thị Hoà'),
    ]
    for old, new, expected in cases:
        assert old in original
        path.write_text(original.replace(old, new, 1), encoding="utf-8")
        ok, message = check(store, path)
        assert not ok and expected in message, message


def test_the_page_and_its_visible_line_must_agree(store, approved, tmp_path):
    path = export(store, approved, "single", tmp_path)
    code = store.current_version_code(approved)
    edit_html(path, f"Mã phiên bản: {code}", "Mã phiên bản: ABCD-1234")
    with pytest.raises(VerifyError, match="two version codes"):
        verify_file(store, path)


def test_a_page_exported_before_the_visible_line_still_verifies(store, approved, tmp_path):
    path = export(store, approved, "single", tmp_path)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'<p class="version-code".*?</p>\n', "", text)
    path.write_text(text, encoding="utf-8")
    assert check(store, path)[0]


# ---------------------------------------------------------------- the fragment in a web editor


class _WebEditorPaste(HTMLParser):
    """What a web editor's paste filter (CKEditor's) does: keep known tags, drop attributes."""

    KEEP = {"p", "strong", "em", "u", "a", "ul", "ol", "li", "h2", "blockquote", "figure",
            "figcaption", "img", "br", "table", "caption", "thead", "tbody", "tr", "th",
            "td"}  # fmt: skip
    ATTRIBUTES = {"a": ("href",), "img": ("src", "alt")}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.KEEP:
            kept = [f' {k}="{v}"' for k, v in attrs if k in self.ATTRIBUTES.get(tag, ())]
            self.out.append(f"<{tag}{''.join(kept)}>")

    def handle_endtag(self, tag):
        if tag in self.KEEP and tag not in ("img", "br"):
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")


def test_the_fragment_code_survives_a_web_editor_paste(store, approved, tmp_path):
    path = export(store, approved, "fragment", tmp_path)
    code = store.current_version_code(approved)
    paste = _WebEditorPaste()
    paste.feed(path.read_text(encoding="utf-8"))
    pasted = path.with_name("sau-khi-dan.html")
    pasted.write_text("".join(paste.out), encoding="utf-8")
    assert "class=" not in pasted.read_text(encoding="utf-8")
    assert f"<p>Mã phiên bản: {code}</p>" in pasted.read_text(encoding="utf-8")
    ok, message = check(store, pasted)
    assert ok, message


def test_a_fragment_without_its_code_line_is_not_an_export(store, approved, tmp_path):
    path = export(store, approved, "fragment", tmp_path)
    text = re.sub(r'<p class="version-code".*?</p>\n', "", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VerifyError, match="holds no deskeditor version code"):
        verify_file(store, path)


def test_a_fragment_with_images_inlined_elsewhere_checks_the_pictures(store, approved, tmp_path):
    path = export(store, approved, "fragment", tmp_path)
    images = path.parent / "images" / path.stem  # the fragment's own photo folder
    data = photo_file(images, 1).read_bytes()
    inlined = "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
    edit_html(path, f'src="images/{path.stem}/{photo_file(images, 2).name}"', f'src="{inlined}"')
    ok, message = check(store, path)
    assert not ok and "photo 2: the picture is not the approved one" in message


# ---------------------------------------------------------------- Word re-saved by LibreOffice


def test_a_docx_resaved_by_libreoffice_still_verifies(store, approved, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    path = export(store, approved, "docx", tmp_path)
    profile = (tmp_path / "lo-profile").as_uri()
    odt_dir, back_dir = tmp_path / "odt", tmp_path / "docx"

    def convert(source: Path, to: str, out: Path) -> Path:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                str(out),
                str(source),
            ],  # fmt: skip
            check=True,
            capture_output=True,
            timeout=180,
        )
        return out / f"{source.stem}.{to}"

    resaved = convert(convert(path, "odt", odt_dir), "docx", back_dir)
    assert resaved.read_bytes() != path.read_bytes()
    ok, message = check(store, resaved)
    assert ok, message
    # ...and an edit made in LibreOffice is still found.
    edit_docx(resaved, replace_in_document("yêu nước thì phải thi đua", "yêu nước thì nên thi đua"))
    ok, message = check(store, resaved)
    assert (
        not ok
        and 'quote 1: text differs: "…yêu nước, yêu nước thì phải thi đua." / "…yêu nước, yêu nước thì nên thi đua."'
        in message
    )


def test_the_slip_rows_that_show_the_article_are_compared(store, approved, tmp_path):
    path = export(store, approved, "docx", tmp_path)
    edit_docx(path, replace_in_document("Thi đua - Khen thưởng</w:t>", "Tin tức - Sự kiện</w:t>"))
    ok, message = check(store, path)
    assert not ok
    assert 'the slip\'s Chuyên mục: text differs: "Chuyên mục: Thi đua - Khen thưởng"' in message


def test_word_is_told_not_to_recompress_the_photos(store, approved, tmp_path):
    """Word downsamples pictures on save unless told not to; verify compares their bytes."""
    path = export(store, approved, "docx", tmp_path)
    with zipfile.ZipFile(path) as archive:
        assert b"<w:doNotAutoCompressPictures/>" in archive.read("word/settings.xml")


def test_the_code_on_the_slip_must_agree_with_the_header(store, approved, tmp_path):
    path = export(store, approved, "docx", tmp_path)
    code = store.current_version_code(approved)

    def change(name, data):
        if name == "word/document.xml":
            return data.replace(f">{code}<".encode(), b">ABCD-1234<", 1)
        return data

    edit_docx(path, change)
    with pytest.raises(VerifyError, match=r"two version codes \(.*ABCD-1234 in its approval slip"):
        verify_file(store, path)


def test_the_same_letters_in_another_unicode_form_still_verify(store, approved, tmp_path):
    """NFD spells "Hội nghị" with combining marks; it looks the same, so it is the same."""
    import unicodedata

    path = export(store, approved, "single", tmp_path)
    path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), "utf-8")
    ok, message = check(store, path)
    assert ok, message


# ---------------------------------------------------------------- what the reader cannot see


@pytest.mark.parametrize(
    ("form", "old", "new"),
    [
        ("single", "Đặng Quốc Huy", '<span style="display: none">Đặng Quốc Huy</span>'),
        ("fragment", "Đặng Quốc Huy", '<span hidden="">Đặng Quốc Huy</span>'),
        ("single", "Đặng Quốc Huy", '<span style="font-size:0">Đặng Quốc Huy</span>'),
    ],
)
def test_hidden_text_is_text_the_reader_does_not_see(store, approved, tmp_path, form, old, new):
    path = export(store, approved, form, tmp_path)
    edit_html(path, old, new)
    ok, message = check(store, path)
    assert not ok and "paragraph 2: text differs" in message


def test_hidden_words_added_to_a_fragment_fail_and_are_named(store, approved, tmp_path):
    """A web editor may drop the attribute and show them: not the content that was approved."""
    path = export(store, approved, "fragment", tmp_path)
    edit_html(path, "</p>", '<span hidden="">Nội dung giấu thêm vào.</span></p>')
    ok, message = check(store, path)
    assert not ok
    lines = message.split("\n")
    assert lines[0].startswith("this CMS fragment carries the version code")
    assert lines[1].startswith(
        'this file also holds text a reader does not see (hidden, white or tiny): "Nội dung giấu'
    )


def test_an_untouched_export_reports_no_hidden_text(store, approved, tmp_path):
    for form in WRITERS:
        ok, message = check(store, export(store, approved, form, tmp_path))
        assert ok and "\n" not in message, form


def test_a_style_rule_added_to_the_page_is_named(store, approved, tmp_path):
    path = export(store, approved, "single", tmp_path)
    edit_html(path, "</style>", "main p:nth-of-type(3) { display: none }\n</style>")
    ok, message = check(store, path)
    assert not ok and "the page's styles: styles differ" in message


def test_hidden_white_or_tiny_text_in_word_fails_and_is_named(store, approved, tmp_path):
    path = export(store, approved, "docx", tmp_path)
    paragraph = "Thi đua là yêu nước, yêu nước thì phải thi đua."
    for properties in ("<w:vanish/>", '<w:color w:val="FFFFFF"/>', '<w:sz w:val="2"/>'):
        changed = tmp_path / "an.docx"
        shutil.copyfile(path, changed)
        edit_docx(
            changed,
            replace_in_document(
                f"<w:t>{paragraph}</w:t>",
                f'<w:t xml:space="preserve">{paragraph} </w:t></w:r><w:r><w:rPr>{properties}'
                "</w:rPr><w:t>Không</w:t></w:r><w:r><w:t></w:t>",
            ),
        )
        ok, message = check(store, changed)
        # Hidden words added: the reader sees the same, but the signer did not see them either,
        # and they show as soon as the text is copied into the portal.
        assert not ok
        assert message.split("\n")[1] == (
            "this file also holds text a reader does not see (hidden, white or tiny):"
            ' "Không"; it shows as soon as the text is copied elsewhere'
        )
        edit_docx(
            changed,
            replace_in_document("<w:t>Không</w:t>", "<w:t>Không</w:t></w:r><w:r><w:t>thật</w:t>"),
        )
        ok, message = check(store, changed)
        assert (
            not ok
            and 'quote 1: text differs: "…nước thì phải thi đua." / "…nước thì phải thi đua. thật"'
            in message
        )


def test_a_photo_from_elsewhere_cannot_pass_for_the_local_file(store, approved, tmp_path):
    path = export(store, approved, "folder", tmp_path)
    edit_html(path, 'src="images/anh-2.jpg"', 'src="https://example.com/images/anh-2.jpg"')
    ok, message = check(store, path)
    assert not ok
    assert "photo 2: the picture (https://example.com/images/anh-2.jpg) is missing" in message


def test_a_photo_shown_twice_verifies_in_both_page_forms(store, tmp_path):
    """The one-file page shows a repeated photo as its thumbnail; the folder as the web picture."""
    from deskeditor.model import Figure

    article_id = import_long_article(store, tmp_path / "nguon")
    article = store.get_article(article_id)
    first = article.figures()[0]
    article.body.append(Figure("Nhắc lại ảnh toàn cảnh", "", "Hội trường", first.photo_id))
    store.save_article(article)
    submit(store, article_id)
    decide(store, article_id, *APPROVER, Decision.APPROVE)
    for form in ("single", "folder"):
        ok, message = check(store, export(store, article_id, form, tmp_path / form))
        assert ok, (form, message)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_not_waited_for(store, approved, tmp_path):
    import os

    pipe = tmp_path / "ong.html"
    os.mkfifo(pipe)
    with pytest.raises(VerifyError, match="not a regular file"):
        verify_file(store, pipe)
    path = export(store, approved, "folder", tmp_path)
    (path / "images" / "anh-1.jpg").unlink()
    os.mkfifo(path / "images" / "anh-1.jpg")
    ok, message = check(store, path)
    assert not ok and "photo 1: the picture (images/anh-1.jpg) is missing" in message


def test_a_fragment_for_the_portals_image_address_verifies(store, approved, tmp_path):
    """export --images-url: the fragment points at the portal; its photos wait beside it."""
    from deskeditor.export import ExportOptions

    options = ExportOptions(images_url="https://sonoivu.example.gov.vn/media/bai")
    (tmp_path / "cms").mkdir()
    path = write_html_fragment(context_for(store, approved), tmp_path / "cms" / "bai.html", options)
    images = path.parent / "images" / "bai"
    second = photo_file(images, 2).name
    assert f'src="https://sonoivu.example.gov.vn/media/bai/{second}"' in path.read_text("utf-8")
    ok, message = check(store, path)
    assert ok, message
    shutil.copyfile(photo_file(images, 1), photo_file(images, 2))
    ok, message = check(store, path)
    assert not ok and "photo 2: the picture is not the approved one" in message
    # A page is what the reader opens: a picture it loads from elsewhere is not checked as local.
    page = export(store, approved, "folder", tmp_path)
    edit_html(page, 'src="images/anh-1.jpg"', 'src="https://example.com/anh-1.jpg"')
    assert not check(store, page)[0]


# ---------------------------------------------------------------- tables (issue 17)


@pytest.mark.parametrize("form", list(WRITERS))
def test_an_edited_table_cell_is_named(store, approved, tmp_path, form):
    path = export(store, approved, form, tmp_path)
    if form == "docx":
        edit_docx(path, replace_in_document(">93,5<", ">98,5<"))
    else:
        edit_html(path, "<td>93,5</td>", "<td>98,5</td>")
    ok, message = check(store, path)
    assert not ok
    assert 'table 1 row 3 cell 3: text differs: "93,5" / "98,5"' in message


@pytest.mark.parametrize("form", list(WRITERS))
def test_an_edited_table_caption_is_named(store, approved, tmp_path, form):
    path = export(store, approved, form, tmp_path)
    old, new = "6 tháng đầu năm 2025</", "cả năm 2025</"
    if form == "docx":
        edit_docx(path, replace_in_document(": Kết quả chấm điểm thi đua 6 tháng", ": Kết quả"))
    else:
        edit_html(path, "Kết quả chấm điểm thi đua " + old, "Kết quả chấm điểm thi đua " + new)
    ok, message = check(store, path)
    assert not ok
    assert "table 1 caption: text differs" in message


def test_a_header_row_made_plain_is_named(store, approved, tmp_path):
    path = export(store, approved, "folder", tmp_path)
    edit_html(path, '<th scope="col">Xếp loại</th>', "<td>Xếp loại</td>")
    ok, message = check(store, path)
    assert not ok
    assert (
        "table 1 row 1 cell 4: a table cell here, a table's header cell in the approved" in message
    )


# ---------------------------------------------------------------- struck out, tracked changes

STRUCK = '"Đặng Quốc Huy" is not struck through in the approved text, struck through here'


@pytest.mark.parametrize("form", ["single", "fragment"])
@pytest.mark.parametrize(
    "wrapped",
    [
        "<del>Đặng Quốc Huy</del>",
        "<s>Đặng Quốc Huy</s>",
        "<strike>Đặng Quốc Huy</strike>",
        '<span style="text-decoration: line-through">Đặng Quốc Huy</span>',
        '<span style="text-decoration-line:line-through">Đặng Quốc Huy</span>',
    ],
)
def test_words_struck_out_on_a_page_are_named(store, approved, tmp_path, form, wrapped):
    """A browser shows them crossed out: the reader is told they do not count."""
    path = export(store, approved, form, tmp_path)
    edit_html(path, "đồng chí Đặng Quốc Huy,", f"đồng chí {wrapped},")
    ok, message = check(store, path)
    assert not ok
    assert "but its content is not that revision's" in message
    assert f"paragraph 2: {STRUCK}" in message, message


def strike_in_docx(properties: str):
    """Put *properties* on the words "Đặng Quốc Huy" of paragraph 2, as Word's Font dialog does."""
    return replace_in_document(
        "<w:t>Dự hội nghị có đồng chí Đặng Quốc Huy, Phó",
        '<w:t xml:space="preserve">Dự hội nghị có đồng chí </w:t></w:r>'
        f"<w:r><w:rPr>{properties}</w:rPr><w:t>Đặng Quốc Huy</w:t></w:r>"
        "<w:r><w:rPr/><w:t>, Phó",
    )


@pytest.mark.parametrize("properties", ["<w:strike/>", "<w:dstrike/>", '<w:strike w:val="1"/>'])
def test_words_struck_out_in_word_are_named(store, approved, tmp_path, properties):
    path = export(store, approved, "docx", tmp_path)
    edit_docx(path, strike_in_docx(properties))
    ok, message = check(store, path)
    assert not ok
    assert f"paragraph 2: {STRUCK}" in message, message


def test_strike_turned_off_in_word_still_verifies(store, approved, tmp_path):
    path = export(store, approved, "docx", tmp_path)
    edit_docx(path, strike_in_docx('<w:strike w:val="0"/><w:dstrike w:val="false"/>'))
    ok, message = check(store, path)
    assert ok, message


def test_a_style_changed_to_struck_out_in_word_is_named(store, approved, tmp_path):
    """Modify Style > Strikethrough on "Quote" crosses out every quote without touching a run."""
    path = export(store, approved, "docx", tmp_path)

    def change(name, data):
        if name == "word/styles.xml":
            old = b'<w:style w:type="paragraph" w:styleId="Quote">'
            assert old in data
            start = data.index(old)
            end = data.index(b"</w:style>", start)
            style = data[start:end].replace(b"<w:i/></w:rPr>", b"<w:i/><w:strike/></w:rPr>")
            return data[:start] + style + data[end:]
        return data

    edit_docx(path, change)
    ok, message = check(store, path)
    assert not ok
    assert '"Thi đua là yêu nước, yêu nước thì phải thi đua." is not struck through' in message


DELETION = (
    '<w:del w:id="901" w:author="Người sửa" w:date="2026-01-05T09:00:00Z">'
    '<w:r><w:delText xml:space="preserve">nguyên </w:delText></w:r></w:del>'
)
QUOTE = "Thi đua là yêu nước, yêu nước thì phải thi đua."
TRACKED_CHANGES = {
    # A deletion (Word shows it struck out in red) added between two runs.
    "deletion": (
        [
            (
                "<w:t>Dự hội nghị có đồng chí Đặng Quốc Huy, Phó",
                '<w:t xml:space="preserve">Dự hội nghị có đồng chí Đặng Quốc Huy, </w:t></w:r>'
                f"{DELETION}<w:r><w:rPr/><w:t>Phó",
            )
        ],
        'deleted "nguyên"',
    ),
    # The approved words marked as typed in with Track Changes on (underlined in colour).
    "insertion": (
        [
            (
                "<w:r><w:rPr/><w:t>Dự hội nghị",
                '<w:ins w:id="902" w:author="Người sửa"><w:r><w:rPr/><w:t>Dự hội nghị',
            ),
            ("trong cụm.</w:t></w:r>", "trong cụm.</w:t></w:r></w:ins>"),
        ],
        'inserted "Dự hội nghị có đồng chí Đặng Quốc Huy, Phó Giám đốc Sở Nội…"',
    ),
    "move": (
        [
            (
                f"<w:r><w:rPr/><w:t>{QUOTE}</w:t></w:r>",
                '<w:moveFrom w:id="903" w:author="Người sửa"><w:r><w:rPr/><w:t>yêu nước </w:t>'
                '</w:r></w:moveFrom><w:moveTo w:id="904" w:author="Người sửa"><w:r><w:rPr/>'
                f"<w:t>{QUOTE}</w:t></w:r></w:moveTo>",
            )
        ],
        f'moved away "yêu nước"; moved here "{QUOTE}"',
    ),
    "formatting": (
        [
            (
                f"<w:r><w:rPr/><w:t>{QUOTE}",
                '<w:r><w:rPr><w:rPrChange w:id="905" w:author="Người sửa"><w:rPr><w:b/></w:rPr>'
                f"</w:rPrChange></w:rPr><w:t>{QUOTE}",
            )
        ],
        f'formatting changed on "{QUOTE}"',
    ),
    "paragraph formatting": (
        [
            (
                '<w:pPr><w:pStyle w:val="Quote"/></w:pPr>',
                '<w:pPr><w:pStyle w:val="Quote"/><w:pPrChange w:id="906" w:author="Người sửa">'
                '<w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:pPrChange></w:pPr>',
            )
        ],
        f'formatting changed on "{QUOTE}"',
    ),
    # Without text of its own: named by its paragraph's text, or said to be of the layout.
    "paragraph mark": (
        [
            (
                '<w:pPr><w:pStyle w:val="Quote"/></w:pPr>',
                '<w:pPr><w:pStyle w:val="Quote"/><w:rPr><w:ins w:id="907" w:author="Người sửa"/>'
                "</w:rPr></w:pPr>",
            )
        ],
        f'inserted "{QUOTE}"',
    ),
    "page layout": (
        [
            (
                "</w:sectPr></w:body>",
                '<w:sectPrChange w:id="908" w:author="Người sửa"><w:sectPr/></w:sectPrChange>'
                "</w:sectPr></w:body>",
            )
        ],
        "a change of formatting or layout",
    ),
}


@pytest.mark.parametrize("change", list(TRACKED_CHANGES))
def test_tracked_changes_in_word_are_named(store, approved, tmp_path, change):
    """Word shows a tracked change in colour until it is accepted or rejected: two texts in one."""
    edits, named = TRACKED_CHANGES[change]
    path = export(store, approved, "docx", tmp_path)
    for old, new in edits:
        edit_docx(path, replace_in_document(old, new))
    ok, message = check(store, path)
    assert not ok
    lines = message.split("\n")
    assert lines[0].startswith("this Word document carries the version code")
    assert lines[1] == (
        f"tracked changes not accepted or rejected, which Word shows in colour: {named};"
        " accept or reject them in Word, then verify again"
    ), message


# ---------------------------------------------------------------- on the command line


def test_the_command_line_fails_struck_tracked_or_hidden_words(store, approved, tmp_path):
    """Exit 1, as for any other difference, with one English line for each finding."""
    import os
    import sys

    path = export(store, approved, "docx", tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "DESKEDITOR_DEBUG"}

    def verify(file: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "deskeditor", "verify", str(file), "--db", str(store.path)],
            capture_output=True, text=True, encoding="utf-8", env=env,
        )  # fmt: skip

    untouched = verify(path)
    assert untouched.returncode == 0, untouched.stdout + untouched.stderr
    tiny = '<w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>Không</w:t></w:r>'
    cases = [
        (strike_in_docx("<w:strike/>"), f"paragraph 2: {STRUCK}"),
        (
            replace_in_document("trong cụm.</w:t></w:r>", f"trong cụm.</w:t></w:r>{tiny}"),
            'this file also holds text a reader does not see (hidden, white or tiny): "Không";'
            " it shows as soon as the text is copied elsewhere",
        ),
        (
            replace_in_document("Huy, Phó", f"Huy, </w:t></w:r>{DELETION}<w:r><w:rPr/><w:t>Phó"),
            'tracked changes not accepted or rejected, which Word shows in colour: deleted "nguyên";'
            " accept or reject them in Word, then verify again",
        ),
    ]
    for change, line in cases:
        changed = tmp_path / "da-sua.docx"
        shutil.copyfile(path, changed)
        edit_docx(changed, change)
        result = verify(changed)
        assert result.returncode == 1, result.stdout
        lines = result.stdout.splitlines()
        assert lines[0].startswith("this Word document carries the version code")
        assert line in lines, result.stdout
        assert "matches revision" not in result.stdout and not result.stderr
