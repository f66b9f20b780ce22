"""Decoded pictures for the editor, loaded lazily from the store and kept in memory."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QTransform

from deskeditor.errors import NotFoundError
from deskeditor.photo_edit import PhotoEdit, scale_frame
from deskeditor.store import Store


def edited_image(image: QImage, master_size: tuple[int, int], edit: PhotoEdit) -> QImage:
    """Return *image* (a rendition of a master of *master_size*) cropped and turned as *edit* says.

    What the editor shows; the exports use the store's renditions made from
    the master itself (:func:`deskeditor.photos.edited_renditions`).
    """
    if edit.crop is not None:
        x, y, w, h = scale_frame(edit.crop, master_size, (image.width(), image.height()))
        image = image.copy(QRect(x, y, w, h))
    if edit.turns % 4:
        image = image.transformed(QTransform().rotate(90 * (edit.turns % 4)))
    return image


def decode(data: bytes, width: int | None = None) -> QImage:
    """Decode encoded image bytes, at *width* pixels wide when that is smaller (cheap for JPEG)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    original = reader.size()
    if width is not None and original.isValid() and original.width() > width:
        reader.setScaledSize(QSize(width, round(original.height() * width / original.width())))
    return reader.read()


class ImageCache:
    """Pictures by photo id, decoded at display size (JPEG scaled decoding is cheap)."""

    def __init__(self, store: Store, max_items: int = 64) -> None:
        self.store = store
        self.max_items = max_items
        self._images: dict[tuple[int, int, str], QImage] = {}
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

    def _decode_width(self, photo_id: int, width: int, edit: PhotoEdit) -> int:
        """Return how wide the whole picture must be decoded for the edit to be *width* wide."""
        master_w, master_h = self.size(photo_id)
        crop_w, crop_h = (edit.crop[2], edit.crop[3]) if edit.crop else (master_w, master_h)
        shown_w = crop_h if edit.turns % 2 else crop_w  # the master pixels across the figure
        return math.ceil(width * master_w / max(1, shown_w))

    def image(self, photo_id: int, width: int, edit: PhotoEdit | None = None) -> QImage | None:
        """Return the picture, cropped and turned by *edit*, scaled to *width* pixels.

        Decoded once per width and edit. An edited picture is cut from the
        web rendition (a thumbnail is too coarse to crop), decoded no larger
        than the figure needs.
        """
        key = (photo_id, width, edit.key() if edit else "")
        if key in self._images:
            return self._images[key]
        rendition = "thumb" if width <= 320 and edit is None else "web"
        try:
            data = self.store.photo_rendition(photo_id, rendition)[0]
        except NotFoundError:
            return None
        image = decode(data, width if edit is None else self._decode_width(photo_id, width, edit))
        if image.isNull():
            return None
        if edit is not None:
            image = edited_image(image, self.size(photo_id), edit)
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        if len(self._images) >= self.max_items:
            self._images.pop(next(iter(self._images)))
        self._images[key] = image
        return image
