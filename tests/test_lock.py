"""One store, one writer: the store lock between processes, and network-drive detection."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from deskeditor.errors import DeskEditorError
from deskeditor.store.lock import (
    LockError,
    LockOwner,
    StoreInUseError,
    acquire,
    is_network_path,
    is_unc_path,
    lock_path,
    mount_type,
    network_warning,
    parse_mount_output,
    parse_proc_mounts,
    read_owner,
)

ROOT = Path(__file__).resolve().parents[1]
HOLDER = """
import sys, time
from deskeditor.store.lock import acquire
lock = acquire(sys.argv[1])
print("locked", flush=True)
time.sleep(120)
"""
CONTENDER = """
import sys
from deskeditor.store.lock import StoreInUseError, acquire
try:
    lock = acquire(sys.argv[1])
except StoreInUseError as exc:
    print(f"in use|{exc.owner.pid if exc.owner else ''}|{exc}")
else:
    print("acquired")
    lock.release()
"""


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


def _python(code: str, *args: object, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
        **kwargs,
    )


def _first_line(proc: subprocess.Popen, timeout: float = 60) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout).strip()
    except queue.Empty:
        proc.kill()
        pytest.fail("the child process said nothing (hung?)")


def _contend(store: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", CONTENDER, str(store)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def holder(tmp_path):
    """A child process holding the lock of tmp_path/kho.db, killed afterwards."""
    store = tmp_path / "kho.db"
    proc = _python(HOLDER, store)
    assert _first_line(proc) == "locked", proc.stderr.read() if proc.poll() is not None else ""
    yield store, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=60)
    proc.stdout.close()
    proc.stderr.close()


def test_second_process_is_told_which_process_holds_the_store(holder):
    store, proc = holder
    answer = _contend(store)
    kind, pid, message = answer.split("|", 2)
    assert kind == "in use"
    assert pid == str(proc.pid)
    assert f"process {proc.pid} on {socket.gethostname()}" in message
    assert str(store) in message and "\n" not in message


def test_this_process_is_refused_too_naming_the_holder(holder):
    store, proc = holder
    with pytest.raises(StoreInUseError) as caught:
        acquire(store)
    assert caught.value.owner is not None and caught.value.owner.pid == proc.pid
    assert isinstance(caught.value, DeskEditorError)
    assert "in use by deskeditor (process" in str(caught.value)


def test_killed_holder_leaves_no_stale_lock(holder):
    store, proc = holder
    if sys.platform == "win32":
        proc.kill()  # TerminateProcess
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    # The file is still there with the dead process in it, but nobody holds it.
    assert lock_path(store).exists()
    assert read_owner(lock_path(store)).pid == proc.pid
    # Windows may take a moment to drop a terminated process's locks: hence the wait.
    with acquire(store, wait=10) as lock:
        assert lock.held
        assert read_owner(lock.path).pid == os.getpid()
    assert _contend(store) == "acquired"


def test_waiting_for_a_holder_gives_up_with_the_same_clear_error(holder):
    store, proc = holder
    started = time.monotonic()
    with pytest.raises(StoreInUseError, match=f"process {proc.pid} "):
        acquire(store, wait=0.5)
    assert time.monotonic() - started >= 0.5


def test_a_second_open_in_the_same_process_is_refused(tmp_path):
    store = tmp_path / "kho.db"
    first = acquire(store)
    try:
        with pytest.raises(StoreInUseError, match=f"process {os.getpid()} "):
            acquire(store)
    finally:
        first.release()
    acquire(store).release()


def test_release_lets_the_next_process_in_and_is_idempotent(tmp_path):
    store = tmp_path / "kho.db"
    lock = acquire(store)
    assert _contend(store).startswith("in use|")
    lock.release()
    lock.release()
    assert not lock.held
    assert _contend(store) == "acquired"


def test_unreadable_owner_record_still_gives_a_clear_message(tmp_path):
    store = tmp_path / "kho.db"
    lock_path(store).write_bytes(b"\x00garbage")
    assert read_owner(lock_path(store), attempts=1) is None
    error = StoreInUseError(store, None)
    assert "in use by another copy of deskeditor" in str(error)
    with acquire(store):  # a leftover file with garbage in it is no lock
        pass


def test_owner_description():
    owner = LockOwner(1234, "PC-VANTHU", "lan")
    assert owner.describe() == "deskeditor (process 1234 on PC-VANTHU, user lan)"
    message = str(StoreInUseError(Path("kho.db"), owner))
    assert (
        "the store kho.db is in use by deskeditor (process 1234 on PC-VANTHU, user lan)" in message
    )


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(LockError, match="cannot create the lock file"):
        acquire(tmp_path / "khong-co" / "kho.db")


# ------------------------------------------------------------------ network drives


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\server\share\deskeditor.db", True),
        (r"\\10.0.0.5\du-lieu\kho.db", True),
        ("//nas/share/kho.db", True),
        (r"\\?\UNC\server\share\kho.db", True),
        (r"\\?\C:\Users\lan\kho.db", False),
        (r"\\.\PhysicalDrive0", False),
        (r"C:\Users\lan\AppData\Roaming\deskeditor\deskeditor.db", False),
        ("kho.db", False),
    ],
)
def test_unc_paths(path, network):
    assert is_unc_path(path) is network
    assert is_network_path(path, platform="win32", drive_type=lambda root: 3) is network


@pytest.mark.parametrize(
    ("path", "drive_types", "network"),
    [
        (r"Z:\kho\deskeditor.db", {"Z:\\": 4}, True),  # DRIVE_REMOTE: a mapped network drive
        (r"z:\kho\deskeditor.db", {"Z:\\": 4}, True),
        (r"C:\kho\deskeditor.db", {"C:\\": 3, "Z:\\": 4}, False),  # DRIVE_FIXED
        (r"E:\kho.db", {"E:\\": 2}, False),  # DRIVE_REMOVABLE: a USB stick
    ],
)
def test_mapped_network_drives(path, drive_types, network):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return drive_types.get(root, 0)

    assert is_network_path(path, platform="win32", drive_type=drive_type) is network
    assert asked == [path[:2].upper() + "\\"]


PROC_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
nas:/export/home /home nfs4 rw,vers=4.2 0 0
/dev/sdb1 /home/lan/local ext4 rw 0 0
//nas/cong\\040van /mnt/cong\\040van cifs rw 0 0
lan@may-chu:/srv /mnt/sshfs fuse.sshfs rw 0 0
drvfs /mnt/c 9p rw 0 0
nas:/x /mnt/nas nfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/lan/deskeditor.db", True),  # NFS home folder
        ("/home/lan/local/deskeditor.db", False),  # longest mount wins: a local disk under it
        ("/home", True),
        ("/mnt/cong van/kho.db", True),  # \040 is a space in /proc/mounts
        ("/mnt/sshfs/kho.db", True),
        ("/mnt/c/Users/lan/kho.db", True),  # 9p (WSL's Windows drives)
        ("/mnt/nasty/kho.db", False),  # /mnt/nas is not a prefix of /mnt/nasty
        ("/mnt/nas/kho.db", True),
        ("/tmp/kho.db", False),
        ("/var/lib/kho.db", False),
    ],
)
def test_linux_mount_table(path, network):
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert is_network_path(path, platform="linux", mounts=mounts) is network


def test_proc_mounts_parsing_unescapes_spaces():
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert ("/mnt/cong van", "cifs") in mounts
    assert mount_type("/mnt/cong van/a/b.db", mounts) == "cifs"
    assert mount_type("relative/but/no/root", []) is None


def test_macos_mount_output():
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//lan@nas._smb._tcp.local/Cong van on /Volumes/Cong van (smbfs, nodev, nosuid, mounted by lan)\n"
        "nas:/export on /Volumes/nfs (nfs, asynchronous)\n"
        "/dev/disk4s1 on /Volumes/USB (msdos, local, nodev, nosuid, noowners)\n"
    )
    mounts = parse_mount_output(output)
    assert ("/Volumes/Cong van", "smbfs") in mounts
    for path, network in [
        ("/Volumes/Cong van/kho.db", True),
        ("/Volumes/nfs/kho.db", True),
        ("/Volumes/USB/kho.db", False),
        ("/Users/lan/kho.db", False),
    ]:
        assert is_network_path(path, platform="darwin", mounts=mounts) is network


def test_the_test_folder_is_local_and_gets_no_warning(tmp_path):
    assert is_network_path(tmp_path / "kho.db") is False
    assert network_warning(tmp_path / "kho.db") is None


@pytest.mark.skipif(sys.platform != "win32", reason="GetDriveTypeW exists on Windows only")
def test_windows_system_drive_is_local():  # pragma: no cover - Windows CI
    system = os.environ.get("SYSTEMDRIVE", "C:") + "\\kho.db"
    assert is_network_path(system) is False
