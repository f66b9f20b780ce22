"""The category pick list, in the user's order."""

from __future__ import annotations

from deskeditor.errors import NotFoundError, StoreError, StoreReadOnlyError
from deskeditor.store.repository import Repository
from deskeditor.text import nfc


class Categories(Repository):
    """Categories by name; an article refers to one by id."""

    def names(self) -> list[str]:
        """Return the category pick list in the user's order."""
        return [row[0] for row in self.query("SELECT name FROM categories ORDER BY position, id")]

    def ensure(self, name: str) -> int | None:
        """Return the id of category *name*, adding it at the end if new."""
        name = nfc(name).strip()
        if not name:
            return None
        found = self.one("SELECT id FROM categories WHERE name = ?", [name])
        if found is not None:
            return int(found)
        if self._owner.read_only:
            raise StoreReadOnlyError(self._owner.path)
        position = self.one("SELECT coalesce(max(position), -1) + 1 FROM categories")
        cursor = self.db.execute(
            "INSERT INTO categories (name, position) VALUES (?, ?)", [name, position]
        )
        return int(cursor.lastrowid or 0)

    def usage(self, name: str) -> int:
        """Return how many articles are in category *name*."""
        return int(
            self.one(
                "SELECT count(*) FROM articles a JOIN categories c ON c.id = a.category_id"
                " WHERE c.name = ?",
                [nfc(name)],
            )
        )

    def rename(self, old: str, new: str) -> None:
        """Rename a category; its articles follow it."""
        new = nfc(new).strip()
        if not new:
            raise StoreError("category.needs_name")
        with self.transaction():
            if nfc(old) != new and self.one("SELECT 1 FROM categories WHERE name = ?", [new]):
                raise StoreError("category.exists", name=new)
            if (
                self.db.execute(
                    "UPDATE categories SET name = ? WHERE name = ?", [new, nfc(old)]
                ).rowcount
                == 0
            ):
                raise NotFoundError("category.missing", name=old)

    def reorder(self, names: list[str]) -> None:
        """Put the categories in the order of *names* (every category, once)."""
        names = [nfc(n) for n in names]
        if sorted(names) != sorted(self.names()):
            raise StoreError("category.bad_order")
        with self.transaction():
            for position, name in enumerate(names):
                self.db.execute(
                    "UPDATE categories SET position = ? WHERE name = ?", [position, name]
                )

    def remove(self, name: str, move_to: str | None = None) -> None:
        """Remove a category; its articles move to *move_to* (or to no category)."""
        with self.transaction():
            old_id = self.one("SELECT id FROM categories WHERE name = ?", [nfc(name)])
            if old_id is None:
                raise NotFoundError("category.missing", name=name)
            new_id = None
            if move_to:
                new_id = self.one("SELECT id FROM categories WHERE name = ?", [nfc(move_to)])
                if new_id is None or new_id == old_id:
                    raise StoreError("category.cannot_move_to", name=move_to)
            self.db.execute(
                "UPDATE articles SET category_id = ? WHERE category_id = ?", [new_id, old_id]
            )
            self.db.execute("DELETE FROM categories WHERE id = ?", [old_id])
