"""The content of one Word paragraph: runs with their marks and links, and its pictures.

Tracked changes are read as accepted: ``w:ins`` and ``w:moveTo`` are kept,
``w:del`` and ``w:moveFrom`` dropped (and counted). Text boxes, shapes,
charts, embedded objects, equations, footnotes and comments are counted for
the report and left out. Runs in a legacy Vietnamese font (.VnTime, .VnTimeH,
VNI-Times…) are converted to Unicode by the font's name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from docx.oxml.ns import nsmap, qn
from lxml.etree import _Element as Element

from deskeditor.errors import Message
from deskeditor.model import Run
from deskeditor.text import nfc
from deskeditor.text.legacy import convert_legacy
from deskeditor.urls import UrlError, check_url

from .styles import DocStyles

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
VML = "urn:schemas-microsoft-com:vml"
OFFICE = "urn:schemas-microsoft-com:office:office"
_URI_PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_URI_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_HYPERLINK = re.compile(r'^\s*HYPERLINK\s+(?!\\)"?([^"\s]+)"?', re.IGNORECASE)
_PASS_THROUGH = {qn(t) for t in ("w:smartTag", "w:customXml", "w:bdo", "w:dir")}
_KEPT_CHANGES = {qn("w:ins"), qn("w:moveTo")}
_DROPPED_CHANGES = {qn("w:del"), qn("w:moveFrom")}
_SPACES = {qn(t) for t in ("w:tab", "w:ptab")}
_BREAKS = {qn("w:br"), qn("w:cr")}  # a line break: "\n" until the article decides (a byline)
_NOTES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "footnote"}
_EMBED = f"{{{nsmap['r']}}}embed"
_LINK = f"{{{nsmap['r']}}}link"
_ID = f"{{{nsmap['r']}}}id"


def legacy_encoding(font: str) -> tuple[str, bool] | None:
    """Return (encoding, capitals) for a legacy Vietnamese font name, else None.

    TCVN3 fonts are named ".Vn…" (".VnTimeH", ".VnArialH": the H fonts show
    every letter as a capital); VNI fonts "VNI-…".
    """
    name = font.strip()
    if name.lower().startswith(".vn"):
        return "tcvn3", name.endswith("H")
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return "vni", False
    return None


@dataclass
class ImageRef:
    """A picture met in a paragraph: its bytes, file name, alt text (and a grouped caption)."""

    data: bytes | None
    name: str
    alt: str
    caption: str = ""  # from a text box grouped with the picture


@dataclass
class Findings:
    """What the reading met and could not bring in, or changed on the way."""

    counts: Counter[str] = field(default_factory=Counter)
    refused_links: list[tuple[str, str, Message]] = field(default_factory=list)  # text, url, why
    legacy_runs: Counter[str] = field(default_factory=Counter)


@dataclass
class _Field:
    instr: str = ""
    result: bool = False
    link: str | None = None


class InlineReader:
    """Reads paragraphs of one document part (the body) into runs and pictures."""

    def __init__(self, part: object, styles: DocStyles, findings: Findings) -> None:
        self.part = part
        self.styles = styles
        self.findings = findings
        self._fields: list[_Field] = []  # complex fields may span runs and paragraphs
        self._out: list[Run | ImageRef] = []
        self._style: str | None = None
        self._mark_style: str | None = None

    def paragraph(
        self, p: Element, style_id: str | None, style_marks: bool = True
    ) -> list[Run | ImageRef]:
        """Return the runs and pictures of paragraph *p* (whose style is *style_id*), in order.

        With *style_marks* false, bold, italics and underline set by the
        paragraph's style (a heading's, a quote's) are not marks of its runs.
        """
        self._out = []
        self._style = style_id
        self._mark_style = style_id if style_marks else None
        self._walk(p, None)
        return _merged(self._out)

    # ------------------------------------------------------------ containers

    def _walk(self, element: Element, link: str | None) -> None:
        for child in element:
            tag = child.tag
            if tag == qn("w:r"):
                self._run(child, link)
            elif tag == qn("w:hyperlink"):
                self._hyperlink(child, link)
            elif tag in _KEPT_CHANGES:
                self.findings.counts["inserted"] += 1
                self._walk(child, link)
            elif tag in _DROPPED_CHANGES:
                self.findings.counts["deleted"] += 1
            elif tag == qn("w:fldSimple"):
                self._walk(child, self._field_link(child.get(qn("w:instr")) or "") or link)
            elif tag in _PASS_THROUGH:
                self._walk(child, link)
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._walk(content, link)
            elif tag == f"{{{MC}}}AlternateContent":
                branch = _branch(child)
                if branch is not None:
                    self._walk(branch, link)
            elif tag in (f"{{{MATH}}}oMath", f"{{{MATH}}}oMathPara"):
                self.findings.counts["equation"] += 1

    def _hyperlink(self, element: Element, outer: str | None) -> None:
        rid = element.get(_ID)
        url = None
        if rid:
            rel = self.part.rels.get(rid)  # type: ignore[attr-defined]
            if rel is not None and rel.is_external:
                url = rel.target_ref
        start, refused = len(self._out), len(self.findings.refused_links)
        link = self._checked(url) if url else outer
        self._walk(element, link)
        if len(self.findings.refused_links) > refused:  # name the refused link by its text
            _, bad, reason = self.findings.refused_links[refused]
            text = "".join(i.text for i in self._out[start:] if isinstance(i, Run)).strip()
            self.findings.refused_links[refused] = (nfc(text), bad, reason)

    def _checked(self, url: str) -> str | None:
        """Return *url* if the link policy accepts it; else None, noted for the report."""
        try:
            return check_url(url)
        except UrlError as exc:
            self.findings.refused_links.append(("", url, exc.message))
            return None

    def _field_link(self, instr: str) -> str | None:
        match = _HYPERLINK.match(instr)
        return self._checked(match.group(1)) if match else None

    # ------------------------------------------------------------ runs

    def _run(self, r: Element, link: str | None) -> None:
        rpr = r.find(qn("w:rPr"))
        text: list[str] = []

        def flush() -> None:
            if text:
                self._emit("".join(text), rpr, link)
                text.clear()

        for child in _run_children(r):
            tag = child.tag
            if tag == qn("w:fldChar"):
                flush()
                self._field_char(child.get(qn("w:fldCharType")) or "")
            elif tag == qn("w:instrText"):
                if self._fields and not self._fields[-1].result:
                    self._fields[-1].instr += child.text or ""
            elif any(f for f in self._fields if not f.result):
                continue  # inside a field's instruction: nothing shows
            elif tag == qn("w:t"):
                text.append(child.text or "")
            elif tag in _SPACES:
                text.append(" ")
            elif tag in _BREAKS:
                text.append(" " if child.get(qn("w:type")) in ("page", "column") else "\n")
            elif tag == qn("w:noBreakHyphen"):
                text.append("-")
            elif tag in (qn("w:drawing"), qn("w:pict")):
                flush()
                self._picture(child)
            elif tag == qn("w:object"):
                self.findings.counts["object"] += 1
            elif tag in _NOTES:
                self.findings.counts[_NOTES[tag]] += 1
            elif tag == qn("w:commentReference"):
                self.findings.counts["comment"] += 1
        flush()

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            current = self._fields[-1]
            current.result = True
            current.link = self._field_link(current.instr)
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _emit(self, text: str, rpr: Element | None, link: str | None) -> None:
        styles, style = self.styles, self._mark_style
        legacy = legacy_encoding(styles.run_font(rpr, self._style))
        if legacy is not None:
            encoding, capitals = legacy
            if not text.isascii():
                text = convert_legacy(text, encoding)
                self.findings.legacy_runs[encoding] += 1
            if capitals:  # an H font shows every letter as a capital, plain ASCII too
                text = text.upper()
        if styles.run_mark(rpr, self._style, "caps"):
            text = text.upper()
        for field_ in reversed(self._fields):
            if field_.result and field_.link:
                link = field_.link
                break
        self._out.append(
            Run(
                nfc(text),
                bold=styles.run_mark(rpr, style, "bold"),
                italic=styles.run_mark(rpr, style, "italic"),
                underline=styles.run_mark(rpr, style, "underline") and link is None,
                link=link,
            )
        )

    # ------------------------------------------------------------ pictures

    def _picture(self, element: Element) -> None:
        """A drawing (DrawingML) or a VML picture: its pictures come in, the rest is counted.

        A group of one picture and a text box (a caption Word users draw
        under a photo) gives the picture with the text box's words as its caption.
        """
        counts = self.findings.counts
        pictures: list[tuple[str, str]] = []  # relationship id, alt text
        if element.tag == qn("w:pict"):  # VML: older Word, some converters
            for data in element.iter(f"{{{VML}}}imagedata"):
                if data.get(_ID):
                    pictures.append((data.get(_ID) or "", data.get(f"{{{OFFICE}}}title") or ""))
        else:
            graphic = element.find(f".//{qn('a:graphicData')}")
            if graphic is not None and graphic.get("uri") == _URI_CHART:
                counts["chart"] += 1
                return
            doc_pr = element.find(f".//{qn('wp:docPr')}")
            whole = (doc_pr.get("descr") or doc_pr.get("title") or "") if doc_pr is not None else ""
            for pic in element.iter(qn("pic:pic")):
                blip = pic.find(f".//{qn('a:blip')}")
                own = pic.find(f".//{qn('pic:cNvPr')}")
                alt = whole or (own.get("descr") or "" if own is not None else "")
                if blip is not None and blip.get(_EMBED):
                    pictures.append((blip.get(_EMBED) or "", alt))
                elif blip is not None and blip.get(_LINK):
                    counts["linked_image"] += 1
        boxes = list(element.iter(qn("w:txbxContent")))
        caption = ""
        if len(pictures) == 1 and boxes:
            caption = " ".join(" ".join(t.text or "" for t in box.iter(qn("w:t"))) for box in boxes)
            caption = " ".join(caption.split())
        if boxes and not caption:
            counts["textbox"] += len(boxes)
        if not pictures and not boxes and not counts_linked(element):
            counts["shape"] += 1
        for rid, alt in pictures:
            self._image(rid, alt.strip(), caption)

    def _image(self, rid: str, alt: str, caption: str = "") -> None:
        rel = self.part.rels.get(rid)  # type: ignore[attr-defined]
        if rel is None or rel.is_external:
            self.findings.counts["linked_image"] += 1
            return
        target = rel.target_part
        name = str(target.partname.filename)
        self._out.append(ImageRef(target.blob, name, nfc(alt), nfc(caption)))


def counts_linked(element: Element) -> bool:
    """Whether a drawing only links its picture from outside the file (counted already)."""
    return any(blip.get(_LINK) for blip in element.iter(qn("a:blip")))


def _run_children(r: Element) -> list[Element]:
    """The children of a run, with an AlternateContent replaced by its chosen branch's."""
    children: list[Element] = []
    for child in r:
        if child.tag == f"{{{MC}}}AlternateContent":
            branch = _branch(child)
            if branch is not None:
                children.extend(branch)
        else:
            children.append(child)
    return children


def _branch(alternate: Element) -> Element | None:
    """The branch of an mc:AlternateContent a reader takes: the first Choice, else the Fallback."""
    for tag in ("Choice", "Fallback"):
        found = alternate.find(f"{{{MC}}}{tag}")
        if found is not None:
            return found
    return None


def _merged(items: list[Run | ImageRef]) -> list[Run | ImageRef]:
    """Join neighbouring runs with the same marks; drop empty ones."""
    result: list[Run | ImageRef] = []
    for item in items:
        if isinstance(item, Run):
            if not item.text:
                continue
            last = result[-1] if result else None
            if isinstance(last, Run) and last.same_marks(item):
                last.text += item.text
                continue
        result.append(item)
    return result
