"""How an article's body is kept in the store, and its version code.

The stored body is the interchange JSON's blocks with ``photo_id`` in place of
``file``. Data read back is trusted (it was validated on the way in), so
decoding does not re-validate.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from deskeditor.jsonio import article_to_dict, block_to_json
from deskeditor.model import Article, Block, Figure, Heading, ListBlock, Paragraph, Quote, Run
from deskeditor.text import nfc

_TEXT_BLOCKS = {"paragraph": Paragraph, "heading": Heading, "quote": Quote}


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


def body_from_storage(text: str) -> list[Block]:
    """Decode the ``articles.body`` column back into blocks."""
    blocks: list[Block] = []
    for data in json.loads(text):
        kind = data["type"]
        if kind in _TEXT_BLOCKS:
            blocks.append(_TEXT_BLOCKS[kind](_runs(data["text"])))
        elif kind == "list":
            blocks.append(ListBlock([_runs(item) for item in data["items"]], data["ordered"]))
        else:
            blocks.append(
                Figure(
                    caption=data["caption"],
                    credit=data["credit"],
                    alt=data["alt"],
                    photo_id=data["photo_id"],
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
            block.caption, block.credit, block.alt = nfc(block.caption), nfc(block.credit), nfc(block.alt)
            continue
        for runs in block.items if isinstance(block, ListBlock) else [block.runs]:
            for run in runs:
                run.text = nfc(run.text)
                run.link = nfc(run.link) if run.link else run.link
    return article


def content_hash(article: Article, photo_hashes: list[str]) -> str:
    """Hash everything a reader sees: the fields, the body and each photo's bytes.

    *photo_hashes* are the sha256 of each figure's photo in body order, so a
    replaced picture changes the hash even when its caption does not.
    """
    canonical = article_to_dict(article, photo_hashes)
    encoded = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def version_code(digest: str) -> str:
    """Shorten a content hash to the printed code, e.g. ``A3F9-12C7``."""
    return f"{digest[:4]}-{digest[4:8]}".upper()
