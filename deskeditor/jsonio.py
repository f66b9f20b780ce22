"""Read and write the article interchange JSON of PRODUCT.md.

Reading validates everything and names the place of the first problem, as in
``body[3].caption: required``. Every string is normalised to NFC on the way in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from deskeditor.errors import ArticleFormatError, Message, PhotoEditError, PhotoOutsideFolderError
from deskeditor.filenames import existing_path
from deskeditor.model import (
    Article,
    Block,
    CarriedApproval,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Table,
    plain_text,
)
from deskeditor.photo_edit import PhotoEdit
from deskeditor.text import clean_text, nfc
from deskeditor.text.normalize import LONE_SURROGATE
from deskeditor.urls import UrlError, check_url

MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_TITLE_CHARS = 1000
MAX_FIELD_CHARS = 200_000
MAX_BLOCKS = 5000
MAX_TAGS = 200
# A paragraph of 20,000 links exports in seconds; more is no article but an attack.
MAX_RUNS = 20_000
MAX_LIST_ITEMS = 5000
MAX_TABLE_ROWS = 2000
MAX_TABLE_COLUMNS = 50
MAX_TABLE_CELLS = 20_000
MAX_CAPTION_CHARS = 2000
MAX_DATE_CHARS = 40

ARTICLE_KEYS = (
    "title",
    "category",
    "published_at",
    "lead",
    "author",
    "author_unit",
    "source",
    "tags",
    "body",
    "approval",
)
APPROVAL_KEYS = (
    "version_code",
    "approver_name",
    "approver_position",
    "comment",
    "decided_at",
    "submitted_at",
    "published_at",
)
_CODE = re.compile(r"^[0-9A-F]{4}-[0-9A-F]{4}$")
_RUN_MARKS = ("bold", "italic", "underline")
_TEXT_BLOCKS: dict[str, type[Paragraph] | type[Heading] | type[Quote]] = {
    "paragraph": Paragraph,
    "heading": Heading,
    "quote": Quote,
}
BLOCK_TYPES = ("paragraph", "heading", "quote", "list", "photo", "table")


def check_link(url: str, place: str) -> str:
    """Return *url* checked by the link policy (deskeditor.urls), else raise naming *place*."""
    try:
        return check_url(url)
    except UrlError as exc:
        raise ArticleFormatError(place, exc.message) from None


def parse_datetime(value: str, place: str) -> dt.datetime:
    """Parse ``YYYY-MM-DDTHH:MM[:SS]`` (or a bare date) into a naive datetime."""
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ArticleFormatError(place, Message("json.expected_datetime")) from None
    return parsed.replace(tzinfo=None, microsecond=0)


def format_datetime(value: dt.datetime) -> str:
    """Write a datetime as the JSON does: minutes, or seconds when they are set."""
    # isoformat pads the year to four digits; strftime's %Y does not for years before 1000.
    return value.replace(microsecond=0).isoformat(timespec="seconds" if value.second else "minutes")


# ---------------------------------------------------------------- reading


def _string(value: Any, place: str, *, limit: int = MAX_FIELD_CHARS, text: bool = True) -> str:
    """Return the JSON string *value* in NFC; as *text*, without what no export may carry.

    Control characters and bidi overrides are dropped from text (a stored ESC or
    U+202E would reach the portal); links and file names keep them, so that the
    link policy and the photo reader refuse them by name instead of guessing.
    """
    if not isinstance(value, str):
        raise ArticleFormatError(place, Message("json.expected_text", got=_type_name(value)))
    if len(value) > limit:
        raise ArticleFormatError(place, Message("json.too_long", length=len(value), limit=limit))
    found = LONE_SURROGATE.search(value)
    if found:
        # JSON can spell half of a UTF-16 pair ("\ud800"); it is no character at all.
        raise ArticleFormatError(
            place,
            Message("json.surrogate", char=f"U+{ord(found.group()):04X}", position=found.start()),
        )
    return clean_text(nfc(value)) if text else nfc(value)


def _type_name(value: Any) -> Message:
    names = {
        dict: "json.type.object",
        list: "json.type.list",
        str: "json.type.text",
        bool: "json.type.boolean",
        type(None): "json.type.null",
    }
    number = isinstance(value, int | float)
    return Message(names.get(type(value), "json.type.number" if number else "json.type.value"))


def _object(value: Any, place: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ArticleFormatError(place, Message("json.expected_object", got=_type_name(value)))
    for key in value:
        if key not in allowed:
            where = f"{place}.{key}" if place else key
            raise ArticleFormatError(where, Message("json.unknown_field"))
    return value


def _runs(value: Any, place: str) -> list[Run]:
    if isinstance(value, str):
        return [Run(_string(value, place))]
    if not isinstance(value, list):
        raise ArticleFormatError(place, Message("json.expected_runs", got=_type_name(value)))
    if len(value) > MAX_RUNS:
        raise ArticleFormatError(
            place, Message("json.too_many_runs", count=len(value), limit=MAX_RUNS)
        )
    runs = []
    for index, item in enumerate(value):
        where = f"{place}[{index}]"
        if isinstance(item, str):
            runs.append(Run(_string(item, where)))
            continue
        data = _object(item, where, ("text", *_RUN_MARKS, "link"))
        if "text" not in data:
            raise ArticleFormatError(f"{where}.text", Message("json.required"))
        run = Run(_string(data["text"], f"{where}.text"))
        for mark in _RUN_MARKS:
            if mark in data:
                if not isinstance(data[mark], bool):
                    raise ArticleFormatError(f"{where}.{mark}", Message("json.expected_boolean"))
                setattr(run, mark, data[mark])
        if data.get("link") is not None:
            run.link = check_link(
                _string(data["link"], f"{where}.link", text=False), f"{where}.link"
            )
        runs.append(run)
    return runs


def _block(value: Any, place: str, base_dir: Path | None, allow_outside: bool = False) -> Block:
    if not isinstance(value, dict):
        raise ArticleFormatError(place, Message("json.expected_object", got=_type_name(value)))
    kind = value.get("type")
    if kind is None:
        raise ArticleFormatError(f"{place}.type", Message("json.required"))
    if kind not in BLOCK_TYPES:
        raise ArticleFormatError(
            f"{place}.type",
            Message("json.unknown_block", kind=kind, expected=", ".join(BLOCK_TYPES)),
        )
    if kind in _TEXT_BLOCKS:
        data = _object(value, place, ("type", "text"))
        if "text" not in data:
            raise ArticleFormatError(f"{place}.text", Message("json.required"))
        return _TEXT_BLOCKS[kind](_runs(data["text"], f"{place}.text"))
    if kind == "list":
        data = _object(value, place, ("type", "ordered", "items"))
        ordered = data.get("ordered", False)
        if not isinstance(ordered, bool):
            raise ArticleFormatError(f"{place}.ordered", Message("json.expected_boolean"))
        items = data.get("items")
        if not isinstance(items, list):
            raise ArticleFormatError(f"{place}.items", Message("json.required_items"))
        if len(items) > MAX_LIST_ITEMS:
            raise ArticleFormatError(
                f"{place}.items",
                Message("json.too_many_items", count=len(items), limit=MAX_LIST_ITEMS),
            )
        return ListBlock(
            [_runs(item, f"{place}.items[{i}]") for i, item in enumerate(items)], ordered
        )
    if kind == "table":
        return _table(value, place)
    data = _object(value, place, ("type", "file", "caption", "credit", "alt", "edit"))
    for key in ("file", "caption"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            if key in data and not isinstance(data[key], str):
                raise ArticleFormatError(
                    f"{place}.{key}", Message("json.expected_text", got=_type_name(data[key]))
                )
            raise ArticleFormatError(f"{place}.{key}", Message("json.required"))
    file_name = _string(data["file"], f"{place}.file", limit=1000, text=False)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in file_name):
        raise ArticleFormatError(f"{place}.file", Message("json.control_in_name"))
    source = _photo_path(file_name, f"{place}.file", base_dir, allow_outside)
    return Figure(
        caption=_string(data["caption"], f"{place}.caption"),
        credit=_string(data.get("credit", ""), f"{place}.credit"),
        alt=_string(data.get("alt", ""), f"{place}.alt"),
        source=source,
        edit=_photo_edit(data.get("edit"), f"{place}.edit"),
    )


def _table(value: dict[str, Any], place: str) -> Table:
    """Read a table block: at least one row and one column, every row as wide as the first."""
    data = _object(value, place, ("type", "caption", "header_rows", "rows"))
    caption = _string(data.get("caption", ""), f"{place}.caption", limit=MAX_CAPTION_CHARS)
    if "\n" in caption or "\r" in caption:
        raise ArticleFormatError(f"{place}.caption", Message("json.one_line"))
    rows = data.get("rows")
    if not isinstance(rows, list):
        raise ArticleFormatError(f"{place}.rows", Message("table.required_rows"))
    if not rows:
        raise ArticleFormatError(f"{place}.rows", Message("table.no_rows"))
    if len(rows) > MAX_TABLE_ROWS:
        raise ArticleFormatError(
            f"{place}.rows", Message("table.too_many_rows", count=len(rows), limit=MAX_TABLE_ROWS)
        )
    if isinstance(rows[0], list) and len(rows) * len(rows[0]) > MAX_TABLE_CELLS:
        raise ArticleFormatError(
            f"{place}.rows",
            Message(
                "table.too_many_cells",
                rows=len(rows),
                columns=len(rows[0]),
                limit=MAX_TABLE_CELLS,
            ),
        )
    table = Table(caption=caption)
    for r, row in enumerate(rows):
        where = f"{place}.rows[{r}]"
        if not isinstance(row, list):
            raise ArticleFormatError(where, Message("table.expected_cells", got=_type_name(row)))
        if not row:
            raise ArticleFormatError(where, Message("table.no_cells"))
        if len(row) > MAX_TABLE_COLUMNS:
            raise ArticleFormatError(
                where, Message("table.too_many_columns", count=len(row), limit=MAX_TABLE_COLUMNS)
            )
        if r and len(row) != len(rows[0]):
            raise ArticleFormatError(
                where,
                Message("table.ragged", count=len(row), first=len(rows[0])),
            )
        cells = [_runs(cell, f"{where}[{c}]") for c, cell in enumerate(row)]
        # An empty cell is common in a table; it holds no run at all, as in the store.
        table.rows.append([[run for run in cell if run.text] for cell in cells])
    header_rows = data.get("header_rows", 0)
    if not isinstance(header_rows, int) or isinstance(header_rows, bool):
        raise ArticleFormatError(f"{place}.header_rows", Message("table.expected_whole_number"))
    if not 0 <= header_rows <= len(rows):
        raise ArticleFormatError(
            f"{place}.header_rows", Message("table.header_rows", rows=len(rows))
        )
    table.header_rows = header_rows
    return table


def _photo_edit(value: Any, place: str) -> PhotoEdit | None:
    """Read a figure's crop and rotation; the frame is checked against the picture on import."""
    if value is None:
        return None
    try:
        edit = PhotoEdit.from_json(value, place)
    except PhotoEditError as exc:
        problem = exc.message  # about "body[3].edit.crop"
        raise ArticleFormatError(
            str(problem.subject or ""), Message(problem.code, **problem.params)
        ) from None
    return None if edit.is_identity else edit


def _photo_path(file_name: str, place: str, base_dir: Path | None, allow_outside: bool) -> Path:
    """Resolve a photo's ``file`` against the JSON's folder, refusing what lies outside it.

    An article JSON from elsewhere must not make the program read (and later
    export) any picture on the computer: ``/home/…/id-card.jpg`` or
    ``../../private/x.jpg``, nor a link inside the folder pointing out of it.
    """
    source = Path(file_name)
    if base_dir is None:
        return source
    if not source.is_absolute():
        source = base_dir / source
    source = existing_path(source)  # "ảnh.jpg" in the JSON is NFC; a Mac may have named it NFD
    if not allow_outside:
        try:
            inside = source.resolve().is_relative_to(base_dir.resolve())
        except (OSError, RuntimeError):  # a symlink loop
            inside = False
        if not inside:
            raise PhotoOutsideFolderError(
                place,
                Message("json.photo_outside", file=file_name),
                file_name,
            )
    return source


def _optional_datetime(data: dict[str, Any], key: str, place: str) -> dt.datetime | None:
    if data.get(key) in (None, ""):
        return None
    return parse_datetime(_string(data[key], f"{place}.{key}"), f"{place}.{key}")


def approval_from_dict(data: Any) -> CarriedApproval | None:
    """Return the approval carried in parsed interchange JSON, validated; None when absent."""
    value = data.get("approval") if isinstance(data, dict) else None
    if value is None:
        return None
    place = "approval"
    value = _object(value, place, APPROVAL_KEYS)
    for key in ("version_code", "approver_name"):
        if not isinstance(value.get(key), str) or not value[key].strip():
            raise ArticleFormatError(f"{place}.{key}", Message("json.required"))
    code = _string(value["version_code"], f"{place}.version_code", limit=20).strip().upper()
    if not _CODE.match(code):
        raise ArticleFormatError(f"{place}.version_code", Message("json.expected_code"))
    return CarriedApproval(
        version_code=code,
        approver_name=_string(value["approver_name"], f"{place}.approver_name", limit=500).strip(),
        approver_position=_string(
            value.get("approver_position", ""), f"{place}.approver_position", limit=500
        ).strip(),
        comment=_string(value.get("comment", ""), f"{place}.comment").strip(),
        decided_at=_optional_datetime(value, "decided_at", place),
        submitted_at=_optional_datetime(value, "submitted_at", place),
        published_at=_optional_datetime(value, "published_at", place),
    )


def article_from_dict(
    data: Any, base_dir: Path | None = None, *, allow_outside_photos: bool = False
) -> Article:
    """Build an :class:`Article` from parsed JSON, validating every field.

    Photo ``file`` entries are resolved against *base_dir* (the JSON's folder)
    and must lie inside it unless *allow_outside_photos*.
    """
    data = _object(data, "", ARTICLE_KEYS)
    if "title" not in data:
        raise ArticleFormatError("title", Message("json.required"))
    title = _string(data["title"], "title", limit=MAX_TITLE_CHARS).strip()
    if not title:
        raise ArticleFormatError("title", Message("json.required"))
    if "\n" in title or "\r" in title:
        raise ArticleFormatError("title", Message("json.one_line"))
    published_at = None
    if data.get("published_at") not in (None, ""):
        text = _string(data["published_at"], "published_at", limit=MAX_DATE_CHARS)
        published_at = parse_datetime(text, "published_at")
    tags = data.get("tags", [])
    if not isinstance(tags, list):
        raise ArticleFormatError("tags", Message("json.expected_tags", got=_type_name(tags)))
    if len(tags) > MAX_TAGS:
        raise ArticleFormatError("tags", Message("json.too_many_tags", limit=MAX_TAGS))
    body = data.get("body", [])
    if not isinstance(body, list):
        raise ArticleFormatError("body", Message("json.expected_blocks", got=_type_name(body)))
    if len(body) > MAX_BLOCKS:
        raise ArticleFormatError(
            "body", Message("json.too_many_blocks", count=len(body), limit=MAX_BLOCKS)
        )
    return Article(
        title=title,
        category=_string(data.get("category", ""), "category", limit=200).strip(),
        published_at=published_at,
        # One paragraph on one line, as the window and the Word import keep it.
        lead=" ".join(_string(data.get("lead", ""), "lead").split("\n")).strip(),
        author=_string(data.get("author", ""), "author", limit=500),
        author_unit=_string(data.get("author_unit", ""), "author_unit", limit=500),
        source=_string(data.get("source", ""), "source", limit=1000),
        tags=[_string(tag, f"tags[{i}]", limit=200) for i, tag in enumerate(tags)],
        body=_without_empty_blocks(
            _block(block, f"body[{i}]", base_dir, allow_outside_photos)
            for i, block in enumerate(body)
        ),
    )


def _without_empty_blocks(blocks: Iterable[Block]) -> list[Block]:
    """Leave out paragraphs, headings, quotes and list items with no text, as the window does.

    An empty heading became ``<h2></h2>`` on the page (axe-core: empty-heading).
    """
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            block.items = [item for item in block.items if plain_text(item).strip()]
            if not block.items:
                continue
        elif isinstance(block, Paragraph | Heading | Quote) and not plain_text(block.runs).strip():
            continue
        kept.append(block)
    return kept


def loads_article(
    text: str, base_dir: Path | None = None, *, allow_outside_photos: bool = False
) -> Article:
    """Parse interchange JSON text into an :class:`Article`."""
    return loads_interchange(text, base_dir, allow_outside_photos=allow_outside_photos)[0]


def loads_interchange(
    text: str, base_dir: Path | None = None, *, allow_outside_photos: bool = False
) -> tuple[Article, CarriedApproval | None]:
    """Parse interchange JSON text into the article and the approval it carries, if any."""
    if len(text) > MAX_JSON_BYTES:
        raise ArticleFormatError("", Message("json.file_too_large", limit=MAX_JSON_BYTES // 2**20))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(
            "",
            Message("json.invalid_at", line=exc.lineno, column=exc.colno, detail=exc.msg),
        ) from None
    except RecursionError:
        raise ArticleFormatError("", Message("json.too_deep")) from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise ArticleFormatError(
            "", Message("json.invalid", detail=str(exc).split(":")[0])
        ) from None
    article = article_from_dict(data, base_dir, allow_outside_photos=allow_outside_photos)
    return article, approval_from_dict(data)


def read_article(path: Path, *, allow_outside_photos: bool = False) -> Article:
    """Read an interchange JSON file; photo files are relative to its folder, and inside it."""
    return read_interchange(path, allow_outside_photos=allow_outside_photos)[0]


def read_interchange(
    path: Path, *, allow_outside_photos: bool = False
) -> tuple[Article, CarriedApproval | None]:
    """Read an interchange JSON file: the article and the approval it carries, if any."""
    # Here: the store imports this module for its writers, and opening it needs no file reader.
    from deskeditor.safeio import ReadError, read_regular_file

    try:
        raw = read_regular_file(path, MAX_JSON_BYTES)
    except ReadError as exc:
        messages = {
            "missing": Message("json.file_missing", path=path),
            "folder": Message("json.folder_not_json", path=path),
            "too_large": Message("json.file_too_large", limit=MAX_JSON_BYTES // 2**20),
        }
        raise ArticleFormatError(
            "", messages.get(exc.kind, Message("file.cannot_read", error=exc))
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleFormatError("", Message("json.not_utf8")) from None
    return loads_interchange(text, path.parent, allow_outside_photos=allow_outside_photos)


# ---------------------------------------------------------------- writing


def runs_to_json(runs: list[Run]) -> str | list[dict[str, Any]]:
    """Write runs as plain text when there are no marks, else as a list of runs."""
    if len(runs) == 1 and Run(runs[0].text).same_marks(runs[0]):
        return runs[0].text
    if not runs:
        return ""
    out = []
    for run in runs:
        item: dict[str, Any] = {"text": run.text}
        for mark in _RUN_MARKS:
            if getattr(run, mark):
                item[mark] = True
        if run.link:
            item["link"] = run.link
        out.append(item)
    return out


def block_to_json(block: Block, photo_file: str = "") -> dict[str, Any]:
    """Write one block; *photo_file* is the relative file name of a figure's image."""
    if isinstance(block, ListBlock):
        return {
            "type": "list",
            "ordered": block.ordered,
            "items": [runs_to_json(item) for item in block.items],
        }
    if isinstance(block, Table):
        return {
            "type": "table",
            "caption": block.caption,
            "header_rows": block.header_rows,
            "rows": [[runs_to_json(cell) for cell in row] for row in block.rows],
        }
    if isinstance(block, Figure):
        data: dict[str, Any] = {
            "type": "photo",
            "file": photo_file,
            "caption": block.caption,
            "credit": block.credit,
            "alt": block.alt,
        }
        if block.edit is not None:  # only an edited photo has it: other files stay as they were
            data["edit"] = block.edit.to_json()
        return data
    return {"type": block.kind, "text": runs_to_json(block.runs)}


def article_to_dict(article: Article, photo_files: list[str] | None = None) -> dict[str, Any]:
    """Return the interchange form; *photo_files* names each figure's file in order."""
    files = iter(photo_files or [])
    body = []
    for block in article.body:
        name = next(files, "") if isinstance(block, Figure) else ""
        body.append(block_to_json(block, name))
    return {
        "title": article.title,
        "category": article.category,
        "published_at": format_datetime(article.published_at) if article.published_at else "",
        "lead": article.lead,
        "author": article.author,
        "author_unit": article.author_unit,
        "source": article.source,
        "tags": list(article.tags),
        "body": body,
    }


def approval_to_dict(approval: CarriedApproval) -> dict[str, Any]:
    """Return the ``"approval"`` object of the interchange JSON."""
    out: dict[str, Any] = {
        "version_code": approval.version_code,
        "approver_name": approval.approver_name,
        "approver_position": approval.approver_position,
        "comment": approval.comment,
    }
    for key in ("decided_at", "submitted_at", "published_at"):
        value = getattr(approval, key)
        if value is not None:
            out[key] = format_datetime(value)
    return out


def dumps_article(
    article: Article,
    photo_files: list[str] | None = None,
    approval: CarriedApproval | None = None,
) -> str:
    """Serialise an article (and the approval it carries) as pretty UTF-8 JSON text."""
    data = article_to_dict(article, photo_files)
    if approval is not None:
        data["approval"] = approval_to_dict(approval)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
