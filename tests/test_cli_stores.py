"""Stores from elsewhere on the command line: read without a trace, refused by name, never echoed raw."""

import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from samples import write_long_article
from test_store_opening import fingerprint, make_future, make_old

from deskeditor import cli
from deskeditor.backups import list_backups, parse_name

READING = [
    ["list"],
    # Vietnamese in the child's command line (see the unicode_paths marker)
    pytest.param(["search", "hội nghị"], marks=pytest.mark.unicode_paths, id="search"),
    ["export", "1", "--json", "{out}/bai.json", "--html", "{out}/bai"],
    ["verify", "{out}/khong-phai.html"],
    ["check"],
    ["backup", "{out}"],
    ["links", "export", "{out}/lien-ket.csv"],
]


def run(*args, db=None, check=True):
    command = [sys.executable, "-m", "deskeditor", *map(str, args)]
    if db is not None:
        command += ["--db", str(db)]
    env = {key: value for key, value in os.environ.items() if key != "DESKEDITOR_DEBUG"}
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def main(*args, db):
    """Run the command line in this process (fast, for many stores); return (status, out, err)."""
    return cli.main([*map(str, args), "--db", str(db)])


@pytest.fixture(scope="module")
def real_store(tmp_path_factory) -> Path:
    """A store holding the long sample article (with its photos), as the window leaves it."""
    folder = tmp_path_factory.mktemp("real")
    path = folder / "kho.db"
    run("import", write_long_article(folder), db=path)
    return path


def copy_of(store: Path, folder: Path, journal: str = "wal") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kho.db"
    shutil.copyfile(store, path)
    if journal != "wal":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.close()
    return path


# ------------------------------------------------------------------ reading never writes


@pytest.mark.parametrize("journal", ["wal", "delete"])
@pytest.mark.parametrize("command", READING, ids=lambda command: command[0])
def test_reading_commands_leave_the_store_exactly_as_it_was(real_store, tmp_path, command, journal):
    path = copy_of(real_store, tmp_path / "kho", journal)
    os.chmod(path, 0o664)
    out = tmp_path / "ra"
    out.mkdir()
    (out / "khong-phai.html").write_text("<p>Không phải bản xuất</p>", encoding="utf-8")
    before = fingerprint(path)
    result = run(*(part.format(out=out) for part in command), db=path, check=False)
    assert result.returncode in (0, 1) and "unexpected" not in result.stderr, result.stderr
    # Bytes, mode (0o664), journal mode, and nothing beside it: no -wal, -shm, -journal, .lock.
    assert fingerprint(path) == before


@pytest.mark.parametrize("command", READING, ids=lambda command: command[0])
def test_a_missing_store_is_an_error_and_nothing_is_created(tmp_path, command):
    out = tmp_path / "ra"
    out.mkdir()
    (out / "khong-phai.html").write_text("<p>x</p>", encoding="utf-8")
    typo = tmp_path / "sai-ten" / "kho.db"
    result = run(*(part.format(out=out) for part in command), db=typo, check=False)
    assert result.returncode == 1
    assert result.stderr == f"deskeditor: there is no store at {typo}\n"
    assert not typo.parent.exists()


def test_import_and_links_import_may_create_a_store(tmp_path, sample_dict):
    article = tmp_path / "bai.json"
    article.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    assert run("import", article, db=tmp_path / "moi" / "kho.db").stdout == "1\n"
    links = tmp_path / "lien-ket.csv"
    links.write_text("group,name,url,visible\nSở ban ngành,Sở Tư pháp,https://stp.vn,1\n", "utf-8")
    run("links", "import", links, db=tmp_path / "khac.db")
    assert (tmp_path / "khac.db").is_file()


def test_a_store_that_needs_migrating_is_read_or_refused_clearly(real_store, tmp_path):
    path = copy_of(real_store, tmp_path / "kho", "delete")
    make_old(path)
    before = fingerprint(path)
    assert run("list", db=path).stdout.startswith("1\tdraft\t")
    result = run("export", "1", "--docx", tmp_path / "phieu.docx", db=path, check=False)
    assert result.returncode == 1
    assert "was made by an older version of deskeditor and needs upgrading" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert fingerprint(path) == before


# ------------------------------------------------------------------ stores from elsewhere


def test_a_store_from_a_newer_version_is_read_only_and_says_so(real_store, tmp_path, sample_dict):
    path = copy_of(real_store, tmp_path / "kho")
    make_future(path)
    before = fingerprint(path)
    article = tmp_path / "bai.json"
    article.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    result = run("import", article, db=path, check=False)
    assert result.returncode == 1
    assert "comes from a newer version of deskeditor (it has 0099_future)" in result.stderr
    for command in (["list"], ["check"], ["export", "1", "--json", tmp_path / "bai-ra.json"]):
        result = run(*command, db=path)
        assert "newer version of deskeditor" in result.stderr and "read-only" in result.stderr
    assert fingerprint(path) == before


def test_an_empty_file_is_not_a_store_for_check(tmp_path):
    empty = tmp_path / "rong.db"
    empty.write_bytes(b"")
    result = run("check", db=empty, check=False)
    assert result.returncode == cli.EXIT_DAMAGED
    assert result.stdout == f"{empty}: not a deskeditor store (the file is empty)\n"
    assert empty.read_bytes() == b"" and sorted(tmp_path.iterdir()) == [empty]


_REVISION_PROBLEM = re.compile(
    r"article \d+( revision \d+ \(id \d+\): its (content|version code)|: its current text)"
)


def _flip_bytes(data: bytes, rng: random.Random, index: int) -> bytes:
    """Flip random bits: in the header and first pages (structure) or anywhere (mostly photos)."""
    damaged = bytearray(data)
    low = 0 if index % 4 == 3 else 100
    high = 65536 if index % 2 else len(data)
    for _ in range(rng.randint(1, 30)):
        damaged[rng.randrange(low, high)] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def _sqlite_verdict(path: Path) -> list[str]:
    """What SQLite itself says of the file (empty when its integrity check is ok)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _photos_sound(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return all(
            hashlib.sha256(data).hexdigest() == digest
            for digest, data in conn.execute("SELECT sha256, data FROM photo_data")
        )
    finally:
        conn.close()


def test_damaged_stores_are_reported_never_written_and_never_backed_up(
    real_store, tmp_path, sample_dict, capsys
):
    article = tmp_path / "bai.json"
    article.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    good = real_store.read_bytes()
    rng = random.Random(14)
    malformed = reported = 0
    for index in range(20):
        folder = tmp_path / f"hong-{index}"
        folder.mkdir()
        path = folder / "kho.db"
        path.write_bytes(_flip_bytes(good, rng, index))
        verdict = _sqlite_verdict(path)
        malformed += bool(verdict)
        before = fingerprint(path)

        status = main("check", db=path)
        out, err = capsys.readouterr()
        assert "unexpected" not in err, err
        if status == 0:  # only when the flips hit nothing that matters
            assert not verdict and _photos_sound(path), out
        else:
            assert status == cli.EXIT_DAMAGED, (out, err)
            reported += 1

        status = main("import", article, db=path)
        out, err = capsys.readouterr()
        if verdict:  # SQLite reports it malformed: nothing is written
            assert status == cli.EXIT_DAMAGED and out == "", (index, out, err)
            assert "is damaged" in err and "unexpected" not in err
            assert fingerprint(path) == before

        backups = folder / "backups"
        backups.mkdir()
        damaged = main("check", db=path) != 0
        # A revision whose text no longer gives its version code is named by check but
        # does not stop a backup (the copy keeps everything else): only other damage does.
        lines = capsys.readouterr().out.splitlines()[:-1]
        damaged = damaged and not all(_REVISION_PROBLEM.match(line) for line in lines)
        status = main("backup", backups, db=path)
        out, err = capsys.readouterr()
        names = [parse_name(p.name) for p in backups.iterdir()]
        if damaged:
            assert status == cli.EXIT_DAMAGED and names == [], (index, out, err)
            assert "no backup was made" in err
    # The seed gives structural damage (SQLite reports it) as well as damaged photos.
    assert malformed >= 3 and reported >= 10, (malformed, reported)


def test_a_read_only_folder_or_file_is_read_and_writes_are_refused_in_words(
    real_store, tmp_path, sample_dict, monkeypatch, capsys
):
    # Root ignores file modes, so the answer of the file system is simulated.
    path = copy_of(real_store, tmp_path / "kho")
    article = tmp_path / "bai.json"
    article.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    before = fingerprint(path)
    real_access = os.access
    for unwritable, words in ((path.parent, "its folder"), (path, "the file is read-only")):

        def access(target, mode, unwritable=unwritable, **kwargs):
            if mode == os.W_OK and Path(target) == unwritable:
                return False
            return real_access(target, mode)

        monkeypatch.setattr(os, "access", access)
        assert main("list", db=path) == 0
        assert capsys.readouterr().out.startswith("1\tdraft\t")
        assert main("import", article, db=path) == 1
        err = capsys.readouterr().err
        assert "is open read-only" in err and words in err and "unexpected" not in err
    assert fingerprint(path) == before


# ------------------------------------------------------------------ backups and restore


def test_restore_keeps_the_mode_of_the_store(real_store, tmp_path):
    path = copy_of(real_store, tmp_path / "kho")
    copy = tmp_path / "sao-luu.db"
    run("backup", copy, db=path)
    for mode in (0o664, 0o640):
        os.chmod(path, mode)
        run("restore", copy, db=path)
        assert path.stat().st_mode & 0o777 == mode


def test_copies_a_killed_backup_left_are_removed_on_the_next_run(real_store, tmp_path):
    path = copy_of(real_store, tmp_path / "kho")
    out = tmp_path / "sao-luu"
    out.mkdir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    dead = int(gone.stdout)
    left = [
        out / f".backup-{dead}-abcd1234.tmp",
        out / f".backup-{dead}-abcd1234.tmp-journal",
        path.parent / f".restore-{dead}-x_9y8z7w.tmp",
    ]
    for temp in left:
        temp.write_bytes(b"\0" * 65536)
    kept = [
        out / f".backup-{os.getpid()}-live0001.tmp",  # a copy still being written
        out / ".backup-ghi-chu.txt",  # not one of ours
    ]
    for other in kept:
        other.write_bytes(b"x")
    run("backup", out, db=path)
    run("restore", next(out.glob("deskeditor-*.db")), db=path)
    assert not any(temp.exists() for temp in left)
    assert all(other.exists() for other in kept)


def test_the_copy_restore_keeps_of_a_damaged_store_is_named_damaged(real_store, tmp_path):
    path = copy_of(real_store, tmp_path / "kho", "delete")
    copy = tmp_path / "sao-luu.db"
    run("backup", copy, db=path)
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 4096 + 16] = b"\xff" * 8
    path.write_bytes(bytes(data))
    run("restore", copy, db=path)
    kept = [parse_name(p.name)[0] for p in (path.parent / "backups").iterdir()]
    assert kept == ["damaged"]
    assert [info.damaged for info in list_backups(path.parent / "backups")] == [True]


# ------------------------------------------------------------------ what the terminal receives

HOSTILE = "\x1b]0;pwned\x07\x1b[2J"


def test_titles_and_error_messages_reach_the_terminal_escaped(tmp_path, sample_dict):
    db = tmp_path / "kho.db"
    sample_dict["title"] = f"Hội nghị {HOSTILE}"
    article = tmp_path / "bai.json"
    article.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    run("import", article, db=db)
    out = run("list", db=db).stdout  # the import dropped the control characters
    assert "\x1b" not in out and "\x07" not in out and "Hội nghị ]0;pwned[2J" in out
    # A store written before imports cleaned their text may still hold them.
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE articles SET title = ?", (f"Hội nghị {HOSTILE}",))
    connection.close()
    for command in (["list"], ["search", "hoi nghi"]):
        out = run(*command, db=db).stdout
        assert "\x1b" not in out and "\x07" not in out
        assert "Hội nghị \\x1b]0;pwned\\x07\\x1b[2J" in out
    missing = tmp_path / f"bài{HOSTILE}.json"  # named in the error message
    csv_file = tmp_path / "lien-ket.csv"
    csv_file.write_text(
        f"group,name,url,visible\nSở ban ngành,Sở,https://a.vn,{HOSTILE}\n", "utf-8"
    )
    for command in (["import", missing], ["links", "import", csv_file]):
        err = run(*command, db=db, check=False).stderr
        assert err and "\x1b" not in err and "\x07" not in err and "\\x1b]0;pwned" in err


def test_a_closed_pipe_ends_the_command_quietly(real_store, tmp_path):
    path = copy_of(real_store, tmp_path / "kho")
    reader = subprocess.Popen(
        [sys.executable, "-m", "deskeditor", "list", "--db", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    reader.stdout.close()  # like `| head -0`: the reader is gone before the first line
    err = reader.stderr.read()
    reader.stderr.close()
    assert reader.wait() == cli.EXIT_CLOSED_PIPE
    assert err == b""


def test_a_reader_gone_on_windows_ends_the_command_quietly_too(real_store, tmp_path, monkeypatch):
    import errno
    import io

    class GonePipe(io.TextIOBase):
        def write(self, text):
            raise OSError(errno.EINVAL, "Invalid argument")  # what Windows says

    path = copy_of(real_store, tmp_path / "kho")
    monkeypatch.setattr("deskeditor.cli.output._READER_GONE", {errno.EINVAL})
    monkeypatch.setattr(sys, "stdout", GonePipe())
    assert cli.main(["list", "--db", str(path)]) == cli.EXIT_CLOSED_PIPE
