"""Find and replace in Vietnamese text (deskeditor.text.find), without Qt."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskeditor.text.find import (
    FindOptions,
    Match,
    find_all,
    fit_case,
    replace_all,
    step,
    utf16_offset,
)

TEXT = "Hội nghị sơ kết công tác thi đua; Đồng chí Đặng Quốc Huy phát biểu tại hội nghị."
LOOSE = FindOptions(ignore_marks=True)


def found(text: str, query: str, options: FindOptions | None = None) -> list[str]:
    return [text[m.start : m.end] for m in find_all(text, query, options)]


def test_plain_find_ignores_case_but_not_tones():
    assert found(TEXT, "hội nghị") == ["Hội nghị", "hội nghị"]
    assert found(TEXT, "hoi nghi") == []
    assert found(TEXT, "Hỏi") == []  # another tone is another word


def test_match_case():
    options = FindOptions(match_case=True)
    assert found(TEXT, "Hội nghị", options) == ["Hội nghị"]
    assert found(TEXT, "hội nghị", options) == ["hội nghị"]


def test_ignoring_tones_and_marks_finds_the_written_word():
    assert found(TEXT, "hoi nghi", LOOSE) == ["Hội nghị", "hội nghị"]
    assert found(TEXT, "dong chi", LOOSE) == ["Đồng chí"]
    assert found(TEXT, "dang quoc", LOOSE) == ["Đặng Quốc"]
    # The query may carry marks too: they are ignored on both sides.
    assert found(TEXT, "HỘI NGHI", LOOSE) == ["Hội nghị", "hội nghị"]


def test_d_with_stroke_folds_to_d_and_keeps_its_case():
    assert found("Đà Nẵng, đà điểu", "đà") == ["Đà", "đà"]  # Đ lower-cases to đ
    assert found("Đà Nẵng, đà điểu", "Đà", FindOptions(match_case=True)) == ["Đà"]
    assert found("Đà Nẵng, đà điểu", "da", LOOSE) == ["Đà", "đà"]
    assert found("Đà Nẵng, đà điểu", "Da", FindOptions(match_case=True, ignore_marks=True)) == [
        "Đà"
    ]
    assert found("Đà Nẵng", "da") == []  # đ is its own letter unless marks are ignored


def test_both_tone_placements_match_each_other_when_marks_are_ignored():
    assert found("hoà giải và hòa bình", "hoa", LOOSE) == ["hoà", "hòa"]


def test_nfd_text_gives_positions_of_whole_letters_in_the_original():
    nfd = unicodedata.normalize("NFD", TEXT)
    matches = find_all(nfd, "hội nghị")
    assert len(matches) == 2
    # The match covers every combining mark of the last letter, nothing more or less.
    assert unicodedata.normalize("NFC", nfd[matches[0].start : matches[0].end]) == "Hội nghị"
    assert nfd[matches[0].end] == " "
    assert found(nfd, "hoi nghi", LOOSE) == [nfd[m.start : m.end] for m in matches]


def test_nfd_query_finds_nfc_text():
    assert found(TEXT, unicodedata.normalize("NFD", "Đồng chí")) == ["Đồng chí"]


def test_a_letter_with_a_tone_is_not_found_by_its_bare_base_without_ignoring_marks():
    nfd = unicodedata.normalize("NFD", "ộ")  # o + two marks
    assert find_all(nfd, "o") == []
    assert find_all(nfd, "o", LOOSE) == [Match(0, 3)]


def test_whole_word_respects_vietnamese_letters():
    whole = FindOptions(whole_word=True)
    assert found("nghị nghịch nghị", "nghị", whole) == ["nghị", "nghị"]
    # "ư" and "đ" are letters: "hư" is not a whole word inside "thư" or "hưđ".
    assert found("thư, hư, hưđ", "hư", whole) == ["hư"]
    assert found("Đàm, đà", "đà", whole) == ["đà"]


def test_whole_word_sees_a_following_combining_mark_as_part_of_the_word():
    nfd = unicodedata.normalize("NFD", "Hà Hàn")
    assert found(nfd, "ha", FindOptions(whole_word=True, ignore_marks=True)) == [
        unicodedata.normalize("NFD", "Hà")
    ]


def test_whole_word_and_ignored_marks_together():
    options = FindOptions(whole_word=True, ignore_marks=True)
    assert found("Hội nghị, hội nghịch", "hoi nghi", options) == ["Hội nghị"]


def test_matches_do_not_overlap_and_an_empty_query_finds_nothing():
    assert find_all("aaaa", "aa") == [Match(0, 2), Match(2, 4)]
    assert find_all(TEXT, "") == []
    assert find_all("", "a") == []


def test_a_key_longer_than_its_letter_is_matched_only_whole():
    # "İ" lower-cases to two characters; the second alone is not a match.
    assert found("İstanbul", "i̇stanbul") == ["İstanbul"]
    assert find_all("İ", "\u0307") == []


def test_replace_all_counts_and_writes_nfc():
    text, count = replace_all(TEXT, "hoi nghi", "Hội thảo", LOOSE)
    assert count == 2
    assert text.startswith("Hội thảo sơ kết") and text.endswith("tại Hội thảo.")
    nfd_replacement = unicodedata.normalize("NFD", "Hội thảo")
    text, _ = replace_all("a b a", "a", nfd_replacement)
    assert text == "Hội thảo b Hội thảo" and unicodedata.is_normalized("NFC", text)


def test_a_small_letter_replacement_takes_the_case_of_what_it_replaces():
    text, count = replace_all("Hội nghị sơ kết. Dự hội nghị. HỘI NGHỊ", "hội nghị", "hội thảo")
    assert count == 3
    assert text == "Hội thảo sơ kết. Dự hội thảo. HỘI THẢO"
    # A replacement with capitals of its own, or "match case", is written as typed.
    assert fit_case("hội nghị", "Hội thảo") == "Hội thảo"
    assert fit_case("Hội nghị", "hội thảo", FindOptions(match_case=True)) == "hội thảo"
    assert fit_case("Đà", "đà") == "Đà" and fit_case("ĐÀ", "đà nẵng") == "ĐÀ NẴNG"
    assert fit_case("Hội", "") == "" and fit_case("A", "1 b") == "1 B"


def test_replace_all_with_nothing_found_keeps_the_text():
    assert replace_all(TEXT, "không có", "x") == (TEXT, 0)


def test_utf16_offset_counts_characters_outside_the_bmp_twice():
    text = "Ảnh 📷 Hội nghị"
    index = text.index("Hội")
    assert utf16_offset(text, index) == index + 1
    assert utf16_offset("Hội nghị", 4) == 4


def test_step_wraps_around_both_ways():
    assert step(3, None, True) == (0, False)
    assert step(3, None, False) == (2, False)
    assert step(3, 0, True) == (1, False)
    assert step(3, 2, True) == (0, True)
    assert step(3, 0, False) == (2, True)
    with pytest.raises(ValueError):
        step(0, None, True)


VIETNAMESE = st.text(alphabet="aăâeêioôơuưyđĐAÂHhnNg \u0300\u0301\u0303\u0309\u0323,", max_size=40)


@given(VIETNAMESE, VIETNAMESE.filter(lambda q: q.strip()), st.booleans(), st.booleans())
def test_every_match_maps_back_to_text_with_the_same_key(text, query, case, marks):
    options = FindOptions(match_case=case, ignore_marks=marks)
    from deskeditor.text.find import _keyed

    needle = _keyed(query, options)[0]
    last = 0
    for match in find_all(text, query, options):
        assert last <= match.start < match.end <= len(text)
        assert _keyed(text[match.start : match.end], options)[0] == needle
        last = match.end


@given(VIETNAMESE, st.sampled_from(["hội", "nghị", "a", "Đ"]), st.booleans())
def test_nfc_and_nfd_text_find_the_same_words(text, query, marks):
    options = FindOptions(ignore_marks=marks)
    nfc_text = unicodedata.normalize("NFC", text)
    nfd_text = unicodedata.normalize("NFD", text)
    as_nfc = [unicodedata.normalize("NFC", w) for w in found(nfc_text, query, options)]
    as_nfd = [unicodedata.normalize("NFC", w) for w in found(nfd_text, query, options)]
    assert as_nfc == as_nfd
