"""Numbered migrations, applied in order every time a store is opened.

Never edit a migration that has shipped: add a new one below it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from deskeditor.model import DEFAULT_CATEGORIES, DEFAULT_LINK_GROUPS
from deskeditor.store.migration_set import MigrationSet
from deskeditor.store.search import ORDER_KEY, TITLES, TITLES_DEFINITION

if TYPE_CHECKING:
    from sqlite_utils import Database

# sqlite-utils runs them, loaded only when a store needs one (see migration_set).
migrations = MigrationSet("deskeditor")

# Run statement by statement: executescript() would commit the migration's transaction.
_INITIAL_SCHEMA = """
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    category_id INTEGER REFERENCES categories(id),
    published_at TEXT,
    lead TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    author_unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'draft',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    current_revision_id INTEGER
);
CREATE INDEX articles_listing ON articles(published_at DESC, id DESC);
CREATE INDEX articles_status ON articles(status);
CREATE INDEX articles_category ON articles(category_id);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL,
    version_code TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    UNIQUE (article_id, number)
);
CREATE INDEX revisions_version_code ON revisions(version_code);
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    original_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
-- Image bytes live apart so that listing and searching never read them.
CREATE TABLE photo_data (
    photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
    rendition TEXT NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (photo_id, rendition)
);
CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    approver_name TEXT NOT NULL,
    approver_position TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    voided INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approvals_article ON approvals(article_id);
CREATE TABLE link_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    visible INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES link_groups(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    visible INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX links_group ON links(group_id, position);
CREATE TABLE site_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO site_profile (id, data) VALUES (1, '{}');
-- Accent-folded shadow text (see deskeditor.text.fold): FTS5's
-- remove_diacritics does not fold đ, so the text is folded before indexing.
CREATE VIRTUAL TABLE article_search USING fts5(
    title, lead, body, captions, author, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"""


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    """Create the first schema and seed categories and the three link groups."""
    for statement in _INITIAL_SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)
    for position, name in enumerate(DEFAULT_CATEGORIES):
        db.execute("INSERT INTO categories (name, position) VALUES (?, ?)", [name, position])
    for position, name in enumerate(DEFAULT_LINK_GROUPS):
        db.execute("INSERT INTO link_groups (name, position) VALUES (?, ?)", [name, position])


@migrations(name="0002_workflow")
def m0002_workflow(db: Database) -> None:
    """Record when an article was submitted and published, and which revision went online."""
    # Plain statements, not executescript(): that would commit the migration's transaction.
    db.execute("ALTER TABLE articles ADD COLUMN submitted_at TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN portal_published_at TEXT")
    db.execute("ALTER TABLE revisions ADD COLUMN published_at TEXT")
    db.execute("CREATE INDEX approvals_revision ON approvals(revision_id)")


@migrations(name="0003_recovery")
def m0003_recovery(db: Database) -> None:
    """Keep autosaved, unsaved work apart from revisions, to offer it back after a crash."""
    db.execute(
        "CREATE TABLE recovery ("
        " key TEXT PRIMARY KEY,"
        " article_id INTEGER,"
        " status TEXT NOT NULL,"
        " saved_at TEXT NOT NULL,"
        " content TEXT NOT NULL)"
    )


@migrations(name="0004_photo_edits")
def m0004_photo_edits(db: Database) -> None:
    """Remember which stored photo holds each crop and rotation of a master.

    The edit itself lives with its figure in the article's body; the edited
    renditions are an ordinary photo made from the untouched master.
    """
    db.execute(
        "CREATE TABLE photo_edits ("
        " photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,"
        " edit TEXT NOT NULL,"
        " edited_photo_id INTEGER NOT NULL REFERENCES photos(id),"
        " PRIMARY KEY (photo_id, edit))"
    )


@migrations(name="0005_listing_indexes")
def m0005_listing_indexes(db: Database) -> None:
    """Read the article list newest first from indexes, with or without a filter.

    The list's first page of 500 read each article's row for its status, which
    sits after the body: 1,500 overflow pages. The status and category indexes
    were not in date order, so a filter read and sorted every match: 4.4 s for
    "published" in a store of 50,000 articles, 0.4 s for one category. Now the
    unfiltered list reads one covering index, and a filtered one walks its
    filter's index in date order and stops after the page (12 ms and 3 ms);
    the category index also holds the status, so both filters together, and
    their count, need no row either.

    ``articles_filters`` lets a filtered search check the status and category
    of each match without reading its row (see ``Articles.search``): "hoi
    nghi" among drafts took 110 ms, walking 49,000 rows' overflow pages.
    """
    for name in ("articles_listing", "articles_status", "articles_category"):
        db.execute(f"DROP INDEX {name}")
    db.execute(
        "CREATE INDEX articles_summary"
        " ON articles(published_at DESC, id DESC, status, category_id, title, author)"
    )
    db.execute("CREATE INDEX articles_status ON articles(status, published_at DESC, id DESC)")
    db.execute(
        "CREATE INDEX articles_category"
        " ON articles(category_id, published_at DESC, id DESC, status)"
    )
    db.execute("CREATE INDEX articles_filters ON articles(id, status, category_id)")


@migrations(name="0006_office_words")
def m0006_office_words(db: Database) -> None:
    """Keep the office's own spelling list: words the spell checker is to accept."""
    db.execute("CREATE TABLE office_words (word TEXT PRIMARY KEY, added_at TEXT NOT NULL)")


@migrations(name="0007_title_search")
def m0007_title_search(db: Database) -> None:
    """Index the folded titles alone, keyed in date order, for search's first tiers.

    Search ranked title matches by bm25() over the full index, whose words
    carry their positions in the body: 12-16 ms for a common word in a store of
    50,000 articles. The title index answers "the phrase in the title" and "every
    word in the title" newest first, reading no more matches than it shows
    (``store/search.py`` says what the order is). Filled from the folded titles
    the full index already holds: under a second for 50,000 articles.
    """
    db.execute(TITLES_DEFINITION)
    # In key order: FTS5 writes its pending words out whenever a rowid is not larger
    # than the last one (0.5 s of CPU in key order, 1.2-2 s in id order).
    db.execute(
        f"INSERT INTO {TITLES} (rowid, title) SELECT {ORDER_KEY} AS k, s.title"
        " FROM article_search s JOIN articles a ON a.id = s.rowid ORDER BY k"
    )


@migrations(name="0008_deleted_signoffs")
def m0008_deleted_signoffs(db: Database) -> None:
    """Keep the signed revisions of deleted articles, so that their exports still verify.

    A copy of each revision the board approved or that went online, and of the
    decisions on it (store/deleted.py); the revisions and approvals tables
    cascade when their article is deleted. Ids are the copies' own: SQLite may
    give a deleted revision's id to a new one.
    """
    db.execute(
        "CREATE TABLE deleted_revisions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
        " number INTEGER NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL,"
        " version_code TEXT NOT NULL, content_hash TEXT NOT NULL, content TEXT NOT NULL,"
        " published_at TEXT, deleted_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX deleted_revisions_version_code ON deleted_revisions(version_code)")
    db.execute(
        "CREATE TABLE deleted_approvals (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
        " revision_id INTEGER NOT NULL REFERENCES deleted_revisions(id) ON DELETE CASCADE,"
        " approver_name TEXT NOT NULL, approver_position TEXT NOT NULL DEFAULT '',"
        " decision TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL,"
        " voided INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("CREATE INDEX deleted_approvals_revision ON deleted_approvals(revision_id)")


def known_migrations() -> list[str]:
    """Return the names of the migrations this version knows, in order."""
    return migrations.names()
