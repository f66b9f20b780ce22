"""A failure leaves a log in the data folder, and the next start can say where it is."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from deskeditor import crashlog


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
    )


def test_a_fatal_error_leaves_crash_log_and_the_next_start_reports_it(tmp_path):
    folder = tmp_path / "logs"
    died = _run(
        f"""
        import faulthandler
        from pathlib import Path
        from deskeditor import crashlog
        crashlog.install(Path({str(folder)!r}))
        def editing_the_article():
            faulthandler._sigsegv()
        editing_the_article()
        """
    )
    assert died.returncode != 0
    crash = (folder / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "editing_the_article" in crash

    log = crashlog.install(folder)
    try:
        assert log.previous_crash is not None
        assert log.previous_crash.name.startswith("crash-")
        assert "editing_the_article" in log.previous_crash.read_text(encoding="utf-8")
        assert (folder / "crash.log").stat().st_size == 0  # this run's log, empty so far
    finally:
        log.close()


def test_a_run_that_ends_well_leaves_no_crash_report(tmp_path):
    folder = tmp_path / "logs"
    log = crashlog.install(folder)
    log.close()
    assert not (folder / "crash.log").exists()
    again = crashlog.install(folder)
    again.close()
    assert again.previous_crash is None


def test_uncaught_exceptions_are_appended_to_errors_log(tmp_path):
    folder = tmp_path / "logs"
    seen = []
    log = crashlog.install(folder)
    log.on_exception = lambda error, path: seen.append((str(error), path))
    try:
        try:
            raise ValueError("ảnh không đọc được")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        log.close()
    text = (folder / "errors.log").read_text(encoding="utf-8")
    assert "ValueError: ảnh không đọc được" in text
    assert seen == [("ảnh không đọc được", folder / "errors.log")]
    assert sys.excepthook is not log.record_exception  # close() put the old hook back


def test_only_the_last_crash_logs_are_kept(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    for day in range(1, 15):
        (folder / f"crash-202611{day:02d}-080000.log").write_text("old", encoding="utf-8")
    (folder / "crash.log").write_text("Fatal Python error: …", encoding="utf-8")
    log = crashlog.install(folder)
    log.close()
    assert len(list(folder.glob("crash-*.log"))) == crashlog.KEEP_CRASH_LOGS
    assert log.previous_crash in list(folder.glob("crash-*.log"))


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    log = crashlog.install(blocker / "logs")
    log.close()
    assert log.previous_crash is None


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_in_words_and_the_window_keeps_running(
    vietnamese, window, qtbot, tmp_path, no_dialogs
):
    from gui_helpers import type_text
    from PySide6.QtCore import QTimer

    from deskeditor.gui.crash_report import CrashReporter

    log = crashlog.install(tmp_path / "logs")
    try:
        reporter = CrashReporter(log, window)

        def broken_slot():
            raise RuntimeError("lỗi thử nghiệm trong một khe")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.shown == 1)
        kind, _title, text = no_dialogs[-1]
        assert kind == "critical"
        assert text.startswith("Đã xảy ra lỗi bên trong chương trình: lỗi thử nghiệm trong một khe")
        assert str(log.errors_path) in text
        assert "broken_slot" in log.errors_path.read_text(encoding="utf-8")
        # The window is still there and still takes typing.
        window.editor.title_edit.setFocus()
        type_text(window.editor.title_edit, "Vẫn gõ được")
        assert window.editor.title_edit.text() == "Vẫn gõ được"
    finally:
        log.close()


def test_the_next_start_names_the_crash_log(vietnamese, window, tmp_path, no_dialogs):
    from deskeditor.gui.crash_report import CrashReporter

    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "crash.log").write_text("Fatal Python error: none_dealloc", encoding="utf-8")
    log = crashlog.install(folder)
    try:
        CrashReporter(log, window).report_previous_crash()
    finally:
        log.close()
    kind, title, text = no_dialogs[-1]
    assert (kind, title) == ("warning", "Lần trước chương trình đã dừng đột ngột")
    assert str(log.previous_crash) in text
