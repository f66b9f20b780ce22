"""What the find bar finds and changes: matches in the article's fields, and one undo step.

The title, lead and body are searched block by block through their
``QTextDocument`` (so table cells in the body are searched too), the photo
captions through the figures' formats; the matching rules are those of
``deskeditor.text.find``. Replace All changes each field in one edit block,
and :class:`UndoGroup` undoes those blocks together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from deskeditor.text import nfc
from deskeditor.text.find import FindOptions, find_all, fit_case, replace_all, utf16_offset

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from .body_editor import BodyEdit

# Fields in the order they are searched; captions sit in the body at their photo.
TITLE, LEAD, BODY, CAPTION = "title", "lead", "body", "caption"
RANK = {TITLE: 0, LEAD: 1, BODY: 2, CAPTION: 2}


@dataclass(frozen=True)
class Hit:
    """One match in the article.

    For the title, lead and body, *start* and *end* are positions in that
    field's document. For a caption they index the caption text, and
    *figure* is the body position of its photo.
    """

    field: str
    start: int
    end: int
    figure: int = -1

    def order(self) -> tuple[int, int, int, int]:
        """Return where the hit comes in the article, for sorting."""
        if self.field == CAPTION:
            return (RANK[CAPTION], self.figure, 1, self.start)
        return (RANK[self.field], self.start, 0, 0)


def document_hits(doc: QTextDocument, field: str, query: str, options: FindOptions) -> list[Hit]:
    """Return the matches of *query* in *doc*, block by block (table cells included)."""
    hits = []
    block = doc.begin()
    while block.isValid():
        text = block.text()
        for match in find_all(text, query, options):
            start = block.position() + utf16_offset(text, match.start)
            hits.append(Hit(field, start, block.position() + utf16_offset(text, match.end)))
        block = block.next()
    return hits


def select(doc: QTextDocument, hit: Hit) -> QTextCursor:
    """Return a cursor on *doc* selecting what *hit* matched."""
    cursor = QTextCursor(doc)
    cursor.setPosition(hit.start)
    cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def replace_in(doc: QTextDocument, hit: Hit, replacement: str, options: FindOptions) -> int:
    """Replace one match, keeping the format of its first character (bold, link), as Word does.

    Return the length of the text put in (in Qt positions).
    """
    first = QTextCursor(doc)
    first.setPosition(hit.start)
    first.setPosition(hit.start + 1, QTextCursor.MoveMode.KeepAnchor)
    fmt = first.charFormat()
    selection = select(doc, hit)
    text = fit_case(nfc(selection.selectedText()), replacement, options)
    selection.insertText(text, fmt)
    return utf16_offset(text, len(text))


Fields = dict[str, "QTextEdit | QPlainTextEdit"]


def article_hits(fields: Fields, body: BodyEdit, query: str, options: FindOptions) -> list[Hit]:
    """Return every match of *query* in the fields and the photo captions, in reading order."""
    if not query:
        return []
    hits: list[Hit] = []
    for field, edit in fields.items():
        hits += document_hits(edit.document(), field, query, options)
    for position in body.figure_positions():
        figure = body.figure_at(position)
        if figure is not None:
            for match in find_all(figure.caption, query, options):
                hits.append(Hit(CAPTION, match.start, match.end, position))
    return sorted(hits, key=Hit.order)


def replace_caption(body: BodyEdit, hit: Hit, replacement: str, options: FindOptions) -> int:
    """Replace one match in a caption (undoable); return the length of the text put in."""
    figure = body.figure_at(hit.figure)
    if figure is None:
        return 0
    caption = figure.caption
    text = fit_case(caption[hit.start : hit.end], replacement, options)
    figure.caption = caption[: hit.start] + text + caption[hit.end :]
    body.update_figure(hit.figure, figure)
    return len(text)


def replace_everywhere(
    fields: Fields,
    body: BodyEdit,
    hits: list[Hit],
    query: str,
    replacement: str,
    options: FindOptions,
) -> tuple[int, list[QTextDocument]]:
    """Replace all of *hits*, each field in one edit block; return the count and the fields changed."""
    replacement = nfc(replacement)
    changed: list[QTextDocument] = []
    count = 0
    for field, edit in fields.items():
        doc = edit.document()
        in_field = [h for h in hits if h.field == field]
        captions = field == BODY and any(h.field == CAPTION for h in hits)
        if not in_field and not captions:
            continue
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # the whole document's changes become one undo step
        # From the end, so that the positions still to come stay valid.
        for hit in sorted(in_field, key=Hit.order, reverse=True):
            replace_in(doc, hit, replacement, options)
            count += 1
        if captions:
            for position in body.figure_positions():
                figure = body.figure_at(position)
                if figure is None:
                    continue
                figure.caption, replaced = replace_all(figure.caption, query, replacement, options)
                if replaced:
                    body.update_figure(position, figure)
                    count += replaced
        cursor.endEditBlock()
        changed.append(doc)
    return count, changed


class UndoGroup:
    """The edit blocks of one Replace All in several documents, undone and redone together.

    A document's revision moves with every edit, undo and redo (typing merged
    into the last undo step as well): once anything is done in one of the
    documents, that comes first when undoing and the group no longer applies.
    """

    def __init__(self) -> None:
        self._undo: list[tuple[QTextDocument, int]] = []
        self._redo: list[tuple[QTextDocument, int]] = []

    def record(self, docs: list[QTextDocument]) -> None:
        """Remember that *docs* were just changed by one Replace All."""
        self._undo = [(doc, doc.revision()) for doc in docs]
        self._redo = []

    @property
    def spans_several(self) -> bool:
        """Tell whether the group covers more than one document."""
        return len(self._undo) > 1 or len(self._redo) > 1

    @staticmethod
    def _holds(group: list[tuple[QTextDocument, int]]) -> bool:
        return bool(group) and all(doc.revision() == revision for doc, revision in group)

    def undo(self) -> bool:
        """Undo the Replace All in every document, if nothing was done since; say if it was."""
        if not self._holds(self._undo):
            return False
        for doc, _revision in self._undo:
            doc.undo()
        self._redo = [(doc, doc.revision()) for doc, _ in self._undo]
        self._undo = []
        return True

    def redo(self) -> bool:
        """Redo a Replace All just undone, in every document; say if it was."""
        if not self._holds(self._redo):
            return False
        for doc, _revision in self._redo:
            doc.redo()
        self._undo = [(doc, doc.revision()) for doc, _ in self._redo]
        self._redo = []
        return True
