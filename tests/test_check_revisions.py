"""`deskeditor check` recomputes each revision's content hash.

A revision edited behind the program's back (with the sqlite3 shell) kept its
old version code, and `check` called the store sound; an approval or an
exported page would then vouch for text nobody approved.
"""

from __future__ import annotations

import sqlite3

from samples import import_long_article

from deskeditor.cli import main
from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

DAMAGED = 3


def _two_articles(store: Store, folder) -> tuple[int, int]:
    long_id = import_long_article(store, folder)  # with photos, a table, lists
    short = Article(
        title="Hội nghị sơ kết công tác thi đua",
        body=[Paragraph([Run("Đồng chí Đặng Quốc Huy phát biểu.")])],
    )
    short_id = store.save_article(short).article_id
    short.body = [Paragraph([Run("Đồng chí Đặng Quốc Huy phát biểu tại hội nghị.")])]
    store.save_article(short)  # revision 2
    return long_id, short_id


def _check(db, capsys) -> tuple[int, list[str]]:
    status = main(["--db", str(db), "check"])
    return status, capsys.readouterr().out.splitlines()


def test_an_untouched_store_stays_clean(tmp_path, store, capsys):
    _two_articles(store, tmp_path)
    category = store.get_article(1).category
    store.rename_category(category, "Thi đua - Khen thưởng")  # revisions keep the old name
    store.close()
    status, lines = _check(store.path, capsys)
    assert (status, lines) == (0, [f"{store.path}: ok (2 articles)"])


def test_a_revision_edited_with_sqlite3_is_named(tmp_path, store, capsys):
    long_id, short_id = _two_articles(store, tmp_path)
    store.close()
    conn = sqlite3.connect(store.path)
    with conn:
        changed = conn.execute(
            "UPDATE revisions SET content = replace(content, 'Đặng Quốc Huy', 'Đặng Quốc Hùng')"
            " WHERE article_id = ? AND number = 1",
            [short_id],
        ).rowcount
        code = conn.execute(
            "SELECT version_code FROM revisions WHERE article_id = ? AND number = 1", [short_id]
        ).fetchone()[0]
    conn.close()
    assert changed == 1

    status, lines = _check(store.path, capsys)

    assert status == DAMAGED
    assert len(lines) == 2
    assert lines[0].startswith(
        f"article {short_id} revision 1 (id 2): its content does not match its version code {code}"
    )
    assert lines[1] == f"{store.path}: damaged (1 problem)"


def test_an_edited_version_code_and_unreadable_content_are_named(tmp_path, store, capsys):
    long_id, short_id = _two_articles(store, tmp_path)
    store.close()
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute(
            "UPDATE revisions SET version_code = 'AAAA-BBBB' WHERE article_id = ?", [long_id]
        )
        conn.execute(
            'UPDATE revisions SET content = \'{"title": "Bài"}\''
            " WHERE article_id = ? AND number = 2",
            [short_id],
        )
    conn.close()

    status, lines = _check(store.path, capsys)

    assert status == DAMAGED
    assert len(lines) == 3
    assert lines[0] == (
        f"article {long_id} revision 1 (id 1): its version code AAAA-BBBB"
        " does not match its content hash"
    )
    assert lines[1].startswith(
        f"article {short_id} revision 2 (id 3): its content cannot be read (KeyError: "
    )
    assert lines[2] == f"{store.path}: damaged (2 problems)"


def test_a_backup_is_not_refused_for_an_edited_revision(tmp_path, store):
    _, short_id = _two_articles(store, tmp_path)
    store.close()
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute(
            "UPDATE revisions SET content = replace(content, 'Huy', 'Hùng') WHERE article_id = ?",
            [short_id],
        )
    conn.close()
    assert main(["--db", str(store.path), "backup", str(tmp_path / "sao-luu.db")]) == 0


def test_an_article_row_edited_with_sqlite3_is_named(tmp_path, store, capsys):
    # What the window shows and the exports print is the article's row, not its revision.
    _, short_id = _two_articles(store, tmp_path)
    store.close()
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute(
            "UPDATE articles SET body = replace(body, 'Huy', 'Hùng') WHERE id = ?", [short_id]
        )
    conn.close()

    status, lines = _check(store.path, capsys)

    assert status == DAMAGED
    assert lines == [
        f"article {short_id}: its current text differs from its revision 2",
        f"{store.path}: damaged (1 problem)",
    ]
