"""Read an HTML export back (the page, the one-file page, the CMS fragment) as a reader sees it.

The page's site parts (header, footer, nav, aside outside <main>) are skipped;
anything hidden by tag, attribute or inline style does not count.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from deskeditor.errors import Message
from deskeditor.export import versionmark
from deskeditor.safeio import ReadError, read_regular_file
from deskeditor.text import nfc

from .items import (
    HTML_FRAGMENT,
    HTML_PAGE,
    MAX_PART_BYTES,
    PLAIN,
    ExportCopy,
    Item,
    Marks,
    drop_code_lines,
    marked_chars,
    normalise,
    one_code,
)

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
_CLOSES_P = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure", "table",
    "section", "article", "header", "footer", "nav", "main", "address", "pre",
}  # fmt: skip
_HIDDEN = {"head", "script", "style", "template", "noscript", "title"}
# On a page, the site's own parts around the article: they follow the settings, not the article.
_SITE_PARTS = {"header", "footer", "nav", "aside"}
_TEXT_KINDS = {"p": "p", "h1": "title", "address": "p", "pre": "p", "dd": "p", "dt": "p"}
# Tags a browser shows bold, italic, underlined or struck through, by their place in Marks.
_INLINE_MARKS = {
    "strong": 0, "b": 0, "em": 1, "i": 1, "u": 2, "ins": 2, "del": 3, "s": 3, "strike": 3,
}  # fmt: skip
# Inline styles that hide what they hold from the reader.
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(hidden|collapse)|font-size\s*:\s*0(?![.\d]*[1-9])"
    r"|opacity\s*:\s*0(?![.\d]*[1-9])",
    re.IGNORECASE,
)


def _hidden(node: _Node) -> bool:
    """Tell whether a reader does not see *node*: hidden by its tag, attribute or style."""
    return (
        node.tag in _HIDDEN
        or "hidden" in node.attrs
        or bool(_HIDING_STYLE.search(node.attrs.get("style", "")))
    )


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)

    def find(self, tag: str) -> _Node | None:
        for child in self.children:
            if isinstance(child, _Node):
                if child.tag == tag:
                    return child
                found = child.find(tag)
                if found is not None:
                    return found
        return None

    def iter(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            if isinstance(child, _Node):
                yield from child.iter()


def _text_of(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else _text_of(c) for c in node.children)


class _TreeBuilder(HTMLParser):
    """Build a small element tree; lenient the way browsers are about unclosed tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P and self.stack[-1].tag == "p":
            self.stack.pop()
        if tag == "li" and self.stack[-1].tag == "li":
            self.stack.pop()
        node = _Node(tag, {name.lower(): value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def read_html(path: Path, text: str) -> ExportCopy:
    root = parse_html(text)
    codes = []
    for node in root.iter():
        if node.tag == "meta" and node.attrs.get("name", "").lower() == versionmark.META_NAME:
            codes.append((versionmark.clean_code(node.attrs.get("content", "")), "<meta>"))
            break
    page = bool(codes)
    # A fragment's photos go to images/NAME/ beside it, to be uploaded to the portal.
    uploads = None if page else path.parent / "images" / path.stem
    items, printed = html_items(root, FileImages(path.parent, uploads), page=page)
    codes += [(code, "visible code line") for code in printed]
    code = one_code(path, codes)
    inlined = any(item.where == _INLINED for item in items if item.kind == "photo")
    form = HTML_PAGE if page else HTML_FRAGMENT
    return ExportCopy(path, form, code, items, inlined, tuple(_unseen_text(root, page=page)))


def _unseen_text(node: _Node, *, page: bool) -> list[str]:
    """Return the text of each element a reader does not see, by attribute or inline style.

    Not counted (see :func:`_hidden`), but a web editor that drops the attribute
    or the style shows it; the site's own parts of a page are not the article.
    """
    found: list[str] = []
    for child in node.children:
        if not isinstance(child, _Node) or child.tag in _HIDDEN:
            continue
        if page and child.tag in _SITE_PARTS:
            continue
        if _hidden(child):
            text = " ".join(_text_of(child).split())
            if text:
                found.append(text)
        else:
            found.extend(_unseen_text(child, page=page))
    return found


_INLINED = Message("verify.inlined_picture")


class FileImages:
    """Find the bytes of an <img src>: inlined, or a file beside the page (never outside it)."""

    def __init__(self, folder: Path | None, uploads: Path | None = None) -> None:
        self.folder = folder
        self.uploads = uploads  # a fragment's photo folder, for a src on the portal

    def digest(self, src: str) -> tuple[str, str]:
        """Return (sha256 of the picture or "", where it was looked for)."""
        src = src.strip()
        if src.startswith("data:"):
            header, _, payload = src.partition(",")
            try:
                data = (
                    base64.b64decode(payload, validate=False)
                    if header.endswith(";base64")
                    else unquote(payload).encode("latin-1", errors="replace")
                )
            except (binascii.Error, ValueError):
                return "", _INLINED
            return hashlib.sha256(data).hexdigest(), _INLINED
        if self.folder is None:
            return "", src
        parts = urlsplit(src)
        relative = unquote(parts.path)
        # Only a file beside the page is what its reader sees; a picture on another
        # server cannot be checked here, and a path out of the folder is not the export's.
        normal = posixpath.normpath(relative) if relative else ""
        if (
            parts.scheme in ("http", "https", "")
            and self.uploads is not None
            and (parts.netloc or normal.startswith("/"))
        ):
            # export --images-url: the page will load the uploaded copy from the portal; what
            # can be checked here is the file of that name in the photo folder beside the
            # fragment (the one that was, or is to be, uploaded).
            name = posixpath.basename(normal)
            return self._file(self.uploads / name, name) if name else ("", src)
        if parts.scheme or parts.netloc or not normal or normal.startswith(("/", "..")):
            return "", src
        if "\\" in normal or ":" in normal:
            return "", src
        return self._file(self.folder / normal, relative)

    @staticmethod
    def _file(path: Path, where: str) -> tuple[str, str]:
        try:
            data = read_regular_file(path, MAX_PART_BYTES)
        except ReadError:
            return "", where
        return hashlib.sha256(data).hexdigest(), where


def html_items(root: _Node, images: FileImages, *, page: bool) -> tuple[list[Item], list[str]]:
    """Return the items of the article (page: inside <main>) and the code lines found.

    A page's items start with its styles (the stylesheet and every inline
    style): a rule added to them could hide or rewrite what the reader sees.
    """
    items: list[Item] = []
    _html_blocks(root, items, images, site_parts=page)
    items, codes = drop_code_lines(items)
    if page:
        styles = [
            " ".join(
                "".join(c for c in node.children if isinstance(c, str)).split()
                if node.tag == "style"
                else f"<{node.tag}> {node.attrs.get('style', '')} {node.attrs.get('href', '')}".split()
            )
            for node in root.iter()
            if (node.tag == "style" or "style" in node.attrs or node.tag == "link")
            and not versionmark.is_code_line(_text_of(node))  # a mark, not the article
        ]
        items.insert(0, Item("styles", (("\n".join(styles), PLAIN),)))
    return items, codes


def _html_blocks(
    node: _Node, items: list[Item], images: FileImages, *, site_parts: bool = False
) -> None:
    """Add the blocks under *node* to *items*; *site_parts*: skip header, footer, nav, aside.

    Only the site's parts outside <main> and <article> are skipped: anything
    else a reader would see, wherever it was put, is compared.
    """
    loose: list[_Node | str] = []  # inline content directly in a container

    def flush() -> None:
        if loose:
            items.append(Item("p", _html_runs(_Node("p", {}, list(loose)))))
            loose.clear()

    for child in node.children:
        if isinstance(child, str):
            loose.append(child)
            continue
        tag = child.tag
        if _hidden(child) or (site_parts and tag in _SITE_PARTS):
            continue
        if tag in _TEXT_KINDS or re.fullmatch(r"h[2-6]", tag):
            flush()
            # A web editor without <figure> keeps a photo as <p><img></p>.
            items.extend(
                _html_photo(img, images)
                for img in child.iter()
                if img.tag == "img" and not _hidden(img)
            )
            kind = _TEXT_KINDS.get(tag, "heading")
            items.append(Item(kind, _html_runs(child)))
        elif tag == "blockquote":
            flush()
            inner: list[Item] = []
            _html_blocks(child, inner, images, site_parts=site_parts)
            items.extend(
                Item("quote", item.runs) if item.kind in ("p", "title", "heading") else item
                for item in inner
            )
        elif tag in ("ul", "ol"):
            flush()
            for entry in child.children:
                if isinstance(entry, _Node) and entry.tag == "li":
                    items.append(Item(tag, _html_runs(entry)))
        elif tag == "figure":
            flush()
            items.extend(_html_figure(child, images))
        elif tag == "table":
            flush()
            items.extend(_html_table(child))
        elif tag == "img":
            flush()
            items.append(_html_photo(child, images))
        elif tag in _INLINE_MARKS or tag in ("a", "span", "small", "br", "time", "sub", "sup"):
            loose.append(child)
        else:  # div, section, article, main, body, table…: look inside
            flush()
            inside = site_parts and tag not in ("main", "article")
            _html_blocks(child, items, images, site_parts=inside)
    flush()


def _html_photo(img: _Node, images: FileImages) -> Item:
    digest, where = images.digest(img.attrs.get("src", ""))
    alt = nfc(" ".join(img.attrs.get("alt", "").split()))
    return Item("photo", photo=digest, alt=alt, where=where)


def _html_figure(figure: _Node, images: FileImages) -> list[Item]:
    out = []
    img = figure.find("img")
    if img is not None:
        out.append(_html_photo(img, images))
    caption = figure.find("figcaption")
    if caption is not None:
        out.append(Item("caption", _html_runs(caption)))
    return out


def _html_table(table: _Node) -> list[Item]:
    """Return a table's caption and each cell ("th" or "td"), row by row."""
    out: list[Item] = []

    def visit(node: _Node) -> None:
        for child in node.children:
            if not isinstance(child, _Node) or _hidden(child):
                continue
            if child.tag == "caption":
                out.append(Item("caption", _html_runs(child)))
            elif child.tag in ("th", "td"):
                out.append(Item(child.tag, _html_runs(child)))
            else:  # thead, tbody, tfoot, tr; a table in a table
                visit(child)

    visit(table)
    return out


def _style_marks(style: str) -> tuple[bool, bool, bool, bool]:
    style = style.lower().replace(" ", "")
    return (
        bool(re.search(r"font-weight:(bold|[6-9]00)", style)),
        "font-style:italic" in style,
        "underline" in style,
        "line-through" in style,  # text-decoration, text-decoration-line
    )


def _html_runs(node: _Node) -> tuple[tuple[str, Marks], ...]:
    chars: list[tuple[str, Marks]] = []

    def walk(current: _Node, marks: Marks) -> None:
        for child in current.children:
            if isinstance(child, str):
                chars.extend(marked_chars(child, marks))
                continue
            if _hidden(child) or child.tag == "img":
                continue
            if child.tag == "br":
                chars.append(("\n", PLAIN))
                continue
            bold, italic, underline, struck, link = marks
            flags = [bold, italic, underline, struck]
            index = _INLINE_MARKS.get(child.tag)
            if index is not None:
                flags[index] = True
            for number, on in enumerate(_style_marks(child.attrs.get("style", ""))):
                flags[number] = flags[number] or on
            if child.tag == "a" and child.attrs.get("href"):
                link = unquote(child.attrs["href"].strip())
            walk(child, (flags[0], flags[1], flags[2], flags[3], link))

    walk(node, PLAIN)
    return normalise(chars)
