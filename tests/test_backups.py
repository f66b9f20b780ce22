"""Automatic backups, rotation, the backup list and restore (deskeditor.backups)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import queue
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from deskeditor.backups import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    BackupError,
    auto_backup,
    backup_before_migration,
    backup_name,
    check_backup,
    copy_store,
    default_folder,
    list_backups,
    parse_name,
    restore,
    to_delete,
)
from deskeditor.errors import DeskEditorError
from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store, integrity
from deskeditor.store.lock import StoreInUseError, acquire

ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).with_name("crash_worker.py")
TODAY = dt.date(2025, 7, 16)  # a Wednesday
MORNING = dt.time(8, 30)


def add(store: Store, title: str) -> int:
    return store.save_article(
        Article(title=title, body=[Paragraph([Run(f"Nội dung {title}")])])
    ).article_id


def titles(path: Path) -> list[str]:
    with Store(path) as store:
        return sorted(summary.title for summary in store.list_articles())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


# ------------------------------------------------------------------ rotation


def _simulate(days: list[dt.date]) -> set[dt.date]:
    """Run the start-up rotation on each of *days*; return what survives."""
    kept: set[dt.date] = set()
    for day in days:
        kept.add(day)
        kept -= set(to_delete(kept, day))
        assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY
    return kept


def test_daily_use_for_sixty_days_keeps_seven_days_and_four_weeks():
    days = [TODAY - dt.timedelta(days=n) for n in range(59, -1, -1)]
    kept = _simulate(days)
    daily = {TODAY - dt.timedelta(days=n) for n in range(7)}  # Thu 10/7 .. Wed 16/7
    # Thu 10/7 is in the ISO week of Mon 7/7, already covered by a daily copy;
    # the weekly copies are the Sundays (newest day) of the four weeks before it.
    sundays = {
        dt.date(2025, 7, 6),
        dt.date(2025, 6, 29),
        dt.date(2025, 6, 22),
        dt.date(2025, 6, 15),
    }
    assert kept == daily | sundays
    assert all(day.isoweekday() == 7 for day in sundays)


def test_rotation_is_by_backups_not_calendar_so_a_long_absence_keeps_copies():
    # Used in spring, then not for two months: the old copies are all there is.
    spring = [dt.date(2025, 4, 1) + dt.timedelta(days=n) for n in range(40)]
    # Daily: 4/5 (a Sunday) .. 10/5; 3/5 shares 4/5's week; then four Sundays before.
    weekly = {dt.date(2025, 4, 27), dt.date(2025, 4, 20), dt.date(2025, 4, 13), dt.date(2025, 4, 6)}
    assert to_delete(spring, TODAY) == sorted(set(spring) - set(spring[-7:]) - weekly)
    assert len(set(spring) - set(to_delete(spring, TODAY))) == KEEP_DAILY + KEEP_WEEKLY


def test_rotation_with_gaps_keeps_the_newest_of_each_week():
    dates = [
        dt.date(2025, 7, 16), dt.date(2025, 7, 14),  # this week
        dt.date(2025, 7, 9), dt.date(2025, 7, 8),
        dt.date(2025, 7, 1), dt.date(2025, 6, 30),
        dt.date(2025, 6, 20), dt.date(2025, 6, 18), dt.date(2025, 6, 16),
        dt.date(2025, 6, 11), dt.date(2025, 6, 3), dt.date(2025, 5, 28), dt.date(2025, 5, 21),
        dt.date(2025, 5, 14),
    ]  # fmt: skip
    deleted = to_delete(dates, TODAY)
    kept = set(dates) - set(deleted)
    assert set(dates[:7]) <= kept  # the seven newest, whatever their age
    # 18/6 and 16/6 share 20/6's week, which a daily copy covers; then one per week.
    weekly = {dt.date(2025, 6, 11), dt.date(2025, 6, 3), dt.date(2025, 5, 28), dt.date(2025, 5, 21)}
    assert kept - set(dates[:7]) == weekly
    assert deleted == [dt.date(2025, 5, 14), dt.date(2025, 6, 16), dt.date(2025, 6, 18)]
    assert deleted == sorted(deleted)


def test_rotation_never_deletes_future_dates_and_handles_duplicates():
    future = TODAY + dt.timedelta(days=30)
    dates = [future, TODAY, TODAY, *[TODAY - dt.timedelta(days=n) for n in range(1, 30)]]
    deleted = to_delete(dates, TODAY)
    assert future not in deleted and TODAY not in deleted
    assert to_delete([], TODAY) == []
    assert to_delete([TODAY], TODAY) == []


def test_backup_names_carry_date_and_time():
    when = dt.datetime(2025, 7, 16, 8, 30, 5)
    assert backup_name(when) == "deskeditor-20250716-083005.db"
    assert parse_name("deskeditor-20250716-083005.db") == ("daily", when)
    assert parse_name("deskeditor-20250716-083005-2.db") == ("daily", when)
    assert parse_name("truoc-khoi-phuc-20250716-083005.db") == ("restore", when)
    assert parse_name("truoc-nang-cap-20250716-083005.db") == ("migration", when)
    assert parse_name("deskeditor-20251316-083005.db") is None
    assert parse_name("ghi-chu.txt") is None


# ------------------------------------------------------------------ automatic backups


def test_default_folder_is_next_to_the_store(tmp_path):
    assert default_folder(tmp_path / "kho.db") == tmp_path / "backups"


def test_auto_backup_once_a_day_then_rotated_over_sixty_days(store):
    add(store, "Bài một")
    folder = default_folder(store.path)
    first = auto_backup(store, now=dt.datetime.combine(TODAY, MORNING))
    assert first == folder / "deskeditor-20250716-083000.db"
    assert titles(first) == ["Bài một"]
    add(store, "Bài hai")
    assert auto_backup(store, now=dt.datetime(2025, 7, 16, 17, 0)) is None  # today's exists
    assert len(list(folder.iterdir())) == 1
    for n in range(1, 60):
        day = TODAY + dt.timedelta(days=n)
        made = auto_backup(store, now=dt.datetime.combine(day, MORNING))
        assert made is not None and made.exists()
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == KEEP_DAILY + KEEP_WEEKLY
    last = TODAY + dt.timedelta(days=59)
    assert names[-1] == f"deskeditor-{last:%Y%m%d}-083000.db"
    assert not [name for name in names if name.startswith((".", "~"))]  # no temporary files left


def test_auto_backup_by_path_runs_on_a_background_thread(store):
    """The window can back up without waiting: the path form opens its own connection."""
    add(store, "Bài một")
    results: list[Path | None] = []
    worker = threading.Thread(
        target=lambda: results.append(
            auto_backup(store.path, now=dt.datetime.combine(TODAY, MORNING))
        )
    )
    worker.start()
    add(store, "Bài hai")  # the window keeps working meanwhile
    worker.join(timeout=60)
    assert results and results[0] is not None
    assert "Bài một" in titles(results[0])
    assert auto_backup(store.path, now=dt.datetime.combine(TODAY, dt.time(18))) is None


def test_auto_backup_into_a_chosen_folder(store, tmp_path):
    add(store, "Bài một")
    chosen = tmp_path / "o-dia-khac" / "sao-luu"
    made = auto_backup(store, chosen, now=dt.datetime.combine(TODAY, MORNING))
    assert made is not None and made.parent == chosen
    assert not default_folder(store.path).exists()


def test_auto_backup_where_a_file_blocks_the_folder_is_one_clear_error(store, tmp_path):
    blocker = tmp_path / "khong-phai-thu-muc"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        auto_backup(store, blocker, now=dt.datetime.combine(TODAY, MORNING))
    assert isinstance(caught.value, DeskEditorError)
    assert "\n" not in str(caught.value) and str(blocker) in str(caught.value)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_auto_backup_into_a_read_only_folder(store, tmp_path):  # pragma: no cover - not root
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(BackupError, match="chi-doc"):
            auto_backup(store, folder, now=dt.datetime.combine(TODAY, MORNING))
    finally:
        folder.chmod(0o755)


def _sound_copy(copy: Path) -> int:
    """Assert *copy* is a sound store with no half-saved article; return its article count."""
    check_backup(copy)
    with Store(copy) as opened:
        # The structure only: the writer's rows stand for saves but carry no real content
        # (Store.check would also hash each revision's content again).
        assert integrity.problems(opened.conn) == []
        broken = opened.db.execute(
            "SELECT count(*) FROM articles a LEFT JOIN revisions r"
            " ON r.id = a.current_revision_id AND r.article_id = a.id WHERE r.id IS NULL"
        ).fetchone()[0]
        assert broken == 0
        searchable = opened.db.execute("SELECT count(*) FROM article_search").fetchone()[0]
        assert searchable == opened.count_articles()
        return opened.count_articles()


def test_store_backup_is_consistent_while_another_connection_writes(store, tmp_path):
    """Store.backup() copies taken while a second connection commits are each whole."""
    add(store, "Bài đầu")
    stop = threading.Event()
    written = []

    def write() -> None:
        # A second connection doing what a save does, in one transaction each time.
        conn = sqlite3.connect(store.path, timeout=30, isolation_level=None)
        number = 0
        while not stop.is_set():
            number += 1
            conn.execute("BEGIN IMMEDIATE")
            article = conn.execute(
                "INSERT INTO articles (title, created_at, updated_at) VALUES (?, 'x', 'x')",
                [f"Bài {number}"],
            ).lastrowid
            revision = conn.execute(
                "INSERT INTO revisions (article_id, number, created_at, status, version_code,"
                " content_hash, content) VALUES (?, 1, 'x', 'draft', 'AAAA-0000', 'h', '{}')",
                [article],
            ).lastrowid
            conn.execute(
                "UPDATE articles SET current_revision_id = ? WHERE id = ?", [revision, article]
            )
            conn.execute(
                "INSERT INTO article_search (rowid, title) VALUES (?, ?)", [article, "bai"]
            )
            # No date, so its place in the title index (ORDER_KEY) is its id.
            conn.execute(
                "INSERT INTO article_titles (rowid, title) VALUES (?, ?)", [article, "bai"]
            )
            conn.execute("COMMIT")
            written.append(number)
        conn.close()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        copies = []
        for number in range(8):
            while len(written) < 20 * (number + 1) and writer.is_alive():
                threading.Event().wait(0.005)
            copies.append(store.backup(tmp_path / f"copy-{number}.db"))
    finally:
        stop.set()
        writer.join(timeout=60)
    counts = [_sound_copy(copy) for copy in copies]
    assert counts == sorted(counts) and counts[-1] > counts[0] > 1


def test_copy_of_a_store_another_process_is_writing_is_consistent(tmp_path):
    """copy_store() reads read-only while a worker process saves and imports for real."""
    path = tmp_path / "kho.db"
    with Store(path) as store:
        add(store, "Bài đầu")
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), "run", str(path), "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    lines: queue.Queue[bytes] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in worker.stdout], daemon=True
    ).start()
    try:
        assert lines.get(timeout=60).strip() == b"ready"
        copies = []
        for number in range(8):
            while lines.qsize() < 5 * (number + 1):  # let the worker commit some more
                if worker.poll() is not None:
                    pytest.fail(worker.stderr.read().decode())
                threading.Event().wait(0.01)
            copies.append(copy_store(path, tmp_path / f"copy-{number}.db"))
    finally:
        worker.kill()
        worker.wait(timeout=60)
    counts = [_sound_copy(copy) for copy in copies]
    assert counts == sorted(counts) and counts[-1] > counts[0]


def test_copy_store_errors_are_one_line(tmp_path):
    with pytest.raises(BackupError, match="there is no store"):
        copy_store(tmp_path / "khong-co.db", tmp_path)
    (tmp_path / "kho.db").write_bytes(b"")
    with pytest.raises(BackupError, match="does not exist"):
        copy_store(tmp_path / "kho.db", tmp_path / "khong-co" / "x.db")


# ------------------------------------------------------------------ before a migration


def _roll_back_last_migration(path: Path) -> None:
    """Make *path* look like a store written by the previous version."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE recovery")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_recovery'")
    conn.commit()
    conn.close()


def test_a_store_with_pending_migrations_is_copied_before_they_run(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        add(store, "Bài cũ")
    _roll_back_last_migration(path)
    copy = backup_before_migration(path, now=dt.datetime.combine(TODAY, MORNING))
    assert copy == tmp_path / "backups" / "truoc-nang-cap-20250716-083000.db"
    with Store(path) as store:  # now the migration runs
        assert store.db["recovery"].exists()
    conn = sqlite3.connect(copy)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "recovery" not in tables and "articles" in tables
    assert conn.execute("SELECT title FROM articles").fetchall() == [("Bài cũ",)]
    conn.close()
    assert backup_before_migration(path) is None  # nothing pending any more


def test_no_migration_copy_for_new_empty_or_foreign_files(tmp_path):
    assert backup_before_migration(tmp_path / "chua-co.db") is None
    (tmp_path / "rong.db").write_bytes(b"")
    assert backup_before_migration(tmp_path / "rong.db") is None
    (tmp_path / "rac.db").write_bytes(b"not a database at all" * 100)
    assert backup_before_migration(tmp_path / "rac.db") is None
    sqlite3.connect(tmp_path / "trong.db").close()
    assert backup_before_migration(tmp_path / "trong.db") is None
    assert not (tmp_path / "backups").exists()


# ------------------------------------------------------------------ listing


def test_list_shows_date_size_and_article_count_and_marks_damaged_files(store, tmp_path):
    folder = tmp_path / "backups"
    add(store, "Bài một")
    add(store, "Bài hai")
    auto_backup(store, now=dt.datetime(2025, 7, 15, 8, 0))
    add(store, "Bài ba")
    auto_backup(store, now=dt.datetime(2025, 7, 16, 8, 0))
    (folder / "deskeditor-20250714-080000.db").write_bytes(b"\x00" * 4096)
    (folder / "deskeditor-20250713-080000.db").write_bytes(b"")
    good = (folder / "deskeditor-20250716-080000.db").read_bytes()
    (folder / "deskeditor-20250712-080000.db").write_bytes(good[: len(good) // 2])
    (folder / "ghi-chu.txt").write_text("không phải bản sao", encoding="utf-8")
    listed = list_backups(folder)
    assert [info.path.name for info in listed] == [
        "deskeditor-20250716-080000.db",
        "deskeditor-20250715-080000.db",
        "deskeditor-20250714-080000.db",
        "deskeditor-20250713-080000.db",
        "deskeditor-20250712-080000.db",
    ]
    newest, older, zeros, empty, truncated = listed
    assert (newest.articles, older.articles) == (3, 2)
    assert newest.taken_at == dt.datetime(2025, 7, 16, 8, 0) and newest.date == dt.date(2025, 7, 16)
    assert newest.size == len(good) and newest.kind == "daily" and not newest.damaged
    for broken in (zeros, empty, truncated):
        assert broken.damaged and broken.articles is None and broken.problem
    assert list_backups(tmp_path / "khong-co") == []


# ------------------------------------------------------------------ restore


@pytest.fixture
def restorable(tmp_path):
    """A store with two articles, a backup of it, then a third article added."""
    path = tmp_path / "kho.db"
    with Store(path) as store:
        add(store, "Bài một")
        add(store, "Bài hai")
        backup = auto_backup(store, now=dt.datetime.combine(TODAY, MORNING))
        add(store, "Bài ba")
    return path, backup


def test_restore_keeps_a_copy_of_what_it_replaces(restorable):
    path, backup = restorable
    safety = restore(path, backup, now=dt.datetime(2025, 7, 16, 9, 15))
    assert safety == path.parent / "backups" / "truoc-khoi-phuc-20250716-091500.db"
    assert titles(path) == ["Bài hai", "Bài một"]
    assert titles(safety) == ["Bài ba", "Bài hai", "Bài một"]
    with Store(path) as store:
        assert store.check() == []
        add(store, "Bài bốn")  # the restored store is writable as usual
    kinds = {info.path.name: info.kind for info in list_backups(path.parent / "backups")}
    assert kinds[safety.name] == "restore"


def test_restore_recovers_what_a_crash_left_in_the_wal_into_the_safety_copy(restorable):
    """A store killed mid-session has committed work only in its -wal: it must not be lost."""
    path, backup = restorable
    code = (
        "import os, sys\n"
        "from deskeditor.store import Store\n"
        "from deskeditor.model import Article\n"
        "s = Store(sys.argv[1]); s.save_article(Article(title='Bài trong WAL'))\n"
        "os._exit(0)\n"  # no close: the commit stays in the -wal file
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=_env(), timeout=60)
    assert Path(f"{path}-wal").exists()
    safety = restore(path, backup)
    assert "Bài trong WAL" in titles(safety)
    assert titles(path) == ["Bài hai", "Bài một"]  # the old -wal was not replayed into it


def test_restore_over_a_store_sqlite_cannot_read_keeps_its_bytes(restorable):
    """A damaged store is what restore is for; its bytes are still kept, as they were."""
    path, backup = restorable
    damaged = b"this store was overwritten by something else " * 200
    path.write_bytes(damaged)
    safety = restore(path, backup)
    assert safety is not None and safety.read_bytes() == damaged
    assert titles(path) == ["Bài hai", "Bài một"]


def test_restore_where_there_was_no_store(tmp_path, restorable):
    _, backup = restorable
    target = tmp_path / "moi" / "kho.db"
    target.parent.mkdir()
    assert restore(target, backup) is None
    assert titles(target) == ["Bài hai", "Bài một"]


def _not_a_store(tmp_path: Path) -> Path:
    path = tmp_path / "khac.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    return path


def _corrupted(tmp_path: Path, backup: Path) -> Path:
    path = tmp_path / "hong.db"
    data = bytearray(backup.read_bytes())
    for offset in range(4096 + 100, len(data), 997):  # keep the header, ruin the pages
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _newer(tmp_path: Path, backup: Path) -> Path:
    path = tmp_path / "moi-hon.db"
    path.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('deskeditor', '9999_future', 'x')"
    )
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp, backup: tmp / "khong-co.db", "does not exist"),
        (lambda tmp, backup: tmp, "is not a file"),
        (lambda tmp, backup: (tmp / "rong.db", (tmp / "rong.db").write_bytes(b""))[0], "is empty"),
        (
            lambda tmp, backup: (
                tmp / "anh.db",
                (tmp / "anh.db").write_bytes(b"\xff\xd8\xff" * 999),
            )[0],
            "not an SQLite database",
        ),
        (
            lambda tmp, backup: (
                tmp / "cut.db",
                (tmp / "cut.db").write_bytes(backup.read_bytes()[:6000]),
            )[0],
            "damaged",
        ),
        (_corrupted, "damaged"),
        (lambda tmp, backup: _not_a_store(tmp), "not a deskeditor store"),
        (_newer, "newer version"),
    ],
    ids=["missing", "folder", "empty", "jpeg", "truncated", "corrupted", "other-db", "newer"],
)
def test_restore_refuses_a_bad_backup_and_leaves_the_store_alone(
    restorable, tmp_path, make, reason
):
    path, backup = restorable
    bad = make(tmp_path, backup)
    before = digest(path)
    backups_before = sorted(p.name for p in (tmp_path / "backups").iterdir())
    with pytest.raises(BackupError) as caught:
        restore(path, bad)
    message = str(caught.value)
    assert reason in message and "\n" not in message
    assert digest(path) == before
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == backups_before
    assert titles(path) == ["Bài ba", "Bài hai", "Bài một"]


def test_restore_refuses_the_store_itself(restorable):
    path, _ = restorable
    with pytest.raises(BackupError, match="the store itself"):
        restore(path, path)


def test_restore_is_refused_while_another_process_has_the_store(restorable):
    path, backup = restorable
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom deskeditor.store.lock import acquire\n"
            "lock = acquire(sys.argv[1]); print('locked', flush=True); time.sleep(120)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        env=_env(),
    )
    try:
        assert holder.stdout.readline().strip() == b"locked"
        before = digest(path)
        with pytest.raises(StoreInUseError, match=f"process {holder.pid} "):
            restore(path, backup)
        assert digest(path) == before
    finally:
        holder.kill()
        holder.wait(timeout=60)
    acquire(path, wait=10).release()  # the killed holder left no stale lock
    restore(path, backup)
    assert titles(path) == ["Bài hai", "Bài một"]


def test_restore_into_an_unwritable_folder_is_one_clear_error(restorable, monkeypatch):
    path, backup = restorable
    before = digest(path)
    real = tempfile.mkstemp

    def refuse(*args, **kwargs):
        if Path(kwargs.get("dir", "")) == path.parent:
            raise PermissionError(13, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(BackupError) as caught:
        restore(path, backup)
    assert "Permission denied" in str(caught.value) and "\n" not in str(caught.value)
    assert digest(path) == before
    assert not [p for p in path.parent.iterdir() if p.name.startswith((".restore-", "~restore-"))]


def test_restore_when_the_safety_copy_cannot_be_written_restores_nothing(restorable, monkeypatch):
    path, backup = restorable
    before = digest(path)
    real = tempfile.mkstemp

    def refuse(*args, **kwargs):
        if Path(kwargs.get("dir", "")).name == "backups":
            raise PermissionError(13, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(BackupError, match="nothing was restored"):
        restore(path, backup)
    assert digest(path) == before


def test_check_backup_counts_articles(restorable):
    _, backup = restorable
    assert check_backup(backup) == 2


def test_a_manual_backup_is_listed_as_manual_and_left_by_the_rotation(tmp_path):
    from deskeditor.backups import manual_backup

    path = tmp_path / "kho.db"
    with Store(path) as store:
        store.save_article(Article(title="Bài sao lưu thủ công"))
    folder = tmp_path / "sao-luu"
    made = manual_backup(path, folder, dt.datetime(2026, 1, 5, 9, 30))
    assert made.name == "thu-cong-20260105-093000.db"
    for day in range(6, 31):  # a month of daily copies afterwards
        auto_backup(path, folder, dt.datetime(2026, 1, day, 8, 0))
    listed = {info.path.name: info for info in list_backups(folder)}
    assert listed[made.name].kind == "manual" and listed[made.name].articles == 1


def test_the_start_up_backup_removes_copies_a_killed_one_left(store, tmp_path):
    from deskeditor.tempcopies import clean_stale_temps

    folder = tmp_path / "backups"
    auto_backup(store, now=dt.datetime.combine(TODAY, MORNING))
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    left = folder / f"~backup-{int(gone.stdout)}-abcd1234.tmp"
    left.write_bytes(b"\0" * 4096)
    dotted = folder / f".backup-{int(gone.stdout)}-efgh5678.tmp"  # as version 0.1 named it
    dotted.write_bytes(b"\0" * 4096)
    legacy = folder / ".backup-k2j4h5g6.tmp"  # an older version's name: no process id
    legacy.write_bytes(b"\0" * 4096)
    assert auto_backup(store, now=dt.datetime.combine(TODAY, dt.time(18))) is None  # no new copy
    assert not left.exists() and not dotted.exists()
    assert legacy.exists()  # the legacy one is too recent to be abandoned
    later = dt.datetime.now() + dt.timedelta(hours=2)
    assert clean_stale_temps(folder, now=later) == [legacy]
