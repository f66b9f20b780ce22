"""A child process for the crash tests: saves and imports into a store until it is killed.

    python crash_worker.py run STORE SEED      work until killed
    python crash_worker.py zygote STORE        (POSIX) fork one worker per "run SEED" line
    python crash_worker.py gui STORE SEED      type into the editor window until killed

Every operation is announced with ``begin <kind> <marker> [<article id>]``
before it starts and confirmed with ``saved <article id> <version code>
<marker>`` once it has returned, each line flushed at once, so the parent
knows what was confirmed and what was in flight when the kill came. Markers
are unique words put into the article's text.

The zygote imports everything once and forks, so a worker starts working
within milliseconds; the parent kills the forked worker itself (SIGKILL),
never the zygote, which reports ``exit <pid> <status>`` after the worker died.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback
from pathlib import Path

from PIL import Image

from deskeditor.model import Article, Figure, Paragraph, Run
from deskeditor.store import Store

NEW, EDIT, IMPORT = "new", "edit", "import"
FILLER = (
    "Sáng nay, Sở Nội vụ tổ chức hội nghị sơ kết công tác thi đua, khen thưởng "
    "6 tháng đầu năm với sự tham dự của đại diện các phòng, ban và đơn vị trực thuộc. "
)


def say(line: str) -> None:
    """Write one whole line straight to the pipe (no buffer to lose when killed)."""
    os.write(1, (line + "\n").encode("utf-8"))


def make_photo(path: Path, rng: random.Random) -> Path:
    """Write a small unique JPEG (noise, so every photo has its own hash)."""
    size = (rng.randrange(40, 90), rng.randrange(30, 70))
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(path, "JPEG")
    return path


def article(marker: str, rng: random.Random) -> Article:
    return Article(
        title=f"Bài {marker}: hội nghị sơ kết",
        category=rng.choice(["Tin tức - Sự kiện", "Thi đua - Khen thưởng", f"Mục {marker}"]),
        lead=f"Tin {marker}",
        author="Lê Thị Hoà",
        tags=[marker],
        body=[Paragraph([Run(f"Nội dung {marker}. "), Run(FILLER * rng.randrange(1, 20))])],
    )


def work(store_path: Path, seed: int) -> None:
    """Save, edit and import in a loop, forever (until killed)."""
    rng = random.Random(seed)
    photos = store_path.parent / "worker-photos"
    photos.mkdir(exist_ok=True)
    store = Store(store_path)
    say("ready")
    ids = [row[0] for row in store.db.execute("SELECT id FROM articles")]
    number = 0
    while True:
        number += 1
        marker = f"m{seed}x{number}"
        roll = rng.random()
        if roll < 0.40 or not ids:
            say(f"begin {NEW} {marker}")
            result = store.save_article(article(marker, rng))
            ids.append(result.article_id)
            say(f"saved {result.article_id} {result.version_code} {marker}")
        elif roll < 0.75:
            article_id = rng.choice(ids)
            current = store.get_article(article_id)
            current.lead = f"Sửa {marker}"
            say(f"begin {EDIT} {marker} {article_id}")
            result = store.save_article(current)
            say(f"saved {result.article_id} {result.version_code} {marker}")
        else:
            new = article(marker, rng)
            path = make_photo(photos / f"{marker}.jpg", rng)
            new.body.append(Figure(caption=f"Ảnh {marker}", alt=f"Mô tả {marker}", source=path))
            say(f"begin {IMPORT} {marker}")
            article_id = store.import_article(new)
            ids.append(article_id)
            say(f"saved {article_id} {store.current_version_code(article_id)} {marker}")


def gui(store_path: Path, seed: int) -> None:
    """Type into the editor window, confirming each autosave, until killed.

    A recovery offered at start-up (after the previous process was killed) is
    printed as ``offered <json text>`` and accepted, and typing goes on at the
    end of the recovered body, so every round extends the same unsaved article.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from deskeditor.app import create_application
    from deskeditor.gui import main_window
    from deskeditor.gui.recovery import RecoveryDialog, article_text

    main_window.AUTOSAVE_DELAY_MS = 150  # the real timer and path, only sooner

    def accept(cls, recovery, current, parent=None):  # type: ignore[no-untyped-def]
        say("offered " + json.dumps(article_text(recovery.article), ensure_ascii=False))
        return True

    RecoveryDialog.ask = classmethod(accept)  # type: ignore[method-assign, assignment]
    autosaves: list[bool] = []
    original = main_window.MainWindow.autosave

    def autosave(self) -> None:  # type: ignore[no-untyped-def]
        original(self)
        autosaves.append(True)

    main_window.MainWindow.autosave = autosave  # type: ignore[method-assign]

    def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
        # As tests/test_gui_editor.py types: key events carrying each character.
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )

    app = create_application(["deskeditor"])
    window = main_window.MainWindow(Store(store_path))
    window.show()
    for _ in range(10):  # let the start-up recovery offer run
        app.processEvents()
    say("ready")
    if not window.editor.title_edit.text():
        window.new_article(ask=False)
        type_text(window.editor.title_edit, "Bài đang viết dở")
    body = window.editor.body_edit
    number = 0
    while True:
        number += 1
        marker = f"tu{seed}x{number}"
        body.setFocus()
        body.moveCursor(QTextCursor.MoveOperation.End)
        type_text(body, f" {marker}")
        autosaves.clear()
        while not autosaves:
            app.processEvents()
            time.sleep(0.005)
        say(f"autosaved {marker}")


def zygote(store_path: Path) -> None:
    """Fork one worker per ``run SEED`` line on stdin; report each one's pid and end."""
    for line in sys.stdin:
        command = line.split()
        if not command or command[0] == "quit":
            break
        seed = int(command[1])
        pid = os.fork()
        if pid == 0:
            try:
                work(store_path, seed)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)  # work() only returns by failing; never run the zygote's loop
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


def main(argv: list[str]) -> None:
    mode, store_path = argv[0], Path(argv[1])
    if mode == "run":
        work(store_path, int(argv[2]))
    elif mode == "gui":
        gui(store_path, int(argv[2]))
    elif mode == "zygote":
        zygote(store_path)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
