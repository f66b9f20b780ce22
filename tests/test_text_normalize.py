"""NFC, accent folding and slugs for Vietnamese text."""

from __future__ import annotations

import unicodedata

from deskeditor.text import fold, nfc, slugify


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_fold_removes_tones_and_marks() -> None:
    assert fold("Hội nghị") == "hoi nghi"
    assert fold("Đồng chí") == "dong chi"
    assert fold("ĐỨC") == "duc"
    assert fold("Trường Sa, Hoàng Sa") == "truong sa, hoang sa"


def test_fold_is_the_same_for_both_tone_placements() -> None:
    assert fold("hòa") == fold("hoà") == "hoa"
    assert fold("Thủy") == fold("Thuỷ") == "thuy"


def test_fold_nfd_equals_nfc() -> None:
    text = "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert nfd(text) != text
    assert fold(nfd(text)) == fold(text) == "uy ban nhan dan tinh lang son"


def test_nfc_composes_decomposed_text() -> None:
    text = "Nguyễn Thị Hoà"
    assert nfc(nfd(text)) == text
    assert len(nfc(nfd("ễ"))) == 1


def test_slugify_is_ascii() -> None:
    slug = slugify("Hội nghị sơ kết: CON.")
    assert slug == "hoi-nghi-so-ket-con"
    assert slug.isascii()


def test_slugify_nfd_and_d_stroke() -> None:
    assert slugify(nfd("Đồng chí Bí thư Tỉnh ủy")) == "dong-chi-bi-thu-tinh-uy"


def test_slugify_keeps_whole_words_within_the_limit() -> None:
    slug = slugify("Hội nghị sơ kết công tác thi đua khen thưởng", max_length=18)
    assert len(slug) <= 18
    assert slug == "hoi-nghi-so-ket"


def test_slugify_keeps_a_word_that_ends_exactly_at_the_limit():
    """Regression: the last word was dropped when the limit fell on its end."""
    from deskeditor.text import slugify

    assert slugify("Hội nghị sơ kết công tác", 20) == "hoi-nghi-so-ket-cong"
    assert slugify("Hội nghị sơ kết công tác", 19) == "hoi-nghi-so-ket"
