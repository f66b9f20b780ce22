"""Read an export back as its reader sees it, and compare it with a revision.

``read_export`` opens any form the exporters write — the HTML folder
(``index.html`` and ``images/``), the single HTML file, the CMS fragment and
the .docx — and turns what a reader sees into a list of :class:`Item`: each
paragraph, heading, quote, list item, caption and photo with its text, its
inline marks and links, and the sha256 of the picture's bytes.

``expected_items`` renders the revision with the same exporter (photos
inlined) and reads that back the same way, so both sides go through one
reader and a difference can only be a difference of content. ``differences``
names the first ones in words ("body[3]: text differs: …").

What is not compared: the site's header, footer and link list on the page, and
the approval slip's tables in the .docx, which change with the settings and
the workflow, not with the article.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import hashlib
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from deskeditor.errors import DeskEditorError, Message
from deskeditor.export import versionmark
from deskeditor.export.context import ExportContext, ExportOptions
from deskeditor.model import Article, Figure, ListBlock, Table, plain_text
from deskeditor.safeio import ReadError, read_regular_file
from deskeditor.text import nfc

if TYPE_CHECKING:
    from lxml import etree

HTML_PAGE, HTML_FRAGMENT, DOCX = "HTML page", "CMS fragment", "Word document"
MAX_HTML_BYTES = 256 * 1024 * 1024  # a one-file page with its photos inlined, or a .docx
MAX_PART_BYTES = 64 * 1024 * 1024  # one part of a .docx, or one image file
MAX_DIFFERENCES = 5
_CONTEXT_CHARS = 24


class VerifyError(DeskEditorError):
    """A file cannot be checked: missing, unreadable, or not an export of this program."""


# (bold, italic, underline, link) of one character
Marks = tuple[bool, bool, bool, str | None]
_PLAIN: Marks = (False, False, False, None)


@dataclass(frozen=True)
class Item:
    """One thing a reader sees, in reading order.

    *kind* is "p", "title", "heading", "quote", "ul", "ol", "caption",
    "photo", or "th" and "td" for a table's header and other cells; *runs* hold the text with its marks, white space as a reader sees
    it. A photo has the sha256 of its picture (``""`` when the file is
    missing) and its alt text.
    """

    kind: str
    runs: tuple[tuple[str, Marks], ...] = ()
    photo: str | None = None
    alt: str = ""
    where: str = field(default="", compare=False)  # the picture's file, for messages

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


@dataclass(frozen=True)
class ExportCopy:
    """An export as read back: its form, its version code and what it shows."""

    path: Path
    form: str
    code: str
    items: list[Item]
    single_file: bool = False  # a page with its photos inlined (repeats show as thumbnails)


# ---------------------------------------------------------------- text with marks


def _normalise(chars: list[tuple[str, Marks]]) -> tuple[tuple[str, Marks], ...]:
    """Collapse white space as a reader sees it; merge neighbours with the same marks.

    Marks on white space are not visible and are dropped; a line break stays.
    """
    out: list[tuple[str, Marks]] = []
    for char, marks in chars:
        if char == "\n":
            while out and out[-1][0] == " ":
                out.pop()
            out.append(("\n", _PLAIN))
        elif char.isspace():  # a no-break space too: web editors put them around marks
            if out and out[-1][0] not in (" ", "\n"):
                out.append((" ", _PLAIN))
        else:
            out.append((char, marks))
    while out and out[0][0] in (" ", "\n"):
        out.pop(0)
    while out and out[-1][0] in (" ", "\n"):
        out.pop()
    runs: list[tuple[str, Marks]] = []
    for char, marks in out:
        if runs and runs[-1][1] == marks:
            runs[-1] = (runs[-1][0] + char, marks)
        else:
            runs.append((char, marks))
    # NFD and NFC spell the same letters ("ệ" in one or three code points): a reader sees no difference.
    return tuple((nfc(text), marks) for text, marks in runs)


def _chars(text: str, marks: Marks) -> list[tuple[str, Marks]]:
    return [(char, marks) for char in text]


# ---------------------------------------------------------------- reading a file


def read_export(path: Path) -> ExportCopy:
    """Read an export of any form; raise VerifyError when it is not one."""
    path = Path(path)
    if path.is_dir():
        if not (path / "index.html").is_file():
            raise VerifyError("verify.folder_without_index", path=path)
        path = path / "index.html"
    try:  # a regular file only (a pipe would never answer), read with a bound
        head = read_regular_file(path, 4, head_only=True)
        data = read_regular_file(path, MAX_HTML_BYTES)
    except ReadError as exc:
        if exc.kind == "missing":
            raise VerifyError("verify.missing", path=path) from None
        if exc.kind == "folder":
            raise VerifyError("verify.folder_without_index", path=path) from None
        if exc.kind == "too_large":
            limit = MAX_HTML_BYTES // 2**20
            raise VerifyError("verify.too_large", path=path, limit=limit) from None
        raise VerifyError("file.cannot_read", error=exc) from None
    if head == b"PK\x03\x04":
        return _read_docx(path, data)
    if b"\x00" in data[:1024]:
        raise _no_code(path)  # binary: an image, a PDF, an old .doc
    return _read_html(path, data.decode("utf-8", errors="replace"))


def _no_code(path: Path) -> VerifyError:
    return VerifyError("verify.no_code", path=path)


def _one_code(path: Path, codes: list[tuple[str, str]]) -> str:
    """Return the code when every place that carries one agrees; else refuse the file."""
    found = {code for code, _ in codes}
    if not found:
        raise _no_code(path)
    if len(found) > 1:
        where = ", ".join(f"{code} in its {place}" for code, place in dict.fromkeys(codes))
        raise VerifyError("verify.two_codes", path=path, where=where)
    code = found.pop()
    if not versionmark.CODE.match(code):
        raise VerifyError("verify.malformed_code", path=path, code=code)
    return code


# ---------------------------------------------------------------- HTML


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
_INLINE_MARKS = {"strong": 0, "b": 0, "em": 1, "i": 1, "u": 2, "ins": 2}
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


def _parse_html(text: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def _read_html(path: Path, text: str) -> ExportCopy:
    root = _parse_html(text)
    codes = []
    for node in root.iter():
        if node.tag == "meta" and node.attrs.get("name", "").lower() == versionmark.META_NAME:
            codes.append((versionmark.clean_code(node.attrs.get("content", "")), "<meta>"))
            break
    page = bool(codes)
    # A fragment's photos go to images/NAME/ beside it, to be uploaded to the portal.
    uploads = None if page else path.parent / "images" / path.stem
    items, printed = html_items(root, _FileImages(path.parent, uploads), page=page)
    codes += [(code, "visible code line") for code in printed]
    code = _one_code(path, codes)
    inlined = any(item.where == _INLINED for item in items if item.kind == "photo")
    return ExportCopy(path, HTML_PAGE if page else HTML_FRAGMENT, code, items, inlined)


_INLINED = Message("verify.inlined_picture")


class _FileImages:
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


def html_items(root: _Node, images: _FileImages, *, page: bool) -> tuple[list[Item], list[str]]:
    """Return the items of the article (page: inside <main>) and the code lines found.

    A page's items start with its styles (the stylesheet and every inline
    style): a rule added to them could hide or rewrite what the reader sees.
    """
    items: list[Item] = []
    _html_blocks(root, items, images, site_parts=page)
    items, codes = _drop_code_lines(items)
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
        items.insert(0, Item("styles", (("\n".join(styles), _PLAIN),)))
    return items, codes


def _drop_code_lines(items: list[Item]) -> tuple[list[Item], list[str]]:
    kept, codes = [], []
    for item in items:
        if item.kind != "photo" and versionmark.is_code_line(item.text):
            codes += versionmark.printed_codes(item.text)
        elif item.kind == "photo" or item.text:
            kept.append(item)
    return kept, codes


def _html_blocks(
    node: _Node, items: list[Item], images: _FileImages, *, site_parts: bool = False
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


def _html_photo(img: _Node, images: _FileImages) -> Item:
    digest, where = images.digest(img.attrs.get("src", ""))
    alt = nfc(" ".join(img.attrs.get("alt", "").split()))
    return Item("photo", photo=digest, alt=alt, where=where)


def _html_figure(figure: _Node, images: _FileImages) -> list[Item]:
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


def _style_marks(style: str) -> tuple[bool, bool, bool]:
    style = style.lower().replace(" ", "")
    return (
        bool(re.search(r"font-weight:(bold|[6-9]00)", style)),
        "font-style:italic" in style,
        "underline" in style,
    )


def _html_runs(node: _Node) -> tuple[tuple[str, Marks], ...]:
    chars: list[tuple[str, Marks]] = []

    def walk(current: _Node, marks: Marks) -> None:
        for child in current.children:
            if isinstance(child, str):
                chars.extend(_chars(child, marks))
                continue
            if _hidden(child) or child.tag == "img":
                continue
            if child.tag == "br":
                chars.append(("\n", _PLAIN))
                continue
            bold, italic, underline, link = marks
            index = _INLINE_MARKS.get(child.tag)
            flags = [bold, italic, underline]
            if index is not None:
                flags[index] = True
            for number, on in enumerate(_style_marks(child.attrs.get("style", ""))):
                flags[number] = flags[number] or on
            if child.tag == "a" and child.attrs.get("href"):
                link = unquote(child.attrs["href"].strip())
            walk(child, (flags[0], flags[1], flags[2], link))

    walk(node, _PLAIN)
    return _normalise(chars)


# ---------------------------------------------------------------- Word


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_V = "urn:schemas-microsoft-com:vml"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


_STYLE_KINDS = {
    "title": "title",
    "quote": "quote",
    "intense quote": "quote",
    "caption": "caption",
    "list bullet": "ul",
    "list number": "ol",
}


def _xml_parser() -> Any:
    """lxml (python-docx's own) is imported only when a Word file is read."""
    from lxml import etree as lxml_etree

    return lxml_etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


_OFF = {"0", "false", "off", "none"}
# The rows of the approval slip that show the article (labels as the slip prints them).
SLIP_FIELDS = ("Tên bài:", "Chuyên mục:", "Tác giả / Đơn vị:", "Số ảnh:")


def _read_docx(path: Path, data: bytes) -> ExportCopy:
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            reader = _DocxReader(path, archive)
            items = reader.items()
            codes = reader.codes()
    except (zipfile.BadZipFile, OSError, KeyError, etree.XMLSyntaxError) as exc:
        raise VerifyError("verify.bad_docx", path=path, detail=str(exc)) from None
    return ExportCopy(path, DOCX, _one_code(path, codes), items)


def docx_items(data: bytes) -> list[Item]:
    """Return the items of a .docx given as bytes (an export rendered for comparison)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return _DocxReader(Path("expected.docx"), archive).items()


class _DocxReader:
    """Read the paragraphs outside tables (the article and the slip's heading) of a .docx."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.archive = archive
        self.names = set(archive.namelist())
        self.parser = _xml_parser()
        if "word/document.xml" not in self.names:
            raise VerifyError("verify.zip_not_docx", path=path)
        self.rels = self._rels("word/_rels/document.xml.rels")
        self.styles, self.default_style = self._styles()

    def _part(self, name: str) -> bytes:
        if self.archive.getinfo(name).file_size > MAX_PART_BYTES:
            raise VerifyError("verify.part_too_large", path=self.path, part=name)
        return self.archive.read(name)

    def _xml(self, name: str) -> etree._Element:
        from lxml import etree

        return etree.fromstring(self._part(name), self.parser)

    def _rels(self, name: str) -> dict[str, tuple[str, bool]]:
        if name not in self.names:
            return {}
        rels = {}
        for rel in self._xml(name).iter(f"{{{_PKG_REL}}}Relationship"):
            external = rel.get("TargetMode", "") == "External"
            rels[rel.get("Id", "")] = (rel.get("Target", ""), external)
        return rels

    def _styles(self) -> tuple[dict[str, str], str]:
        if "word/styles.xml" not in self.names:
            return {}, "normal"
        styles, default = {}, "normal"
        for style in self._xml("word/styles.xml").iter(_w("style")):
            name = style.find(_w("name"))
            label = (name.get(_w("val"), "") if name is not None else "").lower()
            styles[style.get(_w("styleId"), "")] = label
            if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
                default = label
        return styles, default

    def codes(self) -> list[tuple[str, str]]:
        found = []
        if "docProps/core.xml" in self.names:
            core = self._xml("docProps/core.xml")
            identifier = core.find("{http://purl.org/dc/elements/1.1/}identifier")
            if identifier is not None and (identifier.text or "").strip():
                found.append((versionmark.clean_code(identifier.text or ""), "properties"))
        for name in sorted(n for n in self.names if re.match(r"word/header\d*\.xml$", n)):
            text = "".join(t.text or "" for t in self._xml(name).iter(_w("t")))
            found += [(code, "header") for code in versionmark.printed_codes(text)]
        for row in self._xml("word/document.xml").iter(_w("tr")):
            text = " ".join("".join(t.text or "" for t in cell.iter(_w("t"))) for cell in row)
            found += [(code, "approval slip") for code in versionmark.printed_codes(text)]
        return found

    def items(self) -> list[Item]:
        body = self._xml("word/document.xml").find(_w("body"))
        items: list[Item] = []
        if body is not None:
            self._blocks(body, items)
        return _drop_code_lines(items)[0]

    def _blocks(self, parent: etree._Element, items: list[Item]) -> None:
        for child in parent:
            if child.tag == _w("p"):
                items.extend(self._paragraph(child))
            elif child.tag == _w("tbl") and any(item.kind == "title" for item in items):
                items.extend(self._article_table(child))  # after the title: the article's
            elif child.tag == _w("tbl"):
                items.extend(self._slip_fields(child))
            elif child.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
                self._blocks(child, items)

    def _slip_fields(self, table: etree._Element) -> list[Item]:
        """Return the slip's rows that show the article (title, category, author, photos).

        The other tables (agency header, decision boxes, signature) follow the
        settings and the workflow, not the article, and are not compared.
        """
        out = []
        for row in table.iter(_w("tr")):
            cells = row.findall(_w("tc"))
            if len(cells) != 2:
                continue
            label = "".join(t.text or "" for t in cells[0].iter(_w("t"))).strip()
            if label not in SLIP_FIELDS:
                continue
            runs: list[tuple[str, Marks]] = []
            for p in cells[1].iter(_w("p")):
                for item in self._paragraph(p):
                    runs += [*item.runs, ("\n", _PLAIN)]
            out.append(Item("slip", _normalise(_chars(label + " ", _PLAIN) + [
                (char, marks) for text, marks in runs for char in text
            ])))  # fmt: skip
        return out

    def _article_table(self, table: etree._Element) -> list[Item]:
        """Return each cell of a table of the article: "th" in a heading row, else "td"."""
        out = []
        for row in table.iter(_w("tr")):
            tr_pr = row.find(_w("trPr"))
            mark = tr_pr.find(_w("tblHeader")) if tr_pr is not None else None
            header = mark is not None and mark.get(_w("val"), "true").lower() not in _OFF
            for cell in row.findall(_w("tc")):
                chars: list[tuple[str, Marks]] = []
                for p in cell.iter(_w("p")):
                    for item in self._paragraph(p):
                        chars += [*((c, marks) for text, marks in item.runs for c in text)]
                        chars.append(("\n", _PLAIN))
                out.append(Item("th" if header else "td", _normalise(chars)))
        return out

    def _kind(self, p: etree._Element) -> str:
        ppr = p.find(_w("pPr"))
        style_id = None
        numbered = False
        if ppr is not None:
            style = ppr.find(_w("pStyle"))
            style_id = style.get(_w("val")) if style is not None else None
            numbered = ppr.find(_w("numPr")) is not None
        name = self.styles.get(style_id, style_id.lower()) if style_id else self.default_style
        if name in _STYLE_KINDS:
            return _STYLE_KINDS[name]
        if name.startswith("heading"):
            return "heading"
        return "li" if numbered else "p"

    def _paragraph(self, p: etree._Element) -> list[Item]:
        chars: list[tuple[str, Marks]] = []
        photos: list[Item] = []
        fields: list[list[str]] = []  # open complex fields: [instruction, phase]

        def field_link() -> str | None:
            for instruction, phase in reversed(fields):
                if phase == "result":
                    return _hyperlink_target(instruction)
            return None

        def visible() -> bool:
            return all(phase == "result" for _, phase in fields)

        def run(r: etree._Element, link: str | None) -> None:
            marks = self._marks(r, link or field_link())
            unseen = _invisible(r)
            for node in r:
                tag = node.tag
                if tag == _w("fldChar"):
                    kind = node.get(_w("fldCharType"))
                    if kind == "begin":
                        fields.append(["", "instruction"])
                    elif kind == "separate" and fields:
                        fields[-1][1] = "result"
                    elif kind == "end" and fields:
                        fields.pop()
                    marks = self._marks(r, link or field_link())
                elif tag == _w("instrText") and fields:
                    fields[-1][0] += node.text or ""
                elif unseen or not visible():
                    continue
                elif tag == _w("t"):
                    chars.extend(_chars(node.text or "", marks))
                elif tag in (_w("tab"), _w("ptab")):
                    chars.append(("\t", marks))
                elif tag in (_w("br"), _w("cr")):
                    if node.get(_w("type"), "textWrapping") == "textWrapping":
                        chars.append(("\n", _PLAIN))
                elif tag == _w("noBreakHyphen"):
                    chars.append(("-", marks))
                elif tag in (_w("drawing"), _w("pict")):
                    photos.extend(self._pictures(node))
                elif tag.endswith("}AlternateContent") and len(node):
                    photos.extend(self._pictures(node[0]))  # the first choice, not the fallback

        def walk(element: etree._Element, link: str | None) -> None:
            for child in element:
                tag = child.tag
                if tag == _w("r"):
                    run(child, link)
                elif tag == _w("hyperlink"):
                    target = self.rels.get(child.get(f"{{{_R}}}id", ""), ("", False))
                    walk(child, target[0] if target[1] else link)
                elif tag == _w("fldSimple"):
                    walk(child, _hyperlink_target(child.get(_w("instr"), "")) or link)
                elif tag in (_w("ins"), _w("smartTag"), _w("customXml"), _w("sdt"),
                             _w("sdtContent"), _w("bdo"), _w("dir")):  # fmt: skip
                    walk(child, link)

        walk(p, None)
        runs = _normalise(chars)
        items = list(photos)
        if runs:
            items.append(Item(self._kind(p), runs))
        return items

    def _marks(self, r: etree._Element, link: str | None) -> Marks:
        rpr = r.find(_w("rPr"))

        def on(name: str) -> bool:
            if rpr is None:
                return False
            element = rpr.find(_w(name))
            return element is not None and element.get(_w("val"), "true").lower() not in _OFF

        return (on("b"), on("i"), on("u"), link)

    def _pictures(self, node: etree._Element) -> list[Item]:
        out = []
        for blip in node.iter(f"{{{_A}}}blip", f"{{{_V}}}imagedata"):
            rel_id = blip.get(f"{{{_R}}}embed") or blip.get(f"{{{_R}}}id") or ""
            digest, where = self._image(rel_id)
            alt = ""
            for container in blip.iterancestors(f"{{{_WP}}}inline", f"{{{_WP}}}anchor"):
                doc_pr = container.find(f"{{{_WP}}}docPr")
                if doc_pr is not None:
                    alt = doc_pr.get("descr", "")
                break
            out.append(Item("photo", photo=digest, alt=nfc(" ".join(alt.split())), where=where))
        return out

    def _image(self, rel_id: str) -> tuple[str, str]:
        target, external = self.rels.get(rel_id, ("", False))
        if not target or external:
            return "", target or "a picture"
        name = posixpath.normpath(posixpath.join("word", target)).lstrip("/")
        if target.startswith("/"):
            name = target.lstrip("/")
        if name not in self.names:
            return "", name
        return hashlib.sha256(self._part(name)).hexdigest(), name


def _invisible(r: etree._Element) -> bool:
    """Tell whether a run's text is not seen: hidden, white, or at most 1 pt."""
    rpr = r.find(_w("rPr"))
    if rpr is None:
        return False
    for name in ("vanish", "specVanish", "webHidden"):
        element = rpr.find(_w(name))
        if element is not None and element.get(_w("val"), "true").lower() not in _OFF:
            return True
    color = rpr.find(_w("color"))
    value = (color.get(_w("val"), "") if color is not None else "").lower()
    if re.fullmatch(r"[ef][0-9a-f][ef][0-9a-f][ef][0-9a-f]", value):
        return True  # white (or nearly) on the white page
    size = rpr.find(_w("sz"))
    return size is not None and size.get(_w("val"), "").isdigit() and int(size.get(_w("val"))) <= 2


def _hyperlink_target(instruction: str) -> str | None:
    found = re.match(r'\s*HYPERLINK\s+"([^"]*)"', instruction)
    return found.group(1) if found else None


# ---------------------------------------------------------------- the revision's side


def expected_items(form: str, ctx: ExportContext, *, single_file: bool = True) -> list[Item]:
    """Render *ctx* as *form* with the built-in templates and read it back.

    A page is rendered as the one-file form (*single_file*) or as the folder's
    page: they differ in the picture of a photo shown twice.
    """
    options = ExportOptions()
    if form == DOCX:
        from deskeditor.export.docx import DocxBuilder

        builder = DocxBuilder(ctx, options)
        for _ in builder.steps():
            pass
        return docx_items(builder.to_bytes())
    from deskeditor.export.html import html_fragment, html_page

    page = form == HTML_PAGE
    if page:
        text = html_page(ctx, options, single_file=single_file)
    else:
        text = html_fragment(ctx, options, image_prefix=None)
    return html_items(_parse_html(text), _FileImages(None), page=page)[0]


def labels(form: str, article: Article) -> list[str]:
    """Name each item the exporter writes for *article*, in order, as messages call them."""
    out: list[str] = []
    if form == DOCX:
        out.append(Message("label.slip_heading"))
        out += [Message("label.slip_field", field=label.rstrip(":")) for label in SLIP_FIELDS]
    if form == HTML_PAGE:
        out.append(Message("label.page_styles"))
    if form != HTML_FRAGMENT:
        out.append(Message("label.title"))
        if article.published_at:
            out.append(Message("label.date_line"))
    if article.lead.strip():
        out.append(Message("label.lead"))
    photo = table = 0
    for index, block in enumerate(article.body):
        if isinstance(block, Figure):
            photo += 1
            out.append(Message("label.photo", number=photo))
            if form == DOCX or block.caption or block.credit:
                out.append(Message("label.photo_caption", number=photo))
        elif isinstance(block, ListBlock):
            out += [
                Message("label.list_item", place=f"body[{index}]", number=number + 1)
                for number, item in enumerate(block.items)
                if plain_text(item).strip()
            ]
        elif isinstance(block, Table):
            table += 1
            if form == DOCX or block.caption:
                out.append(Message("label.table_caption", number=table))
            out += [
                Message("label.table_cell", number=table, row=r + 1, cell=c + 1)
                for r, row in enumerate(block.rows)
                for c, cell in enumerate(row)
                if plain_text(cell).strip()
            ]
        elif plain_text(block.runs).strip():
            out.append(f"body[{index}]")
    if article.author.strip() or article.author_unit.strip():
        out.append(Message("label.byline"))
    if article.source.strip():
        out.append(Message("label.source"))
    return out


# ---------------------------------------------------------------- differences


_KIND_NAMES = {
    "p": Message("kind.paragraph"),
    "title": Message("kind.title"),
    "heading": Message("kind.heading"),
    "quote": Message("kind.quote"),
    "ul": Message("kind.bullet_item"),
    "ol": Message("kind.numbered_item"),
    "li": Message("kind.list_item"),
    "caption": Message("kind.caption"),
    "photo": Message("kind.photo"),
    "th": Message("kind.header_cell"),
    "td": Message("kind.table_cell"),
    "slip": Message("kind.slip_line"),
    "styles": Message("kind.styles"),
}


def differences(
    expected: list[Item], names: list[str], found: list[Item], limit: int = MAX_DIFFERENCES
) -> list[Message]:
    """Return up to *limit* differences between the approved items and the file's, in words.

    Each line names the place as the approved article has it, then the
    approved wording and this file's: ``body[3]: text differs: "…Lý…" / "…Lỹ…"``.
    """
    if len(names) != len(expected):
        names = [Message("label.item", number=number + 1) for number in range(len(expected))]
    out: list[Message] = []
    matcher = difflib.SequenceMatcher(None, expected, found, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for offset in range(pairs):
            out.append(
                Message.of(
                    _item_difference(expected[i1 + offset], found[j1 + offset]), names[i1 + offset]
                )
            )
        for index in range(i1 + pairs, i2):
            out.append(Message("verify.missing_here", names[index]))
        for index in range(j1 + pairs, j2):
            after = names[i1 - 1] if i1 > 0 else Message("label.beginning")
            item = found[index]
            kind = _KIND_NAMES.get(item.kind, item.kind)
            if item.text:
                out.append(
                    Message("verify.extra_text", after=after, kind=kind, text=_cut(item.text, 0))
                )
            else:
                out.append(Message("verify.extra", after=after, kind=kind))
        if len(out) >= limit:
            break
    return out[:limit]


def _item_difference(approved: Item, here: Item) -> Message:
    if approved.kind == "photo" and here.kind == "photo":
        if approved.photo != here.photo:
            if not here.photo:
                return Message("verify.picture_missing", where=here.where)
            return Message("verify.picture_differs")
        return Message("verify.alt_differs", approved=_shown(approved.alt), here=_shown(here.alt))
    if approved.kind != here.kind:
        return Message(
            "verify.kind_differs",
            here=_KIND_NAMES.get(here.kind, here.kind),
            approved=_KIND_NAMES.get(approved.kind, approved.kind),
        )
    if approved.text != here.text:
        left, right = _context(approved.text, here.text)
        what = "verify.styles_differ" if approved.kind == "styles" else "verify.text_differs"
        return Message(what, approved=left, here=right)
    return _marks_difference(approved, here)


def _marks_difference(approved: Item, here: Item) -> Message:
    def per_char(item: Item) -> list[Marks]:
        return [marks for text, marks in item.runs for _ in text]

    text = approved.text
    first, second = per_char(approved), per_char(here)
    at = next(i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b)
    end = at
    while end < len(text) and (
        text[end] == " " or (first[end] == first[at] and second[end] == second[at])
    ):  # white space carries no visible marks: the stretch goes on across it
        end += 1
    words = _cut(text[at:end].rstrip(), 0)
    a, b = first[at], second[at]
    if a[3] != b[3]:
        no_link = Message("verify.no_link")
        return Message(
            "verify.link_differs", words=words, approved=a[3] or no_link, here=b[3] or no_link
        )
    marks = (
        (Message("mark.bold"), Message("mark.not_bold")),
        (Message("mark.italic"), Message("mark.not_italic")),
        (Message("mark.underlined"), Message("mark.not_underlined")),
    )
    for number, (has, lacks) in enumerate(marks):
        if a[number] != b[number]:
            approved_is = has if a[number] else lacks
            here_is = has if b[number] else lacks
            return Message("verify.marks_differ", words=words, approved=approved_is, here=here_is)
    return Message("verify.formatting_differs")  # pragma: no cover - marks are only these four


def _shown(text: str) -> str:
    """Keep a quoted piece on its line: a line break inside it is shown as ↵."""
    return text.replace("\n", "↵")


def _cut(text: str, start: int, width: int = 2 * _CONTEXT_CHARS) -> str:
    piece = text[start : start + width]
    return _shown(piece + ("…" if start + width < len(text) else ""))


def _context(first: str, second: str) -> tuple[str, str]:
    """Return both texts around where they first differ, with ellipses."""
    at = next(
        (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )
    tail = 0  # the common ending, to show only the differing middle
    while (
        tail < min(len(first), len(second)) - at
        and first[len(first) - 1 - tail] == second[len(second) - 1 - tail]
    ):
        tail += 1

    def show(text: str) -> str:
        start = max(0, at - _CONTEXT_CHARS)
        if start:  # begin at a word
            space = text.find(" ", start, at)
            start = space + 1 if space >= 0 else start
        differs_to = max(len(text) - tail, at)
        end = min(len(text), differs_to + _CONTEXT_CHARS, at + 4 * _CONTEXT_CHARS)
        if end < len(text):  # end at a word
            space = text.rfind(" ", differs_to, end)
            end = space if space > differs_to else end
        return _shown(("…" if start else "") + text[start:end] + ("…" if end < len(text) else ""))

    return show(first), show(second)
