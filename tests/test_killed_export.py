"""An export killed while it writes leaves the old output whole, and its leftovers go next time.

The exports stage every output under a hidden temporary name beside its
target (safeio.StagedFiles). A process killed in the middle cannot remove
them; the next export into that folder does, once they are stale, and only
names of exactly our pattern.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from samples import import_long_article

from deskeditor import tempcopies
from deskeditor.cli import main
from deskeditor.safeio import StagedFiles

# Run the command line in a child process whose writer stops half-way through
# the first output it stages, says so, and waits to be killed.
_PAUSED_EXPORT = """
import os, sys, time
from pathlib import Path
from deskeditor import safeio

def half_then_wait(path, data):
    with open(path, "wb") as handle:
        handle.write(data[: len(data) // 2])
        handle.flush()
        os.fsync(handle.fileno())
    Path(os.environ["PAUSED_FLAG"]).write_text(str(path), encoding="utf-8")
    time.sleep(120)

safeio._write_synced = half_then_wait
from deskeditor.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _export_killed_while_writing(tmp_path: Path, argv: list[str]) -> Path:
    """Run ``deskeditor *argv*`` and kill it (SIGKILL / TerminateProcess) mid-write."""
    flag = tmp_path / "paused.txt"
    env = {**os.environ, "PAUSED_FLAG": str(flag)}
    child = subprocess.Popen(
        [sys.executable, "-c", _PAUSED_EXPORT, *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            if child.poll() is not None:
                pytest.fail(f"the export ended before it wrote: {child.stderr.read()!r}")
            if time.monotonic() > deadline:
                pytest.fail("the export never started writing")
            time.sleep(0.05)
    finally:
        child.kill()
        child.wait()
        child.stderr.close()
    return Path(flag.read_text(encoding="utf-8"))


def _hidden(folder: Path) -> list[str]:
    """The temporary names under *folder* (the JSON's photos are staged in a folder of theirs)."""
    found = [path for path in folder.rglob("~*") if not path.parent.name.startswith("~")]
    return sorted(str(path.relative_to(folder)) for path in found)


def _age(path: Path, hours: float) -> None:
    """Make *path* (and what it holds) look *hours* old: the next export comes later."""
    when = time.time() - hours * 3600
    for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
        os.utime(item, (when, when))


@pytest.mark.parametrize(
    ("option", "name"),
    [
        pytest.param("--docx", "Bài viết.docx", marks=pytest.mark.unicode_paths),
        ("--html", "trang"),
        ("--json", "bai.json"),
    ],
)
def test_a_killed_export_leaves_the_target_whole_and_the_next_export_cleans_up(
    tmp_path, store, option, name
):
    article_id = import_long_article(store, tmp_path)
    db = store.path
    store.close()
    out = tmp_path / "xuat"
    out.mkdir()
    target = out / name
    base = ["--db", str(db), "export", str(article_id)]
    assert main([*base, option, str(target)]) == 0
    before = _snapshot(out)

    staged = _export_killed_while_writing(tmp_path, [*base, option, str(target), "--overwrite"])

    assert staged.exists() and staged.stat().st_size > 0  # half-written, under its hidden name
    leftovers = _hidden(out)
    assert leftovers, "the kill left nothing to clean up"
    assert _snapshot(out, skip_hidden=True) == before  # the earlier export is untouched
    for leftover in leftovers:
        _age(out / leftover, hours=2)

    assert main([*base, option, str(target), "--overwrite"]) == 0

    assert _hidden(out) == []
    assert _snapshot(out).keys() == before.keys()  # the new export, nothing beside it


def _snapshot(folder: Path, skip_hidden: bool = False) -> dict[str, str]:
    """Each file under *folder* and a digest of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not (skip_hidden and any(part[0] == "~" for part in path.relative_to(folder).parts))
    }


@pytest.mark.unicode_paths  # Vietnamese file names
def test_only_our_stale_staging_files_are_removed(tmp_path):
    folder = tmp_path / "xuat"
    folder.mkdir()
    dead = _dead_process_id()
    ours_dead = folder / f"~Bài viết-{dead}-k2j3h4ab.tmp"
    ours_folder = folder / f"~trang-{dead}-x_9y8z7w.tmp"
    young = folder / f"~moi-{dead}-abcdefgh.tmp"
    alive = folder / f"~dang-viet-{os.getpid()}-abcdefgh.tmp"
    user_files = [
        folder / "~$Bài viết.docx",  # Word's lock file
        folder / "~ghi-chu.tmp",
        folder / "~WRL0001.tmp",  # Word's own temporary file
        folder / f"~Bài viết-{dead}-k2j3h4ab.tmp.docx",
        folder / "Bài viết.docx",
    ]
    for path in [ours_dead, young, alive, *user_files]:
        path.write_bytes(b"PK")
    ours_folder.mkdir()
    (ours_folder / "index.html").write_bytes(b"<p>")
    for path in [ours_dead, ours_folder, alive, *user_files]:
        _age(path, hours=2)

    removed = tempcopies.clean_stale_staging(folder)

    assert sorted(removed) == sorted([ours_dead, ours_folder])
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in [young, alive, *user_files]
    )
    # A process that has been writing for 12 hours is not writing any more.
    later = dt.datetime.now() + tempcopies.STALE_TEMP_AGE + dt.timedelta(minutes=1)
    assert sorted(tempcopies.clean_stale_staging(folder, now=later)) == sorted([young, alive])
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in user_files)


@pytest.mark.unicode_paths  # Vietnamese file names
def test_a_staged_name_carries_the_process_id(tmp_path):
    target = tmp_path / "Bài viết.docx"
    with StagedFiles() as batch:
        batch.stage_file(target, b"PK")
        (name,) = _hidden(tmp_path)
        batch.commit()
    assert name.startswith(f"~Bài viết-{os.getpid()}-") and name.endswith(".tmp")
    assert _hidden(tmp_path) == []


def _dead_process_id() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.unicode_paths  # Vietnamese file names
def test_an_earlier_output_moved_aside_goes_only_when_its_target_is_back(tmp_path):
    # Commit moves the old target aside, puts the new one in, then deletes the old one
    # (an antivirus holding it can stop that last step; a kill between the renames
    # leaves the old one as the only copy).
    folder = tmp_path / "xuat"
    folder.mkdir()
    dead = _dead_process_id()
    (folder / "Bài viết.docx").write_bytes(b"PK new")
    replaced = folder / f"~Bài viết-{dead}-0123abcd.old"
    only_copy = folder / f"~Lịch công tác-{dead}-89abcdef.old"
    in_commit = folder / f"~Bài viết-{os.getpid()}-fedcba98.old"
    for path in (replaced, only_copy, in_commit):
        path.write_bytes(b"PK old")
        _age(path, hours=30)
    (folder / "trang").mkdir()
    old_pages = folder / f"~trang-{dead}-00ff00ff.old"
    old_pages.mkdir()
    (old_pages / "index.html").write_bytes(b"<p>")

    removed = tempcopies.clean_stale_staging(folder)

    assert sorted(removed) == sorted([replaced, old_pages])
    assert only_copy.read_bytes() == b"PK old" and in_commit.exists()


def test_an_export_replacing_several_outputs_names_what_it_moves_aside(tmp_path, monkeypatch):
    from deskeditor import fileops

    (tmp_path / "bai.json").write_bytes(b"{}")
    (tmp_path / "bai.docx").write_bytes(b"PK")
    moved = []
    real_replace = fileops.os.replace

    def watch(src, dst):
        moved.append(Path(dst).name)
        real_replace(src, dst)

    monkeypatch.setattr(fileops.os, "replace", watch)
    with StagedFiles() as batch:
        batch.stage_file(tmp_path / "bai.json", b"{ }")
        batch.stage_file(tmp_path / "bai.docx", b"PK new")
        batch.commit()
    aside = [name for name in moved if name.endswith(".old")]
    assert len(aside) == 2 and all(f"-{os.getpid()}-" in name for name in aside)
    assert tempcopies._STAGING_NAME.match(aside[0])
    assert _hidden(tmp_path) == []
