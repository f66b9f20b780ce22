"""Photos and their renditions; the same picture is kept once (by its sha256)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from deskeditor.errors import NotFoundError, StoreError
from deskeditor.model import Article, Figure, Photo
from deskeditor.store.repository import Repository, now
from deskeditor.text import nfc

if TYPE_CHECKING:
    from deskeditor.photos import ProcessedPhoto


class Photos(Repository):
    """The photos table and the bytes of each rendition."""

    def add(self, photo: ProcessedPhoto) -> int:
        """Store a processed photo and its renditions; the same picture is kept once."""
        with self.transaction():
            found = self.one("SELECT id FROM photos WHERE sha256 = ?", [photo.sha256])
            if found is not None:
                return int(found)
            cursor = self.db.execute(
                "INSERT INTO photos (original_name, sha256, width, height, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [nfc(photo.original_name), photo.sha256, photo.width, photo.height, now()],
            )
            photo_id = int(cursor.lastrowid or 0)
            for rendition in photo.renditions.values():
                self.db.execute(
                    "INSERT INTO photo_data (photo_id, rendition, mime, width, height, sha256, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        photo_id,
                        rendition.name,
                        rendition.mime,
                        rendition.width,
                        rendition.height,
                        hashlib.sha256(rendition.data).hexdigest(),
                        rendition.data,
                    ],
                )
            return photo_id

    def get(self, photo_id: int) -> Photo:
        """Return a photo's metadata."""
        row = self.db.execute(
            "SELECT id, original_name, sha256, width, height, created_at FROM photos WHERE id = ?",
            [photo_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no photo with id {photo_id}")
        return Photo(*row)

    def rendition(self, photo_id: int, rendition: str) -> tuple[bytes, str, int, int]:
        """Return bytes, MIME type, width and height of one rendition of a photo."""
        row = self.db.execute(
            "SELECT data, mime, width, height FROM photo_data WHERE photo_id = ? AND rendition = ?",
            [photo_id, rendition],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"photo {photo_id} has no {rendition} rendition")
        return bytes(row[0]), str(row[1]), int(row[2]), int(row[3])

    def hashes(self, article: Article) -> list[str]:
        """Return the sha256 of each figure's photo in body order (for the version code)."""
        hashes = []
        for index, block in enumerate(article.body):
            if not isinstance(block, Figure):
                continue
            digest = self.one("SELECT sha256 FROM photos WHERE id = ?", [block.photo_id])
            if digest is None:
                raise StoreError(f"body[{index}]: the photo is not in the store")
            hashes.append(str(digest))
        return hashes
