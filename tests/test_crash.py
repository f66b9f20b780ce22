"""Crash safety, done for real: a worker process saving and importing is killed at random.

The worker (tests/crash_worker.py) saves new articles, edits old ones and
imports articles with a photo, confirming each finished operation on its
stdout. The parent kills it (SIGKILL; TerminateProcess on Windows) at a random
moment, then checks the store: it opens, ``Store.check()`` finds nothing,
every confirmed operation is there with its exact content, and the operation
in flight is wholly there or wholly absent.

The editor's autosave is tested the same way: the window (offscreen) types
and autosaves until it is killed; the next start must offer every confirmed
autosave back, and accepting it continues the same article.
"""

from __future__ import annotations

import json
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from deskeditor.store import Store
from deskeditor.store.codec import content_hash, version_code

KILLS = 50
DELAY = (0.05, 0.6)  # seconds between the worker's start and the kill
LINE_TIMEOUT = 60  # a hang guard only; normal waits are milliseconds
WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[1]
USE_ZYGOTE = hasattr(os, "fork") and sys.platform != "win32"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


class Lines:
    """Read a child's stdout on a thread, so every wait can have a timeout."""

    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        self.queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream) -> None:  # type: ignore[no-untyped-def]
        for raw in stream:
            self.queue.put(raw.decode("utf-8").rstrip("\n"))
        self.queue.put(None)

    def get(self) -> str | None:
        try:
            return self.queue.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            pytest.fail(f"the worker said nothing for {LINE_TIMEOUT} s (hung?)")


@dataclass
class Ledger:
    """What the parent knows from the worker's lines."""

    confirmed: dict[str, tuple[int, str]] = field(default_factory=dict)  # marker -> id, code
    in_flight: tuple[str, str, int | None] | None = None  # kind, marker, article id

    def read(self, line: str) -> None:
        words = line.split()
        if words[0] == "begin":
            kind, marker = words[1], words[2]
            self.in_flight = (kind, marker, int(words[3]) if len(words) > 3 else None)
        elif words[0] == "saved":
            self.confirmed[words[3]] = (int(words[1]), words[2])
            self.in_flight = None


class ZygoteRunner:
    """POSIX: one process imports everything once and forks a worker per run."""

    def __init__(self, db: Path, errors: Path) -> None:
        self.errors = open(errors, "wb")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), "zygote", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=_env(),
            cwd=ROOT,
        )
        self.lines = Lines(self.proc.stdout)

    def run_and_kill(self, seed: int, delay: float, ledger: Ledger) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {seed}\n".encode())
        self.proc.stdin.flush()
        pid = None
        while pid is None:
            line = self._next()
            if line.startswith("child "):
                pid = int(line.split()[1])
            else:
                ledger.read(line)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self._next()
            if line.startswith("exit "):
                status = int(line.split()[2])
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                    f"the worker ended by itself: {self._stderr()}"
                )
                return
            ledger.read(line)

    def _next(self) -> str:
        line = self.lines.get()
        if line is None:
            pytest.fail(f"the zygote ended: {self._stderr()}")
        return line

    def _stderr(self) -> str:
        self.errors.flush()
        return Path(self.errors.name).read_text(encoding="utf-8", errors="replace")[-3000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write(b"quit\n")
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.errors.close()


class SpawnRunner:
    """Windows (no fork): a new worker process per run; the delay counts from its "ready"."""

    def __init__(self, db: Path, errors: Path) -> None:
        self.db, self.errors = db, errors

    def run_and_kill(self, seed: int, delay: float, ledger: Ledger) -> None:
        with open(self.errors, "wb") as errors:
            proc = subprocess.Popen(
                [sys.executable, str(WORKER), "run", str(self.db), str(seed)],
                stdout=subprocess.PIPE,
                stderr=errors,
                env=_env(),
                cwd=ROOT,
            )
            lines = Lines(proc.stdout)
            first = lines.get()
            if first != "ready":
                proc.kill()
                pytest.fail(
                    f"the worker did not start: {first!r} {self.errors.read_text(encoding='utf-8', errors='replace')}"
                )
            time.sleep(delay)
            alive = proc.poll() is None
            proc.kill()  # TerminateProcess on Windows, SIGKILL elsewhere
            proc.wait(timeout=LINE_TIMEOUT)
            assert alive, (
                f"the worker ended by itself: {self.errors.read_text(encoding='utf-8', errors='replace')}"
            )
            while (line := lines.get()) is not None:
                ledger.read(line)

    def close(self) -> None:
        pass


# ------------------------------------------------------------------ the checks


def _photo_ids(body: list[dict]) -> list[int]:
    return [block["photo_id"] for block in body if block.get("type") == "photo"]


def check_invariants(store: Store, verified: dict[int, str]) -> None:
    """Assert what must hold in any store, whatever moment a process died at.

    *verified* maps revision ids already hashed to their content: revisions
    never change, so later rounds only compare them instead of hashing again.
    """
    db = store.db
    articles = db.execute(
        "SELECT a.id, a.title, a.body, a.current_revision_id, r.article_id, r.content"
        " FROM articles a LEFT JOIN revisions r ON r.id = a.current_revision_id"
    ).fetchall()
    for article_id, title, body, revision_id, owner, content in articles:
        assert revision_id is not None and owner == article_id, (
            f"article {article_id} has no current revision of its own"
        )
        saved = json.loads(content)
        assert saved["title"] == title and saved["body"] == json.loads(body), (
            f"article {article_id} differs from its current revision"
        )
    ids = {row[0] for row in articles}
    assert {row[0] for row in db.execute("SELECT rowid FROM article_search")} == ids, (
        "the search index does not match the articles"
    )
    gaps = db.execute(
        "SELECT article_id FROM revisions GROUP BY article_id HAVING max(number) != count(*)"
    ).fetchall()
    assert gaps == [], f"revision numbers have gaps: {gaps}"
    incomplete = db.execute(
        "SELECT p.id, count(d.rendition) FROM photos p LEFT JOIN photo_data d"
        " ON d.photo_id = p.id GROUP BY p.id HAVING count(d.rendition) != 3"
    ).fetchall()
    assert incomplete == [], f"photos without their three renditions: {incomplete}"
    photo_hashes = dict(db.execute("SELECT id, sha256 FROM photos").fetchall())
    used: set[int] = set()
    for revision_id, digest, code, content in db.execute(
        "SELECT id, content_hash, version_code, content FROM revisions"
    ):
        body = json.loads(content)["body"]
        used.update(_photo_ids(body))
        if revision_id in verified:
            assert verified[revision_id] == content, f"revision {revision_id} changed"
            continue
        article = store.revision_article(revision_id)
        hashes = [photo_hashes[photo_id] for photo_id in _photo_ids(body)]
        assert content_hash(article, hashes) == digest and version_code(digest) == code, (
            f"revision {revision_id} does not hash to its version code"
        )
        verified[revision_id] = content
    assert set(photo_hashes) <= used, "a photo was stored without the article that uses it"


def check_ledger(store: Store, ledger: Ledger) -> int:
    """Assert every confirmed operation is there, and the one in flight all or nothing."""
    db = store.db
    contents: dict[tuple[int, str], list[str]] = {}
    for article_id, code, content in db.execute(
        "SELECT article_id, version_code, content FROM revisions"
    ):
        contents.setdefault((article_id, code), []).append(content)
    for marker, (article_id, code) in ledger.confirmed.items():
        # A new article carries the marker as its tag, an edit at the end of its lead;
        # the quotes keep m3x1 from matching m3x12.
        words = (f'"tags":["{marker}"]', f' {marker}"')
        found = [c for c in contents.get((article_id, code), []) if any(w in c for w in words)]
        assert found, f"confirmed operation {marker} (article {article_id}, {code}) is lost"
    if ledger.in_flight is not None:
        kind, marker, article_id = ledger.in_flight
        if kind in ("new", "import"):
            rows = db.execute(
                "SELECT id FROM articles WHERE instr(title, ?) > 0", [f"Bài {marker}:"]
            ).fetchall()
            assert len(rows) <= 1, f"operation {marker} was stored twice"
            if rows and kind == "import":
                body = json.loads(
                    db.execute("SELECT body FROM articles WHERE id = ?", [rows[0][0]]).fetchone()[0]
                )
                assert len(_photo_ids(body)) == 1, f"import {marker} is there without its photo"
        else:
            current = db.execute(
                "SELECT r.content FROM articles a JOIN revisions r ON r.id = a.current_revision_id"
                " WHERE a.id = ?",
                [article_id],
            ).fetchone()[0]
            lead = f'"lead":"Sửa {marker}"'  # quoted: m3x1 must not match m3x12
            anywhere = db.execute(
                "SELECT count(*) FROM revisions WHERE article_id = ? AND instr(content, ?) > 0",
                [article_id, lead],
            ).fetchone()[0]
            # Wholly there: it is the current revision. Wholly absent: no trace anywhere.
            assert (lead in current) == (anywhere == 1), f"edit {marker} is half there"
    return len(ledger.confirmed)


@pytest.mark.slow
def test_killed_worker_never_loses_a_confirmed_save(tmp_path, record_property):
    db = tmp_path / "crash.db"
    rng = random.Random(7)
    runner = (ZygoteRunner if USE_ZYGOTE else SpawnRunner)(db, tmp_path / "worker-stderr.txt")
    ledger = Ledger()
    verified: dict[int, str] = {}
    kills = checks = in_flight = 0
    started = time.monotonic()
    try:
        for seed in range(1, KILLS + 1):
            ledger.in_flight = None
            runner.run_and_kill(seed, rng.uniform(*DELAY), ledger)
            kills += 1
            in_flight += ledger.in_flight is not None
            with Store(db) as store:
                assert store.check() == [], f"after kill {kills}"
                check_invariants(store, verified)
                checks += check_ledger(store, ledger)
    finally:
        runner.close()
    elapsed = time.monotonic() - started
    summary = (
        f"crash test: {kills} kills survived, {len(ledger.confirmed)} confirmed operations "
        f"verified ({checks} checks), {in_flight} kills landed mid-operation, {elapsed:.1f} s"
    )
    print(summary)
    record_property("crash_summary", summary)
    assert kills >= 50
    assert len(ledger.confirmed) >= KILLS, "the worker did too little work to prove anything"


# ------------------------------------------------------------------ the editor's autosave

GUI_KILLS = 10
GUI_DELAY = (0.0, 0.5)  # seconds after the round's first confirmed autosave


def _gui_round(db: Path, seed: int, delay: float, home: Path) -> tuple[list[str], list[str]]:
    """Start the editor, let it type and autosave, kill it; return (offered, autosaved)."""
    env = {
        **_env(),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "APPDATA": str(home / "appdata"),
    }
    errors = home / f"gui-{seed}-stderr.txt"
    with open(errors, "wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), "gui", str(db), str(seed)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            cwd=ROOT,
        )
        lines = Lines(proc.stdout)
        offered: list[str] = []
        autosaved: list[str] = []
        try:
            while True:
                line = lines.get()
                if line is None:
                    pytest.fail(
                        f"the editor ended by itself: {errors.read_text(encoding='utf-8', errors='replace')[-3000:]}"
                    )
                if line.startswith("offered "):
                    offered.append(json.loads(line[len("offered ") :]))
                elif line.startswith("autosaved "):
                    autosaved.append(line.split()[1])
                    break
            time.sleep(delay)
            alive = proc.poll() is None
        finally:
            proc.kill()  # SIGKILL; TerminateProcess on Windows
            proc.wait(timeout=LINE_TIMEOUT)
        assert alive, (
            f"the editor ended by itself: {errors.read_text(encoding='utf-8', errors='replace')[-3000:]}"
        )
        while (line := lines.get()) is not None:
            if line.startswith("autosaved "):
                autosaved.append(line.split()[1])
    return offered, autosaved


@pytest.mark.slow
def test_killed_editor_offers_its_autosaved_text_back(tmp_path, record_property):
    from deskeditor.gui.recovery import article_text  # loads Qt: only for this test

    db = tmp_path / "editor.db"
    rng = random.Random(11)
    confirmed: list[str] = []
    for seed in range(1, GUI_KILLS + 2):
        offered, autosaved = _gui_round(db, seed, rng.uniform(*GUI_DELAY), tmp_path)
        if seed == 1:
            assert offered == []
        else:
            # Everything autosaved before any earlier kill comes back, in order.
            assert len(offered) == 1, offered
            text = offered[0]
            assert text.startswith("Bài đang viết dở")
            found = [re.search(rf"\b{marker}\b", text) for marker in confirmed]
            assert all(found), f"lost after kill {seed - 1}: {confirmed} vs {text!r}"
            positions = [match.start() for match in found if match]
            assert positions == sorted(positions)
        confirmed += autosaved
        with Store(db) as store:
            assert store.check() == []
            assert [r.key for r in store.recoveries()] == ["new"]
            assert store.count_articles() == 0  # autosave never saves a revision
    with Store(db) as store:  # what the next start would offer
        kept = article_text(store.recoveries()[0].article)
    assert all(re.search(rf"\b{marker}\b", kept) for marker in confirmed)
    summary = (
        f"editor crash test: {GUI_KILLS + 1} editor processes killed, "
        f"{len(confirmed)} autosaves confirmed and offered back"
    )
    print(summary)
    record_property("editor_crash_summary", summary)
