"""Vietnamese sort order, checked by hand and against ICU through QCollator."""

from __future__ import annotations

import functools
import random
import subprocess
import sys
import unicodedata

import pytest

from deskeditor.text import sort_key, sort_vietnamese

# Personal names, provinces, districts, communes and common words (NFC, tone
# on the older position throughout, as ICU compares tone positions).
ORACLE_WORDS = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lâm
Lương Mai Tô Trịnh Trương Văn Vương Hà Hứa Kiều Lưu Quách Quan Tạ Thái Thân Triệu Cao Chu
Châu Diệp Giang Khổng Kim La Lạc Lục Mạc Mạnh Nghiêm Nông Ông Phó Phùng Tăng Tống Từ Ứng
An Anh Ánh Bảo Bích Bình Chi Cường Dũng Duy Đạt Điệp Đức Giang Hải Hạnh Hằng Hiền Hiếu
Hòa Hồng Hùng Hưng Hương Hường Khánh Khoa Lan Linh Loan Long Mai Minh My Mỹ Nam Nga Ngân
Ngọc Nhung Oanh Phúc Phương Quân Quang Quế Quyên Quỳnh Sơn Tâm Thảo Thắng Thanh Thành Thúy
Thủy Thư Tiến Trang Trí Trung Tú Tuấn Tùng Uyên Vân Việt Vinh Xuân Yến
Hà_Nội Hà_Giang Hà_Nam Hà_Tĩnh Hải_Dương Hải_Phòng Hòa_Bình Hưng_Yên Lạng_Sơn Lào_Cai
Lai_Châu Điện_Biên Sơn_La Yên_Bái Tuyên_Quang Thái_Nguyên Bắc_Kạn Bắc_Giang Bắc_Ninh
Cao_Bằng Phú_Thọ Vĩnh_Phúc Quảng_Ninh Nam_Định Ninh_Bình Thái_Bình Thanh_Hóa Nghệ_An
Quảng_Bình Quảng_Trị Thừa_Thiên_Huế Đà_Nẵng Quảng_Nam Quảng_Ngãi Bình_Định Phú_Yên
Khánh_Hòa Ninh_Thuận Bình_Thuận Kon_Tum Gia_Lai Đắk_Lắk Đắk_Nông Lâm_Đồng Bình_Phước
Tây_Ninh Bình_Dương Đồng_Nai Long_An Tiền_Giang Bến_Tre Trà_Vinh Vĩnh_Long Đồng_Tháp
An_Giang Kiên_Giang Cần_Thơ Hậu_Giang Sóc_Trăng Bạc_Liêu Cà_Mau Hữu_Lũng Cao_Lộc
Chi_Lăng Văn_Quan Bình_Gia Tràng_Định Đình_Lập Lộc_Bình Bắc_Sơn Văn_Lãng Tam_Thanh
Hoàng_Văn_Thụ Đông_Kinh Chi_Lăng_xã Vĩnh_Lại Yên_Trạch Đồng_Đăng Na_Sầm
hội nghị sơ kết tổng công tác thi đua khen thưởng đồng chí ủy ban nhân dân tỉnh huyện
xã phường thị trấn đảng bộ chi bộ bí thư chủ tịch phó giám đốc sở ngành trường học
bệnh viện nông thôn mới kinh tế văn hóa xã hội quốc phòng an ninh đối ngoại giáo dục
y tế du lịch thương mại công nghiệp đầu tư xây dựng giao thông thủy lợi môi trường
tài nguyên khoa học công nghệ thông tin truyền thông báo chí phát thanh truyền hình
ma mà mả mã má mạ Ma MA mạc mác mai may máy mấy đa đà đá đã dạ dz đz da
ơ ô o u ư ừ ứ ử ữ ự ươn ương uống ươm ướp ưu ứng ưng ừng a ă â ắc ấc ác
Quyết_định_15 Quyết_định_9 Quyết_định_2025 Công_văn_123 năm_2017 2_bài 10_bài
bà bá bả bã bạ ba bác bạc bắc bậc bấc
"""


def _oracle_words() -> list[str]:
    words = [w.replace("_", " ") for w in ORACLE_WORDS.split()]
    return list(dict.fromkeys(words))  # drop repeats, keep the first spelling


def _shuffled(words: list[str]) -> list[str]:
    copy = list(words)
    random.Random(2017).shuffle(copy)
    return copy


def test_letters_in_vietnamese_order() -> None:
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert sort_vietnamese(_shuffled(alphabet)) == alphabet


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(["f", "g", "j", "k", "w", "x", "y", "z"], id="foreign letters in ASCII place"),
        pytest.param(["Dũng", "Dương", "Dz", "Đặng", "Đinh", "Đỗ", "E"], id="đ after every d"),
        pytest.param(["ong", "ông", "ơn", "uy", "ưu", "v"], id="ơ after ô, ư after u"),
        pytest.param(["O", "Ô", "Ơ", "U", "Ư"], id="capitals"),
        pytest.param(["am", "an", "ăn", "ân", "b"], id="ă and â after a"),
        pytest.param(["ma", "mà", "mả", "mã", "má", "mạ"], id="tones in order"),
        pytest.param(["bác", "bạc", "bắc", "bấc", "bậc"], id="a ă â outrank tones"),
    ],
)
def test_vietnamese_order(expected: list[str]) -> None:
    assert sort_vietnamese(_shuffled(expected)) == expected
    assert sort_vietnamese(reversed(expected)) == expected


def test_tone_loses_to_a_later_letter() -> None:
    # Python's sorted() puts "Anh" first because "A" < "Á".
    assert sort_vietnamese(["Anh", "Án"]) == ["Án", "Anh"]
    assert sort_vietnamese(["mạnh", "mai"]) == ["mai", "mạnh"]


def test_case_only_breaks_ties_after_tones() -> None:
    assert sort_vietnamese(["mà", "Ma", "ma", "MA"]) == ["ma", "Ma", "MA", "mà"]
    assert sort_vietnamese(["đồng", "Đồng", "Đông"]) == ["Đông", "đồng", "Đồng"]


def test_space_digits_and_punctuation_before_letters() -> None:
    assert sort_vietnamese(["Hàm", "Hà Nội"]) == ["Hà Nội", "Hàm"]
    assert sort_vietnamese(["a", "2 bài", "-a", " a"]) == [" a", "-a", "2 bài", "a"]


def test_nfd_input_and_tone_placement_sort_equal() -> None:
    assert sort_key(unicodedata.normalize("NFD", "Nguyễn Thị Thủy")) == sort_key("Nguyễn Thị Thủy")
    assert sort_key("hòa") == sort_key("hoà")
    assert sort_key("Thủy") == sort_key("Thuỷ")
    assert sort_key("quý") == sort_key("qúy")
    assert sort_key("Hoà Bình") == sort_key(unicodedata.normalize("NFD", "Hòa Bình"))
    assert sort_key("ho\u00adà") == sort_key("hòa")  # a pasted soft hyphen is ignorable


def test_sort_vietnamese_with_key_returns_items() -> None:
    people = [("Đỗ", 1), ("Dương", 2), ("Bùi", 3)]
    assert sort_vietnamese(people, key=lambda p: p[0]) == [("Bùi", 3), ("Dương", 2), ("Đỗ", 1)]


def test_text_helpers_do_not_import_qt() -> None:
    code = (
        "import sys, deskeditor.text, deskeditor.text.collation, deskeditor.text.dates,"
        " deskeditor.text.legacy; sys.exit('PySide6' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_same_order_as_icu_through_qcollator() -> None:
    qtcore = pytest.importorskip("PySide6.QtCore")
    locale = qtcore.QLocale(qtcore.QLocale.Language.Vietnamese, qtcore.QLocale.Country.Vietnam)
    collator = qtcore.QCollator(locale)
    oracle = functools.cmp_to_key(collator.compare)
    # The oracle must itself collate Vietnamese (Qt built with ICU), or it proves nothing.
    known = ["dz", "đ", "e", "má", "mạ", "ư", "v"]
    assert sorted(_shuffled(known), key=oracle) == known, "this Qt's QCollator is no oracle"

    words = _oracle_words()
    assert len(words) >= 200
    shuffled = _shuffled(words)
    assert sort_vietnamese(shuffled) == sorted(shuffled, key=oracle)
