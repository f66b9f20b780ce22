"""The store: migrations, revisions, version codes, search, backup and check."""

import sqlite3

import pytest

from deskeditor.errors import NotFoundError, StoreError
from deskeditor.jsonio import article_from_dict, article_to_dict
from deskeditor.model import (
    DEFAULT_LINK_GROUPS,
    Article,
    Link,
    LinkGroup,
    Paragraph,
    Run,
    SiteProfile,
    Status,
)
from deskeditor.store import Store, workflow
from deskeditor.store.schema import migrations


def make(title, body_text="", **fields):
    return Article(title=title, body=[Paragraph([Run(body_text)])] if body_text else [], **fields)


def test_new_file_gets_every_migration_and_wal(tmp_path):
    path = tmp_path / "sub" / "new.db"
    with Store(path) as store:
        assert migrations.applied_names(store.conn) == migrations.names()
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert [g.name for g in store.link_groups()] == list(DEFAULT_LINK_GROUPS)
        assert all(not g.links for g in store.link_groups())
    # Opening again applies nothing twice.
    with Store(path) as store:
        assert migrations.applied_names(store.conn) == migrations.names()


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(StoreError, match="not a deskeditor store"):
        Store(path)
    assert path.read_bytes().startswith(b"this is a text file")


def test_json_to_store_to_json_is_identical(store, sample_dict):
    article_id = store.save_article(article_from_dict(sample_dict)).article_id
    assert article_to_dict(store.get_article(article_id)) == sample_dict


def test_every_save_keeps_a_revision_with_a_version_code(store):
    article = make("Tin thứ nhất", "Nội dung ban đầu")
    first = store.save_article(article)
    article.body = [Paragraph([Run("Nội dung đã sửa")])]
    second = store.save_article(article)
    assert second.new_revision and second.version_code != first.version_code
    revisions = store.revisions(first.article_id)
    assert [r.number for r in revisions] == [1, 2]
    assert revisions[1].version_code == second.version_code
    assert len(second.version_code) == 9 and second.version_code[4] == "-"
    old = store.revision_article(revisions[0].id)
    assert old.body[0].runs[0].text == "Nội dung ban đầu"


def test_saving_unchanged_content_makes_no_new_revision(store):
    article = make("Tin", "Một đoạn")
    first = store.save_article(article)
    again = store.save_article(store.get_article(first.article_id))
    assert not again.new_revision and again.version_code == first.version_code
    assert len(store.revisions(first.article_id)) == 1


def test_version_code_depends_on_content_only(tmp_path):
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        a.save_article(make("Khác", "x"))
        code_a = a.save_article(make("Tin giống nhau", "Đoạn văn")).version_code
        code_b = b.save_article(make("Tin giống nhau", "Đoạn văn")).version_code
    assert code_a == code_b


def test_restore_revision_makes_a_new_revision(store):
    article = make("Tin", "Bản một")
    store.save_article(article)
    article.body = [Paragraph([Run("Bản hai")])]
    store.save_article(article)
    first = store.revisions(article.id)[0]
    result = store.restore_revision(first.id)
    assert result.new_revision and result.version_code == first.version_code
    assert store.get_article(article.id).body[0].runs[0].text == "Bản một"
    assert len(store.revisions(article.id)) == 3


def test_editing_an_approved_article_makes_a_draft_and_voids_the_approval(store):
    article = make("Tin đã duyệt", "Nội dung")
    saved = store.save_article(article)
    store.db.execute(
        "INSERT INTO approvals (article_id, revision_id, approver_name, decision, decided_at)"
        " VALUES (?, ?, 'Nguyễn Văn An', 'approve', '2025-07-14T09:00')",
        [saved.article_id, saved.revision_id],
    )
    store.db.execute("UPDATE articles SET status = 'approved' WHERE id = ?", [saved.article_id])
    article = store.get_article(saved.article_id)
    article.body = [Paragraph([Run("Nội dung mới")])]
    result = store.save_article(article)
    assert result.approval_voided
    assert store.get_article(saved.article_id).status is Status.DRAFT
    assert all(a.voided for a in store.approvals(saved.article_id))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hoi nghi", "Hội nghị tổng kết năm"),
        ("Hội nghị", "Hội nghị tổng kết năm"),
        ("dong chi", "Đồng chí Giám đốc thăm hỏi"),
        ("duc", "Trao tặng Huân chương cho ông Đức"),
        ("DUC", "Trao tặng Huân chương cho ông Đức"),
        ("tiep nhan", "Tiếp nhận hồ sơ trực tuyến"),
    ],
)
def test_search_ignores_tones_marks_and_case(store, query, expected):
    for title in [
        "Hội nghị tổng kết năm",
        "Đồng chí Giám đốc thăm hỏi",
        "Trao tặng Huân chương cho ông Đức",
        "Tiếp nhận hồ sơ trực tuyến",
        "Lịch công tác tuần",
    ]:
        store.save_article(make(title))
    assert [s.title for s in store.search(query)] == [expected]


def test_both_tone_placements_find_each_other(store):
    store.save_article(make("Hòa giải ở cơ sở"))  # tone on o
    store.save_article(make("Hoà nhập cộng đồng"))  # tone on a
    for query in ("hoa", "hòa", "hoà"):
        assert {s.title for s in store.search(query)} == {"Hòa giải ở cơ sở", "Hoà nhập cộng đồng"}


def test_search_covers_lead_body_captions_author_tags_and_ranks_title_first(store):
    body_hit = make("Tin một", "Họp bàn về chuyển đổi số")
    title_hit = make("Chuyển đổi số trong cơ quan")
    store.save_article(body_hit)
    store.save_article(title_hit)
    store.save_article(make("Tin ba", lead="Lãnh đạo Sở dự lễ khánh thành"))
    store.save_article(make("Tin bốn", author="Phạm Thị Ngọc Ánh"))
    store.save_article(make("Tin năm", tags=["biên giới"]))
    assert [s.title for s in store.search("chuyen doi so")] == [title_hit.title, body_hit.title]
    assert [s.title for s in store.search("khanh thanh")] == ["Tin ba"]
    assert [s.title for s in store.search("ngoc anh")] == ["Tin bốn"]
    assert [s.title for s in store.search("bien gioi")] == ["Tin năm"]


def test_search_treats_operators_as_words(store):
    store.save_article(make("Tin AND OR NOT"))
    for query in ('"', "NEAR(", "a*", "-x", "title:abc", "(((", "AND"):
        store.search(query)  # no FTS syntax error reaches the user
    assert store.search("   ") == store.list_articles()


def test_list_filters_by_status_and_category(store):
    store.save_article(make("A", category="Tin tức - Sự kiện"))
    submitted = store.save_article(make("B", category="Thi đua - Khen thưởng")).article_id
    workflow.submit(store, submitted)
    assert [s.title for s in store.list_articles(status=Status.SUBMITTED)] == ["B"]
    assert [s.title for s in store.list_articles(category="Tin tức - Sự kiện")] == ["A"]
    assert [s.title for s in store.search("b", category="Thi đua - Khen thưởng")] == ["B"]


def test_a_new_category_is_added_to_the_pick_list(store):
    store.save_article(make("Tin", category="Chuyển đổi số"))
    assert store.categories()[-1] == "Chuyển đổi số"


def test_failed_save_leaves_nothing_behind(store):
    from deskeditor.model import Figure

    article = make("Tin có ảnh hỏng")
    article.body.append(Figure(caption="Ảnh", photo_id=999))
    with pytest.raises(StoreError, match=r"body\[0\]"):
        store.save_article(article)
    assert store.count_articles() == 0
    assert store.db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
    assert store.categories().count("") == 0


def test_missing_article_is_a_clear_error(store):
    with pytest.raises(NotFoundError, match="no article with id 42"):
        store.get_article(42)


def test_link_groups_and_site_profile_round_trip(store):
    groups = [
        LinkGroup("Sở ban ngành", [Link("Sở Tư pháp", "https://stp.example.gov.vn")]),
        LinkGroup(
            "Liên kết Websites",
            [Link("Cổng Chính phủ", "https://chinhphu.vn", visible=False)],
            visible=False,
        ),
    ]
    store.replace_link_groups(groups)
    loaded = store.link_groups()
    assert [(g.name, g.visible, [(k.name, k.url, k.visible) for k in g.links]) for g in loaded] == [
        ("Sở ban ngành", True, [("Sở Tư pháp", "https://stp.example.gov.vn", True)]),
        ("Liên kết Websites", False, [("Cổng Chính phủ", "https://chinhphu.vn", False)]),
    ]
    profile = SiteProfile(
        organisation_name="TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ", place_name="Lạng Sơn"
    )
    store.save_site_profile(profile)
    assert store.site_profile() == profile


def test_backup_is_a_consistent_openable_copy(store, tmp_path):
    store.save_article(make("Tin cần sao lưu", "Nội dung"))
    dest = store.backup(tmp_path / "copy.db")
    with Store(dest) as copy:
        assert [s.title for s in copy.list_articles()] == ["Tin cần sao lưu"]
        assert copy.check() == []
    assert not list(tmp_path.glob(".backup-*")) and not list(tmp_path.glob("~backup-*"))


def test_backup_into_missing_folder_is_refused(store, tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        store.backup(tmp_path / "missing" / "copy.db")


def test_check_reports_damaged_photo_data(store):
    store.db.execute(
        "INSERT INTO photos (original_name, sha256, width, height, created_at)"
        " VALUES ('a.jpg', 'abc', 1, 1, 'now')"
    )
    store.db.execute(
        "INSERT INTO photo_data VALUES (1, 'web', 'image/jpeg', 1, 1, ?, ?)",
        ["0" * 64, b"not the bytes that were hashed"],
    )
    store.db.conn.commit()
    problems = store.check()
    assert problems[0] == "photo 1 (web): the image data is damaged"
    assert "photo 1 has 1 of its 3 renditions" in problems


def test_check_reports_broken_foreign_keys(store):
    store.db.execute("PRAGMA foreign_keys = OFF")
    store.db.execute(
        "INSERT INTO revisions (article_id, number, created_at, status, version_code, content_hash, content)"
        " VALUES (77, 1, 'now', 'draft', 'X', 'x', '{}')"
    )
    store.db.conn.commit()
    assert any("revisions" in p and "articles" in p for p in store.check())


def test_listing_never_reads_image_bytes(store):
    traced = []
    store.db.conn.set_trace_callback(traced.append)
    store.list_articles()
    store.search("hoi nghi")
    assert not any("photo_data" in sql for sql in traced)


def test_store_file_is_plain_sqlite(tmp_path):
    path = tmp_path / "plain.db"
    with Store(path) as store:
        store.save_article(make("Tin"))
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title FROM articles").fetchall() == [("Tin",)]
    conn.close()


def test_saving_a_stale_copy_does_not_change_the_status(store):
    """Regression: the editor's copy said draft after the workflow had submitted it."""
    saved = store.save_article(make("Tin", "Bản một"))
    store.db.execute("UPDATE articles SET status = 'returned' WHERE id = ?", [saved.article_id])
    stale = make("Tin", "Bản hai")
    stale.id = saved.article_id  # still says Status.DRAFT
    store.save_article(stale)
    assert store.get_article(saved.article_id).status is Status.RETURNED
    assert stale.status is Status.RETURNED


def test_categories_can_be_renamed_reordered_and_removed(store):
    store.save_article(make("Tin A", category="Tin tức - Sự kiện"))
    store.save_article(make("Tin B", category="Thi đua - Khen thưởng"))
    store.rename_category("Tin tức - Sự kiện", "Tin hoạt động")
    assert store.list_articles(category="Tin hoạt động")[0].title == "Tin A"
    with pytest.raises(StoreError, match="already a category"):
        store.rename_category("Tin hoạt động", "Thi đua - Khen thưởng")
    order = list(reversed(store.categories()))
    store.reorder_categories(order)
    assert store.categories() == order
    with pytest.raises(StoreError, match="every category"):
        store.reorder_categories(order[:-1])
    assert store.category_usage("Thi đua - Khen thưởng") == 1
    store.remove_category("Thi đua - Khen thưởng", move_to="Tin hoạt động")
    assert "Thi đua - Khen thưởng" not in store.categories()
    assert {s.title for s in store.list_articles(category="Tin hoạt động")} == {"Tin A", "Tin B"}
    store.remove_category("Tin hoạt động")
    assert {s.category for s in store.list_articles()} == {""}


def test_nfd_text_is_stored_as_nfc_with_the_same_version_code(store):
    """Regression: save_article kept NFD body text, giving another version code for the same words."""
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Hội nghị Đồng chí")
    one = store.save_article(make(nfd, nfd, tags=[nfd]))
    two = store.save_article(
        make("Hội nghị Đồng chí", "Hội nghị Đồng chí", tags=["Hội nghị Đồng chí"])
    )
    assert one.version_code == two.version_code
    stored = store.get_article(one.article_id)
    assert stored.body[0].runs[0].text == unicodedata.normalize("NFC", nfd)
    assert store.revision_article(one.revision_id).title == unicodedata.normalize("NFC", nfd)


def test_check_reports_a_search_index_out_of_step(store):
    store.save_article(make("Tin"))
    store.db.execute("DELETE FROM article_search")
    store.db.conn.commit()
    assert store.check() == ["the search index holds 0 articles, the store 1"]


def test_check_reports_titles_missing_from_the_title_index(store):
    """The title index (0007) ranks every search: an article missing from it is found late."""
    first = store.save_article(make("Hội nghị tổng kết")).article_id
    store.save_article(make("Tập huấn nghiệp vụ"))
    assert store.check() == []
    store.db.execute("DELETE FROM article_titles WHERE rowid & 4294967295 = ?", [first])
    store.db.conn.commit()
    assert store.check() == [
        f"the title index lacks article {first}; searches rank it among body matches"
    ]
