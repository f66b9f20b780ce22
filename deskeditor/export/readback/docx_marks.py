"""What Word does to text besides its words: strike it through, hide it, or track a change.

A run's own properties say whether it is struck through (once or twice) or not
seen (hidden, white, at most 1 pt); a style can strike through every run that
uses it. A tracked change that nobody accepted or rejected shows in Word in
colour, next to the text it changes, until someone does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from deskeditor.text import nfc

if TYPE_CHECKING:
    from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFF = {"0", "false", "off", "none"}  # a toggle property turned off


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def struck(rpr: etree._Element | None) -> bool | None:
    """Tell whether run properties strike the text through (once or twice); None: they do not say."""
    if rpr is None:
        return None
    said = None
    for name in ("strike", "dstrike"):
        element = rpr.find(w(name))
        if element is not None:
            if element.get(w("val"), "true").lower() not in OFF:
                return True
            said = False
    return said


def struck_styles(styles: etree._Element) -> tuple[set[str], bool]:
    """Return the ids of the styles that strike their text through, and whether the default does.

    A style says so in its own run properties (Modify Style > Strikethrough) or
    inherits it (w:basedOn); the document's defaults count for every style that
    says nothing. The second value is for a paragraph without a style.
    """
    defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    default = bool(struck(defaults))
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    normal = ""
    for style in styles.iter(w("style")):
        style_id = style.get(w("styleId"), "")
        if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
            normal = style_id
        own[style_id] = struck(style.find(w("rPr")))
        parent = style.find(w("basedOn"))
        if parent is not None:
            based_on[style_id] = parent.get(w("val"), "")

    def inherited(style_id: str) -> bool:
        seen = set()
        while style_id in own and style_id not in seen:  # a loop of basedOn ends
            seen.add(style_id)
            value = own[style_id]
            if value is not None:
                return value
            style_id = based_on.get(style_id, "")
        return default

    return {style_id for style_id in own if inherited(style_id)}, inherited(normal)


def invisible(r: etree._Element) -> bool:
    """Tell whether a run's text is not seen: hidden, white, or at most 1 pt."""
    rpr = r.find(w("rPr"))
    if rpr is None:
        return False
    for name in ("vanish", "specVanish", "webHidden"):
        element = rpr.find(w(name))
        if element is not None and element.get(w("val"), "true").lower() not in OFF:
            return True
    color = rpr.find(w("color"))
    value = (color.get(w("val"), "") if color is not None else "").lower()
    if re.fullmatch(r"[ef][0-9a-f][ef][0-9a-f][ef][0-9a-f]", value):
        return True  # white (or nearly) on the white page
    size = rpr.find(w("sz"))
    return size is not None and size.get(w("val"), "").isdigit() and int(size.get(w("val"))) <= 2


# Tracked changes (revisions), by what they do.
_TRACKED = {
    w("ins"): "inserted",
    w("cellIns"): "inserted",
    w("del"): "deleted",
    w("cellDel"): "deleted",
    w("moveFrom"): "moved_away",
    w("moveTo"): "moved_here",
    **{
        w(name): "formatting"
        for name in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange",
                     "tblGridChange", "trPrChange", "tcPrChange", "numberingChange", "cellMerge")
    },
}  # fmt: skip


def tracked(part: etree._Element) -> list[tuple[str, str]]:
    """Return each tracked change in a part as (what it does, its text).

    *what* is "inserted", "deleted", "moved_away", "moved_here" or "formatting".
    A change without text of its own (a paragraph mark, a formatting change) is
    named by the text of its run, paragraph, row or table, else by none.
    """
    found = []
    for element in part.iter(*_TRACKED):
        text = _text(element)
        for holder in element.iterancestors(w("r"), w("p"), w("tr"), w("tbl")):
            if text:
                break
            text = _text(holder)
        found.append((_TRACKED[element.tag], text))
    return found


def _text(element: etree._Element) -> str:
    """The words of *element* as one line, deleted ones too."""
    words = "".join(t.text or "" for t in element.iter(w("t"), w("delText")))
    return nfc(" ".join(words.split()))
