"""Which store a command works on, opened to change it or only to read it."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.cli.output import PROG, say
from deskeditor.errors import StoreError

if TYPE_CHECKING:
    from deskeditor.store import Store


def resolve_db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Return the store path and, for the default one, what moving an old store did."""
    if args.db is not None:
        return args.db, None
    from deskeditor.paths import locate_default_store

    return locate_default_store()


def db_path(args: argparse.Namespace) -> Path:
    path, move = resolve_db(args)
    if move is not None:
        say(f"{PROG}: {move}", err=True)
    return path  # type: ignore[no-any-return]


def open_store(args: argparse.Namespace, create: bool = False):  # type: ignore[no-untyped-def]
    """Open the store to change it; only commands that add content may *create* a new one."""
    from deskeditor.store import Store

    return Store(db_path(args), create=create)


@contextlib.contextmanager
def store_to_add_to(args: argparse.Namespace) -> Iterator[Store]:
    """Open the store to add an article, creating it if needed.

    A store created for an import that then fails (a photo that is not an
    image) is removed again: a refused file leaves nothing behind.
    """
    from deskeditor.store import Store
    from deskeditor.store.opening import SIDE_SUFFIXES

    path = Path(db_path(args))
    existed = path.exists() or path.is_symlink()
    try:
        with Store(path, create=True) as store:
            yield store
    except BaseException:
        if not existed:
            for made in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES)):
                with contextlib.suppress(OSError):
                    made.unlink()
        raise


@contextlib.contextmanager
def open_for_reading(args: argparse.Namespace) -> Iterator[Store]:
    """Open the store to read it, for every command that only reads.

    The store file, its mode and its folder stay exactly as they were (no
    lock file, no journal change, no migration); it may be held by the window
    meanwhile. A missing store is an error, not a new empty one. What SQLite
    reports while reading (damage, a store that must be upgraded first)
    becomes a named error.
    """
    from deskeditor.store import Store

    store = Store(db_path(args), snapshot=True)
    try:
        for warning in store.warnings:
            say(f"{PROG}: warning: {warning}", err=True)
        with store.errors_in_words():
            yield store
        if store.changed_while_open():
            raise StoreError("store.changed_while_read", path=store.path)
    finally:
        store.close()
