"""Leave a trace when the program fails: fatal errors and uncaught exceptions go to log files.

``deskeditor-gui`` has no console on Windows, so a traceback printed to stderr
is lost and a fatal error in Qt or the binding vanishes without a word. At
start-up :func:`install` points :mod:`faulthandler` at ``crash.log`` in the
data folder and routes :data:`sys.excepthook` to ``errors.log``. A ``crash.log``
left non-empty by the previous run means that run died; it is moved aside as
``crash-YYYYMMDD-HHMMSS.log`` and reported, so the next start can say where
it is. Qt-free: the window passes a callback that shows the message.
"""

from __future__ import annotations

import contextlib
import faulthandler
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from deskeditor import __version__

LOG_FOLDER = "logs"
CRASH_FILE = "crash.log"
ERRORS_FILE = "errors.log"
# errors.log is started afresh when it grows past this; older crash logs beyond KEEP are removed.
ERRORS_MAX_BYTES = 1_000_000
KEEP_CRASH_LOGS = 10

ExceptionHandler = Callable[[type[BaseException], BaseException, TracebackType | None], None]


@dataclass
class CrashLog:
    """What :func:`install` set up: where logs go, and what the previous run left."""

    folder: Path
    previous_crash: Path | None = None
    on_exception: Callable[[BaseException, Path], None] | None = None
    _fault_file: IO[str] | None = field(default=None, repr=False)
    _previous_hook: ExceptionHandler | None = field(default=None, repr=False)

    @property
    def crash_path(self) -> Path:
        return self.folder / CRASH_FILE

    @property
    def errors_path(self) -> Path:
        return self.folder / ERRORS_FILE

    def record_exception(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Append the exception to errors.log and tell the window (sys.excepthook)."""
        # A full or read-only disk must not turn one error into two.
        with contextlib.suppress(OSError):
            self._append_error("".join(traceback.format_exception(kind, value, tb)))
        if self.on_exception is not None and not issubclass(kind, KeyboardInterrupt):
            self.on_exception(value, self.errors_path)

    def _append_error(self, text: str) -> None:
        path = self.errors_path
        if path.exists() and path.stat().st_size > ERRORS_MAX_BYTES:
            path.replace(path.with_name("errors.old.log"))
        stamp = datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8", errors="backslashreplace") as out:
            out.write(f"--- {stamp} deskeditor {__version__}, Python {sys.version.split()[0]}\n")
            out.write(text)
            if not text.endswith("\n"):
                out.write("\n")

    def close(self) -> None:
        """Stop logging; a crash.log left empty means the run ended well, so remove it."""
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            with contextlib.suppress(OSError):
                if self.crash_path.stat().st_size == 0:
                    self.crash_path.unlink()
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            threading.excepthook = threading.__excepthook__
            self._previous_hook = None


def install(folder: Path) -> CrashLog:
    """Start logging fatal errors and uncaught exceptions into *folder*.

    Returns the :class:`CrashLog`; its ``previous_crash`` names the log of a
    previous run that died, if any. A folder that cannot be written leaves the
    program running without logs.
    """
    log = CrashLog(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log.previous_crash = _set_aside_previous(folder)
        log._fault_file = log.crash_path.open("w", encoding="utf-8")
        faulthandler.enable(log._fault_file, all_threads=True)
    except OSError:
        log._fault_file = None
    log._previous_hook = sys.excepthook
    sys.excepthook = log.record_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.record_exception(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return log


def _set_aside_previous(folder: Path) -> Path | None:
    """Move a non-empty crash.log of the previous run aside; return its new path."""
    current = folder / CRASH_FILE
    try:
        if current.stat().st_size == 0:
            return None
    except OSError:
        return None
    stamp = datetime.fromtimestamp(current.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
    kept = folder / f"crash-{stamp}.log"
    current.replace(kept)
    for old in sorted(folder.glob("crash-*.log"))[:-KEEP_CRASH_LOGS]:
        old.unlink(missing_ok=True)
    return kept
