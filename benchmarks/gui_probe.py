"""Child process of the window cases: start-up, opening an article, memory, batch export.

Each mode runs in a fresh process (so start-up is a real start and peak memory
is this process's own) and prints one JSON object on its last line. Times are
``time.monotonic()`` stamps or durations in seconds; the parent subtracts its
own stamp taken just before starting the process, so start-up counts from
process start. Run by ``benchmarks/run.py``; by hand for a look, e.g.:

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_probe.py startup --db STORE
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # before any import: the interpreter is up, nothing loaded

import argparse  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pathlib  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> dict[str, float]:
    """Peak and current resident memory of this process, in MB (2**20 bytes).

    The peak is VmHWM, the high-water mark of this process's own memory. On
    Linux ``ru_maxrss`` is kept across exec(), so in a child of a large
    process it reports the parent's size at fork time (the suite's own process
    grows past 400 MB in the photo case); it is recorded too, for reference.
    """
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS
    maxrss_mb = maxrss / 2**20 if sys.platform == "darwin" else maxrss / 2**10
    status = {}
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    status[key] = int(value.split()[0]) / 2**10
    except OSError:
        pass
    return {
        "peak_mb": status.get("VmHWM", maxrss_mb),
        "current_mb": status.get("VmRSS", 0.0),
        "ru_maxrss_mb": maxrss_mb,
    }


def _wait_for_first_paint(app, window) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Show *window*; return the monotonic time and this process's CPU time at its first frame.

    The first Paint event of the window starts the frame; the stamp is taken
    in a zero timer queued from it, i.e. once Qt has finished that whole
    paint pass (children included) and gone back to its event loop. The CPU
    time (user and system, from the start of the process) is less disturbed
    by other work on a shared machine than the wall-clock time.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    stamp: list[tuple[float, float]] = []
    # A local loop: QApplication.quit() would also close the window (Qt 6).
    loop = QEventLoop()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not stamp and not self.queued:
                self.queued = True
                QTimer.singleShot(
                    0, lambda: (stamp.append((time.monotonic(), time.process_time())), loop.quit())
                )
            return False

    watcher = FirstPaint()
    watcher.queued = False
    window.installEventFilter(watcher)
    QTimer.singleShot(60_000, loop.quit)  # never hang the suite
    window.show()
    loop.exec()
    window.removeEventFilter(watcher)
    if not stamp:
        raise SystemExit("the window was never painted")
    return stamp[0]


def _main_window(db: str):  # type: ignore[no-untyped-def]
    """Do what ``deskeditor.app.run_gui`` does up to ``window.show()``; return the stamps.

    Not done: the daily automatic backup run_gui starts in a background thread
    after showing the window (it would copy the whole store once a day).
    """
    stamps = {"process": STARTED}
    from deskeditor.app import create_application

    stamps["imported_app"] = time.monotonic()
    app = create_application()
    stamps["application"] = time.monotonic()
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.store import Store

    stamps["imported_gui"] = time.monotonic()
    try:
        # What run_gui's open_store does when no other program holds the store; when
        # one does, it would ask in a dialog, which nobody answers here. The window
        # skips the whole-file integrity check (trees that have it take verify=).
        options = {"verify": False} if "verify" in inspect.signature(Store).parameters else {}
        store = Store(pathlib.Path(db), **options)
    except Exception as exc:  # StoreInUseError, in trees that have the lock
        raise SystemExit(f"cannot open {db}: {exc}") from None
    stamps["store_open"] = time.monotonic()
    window = MainWindow(store)
    stamps["window_built"] = time.monotonic()
    return app, store, window, stamps


def startup(args: argparse.Namespace) -> dict:
    app, store, window, stamps = _main_window(args.db)
    stamps["painted"], cpu = _wait_for_first_paint(app, window)
    result = {
        "stamps": stamps,
        "cpu_s": cpu,
        "rows": window.article_model.rowCount(),
        "open_article": window.editor.article_id,
        **_rss_mb(),
    }
    window._closed = True  # skip the settings and unsaved-work questions on exit
    window.close()
    store.close()
    return result


def bare(args: argparse.Namespace) -> dict:
    """The same start with the plainest PySide6 window: QMainWindow with a label."""
    stamps = {"process": STARTED}
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    for module in args.imports or []:  # e.g. the store's library, to show what it costs alone
        __import__(module)
    stamps["imported_app"] = time.monotonic()
    app = QApplication(sys.argv[:1])
    stamps["application"] = time.monotonic()
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Xin chào"))
    window.resize(1400, 900)
    stamps["window_built"] = time.monotonic()
    stamps["painted"], cpu = _wait_for_first_paint(app, window)
    return {"stamps": stamps, "cpu_s": cpu, **_rss_mb()}


def _settle(app, window) -> None:  # type: ignore[no-untyped-def]
    """Paint now and handle everything queued (timers at 0, layout requests)."""
    window.repaint()
    app.processEvents()


def open_article(args: argparse.Namespace) -> dict:
    """Time MainWindow.open_article of the 20-photo article, image cache cold each time."""
    app, store, window, _ = _main_window(args.db)
    _wait_for_first_paint(app, window)
    times = []
    for _ in range(args.runs + 1):
        window.open_article(args.other)  # come from another article, as a user does
        _settle(app, window)
        window.images._images.clear()  # decoded pictures: cold, as on the first open
        window.images._sizes.clear()
        start = time.perf_counter()
        window.open_article(args.article)
        _settle(app, window)
        times.append(time.perf_counter() - start)
    figures = len(window.editor.figures())
    window._closed = True
    window.close()
    store.close()
    return {"runs": times[1:], "warmup": times[0], "figures": figures}


def memory(args: argparse.Namespace) -> dict:
    """Peak memory with the store open and the 20-photo article open and fully scrolled."""
    app, store, window, _ = _main_window(args.db)
    _wait_for_first_paint(app, window)
    window.open_article(args.article)
    _settle(app, window)
    bar = window.editor.body_edit.verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), max(1, bar.pageStep())):
        bar.setValue(value)  # every photo is drawn once, so every picture is decoded
        _settle(app, window)
    result = {
        "figures": len(window.editor.figures()),
        "decoded_pictures": len(window.images._images),
        **_rss_mb(),
    }
    window._closed = True
    window.close()
    store.close()
    return result


def bare_memory(args: argparse.Namespace) -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Xin chào"))
    window.resize(1400, 900)
    _wait_for_first_paint(app, window)
    return _rss_mb()


def batch(args: argparse.Namespace) -> dict:
    """Export articles with the window's background helper and a progress dialog; watch the GUI thread.

    A 10 ms timer in the GUI thread records when it fires; the largest gap
    between two ticks is the longest the window could not react. The helper
    delivers progress and the result in the GUI thread (see gui/background.py).
    """
    from functools import partial

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from deskeditor.gui.background import BackgroundOp
    from deskeditor.gui.batch_export import BatchRequest, BatchResult, BatchStep, export_batch

    app, store, window, _ = _main_window(args.db)
    _wait_for_first_paint(app, window)
    ids = [int(i) for i in args.ids.split(",")]
    out = pathlib.Path(args.out)
    request = BatchRequest(
        db_path=pathlib.Path(args.db), article_ids=ids, folder=out, html=True, docx=True
    )
    progress = QProgressDialog("Exporting…", "Cancel", 0, len(ids), window)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    loop = QEventLoop()
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))  # emitted in this thread
    outcome = {"result": BatchResult(), "end": 0.0}

    def on_progress(step: BatchStep) -> None:
        progress.setValue(step.done)
        progress.setLabelText(step.title)

    def on_success(result: BatchResult) -> None:
        outcome["result"], outcome["end"] = result, time.perf_counter()

    def on_finished() -> None:
        timer.stop()
        progress.reset()
        loop.quit()

    op = BackgroundOp(
        window,
        partial(export_batch, request),
        on_progress=on_progress,
        on_success=on_success,
        on_finished=on_finished,
    )
    QTimer.singleShot(600_000, loop.quit)  # never hang the suite
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    op.start()
    loop.exec()
    op.wait()
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:], strict=False))
    result = outcome["result"]
    elapsed = (outcome["end"] or time.perf_counter()) - start
    outputs = len(list(out.iterdir()))
    window._closed = True
    window.close()
    store.close()
    return {
        "exported": result.exported,
        "errors": result.errors,
        "elapsed": elapsed,
        "per_second": result.exported / elapsed if elapsed else 0.0,
        "max_gap": gaps[-1] if gaps else None,
        "p99_gap": gaps[int(len(gaps) * 0.99)] if gaps else None,
        "gaps_over_100ms": sum(1 for g in gaps if g > 0.1),
        "ticks": len(ticks),
        "outputs": outputs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "mode", choices=["startup", "bare", "open", "memory", "bare-memory", "batch"]
    )
    parser.add_argument("--db")
    parser.add_argument("--article", type=int)
    parser.add_argument("--other", type=int)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ids")
    parser.add_argument("--out")
    parser.add_argument("--import", dest="imports", action="append")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    modes = {
        "startup": startup,
        "bare": bare,
        "open": open_article,
        "memory": memory,
        "bare-memory": bare_memory,
        "batch": batch,
    }
    result = modes[args.mode](args)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: Qt's offscreen platform may crash in it


if __name__ == "__main__":
    main()
