"""What a Word document's styles and numbering definitions say about a paragraph or a run.

Style *names* decide (Word writes the built-in English names, "heading 1",
"Title", "caption", "Quote", whatever the interface language; the ids may be
localised, "u1" in a Vietnamese Word). Each property is looked up directly
on the paragraph or run first, then along the style's ``basedOn`` chain.
Lists come from ``numPr`` (on the paragraph or its style) and the numbering
part's ``abstractNum``: a level whose ``numFmt`` is "bullet" is a bulleted
list, "none" is no list, anything else is numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml.etree import _Element as Element

_HEADING = re.compile(r"^heading ([1-9])$")
QUOTE_STYLES = {"quote", "intense quote", "block text", "quotations", "trích dẫn"}
_FALSE = {"0", "false", "off", "none"}
_MARKS = {"bold": "w:b", "italic": "w:i", "caps": "w:caps"}


@dataclass(frozen=True)
class _Style:
    name: str  # lower case
    based_on: str | None
    ppr: Element | None
    rpr: Element | None


def _attr(element: Element | None, tag: str, attr: str = "w:val") -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    if child is None:
        return None
    value = child.get(qn(attr))
    return "" if value is None else value


def toggle(rpr: Element | None, tag: str) -> bool | None:
    """Return a run property's on/off value, or None if *rpr* does not set it."""
    value = _attr(rpr, tag)
    if value is None:
        return None
    return value.lower() not in _FALSE


class DocStyles:
    """The styles and numbering of one document, ready for lookups."""

    def __init__(self, document: Document) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_character: str | None = None
        for element in document.styles.element.findall(qn("w:style")):
            style_id = element.get(qn("w:styleId")) or ""
            name = (_attr(element, "w:name") or style_id).lower()
            self._styles[style_id] = _Style(
                name,
                _attr(element, "w:basedOn"),
                element.find(qn("w:pPr")),
                element.find(qn("w:rPr")),
            )
            if element.get(qn("w:default")) in ("1", "true"):
                kind = element.get(qn("w:type"))
                if kind == "paragraph":
                    self.default_paragraph = style_id
                elif kind == "character":
                    self.default_character = style_id
        defaults = document.styles.element.find(qn("w:docDefaults"))
        self._default_rpr = (
            defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        )
        self._formats = _numbering_formats(document)

    # ------------------------------------------------------------ style chains

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def paragraph_style(self, ppr: Element | None) -> str | None:
        """Return the style id of a paragraph with properties *ppr* (the default if none)."""
        return _attr(ppr, "w:pStyle") or self.default_paragraph

    def paragraph_role(self, style_id: str | None) -> tuple[str, int]:
        """Return ("title" | "heading" | "caption" | "quote" | "paragraph", heading level)."""
        for style in self._chain(style_id):
            if style.name in ("title", "tiêu đề"):
                return "title", 0
            heading = _HEADING.match(style.name)
            if heading:
                return "heading", int(heading.group(1))
            if style.name == "caption":
                return "caption", 0
            if style.name in QUOTE_STYLES:
                return "quote", 0
        return "paragraph", 0

    def alignment(self, ppr: Element | None, style_id: str | None) -> str:
        """Return the paragraph's alignment: "left", "center", "right" or "both"."""
        value = _attr(ppr, "w:jc")
        for style in self._chain(style_id):
            if value is not None:
                break
            value = _attr(style.ppr, "w:jc")
        return {"start": "left", "end": "right", "distribute": "both"}.get(
            value or "", value or "left"
        )

    def numbering(self, ppr: Element | None, style_id: str | None) -> tuple[str, bool, int] | None:
        """Return (numId, ordered, level) if the paragraph is a list item, else None."""
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        for style in self._chain(style_id):
            if num_pr is not None:
                break
            num_pr = style.ppr.find(qn("w:numPr")) if style.ppr is not None else None
        if num_pr is None:
            return None
        num_id = _attr(num_pr, "w:numId")
        ilvl = _attr(num_pr, "w:ilvl") or "0"
        level = int(ilvl) if ilvl.isdigit() else 0
        if not num_id or num_id == "0":
            return None
        fmt = self._formats.get((num_id, level)) or self._formats.get((num_id, 0))
        if fmt is None or fmt == "none":
            return None
        return num_id, fmt != "bullet", level

    # ------------------------------------------------------------ runs

    def _run_sources(self, rpr: Element | None, para_style: str | None) -> list[Element | None]:
        sources = [rpr]
        char_style = _attr(rpr, "w:rStyle") or self.default_character
        sources += [style.rpr for style in self._chain(char_style)]
        sources += [style.rpr for style in self._chain(para_style)]
        return sources

    def run_mark(self, rpr: Element | None, para_style: str | None, mark: str) -> bool:
        """Return whether a run is *mark* ("bold", "italic", "caps", "underline").

        Give *para_style* None to leave out what the paragraph's style sets
        (a heading's bold, a quote's italics belong to the block, not the run).
        """
        for source in self._run_sources(rpr, para_style):
            if mark == "underline":
                value = _attr(source, "w:u")
                if value is not None:
                    return value.lower() not in _FALSE
                continue
            found = toggle(source, _MARKS[mark])
            if found is not None:
                return found
        return False

    def run_font(self, rpr: Element | None, para_style: str | None) -> str:
        """Return the name of the font a run's Latin text is set in ("" if only a theme font)."""
        for source in [*self._run_sources(rpr, para_style), self._default_rpr]:
            fonts = source.find(qn("w:rFonts")) if source is not None else None
            if fonts is None:
                continue
            for attr in ("w:ascii", "w:hAnsi"):
                value = fonts.get(qn(attr))
                if value:
                    return str(value)
        return ""


def _numbering_formats(document: Document) -> dict[tuple[str, int], str]:
    """Map (numId, level) to the level's numFmt, overrides applied.

    An abstractNum that only names a list style (``numStyleLink``) takes the
    levels of the numbering that style points at.
    """
    try:
        numbering = getattr(document.part.part_related_by(RT.NUMBERING), "element", None)
    except (KeyError, ValueError):
        return {}
    if numbering is None:
        return {}
    abstract: dict[str, dict[int, str]] = {}
    linked: dict[str, str] = {}  # abstractNumId -> list style id
    for element in numbering.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in element.findall(qn("w:lvl")):
            ilvl = lvl.get(qn("w:ilvl")) or "0"
            if ilvl.isdigit():
                levels[int(ilvl)] = _attr(lvl, "w:numFmt") or "decimal"
        abstract_id = element.get(qn("w:abstractNumId")) or ""
        abstract[abstract_id] = levels
        link = _attr(element, "w:numStyleLink")
        if link and not levels:
            linked[abstract_id] = link
    nums = {
        num.get(qn("w:numId")) or "": _attr(num, "w:abstractNumId") or ""
        for num in numbering.findall(qn("w:num"))
    }
    for abstract_id, style_id in linked.items():
        style = document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}") if style is not None else None
        target = nums.get(_attr(num_pr, "w:numId") or "", "")
        abstract[abstract_id] = abstract.get(target, {})
    formats: dict[tuple[str, int], str] = {}
    for num in numbering.findall(qn("w:num")):
        num_id = num.get(qn("w:numId")) or ""
        for level, fmt in abstract.get(nums.get(num_id, ""), {}).items():
            formats[(num_id, level)] = fmt
        for override in num.findall(qn("w:lvlOverride")):
            lvl = override.find(qn("w:lvl"))
            ilvl = override.get(qn("w:ilvl")) or "0"
            override_fmt = _attr(lvl, "w:numFmt") if lvl is not None else None
            if override_fmt and ilvl.isdigit():
                formats[(num_id, int(ilvl))] = override_fmt
    return formats
