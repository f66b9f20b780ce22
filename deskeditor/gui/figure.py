"""A photo figure inside the body editor: one object character drawn as picture + caption.

The figure's data (photo id, caption, credit, alt text, picture size) lives in
the character's format, so typing cannot half-delete a figure and every change
to it goes through the document's undo stack.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from deskeditor.model import Figure
from deskeditor.photo_edit import PhotoEdit, edit_from_storage

FIGURE_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
PHOTO_ID = QTextFormat.Property.UserProperty + 1
CAPTION = QTextFormat.Property.UserProperty + 2
CREDIT = QTextFormat.Property.UserProperty + 3
ALT = QTextFormat.Property.UserProperty + 4
PHOTO_WIDTH = QTextFormat.Property.UserProperty + 5
PHOTO_HEIGHT = QTextFormat.Property.UserProperty + 6
EDIT = QTextFormat.Property.UserProperty + 7  # the crop and rotation, as JSON text ("" for none)
OBJECT_CHAR = "\ufffc"

MAX_DISPLAY_WIDTH = 560
CAPTION_GAP = 6
MISSING_ALT_TEXT = "⚠ Missing alt text (description for screen readers) — double-click to add"

# (photo id, width, edit) -> decoded picture; filled lazily by the editor, shared by every figure.
ImageLoader = Callable[[int, int, PhotoEdit | None], QImage | None]


def figure_format(figure: Figure, width: int, height: int) -> QTextCharFormat:
    """Return the character format that represents *figure* in the document.

    *width* and *height* are the photo's own; a cropped or turned figure is
    laid out at the size of its edit.
    """
    if figure.edit is not None:
        width, height = figure.edit.output_size(width, height)
    fmt = QTextCharFormat()
    fmt.setObjectType(FIGURE_OBJECT)
    fmt.setProperty(PHOTO_ID, figure.photo_id)
    fmt.setProperty(CAPTION, figure.caption)
    fmt.setProperty(CREDIT, figure.credit)
    fmt.setProperty(ALT, figure.alt)
    fmt.setProperty(PHOTO_WIDTH, width)
    fmt.setProperty(PHOTO_HEIGHT, height)
    fmt.setProperty(EDIT, json.dumps(figure.edit.to_json()) if figure.edit else "")
    return fmt


def edit_from_format(fmt: QTextFormat) -> PhotoEdit | None:
    """Read the crop and rotation kept in a figure's format."""
    text = str(fmt.property(EDIT) or "")
    return edit_from_storage(json.loads(text)) if text else None


def is_figure(fmt: QTextFormat) -> bool:
    """Tell whether a character format is one of our figures."""
    return fmt.objectType() == FIGURE_OBJECT


def figure_from_format(fmt: QTextFormat) -> Figure:
    """Read the figure stored in a character format."""
    photo_id = fmt.property(PHOTO_ID)
    return Figure(
        caption=str(fmt.property(CAPTION) or ""),
        credit=str(fmt.property(CREDIT) or ""),
        alt=str(fmt.property(ALT) or ""),
        photo_id=int(photo_id) if photo_id is not None else None,
        edit=edit_from_format(fmt),
    )


class FigureRenderer(QPyTextObject):
    """Lays out and paints figures: the picture, then caption and credit under it."""

    def __init__(self, load_image: ImageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.load_image = load_image
        self.missing_alt_text = MISSING_ALT_TEXT

    def _layout(
        self, doc: QTextDocument, fmt: QTextFormat
    ) -> tuple[int, int, list[tuple[str, QFont, QColor, int]]]:
        available = (
            int(doc.textWidth() - 2 * doc.documentMargin() - 8) if doc.textWidth() > 0 else 600
        )
        width = max(120, min(MAX_DISPLAY_WIDTH, available))
        photo_w = int(fmt.property(PHOTO_WIDTH) or 4)
        photo_h = int(fmt.property(PHOTO_HEIGHT) or 3)
        picture_h = round(width * photo_h / max(photo_w, 1))
        base = doc.defaultFont()
        caption_font = QFont(base)
        caption_font.setItalic(True)
        credit_font = QFont(base)
        credit_font.setPointSizeF(base.pointSizeF() * 0.9)
        lines = [
            (str(fmt.property(CAPTION) or ""), caption_font, QColor("#222222")),
            (str(fmt.property(CREDIT) or ""), credit_font, QColor("#555555")),
        ]
        if not str(fmt.property(ALT) or "").strip():
            warn_font = QFont(base)
            warn_font.setBold(True)
            lines.append((self.missing_alt_text, warn_font, QColor("#b00020")))
        laid_out = []
        for text, font, colour in lines:
            if not text:
                continue
            rect = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            laid_out.append((text, font, colour, rect.height()))
        return width, picture_h, laid_out

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        width, picture_h, lines = self._layout(doc, fmt)
        text_h = sum(h for *_, h in lines) + CAPTION_GAP * len(lines)
        return QSizeF(width, picture_h + text_h + CAPTION_GAP)

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        width, picture_h, lines = self._layout(doc, fmt)
        left, top = int(rect.left()), int(rect.top())
        picture_rect = QRect(left, top, width, picture_h)
        photo_id = fmt.property(PHOTO_ID)
        edit = edit_from_format(fmt)
        image = self.load_image(int(photo_id), width, edit) if photo_id is not None else None
        if image is not None and not image.isNull():
            painter.drawImage(picture_rect, image)
        else:
            painter.fillRect(picture_rect, QColor("#e6e6e6"))
            painter.setPen(QColor("#777777"))
            painter.drawText(picture_rect, int(Qt.AlignmentFlag.AlignCenter), "…")
        painter.setPen(QPen(QColor("#bbbbbb")))
        painter.drawRect(picture_rect.adjusted(0, 0, -1, -1))
        y = top + picture_h + CAPTION_GAP
        for text, font, colour, height in lines:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QRect(left, y, width, height),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter),
                text,
            )
            y += height + CAPTION_GAP
