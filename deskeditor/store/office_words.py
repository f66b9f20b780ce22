"""The office's spelling list: words the spell checker accepts besides its own list."""

from __future__ import annotations

from deskeditor.store.repository import Repository, now
from deskeditor.text.collation import sort_vietnamese


def _key(word: str) -> str:
    # The spell checker's own rule; importing it loads its tables, which listing the words needs not.
    from deskeditor.text.spelling import word_key

    return word_key(word)


class OfficeWords(Repository):
    """Words added by the office ("Thêm vào từ điển cơ quan"), kept NFC and lower case."""

    def words(self) -> list[str]:
        """Return every word of the list in Vietnamese order."""
        return sort_vietnamese(row[0] for row in self.query("SELECT word FROM office_words"))

    def add(self, word: str) -> str:
        """Add *word* (if new); return it as kept."""
        key = _key(word).strip()
        if not key:
            return key
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO office_words (word, added_at) VALUES (?, ?)", [key, now()]
            )
        return key

    def remove(self, word: str) -> bool:
        """Take *word* off the list; return whether it was there."""
        with self.transaction():
            cursor = self.db.execute("DELETE FROM office_words WHERE word = ?", [_key(word)])
        return cursor.rowcount > 0
