"""Read a Word export back: the article's paragraphs, the slip's article rows, every code it carries.

Hidden, white or 1-pt text is not seen and does not count (it is listed
apart); neither do the slip's other tables, which follow the settings and the
workflow. Tracked changes nobody accepted or rejected are listed apart too.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskeditor.export import versionmark
from deskeditor.text import nfc

from .docx_marks import OFF, invisible, struck, struck_styles, tracked, w
from .items import (
    DOCX,
    MAX_PART_BYTES,
    PLAIN,
    ExportCopy,
    Item,
    Marks,
    VerifyError,
    drop_code_lines,
    marked_chars,
    normalise,
    one_code,
)

if TYPE_CHECKING:
    from lxml import etree

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_V = "urn:schemas-microsoft-com:vml"


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


# The rows of the approval slip that show the article (labels as the slip prints them).
SLIP_FIELDS = ("Tên bài:", "Chuyên mục:", "Tác giả / Đơn vị:", "Số ảnh:")


def read_docx(path: Path, data: bytes) -> ExportCopy:
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            reader = _DocxReader(path, archive)
            items = reader.items()
            codes = reader.codes()
            tracked = reader.tracked_changes()
    except (zipfile.BadZipFile, OSError, KeyError, etree.XMLSyntaxError) as exc:
        raise VerifyError("verify.bad_docx", path=path, detail=str(exc)) from None
    code = one_code(path, codes)
    return ExportCopy(path, DOCX, code, items, hidden=tuple(reader.hidden), tracked=tracked)


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
        self.hidden: list[str] = []  # per paragraph, the text it holds that nobody sees
        self.styles, self.default_style = self._styles()
        # The styles that strike their text through, and whether a paragraph without a style does.
        self.struck_styles, self.default_struck = (
            struck_styles(self._xml("word/styles.xml"))
            if "word/styles.xml" in self.names
            else (set(), False)
        )

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
        for style in self._xml("word/styles.xml").iter(w("style")):
            name = style.find(w("name"))
            label = (name.get(w("val"), "") if name is not None else "").lower()
            styles[style.get(w("styleId"), "")] = label
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
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
            text = "".join(t.text or "" for t in self._xml(name).iter(w("t")))
            found += [(code, "header") for code in versionmark.printed_codes(text)]
        for row in self._xml("word/document.xml").iter(w("tr")):
            text = " ".join("".join(t.text or "" for t in cell.iter(w("t"))) for cell in row)
            found += [(code, "approval slip") for code in versionmark.printed_codes(text)]
        return found

    def tracked_changes(self) -> tuple[tuple[str, str], ...]:
        """Return each tracked change in the body, headers and footers as (what, its text)."""
        parts = sorted(n for n in self.names if re.match(r"word/(header|footer)\d*\.xml$", n))
        return tuple(
            change for name in ["word/document.xml", *parts] for change in tracked(self._xml(name))
        )

    def items(self) -> list[Item]:
        body = self._xml("word/document.xml").find(w("body"))
        items: list[Item] = []
        if body is not None:
            self._blocks(body, items)
        return drop_code_lines(items)[0]

    def _blocks(self, parent: etree._Element, items: list[Item]) -> None:
        for child in parent:
            if child.tag == w("p"):
                items.extend(self._paragraph(child))
            elif child.tag == w("tbl") and any(item.kind == "title" for item in items):
                items.extend(self._article_table(child))  # after the title: the article's
            elif child.tag == w("tbl"):
                items.extend(self._slip_fields(child))
            elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
                self._blocks(child, items)

    def _slip_fields(self, table: etree._Element) -> list[Item]:
        """Return the slip's rows that show the article (title, category, author, photos).

        The other tables (agency header, decision boxes, signature) follow the
        settings and the workflow, not the article, and are not compared.
        """
        out = []
        for row in table.iter(w("tr")):
            cells = row.findall(w("tc"))
            if len(cells) != 2:
                continue
            label = "".join(t.text or "" for t in cells[0].iter(w("t"))).strip()
            if label not in SLIP_FIELDS:
                continue
            runs: list[tuple[str, Marks]] = []
            for p in cells[1].iter(w("p")):
                for item in self._paragraph(p):
                    runs += [*item.runs, ("\n", PLAIN)]
            out.append(Item("slip", normalise(marked_chars(label + " ", PLAIN) + [
                (char, marks) for text, marks in runs for char in text
            ])))  # fmt: skip
        return out

    def _article_table(self, table: etree._Element) -> list[Item]:
        """Return each cell of a table of the article: "th" in a heading row, else "td"."""
        out = []
        for row in table.iter(w("tr")):
            tr_pr = row.find(w("trPr"))
            mark = tr_pr.find(w("tblHeader")) if tr_pr is not None else None
            header = mark is not None and mark.get(w("val"), "true").lower() not in OFF
            for cell in row.findall(w("tc")):
                chars: list[tuple[str, Marks]] = []
                for p in cell.iter(w("p")):
                    for item in self._paragraph(p):
                        chars += [*((c, marks) for text, marks in item.runs for c in text)]
                        chars.append(("\n", PLAIN))
                out.append(Item("th" if header else "td", normalise(chars)))
        return out

    def _kind(self, p: etree._Element) -> str:
        ppr = p.find(w("pPr"))
        style_id = None
        numbered = False
        if ppr is not None:
            style = ppr.find(w("pStyle"))
            style_id = style.get(w("val")) if style is not None else None
            numbered = ppr.find(w("numPr")) is not None
        name = self.styles.get(style_id, style_id.lower()) if style_id else self.default_style
        if name in _STYLE_KINDS:
            return _STYLE_KINDS[name]
        if name.startswith("heading"):
            return "heading"
        return "li" if numbered else "p"

    def _paragraph(self, p: etree._Element) -> list[Item]:
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        p_style = style.get(w("val"), "") if style is not None else ""
        chars: list[tuple[str, Marks]] = []
        unseen_text: list[str] = []
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
            marks = self._marks(r, link or field_link(), p_style)
            unseen = invisible(r)
            for node in r:
                tag = node.tag
                if tag == w("fldChar"):
                    kind = node.get(w("fldCharType"))
                    if kind == "begin":
                        fields.append(["", "instruction"])
                    elif kind == "separate" and fields:
                        fields[-1][1] = "result"
                    elif kind == "end" and fields:
                        fields.pop()
                    marks = self._marks(r, link or field_link(), p_style)
                elif tag == w("instrText") and fields:
                    fields[-1][0] += node.text or ""
                elif not visible():
                    continue
                elif unseen:
                    if tag == w("t"):
                        unseen_text.append(node.text or "")
                    continue
                elif tag == w("t"):
                    chars.extend(marked_chars(node.text or "", marks))
                elif tag in (w("tab"), w("ptab")):
                    chars.append(("\t", marks))
                elif tag in (w("br"), w("cr")):
                    if node.get(w("type"), "textWrapping") == "textWrapping":
                        chars.append(("\n", PLAIN))
                elif tag == w("noBreakHyphen"):
                    chars.append(("-", marks))
                elif tag in (w("drawing"), w("pict")):
                    photos.extend(self._pictures(node))
                elif tag.endswith("}AlternateContent") and len(node):
                    photos.extend(self._pictures(node[0]))  # the first choice, not the fallback

        def walk(element: etree._Element, link: str | None) -> None:
            for child in element:
                tag = child.tag
                if tag == w("r"):
                    run(child, link)
                elif tag == w("hyperlink"):
                    target = self.rels.get(child.get(f"{{{_R}}}id", ""), ("", False))
                    walk(child, target[0] if target[1] else link)
                elif tag == w("fldSimple"):
                    walk(child, _hyperlink_target(child.get(w("instr"), "")) or link)
                elif tag in (w("ins"), w("smartTag"), w("customXml"), w("sdt"),
                             w("sdtContent"), w("bdo"), w("dir")):  # fmt: skip
                    walk(child, link)

        walk(p, None)
        if "".join(unseen_text).strip():
            self.hidden.append(" ".join("".join(unseen_text).split()))
        runs = normalise(chars)
        items = list(photos)
        if runs:
            items.append(Item(self._kind(p), runs))
        return items

    def _marks(self, r: etree._Element, link: str | None, p_style: str) -> Marks:
        rpr = r.find(w("rPr"))

        def on(name: str) -> bool:
            if rpr is None:
                return False
            element = rpr.find(w(name))
            return element is not None and element.get(w("val"), "true").lower() not in OFF

        through = struck(rpr)
        if through is None:  # the run's character style, else its paragraph's style
            r_style = rpr.find(w("rStyle")) if rpr is not None else None
            style_id = r_style.get(w("val"), "") if r_style is not None else ""
            if style_id in self.struck_styles:
                through = True
            elif p_style:
                through = p_style in self.struck_styles
            else:
                through = self.default_struck
        return (on("b"), on("i"), on("u"), through, link)

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


def _hyperlink_target(instruction: str) -> str | None:
    found = re.match(r'\s*HYPERLINK\s+"([^"]*)"', instruction)
    return found.group(1) if found else None
