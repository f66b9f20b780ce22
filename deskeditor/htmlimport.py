"""Turn HTML pasted from Word or a web page into model blocks.

Only structure survives: paragraphs, headings, quotes, lists, bold, italic,
underline and http/https/mailto links. Fonts, colours, styles, scripts and
images are dropped. nh3 does the cleaning; this module maps what is left.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

from deskeditor.model import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    trim_runs,
)
from deskeditor.text import nfc
from deskeditor.urls import LINK_SCHEMES, UrlError, check_url

_KEEP_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
    "b", "strong", "i", "em", "u", "a", "span", "table", "tr", "td", "th",
}  # fmt: skip
_MARK_TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline"}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "tr", "td", "th"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

# Word marks list paragraphs with mso-list and writes the bullet as text inside
# conditional comments; nh3 would keep that bullet as text, so lists are rebuilt first.
_WORD_MARKER = re.compile(
    r"<!(?:--)?\[if !supportLists\](?:--)?>(.*?)<!(?:--)?\[endif\](?:--)?>", re.S | re.I
)
_WORD_LIST_PARAGRAPH = re.compile(r"<p\b[^>]*mso-list:[^>]*>(.*?)</p>", re.S | re.I)
_ORDERED_MARKER = re.compile(r"^\s*\(?[0-9ivxIVXa-zA-Z]{1,4}[.)]")
_TAG = re.compile(r"<[^>]+>")


def _rebuild_word_lists(html: str) -> str:
    out: list[str] = []
    position = 0
    open_tag = ""
    for match in _WORD_LIST_PARAGRAPH.finditer(html):
        between = html[position : match.start()]
        if open_tag and between.strip():
            out.append(f"</{open_tag}>")
            open_tag = ""
        out.append(between)
        inner = match.group(1)
        marker = _WORD_MARKER.search(inner)
        marker_text = _TAG.sub("", marker.group(1)).replace("&nbsp;", " ") if marker else ""
        tag = "ol" if _ORDERED_MARKER.match(marker_text) else "ul"
        if tag != open_tag:
            if open_tag:
                out.append(f"</{open_tag}>")
            out.append(f"<{tag}>")
            open_tag = tag
        out.append(f"<li>{_WORD_MARKER.sub('', inner)}</li>")
        position = match.end()
    if open_tag:
        out.append(f"</{open_tag}>")
    out.append(html[position:])
    return "".join(out)


def clean_html(html: str) -> str:
    """Return *html* reduced to the tags and attributes the model can hold."""
    html = _rebuild_word_lists(html)
    html = _WORD_MARKER.sub("", html)
    return nh3.clean(
        html,
        tags=_KEEP_TAGS,
        attributes={"a": {"href"}},
        url_schemes=set(LINK_SCHEMES),
        clean_content_tags={"script", "style", "head", "title", "template", "noscript"},
        strip_comments=True,
        link_rel=None,
    )


class _BlockBuilder(HTMLParser):
    """Walk cleaned HTML and collect blocks of runs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.marks = {"bold": 0, "italic": 0, "underline": 0}
        self.links: list[str | None] = []
        self.kind = "paragraph"
        self.quote_depth = 0
        self.lists: list[ListBlock] = []

    # ---- helpers

    def _flush(self) -> None:
        runs = _tidy(self.runs)
        self.runs = []
        if not runs:
            return
        if self.lists:
            self.lists[-1].items.append(runs)
        elif self.kind == "heading":
            self.blocks.append(Heading(runs))
        elif self.quote_depth:
            self.blocks.append(Quote(runs))
        else:
            self.blocks.append(Paragraph(runs))

    # ---- parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _MARK_TAGS:
            self.marks[_MARK_TAGS[tag]] += 1
        elif tag == "a":
            self.links.append(_checked_link(dict(attrs).get("href")))
        elif tag == "br":
            self.runs.append(Run(" "))
        elif tag in ("ul", "ol"):
            self._flush()
            new_list = ListBlock([], ordered=tag == "ol")
            if not self.lists:  # nested lists are flattened into the outer one
                self.blocks.append(new_list)
                self.lists.append(new_list)
            else:
                self.lists.append(self.lists[-1])
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADINGS:
                self.kind = "heading"
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _MARK_TAGS:
            self.marks[_MARK_TAGS[tag]] = max(0, self.marks[_MARK_TAGS[tag]] - 1)
        elif tag == "a":
            if self.links:
                self.links.pop()
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADINGS:
                self.kind = "paragraph"
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data.replace("\xa0", " "))
        if not text:
            return
        link = next((href for href in reversed(self.links) if href), None)
        self.runs.append(
            Run(
                nfc(text),
                bold=self.marks["bold"] > 0 and self.kind != "heading",
                italic=self.marks["italic"] > 0,
                underline=self.marks["underline"] > 0,
                link=link,
            )
        )

    def close(self) -> None:
        super().close()
        self._flush()


def _checked_link(href: str | None) -> str | None:
    """Return *href* if the link policy allows it; the text of a refused link stays, unlinked."""
    try:
        return check_url(href) if href else None
    except UrlError:
        return None


def _tidy(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].same_marks(run):
            merged[-1].text = re.sub(r" {2,}", " ", merged[-1].text + run.text)
        else:
            merged.append(Run(run.text, run.bold, run.italic, run.underline, run.link))
    return trim_runs(merged)


def blocks_from_html(html: str) -> list[Block]:
    """Return the model blocks of pasted *html* (cleaned first)."""
    builder = _BlockBuilder()
    builder.feed(clean_html(html))
    builder.close()
    return [b for b in builder.blocks if not (isinstance(b, ListBlock) and not b.items)]


def blocks_from_text(text: str) -> list[Block]:
    """Return one paragraph per non-empty line of pasted plain text."""
    return [Paragraph([Run(nfc(line.strip()))]) for line in text.splitlines() if line.strip()]
