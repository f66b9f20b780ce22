"""What the body editor puts on the clipboard besides HTML: its own blocks, figures included.

Qt's HTML of a selection has no place for a figure (an object character with
its photo, caption, credit, alt text and crop in the character's format), so
copying, cutting or dragging a photo through HTML lost it. The body editor
therefore adds its selection as model blocks in a private format, which it
reads back before any HTML. Figures point at photos by id, so they are only
taken back in the store they were copied from; pasted into another store, the
text and tables still come, without the photos (as through HTML).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument

from deskeditor.errors import DeskEditorError
from deskeditor.jsonio import article_from_dict, block_to_json
from deskeditor.model import Block, Figure, Paragraph
from deskeditor.photo_edit import PhotoEdit

from .adapter import block_kind, blocks_from_document, runs_of_block

MIME_TYPE = "application/x-deskeditor-blocks"
FORMAT_VERSION = 1

# photo id -> its pixel size, or None when the store has no such photo
PhotoLookup = Callable[[int], tuple[int, int] | None]


def selection_blocks(cursor: QTextCursor) -> list[Block]:
    """Return the selection of *cursor* as model blocks (a partial paragraph as a paragraph)."""
    scratch = QTextDocument()
    QTextCursor(scratch).insertFragment(cursor.selection())
    # Qt pastes a fragment's first block into the block already there, without its
    # format: a whole heading, quote or table caption at the start would lose its kind.
    first = cursor.document().findBlock(cursor.selectionStart())
    whole = cursor.selectionStart() == first.position() and cursor.selectionEnd() >= (
        first.position() + first.length() - 1
    )
    last = cursor.document().findBlock(cursor.selectionEnd())
    kind = block_kind(first)
    if not whole and first == last and kind in ("paragraph", "heading", "quote", "list"):
        # A few words of one line are text to go inline where pasted, not a new
        # heading or list item; a heading's words are bold by its look, not marked.
        runs = runs_of_block(scratch.firstBlock(), heading=kind == "heading")
        return [Paragraph(runs)] if runs else []
    if whole and QTextCursor(first).currentTable() is None and first.textList() is None:
        QTextCursor(scratch.firstBlock()).setBlockFormat(first.blockFormat())
    return blocks_from_document(scratch)


def encode(blocks: list[Block], store_key: str) -> bytes:
    """Write *blocks* for the clipboard; *store_key* names the store their photo ids belong to."""
    items: list[dict[str, Any]] = []
    for block in blocks:
        item = block_to_json(block)
        if isinstance(block, Figure):
            del item["file"]
            item["photo_id"] = block.photo_id
        items.append(item)
    payload = {"version": FORMAT_VERSION, "store": store_key, "blocks": items}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def decode(data: bytes, store_key: str, lookup: PhotoLookup) -> list[Block] | None:
    """Read blocks written by :func:`encode`; None when *data* is not such blocks.

    Everything is checked as an article file would be: the clipboard is shared
    with every other program. A figure from another store (or of a photo this
    store does not have) is left out.
    """
    try:
        payload = json.loads(data.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("version") != FORMAT_VERSION:
            return None
        items = payload.get("blocks")
        if not isinstance(items, list):
            return None
        same_store = bool(store_key) and payload.get("store") == store_key
        texts = [item for item in items if not _is_photo(item)]
        # The article reader checks every text block and table, with its limits.
        text_blocks = iter(article_from_dict({"title": "-", "body": texts}).body)
        blocks: list[Block] = []
        for item in items:
            if not _is_photo(item):
                blocks.append(next(text_blocks))
            elif same_store and (figure := _figure(item, lookup)) is not None:
                blocks.append(figure)
        return blocks
    except (ValueError, DeskEditorError):
        return None


def _is_photo(item: Any) -> bool:
    return isinstance(item, dict) and item.get("type") == "photo"


def _figure(item: dict[str, Any], lookup: PhotoLookup) -> Figure | None:
    """Read one figure; None when its photo is not in the store. Raise ValueError if malformed."""
    if set(item) - {"type", "photo_id", "caption", "credit", "alt", "edit"}:
        raise ValueError("unknown field")
    photo_id = item.get("photo_id")
    if isinstance(photo_id, bool) or not isinstance(photo_id, int):
        raise ValueError("photo_id")
    texts = [item.get(key, "") for key in ("caption", "credit", "alt")]
    if not all(isinstance(text, str) for text in texts):
        raise ValueError("text")
    size = lookup(photo_id)
    if size is None:
        return None
    edit = None
    if item.get("edit") is not None:
        edit = PhotoEdit.from_json(item["edit"])
        edit.validate(*size)
        edit = edit.normalised(*size)
    caption, credit, alt = texts
    return Figure(caption=caption, credit=credit, alt=alt, photo_id=photo_id, edit=edit)
