"""Keeping the store safe: backup, restore and the integrity check."""

from __future__ import annotations

import argparse

from deskeditor.cli.opening import db_path, open_for_reading
from deskeditor.cli.output import EXIT_DAMAGED, say
from deskeditor.errors import NotAStoreError, StoreDamagedError


def cmd_backup(args: argparse.Namespace) -> int:
    from deskeditor.filenames import check_output_path

    # DEST stays a string: one ending in a separator must be a folder (Path drops it).
    check_output_path(args.dest)
    # Read-only: works while the window has the store open. A damaged store gets no backup.
    with open_for_reading(args) as store:
        say(store.backup(args.dest, overwrite=args.overwrite))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from deskeditor.backups import restore

    path = db_path(args)
    safety = restore(path, args.backup)
    if safety is not None:
        say(f"the store as it was is kept in {safety}")
    say(f"{path}: restored from {args.backup}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    try:
        with open_for_reading(args) as store:
            problems = store.check()
            articles = None if problems else store.count_articles()
    except NotAStoreError as exc:
        say(f"{path}: not a deskeditor store ({exc.reason})")
        return EXIT_DAMAGED
    except StoreDamagedError as exc:
        problems = [exc.detail]
    for problem in problems:
        say(problem)
    if problems:
        say(f"{path}: damaged ({_count(len(problems), 'problem')})")
        return EXIT_DAMAGED
    say(f"{path}: ok ({_count(articles or 0, 'article')})")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
