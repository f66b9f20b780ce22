"""The window's one helper for slow work: result, error, progress and cancel, in the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from deskeditor.errors import Message, PhotoError


def _in_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_result_and_progress_come_back_in_the_gui_thread(qtbot):
    from deskeditor.gui.background import BackgroundOp

    parent = QWidget()
    qtbot.addWidget(parent)
    worker_threads, seen = [], []

    def run(control):
        worker_threads.append(_in_gui_thread())
        for step in (1, 2, 3):
            control.report(step)
        return "xong"

    BackgroundOp(
        parent,
        run,
        on_progress=lambda step: seen.append(("progress", step, _in_gui_thread())),
        on_success=lambda result: seen.append(("success", result, _in_gui_thread())),
        on_finished=lambda: seen.append(("finished", None, _in_gui_thread())),
    ).start()
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=10_000)
    assert worker_threads == [False]  # the work itself ran off the GUI thread
    assert seen == [
        ("progress", 1, True),
        ("progress", 2, True),
        ("progress", 3, True),
        ("success", "xong", True),
        ("finished", None, True),
    ]


def test_an_error_is_shown_in_vietnamese_by_default(qtbot, no_dialogs, vietnamese):
    from deskeditor.gui.background import BackgroundOp

    parent = QWidget()
    qtbot.addWidget(parent)
    finished = []

    def run(_control):
        raise PhotoError("ảnh hội nghị.jpg", Message("photo.not_image"))

    op = BackgroundOp(parent, run, on_finished=lambda: finished.append(_in_gui_thread()))
    op.start()
    qtbot.waitUntil(lambda: finished == [True], timeout=10_000)
    assert not op.is_running()
    [(kind, _title, text)] = no_dialogs
    assert kind == "warning" and text == "ảnh hội nghị.jpg: không phải tệp ảnh"


def test_an_error_goes_to_its_callback_in_the_gui_thread(qtbot, no_dialogs):
    from deskeditor.gui.background import BackgroundOp

    parent = QWidget()
    qtbot.addWidget(parent)
    errors, successes = [], []

    def run(_control):
        raise PhotoError("ảnh.jpg", Message("photo.empty"))

    BackgroundOp(
        parent,
        run,
        on_success=successes.append,
        on_error=lambda exc: errors.append((str(exc), _in_gui_thread())),
    ).start()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == [("ảnh.jpg: the file is empty", True)]
    assert successes == [] and no_dialogs == []


def test_cancel_stops_the_work_and_delivers_no_result(qtbot, no_dialogs):
    from deskeditor.gui.background import BackgroundOp

    parent = QWidget()
    qtbot.addWidget(parent)
    may_go_on, steps, outcome = threading.Event(), [], []

    def run(control):
        for step in range(1000):
            control.raise_if_cancelled()
            control.report(step)
            may_go_on.wait(5)
        return "không được tới đây"

    op = BackgroundOp(
        parent,
        run,
        on_progress=steps.append,
        on_success=outcome.append,
        on_error=outcome.append,
        on_finished=lambda: outcome.append("finished"),
    ).start()
    qtbot.waitUntil(lambda: bool(steps), timeout=10_000)
    op.cancel()
    may_go_on.set()
    assert op.wait(10_000)
    qtbot.waitUntil(lambda: outcome == ["finished"], timeout=10_000)
    assert len(steps) < 1000 and no_dialogs == []


def test_an_op_cancelled_before_it_starts_never_runs(qtbot):
    from PySide6.QtCore import QThreadPool

    from deskeditor.gui.background import BackgroundOp

    parent = QWidget()
    qtbot.addWidget(parent)
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    gate, ran, finished = threading.Event(), [], []
    first = BackgroundOp(parent, lambda _c: gate.wait(10), pool=pool).start()
    second = BackgroundOp(
        parent, lambda _c: ran.append(True), pool=pool, on_finished=lambda: finished.append(1)
    ).start()
    second.cancel()
    gate.set()
    assert first.wait(10_000) and second.wait(10_000)
    qtbot.waitUntil(lambda: finished == [1], timeout=10_000)
    assert ran == []


def test_an_op_whose_window_closed_meanwhile_ends_quietly(qtbot):
    """The window (the op's parent) goes while the work runs: no error, no callback."""
    import shiboken6

    from deskeditor.gui.background import BackgroundOp

    parent = QWidget()
    gate, finished, hooked = threading.Event(), [], []
    op = BackgroundOp(parent, lambda _c: gate.wait(10), on_finished=lambda: finished.append(1))
    op.start()
    shiboken6.delete(parent)  # what closing and deleting the window does to its children
    previous = threading.excepthook
    threading.excepthook = lambda args: hooked.append(args.exc_value)
    try:
        gate.set()
        assert op.wait(10_000)
        qtbot.wait(200)  # time for a stray signal to arrive
    finally:
        threading.excepthook = previous
    assert finished == [] and hooked == []
    assert op not in BackgroundOp._running


@pytest.mark.unicode_paths
def test_photo_import_delivers_photos_in_order_and_names_a_refused_file(qtbot, tmp_path):
    from samples import make_photo

    from deskeditor.gui.photo_import import PhotoImport

    parent = QWidget()
    qtbot.addWidget(parent)
    sources = [make_photo(tmp_path / f"ảnh-{i}.jpg", i, (900, 600)) for i in range(3)]
    broken = tmp_path / "hỏng.jpg"
    broken.write_bytes(b"khong phai anh")
    sources.insert(1, broken)
    ready, failed, progress, finished = [], [], [], []
    job = PhotoImport(sources, parent)
    job.ready.connect(lambda photo: ready.append((photo.original_name, _in_gui_thread())))
    job.failed.connect(failed.append)
    job.progress.connect(lambda done, total: progress.append((done, total)))
    job.finished.connect(lambda: finished.append(_in_gui_thread()))
    job.start()
    qtbot.waitUntil(lambda: finished == [True], timeout=30_000)
    assert ready == [("ảnh-0.jpg", True), ("ảnh-1.jpg", True), ("ảnh-2.jpg", True)]
    assert len(failed) == 1 and failed[0].startswith("hỏng.jpg")
    assert progress[-1] == (4, 4)


@pytest.mark.unicode_paths
def test_a_cancelled_photo_import_inserts_nothing_more(qtbot, tmp_path):
    from samples import make_photo

    from deskeditor.gui.photo_import import PhotoImport

    parent = QWidget()
    qtbot.addWidget(parent)
    sources = [make_photo(tmp_path / f"ảnh-{i}.jpg", i, (900, 600)) for i in range(6)]
    ready, finished = [], []
    job = PhotoImport(sources, parent)
    job.ready.connect(ready.append)
    job.finished.connect(lambda: finished.append(True))
    job.start()
    job.cancel()
    qtbot.waitUntil(lambda: finished == [True], timeout=30_000)
    assert ready == []
