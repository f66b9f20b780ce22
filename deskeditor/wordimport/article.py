"""Turn the items of a Word body into an article: title, byline, captions, lists, tables.

- Title: the first paragraph in the Title style; else the first paragraph if
  it is a heading or bold and centred; else the first heading anywhere.
- Lead: a first paragraph after the title, all in bold and a sentence long.
- Byline: a right-aligned final paragraph (or two: name, then unit) gives
  the author and the unit ("Nguyễn Văn An - Văn phòng Sở", "… (Văn phòng Sở)").
- Caption: the paragraph right under a picture, if it is in the Caption
  style, starts with "Ảnh:" or is all in italics; else the words of a text
  box grouped with the picture. A credit written
  "(Ảnh: …)" at its end is split off into the figure's credit.
- Lists: consecutive numbered paragraphs, split where bulleted turns to numbered
  at the first level; deeper levels join the list they are under (flattened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from deskeditor.model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    plain_text,
    trim_runs,
)
from deskeditor.text import nfc

from .body import Item, Para, Picture, TableItem
from .inline import ImageRef

_CREDIT = re.compile(r"\s*[(\[]\s*ảnh\s*:\s*([^()\[\]]+?)\s*[)\]]\s*\.?\s*$", re.IGNORECASE)
_PHOTO_PREFIX = re.compile(r"^\s*ảnh\s*:\s*", re.IGNORECASE)
# Word's own numbering of captions ("Hình 1: …", Insert Caption); the exports number them again.
_FIGURE_NUMBER = re.compile(r"^\s*(?:hình|figure)\s*\d+\s*[:.\-–]\s*", re.IGNORECASE)
_TABLE_PREFIX = re.compile(r"^\s*bảng\s*(?:\d+\s*[:.\-–]?|[:.\-–])\s*", re.IGNORECASE)
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:tin|bài)(?:\s*(?:,|và)\s*ảnh)?|tác giả)\s*:\s*", re.IGNORECASE
)
_DASH = re.compile(r"\s+[-–—]\s+")
_LEAD_CHARS = 60  # "I. TÌNH HÌNH CHUNG" in bold is a heading, not a lead
_NAME_WORDS = 6  # "Ảnh: Trần Văn Ba" under a picture is a credit, not a caption


@dataclass
class Assembled:
    """The article, each figure with the picture it shows, and what was noticed on the way."""

    article: Article
    pictures: list[tuple[Figure, ImageRef]] = field(default_factory=list)
    no_title: bool = False
    tables: list[tuple[int, TableItem, str]] = field(default_factory=list)  # body index


def assemble(items: list[Item], fallback_title: str, lead: str | None = None) -> Assembled:
    """Build the draft article from the body's items (with *lead* when it is already known)."""
    items = [item for item in items if not (isinstance(item, Para) and not _trim(item))]
    article = Article(title="")
    result = Assembled(article)
    title = _take_title(items)
    if title is None:
        article.title, result.no_title = nfc(fallback_title), True
    else:
        article.title = " ".join(plain_text(title.runs).split())
    article.author, article.author_unit = _take_byline(items)
    article.lead = _take_lead(items) if lead is None else lead
    body = article.body
    captions: set[int] = set()  # ids of paragraphs in the Caption style
    index = 0
    while index < len(items):
        item = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(item, Picture):
            figure = Figure(alt=item.image.alt)
            if isinstance(following, Para) and _is_caption(following):
                figure.caption, figure.credit = split_caption(_one_line(following.runs))
                index += 1
            elif item.image.caption:  # a text box grouped with the picture
                figure.caption, figure.credit = split_caption(item.image.caption)
            body.append(figure)
            result.pictures.append((figure, item.image))
        elif isinstance(item, TableItem):
            caption = _table_caption(body, following, captions)
            if caption is not None and caption[1]:
                index += 1
            result.tables.append((len(body), item, caption[0] if caption else ""))
            for image in item.pictures:  # pictures in cells come after the table
                figure = Figure(alt=image.alt)
                result.pictures.append((figure, image))
        elif item.numbering is not None:
            _, ordered, level = item.numbering
            last = body[-1] if body else None
            previous = items[index - 1] if index else None
            if (
                isinstance(last, ListBlock)
                and (last.ordered == ordered or level > 0)  # sub-items join their list
                and isinstance(previous, Para)
                and previous.numbering is not None
            ):
                last.items.append(item.runs)
            else:
                body.append(ListBlock([item.runs], ordered=ordered))
        else:
            body.append(_text_block(item))
            if item.role == "caption":
                captions.add(id(body[-1]))
        index += 1
    return result


def place_tables(result: Assembled, make_blocks: object) -> None:
    """Insert each table's blocks (from ``make_blocks(table, caption)``) and pictures in place."""
    body = result.article.body
    figures_after = {id(image): figure for figure, image in result.pictures}
    for position, table, caption in reversed(result.tables):
        blocks: list[Block] = list(make_blocks(table, caption))  # type: ignore[operator]
        blocks += [figures_after[id(image)] for image in table.pictures]
        body[position:position] = blocks


def split_caption(text: str) -> tuple[str, str]:
    """Return (caption, credit) of a caption line; the credit keeps its "Ảnh: " prefix."""
    text = _FIGURE_NUMBER.sub("", nfc(text)).strip()
    credit = ""
    match = _CREDIT.search(text)
    if match:
        credit = f"Ảnh: {match.group(1).strip()}"
        text = text[: match.start()].strip()
    prefix = _PHOTO_PREFIX.match(text)
    if prefix:
        rest = text[prefix.end() :].strip()
        if not credit and _looks_like_name(rest):
            return "", f"Ảnh: {rest}"
        text = rest
    return text, credit


def _looks_like_name(text: str) -> bool:
    words = text.rstrip(".").split()
    return 0 < len(words) <= _NAME_WORDS and all(word[:1].isupper() for word in words)


def _one_line(runs: list[Run]) -> str:
    """The text of *runs* on one line: a lead or a caption has no line breaks (Shift+Enter)."""
    return " ".join(plain_text(runs).split())


def _trim(item: Para) -> bool:
    trim_runs(item.runs)
    return bool(item.runs)


def _is_caption(para: Para) -> bool:
    text = plain_text(para.runs)
    italic = all(run.italic for run in para.runs if run.text.strip())
    return para.role == "caption" or bool(_PHOTO_PREFIX.match(text)) or italic


def _take_title(items: list[Item]) -> Para | None:
    paras = [(i, item) for i, item in enumerate(items) if isinstance(item, Para)]
    chosen = next((i for i, p in paras if p.role == "title"), None)
    if chosen is None and paras:
        first_index, first = paras[0]
        bold = all(run.bold for run in first.runs if run.text.strip())
        if first.role == "heading" or (bold and first.align == "center"):
            chosen = first_index
    if chosen is None:
        chosen = next((i for i, p in paras if p.role == "heading"), None)
    if chosen is None:
        return None
    title = items.pop(chosen)
    assert isinstance(title, Para)
    return title


def _take_lead(items: list[Item]) -> str:
    """The lead (sapo): a first paragraph all in bold, a sentence or more, becomes the lead."""
    first = items[0] if items else None
    if not isinstance(first, Para) or first.role != "paragraph" or first.numbering is not None:
        return ""
    text = _one_line(first.runs)
    bold = all(run.bold for run in first.runs if run.text.strip())
    if not bold or len(text) < _LEAD_CHARS or text[-1] not in '.!?…"”':
        return ""
    items.pop(0)
    return text


def _take_byline(items: list[Item]) -> tuple[str, str]:
    lines: list[str] = []
    while items and len(lines) < 2:
        last = items[-1]
        if not (isinstance(last, Para) and last.align == "right" and last.numbering is None):
            break
        text = plain_text(last.runs).strip()
        if lines and len(text) > 80:
            break
        lines.insert(0, text)
        items.pop()
    if len(lines) == 1 and "\n" in lines[0]:  # name and unit on two lines of one paragraph
        parts = [line.strip() for line in lines[0].split("\n") if line.strip()]
        lines = parts[:1] + ([" ".join(parts[1:])] if len(parts) > 1 else [])
    if not lines:
        return "", ""
    if len(lines) == 2:
        return _BYLINE_PREFIX.sub("", lines[0]).strip(), lines[1]
    return split_byline(lines[0])


def split_byline(text: str) -> tuple[str, str]:
    """Return (author, unit) of a one-line byline."""
    text = _BYLINE_PREFIX.sub("", nfc(text)).strip()
    match = re.match(r"^(.+?)\s*\((.+)\)\.?$", text)
    if match:
        return match.group(1).strip(), match.group(2).strip()
    for separator in (_DASH, re.compile(r",\s+")):
        parts = separator.split(text, maxsplit=1)
        if len(parts) == 2:
            return parts[0].strip(), parts[1].strip().rstrip(".")
    return text, ""


def _table_caption(
    body: list[Block], following: Item | None, captions: set[int]
) -> tuple[str, bool] | None:
    """The table's caption: a "Bảng …" caption paragraph just before (taken back) or after it."""
    last = body[-1] if body else None
    if (
        isinstance(last, Paragraph)
        and id(last) in captions
        and _TABLE_PREFIX.match(plain_text(last.runs))
    ):
        body.pop()
        return _TABLE_PREFIX.sub("", _one_line(last.runs)).strip(), False
    if isinstance(following, Para) and following.role == "caption":
        text = _one_line(following.runs)
        if _TABLE_PREFIX.match(text):
            return _TABLE_PREFIX.sub("", text).strip(), True
    return None


def _text_block(item: Para) -> Block:
    runs = item.runs
    if item.role in ("heading", "title"):
        return Heading([Run(r.text, False, r.italic, r.underline, r.link) for r in runs])
    if item.role == "quote":
        return Quote(runs)
    return Paragraph(runs)
