"""What every command shares: its name, exit statuses, usage errors and one-line output.

Every line the command line prints goes through :func:`say`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import warnings
from collections.abc import Iterator

from deskeditor.errors import DeskEditorError

PROG = "deskeditor"
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_DAMAGED = 3
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a Unix tool whose reader left
STDOUT = "-"  # as an output file name: standard output, as Unix tools read it


class UsageError(DeskEditorError):
    """The command line itself is wrong."""


# Characters a terminal would act on instead of showing: C0 and C1 controls (escape
# sequences, bell, carriage return...), DEL, and the bidirectional formatting marks.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    r"""Return *text* with the characters a terminal would act on shown escaped (``\x1b``).

    A tab stays (it separates columns); a newline inside user data is shown
    as ``\x0a``, so one record stays one line.
    """

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


def say(text: object, *, err: bool = False) -> None:
    """Print one line of output (or of error, with *err*), control characters escaped.

    Every line the command line prints goes through here: titles, file names
    and error messages may hold what a user or an attacker typed.
    """
    with closed_pipe_named():
        print(printable(str(text)), file=sys.stderr if err else sys.stdout)


def write_stdout(data: bytes) -> None:
    """Write *data* to standard output as it is: the same bytes a file would hold."""
    with closed_pipe_named():
        sys.stdout.flush()  # what was printed before comes first
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


# Windows reports a reader that went away as EINVAL, not as a broken pipe.
_READER_GONE = {errno.EINVAL} if sys.platform == "win32" else set()


@contextlib.contextmanager
def closed_pipe_named() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno in _READER_GONE and not isinstance(exc, BrokenPipeError):
            raise BrokenPipeError(errno.EPIPE, "the reader closed the pipe") from None
        raise


@contextlib.contextmanager
def native_stderr_silenced() -> Iterator[None]:
    """Keep image decoders' own messages (libtiff writes to fd 2) and warnings off stderr.

    An error is one line; what the decoder said is replaced by our sentence.
    With DESKEDITOR_DEBUG set, everything is shown.
    """
    if os.environ.get("DESKEDITOR_DEBUG"):
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as sink, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.dup2(sink.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
