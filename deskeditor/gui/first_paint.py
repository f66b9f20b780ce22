"""Work the window's first frame does not show, done once that frame is on screen.

Start-up is measured to the first painted frame (``benchmarks/run.py --only
startup``); what that frame does not show waits until just after it, unless
the user needs it sooner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls *job* once: after *widget*'s first paint, or when one of *sooner* fires first.

    The job runs from a zero timer queued by the first Paint event, i.e. once
    Qt has finished that paint pass. A signal in *sooner* (the user opens an
    article, types) runs it at once instead, so nothing waits on a frame.
    """

    def __init__(self, widget: QWidget, job: Callable[[], object], *sooner: SignalInstance) -> None:
        super().__init__(widget)
        self._widget = widget
        self._job: Callable[[], object] | None = job
        self._sooner = sooner
        for signal in sooner:
            signal.connect(self.run)
        widget.installEventFilter(self)

    @property
    def done(self) -> bool:
        """Tell whether the job has run."""
        return self._job is None

    def run(self) -> None:
        """Run the job now, if it has not run yet."""
        job, self._job = self._job, None
        if job is None:
            return
        self._widget.removeEventFilter(self)
        for signal in self._sooner:
            signal.disconnect(self.run)
        job()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self._widget:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)
        return False
