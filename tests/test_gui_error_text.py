"""Domain errors shown in the window are in the interface language."""

from PySide6.QtCore import QTranslator

from deskeditor.errors import PhotoError


def test_known_phrases_are_translated_and_names_kept(qapp):
    from deskeditor.app import install_translations
    from deskeditor.gui.error_text import localized

    assert (
        localized(PhotoError("ảnh hội nghị.jpg", "not an image file"))
        == "ảnh hội nghị.jpg: not an image file"
    )
    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp, "vi")
    try:
        text = localized(PhotoError("ảnh hội nghị.jpg", "not an image file"))
        assert text == "ảnh hội nghị.jpg: không phải tệp ảnh"
        refusal = localized("only an approved article can be published; this one is a draft")
        assert refusal == "chỉ bài đã duyệt mới đánh dấu đã đăng được; bài này đang là bản nháp"
        assert localized("something nobody translated") == "something nobody translated"
    finally:
        for translator in qapp.findChildren(QTranslator):
            if translator not in before:
                qapp.removeTranslator(translator)


def test_the_refusals_of_issue_14_are_translated(qapp):
    from deskeditor.app import install_translations
    from deskeditor.gui.error_text import localized

    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp, "vi")
    try:
        text = localized(PhotoError("zero", "this is not a regular file (a device or a pipe)"))
        assert text == "zero: đây không phải tệp thông thường (mà là thiết bị hoặc đường ống)"
        outside = localized(
            "body[1].file: the photo ../a.jpg is outside the JSON file's folder; only files in "
            "that folder or below it are read unless allowed (import --allow-outside-photos)"
        )
        assert outside.startswith("body[1].file: the photo ../a.jpg nằm ngoài thư mục")
    finally:
        for translator in qapp.findChildren(QTranslator):
            if translator not in before:
                qapp.removeTranslator(translator)


def test_store_opening_errors_read_in_vietnamese(vietnamese):
    from pathlib import Path

    from deskeditor.errors import StoreMissingError, StoreReadOnlyError, StoreTooNewError
    from deskeditor.gui.error_text import localized

    path = Path("D:/SoanTin/deskeditor.db")
    assert localized(StoreMissingError(path)) == f"không có kho dữ liệu nào tại {path}"
    too_new = localized(StoreTooNewError(path, ["0099_future"]))
    assert too_new.startswith(f"kho dữ liệu {path} được tạo bởi một phiên bản deskeditor mới hơn")
    read_only = localized(
        StoreReadOnlyError(path, "the file is read-only; it can be read but not changed")
    )
    assert "chế độ chỉ đọc" in read_only and "not changed" not in read_only


def test_a_failed_verification_is_explained_in_vietnamese(qapp):
    from deskeditor.app import install_translations
    from deskeditor.gui.error_text import localized

    message = (
        "this Word document carries the version code 4277-361D of revision 1 of article 1, but its"
        " content is not that revision's (approved / this file):\n"
        'body[1]: text differs: "…Đặng Quốc Huy…" / "…Đặng Quốc Hùng…"\n'
        "photo 2: the picture is not the approved one"
    )
    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp, "vi")
    try:
        text = localized(message)
        assert text.startswith("tài liệu Word này mang mã phiên bản 4277-361D")
        assert "nhưng nội dung không phải của phiên bản đó (bản đã duyệt / tệp này)" in text
        assert 'body[1]: chữ khác nhau: "…Đặng Quốc Huy…" / "…Đặng Quốc Hùng…"' in text
        assert text.endswith("photo 2: ảnh không phải ảnh đã duyệt")
    finally:
        for translator in qapp.findChildren(QTranslator):
            if translator not in before:
                qapp.removeTranslator(translator)


def test_every_refusal_of_the_link_policy_reads_in_vietnamese(qapp):
    """Issue 12: the body's link dialog now shows why an address is refused."""
    import pytest

    from deskeditor.app import install_translations
    from deskeditor.gui.error_text import localized
    from deskeditor.urls import UrlError, check_url

    refused = [
        "", "https://chinh phu.vn", "https://chinhphu.vn/<b>", "ftp://a.vn", "https://",
        "https://good.gov.vn@evil.example/", "https://localhost/", "http://a_b.vn",
        "http://127.0.0.1/", "https://chinhphu", "mailto:", "mailto:sonoivu",
        "https://chinhphu.vn:0/", "http://[::1/",
    ]  # fmt: skip
    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp, "vi")
    try:
        for url in refused:
            with pytest.raises(UrlError) as caught:
                check_url(url)
            text = localized(caught.value)
            assert text != str(caught.value), url
            left = text
            for quoted in ('"', "'"):  # the host and character shown stay as typed
                parts = left.split(quoted)
                left = "".join(parts[0::2])
            english = {"the", "address", "link", "is", "not", "has", "no", "only", "host"}
            assert not english & set(left.replace(";", " ").replace(":", " ").split()), text
    finally:
        for translator in qapp.findChildren(QTranslator):
            if translator not in before:
                qapp.removeTranslator(translator)
