"""Decoded pictures for the editor, loaded lazily from the store and kept in memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from deskeditor.errors import NotFoundError
from deskeditor.store import Store


class ImageCache:
    """Pictures by photo id, decoded at display size (JPEG scaled decoding is cheap)."""

    def __init__(self, store: Store, max_items: int = 64) -> None:
        self.store = store
        self.max_items = max_items
        self._images: dict[tuple[int, int], QImage] = {}
        self._sizes: dict[int, tuple[int, int]] = {}

    def clear(self) -> None:
        """Forget every decoded picture (the store was replaced)."""
        self._images.clear()
        self._sizes.clear()

    def size(self, photo_id: int) -> tuple[int, int]:
        """Return the photo's pixel size without decoding it."""
        if photo_id not in self._sizes:
            try:
                photo = self.store.photo(photo_id)
                self._sizes[photo_id] = (photo.width, photo.height)
            except NotFoundError:
                self._sizes[photo_id] = (4, 3)
        return self._sizes[photo_id]

    def image(self, photo_id: int, width: int) -> QImage | None:
        """Return the picture scaled to *width* pixels (decoded once per width)."""
        key = (photo_id, width)
        if key in self._images:
            return self._images[key]
        rendition = "thumb" if width <= 320 else "web"
        try:
            data = self.store.photo_rendition(photo_id, rendition)[0]
        except NotFoundError:
            return None
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        original = reader.size()
        if original.isValid() and original.width() > width:
            reader.setScaledSize(QSize(width, round(original.height() * width / original.width())))
        image = reader.read()
        if image.isNull():
            return None
        if len(self._images) >= self.max_items:
            self._images.pop(next(iter(self._images)))
        self._images[key] = image
        return image
