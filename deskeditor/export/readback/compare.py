"""The revision's side of a comparison, and the differences in words.

``expected_items`` renders the revision with the same exporter (photos
inlined) and reads it back through the same reader as the file, so a
difference can only be one of content; ``labels`` names each item as the
approved article has it; ``differences`` says what differs, one line each.
"""

from __future__ import annotations

import difflib

from deskeditor.errors import Message
from deskeditor.export.context import ExportContext, ExportOptions
from deskeditor.model import Article, Figure, ListBlock, Table, plain_text

from .docx_reader import SLIP_FIELDS, docx_items
from .html_reader import FileImages, html_items, parse_html
from .items import DOCX, HTML_FRAGMENT, HTML_PAGE, LINK, Item, Marks

MAX_DIFFERENCES = 5
_CONTEXT_CHARS = 24

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
    return html_items(parse_html(text), FileImages(None), page=page)[0]


_BLOCK_LABELS = {
    "paragraph": "label.paragraph",
    "heading": "label.heading",
    "quote": "label.quote",
}


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
    photo = table = lists = 0
    counted: dict[str, int] = {}  # paragraphs, headings and quotes, each counted from 1
    for block in article.body:
        if isinstance(block, Figure):
            photo += 1
            out.append(Message("label.photo", number=photo))
            if form == DOCX or block.caption or block.credit:
                out.append(Message("label.photo_caption", number=photo))
        elif isinstance(block, ListBlock):
            lists += 1
            out += [
                Message("label.list_item", list=lists, number=number + 1)
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
            counted[block.kind] = counted.get(block.kind, 0) + 1
            out.append(Message(_BLOCK_LABELS[block.kind], number=counted[block.kind]))
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
    if a[LINK] != b[LINK]:
        no_link = Message("verify.no_link")
        return Message(
            "verify.link_differs", words=words, approved=a[LINK] or no_link, here=b[LINK] or no_link
        )
    marks = (
        (Message("mark.bold"), Message("mark.not_bold")),
        (Message("mark.italic"), Message("mark.not_italic")),
        (Message("mark.underlined"), Message("mark.not_underlined")),
        (Message("mark.struck"), Message("mark.not_struck")),
    )
    for number, (has, lacks) in enumerate(marks):
        if a[number] != b[number]:
            approved_is = has if a[number] else lacks
            here_is = has if b[number] else lacks
            return Message("verify.marks_differ", words=words, approved=approved_is, here=here_is)
    return Message("verify.formatting_differs")  # pragma: no cover - marks are only these five


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
