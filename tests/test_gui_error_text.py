"""Domain errors shown in the window are in Vietnamese, rendered from their codes (issue 12)."""

import errno
import re
import string
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from deskeditor.errors import Message, PhotoError, os_reason
from deskeditor.messages import CATALOGUE, CONTEXT, EXTRA_PARAMS

# Common English words, and the words of the domain's English messages. None is Vietnamese.
ENGLISH = {
    "the", "a", "is", "are", "was", "were", "be", "been", "not", "yet", "save", "first", "file",
    "files", "folder", "cannot", "can", "could", "of", "on", "at", "by", "for", "with", "from",
    "this", "that", "it", "its", "has", "have", "had", "and", "or", "but", "only", "already",
    "exists", "exist", "does", "there", "which", "while", "when", "what", "read", "write",
    "written", "open", "opened", "store", "photo", "image", "images", "article", "address",
    "link", "links", "name", "error", "denied", "permission", "space", "device", "large",
    "empty", "missing", "damaged", "found", "failed", "invalid", "valid", "allowed", "again",
    "try", "close", "another", "program", "backup", "version", "newer", "older", "must",
    "needs", "need", "access", "being", "process", "enough", "more", "line", "column", "text",
    "expected", "got", "unknown", "field", "required", "used", "use", "here", "after", "before",
    "every", "choose", "give", "add", "copy", "will", "should", "nothing", "changed", "such",
    "too", "many", "full", "disk", "drive", "network", "computer", "user", "yes", "no", "host",
    "number", "group", "category", "revision", "approved", "published", "draft", "submitted",
    "rejected", "picture", "document", "page", "format", "package", "characters", "character",
    "contains", "domain", "export", "imported", "import", "replace",
}  # fmt: skip
# A chunk with a digit, or joined by . , _ / @ or --, is a code, a file, an address or an option.
IDENTIFIER = re.compile(r"^\S*([.,_/@\d]|--)\S*$")


def english_words(text: str) -> set[str]:
    words = set()
    for chunk in text.split():
        if IDENTIFIER.match(chunk.strip("()\"'“”:;")):
            continue
        words |= {word.lower() for word in re.findall(r"[^\W\d_]+", chunk)}
    return words & ENGLISH


def sample_params(template: str, code: str = "") -> dict[str, object]:
    """Vietnamese values for every parameter: a number where the template formats one."""
    values: dict[str, object] = dict.fromkeys(EXTRA_PARAMS.get(code, ()), 12)
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            values[name] = 12 if spec else "Hội nghị tổng kết"
    return values


@pytest.fixture(scope="module")
def compiled():
    """The Vietnamese catalogue as the program ships it."""
    translator = QTranslator()
    with resources.as_file(
        resources.files("deskeditor") / "translations" / "deskeditor_vi.qm"
    ) as qm:
        assert translator.load(str(qm))
    return translator


def test_every_code_has_a_finished_vietnamese_text_with_no_english_word(qapp, compiled, vietnamese):
    from deskeditor.gui.error_text import localized

    missing, english, broken = [], [], []
    for code, template in CATALOGUE.items():
        vietnamese_template = compiled.translate(CONTEXT, template, code)
        if not vietnamese_template:
            missing.append(code)
            continue
        names = {name for _, name, _, _ in string.Formatter().parse(vietnamese_template) if name}
        if not names <= set(sample_params(template, code)):
            broken.append(code)
        if vietnamese_template == template and re.search(
            r"[^\W\d_]", re.sub(r"{[^}]*}", "", template)
        ):
            missing.append(code)  # "translated" by copying the English
        shown = localized(Message(code, **sample_params(template, code)))
        if english_words(shown):
            english.append(f"{code}: {shown}")
    assert missing == [] and broken == [] and english == []


def test_the_mixed_message_of_issue_12_is_now_vietnamese_only(qapp, vietnamese, tmp_path):
    """The window showed "ảnh không có trong kho dữ liệu yet; save first" for an unsaved photo."""
    from deskeditor.export import ExportContext
    from deskeditor.export.docx import DocxExportError, write_docx
    from deskeditor.gui.error_text import localized
    from deskeditor.model import Article, Figure, Paragraph, Run, SiteProfile

    article = Article(
        title="Hội nghị tổng kết công tác năm 2026",
        body=[
            Paragraph([Run("Sáng nay, Sở Nội vụ tổ chức hội nghị.")]),
            Figure(photo_id=None, caption="Toàn cảnh hội nghị", credit="Ảnh: Minh Anh", alt="Hội trường"),
        ],
    )  # fmt: skip
    with pytest.raises(DocxExportError) as caught:
        context = ExportContext(article, "A3F9-12C7", SiteProfile(), [], lambda *_: (b"", "", 0, 0))
        write_docx(context, tmp_path / "Hội nghị.docx")
    assert caught.value.code == "export.photo_not_saved"
    assert str(caught.value) == "body[1]: the photo is not in the store yet; save first"
    shown = localized(caught.value)
    assert shown == "body[1]: ảnh chưa có trong kho dữ liệu; hãy lưu bài trước"
    assert english_words(shown) == set()


def test_names_places_and_numbers_are_kept_as_they_are(qapp, vietnamese):
    from deskeditor.gui.error_text import localized

    assert localized(PhotoError("ảnh hội nghị.jpg", Message("photo.not_image"))) == (
        "ảnh hội nghị.jpg: không phải tệp ảnh"
    )
    thin = PhotoError("băng rôn.png", Message("photo.too_thin", width=6000, height=40, ratio=20))
    assert localized(thin) == (
        "băng rôn.png: ảnh quá dài và hẹp (6000×40 điểm ảnh; "
        "một cạnh chỉ được dài tối đa gấp 20 lần cạnh kia)"
    )


def test_nested_reasons_are_rendered_in_the_same_language(qapp, vietnamese):
    from deskeditor.gui.error_text import localized
    from deskeditor.store.workflow import IS, Status, WorkflowError

    refusal = WorkflowError(
        "workflow.refused", what=Message("workflow.publish_only"), status=IS[Status.DRAFT]
    )
    assert (
        localized(refusal) == "chỉ bài đã duyệt mới đánh dấu đã đăng được; bài này đang là bản nháp"
    )
    assert str(refusal) == "only an approved article can be published; this one is a draft"


@pytest.mark.parametrize(
    ("winerror", "text", "vietnamese_text"),
    [
        (5, "Access is denied", "không có quyền truy cập"),
        (32, "The process cannot access the file because it is being used by another process",
         "tệp đang được mở trong chương trình khác"),
        (112, "There is not enough space on the disk", "ổ đĩa đã đầy"),
    ],
)  # fmt: skip
def test_windows_refusals_read_in_vietnamese(qapp, vietnamese, winerror, text, vietnamese_text):
    from deskeditor.gui.error_text import localized
    from deskeditor.safeio import WriteError

    error = OSError(errno.EACCES, text)
    error.winerror = winerror  # as Windows sets it
    target = Path("D:/Tin bài/Hội nghị.docx")
    shown = localized(WriteError("write.failed", target=target, reason=os_reason(error)))
    assert shown == f"không ghi được {target}: {vietnamese_text}; không có tệp nào được ghi"


def test_a_failed_verification_is_explained_in_vietnamese(qapp, vietnamese, store, tmp_path):
    """Verify's verdict and every difference it names, as the window shows them."""
    from samples import import_long_article

    from deskeditor.export import context_for
    from deskeditor.export.html import write_html_folder
    from deskeditor.export.verify import verify_file
    from deskeditor.gui.error_text import localized
    from deskeditor.model import Decision
    from deskeditor.store.workflow import decide, submit

    article_id = import_long_article(store, tmp_path / "nguon")
    submit(store, article_id)
    decide(store, article_id, "Nguyễn Văn Bình", "Trưởng Ban biên tập", Decision.APPROVE)
    page = write_html_folder(context_for(store, article_id), tmp_path / "trang")
    text = page.read_text(encoding="utf-8")
    text = text.replace("Đặng Quốc Huy", "Đặng Quốc Hùng", 1).replace("anh-2.jpg", "anh-1.jpg", 1)
    page.write_text(
        text.replace("<strong>", "<span>", 1).replace("</strong>", "</span>", 1), encoding="utf-8"
    )
    result = verify_file(store, page)
    assert not result.ok
    assert "but its content is not that revision's" in result.message  # the command line's
    shown = localized(result.message)
    assert shown.startswith("trang HTML này mang mã phiên bản ")
    assert 'đoạn 2: chữ khác nhau: "…có đồng chí Đặng Quốc Huy, Phó' in shown
    assert "ảnh 2: ảnh không phải ảnh đã duyệt" in shown
    assert english_words(re.sub(r'"[^"]*"', "", shown)) == set(), shown
    good = write_html_folder(context_for(store, article_id), tmp_path / "trang-2")
    verdict = localized(verify_file(store, good).message)
    assert verdict.startswith("khớp phiên bản 1 của bài ") and "được Nguyễn Văn Bình" in verdict
    assert english_words(verdict) == set(), verdict


def test_every_refusal_of_the_link_policy_reads_in_vietnamese(qapp, vietnamese):
    """Issue 12: the body's link dialog shows why an address is refused."""
    from deskeditor.gui.error_text import localized
    from deskeditor.urls import UrlError, check_url

    refused = [
        "", "https://chinh phu.vn", "https://chinhphu.vn/<b>", "ftp://a.vn", "https://",
        "https://good.gov.vn@evil.example/", "https://localhost/", "http://a_b.vn",
        "http://127.0.0.1/", "https://chinhphu", "mailto:", "mailto:sonoivu",
        "https://chinhphu.vn:0/", "http://[::1/",
    ]  # fmt: skip
    for url in refused:
        with pytest.raises(UrlError) as caught:
            check_url(url)
        text = localized(caught.value)
        left = text
        for quoted in ('"', "'"):  # the host and character shown stay as typed
            left = "".join(left.split(quoted)[0::2])
        assert english_words(left) == set(), text


def test_text_that_never_had_a_code_is_shown_as_it_is(qapp, vietnamese):
    from deskeditor.gui.error_text import localized

    assert localized("something nobody translated") == "something nobody translated"
    assert localized(ValueError("a bug")) == "a bug"


def test_a_message_shown_on_its_own_begins_with_a_capital_letter(qapp, vietnamese):
    """Outside testing: message boxes began "không ghi được …" in lower case."""
    from deskeditor.gui.error_text import localized, sentence
    from deskeditor.safeio import WriteError
    from deskeditor.store.workflow import IS, Status, WorkflowError

    target = Path("D:/Tin bài/Hội nghị.docx")
    error = WriteError("write.failed", target=target, reason=Message("os.disk_full"))
    assert localized(error).startswith("không ghi được")  # inside a longer sentence
    assert sentence(error) == f"Không ghi được {target}: ổ đĩa đã đầy; không có tệp nào được ghi"
    refusal = WorkflowError(
        "workflow.refused", what=Message("workflow.publish_only"), status=IS[Status.DRAFT]
    )
    assert sentence(refusal).startswith("Chỉ bài đã duyệt mới đánh dấu đã đăng được; bài này")
    assert str(refusal).startswith("only an approved article")  # the command line is unchanged


def test_a_message_that_begins_with_a_name_keeps_it_as_written(qapp, vietnamese):
    from deskeditor.gui.error_text import sentence

    named = PhotoError("ảnh hội nghị.jpg", Message("photo.not_image"))
    assert sentence(named) == "ảnh hội nghị.jpg: không phải tệp ảnh"
    assert sentence("something nobody translated") == "something nobody translated"
    assert sentence(ValueError("a bug")) == "a bug"


def test_each_line_of_a_message_list_is_a_sentence(qapp, vietnamese):
    from deskeditor.gui.error_text import sentence

    lines = Message("text.lines", lines=(Message("word.no_title"), Message("word.macros")))
    shown = sentence(lines).split("\n")
    assert len(shown) == 2
    assert all(line[:1].isupper() for line in shown), shown
