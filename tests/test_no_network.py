"""The program makes no network connections during a typical session.

A child process installs a guard before anything of deskeditor is imported:
``socket.socket.connect``, ``socket.create_connection``, ``getaddrinfo`` and
friends raise and record the attempt, and an audit hook records every
internet socket created (Python-level), then runs a session: open a store,
import an article with photos, search, export HTML (three forms) and Word,
back up, list backups, and open and close the main window offscreen. On
Linux it also lists the internet sockets the process still holds at the end,
which catches connections made below Python (Qt's own networking).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent

GUARD = r"""
import json, os, socket, sys

ATTEMPTS = []


def _refuse(name):
    def refused(*args, **kwargs):
        ATTEMPTS.append([name, repr(args)[:200]])
        raise OSError(f"network access is disabled in this test ({name})")
    return refused


socket.socket.connect = _refuse("socket.connect")
socket.socket.connect_ex = _refuse("socket.connect_ex")
socket.socket.sendto = _refuse("socket.sendto")
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
socket.gethostbyname = _refuse("gethostbyname")
socket.gethostbyname_ex = _refuse("gethostbyname_ex")
socket.gethostbyaddr = _refuse("gethostbyaddr")

_INTERNET = {int(socket.AF_INET), int(socket.AF_INET6)}
_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
           "socket.sendto", "socket.sendmsg", "socket.bind", "urllib.Request", "http.client.connect"}


def _audit(event, args):
    if event == "socket.__new__" and len(args) > 1 and args[1] in _INTERNET:
        ATTEMPTS.append([event, repr(args[1:])])
    elif event in _EVENTS:
        ATTEMPTS.append([event, repr(args)[:200]])


sys.addaudithook(_audit)


def internet_sockets_held():
    # Linux: inodes of this process's sockets that are TCP/UDP sockets (Qt included).
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return None
    inodes = set()
    for fd in fds:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    held = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = open(f"/proc/self/net/{table}", encoding="ascii").read().splitlines()[1:]
        except OSError:
            continue
        held += [f"{table} {line.split()[2]}" for line in lines if line.split()[9] in inodes]
    return held


def report(**extra):
    print("RESULT " + json.dumps({"attempts": ATTEMPTS, "held": internet_sockets_held(), **extra}))
"""

SESSION = r"""
import sys
from pathlib import Path

folder = Path(sys.argv[1])
sys.path.insert(0, sys.argv[2])  # the tests folder, for samples.py

from samples import import_long_article

from deskeditor.backups import auto_backup, list_backups
from deskeditor.export import context_for
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_folder, write_html_fragment, write_html_single
from deskeditor.store import Store

store = Store(folder / "kho.db")
article_id = import_long_article(store, folder / "bai")
assert store.search("hoi nghi"), "search found nothing"
context = context_for(store, article_id)
out = folder / "xuat"
out.mkdir()
write_html_folder(context, out / "trang")
write_html_single(context, out / "mot-tep.html")
(out / "cms").mkdir()
write_html_fragment(context, out / "cms" / "doan.html")
write_docx(context, out / "phieu.docx")
store.backup(folder / "sao-luu.db")
auto_backup(store)
assert list_backups(folder / "backups")[0].articles == 1

from PySide6.QtWidgets import QApplication
from deskeditor.app import create_application
from deskeditor.gui.main_window import MainWindow

app = create_application(["deskeditor"])
window = MainWindow(store)
window.show()
app.processEvents()
window.open_article(article_id)
app.processEvents()
window._dirty = False
window.close()
app.processEvents()
store.close()
report(qt_network=sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork")),
       exported=sorted(p.name for p in out.iterdir()))
"""


def _run(code: str, *args: object, home: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "APPDATA": str(home / "appdata"),
    }
    env.pop("DESKEDITOR_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", GUARD + code, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")][-1]
    return json.loads(line[len("RESULT ") :])


def test_the_guard_notices_a_connection_attempt(tmp_path):
    """The detector works: a deliberate attempt is refused and recorded."""
    code = (
        "import socket, urllib.request\n"
        "for attempt in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
        "                lambda: socket.getaddrinfo('example.com', 443),\n"
        "                lambda: socket.socket().connect(('192.0.2.1', 80)),\n"
        "                lambda: urllib.request.urlopen('http://192.0.2.1/', timeout=1)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError:\n"
        "        pass\n"
        "report()\n"
    )
    result = _run(code, home=tmp_path)
    names = {name for name, _ in result["attempts"]}
    assert {"create_connection", "getaddrinfo", "socket.connect", "socket.__new__"} <= names


@pytest.mark.slow
def test_a_typical_session_makes_no_network_connection(tmp_path):
    result = _run(SESSION, tmp_path, TESTS, home=tmp_path)
    assert result["attempts"] == []
    assert result["held"] in ([], None)  # None: no /proc (not Linux)
    assert result["qt_network"] == []
    assert result["exported"] == ["cms", "mot-tep.html", "phieu.docx", "trang"]
