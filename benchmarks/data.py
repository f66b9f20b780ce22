"""The benchmark's data: a camera photo, a store of 50,000 articles, and its special articles.

The store is built through the program's own API (``Store.add_photo``,
``Store.save_article`` and the workflow's submit/decide/publish), in batches of
1,000 articles per transaction, so it holds exactly what the program would
have written: revisions, version codes, approvals, the folded full-text index.
It is cached under the cache folder by a name that includes ``DATA_VERSION``
and the article count; a rerun reuses it. The photos are generated camera-like
pictures (3000×2000, grain and shapes) put through the real import pipeline;
articles share a pool of them, as a department reuses its own photos.

Besides the generated articles the store holds:

- ``export``: 15 paragraphs, a list, a quote and 8 photos (Word and HTML cases);
- ``gallery``: an article with 20 photos (open and memory cases);
- ``batch``: the 100 newest articles, most with photos (batch export case).
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import os
import pathlib
import re
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]

import corpus  # noqa: E402
import samples  # noqa: E402  (tests/samples.py)

DATA_VERSION = 1
SCAN_VERSION = 2  # the search case's comparison table
POOL_PHOTOS = 40
BATCH_SIZE = 1000
PHOTO_SHARE = 0.35  # share of generated articles with 1-3 photos


def default_cache() -> pathlib.Path:
    """Return the cache folder: $DESKEDITOR_BENCH_CACHE or <temp>/deskeditor-bench."""
    env = os.environ.get("DESKEDITOR_BENCH_CACHE")
    return pathlib.Path(env) if env else pathlib.Path(tempfile.gettempdir()) / "deskeditor-bench"


# ------------------------------------------------------------------ photos


def camera_jpeg() -> bytes:
    """The 24-megapixel camera JPEG of photo_ingest.py (EXIF orientation 6 and GPS)."""
    import photo_ingest

    return photo_ingest.camera_jpeg()


def cached_camera_jpeg(cache: pathlib.Path) -> bytes:
    """Return the camera JPEG, generated once per cache folder (it takes a few seconds)."""
    path = cache / f"camera-v{DATA_VERSION}.jpg"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, camera_jpeg())
    return path.read_bytes()


def _pool_photo(seed: int):  # type: ignore[no-untyped-def]
    """Generate and import one pool photo (run in a worker process)."""
    from deskeditor.photos import ingest_bytes

    return ingest_bytes(pool_jpeg(seed), f"anh-{seed:03d}.jpg")


def pool_jpeg(seed: int) -> bytes:
    """A 6-megapixel photograph-like JPEG, as a phone or a camera set to M writes it."""
    import imagegen

    image = imagegen.photo_like((3000, 2000), seed=seed, noise=5)
    return imagegen.encode(image, "JPEG", quality=92, exif=imagegen.camera_exif(1))


# ------------------------------------------------------------------ the store


@dataclass
class Dataset:
    """A generated store and what the cases need to know about it."""

    path: pathlib.Path
    scan_path: pathlib.Path
    articles: int
    export_id: int
    gallery_id: int
    batch_ids: list[int]
    newest_id: int


def dataset(cache: pathlib.Path, articles: int = 50_000, log=print) -> Dataset:  # type: ignore[no-untyped-def]
    """Return the cached dataset of *articles* articles, building it if needed."""
    cache.mkdir(parents=True, exist_ok=True)
    stem = f"store-v{DATA_VERSION}-{articles}"
    path, meta_path, scan_path = (
        cache / f"{stem}.db",
        cache / f"{stem}.json",
        cache / f"{stem}-scan-v{SCAN_VERSION}.db",
    )
    if not (path.exists() and meta_path.exists()):
        started = time.perf_counter()
        log(f"building the {articles:,}-article store in {cache} (once; cached for reruns)…")
        meta = _build(path, articles, log)
        _write_atomic(meta_path, json.dumps(meta).encode())
        log(
            f"  built in {time.perf_counter() - started:.0f} s "
            f"({path.stat().st_size / 2**20:.0f} MB)"
        )
    if not scan_path.exists():
        _build_scan_table(path, scan_path)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return Dataset(
        path, scan_path, articles, meta["export"], meta["gallery"], meta["batch"], meta["newest"]
    )


def _write_atomic(path: pathlib.Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def _article(data: dict, photo_ids: list[int]):  # type: ignore[no-untyped-def]
    """Build the model article from interchange JSON whose photos are already stored."""
    from deskeditor.jsonio import article_from_dict

    for block in data["body"]:
        if block["type"] == "photo":
            block["file"] = "stored.jpg"  # validated as any import, then pointed at the store
    article = article_from_dict(data)
    for figure, photo_id in zip(article.figures(), photo_ids, strict=True):
        figure.photo_id, figure.source = photo_id, None
    return article


def _with_photos(writer: corpus.Writer, data: dict, count: int, pool: list[int]) -> list[int]:
    """Insert *count* photos between the paragraphs of *data*; return their photo ids."""
    rng = writer.rng
    ids = (
        rng.sample(pool, count) if count <= len(pool) else [rng.choice(pool) for _ in range(count)]
    )
    body = data["body"]
    slots = sorted(rng.sample(range(1, len(body) + 1), min(count, len(body))), reverse=True)
    while len(slots) < count:
        slots.append(len(body))
    for number, slot in enumerate(slots, start=1):
        body.insert(slot, writer.figure(number))
    return ids


def _set_status(store, article_id: int, when: dt.datetime, age_days: float, rng) -> None:  # type: ignore[no-untyped-def]
    """Move the article through the workflow as the office would have by now."""
    from deskeditor.model import Decision
    from deskeditor.store import workflow

    roll = rng.random()
    if age_days < 3 and roll < 0.3:
        return  # a draft still being written
    workflow.submit(store, article_id, when - dt.timedelta(hours=3))
    if age_days < 3 and roll < 0.5:
        return  # waiting for the board
    decided = when - dt.timedelta(hours=1)
    if roll > 0.97:
        workflow.decide(
            store,
            article_id,
            "Đặng Quốc Huy",
            "Trưởng Ban biên tập",
            Decision.REVISE,
            "Bổ sung số liệu.",
            decided,
        )
        return
    workflow.decide(
        store, article_id, "Đặng Quốc Huy", "Trưởng Ban biên tập", Decision.APPROVE, "", decided
    )
    if age_days >= 1 or roll < 0.8:
        workflow.publish(store, article_id, when)


def _build(path: pathlib.Path, count: int, log) -> dict:  # type: ignore[no-untyped-def]
    from deskeditor.store import Store

    temp = path.with_name(path.name + ".building")
    for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    writer = corpus.Writer(seed=2025)
    when_list = corpus.dates(count)
    now = when_list[-1] + dt.timedelta(hours=2)
    with Store(temp) as store:
        started = time.perf_counter()
        with concurrent.futures.ProcessPoolExecutor(max(1, min(4, os.cpu_count() or 1))) as ex:
            processed = list(ex.map(_pool_photo, range(POOL_PHOTOS)))
        pool = [store.add_photo(photo) for photo in processed]
        log(f"  {POOL_PHOTOS} photos imported in {time.perf_counter() - started:.0f} s")
        # The two articles of the export and editor cases, a week before the newest.
        special_when = now - dt.timedelta(days=7)
        export = writer.article(special_when, paragraphs=15)
        body = export["body"] = [b for b in export["body"] if b["type"] == "paragraph"]
        body.insert(6, {"type": "quote", "text": corpus.QUOTES[0]})
        body.insert(9, samples.tasks_list())  # the tests' long sample has it too
        body[3]["text"] = [
            {"text": body[3]["text"] + " Xem "},
            {"text": "kế hoạch năm 2025", "link": "https://sonoivu.example.gov.vn/ke-hoach"},
            {"text": "."},
        ]
        export_photos = _with_photos(writer, export, 8, pool)
        gallery = writer.article(special_when + dt.timedelta(hours=1), paragraphs=12)
        gallery_photos = _with_photos(writer, gallery, 20, pool)

        ids: list[int] = []
        special: dict[str, int] = {}
        started = time.perf_counter()
        for start in range(0, count, BATCH_SIZE):
            with store.transaction():
                for when in when_list[start : start + BATCH_SIZE]:
                    data = writer.article(when)
                    photos = []
                    if writer.rng.random() < PHOTO_SHARE or (now - when).days < 60:
                        photos = _with_photos(writer, data, writer.rng.randint(1, 3), pool)
                    article_id = store.save_article(_article(data, photos)).article_id
                    _set_status(
                        store, article_id, when, (now - when).total_seconds() / 86400, writer.rng
                    )
                    ids.append(article_id)
                    if not special and when >= special_when:
                        for name, data, photos in (
                            ("export", export, export_photos),
                            ("gallery", gallery, gallery_photos),
                        ):
                            special[name] = store.save_article(_article(data, photos)).article_id
                            _set_status(store, special[name], special_when, 7, writer.rng)
            done = min(start + BATCH_SIZE, count)
            if done % 10_000 == 0 or done == count:
                rate = done / (time.perf_counter() - started)
                log(f"  {done:,} articles ({rate:.0f}/s)")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(temp, path)
    return {
        "export": special["export"],
        "gallery": special["gallery"],
        "batch": ids[-100:],
        "newest": ids[-1],
    }


def _build_scan_table(store_path: pathlib.Path, scan_path: pathlib.Path) -> None:
    """Write the comparison for the search case: each article's folded text in one column.

    This is what a developer adds first for accent-free search: a folded copy
    of title, lead, body, captions, author and tags, searched with LIKE. The
    folded text is the very text the program's index was built from.
    """
    temp = scan_path.with_name(scan_path.name + ".tmp")
    temp.unlink(missing_ok=True)
    source = sqlite3.connect(store_path)
    conn = sqlite3.connect(temp)
    conn.execute(
        "CREATE TABLE folded (id INTEGER PRIMARY KEY, published_at TEXT,"
        " title TEXT NOT NULL, text TEXT NOT NULL)"
    )
    # Punctuation becomes one space, so that "thi dua khen thuong" also finds
    # "thi đua, khen thưởng" as the index does.
    rows = source.execute(
        "SELECT s.rowid, a.published_at, s.title, s.title || ' ' || s.lead || ' ' || s.body"
        " || ' ' || s.captions || ' ' || s.author || ' ' || s.tags"
        " FROM article_search s JOIN articles a ON a.id = s.rowid"
    )
    conn.executemany(
        "INSERT INTO folded (id, published_at, title, text) VALUES (?, ?, ?, ?)",
        ((rowid, when, _words(title), _words(text)) for rowid, when, title, text in rows),
    )
    conn.commit()
    conn.close()
    source.close()
    os.replace(temp, scan_path)


_NON_WORD = re.compile(r"\W+")


def _words(text: str) -> str:
    return " " + _NON_WORD.sub(" ", text).strip() + " "
