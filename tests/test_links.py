"""The link list: address checks, editing for the GUI (with undo), sorting, CSV, the store."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from deskeditor.links import (
    CsvImportError,
    LinkError,
    add_group,
    add_link,
    clean_name,
    duplicate_urls,
    edit_link,
    export_csv,
    insert_group,
    insert_link,
    merge,
    move_group,
    move_link,
    normalise_url,
    read_links_csv,
    remove_group,
    remove_link,
    rename_group,
    restore_order,
    set_visible,
    sort_group,
    write_links_csv,
)
from deskeditor.model import DEFAULT_LINK_GROUPS, Link, LinkGroup


def sample_groups() -> list[LinkGroup]:
    return [
        LinkGroup(
            "Sở ban ngành",
            [
                Link("Sở Tư pháp", "https://stp.langson.gov.vn"),
                Link("Sở Tài chính", "https://stc.langson.gov.vn"),
                Link("Sở Y tế", "https://syt.langson.gov.vn", visible=False),
            ],
        ),
        LinkGroup("UBND các xã, phường", [Link("UBND xã Đồng Đăng", "https://dongdang.vn")]),
        LinkGroup("Liên kết Websites", [], visible=False),
    ]


def names(group: LinkGroup) -> list[str]:
    return [link.name for link in group.links]


def shape(groups: list[LinkGroup]) -> list[tuple]:
    """Everything but the store ids, to compare lists after a round trip."""
    return [
        (g.name, g.visible, [(link.name, link.url, link.visible) for link in g.links])
        for g in groups
    ]


# --- Addresses ---------------------------------------------------------------

GOOD_URLS = [
    ("https://sonoivu.langson.gov.vn", "https://sonoivu.langson.gov.vn", False),
    ("http://sonoivu.langson.gov.vn/", "http://sonoivu.langson.gov.vn/", False),
    ("sonoivu.langson.gov.vn", "https://sonoivu.langson.gov.vn", True),
    ("sonoivu.langson.gov.vn/abc", "https://sonoivu.langson.gov.vn/abc", True),
    ("www.chinhphu.vn:8080/x", "https://www.chinhphu.vn:8080/x", True),
    ("//chinhphu.vn/tin", "https://chinhphu.vn/tin", True),
    ("  https://chinhphu.vn  ", "https://chinhphu.vn", False),
    ("HTTPS://ChinhPhu.VN/Tin", "https://ChinhPhu.VN/Tin", False),
    ("Http://chinhphu.vn", "http://chinhphu.vn", False),
    ("https://chinhphu.vn:8443/a/b", "https://chinhphu.vn:8443/a/b", False),
    ("https://chinhphu.vn/tim?q=h%E1%BB%99i+ngh%E1%BB%8B&p=2#ket-qua", None, False),
    ("https://vi.wikipedia.org/wiki/Lạng_Sơn", None, False),
    ("https://bộnộivụ.vn", "https://bộnộivụ.vn", False),
    ("bộnộivụ.vn/tin-tức", "https://bộnộivụ.vn/tin-tức", True),
    ("https://xn--bniv-5y5ab0g.vn/", None, False),
    ("https://sở-nội-vụ.lạngsơn.vn/", None, False),
    ("https://chinhphu.vn.", None, False),
]


@pytest.mark.parametrize(("typed", "expected", "added"), GOOD_URLS)
def test_good_addresses_are_accepted(typed, expected, added):
    url, scheme_added = normalise_url(typed)
    assert url == (expected or typed.strip())
    assert scheme_added is added


def test_an_address_is_kept_in_nfc():
    decomposed = unicodedata.normalize("NFD", "https://bộnộivụ.vn/tin-tức")
    url, _ = normalise_url(decomposed)
    assert url == unicodedata.normalize("NFC", decomposed)


BAD_URLS = [
    ("", "the address is empty"),
    ("   ", "the address is empty"),
    ("javascript:alert(1)", "only http and https"),
    ("JavaScript:alert(document.cookie)", "only http and https"),
    ("ftp://ftp.langson.gov.vn/file", "only http and https"),
    ("mailto:sonoivu@langson.gov.vn", "only http and https"),
    ("data:text/html,<b>x</b>", "only http and https"),
    ("file:///C:/tai-lieu.doc", "only http and https"),
    ("http://", "no host name"),
    ("https://", "no host name"),
    ("https:///x", "no host name"),
    ("http:chinhphu.vn", "no host name"),
    ("http://:80/", "no host name"),
    ("https://chinh phu.vn", "contains spaces"),
    ("https://chinhphu.vn/tin tuc", "contains spaces"),
    ("https://chinh_phu.vn", "cannot have"),
    ("https://chinh!phu.vn", "cannot have"),
    ("https://-chinhphu.vn", "cannot have"),
    ("https://chinhphu..vn", "cannot have"),
    ("https://" + "a" * 64 + ".vn", "cannot have"),
    ("https://chinhphu", "no domain ending"),
    ("http://localhost:8000", "this computer"),
    # issue 12: a published link names its site; no bare IP address
    ("http://203.113.131.1/portal", "is an IP address"),
    ("http://[2001:db8::1]:8080/", "is an IP address"),
    ("https://chinhphu.vn:99999/", "port"),
    ("https://chinhphu.vn:0/", "port"),
    ("https://chinhphu.vn:abc/", "port"),
    ("http://300.1.1.1/", "is an IP address"),
    ("http://[2001:db8::zz]/", "host name or port"),
    ("http://[2001:db8::1/", "host name or port"),
    ("https://chinhphu.vn@evil.example/", "user name or password"),
    ("https://chinhphu.vn\\@evil.example/", "not allowed"),
    ('https://chinhphu.vn/"onmouseover="x', "not allowed"),
    ("https://chinhphu.vn/<script>", "not allowed"),
    ("https://chinhphu.vn/\u200b", "not allowed"),
]


@pytest.mark.parametrize(("typed", "message"), BAD_URLS)
def test_bad_addresses_are_refused_with_a_sentence(typed, message):
    with pytest.raises(LinkError, match=message):
        normalise_url(typed)


def test_duplicate_addresses_are_flagged_ignoring_case_slash_scheme_and_idn_spelling():
    group = LinkGroup(
        "Liên kết",
        [
            Link("Chính phủ", "https://chinhphu.vn"),
            Link("Sở Nội vụ", "https://sonoivu.langson.gov.vn/gioi-thieu"),
            Link("Chính phủ (2)", "https://ChinhPhu.VN/"),
            Link("Bộ", "https://bộnộivụ.vn"),
            Link("Bộ (punycode)", "http://xn--bniv-5y5ab0g.vn:80/"),
            Link("Sở Nội vụ, trang khác", "https://sonoivu.langson.gov.vn/Gioi-Thieu"),
            Link("Chính phủ (3)", "https://chinhphu.vn"),
        ],
    )
    assert duplicate_urls(group) == [(0, 2), (3, 4), (0, 6)]


def test_different_pages_of_one_site_are_not_duplicates():
    group = LinkGroup(
        "Liên kết",
        [
            Link("Trang chủ", "https://chinhphu.vn"),
            Link("Tin", "https://chinhphu.vn/tin"),
            Link("Tìm", "https://chinhphu.vn/tin?q=1"),
            Link("Cổng khác", "https://chinhphu.vn:8443/"),
        ],
    )
    assert duplicate_urls(group) == []


# --- Editing -----------------------------------------------------------------


def test_names_are_nfc_one_line_and_not_empty():
    assert clean_name(unicodedata.normalize("NFD", "  Sở  Nội\nvụ ")) == "Sở Nội vụ"
    with pytest.raises(LinkError, match="the group name is empty"):
        clean_name(" \t ", "group name")


def test_add_rename_and_remove_a_group_with_undo():
    groups = sample_groups()
    index = add_group(groups, "  Cơ quan Trung ương ", index=1)
    assert index == 1 and groups[1].name == "Cơ quan Trung ương" and groups[1].links == []
    previous = rename_group(groups, 1, "Bộ, ngành Trung ương")
    assert previous == "Cơ quan Trung ương"
    rename_group(groups, 1, previous)  # undo
    removed = remove_group(groups, 1)
    assert [g.name for g in groups] == [g.name for g in sample_groups()]
    insert_group(groups, 1, removed)  # undo
    assert groups[1] is removed


def test_group_names_must_be_unique_and_not_empty():
    groups = sample_groups()
    with pytest.raises(LinkError, match="already a group"):
        add_group(groups, "sở BAN ngành")
    with pytest.raises(LinkError, match="already a group"):
        rename_group(groups, 1, "Liên kết Websites")
    with pytest.raises(LinkError, match="empty"):
        add_group(groups, "")
    rename_group(groups, 0, "SỞ BAN NGÀNH")  # a group may change the case of its own name
    assert groups[0].name == "SỞ BAN NGÀNH"


def test_add_edit_and_remove_a_link_with_undo():
    groups = sample_groups()
    index = add_link(groups, 1, "UBND phường Tam Thanh", "tamthanh.langson.gov.vn")
    assert index == 1
    assert groups[1].links[1] == Link("UBND phường Tam Thanh", "https://tamthanh.langson.gov.vn")
    previous = edit_link(groups, 1, 1, "UBND phường Tam  Thanh ", "https://tamthanh.vn/")
    assert previous == ("UBND phường Tam Thanh", "https://tamthanh.langson.gov.vn")
    assert (groups[1].links[1].name, groups[1].links[1].url) == (
        "UBND phường Tam Thanh",
        "https://tamthanh.vn/",
    )
    edit_link(groups, 1, 1, *previous)  # undo
    removed = remove_link(groups, 1, 1)
    assert names(groups[1]) == ["UBND xã Đồng Đăng"]
    insert_link(groups, 1, 1, removed)  # undo
    assert groups[1].links[1] is removed


def test_a_bad_link_leaves_the_list_unchanged():
    groups = sample_groups()
    with pytest.raises(LinkError, match="only http and https"):
        add_link(groups, 0, "Thư", "mailto:a@b.vn")
    with pytest.raises(LinkError, match="link name is empty"):
        edit_link(groups, 0, 0, " ", "https://stp.vn")
    with pytest.raises(LinkError, match="no host name"):
        edit_link(groups, 0, 0, "Sở Tư pháp mới", "https://")
    assert shape(groups) == shape(sample_groups())


def test_move_a_link_up_and_down_within_its_group_and_undo():
    groups = sample_groups()
    move_link(groups, 0, 1, 0, 0)  # Sở Tài chính up
    assert names(groups[0]) == ["Sở Tài chính", "Sở Tư pháp", "Sở Y tế"]
    move_link(groups, 0, 0, 0, 2)  # and down to the end
    assert names(groups[0]) == ["Sở Tư pháp", "Sở Y tế", "Sở Tài chính"]
    move_link(groups, 0, 2, 0, 0)  # undo of the last move
    move_link(groups, 0, 0, 0, 1)  # undo of the first
    assert shape(groups) == shape(sample_groups())


def test_move_a_link_to_another_group_and_back():
    groups = sample_groups()
    moved = groups[0].links[2]
    move_link(groups, 0, 2, 1, 0)
    assert groups[1].links[0] is moved and names(groups[0]) == ["Sở Tư pháp", "Sở Tài chính"]
    move_link(groups, 1, 0, 2, 0)  # into the empty group
    assert groups[2].links == [moved] and not moved.visible  # its own hidden flag travels
    move_link(groups, 2, 0, 0, 2)
    assert shape(groups) == shape(sample_groups())


def test_moving_to_the_end_of_another_group_is_allowed_but_not_past_it():
    groups = sample_groups()
    move_link(groups, 0, 0, 1, 1)
    assert names(groups[1]) == ["UBND xã Đồng Đăng", "Sở Tư pháp"]
    with pytest.raises(LinkError, match="no link number 4"):
        move_link(groups, 0, 0, 1, 3)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, 3, 0, 0), "no link number 4"),  # below the last link
        ((0, -1, 0, 0), "no link number 0"),
        ((0, 0, 0, 3), "no link number 4"),  # within a group the end is len - 1
        ((0, 0, 3, 0), "no group number 4"),
        ((5, 0, 0, 0), "no group number 6"),
    ],
)
def test_moving_a_link_out_of_range_is_refused_and_changes_nothing(args, message):
    groups = sample_groups()
    with pytest.raises(LinkError, match=message):
        move_link(groups, *args)
    assert shape(groups) == shape(sample_groups())


def test_move_a_group_and_undo():
    groups = sample_groups()
    move_group(groups, 2, 0)
    assert [g.name for g in groups] == ["Liên kết Websites", "Sở ban ngành", "UBND các xã, phường"]
    move_group(groups, 0, 2)
    assert shape(groups) == shape(sample_groups())
    with pytest.raises(LinkError, match="no group number 4"):
        move_group(groups, 0, 3)
    with pytest.raises(LinkError):
        remove_group(groups, 3)
    with pytest.raises(LinkError):
        remove_link(groups, 2, 0)


def test_hide_and_show_a_group_and_a_link():
    groups = sample_groups()
    assert set_visible(groups, 0, None, False) is True
    assert groups[0].visible is False and all(link.visible for link in groups[0].links[:2])
    assert set_visible(groups, 0, 2, True) is False
    assert groups[0].links[2].visible is True
    set_visible(groups, 0, 2, False)  # undo
    set_visible(groups, 0, None, True)
    assert shape(groups) == shape(sample_groups())
    with pytest.raises(LinkError):
        set_visible(groups, 0, 3, True)


# --- Vietnamese order ----------------------------------------------------------

DEPARTMENTS_SORTED = [
    "Sở Công Thương",
    "Sở Dân tộc và Tôn giáo",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Xây dựng",
    "Sở Y tế",
]
COMMUNES_SORTED = [
    "UBND phường Đông Kinh",
    "UBND phường Hoàng Văn Thụ",
    "UBND phường Kỳ Lừa",
    "UBND phường Tam Thanh",
    "UBND xã An Bình",
    "UBND xã Ấn Bình",
    "UBND xã Ân Thi",
    "UBND xã Ba Sơn",
    "UBND xã Bắc Sơn",
    "UBND xã Cao Lộc",
    "UBND xã Chi Lăng",
    "UBND xã Dương Đông",
    "UBND xã Đình Lập",
    "UBND xã Đồng Đăng",
    "UBND xã Uông Bí",
    "UBND xã Ưng Hoè",
    "UBND xã Văn Lãng",
    "UBND xã Văn Quan",
]


@pytest.mark.parametrize("expected", [DEPARTMENTS_SORTED, COMMUNES_SORTED])
def test_sort_group_in_vietnamese_order_and_undo(expected):
    shuffled = expected[1::2] + expected[::2][::-1]
    group = LinkGroup("Nhóm", [Link(n, f"https://x{i}.vn") for i, n in enumerate(shuffled)])
    before = list(group.links)
    previous = sort_group(group)
    assert names(group) == expected
    assert previous == before
    restore_order(group, previous)
    assert names(group) == shuffled and group.links == before


def test_code_point_order_would_get_the_communes_wrong():
    assert sorted(COMMUNES_SORTED) != COMMUNES_SORTED


# An ASCII name: pytest puts it in the environment (PYTEST_CURRENT_TEST), which a
# legacy code page cannot hold with "đ" or "ư" in it.
def test_sort_places_d_before_d_stroke_u_before_u_horn_and_tones_in_order():
    group = LinkGroup(
        "Nhóm",
        [
            Link(n, "https://x.vn")
            for n in ["Ưng", "Đa", "Uy", "Da", "Mạ", "Má", "Mã", "Mả", "Mà", "Ma"]
        ],
    )
    sort_group(group)
    assert names(group) == ["Da", "Đa", "Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Uy", "Ưng"]


def test_sort_is_stable_for_both_tone_placements():
    group = LinkGroup("Nhóm", [Link("Hoà Bình", "https://a.vn"), Link("Hòa Bình", "https://b.vn")])
    sort_group(group)
    assert [link.url for link in group.links] == ["https://a.vn", "https://b.vn"]


def test_undoing_a_sort_after_the_links_changed_is_refused():
    group = sample_groups()[0]
    previous = sort_group(group)
    group.links.pop()
    with pytest.raises(LinkError, match="changed since"):
        restore_order(group, previous)


# --- CSV -----------------------------------------------------------------------


def test_export_has_a_header_a_row_per_group_and_crlf():
    text = export_csv(sample_groups())
    assert text.splitlines()[:3] == [
        "group,name,url,visible",
        "Sở ban ngành,,,yes",
        "Sở ban ngành,Sở Tư pháp,https://stp.langson.gov.vn,yes",
    ]
    assert "Liên kết Websites,,,no\r\n" in text
    assert text.count("\r\n") == 1 + 3 + 3 + 1 and "\n" not in text.replace("\r\n", "")


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("bom", [True, False])
def test_csv_round_trip_with_and_without_bom_and_each_separator(tmp_path, delimiter, bom):
    path = tmp_path / "lien-ket.csv"
    write_links_csv(sample_groups(), path, delimiter=delimiter)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8").startswith(f"group{delimiter}name{delimiter}url")
    if not bom:
        path.write_bytes(data[3:])
    result = read_links_csv(path)
    assert shape(result.groups) == shape(sample_groups())
    assert result.problems == [] and result.scheme_added == []


def test_round_trip_keeps_empty_default_groups():
    groups = [LinkGroup(name) for name in DEFAULT_LINK_GROUPS]
    assert shape(read_links_csv(export_csv(groups)).groups) == shape(groups)


def test_import_of_excel_style_text_with_crlf_quotes_and_semicolons():
    text = (
        "\ufeffGroup;Name;URL;Visible\r\n"
        '"Sở ban ngành";"Sở Văn hoá; Thể thao và Du lịch";svhttdl.langson.gov.vn;TRUE\r\n'
        '"UBND các huyện, thành phố";"UBND huyện Cao Lộc, tỉnh Lạng Sơn";https://caoloc.vn;0\r\n'
        ";;;\r\n"
        "\r\n"
    )
    result = read_links_csv(text)
    assert shape(result.groups) == [
        ("Sở ban ngành", True, [
            ("Sở Văn hoá; Thể thao và Du lịch", "https://svhttdl.langson.gov.vn", True),
        ]),
        ("UBND các huyện, thành phố", True, [
            ("UBND huyện Cao Lộc, tỉnh Lạng Sơn", "https://caoloc.vn", False),
        ]),
    ]  # fmt: skip
    assert result.scheme_added == [2]


def test_names_with_commas_and_quotes_survive_a_round_trip():
    groups = [
        LinkGroup(
            'UBND các huyện, "thành phố"',
            [Link('Báo "Lạng Sơn", điện tử', "https://baolangson.vn/?a=1&b=2")],
        )
    ]
    text = export_csv(groups)
    assert '"UBND các huyện, ""thành phố"""' in text
    assert shape(read_links_csv(text).groups) == shape(groups)


@pytest.mark.parametrize(
    ("value", "visible"),
    [
        ("1", True), ("0", False), ("true", True), ("FALSE", False), ("yes", True),
        ("No", False), ("có", True), ("Không", False), ("x", True), ("X", True), ("", False),
    ],
)  # fmt: skip
def test_visible_accepts_the_usual_spellings(value, visible):
    result = read_links_csv(f"group,name,url,visible\nG,Link,https://a.vn,{value}\n")
    assert result.groups[0].links[0].visible is visible


def test_columns_may_come_in_any_order():
    result = read_links_csv("url,visible,name,group\nhttps://a.vn,no,Trang A,Nhóm 1\n")
    assert shape(result.groups) == [("Nhóm 1", True, [("Trang A", "https://a.vn", False)])]


def test_groups_appear_in_first_seen_order_and_a_group_row_hides_its_group():
    text = (
        "group,name,url,visible\n"
        "B,b1,https://b.vn/1,yes\n"
        "A,a1,https://a.vn/1,yes\n"
        "b,b2,https://b.vn/2,yes\n"
        "A,,,no\n"
    )
    result = read_links_csv(text)
    assert shape(result.groups) == [
        ("B", True, [("b1", "https://b.vn/1", True), ("b2", "https://b.vn/2", True)]),
        ("A", False, [("a1", "https://a.vn/1", True)]),
    ]


BAD_CSV = (
    "group,name,url,visible\n"  # line 1
    "Sở ban ngành,Sở Tư pháp,https://stp.vn,yes\n"  # 2: good
    "Sở ban ngành,Sở Tài chính,https://,yes\n"  # 3: no host
    "Sở ban ngành,,https://stc.vn,yes\n"  # 4: no name
    "Sở ban ngành,Sở Y tế,https://syt.vn,maybe\n"  # 5: unknown visible
    "Sở ban ngành,Sở Xây dựng,https://sxd.vn\n"  # 6: three columns
    '"Liên kết, Websites","Cổng\n'  # 7-8: one quoted field over two lines
    'thông tin",ftp://x.vn,yes\n'
    ",Sở Nội vụ,https://snv.vn,yes\n"  # 9: no group
    "Liên kết Websites,Chính phủ,chinhphu.vn,1\n"  # 10: good, https added
    "Sở ban ngành,,,no\n"  # 11: good group row
    "Sở ban ngành,,,yes\n"  # 12: second row for the group
)
BAD_CSV_PROBLEMS = [
    "line 3: the address has no host name",
    "line 4: the link has no name",
    'line 5: the visible column says "maybe"; use yes or no (or 1/0, true/false, có/không, x/empty)',
    "line 6: the row has 3 columns instead of 4",
    "line 7: only http and https addresses can be linked",
    "line 9: the row has no group name",
    'line 12: the group "Sở ban ngành" already has a row on line 11',
]


def test_a_bad_row_makes_the_whole_import_fail_listing_every_bad_row():
    with pytest.raises(CsvImportError) as caught:
        read_links_csv(BAD_CSV)
    assert [str(p) for p in caught.value.problems] == BAD_CSV_PROBLEMS
    assert str(caught.value).splitlines() == [
        "7 rows cannot be imported, so nothing was imported:",
        *BAD_CSV_PROBLEMS,
    ]


def test_skipping_bad_rows_returns_the_good_ones_and_the_problems():
    result = read_links_csv(BAD_CSV, skip_bad_rows=True)
    assert [str(p) for p in result.problems] == BAD_CSV_PROBLEMS
    assert shape(result.groups) == [
        ("Sở ban ngành", False, [("Sở Tư pháp", "https://stp.vn", True)]),
        ("Liên kết Websites", True, [("Chính phủ", "https://chinhphu.vn", True)]),
    ]
    assert result.scheme_added == [10]


def test_several_problems_of_one_row_are_reported_together():
    with pytest.raises(CsvImportError, match="line 2: the row has no group name; the visible"):
        read_links_csv("group,name,url,visible\n,A,https://a.vn,?\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1: the first line must name the columns"),
        ("nhóm,tên,url,hiện\nA,B,https://b.vn,1\n", "line 1: the first line"),
        ("group,name,url\nA,B,https://b.vn\n", "line 1: the first line"),
        ("group,name,url,visible\n", "holds no groups or links"),
        ("group,name,url,visible\r\n,,,\r\n", "holds no groups or links"),
    ],
)
def test_files_without_a_header_or_rows_are_refused(text, message):
    with pytest.raises(CsvImportError, match=message):
        read_links_csv(text)


def test_all_rows_bad_with_skipping_still_imports_nothing():
    with pytest.raises(CsvImportError, match="holds no groups"):
        read_links_csv("group,name,url,visible\nA,B,ftp://b.vn,1\n", skip_bad_rows=True)


def test_a_file_that_is_not_utf8_is_refused_with_advice(tmp_path):
    path = tmp_path / "cu.csv"
    path.write_text("group,name,url,visible\nSở,Tư pháp,https://a.vn,1\n", encoding="utf-16")
    with pytest.raises(CsvImportError, match="CSV UTF-8"):
        read_links_csv(path)
    with pytest.raises(CsvImportError, match="cannot read"):
        read_links_csv(tmp_path / "khong-co.csv")


def test_excel_padding_columns_are_ignored():
    text = "group,name,url,visible,,\r\nA,B,https://b.vn,1,,\r\nA,C,https://c.vn,1\r\n"
    assert len(read_links_csv(text).groups[0].links) == 2


def test_imported_names_are_nfc():
    text = unicodedata.normalize(
        "NFD", "group,name,url,visible\nSở ban ngành,Sở Y tế,https://a.vn,có\n"
    )
    group = read_links_csv(text).groups[0]
    assert group.name == "Sở ban ngành" and group.links[0].name == "Sở Y tế"


HOSTILE = [
    LinkGroup(
        '=HYPERLINK("http://evil.example")',
        [
            Link("=cmd|' /C calc'!A0", "https://a.vn"),
            Link("+1+2", "https://b.vn"),
            Link("-2+3", "https://c.vn"),
            Link("@SUM(A1:A2)", "https://d.vn"),
            Link("'=already quoted", "https://e.vn"),
            Link("'apostrophe only", "https://f.vn"),
            Link('<b>Sở</b> & "Ban"', "https://g.vn/?a=1&b=2"),
        ],
    )
]


def test_export_guards_cells_a_spreadsheet_would_run():
    rows = export_csv(HOSTILE).splitlines()[1:]
    cells = [row.split(",", 2) for row in rows]
    assert all(c[0].startswith("\"'=HYPERLINK") for c in cells)
    assert [c[1] for c in cells[1:6]] == [
        "'=cmd|' /C calc'!A0", "'+1+2", "'-2+3", "'@SUM(A1:A2)", "''=already quoted",
    ]  # fmt: skip
    assert cells[6][1] == "'apostrophe only"
    assert not any(cell and cell[0] in "=+-@" for c in cells for cell in c[:2])


def test_hostile_names_round_trip_exactly(tmp_path):
    path = tmp_path / "x.csv"
    write_links_csv(HOSTILE, path)
    assert shape(read_links_csv(path).groups) == shape(HOSTILE)


def test_unguarded_formulas_in_a_handmade_file_are_kept_as_plain_names():
    result = read_links_csv("group,name,url,visible\nG,=1+1,https://a.vn,1\nG,'x,https://b.vn,1\n")
    assert names(result.groups[0]) == ["=1+1", "'x"]


# --- Merging and the store -------------------------------------------------------


def test_merge_replaces_by_default_without_touching_its_inputs():
    existing, imported = sample_groups(), [LinkGroup("Mới", [Link("A", "https://a.vn")])]
    result = merge(existing, imported)
    assert shape(result) == shape(imported) and result[0] is not imported[0]
    assert shape(existing) == shape(sample_groups())


def test_merge_without_replace_adds_new_links_and_groups():
    imported = [
        LinkGroup("SỞ BAN NGÀNH", [Link("Tư pháp", "https://STP.langson.gov.vn/"),
                                   Link("Sở Nội vụ", "https://snv.vn")], visible=False),
        LinkGroup("Báo chí", [Link("Báo Lạng Sơn", "https://baolangson.vn")]),
    ]  # fmt: skip
    result = merge(sample_groups(), imported, replace=False)
    assert [g.name for g in result] == [*(g.name for g in sample_groups()), "Báo chí"]
    assert result[0].visible is True  # the existing group keeps its setting
    assert names(result[0]) == ["Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Nội vụ"]


def test_store_round_trip_after_editing(store):
    groups = store.link_groups()
    assert [g.name for g in groups] == list(DEFAULT_LINK_GROUPS)
    assert all(g.links == [] for g in groups)  # a new store has no invented addresses
    add_link(groups, 0, "Sở Tư pháp", "stp.langson.gov.vn")
    add_link(groups, 0, "Sở Tài chính", "https://stc.langson.gov.vn")
    add_link(groups, 2, "Cổng Bộ", "https://bộnộivụ.vn")
    sort_group(groups[0])
    set_visible(groups, 0, 1, False)
    set_visible(groups, 1, None, False)
    move_group(groups, 2, 0)
    store.replace_link_groups(groups)
    assert shape(store.link_groups()) == shape(groups)


def test_csv_import_replaces_the_store_list(store, tmp_path: Path):
    path = tmp_path / "lien-ket.csv"
    write_links_csv(sample_groups(), path)
    store.replace_link_groups(merge(store.link_groups(), read_links_csv(path).groups))
    assert shape(store.link_groups()) == shape(sample_groups())
    write_links_csv(store.link_groups(), path)
    assert shape(read_links_csv(path).groups) == shape(sample_groups())


def test_a_name_with_an_unquoted_comma_is_refused_with_a_hint_to_quote_it():
    """Outside testing: "the row has 5 columns instead of 4" left the user guessing why."""
    text = (
        "group,name,url,visible\n"
        "Sở ban ngành,Bộ Nội vụ, Cục Văn thư lưu trữ,https://moha.gov.vn,yes\n"  # 2
        '"Sở ban ngành","Bộ Tư pháp, Cục Con nuôi",https://moj.gov.vn,yes\n'  # 3: quoted, fine
    )
    with pytest.raises(CsvImportError) as caught:
        read_links_csv(text)
    assert [str(p) for p in caught.value.problems] == [
        "line 2: the row has 5 columns instead of 4; a name or address with a comma in it"
        " must be in double quotes"
    ]
    # With ";" between the columns a comma is text, and a short row gets no comma hint.
    semicolons = "group;name;url;visible\nSở ban ngành;Bộ Nội vụ, Cục Văn thư;https://a.vn;yes\n"
    assert shape(read_links_csv(semicolons).groups)[0][2] == [
        ("Bộ Nội vụ, Cục Văn thư", "https://a.vn", True)
    ]
    short = "group,name,url,visible\nSở ban ngành,Bộ Nội vụ\n"
    with pytest.raises(CsvImportError) as caught:
        read_links_csv(short)
    assert str(caught.value.problems[0]) == "line 2: the row has 2 columns instead of 4"


def test_a_link_repeated_in_its_group_is_left_out_and_named():
    """Outside testing: the same link twice in the file showed twice in the portal's sidebar."""
    text = (
        "group,name,url,visible\n"
        "Bộ ngành,Bộ Nội vụ,https://moha.gov.vn,yes\n"  # 2
        "Bộ ngành,Cổng Chính phủ,https://chinhphu.vn,yes\n"  # 3
        "Bộ ngành,Bộ Nội vụ (trùng),HTTPS://MOHA.gov.vn/,yes\n"  # 4: the same address
        "Địa phương,Bộ Nội vụ,https://moha.gov.vn,yes\n"  # 5: another group may have it
        "Bộ ngành,Cổng Chính phủ,https://chinhphu.vn,yes\n"  # 6: the same row again
    )
    result = read_links_csv(text)
    assert shape(result.groups) == [
        ("Bộ ngành", True, [("Bộ Nội vụ", "https://moha.gov.vn", True),
                            ("Cổng Chính phủ", "https://chinhphu.vn", True)]),
        ("Địa phương", True, [("Bộ Nội vụ", "https://moha.gov.vn", True)]),
    ]  # fmt: skip
    assert [str(p) for p in result.repeated] == [
        'line 4: the same address as line 2 in the group "Bộ ngành"',
        'line 6: the same address as line 3 in the group "Bộ ngành"',
    ]
    assert result.problems == []  # not a bad row: nothing else is refused for it
