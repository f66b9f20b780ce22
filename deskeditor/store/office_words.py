"""The office's spelling list: words the spell checker accepts besides its own list."""

from __future__ import annotations

from deskeditor.store.repository import Repository, now
from deskeditor.text.collation import sort_vietnamese
from deskeditor.text.spelling import word_key


class OfficeWords(Repository):
    """Words added by the office ("Thêm vào từ điển cơ quan"), kept NFC and lower case."""

    def words(self) -> list[str]:
        """Return every word of the list in Vietnamese order."""
        return sort_vietnamese(row[0] for row in self.query("SELECT word FROM office_words"))

    def add(self, word: str) -> str:
        """Add *word* (if new); return it as kept."""
        key = word_key(word).strip()
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
            cursor = self.db.execute("DELETE FROM office_words WHERE word = ?", [word_key(word)])
        return cursor.rowcount > 0
