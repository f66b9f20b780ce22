"""Slow work off the GUI thread: one helper for photo import, batch export and backups.

A :class:`BackgroundOp` runs a domain callable in a worker thread. The callable
gets an :class:`OpControl` through which it reports progress and sees whether
the user cancelled. Progress, the result and any error come back as queued
signals to the op itself, which lives in the GUI thread, so every callback may
touch widgets. (PySide6 runs a lambda connected to a signal in the thread that
emits it; a method of an object living in the GUI thread is queued there
instead. That is why the callbacks are called from the op's own slots.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .error_text import sentence


class Cancelled(Exception):
    """Raised inside the callable (by :meth:`OpControl.raise_if_cancelled`) to stop early."""


class OpControl:
    """What the running callable sees of its op: cancellation and a progress channel."""

    def __init__(self, report: Callable[[object], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Tell whether the user asked to stop."""
        return self._cancelled.is_set()

    def raise_if_cancelled(self) -> None:
        """Stop the callable here if the user asked to; the op then ends as cancelled."""
        if self._cancelled.is_set():
            raise Cancelled

    def report(self, value: object) -> None:
        """Send *value* to the op's ``on_progress`` callback, in the GUI thread."""
        self._report(value)


class _Runner(QRunnable):
    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        self.op._execute()


class BackgroundOp(QObject):
    """Run ``run(control)`` in a worker thread; call back in the GUI thread.

    ``on_success(result)`` follows a normal return, ``on_error(exception)`` an
    exception (by default a message box showing it in the interface language),
    ``on_progress(value)`` each :meth:`OpControl.report`; ``on_finished()``
    comes last whatever the outcome, also after a cancel before the start.
    """

    _progressed = Signal(object)
    _ended = Signal(str, object)  # "success" | "error" | "cancelled", result or exception
    # Ops under way: nothing but this set may hold a fire-and-forget op.
    _running: ClassVar[set[BackgroundOp]] = set()

    def __init__(
        self,
        parent: QObject,
        run: Callable[[OpControl], Any],
        *,
        on_success: Callable[[Any], object] | None = None,
        on_error: Callable[[Exception], object] | None = None,
        on_progress: Callable[[Any], object] | None = None,
        on_finished: Callable[[], object] | None = None,
        error_title: str = "",
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._on_success = on_success
        self._on_error = on_error or self._show_error
        self._on_progress = on_progress
        self._on_finished = on_finished
        self._error_title = error_title
        self._pool = pool or QThreadPool.globalInstance()
        self.control = OpControl(self._progressed.emit)
        self._ran = threading.Event()
        self._started = False
        self._finished = False
        # Bound methods of this object: queued to the GUI thread when emitted by the worker.
        self._progressed.connect(self._deliver_progress)
        self._ended.connect(self._deliver_end)

    def start(self) -> BackgroundOp:
        """Queue the callable on the thread pool; return the op."""
        self._started = True
        BackgroundOp._running.add(self)
        self._pool.start(_Runner(self))
        return self

    def cancel(self) -> None:
        """Ask the callable to stop; one not started yet never runs."""
        self.control._cancelled.set()

    def is_running(self) -> bool:
        """Tell whether the op was started and its outcome is not delivered yet."""
        return self._started and not self._finished

    def wait(self, msecs: int = -1) -> bool:
        """Block until the callable has returned (the callbacks follow in the event loop)."""
        return self._ran.wait(None if msecs < 0 else msecs / 1000)

    # ------------------------------------------------------------ worker thread

    def _execute(self) -> None:
        outcome: tuple[str, object]
        try:
            self.control.raise_if_cancelled()
            outcome = ("success", self._run(self.control))
        except Cancelled:
            outcome = ("cancelled", None)
        except Exception as exc:  # every error goes back to the window, none dies here
            outcome = ("error", exc)
        finally:
            self._ran.set()
        try:
            self._ended.emit(*outcome)
        except RuntimeError:  # the op went with its parent (a window closed): nobody to tell
            BackgroundOp._running.discard(self)

    # ------------------------------------------------------------ GUI thread

    def _deliver_progress(self, value: object) -> None:
        if self._on_progress is not None and not self._finished:
            self._on_progress(value)

    def _deliver_end(self, outcome: str, value: object) -> None:
        self._finished = True
        BackgroundOp._running.discard(self)
        try:
            if outcome == "success" and self._on_success is not None:
                self._on_success(value)
            elif outcome == "error":
                assert isinstance(value, Exception)
                self._on_error(value)
        finally:
            if self._on_finished is not None:
                self._on_finished()
            self.deleteLater()

    def _show_error(self, error: Exception) -> None:
        parent = self.parent()
        QMessageBox.warning(
            parent if isinstance(parent, QWidget) else None,
            self._error_title or QCoreApplication.translate("MainWindow", "The work failed"),
            sentence(error),
        )
