"""How an article's body is kept in the store, and its version code.

The stored body is the interchange JSON's blocks with ``photo_id`` in place of
``file``. Data read back is trusted (it was validated on the way in), so
decoding does not re-validate.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from deskeditor.jsonio import block_to_json
from deskeditor.model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Table,
    TextBlock,
)
from deskeditor.photo_edit import edit_from_storage
from deskeditor.text import nfc

_TEXT_BLOCKS: dict[str, type[TextBlock]] = {
    "paragraph": Paragraph,
    "heading": Heading,
    "quote": Quote,
}


def body_to_storage(body: list[Block]) -> str:
    """Encode body blocks as compact JSON for the ``articles.body`` column."""
    out = []
    for block in body:
        data = block_to_json(block)
        if isinstance(block, Figure):
            del data["file"]
            data["photo_id"] = block.photo_id
        out.append(data)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _runs(value: str | list[dict[str, Any]]) -> list[Run]:
    if isinstance(value, str):
        return [Run(value)] if value else []
    return [
        Run(
            item["text"],
            bold=item.get("bold", False),
            italic=item.get("italic", False),
            underline=item.get("underline", False),
            link=item.get("link"),
        )
        for item in value
    ]


def body_from_storage(text: str | list[dict[str, Any]]) -> list[Block]:
    """Decode the ``articles.body`` column (or its JSON already parsed) back into blocks."""
    blocks: list[Block] = []
    for data in json.loads(text) if isinstance(text, str) else text:
        kind = data["type"]
        if kind in _TEXT_BLOCKS:
            blocks.append(_TEXT_BLOCKS[kind](_runs(data["text"])))
        elif kind == "list":
            blocks.append(ListBlock([_runs(item) for item in data["items"]], data["ordered"]))
        elif kind == "table":
            rows = [[_runs(cell) for cell in row] for row in data["rows"]]
            blocks.append(Table(rows, data["caption"], data["header_rows"]))
        else:
            blocks.append(
                Figure(
                    caption=data["caption"],
                    credit=data["credit"],
                    alt=data["alt"],
                    photo_id=data["photo_id"],
                    edit=edit_from_storage(data.get("edit")),
                )
            )
    return blocks


def normalise(article: Article) -> Article:
    """Put every text of *article* in NFC, in place, and return it.

    The editor and the JSON reader already do; the store does it again so that
    a caller of the API cannot store NFD text (and get a different version code
    for the same words).
    """
    for name in ("title", "category", "lead", "author", "author_unit", "source"):
        setattr(article, name, nfc(getattr(article, name)))
    article.tags = [nfc(tag) for tag in article.tags]
    for block in article.body:
        if isinstance(block, Figure):
            block.caption, block.credit, block.alt = (
                nfc(block.caption),
                nfc(block.credit),
                nfc(block.alt),
            )
            continue
        if isinstance(block, Table):
            block.caption = nfc(block.caption)
            texts = [cell for row in block.rows for cell in row]
        else:
            texts = block.items if isinstance(block, ListBlock) else [block.runs]
        for runs in texts:
            for run in runs:
                run.text = nfc(run.text)
                run.link = nfc(run.link) if run.link else run.link
    return article


CODE_FORM = "v1"  # the canonical form below; README.md, "Version codes", documents it


def _v1_runs(runs: list[Run]) -> str | list[dict[str, Any]]:
    """One unmarked run (or none) is its text; otherwise every run with its marks."""
    if not runs:
        return ""
    if len(runs) == 1 and Run(runs[0].text).same_marks(runs[0]):
        return runs[0].text
    out = []
    for run in runs:
        item: dict[str, Any] = {"text": run.text}
        for mark in ("bold", "italic", "underline"):
            if getattr(run, mark):
                item[mark] = True
        if run.link:
            item["link"] = run.link
        out.append(item)
    return out


def _v1_block(block: Block, photo_hash: str) -> dict[str, Any]:
    if isinstance(block, Table):  # added with tables: no article before them had one
        return {
            "type": "table",
            "caption": block.caption,
            "header_rows": block.header_rows,
            "rows": [[_v1_runs(cell) for cell in row] for row in block.rows],
        }
    if isinstance(block, ListBlock):
        return {
            "type": "list",
            "ordered": block.ordered,
            "items": [_v1_runs(item) for item in block.items],
        }
    if isinstance(block, Figure):
        data: dict[str, Any] = {
            "type": "photo",
            "file": photo_hash,
            "caption": block.caption,
            "credit": block.credit,
            "alt": block.alt,
        }
        # Only a cropped or turned photo has it, so every code issued before stays as it was.
        if block.edit is not None and not block.edit.is_identity:
            data["edit"] = block.edit.picture_json()
        return data
    return {"type": block.kind, "text": _v1_runs(block.runs)}


def canonical_v1(article: Article, photo_hashes: list[str]) -> bytes:
    """Return the bytes the version code hashes: form v1, fixed for good.

    It is its own form, not the interchange JSON, so that a field added to the
    JSON (or to the store) never changes the code of an article already signed.
    Every code issued so far was made from exactly these bytes.
    """
    hashes = iter(photo_hashes)
    body = [
        _v1_block(block, next(hashes, "") if isinstance(block, Figure) else "")
        for block in article.body
    ]
    data = {
        "title": article.title,
        "category": article.category,
        "published_at": _v1_datetime(article.published_at),
        "lead": article.lead,
        "author": article.author,
        "author_unit": article.author_unit,
        "source": article.source,
        "tags": list(article.tags),
        "body": body,
    }
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return encoded.encode("utf-8")


def _v1_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.replace(microsecond=0).isoformat(timespec="seconds" if value.second else "minutes")


def content_hash(article: Article, photo_hashes: list[str]) -> str:
    """Hash everything a reader sees: the fields, the body and each photo's bytes.

    *photo_hashes* are the sha256 of each figure's photo (its master rendition)
    in body order, so a replaced picture changes the hash even when its caption
    does not.
    """
    import hashlib  # here: OpenSSL's library loads at the first save, not to show the window

    return hashlib.sha256(canonical_v1(article, photo_hashes)).hexdigest()


def version_code(digest: str) -> str:
    """Shorten a content hash to the printed code, e.g. ``A3F9-12C7``."""
    return f"{digest[:4]}-{digest[4:8]}".upper()
