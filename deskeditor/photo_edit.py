"""A figure's crop and rotation, kept as operations on the photo's master (no Qt, no Pillow).

Decisions:

- The master in the store is never changed. An edit is two operations: a
  crop frame ``(x, y, width, height)`` in the stored master's pixels (the
  master is already upright: the EXIF orientation was applied on import),
  then *turns* quarter turns clockwise. Cropping first keeps the frame where
  it is when the picture is turned again.
- An edit belongs to one figure, not to the photo: the same picture used by
  two articles (the store keeps it once) can be cropped differently in each,
  and cropping it in one article never changes the other.
- *aspect* is the ratio the frame was held to ("3:2", "4:3", "16:9", "1:1" or
  "" for a free frame), in either orientation: a 3:2 frame may be upright
  (2:3). It is checked, and offered again when the frame is edited, but it
  is no part of the picture: the version code covers the frame and turns.
- An edit that changes nothing (no turn, a frame of the whole picture) is no
  edit at all, so resetting a photo gives the article back its earlier code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from deskeditor.errors import Message, PhotoEditError

ASPECTS: dict[str, tuple[int, int]] = {"3:2": (3, 2), "4:3": (4, 3), "16:9": (16, 9), "1:1": (1, 1)}
MIN_CROP_SIDE = 32  # px of the master; a smaller picture may only keep its whole side
MAX_CROP_ASPECT = 20  # as on import: a thinner strip is not a photo

Rect = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True)
class PhotoEdit:
    """Crop (in master pixels) then turn clockwise by *turns* quarter turns."""

    turns: int = 0
    crop: Rect | None = None
    aspect: str = ""

    # ------------------------------------------------------------ derived values

    @property
    def is_identity(self) -> bool:
        """Tell whether the edit leaves the picture as it is."""
        return self.turns % 4 == 0 and self.crop is None

    def output_size(self, width: int, height: int) -> tuple[int, int]:
        """Return the size of the edited picture made from a *width* × *height* master."""
        w, h = (self.crop[2], self.crop[3]) if self.crop else (width, height)
        return (h, w) if self.turns % 2 else (w, h)

    def rotated(self, step: int) -> PhotoEdit:
        """Return the edit turned *step* more quarter turns clockwise (negative: to the left)."""
        return replace(self, turns=(self.turns + step) % 4)

    def normalised(self, width: int, height: int) -> PhotoEdit | None:
        """Return the edit with a whole-picture frame dropped; None when nothing is left."""
        crop = self.crop
        if crop is not None and crop == (0, 0, width, height):
            crop = None
        edit = PhotoEdit(self.turns % 4, crop, self.aspect if crop else "")
        return None if edit.is_identity else edit

    # ------------------------------------------------------------ checking

    def validate(self, width: int, height: int) -> None:
        """Raise PhotoEditError unless the edit fits a *width* × *height* master."""
        if not isinstance(self.turns, int) or not 0 <= self.turns <= 3:
            raise PhotoEditError("photo_edit.bad_turns", turns=self.turns)
        if self.aspect and self.aspect not in ASPECTS:
            raise PhotoEditError(
                "photo_edit.unknown_aspect", aspect=self.aspect, expected=", ".join(ASPECTS)
            )
        if self.crop is None:
            if self.aspect:
                raise PhotoEditError("photo_edit.aspect_without_frame")
            return
        x, y, w, h = self.crop
        if x < 0 or y < 0 or w < 1 or h < 1 or x + w > width or y + h > height:
            raise PhotoEditError(
                "photo_edit.frame_outside", x=x, y=y, w=w, h=h, width=width, height=height
            )
        for side, full, code in (
            (w, width, "photo_edit.too_narrow"),
            (h, height, "photo_edit.too_low"),
        ):
            if side < min(MIN_CROP_SIDE, full):
                raise PhotoEditError(code, w=w, h=h, minimum=min(MIN_CROP_SIDE, full))
        if max(w, h) > MAX_CROP_ASPECT * min(w, h):
            raise PhotoEditError("photo_edit.frame_too_thin", w=w, h=h, ratio=MAX_CROP_ASPECT)
        if self.aspect and not ratio_holds(w, h, ASPECTS[self.aspect]):
            raise PhotoEditError("photo_edit.ratio_not_honoured", w=w, h=h, aspect=self.aspect)

    # ------------------------------------------------------------ JSON

    def to_json(self) -> dict[str, Any]:
        """Return the edit as the interchange JSON and the store write it (only what is set)."""
        out: dict[str, Any] = {}
        if self.turns:
            out["turns"] = self.turns
        if self.crop is not None:
            out["crop"] = list(self.crop)
        if self.aspect:
            out["aspect"] = self.aspect
        return out

    def picture_json(self) -> dict[str, Any]:
        """Return what the edit does to the picture (no ratio label): the version code's part."""
        out = self.to_json()
        out.pop("aspect", None)
        return out

    def key(self) -> str:
        """Return the edit of the picture as one short text, the same for the same picture."""
        return json.dumps(self.picture_json(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, value: Any, place: str = "edit") -> PhotoEdit:
        """Read an edit from parsed JSON, checking types (the frame is checked by validate)."""
        if not isinstance(value, dict):
            raise PhotoEditError(Message("photo_edit.expected_object", place))
        for key in value:
            if key not in ("turns", "crop", "aspect"):
                raise PhotoEditError(Message("json.unknown_field", f"{place}.{key}"))
        turns = value.get("turns", 0)
        if isinstance(turns, bool) or not isinstance(turns, int) or not 0 <= turns <= 3:
            raise PhotoEditError(Message("photo_edit.expected_turns", f"{place}.turns"))
        crop = value.get("crop")
        if crop is not None:
            if (
                not isinstance(crop, list)
                or len(crop) != 4
                or any(isinstance(v, bool) or not isinstance(v, int) for v in crop)
            ):
                raise PhotoEditError(Message("photo_edit.expected_crop", f"{place}.crop"))
            crop = (crop[0], crop[1], crop[2], crop[3])
        aspect = value.get("aspect", "")
        if not isinstance(aspect, str):
            raise PhotoEditError(Message("photo_edit.expected_aspect", f"{place}.aspect"))
        return cls(turns, crop, aspect)


def edit_from_storage(value: dict[str, Any] | None) -> PhotoEdit | None:
    """Read an edit the store wrote (trusted: it was checked on the way in)."""
    if not value:
        return None
    crop = value.get("crop")
    return PhotoEdit(
        int(value.get("turns", 0)), tuple(crop) if crop else None, str(value.get("aspect", ""))
    )


# ------------------------------------------------------------ frames and ratios


def scale_frame(rect: Rect, size: tuple[int, int], other: tuple[int, int]) -> Rect:
    """Map a frame on a picture of *size* to the same place on a copy of *other* size."""
    x, y, w, h = rect
    sx, sy = other[0] / size[0], other[1] / size[1]
    left, top = min(other[0] - 1, round(x * sx)), min(other[1] - 1, round(y * sy))
    right, bottom = min(other[0], round((x + w) * sx)), min(other[1], round((y + h) * sy))
    return (left, top, max(1, right - left), max(1, bottom - top))


def ratio_holds(width: int, height: int, ratio: tuple[int, int]) -> bool:
    """Tell whether width × height has *ratio* (either way round), to the pixel."""
    a, b = ratio
    for long_side, short_side in ((a, b), (b, a)):
        # Within one pixel of the exact frame along the longer side.
        if abs(width * short_side - height * long_side) <= max(long_side, short_side):
            return True
    return False


def view_size(width: int, height: int, turns: int) -> tuple[int, int]:
    """Return the size of the whole master as seen after *turns*."""
    return (height, width) if turns % 2 else (width, height)


def to_view(rect: Rect, width: int, height: int, turns: int) -> Rect:
    """Map a frame in master pixels to the turned picture's pixels (what the user sees)."""
    x, y, w, h = rect
    turns %= 4
    if turns == 0:
        return rect
    if turns == 1:  # clockwise: the master's left edge becomes the top
        return (height - y - h, x, h, w)
    if turns == 2:
        return (width - x - w, height - y - h, w, h)
    return (y, width - x - w, h, w)


def from_view(rect: Rect, width: int, height: int, turns: int) -> Rect:
    """Map a frame drawn on the turned picture back to master pixels."""
    vw, vh = view_size(width, height, turns)
    # Turning back is turning the rest of the way round, in the view's own size.
    return to_view(rect, vw, vh, (4 - turns % 4) % 4)


def largest_frame(width: int, height: int, ratio: tuple[int, int], landscape: bool) -> Rect:
    """Return the largest centred frame of *ratio* inside width × height."""
    a, b = ratio if landscape or ratio[0] == ratio[1] else (ratio[1], ratio[0])
    if width * b <= height * a:  # the width is what limits the frame
        w, h = width, min(height, round(width * b / a))
    else:
        w, h = min(width, round(height * a / b)), height
    return ((width - w) // 2, (height - h) // 2, w, h)


def ratio_possible(width: int, height: int, name: str, landscape: bool) -> bool:
    """Tell whether a frame of ratio *name* fits width × height at the minimum size or more."""
    frame = largest_frame(width, height, ASPECTS[name], landscape)
    try:
        PhotoEdit(crop=frame, aspect=name).validate(width, height)
    except PhotoEditError:
        return False
    return True


def fit_frame(frame: Rect, width: int, height: int, ratio: tuple[int, int] | None) -> Rect:
    """Return *frame* kept inside width × height, at least the minimum size, held to *ratio*.

    *ratio* is (width, height) as the frame should stand. With a ratio the
    width decides and the height follows (the width gives way when the
    height would leave the picture); the frame keeps its place where it can.
    """
    x, y, w, h = frame
    min_w, min_h = min(MIN_CROP_SIDE, width), min(MIN_CROP_SIDE, height)
    w, h = max(min_w, min(w, width)), max(min_h, min(h, height))
    if ratio is not None:
        a, b = ratio  # as the frame should stand: (3, 4) is an upright 4:3
        h = round(w * b / a)
        if h > height:
            h = height
            w = round(h * a / b)
        if w > width:
            w = width
            h = round(w * b / a)
        if w < min_w or h < min_h:
            grow = max(min_w / w, min_h / h)
            w, h = min(width, round(w * grow)), min(height, round(h * grow))
    x = max(0, min(x, width - w))
    y = max(0, min(y, height - h))
    return (x, y, w, h)
