"""The article and everything around it, as plain dataclasses (no Qt, no SQL).

This is the intermediate form of STYLE.md: the editor converts to and from it,
the store keeps it, and every exporter reads only it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from deskeditor.photo_edit import PhotoEdit


class Status(StrEnum):
    """Where an article is in the sign-off workflow."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PUBLISHED = "published"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        """The Vietnamese name shown to the user."""
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.DRAFT: "Nháp",
    Status.SUBMITTED: "Chờ duyệt",
    Status.APPROVED: "Đã duyệt",
    Status.PUBLISHED: "Đã đăng",
    Status.RETURNED: "Trả lại",
}


class Decision(StrEnum):
    """The approver's decision on the sign-off slip."""

    APPROVE = "approve"
    REVISE = "revise"
    REJECT = "reject"

    @property
    def label(self) -> str:
        """The Vietnamese wording printed on the slip."""
        return DECISION_LABELS[self]


DECISION_LABELS = {
    Decision.APPROVE: "Đồng ý đăng",
    Decision.REVISE: "Sửa lại",
    Decision.REJECT: "Không đăng",
}


@dataclass
class Run:
    """A piece of inline text with the same marks throughout."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    link: str | None = None

    def same_marks(self, other: Run) -> bool:
        """Tell whether *other* carries exactly the same marks."""
        return (self.bold, self.italic, self.underline, self.link) == (
            other.bold,
            other.italic,
            other.underline,
            other.link,
        )


def plain_text(runs: list[Run]) -> str:
    """Join the text of *runs* without marks."""
    return "".join(run.text for run in runs)


def trim_runs(runs: list[Run]) -> list[Run]:
    """Drop the white space at both ends of a block (as a paragraph shows it), in place."""
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
    return runs


@dataclass
class Paragraph:
    """An ordinary paragraph of body text."""

    runs: list[Run] = field(default_factory=list)
    kind = "paragraph"


@dataclass
class Heading:
    """A sub-heading inside the body."""

    runs: list[Run] = field(default_factory=list)
    kind = "heading"


@dataclass
class Quote:
    """A quoted passage."""

    runs: list[Run] = field(default_factory=list)
    kind = "quote"


@dataclass
class ListBlock:
    """A bulleted (or numbered, when *ordered*) list; each item is a list of runs."""

    items: list[list[Run]] = field(default_factory=list)
    ordered: bool = False
    kind = "list"


@dataclass
class Figure:
    """A photo in the body with its caption, credit and alt text.

    *photo_id* points at a photo in the store; *source* is the file a figure
    was read from before it was stored (interchange JSON, drag and drop).
    *edit* is this figure's crop and rotation of the photo (None: as imported).
    """

    caption: str = ""
    credit: str = ""
    alt: str = ""
    photo_id: int | None = None
    source: Path | None = None
    edit: PhotoEdit | None = None
    kind = "photo"


@dataclass
class Table:
    """A table: rows of cells, each cell a list of runs as in a paragraph.

    The first *header_rows* rows are column headings. Every row has the same
    number of cells (:func:`square_rows` pads rows that do not); merged cells
    are not kept: a merged cell's text stays in its first cell.
    """

    rows: list[list[list[Run]]] = field(default_factory=list)
    caption: str = ""
    header_rows: int = 0
    kind = "table"

    @property
    def columns(self) -> int:
        """The number of cells in a row."""
        return len(self.rows[0]) if self.rows else 0


def square_rows(rows: list[list[list[Run]]]) -> list[list[list[Run]]]:
    """Pad every row of *rows* with empty cells to the widest row's length, in place."""
    width = max((len(row) for row in rows), default=0)
    for row in rows:
        row.extend([] for _ in range(width - len(row)))
    return rows


Block = Paragraph | Heading | Quote | ListBlock | Figure | Table
TextBlock = Paragraph | Heading | Quote
FIGURE_TEXTS = ("caption", "credit", "alt")


def body_texts(body: list[Block]) -> Iterator[tuple[int, str, str]]:
    """Yield (block index, part, plain text) for every text of *body*, in order.

    *part* is "text" for a paragraph, heading or quote, "item" for each list
    item, "caption", "credit" and "alt" for a figure (all three, even when
    empty), and for a table "table-caption" (even when empty) then "cell" for
    each cell, row by row. The one walk from an article to plain text: search, word count,
    history and recovery read the body through it.
    """
    for index, block in enumerate(body):
        if isinstance(block, Figure):
            for part in FIGURE_TEXTS:
                yield index, part, getattr(block, part)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield index, "item", plain_text(item)
        elif isinstance(block, Table):
            yield index, "table-caption", block.caption
            for row in block.rows:
                for cell in row:
                    yield index, "cell", plain_text(cell)
        else:
            yield index, "text", plain_text(block.runs)


@dataclass
class Article:
    """A news article: the fields of PRODUCT.md "An article"."""

    title: str
    category: str = ""
    published_at: dt.datetime | None = None
    lead: str = ""
    author: str = ""
    author_unit: str = ""
    source: str = ""
    tags: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    status: Status = Status.DRAFT
    id: int | None = None

    def figures(self) -> list[Figure]:
        """Return the photo figures of the body, in order."""
        return [block for block in self.body if isinstance(block, Figure)]

    def photos_without_alt(self) -> list[tuple[int, int]]:
        """Return (body index, photo number from 1) of each photo with no alt text.

        Export refuses such an article, so submitting it for sign-off does too.
        """
        figures = [(i, block) for i, block in enumerate(self.body) if isinstance(block, Figure)]
        return [(i, n) for n, (i, block) in enumerate(figures, 1) if not block.alt.strip()]


@dataclass
class Photo:
    """A stored photo's metadata (its renditions live in a table of their own)."""

    id: int
    original_name: str
    sha256: str
    width: int
    height: int
    created_at: str = ""


@dataclass
class ArticleSummary:
    """What a list or a search shows of an article; no body, no images."""

    id: int
    status: Status
    published_at: dt.datetime | None
    title: str
    category: str
    author: str


@dataclass
class Revision:
    """One saved state of an article."""

    id: int
    article_id: int
    number: int
    created_at: str
    version_code: str
    status: Status


@dataclass
class Approval:
    """The approver's record for one revision."""

    article_id: int
    revision_id: int
    approver_name: str
    approver_position: str
    decision: Decision
    comment: str = ""
    decided_at: dt.datetime | None = None
    voided: bool = False
    id: int | None = None


@dataclass(frozen=True)
class CarriedApproval:
    """An approval travelling with the article in the interchange JSON (``"approval"``).

    It is kept on import only while the imported content still has
    *version_code*: the code the approver signed.
    """

    version_code: str
    approver_name: str
    approver_position: str = ""
    comment: str = ""
    decided_at: dt.datetime | None = None
    submitted_at: dt.datetime | None = None
    published_at: dt.datetime | None = None  # when it went on the portal, if it did


@dataclass
class Link:
    """One entry of the portal's link list."""

    name: str
    url: str
    visible: bool = True
    id: int | None = None


@dataclass
class LinkGroup:
    """A headed group of links in the portal sidebar."""

    name: str
    links: list[Link] = field(default_factory=list)
    visible: bool = True
    id: int | None = None


DEFAULT_LINK_GROUPS = ("Sở ban ngành", "UBND các huyện, thành phố", "Liên kết Websites")
DEFAULT_CATEGORIES = (
    "Tin tức - Sự kiện",
    "Thi đua - Khen thưởng",
    "Cải cách hành chính",
    "Văn bản - Chính sách",
)


@dataclass
class SiteProfile:
    """The department's own details, used by both exports."""

    organisation_name: str = ""
    governing_body: str = ""
    agency_name: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    place_name: str = ""
    approver_name: str = ""
    approver_position: str = "Trưởng Ban biên tập"
    logo_photo_id: int | None = None
