"""Keeping the store sound: a checked copy on demand and the health check."""

from __future__ import annotations

from pathlib import Path

from deskeditor.errors import StoreError
from deskeditor.store.repository import Repository


class Maintenance(Repository):
    """Backup and integrity check of the open store."""

    def backup(self, dest: Path | str) -> Path:
        """Write a consistent, checked copy of the store to *dest* (a file, or a folder to name it in).

        The copy is made under a temporary name and renamed when complete, so
        *dest* is never a half-written file; a damaged store gets no copy
        (:class:`StoreDamagedError`).
        """
        from deskeditor.store.copies import backup_to  # with safeio: not needed to open the store

        owner = self._owner
        dest = Path(dest)
        if not dest.is_dir() and not dest.parent.is_dir():
            raise StoreError("write.no_folder", folder=dest.parent)
        copy = backup_to(owner.conn, owner.path, dest)
        if owner.changed_while_open():
            copy.unlink(missing_ok=True)
            raise StoreError("store.changed_while_copied", path=owner.path)
        return copy

    def check(self) -> list[str]:
        """Return a list of problems found in the store; empty when it is sound.

        Beyond SQLite's check and the links between rows, each revision's
        content is hashed again and compared with its stored version code.
        """
        from deskeditor.store import integrity  # with hashlib: not needed to open the store

        return integrity.problems(self._owner.conn, revisions=True)
