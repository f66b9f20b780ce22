"""Keeping the store sound: a checked copy on demand and the health check."""

from __future__ import annotations

from pathlib import Path

from deskeditor.errors import StoreError
from deskeditor.store.repository import Repository


class Maintenance(Repository):
    """Backup and integrity check of the open store."""

    def backup(self, dest: Path | str, *, overwrite: bool = False) -> Path:
        """Write a consistent, checked copy of the store to *dest* (a file, or a folder to name it in).

        The copy is made under a temporary name and renamed when complete, so
        *dest* is never a half-written file; a damaged store gets no copy
        (:class:`StoreDamagedError`). An existing file is replaced only with
        *overwrite*; the store itself never is.
        """
        from deskeditor.store.copies import backup_to, is_store_file  # with safeio: not at opening

        owner = self._owner
        if not Path(dest).is_dir() and not Path(dest).parent.is_dir():
            raise StoreError("write.no_folder", folder=Path(dest).parent)
        copy = backup_to(owner.conn, owner.path, dest, overwrite=overwrite)
        if owner.changed_while_open():
            if not is_store_file(copy, owner.path):
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
