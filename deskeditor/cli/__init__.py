"""The ``deskeditor`` command: no subcommand opens the window, subcommands work headless.

Every error is one line on stderr and a non-zero exit; the store is left as it was.
Each group of commands has a module of its own (articles, workflow, exports,
site, maintenance); the parser is in parser.py, what they share in output.py
and opening.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from deskeditor.cli.articles import cmd_import, cmd_list, cmd_search
from deskeditor.cli.exports import cmd_export, cmd_verify
from deskeditor.cli.maintenance import cmd_backup, cmd_check, cmd_restore
from deskeditor.cli.opening import resolve_db
from deskeditor.cli.output import (
    EXIT_CLOSED_PIPE,
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_USAGE,
    PROG,
    UsageError,
    closed_pipe_named,
    printable,
    say,
)
from deskeditor.cli.parser import build_parser
from deskeditor.cli.site import cmd_links, cmd_settings
from deskeditor.cli.workflow import cmd_decide, cmd_publish, cmd_show, cmd_submit
from deskeditor.errors import DeskEditorError, StoreDamagedError

__all__ = [
    "COMMANDS",
    "EXIT_CLOSED_PIPE",
    "EXIT_DAMAGED",
    "EXIT_ERROR",
    "EXIT_USAGE",
    "PROG",
    "UsageError",
    "build_parser",
    "main",
    "printable",
    "say",
]

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "verify": cmd_verify,
    "show": cmd_show,
    "submit": cmd_submit,
    "decide": cmd_decide,
    "publish": cmd_publish,
    "settings": cmd_settings,
    "links": cmd_links,
    "list": cmd_list,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}


def _use_utf8_output() -> None:
    # A piped stdout on Windows would otherwise use the ANSI code page and fail on "ộ".
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _use_utf8_output()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from deskeditor.app import run_gui

            return run_gui(*resolve_db(args))
        status = COMMANDS[args.command](args)
        with closed_pipe_named():
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except BrokenPipeError:
        return _closed_pipe()
    except UsageError as exc:
        say(f"{PROG}: {exc}", err=True)
        return EXIT_USAGE
    except StoreDamagedError as exc:
        say(f"{PROG}: {exc}", err=True)
        return EXIT_DAMAGED
    except DeskEditorError as exc:
        say(f"{PROG}: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        say(f"{PROG}: interrupted", err=True)
        return 130
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("DESKEDITOR_DEBUG"):
            raise
        say(f"{PROG}: unexpected error: {type(exc).__name__}: {exc}", err=True)
        return EXIT_ERROR


def _closed_pipe() -> int:
    """Stop quietly when the reader went away (``deskeditor list | head -1``), as Unix tools do."""
    try:
        # What is still buffered has nowhere to go; without this, Python complains at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_CLOSED_PIPE
