"""Issue 12: the store is opened and read without sqlite-utils, which loads at the first write.

Importing sqlite-utils (with click, dateutil and pluggy behind it) alone made
a bare window 1.5 times slower to show. Opening a store, listing it and
reading an article need only SQLite. Each check runs in a fresh interpreter,
which is what a start is; tests/test_startup_imports.py checks the window.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from deskeditor.model import Article, Figure, Paragraph, Run
from deskeditor.photos import ingest_bytes
from deskeditor.store import Store
from deskeditor.store.schema import migrations

# What sqlite-utils brings, and nothing opening or reading a store needs.
SQLITE_UTILS_AND_ITS_OWN = ["click", "dateutil", "pluggy", "sqlite_fts4", "sqlite_utils"]
# Nor these: for saving (OpenSSL's hashes), copies, the spell checker, legacy text.
NOT_FOR_READING = [
    "hashlib",
    "socket",
    "deskeditor.safeio",
    "deskeditor.store.copies",
    "deskeditor.store.integrity",
    "deskeditor.text.legacy",
    "deskeditor.text.spelling",
]

_LOADED = """
import json, sys

def loaded():
    return sorted(name for name in sys.argv[2:] if name in sys.modules)
"""


def _run(code: str, store: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _LOADED + textwrap.dedent(code), str(store)]
        + SQLITE_UTILS_AND_ITS_OWN
        + NOT_FOR_READING,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 110, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    """A store with three articles, the newest with a photo, as the window finds it at a start."""
    path = tmp_path / "kho.db"
    with Store(path) as store:
        photo_id = store.add_photo(ingest_bytes(_jpeg(), "hoi-nghi.jpg"))
        for number in range(1, 4):
            body = [Paragraph([Run(f"Nội dung bài số {number} về công tác cải cách hành chính.")])]
            if number == 3:
                body.append(Figure(caption="Quang cảnh hội nghị", photo_id=photo_id))
            store.save_article(Article(title=f"Tin hoạt động số {number} của Sở Nội vụ", body=body))
    return path


def test_what_the_window_reads_at_start_needs_no_sqlite_utils_and_no_hashes(store_file):
    found = _run(
        """
        from deskeditor.model import Article
        from deskeditor.store import Store

        found = {}
        with Store(sys.argv[1], verify=False) as store:
            newest = store.list_articles(limit=500)[0]
            article = store.get_article(newest.id)
            photo_id = article.figures()[0].photo_id
            store.photo(photo_id), store.photo_rendition(photo_id, "thumb")
            store.categories(), store.count_articles(), store.recoveries()
            store.office_words.words()
            found["title"], found["reading"] = article.title, loaded()
            store.save_article(Article(title="Bai moi sau khi mo"))  # ASCII: the script is a command-line argument
            found["count"], found["writing"] = store.count_articles(), loaded()
        print(json.dumps(found))
        """,
        store_file,
    )
    assert found["title"] == "Tin hoạt động số 3 của Sở Nội vụ"
    assert found["reading"] == []
    # The first write loads it, and writes as before.
    assert found["count"] == 4
    assert {"sqlite_utils", "hashlib"} <= set(found["writing"])


def test_a_store_opened_read_only_is_read_without_sqlite_utils(store_file):
    found = _run(
        """
        from deskeditor.store import Store

        with Store(sys.argv[1], read_only=True) as store:
            titles = [summary.title for summary in store.list_articles()]
        print(json.dumps({"titles": titles, "loaded": loaded()}))
        """,
        store_file,
    )
    assert found["titles"][0] == "Tin hoạt động số 3 của Sở Nội vụ"
    assert found["loaded"] == []


def test_the_applied_migrations_are_read_as_sqlite_utils_records_them(tmp_path):
    """Opening reads ``_sqlite_migrations`` itself; sqlite-utils, which writes it, must agree."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    path = tmp_path / "kho.db"
    Store(path).close()
    with Database(path) as db:
        by_sqlite_utils = [migration.name for migration in Migrations("deskeditor").applied(db)]
        assert by_sqlite_utils == migrations.applied_names(db.conn) == migrations.names()
        db.execute("DROP TABLE office_words")  # as a store made before 0006 was
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_office_words'")
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('bộ khác', '0001_khac', '2026-01-01')"
        )
        by_sqlite_utils = [migration.name for migration in Migrations("deskeditor").applied(db)]
        assert migrations.applied_names(db.conn) == by_sqlite_utils
        assert by_sqlite_utils == [n for n in migrations.names() if n != "0006_office_words"]
    # Opening for writing still applies what the store lacks.
    with Store(path) as store:
        assert sorted(migrations.applied_names(store.conn)) == sorted(migrations.names())
        assert store.office_words.words() == []
