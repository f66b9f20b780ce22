"""Crop and turn a figure's photo: a frame dragged over the picture, the result previewed live.

The frame is kept in the master's pixels as the turned picture shows them
("view" pixels); the frame and ratio rules are the domain's
(:mod:`deskeditor.photo_edit`), so the dialog cannot make an edit the store
would refuse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.errors import PhotoEditError
from deskeditor.photo_edit import (
    ASPECTS,
    MIN_CROP_SIDE,
    PhotoEdit,
    Rect,
    fit_frame,
    from_view,
    largest_frame,
    ratio_possible,
    to_view,
    view_size,
)

from .dialogs import fit_screen, ok_cancel_buttons
from .images import edited_image

HANDLE = 7  # half the size of a corner handle, in screen pixels
CORNERS = ("tl", "tr", "bl", "br")


class CropView(QWidget):
    """The turned picture with the crop frame over it; mouse and keyboard move and size it."""

    frame_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 260)
        self.image = QImage()
        self.view_w, self.view_h = 1, 1
        self.frame: Rect = (0, 0, 1, 1)
        self.ratio: tuple[int, int] | None = (
            None  # as the frame stands: (4, 3) wide, (3, 4) upright
        )
        self._drag: str | None = None  # "move" or a corner
        self._grab = QPointF()
        self._start: Rect = self.frame

    # ------------------------------------------------------------ state

    def set_picture(self, image: QImage, size: tuple[int, int], frame: Rect) -> None:
        """Show *image* (the turned picture, any resolution) of *size* view pixels, with *frame*."""
        self.image = image
        self.view_w, self.view_h = size
        self.set_frame(frame)

    def set_frame(self, frame: Rect) -> None:
        """Put the frame at *frame* (view pixels), kept inside the picture and to the ratio."""
        self.frame = fit_frame(frame, self.view_w, self.view_h, self.ratio)
        self.update()
        self.frame_changed.emit()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 440)

    # ------------------------------------------------------------ geometry

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn in the widget (fitted, centred, a margin for the handles)."""
        room_w, room_h = max(1, self.width() - 4 * HANDLE), max(1, self.height() - 4 * HANDLE)
        scale = min(room_w / self.view_w, room_h / self.view_h)
        w, h = self.view_w * scale, self.view_h * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def frame_rect(self) -> QRectF:
        """The frame in widget coordinates."""
        area = self.picture_rect()
        scale = area.width() / self.view_w
        x, y, w, h = self.frame
        return QRectF(area.left() + x * scale, area.top() + y * scale, w * scale, h * scale)

    def _to_view(self, point: QPointF) -> tuple[float, float]:
        area = self.picture_rect()
        scale = area.width() / self.view_w
        return (point.x() - area.left()) / scale, (point.y() - area.top()) / scale

    def _corners(self) -> dict[str, QPointF]:
        r = self.frame_rect()
        return {
            "tl": r.topLeft(),
            "tr": r.topRight(),
            "bl": r.bottomLeft(),
            "br": r.bottomRight(),
        }

    def part_at(self, point: QPointF) -> str | None:
        """Return the corner under *point*, "move" inside the frame, or None."""
        for name, corner in self._corners().items():
            if (
                abs(point.x() - corner.x()) <= 2 * HANDLE
                and abs(point.y() - corner.y()) <= 2 * HANDLE
            ):
                return name
        return "move" if self.frame_rect().contains(point) else None

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        self._drag = self.part_at(event.position())
        self._grab = event.position()
        self._start = self.frame

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            part = self.part_at(event.position())
            shapes = {
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
                "move": Qt.CursorShape.SizeAllCursor,
            }
            self.setCursor(shapes.get(part or "", Qt.CursorShape.ArrowCursor))
            return
        if self._drag == "move":
            gx, gy = self._to_view(self._grab)
            px, py = self._to_view(event.position())
            x, y, w, h = self._start
            self.set_frame((round(x + px - gx), round(y + py - gy), w, h))
        else:
            self.set_frame(self._resized(self._drag, *self._to_view(event.position())))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None

    def _resized(self, corner: str, px: float, py: float) -> Rect:
        """Return the frame with *corner* dragged to (px, py), the opposite corner staying put."""
        x, y, w, h = self._start
        right, down = corner in ("tr", "br"), corner in ("bl", "br")
        ax = x if right else x + w  # the corner that stays
        ay = y if down else y + h
        room_w = self.view_w - ax if right else ax
        room_h = self.view_h - ay if down else ay
        min_w, min_h = min(MIN_CROP_SIDE, self.view_w), min(MIN_CROP_SIDE, self.view_h)
        new_w = max(min_w, min(room_w, round(px - ax if right else ax - px)))
        new_h = max(min_h, min(room_h, round(py - ay if down else ay - py)))
        if self.ratio is not None:
            a, b = self.ratio
            new_h = round(new_w * b / a)
            if new_h > room_h:
                new_h = room_h
                new_w = round(new_h * a / b)
        return (ax if right else ax - new_w, ay if down else ay - new_h, new_w, new_h)

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        # One key press moves or sizes by a hundredth of the picture (Ctrl: a pixel).
        fine = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        amount = 1 if fine else max(1, max(self.view_w, self.view_h) // 100)
        x, y, w, h = self.frame
        dx, dy = step[0] * amount, step[1] * amount
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if self.ratio is not None and dy:
                dx, dy = round(dy * self.ratio[0] / self.ratio[1]), 0
            self.set_frame((x, y, max(1, w + dx), max(1, h + dy)))
        else:
            self.set_frame((x + dx, y + dy, w, h))

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#3a3a3a"))
        area = self.picture_rect()
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(area, self.image)
        frame = self.frame_rect()
        outside = QPainterPath()
        outside.addRect(area)
        inside = QPainterPath()
        inside.addRect(frame)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1))
        for third in (1, 2):  # the rule of thirds, as photo editors draw it
            x = frame.left() + frame.width() * third / 3
            y = frame.top() + frame.height() * third / 3
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        focus = QColor("#ffd54f") if self.hasFocus() else QColor("white")
        painter.setPen(QPen(focus, 2))
        painter.drawRect(frame)
        painter.setBrush(focus)
        for corner in self._corners().values():
            painter.drawRect(
                QRectF(corner.x() - HANDLE, corner.y() - HANDLE, 2 * HANDLE, 2 * HANDLE)
            )


class CropDialog(QDialog):
    """Choose the frame (free or a ratio) and the turn of one figure's photo."""

    def __init__(
        self,
        picture: QImage,
        master_size: tuple[int, int],
        edit: PhotoEdit | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop and rotate photo"))
        self.picture = picture  # a rendition of the master, not turned
        self.master_w, self.master_h = master_size
        edit = edit or PhotoEdit()
        self.turns = edit.turns % 4

        self.crop_view = CropView()
        self.crop_view.setAccessibleName(self.tr("Crop frame"))
        self.ratio_combo = QComboBox()
        self.ratio_combo.addItem(self.tr("Free"), "")
        for name in ASPECTS:
            self.ratio_combo.addItem(name, name)
        self.upright_check = QCheckBox(self.tr("&Upright frame"))
        self.upright_check.setEnabled(False)
        self.rotate_left_button = QPushButton(self.tr("Rotate &left"))
        self.rotate_right_button = QPushButton(self.tr("Rotate &right"))
        self.whole_button = QPushButton(self.tr("&Whole picture"))
        self.size_label = QLabel()
        self.preview_label = QLabel()
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setFixedSize(240, 180)  # the picture gets the rest of the room
        self.preview_label.setStyleSheet("background: #f0f0f0; border: 1px solid #ccc")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        hint = QLabel(
            self.tr(
                "Drag the frame or its corners with the mouse. With the keyboard: arrows move "
                "the frame, Shift+arrows change its size (Ctrl for one pixel)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        self.buttons = ok_cancel_buttons(self)

        ratio_label = QLabel(self.tr("&Frame:"))
        ratio_label.setBuddy(self.ratio_combo)
        side = QGridLayout()
        side.addWidget(ratio_label, 0, 0)
        side.addWidget(self.ratio_combo, 0, 1)
        side.addWidget(self.upright_check, 1, 1)
        side.addWidget(self.rotate_left_button, 2, 0)
        side.addWidget(self.rotate_right_button, 2, 1)
        side.addWidget(self.whole_button, 3, 0, 1, 2)
        side.addWidget(QLabel(self.tr("Preview:")), 4, 0, 1, 2)
        side.addWidget(self.preview_label, 5, 0, 1, 2)
        side.addWidget(self.size_label, 6, 0, 1, 2)
        side.setRowStretch(7, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(side_panel.sizeHint().width())
        top = QHBoxLayout()
        top.addWidget(self.crop_view, 1)
        top.addWidget(side_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_screen(self, 940, 620)

        self._show_turn(edit.crop)
        if edit.aspect:
            index = self.ratio_combo.findData(edit.aspect)
            self.ratio_combo.setCurrentIndex(max(0, index))
            x, y, w, h = self.crop_view.frame
            self.upright_check.setChecked(h > w)
            self._hold_ratio(keep_frame=True)
        self.crop_view.frame_changed.connect(self._update_preview)
        self.ratio_combo.currentIndexChanged.connect(lambda _i: self._hold_ratio())
        self.upright_check.toggled.connect(lambda _on: self._hold_ratio())
        self.rotate_left_button.clicked.connect(lambda: self.rotate(-1))
        self.rotate_right_button.clicked.connect(lambda: self.rotate(1))
        self.whole_button.clicked.connect(self._whole)
        self._enable_ratio_choices()
        self._update_preview()
        self.crop_view.setFocus()

    # ------------------------------------------------------------ what the user changes

    def rotate(self, step: int) -> None:
        """Turn the picture a quarter left (-1) or right (+1); the frame stays on the same part."""
        master_frame = self.master_frame()
        self.turns = (self.turns + step) % 4
        if self.aspect():
            self.upright_check.blockSignals(True)
            self.upright_check.setChecked(not self.upright_check.isChecked())
            self.upright_check.blockSignals(False)
            self._set_ratio()
        self._show_turn(master_frame)
        self._enable_ratio_choices()

    def aspect(self) -> str:
        """The ratio chosen ("" for a free frame)."""
        return str(self.ratio_combo.currentData() or "")

    def master_frame(self) -> Rect:
        """The frame in the master's pixels."""
        return from_view(self.crop_view.frame, self.master_w, self.master_h, self.turns)

    def result_edit(self) -> PhotoEdit | None:
        """The edit chosen; None when it leaves the photo as imported."""
        edit = PhotoEdit(self.turns, self.master_frame(), self.aspect())
        return edit.normalised(self.master_w, self.master_h)

    # ------------------------------------------------------------ inside

    def _show_turn(self, master_frame: Rect | None) -> None:
        size = view_size(self.master_w, self.master_h, self.turns)
        turned = self.picture.transformed(QTransform().rotate(90 * self.turns))
        frame = (
            to_view(master_frame, self.master_w, self.master_h, self.turns)
            if master_frame is not None
            else (0, 0, *size)
        )
        self.crop_view.set_picture(turned, size, frame)

    def _set_ratio(self) -> None:
        ratio = ASPECTS.get(self.aspect())
        if ratio is not None and self.upright_check.isChecked():
            ratio = (ratio[1], ratio[0])
        self.crop_view.ratio = ratio

    def _hold_ratio(self, keep_frame: bool = False) -> None:
        self._set_ratio()
        self.upright_check.setEnabled(self.aspect() not in ("", "1:1"))
        ratio = self.crop_view.ratio
        view = self.crop_view
        if ratio is None or keep_frame:
            view.set_frame(view.frame)
            return
        view.set_frame(largest_frame(view.view_w, view.view_h, ratio, True))

    def _whole(self) -> None:
        self.ratio_combo.setCurrentIndex(0)
        view = self.crop_view
        view.set_frame((0, 0, view.view_w, view.view_h))

    def _enable_ratio_choices(self) -> None:
        """A ratio that cannot fit the picture at the minimum size is not offered."""
        model = self.ratio_combo.model()
        view = self.crop_view
        for index in range(1, self.ratio_combo.count()):
            name = str(self.ratio_combo.itemData(index))
            possible = ratio_possible(view.view_w, view.view_h, name, True) or ratio_possible(
                view.view_w, view.view_h, name, False
            )
            item = model.item(index)  # type: ignore[attr-defined]
            item.setEnabled(possible)

    def _update_preview(self) -> None:
        edit = PhotoEdit(self.turns, self.master_frame(), self.aspect())
        try:
            edit.validate(self.master_w, self.master_h)
        except PhotoEditError as exc:
            self.error_label.setText(edit_error_text(exc))
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
        else:
            self.error_label.clear()
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(True)
        shown = edited_image(self.picture, (self.master_w, self.master_h), edit)
        box = self.preview_label.size() - QSize(8, 8)
        self.preview_label.setPixmap(
            QPixmap.fromImage(shown).scaled(
                box,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        w, h = edit.output_size(self.master_w, self.master_h)
        self.size_label.setText(
            self.tr("%1 × %2 pixels").replace("%1", str(w)).replace("%2", str(h))
        )

    @classmethod
    def ask(
        cls,
        picture: QImage,
        master_size: tuple[int, int],
        edit: PhotoEdit | None,
        parent: QWidget | None = None,
    ) -> tuple[PhotoEdit | None, bool]:
        """Show the dialog; return (the edit chosen, accepted)."""
        dialog = cls(picture, master_size, edit, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_edit(), accepted
        finally:
            dialog.deleteLater()  # not left behind as one more child of the window


def edit_error_text(error: PhotoEditError) -> str:
    """Say what is wrong with a frame in the interface language (the error's code decides)."""
    too_small = QCoreApplication.translate(
        "CropDialog", "The frame is too small: at least %1 pixels each way."
    ).replace("%1", str(MIN_CROP_SIDE))
    texts = {
        "photo_edit.frame_outside": QCoreApplication.translate(
            "CropDialog", "The frame must stay inside the picture."
        ),
        "photo_edit.too_narrow": too_small,
        "photo_edit.too_low": too_small,
        "photo_edit.frame_too_thin": QCoreApplication.translate(
            "CropDialog", "The frame is too long and thin for a photo."
        ),
        "photo_edit.ratio_not_honoured": QCoreApplication.translate(
            "CropDialog", "The frame does not have the chosen ratio."
        ),
    }
    return texts.get(
        error.code,
        QCoreApplication.translate("CropDialog", "This crop cannot be used."),
    )
