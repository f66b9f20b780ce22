"""Tell the user about a program error in words, keep the window running, say where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from deskeditor.crashlog import CrashLog


class CrashReporter(QObject):
    """Shows uncaught exceptions in a message box on the GUI thread, one at a time.

    Exceptions may come from worker threads (threading.excepthook), so the log
    callback only emits a signal; the queued connection brings it to the GUI
    thread. While one box is open, further errors are logged but not shown, so
    an error in a paint handler cannot stack up boxes without end.
    """

    reported = Signal(str, str)

    def __init__(self, log: CrashLog, parent: QWidget) -> None:
        super().__init__(parent)
        self.log = log
        self.window = parent
        self.showing = False
        self.shown = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        log.on_exception = lambda error, path: self.reported.emit(str(error), str(path))

    def _show(self, error: str, path: str) -> None:
        if self.showing:
            return
        self.showing = True
        self.shown += 1
        try:
            QMessageBox.critical(
                self.window,
                QApplication.translate("CrashReport", "Program error"),
                QApplication.translate(
                    "CrashReport",
                    "Something went wrong inside the program: %1\n\n"
                    "The program keeps running. Save your article (Ctrl+S) to be safe. "
                    "The details were written to:\n%2",
                )
                .replace("%1", error[:300])
                .replace("%2", path),
            )
        finally:
            self.showing = False

    def report_previous_crash(self) -> None:
        """If the last run died, say so and name its log."""
        if self.log.previous_crash is None:
            return
        QMessageBox.warning(
            self.window,
            QApplication.translate("CrashReport", "The program stopped unexpectedly last time"),
            QApplication.translate(
                "CrashReport",
                "The last session ended with a fatal error. Work kept by autosave is offered "
                "back separately. If this happens again, send this file to your IT office:\n%1",
            ).replace("%1", str(Path(self.log.previous_crash))),
        )
