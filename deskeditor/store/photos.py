"""Photos and their renditions; the same picture is kept once (by its sha256).

A figure's crop and rotation (:mod:`deskeditor.photo_edit`) is made from the
untouched master into a photo of its own, kept once per master and edit in
``photo_edits``; exports use that photo in the figure's place.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from deskeditor.errors import Message, NotFoundError, PhotoEditError, StoreError
from deskeditor.model import Article, Figure, Photo
from deskeditor.photo_edit import PhotoEdit
from deskeditor.store.repository import Repository, now
from deskeditor.text import nfc

if TYPE_CHECKING:
    from deskeditor.photos import ProcessedPhoto


class Photos(Repository):
    """The photos table and the bytes of each rendition."""

    def add(self, photo: ProcessedPhoto) -> int:
        """Store a processed photo and its renditions; the same picture is kept once."""
        import hashlib  # here: OpenSSL's library loads at the first import, not to show the window

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
        row = self.query(
            "SELECT id, original_name, sha256, width, height, created_at FROM photos WHERE id = ?",
            [photo_id],
        ).fetchone()
        if row is None:
            raise NotFoundError("store.no_photo", id=photo_id)
        return Photo(*row)

    def rendition(self, photo_id: int, rendition: str) -> tuple[bytes, str, int, int]:
        """Return bytes, MIME type, width and height of one rendition of a photo."""
        row = self.query(
            "SELECT data, mime, width, height FROM photo_data WHERE photo_id = ? AND rendition = ?",
            [photo_id, rendition],
        ).fetchone()
        if row is None:
            raise NotFoundError("store.no_rendition", id=photo_id, rendition=rendition)
        return bytes(row[0]), str(row[1]), int(row[2]), int(row[3])

    def hashes(self, article: Article) -> list[str]:
        """Return the sha256 of each figure's photo in body order (for the version code)."""
        hashes = []
        for index, block in enumerate(article.body):
            if not isinstance(block, Figure):
                continue
            digest = self.one("SELECT sha256 FROM photos WHERE id = ?", [block.photo_id])
            if digest is None:
                raise StoreError(Message("store.photo_not_stored", f"body[{index}]"))
            hashes.append(str(digest))
        return hashes

    # ------------------------------------------------------------ crop and rotation

    def check_edits(self, article: Article) -> None:
        """Check each figure's edit against its master and drop edits that change nothing.

        Raise PhotoEditError (its message naming the block) for a frame that
        does not fit the picture.
        """
        for index, block in enumerate(article.body):
            if not isinstance(block, Figure) or block.edit is None or block.photo_id is None:
                continue
            photo = self.get(block.photo_id)
            try:
                block.edit.validate(photo.width, photo.height)
            except PhotoEditError as exc:
                raise PhotoEditError(Message.of(exc.message, f"body[{index}].edit")) from None
            block.edit = block.edit.normalised(photo.width, photo.height)

    def edited_id(self, photo_id: int, edit: PhotoEdit) -> int | None:
        """Return the id of the photo holding *edit* of *photo_id*, None if not made yet."""
        found = self.one(
            "SELECT edited_photo_id FROM photo_edits WHERE photo_id = ? AND edit = ?",
            [photo_id, edit.key()],
        )
        return None if found is None else int(found)

    def make_edits(self, article: Article) -> None:
        """Make and keep the renditions of every edit of *article* not made before."""
        for block in article.body:
            if not isinstance(block, Figure) or block.edit is None or not block.photo_id:
                continue
            if self.edited_id(block.photo_id, block.edit) is None:
                self._make_edit(block.photo_id, block.edit)

    def _make_edit(self, photo_id: int, edit: PhotoEdit) -> int:
        from deskeditor.photos import RENDITION_SIZES, edited_renditions  # Pillow when needed

        master, _, master_w, master_h = self.rendition(photo_id, "master")
        _, _, web_w, web_h = self.rendition(photo_id, "web")
        # The edit's web picture is as large as the master's own, when that was made smaller.
        web_size = max(web_w, web_h) if max(web_w, web_h) < max(master_w, master_h) else None
        processed = edited_renditions(
            master,
            edit,
            self.get(photo_id).original_name,
            web_size=web_size or RENDITION_SIZES["web"],
        )
        with self.transaction():
            edited_id = self.add(processed)
            self.db.execute(
                "INSERT OR REPLACE INTO photo_edits (photo_id, edit, edited_photo_id)"
                " VALUES (?, ?, ?)",
                [photo_id, edit.key(), edited_id],
            )
        return edited_id

    def as_shown(self, article: Article) -> Article:
        """Return *article* with each edited figure pointing at its edited photo (for exports).

        The edits were made when the article was saved; one missing means a
        damaged store, and is said so.
        """
        body = []
        for index, block in enumerate(article.body):
            if isinstance(block, Figure) and block.edit is not None and block.photo_id:
                edited = self.edited_id(block.photo_id, block.edit)
                if edited is None:
                    raise NotFoundError(Message("store.edited_photo_missing", f"body[{index}]"))
                block = dataclasses.replace(block, photo_id=edited, edit=None)
            body.append(block)
        return dataclasses.replace(article, body=body)
