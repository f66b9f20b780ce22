"""The Vietnamese spell checker without a window: syllable rules, what is left alone, suggestions."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskeditor.text.spelling import SpellChecker, parse
from deskeditor.text.spelling.input_method import from_telex, from_vni
from deskeditor.text.spelling.lexicon import Lexicon, _lines
from deskeditor.text.spelling.syllable import place_tone


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker()


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.check(text)]


@pytest.mark.parametrize(
    "word",
    ["việt", "nghiệp", "ghế", "kiến", "quốc", "quý", "giữ", "gìn", "giếng", "người", "được",
     "khuya", "khuỷu", "huỳnh", "yên", "chuyện", "thuở", "xoong", "ngoài", "mía", "mưa", "học"],
)  # fmt: skip
def test_well_formed_syllables_parse(word: str) -> None:
    assert parse(word) is not None


@pytest.mark.parametrize(
    ("word", "why"),
    [
        ("ngiệp", "ng before i must be ngh"),
        ("nghành", "ngh only before i, e, ê"),
        ("gế", "g before ê must be gh"),
        ("ghà", "gh only before i, e, ê"),
        ("ciến", "c before i must be k"),
        ("kà", "k only before i, e, ê, y"),
        ("qúy", "after qu the tone is on the vowel"),
        ("quôc", "a closed -c syllable takes sắc or nặng"),
        ("đươc", "a closed -c syllable takes sắc or nặng"),
        ("bàch", "a closed -ch syllable takes sắc or nặng"),
        ("hỏp", "a closed -p syllable takes sắc or nặng"),
        ("viẹt", "iê is written with its circumflex"),
        ("tóan", "the tone of a closed syllable is on the main vowel"),
        ("ngòai", "the tone of oai is on the a"),
        ("hộu", "no rhyme ôu"),
        ("jội", "j is not a Vietnamese letter"),
        ("iên", "iê without an onset is written yê"),
        ("hóà", "two tones"),
    ],
)
def test_malformed_syllables_are_refused(word: str, why: str) -> None:
    assert parse(word) is None, why


def test_both_tone_placements_are_right(checker: SpellChecker) -> None:
    for old, new in [("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("Hòa", "Hoà")]:
        assert parse(old.lower()).key == parse(new.lower()).key
        assert flagged(checker, f"{old} và {new}") == []
    assert place_tone("hoa", 2) == "hoà"
    assert place_tone("hoa", 2, classic=True) == "hòa"


def test_misspelt_words_are_flagged_with_their_place(checker: SpellChecker) -> None:
    text = "Hội nghị tổng kêt công tác nằm 2024 của ngành giáo dụcc."
    found = checker.check(text)
    assert [(m.word, text[m.start : m.end]) for m in found] == [
        ("kêt", "kêt"),
        ("dụcc", "dụcc"),
    ]


def test_nfd_input_is_checked_like_nfc(checker: SpellChecker) -> None:
    text = "Hội nghị tổng kêt việt nam hoà bình"
    decomposed = unicodedata.normalize("NFD", text)
    found = checker.check(decomposed)
    assert [unicodedata.normalize("NFC", m.word) for m in found] == ["kêt"]
    assert unicodedata.normalize("NFC", decomposed[found[0].start : found[0].end]) == "kêt"


def test_abbreviations_numbers_dates_urls_and_mail_are_left_alone(checker: SpellChecker) -> None:
    text = (
        "UBND tỉnh, HĐND, TĐKT và BHXH họp ngày 12/3/2025 lúc 8h30, quý III/2025, "
        "Nghị định 98/2023/NĐ-CP, 5G, H5N1, 24/7, 1.286 trạm, 99,6%; xem "
        "https://stttt.example.gov.vn/gop-y hoặc www.example.vn, thư gop-y@example.gov.vn."
    )
    assert flagged(checker, text) == []


def test_names_and_foreign_words_are_left_alone(checker: SpellChecker) -> None:
    text = (
        "Ông Jean Dupont và bà Kim Sung Ho đến Buôn Ma Thuột, Đắk Lắk, Krông Pắc, Kon Tum, "
        "gặp ông Y Ngông Niê Kdăm ở buôn Akô Dhông; bán hàng trên Shopee, Lazada, Facebook; "
        "dùng iPhone, VNeID, xem video online. Ông nói: The key is to keep it authentic."
    )
    assert flagged(checker, text) == []


def test_what_the_foreign_rules_still_catch(checker: SpellChecker) -> None:
    # A capitalised word one key away from a syllable is a typo, not a foreign name.
    assert flagged(checker, "Hpi nghị tổng kết") == ["Hpi"]
    # A lower-case word in plain letters is checked like any other.
    assert flagged(checker, "chúng tôi vieejt bài") == ["vieejt"]
    # A capitalised word with Vietnamese marks is checked as a name.
    assert flagged(checker, "Sở Thông tin và Truyềnn thông") == ["Truyềnn"]
    # A slip of the Shift key.
    assert flagged(checker, "hTông tin") == ["hTông"]


def test_accepted_words_are_not_flagged() -> None:
    # "sli", the Nùng people's sung dialogue, cannot be spelt as a Vietnamese syllable: the
    # office adds it. (Capitalised names inside a sentence, "Nậm Pồ", need no list.)
    checker = SpellChecker()
    assert flagged(checker, "bà con hát sli, hát lượn") == ["sli"]
    checker.accept(["sli"])
    assert flagged(checker, "bà con hát sli, hát lượn") == []
    checker.set_accepted([])
    assert flagged(checker, "bà con hát sli, hát lượn") == ["sli"]


@pytest.mark.parametrize(
    ("typo", "fix"),
    [
        ("vieejt", "việt"),
        ("vieetj", "việt"),
        ("vie65t", "việt"),
        ("nguwowif", "người"),
        ("tóan", "toán"),
        ("ngiệp", "nghiệp"),
        ("gế", "ghế"),
        ("ciến", "kiến"),
        ("đươc", "được"),
        ("trongg", "trong"),
        ("tromg", "trong"),
        ("cuả", "của"),
        ("nguòi", "người"),
        ("Hộu", "Hội"),
        ("quôc", "quốc"),
    ],
)
def test_the_likely_fix_comes_first(checker: SpellChecker, typo: str, fix: str) -> None:
    assert checker.suggest(typo)[0] == fix


def test_input_method_leftovers_are_decoded() -> None:
    assert from_telex("dduwowcj") == "được"
    assert from_telex("thanhf") == "thành"
    assert from_vni("d9u7o7c5") == "được"
    assert from_telex("online") is None


def test_every_word_of_the_shipped_list_is_a_syllable() -> None:
    lexicon = Lexicon()
    refused = [w for line in _lines("words.txt") for w in lexicon.add_words(line.split())]
    assert refused == []
    assert len(lexicon.keys) > 4000


def test_the_compiled_syllable_list_is_in_step_with_the_word_list() -> None:
    from importlib.resources import files

    from deskeditor.text.spelling.lexicon import compile_syllables

    shipped = (files("deskeditor") / "data" / "spelling" / "syllables.tsv").read_text("utf-8")
    assert shipped == compile_syllables(), "run python resources/spelling/make_lists.py"


_VIETNAMESE_ISH = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯfjwzHNTàáảãạếềểễệồốổỗộờớởỡợừứửữự"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b .,-'@:/0123456789\ufffc😀"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.text(_VIETNAMESE_ISH))
def test_any_text_is_checked_without_error(text: str) -> None:
    checker = SpellChecker()
    for found in checker.check(text):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.word
        checker.suggest(found.word)


def test_everyday_words_outside_the_office_register_are_not_underlined() -> None:
    """Outside testing underlined cuốn, cuộn, cuốc, tuốt, bấm, bẩm, khuỷu, nguệch ngoạc,
    loằng ngoằng and the place name Pác: words of every day, not only of meetings."""
    passage = (
        "Sáng sớm, bà con xã Pác Nặm đã dậy từ lúc gà gáy, người cuốn chiếu, người cuộn "
        "dây, người vác cuốc ra ruộng. Chị Lý Thị Hoa bấm điện thoại gọi cho con gái đang "
        "học ở tỉnh, giọng nghẹn ngào vì nhớ. Ngoài sân, mấy đứa trẻ nguệch ngoạc vẽ lên nền "
        "đất những con đường loằng ngoằng, ngoằn ngoèo như lối lên nương. Ông trưởng bản "
        "bẩm sinh đã khoẻ, khuỷu tay rắn chắc, vẫn tuốt lúa thoăn thoắt. Cuộc sống còn bộn "
        "bề, nhà cửa đôi khi lộn xộn, bừa bãi, nhưng ai cũng vui vẻ, chẳng ai than nhọc "
        "nhằn. Buổi chiều, trời loé sáng rồi đổ mưa, nước toé lên hiên nhà."
    )
    assert flagged(SpellChecker(), passage) == []
