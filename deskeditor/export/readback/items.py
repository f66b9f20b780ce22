"""What a read-back export is made of: items with their marks, and the file's one version code."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deskeditor.errors import DeskEditorError
from deskeditor.export import versionmark
from deskeditor.text import nfc

HTML_PAGE, HTML_FRAGMENT, DOCX = "HTML page", "CMS fragment", "Word document"
MAX_HTML_BYTES = 256 * 1024 * 1024  # a one-file page with its photos inlined, or a .docx
MAX_PART_BYTES = 64 * 1024 * 1024  # one part of a .docx, or one image file


class VerifyError(DeskEditorError):
    """A file cannot be checked: missing, unreadable, or not an export of this program."""


# (bold, italic, underline, struck through, link) of one character
Marks = tuple[bool, bool, bool, bool, str | None]
PLAIN: Marks = (False, False, False, False, None)
LINK = 4  # where the link is in Marks


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
    # Text in the article that a reader does not see (hidden, white, tiny): it does not
    # count, but it shows once the text is copied elsewhere, so the answer names it.
    hidden: tuple[str, ...] = ()
    # A .docx's tracked changes nobody accepted or rejected, as (what, text): "inserted",
    # "deleted", "moved_away", "moved_here" or "formatting". Word shows both texts in colour.
    tracked: tuple[tuple[str, str], ...] = ()


def normalise(chars: list[tuple[str, Marks]]) -> tuple[tuple[str, Marks], ...]:
    """Collapse white space as a reader sees it; merge neighbours with the same marks.

    Marks on white space are not visible and are dropped; a line break stays.
    """
    out: list[tuple[str, Marks]] = []
    for char, marks in chars:
        if char == "\n":
            while out and out[-1][0] == " ":
                out.pop()
            out.append(("\n", PLAIN))
        elif char.isspace():  # a no-break space too: web editors put them around marks
            if out and out[-1][0] not in (" ", "\n"):
                out.append((" ", PLAIN))
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


def marked_chars(text: str, marks: Marks) -> list[tuple[str, Marks]]:
    return [(char, marks) for char in text]


def no_code(path: Path) -> VerifyError:
    return VerifyError("verify.no_code", path=path)


def one_code(path: Path, codes: list[tuple[str, str]]) -> str:
    """Return the code when every place that carries one agrees; else refuse the file."""
    found = {code for code, _ in codes}
    if not found:
        raise no_code(path)
    if len(found) > 1:
        where = ", ".join(f"{code} in its {place}" for code, place in dict.fromkeys(codes))
        raise VerifyError("verify.two_codes", path=path, where=where)
    code = found.pop()
    if not versionmark.CODE.match(code):
        raise VerifyError("verify.malformed_code", path=path, code=code)
    return code


def drop_code_lines(items: list[Item]) -> tuple[list[Item], list[str]]:
    kept, codes = [], []
    for item in items:
        if item.kind != "photo" and versionmark.is_code_line(item.text):
            codes += versionmark.printed_codes(item.text)
        elif item.kind == "photo" or item.text:
            kept.append(item)
    return kept, codes
