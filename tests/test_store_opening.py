"""Opening a store: reading leaves no trace; writing is refused by name where it must be."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from deskeditor.errors import (
    NotAStoreError,
    StoreDamagedError,
    StoreError,
    StoreMissingError,
    StoreNeedsUpgradeError,
    StoreReadOnlyError,
    StoreTooNewError,
)
from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """The file's bytes and mode, and whatever lies beside it."""
    beside = sorted(p.name for p in path.parent.iterdir() if p != path)
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mode, beside


def make_store(path: Path, journal: str = "wal") -> Path:
    with Store(path) as store:
        store.save_article(Article(title="Hội nghị sơ kết", body=[Paragraph([Run("Nội dung.")])]))
    if journal != "wal":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.close()
    return path


def make_old(path: Path) -> None:
    """Make *path* look like a store written before migrations 0002 and 0003."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE recovery")
    conn.execute("DROP INDEX approvals_revision")
    for table, column in (
        ("articles", "submitted_at"),
        ("articles", "portal_published_at"),
        ("revisions", "published_at"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0002_workflow', '0003_recovery')")
    conn.commit()
    conn.close()


def make_future(path: Path) -> None:
    """Make *path* look like a store a newer version has migrated."""
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('deskeditor', '0099_future', '2030-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_reading_leaves_the_file_and_its_folder_as_they_were(tmp_path, journal):
    path = make_store(tmp_path / "kho.db", journal)
    os.chmod(path, 0o664)
    before = fingerprint(path)
    with Store(path, snapshot=True) as store:
        assert [row.title for row in store.list_articles()] == ["Hội nghị sơ kết"]
        assert store.search("hoi nghi") and store.check() == []
    assert fingerprint(path) == before  # bytes, mode, no -wal/-shm/lock, journal mode kept


def test_a_store_open_for_writing_is_read_through_sqlite_locks(tmp_path):
    path = make_store(tmp_path / "kho.db")
    with Store(path) as writer, Store(path, snapshot=True) as reader:
        assert not reader.immutable  # the writer's -wal/-shm are there: share them
        writer.save_article(Article(title="Bài mới"))
        assert reader.count_articles() == 2
        assert not reader.changed_while_open()


def test_a_snapshot_notices_a_program_that_wrote_meanwhile(tmp_path):
    path = make_store(tmp_path / "kho.db")
    with Store(path, snapshot=True) as reader:
        assert reader.immutable
        with Store(path) as writer:
            writer.save_article(Article(title="Bài mới"))
        assert reader.changed_while_open()


def test_a_missing_store_is_an_error_and_nothing_is_created(tmp_path):
    with pytest.raises(StoreMissingError, match="there is no store at"):
        Store(tmp_path / "sai" / "kho.db", snapshot=True)
    with pytest.raises(StoreMissingError):
        Store(tmp_path / "sai" / "kho.db", create=False)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_or_a_foreign_one_is_not_a_store_and_stays_as_it_was(tmp_path):
    empty = tmp_path / "rong.db"
    empty.write_bytes(b"")
    with pytest.raises(NotAStoreError, match="is not a deskeditor store .the file is empty"):
        Store(empty, snapshot=True)
    assert empty.read_bytes() == b""
    text = tmp_path / "ghi-chu.db"
    text.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    for read_only in (True, False):
        with pytest.raises(NotAStoreError, match="not an SQLite database"):
            Store(text, read_only=read_only)
    other = tmp_path / "khac.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE khach_hang (ten TEXT)")
    conn.close()
    with pytest.raises(NotAStoreError, match="another program's tables"):
        Store(other)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ghi-chu.db", "khac.db", "rong.db"]


def test_a_read_only_store_refuses_writes_by_name(tmp_path):
    path = make_store(tmp_path / "kho.db")
    before = fingerprint(path)
    for store in (Store(path, read_only=True), Store(path, snapshot=True)):
        with store, pytest.raises(StoreReadOnlyError, match="the store .* is open read-only"):
            store.save_article(Article(title="Không được lưu"))
        with Store(path, snapshot=True) as again, pytest.raises(StoreReadOnlyError):
            again.ensure_category("Chuyên mục mới")
    assert fingerprint(path)[:2] == before[:2]


def test_a_store_from_a_newer_version_is_read_only(tmp_path):
    path = make_store(tmp_path / "kho.db")
    make_future(path)
    before = fingerprint(path)
    with pytest.raises(StoreTooNewError, match="newer version of deskeditor .it has 0099_future"):
        Store(path)
    with Store(path, snapshot=True) as store:
        assert store.count_articles() == 1
        assert any("newer version" in warning for warning in store.warnings)
    assert fingerprint(path) == before


def test_a_store_that_needs_migrating_is_read_where_it_can_be(tmp_path):
    path = make_store(tmp_path / "kho.db", journal="delete")
    make_old(path)
    before = fingerprint(path)
    with Store(path, snapshot=True) as store:
        assert store.pending_migrations == ["0002_workflow", "0003_recovery"]
        assert store.count_articles() == 1
        with pytest.raises(sqlite3.OperationalError) as raised:
            store.recoveries()
        error = store.translate_error(raised.value)
        assert isinstance(error, StoreNeedsUpgradeError)
        assert "needs upgrading (0002_workflow, 0003_recovery)" in str(error)
    assert fingerprint(path) == before
    with Store(path) as store:  # opening it for writing upgrades it
        assert store.recoveries() == []


def test_a_malformed_store_is_not_written(tmp_path):
    path = make_store(tmp_path / "kho.db", journal="delete")
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 4096 + 16] = (
        b"\xff" * 8
    )  # the second page's header: a b-tree SQLite cannot walk
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    with pytest.raises(StoreDamagedError, match="is damaged"):
        Store(path)
    assert fingerprint(path) == before


def test_an_unwritable_file_or_folder_is_refused_in_words(tmp_path, monkeypatch):
    # Root ignores file modes, so the answer of the file system is simulated.
    path = make_store(tmp_path / "kho.db")
    before = fingerprint(path)
    real_access = os.access

    def read_only_file(target, mode, **kwargs):
        return False if mode == os.W_OK and Path(target) == path else real_access(target, mode)

    monkeypatch.setattr(os, "access", read_only_file)
    with pytest.raises(StoreReadOnlyError, match="the file is read-only"):
        Store(path)

    def read_only_folder(target, mode, **kwargs):
        return False if mode == os.W_OK and Path(target) == tmp_path else real_access(target, mode)

    monkeypatch.setattr(os, "access", read_only_folder)
    with pytest.raises(StoreReadOnlyError, match="its folder .* is read-only"):
        Store(path)
    with Store(path, snapshot=True) as store:  # reading needs nothing written
        assert store.count_articles() == 1
    assert fingerprint(path) == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_store_in_a_read_only_folder_can_be_read(tmp_path):  # pragma: no cover - not root
    path = make_store(tmp_path / "kho" / "kho.db")
    before = fingerprint(path)
    path.parent.chmod(0o555)
    try:
        with Store(path, snapshot=True) as store:
            assert store.count_articles() == 1
        with pytest.raises(StoreReadOnlyError):
            Store(path)
    finally:
        path.parent.chmod(0o755)
    assert fingerprint(path) == before


def test_a_write_cut_off_in_a_rollback_journal_is_named_and_finished_by_a_writer(tmp_path):
    import subprocess
    import sys

    path = make_store(tmp_path / "kho.db", journal="delete")
    cut_off = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA cache_size = 1')\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "for i in range(200):\n"
        "    conn.execute('INSERT INTO categories (name) VALUES (?)', [f'{i}' + 'y' * 3000])\n"
        "os._exit(0)  # killed in the middle: the journal stays\n"
    )
    subprocess.run([sys.executable, "-c", cut_off, str(path)], check=True)
    assert Path(f"{path}-journal").exists()
    with pytest.raises(StoreError, match="holds a write that was cut off .kho.db-journal"):
        Store(path, snapshot=True)
    with Store(path) as store:  # a writer rolls the cut-off write back
        assert store.count_articles() == 1 and store.check() == []


@pytest.mark.unicode_paths  # a POSIX path is encoded in the file system's encoding
def test_sqlite_uris_of_local_and_network_paths():
    from pathlib import PurePosixPath, PureWindowsPath

    from deskeditor.store.opening import sqlite_uri

    assert sqlite_uri(PurePosixPath("/srv/Tin bài/kho.db"), "mode=ro") == (
        "file:///srv/Tin%20b%C3%A0i/kho.db?mode=ro"
    )
    assert sqlite_uri(PureWindowsPath(r"C:\Dữ liệu\kho.db"), "mode=ro") == (
        "file:///C:/D%E1%BB%AF%20li%E1%BB%87u/kho.db?mode=ro"
    )
    # SQLite refuses a URI authority; a network share keeps it empty.
    assert sqlite_uri(PureWindowsPath(r"\\may-chu\chung\kho.db"), "mode=ro") == (
        "file:////may-chu/chung/kho.db?mode=ro"
    )


# ------------------------------------------------------------ the window's read-only mode


@pytest.mark.parametrize("mode", [0o664, 0o444])
def test_opening_read_only_leaves_nothing_beside_the_store(tmp_path, mode):
    # The window opens a store read-only when another copy holds it, or when the file
    # is read-only; SQLite's mode=ro made -wal and -shm there and left them.
    path = make_store(tmp_path / "kho.db")
    os.chmod(path, mode)
    before = fingerprint(path)
    with Store(path, read_only=True) as store:
        assert [row.title for row in store.list_articles()] == ["Hội nghị sơ kết"]
        assert store.search("hoi nghi")
    assert fingerprint(path) == before


def test_a_file_nobody_may_write_is_read_without_side_files_even_while_open(tmp_path, monkeypatch):
    # Root ignores file modes, so the answer of the file system is simulated.
    path = make_store(tmp_path / "kho.db")
    before = fingerprint(path)
    real_access = os.access

    def read_only_file(target, mode, **kwargs):
        return False if mode == os.W_OK and Path(target) == path else real_access(target, mode)

    monkeypatch.setattr(os, "access", read_only_file)
    with Store(path, read_only=True) as store:
        assert store.immutable and store.count_articles() == 1
        assert fingerprint(path) == before
    assert fingerprint(path) == before


def test_a_reader_that_outlives_the_writer_leaves_its_saves_in_the_store(tmp_path):
    path = make_store(tmp_path / "kho.db")
    writer = Store(path)
    reader = Store(path, read_only=True)  # the second copy of the window
    writer.save_article(Article(title="Bài mới"))
    assert reader.count_articles() == 2
    writer.close()  # SQLite leaves -wal/-shm while the reader still has them
    reader.close()
    assert fingerprint(path)[2] == []  # nothing beside the store
    with Store(path, snapshot=True) as store:  # the save is in the file itself
        assert store.immutable and store.count_articles() == 2


def test_a_reader_closing_while_the_writer_works_leaves_the_writer_its_files(tmp_path):
    path = make_store(tmp_path / "kho.db")
    with Store(path) as writer:
        with Store(path, read_only=True) as reader:
            assert reader.count_articles() == 1
        writer.save_article(Article(title="Bài mới"))  # its -wal and -shm are still there
        assert writer.count_articles() == 2
    assert fingerprint(path)[2] == []
