"""The portal's link list: address checks, editing operations, CSV interchange.

Every editing function changes the list of groups in place and returns what
undoing it needs (the removed item, the previous value, the previous order),
so a GUI undo command is one call to redo and one to undo. A bad index, name
or address raises LinkError with a sentence for the user.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from deskeditor import urls
from deskeditor.errors import DeskEditorError, Message, Translate
from deskeditor.model import Link, LinkGroup
from deskeditor.safeio import ReadError, read_regular_file, write_bytes_atomic
from deskeditor.text import clean_text, fold, nfc
from deskeditor.text.collation import sort_key
from deskeditor.urls import WEB_SCHEMES, UrlError, complete_url


class LinkError(DeskEditorError):
    """A link, a group or a change to the link list cannot be accepted."""


# --- Addresses -------------------------------------------------------------


def normalise_url(text: str) -> tuple[str, bool]:
    """Return (*text* as a checked http(s) address, whether "https://" was added).

    The address is kept as typed (NFC, scheme lower-cased), so an
    internationalised domain stays readable; the rules are deskeditor.urls'.
    """
    try:
        return complete_url(text, WEB_SCHEMES)
    except UrlError as exc:
        raise LinkError(exc.message) from None


def url_key(url: str) -> str:
    """Return what two addresses of the same page share (see deskeditor.urls.url_key)."""
    return urls.url_key(url)


def duplicate_urls(group: LinkGroup) -> list[tuple[int, int]]:
    """Return (first index, later index) for each link repeating an earlier address."""
    first: dict[str, int] = {}
    pairs = []
    for index, link in enumerate(group.links):
        key = url_key(link.url)
        if key in first:
            pairs.append((first[key], index))
        else:
            first[key] = index
    return pairs


# --- Editing operations ----------------------------------------------------


_EMPTY = {
    "name": Message("links.empty_name"),
    "group name": Message("links.empty_group_name"),
    "link name": Message("links.empty_link_name"),
}


def clean_name(text: str, what: str = "name") -> str:
    """Return *text* as a one-line NFC name; refuse an empty one."""
    name = " ".join(nfc(text).split())
    if not name:
        raise LinkError(_EMPTY.get(what, _EMPTY["name"]))
    return name


def _group(groups: list[LinkGroup], index: int) -> LinkGroup:
    if not 0 <= index < len(groups):
        raise LinkError("links.no_group", number=index + 1)
    return groups[index]


def _check_link_index(group: LinkGroup, index: int, extra: int = 0) -> None:
    """Refuse *index* outside the links of *group* (*extra* 1 allows the end)."""
    if not 0 <= index < len(group.links) + extra:
        raise LinkError("links.no_link", number=index + 1, group=group.name)


def _check_group_name_free(groups: list[LinkGroup], name: str, skip: int | None = None) -> None:
    # Groups are matched by name in CSV files, so two of the same name would merge.
    for index, group in enumerate(groups):
        if index != skip and group.name.casefold() == name.casefold():
            raise LinkError("links.group_exists", group=group.name)


def add_group(
    groups: list[LinkGroup], name: str, index: int | None = None, visible: bool = True
) -> int:
    """Insert a new empty group (at the end by default); return its index."""
    name = clean_name(name, "group name")
    _check_group_name_free(groups, name)
    index = len(groups) if index is None else index
    insert_group(groups, index, LinkGroup(name, [], visible))
    return index


def insert_group(groups: list[LinkGroup], index: int, group: LinkGroup) -> None:
    """Put *group* (e.g. one removed before) back at *index*."""
    if not 0 <= index <= len(groups):
        raise LinkError("links.no_place", number=index + 1)
    groups.insert(index, group)


def remove_group(groups: list[LinkGroup], index: int) -> LinkGroup:
    """Remove the group at *index*, links and all; return it for undo."""
    _group(groups, index)
    return groups.pop(index)


def rename_group(groups: list[LinkGroup], index: int, name: str) -> str:
    """Rename the group at *index*; return its previous name."""
    group = _group(groups, index)
    name = clean_name(name, "group name")
    _check_group_name_free(groups, name, skip=index)
    previous, group.name = group.name, name
    return previous


def move_group(groups: list[LinkGroup], from_index: int, to_index: int) -> None:
    """Move a group so that it ends at *to_index*; undo is the reverse move."""
    _group(groups, from_index)
    _group(groups, to_index)
    groups.insert(to_index, groups.pop(from_index))


def add_link(
    groups: list[LinkGroup],
    group_index: int,
    name: str,
    url: str,
    index: int | None = None,
    visible: bool = True,
) -> int:
    """Insert a link (at the end by default) after checking its name and address.

    Call normalise_url first to show or ask about an added "https://".
    """
    group = _group(groups, group_index)
    link = Link(clean_name(name, "link name"), normalise_url(url)[0], visible)
    index = len(group.links) if index is None else index
    insert_link(groups, group_index, index, link)
    return index


def insert_link(groups: list[LinkGroup], group_index: int, index: int, link: Link) -> None:
    """Put *link* (e.g. one removed before) back at *index* of a group."""
    group = _group(groups, group_index)
    _check_link_index(group, index, extra=1)
    group.links.insert(index, link)


def remove_link(groups: list[LinkGroup], group_index: int, index: int) -> Link:
    """Remove a link; return it for undo."""
    group = _group(groups, group_index)
    _check_link_index(group, index)
    return group.links.pop(index)


def edit_link(
    groups: list[LinkGroup], group_index: int, index: int, name: str, url: str
) -> tuple[str, str]:
    """Change a link's name and address; return the previous (name, url)."""
    group = _group(groups, group_index)
    _check_link_index(group, index)
    link = group.links[index]
    new_name, new_url = clean_name(name, "link name"), normalise_url(url)[0]
    previous = (link.name, link.url)
    link.name, link.url = new_name, new_url
    return previous


def move_link(
    groups: list[LinkGroup], from_group: int, from_index: int, to_group: int, to_index: int
) -> None:
    """Move a link so that it ends at *to_index* of *to_group* (the same group or another).

    *to_index* counts after the link has left its place, so the undo is
    ``move_link(groups, to_group, to_index, from_group, from_index)``.
    """
    source, target = _group(groups, from_group), _group(groups, to_group)
    _check_link_index(source, from_index)
    _check_link_index(target, to_index, extra=0 if source is target else 1)
    target.links.insert(to_index, source.links.pop(from_index))


def set_visible(
    groups: list[LinkGroup], group_index: int, index: int | None, visible: bool
) -> bool:
    """Show or hide a group (*index* None) or one of its links; return the previous setting."""
    group = _group(groups, group_index)
    item: LinkGroup | Link = group
    if index is not None:
        _check_link_index(group, index)
        item = group.links[index]
    previous, item.visible = item.visible, visible
    return previous


def sort_group(group: LinkGroup) -> list[Link]:
    """Sort the links of *group* by name in Vietnamese order; return the previous order."""
    previous = list(group.links)
    group.links.sort(key=lambda link: sort_key(link.name))  # stable: equal names keep order
    return previous


def restore_order(group: LinkGroup, previous: list[Link]) -> None:
    """Undo sort_group: put the same links back in the *previous* order."""
    if sorted(map(id, previous)) != sorted(map(id, group.links)):
        raise LinkError("links.changed_since_sorted", group=group.name)
    group.links[:] = previous


# --- CSV -------------------------------------------------------------------

CSV_COLUMNS = ("group", "name", "url", "visible")
_VISIBLE_WORDS = {
    "1": True, "true": True, "yes": True, "y": True, "x": True, "co": True, "hien": True,
    "": False, "0": False, "false": False, "no": False, "n": False, "khong": False, "an": False,
}  # fmt: skip
# Excel, LibreOffice and Sheets run a cell starting with one of these as a formula.
_FORMULA_STARTS = frozenset("=+-@\t\r")
MAX_CSV_BYTES = 20 * 1024 * 1024


@dataclass
class CsvProblem:
    """One row of a CSV file that cannot be imported."""

    line: int
    reason: str  # a Message: its code says why

    @property
    def message(self) -> Message:
        return Message("csv.line", line=self.line, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


@dataclass
class CsvImport:
    """The groups read from a CSV file, the rows skipped, and where https:// was added."""

    groups: list[LinkGroup]
    problems: list[CsvProblem] = field(default_factory=list)
    scheme_added: list[int] = field(default_factory=list)
    # Links whose address their group already has on an earlier line: left out, not refused.
    repeated: list[CsvProblem] = field(default_factory=list)


class CsvImportError(LinkError):
    """A CSV file cannot be imported; *problems* lists every bad row."""

    def __init__(self, message: str, problems: list[CsvProblem] | None = None) -> None:
        self.problems = list(problems or [])
        self.summary = Message.of(message)
        super().__init__(self.summary)
        self.args = ("\n".join([self.summary, *map(str, self.problems)]),)

    def render(self, translate: Translate | None = None) -> str:
        lines = [self.summary, *(problem.message for problem in self.problems)]
        return "\n".join(line.render(translate) for line in lines)


def _is_formula(cell: str) -> bool:
    return cell.lstrip("'")[:1] in _FORMULA_STARTS


def _guard(cell: str) -> str:
    """Drop control characters; prefix "'" to a cell a spreadsheet would run (or so prefixed)."""
    cell = clean_text(cell)
    return "'" + cell if _is_formula(cell) else cell


def _unguard(cell: str) -> str:
    """Remove the "'" that _guard added; other apostrophes stay."""
    return cell[1:] if cell.startswith("'") and _is_formula(cell) else cell


def export_csv(groups: list[LinkGroup], delimiter: str = ",") -> str:
    """Return the link list as CSV text (CRLF line ends, no BOM).

    Columns group, name, url, visible ("yes"/"no"). Each group has a row of
    its own with empty name and url, carrying the group's visibility (and
    keeping empty groups), followed by one row per link. A cell starting
    with = + - @ gets a leading "'" so a spreadsheet does not run it.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        group_cell = _guard(group.name)
        writer.writerow([group_cell, "", "", "yes" if group.visible else "no"])
        for link in group.links:
            visible = "yes" if link.visible else "no"
            writer.writerow([group_cell, _guard(link.name), _guard(link.url), visible])
    return out.getvalue()


def csv_bytes(groups: list[LinkGroup], delimiter: str = ",") -> bytes:
    """Return the link list as the bytes of a CSV file: UTF-8 with a BOM for Excel."""
    return export_csv(groups, delimiter).encode("utf-8-sig")


def write_links_csv(groups: list[LinkGroup], path: Path | str, delimiter: str = ",") -> None:
    """Write the link list to *path* atomically, as UTF-8 with a BOM for Excel."""
    write_bytes_atomic(Path(path), csv_bytes(groups, delimiter))


def _csv_text(source: Path | str | bytes) -> str:
    """Return the text of a CSV file (a Path), raw bytes, or text itself."""
    if isinstance(source, Path):
        try:
            source = read_regular_file(source, MAX_CSV_BYTES)
        except ReadError as exc:
            raise CsvImportError(Message("file.cannot_read", error=exc)) from None
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CsvImportError("csv.not_utf8") from None
    return nfc(source.removeprefix("\ufeff"))


def _header_columns(text: str) -> tuple[str, list[str]]:
    """Return the separator and the column order named on the header line."""
    first_line = text.splitlines()[0] if text.strip() else ""
    for delimiter in (",", ";"):  # the one that splits the header into the four names wins
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        columns = [cell.strip().lower() for cell in cells]
        while len(columns) > len(CSV_COLUMNS) and not columns[-1]:
            columns.pop()  # Excel pads rows with empty cells
        if sorted(columns) == sorted(CSV_COLUMNS):
            return delimiter, columns
    raise CsvImportError("csv.bad_header")


def _parse_row(cells: dict[str, str]) -> tuple[str, Link | bool, bool, list[Message]]:
    """Return (group name, the link or the group's visibility, https added, problems)."""
    group_name, name = (" ".join(cells[key].split()) for key in ("group", "name"))
    url, added, reasons = cells["url"], False, list[Message]()
    visible = _VISIBLE_WORDS.get(fold(cells["visible"]))
    if not group_name:
        reasons.append(Message("csv.no_group_name"))
    if visible is None:
        reasons.append(Message("csv.bad_visible", value=cells["visible"]))
    if name and not url:
        reasons.append(Message("csv.no_address"))
    elif url and not name:
        reasons.append(Message("csv.no_name"))
    elif url:
        try:
            url, added = normalise_url(url)
        except LinkError as exc:
            reasons.append(exc.message)
    item = Link(name, url, bool(visible)) if name else bool(visible)
    return group_name, item, added, reasons


def _joined(reasons: list[Message]) -> Message:
    """Return the reasons as one message, separated by "; "."""
    joined = reasons[-1]
    for reason in reversed(reasons[:-1]):
        joined = Message("text.semicolon", first=reason, rest=joined)
    return joined


def _rows(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """Yield the reader's rows; a cell over the csv module's limit is a CsvImportError."""
    try:
        yield from reader
    except csv.Error as exc:
        line = getattr(reader, "line_num", 0)
        if "field limit" in str(exc):
            limit = csv.field_size_limit()
            raise CsvImportError(Message("csv.cell_too_long", line=line, limit=limit)) from None
        raise CsvImportError(Message("csv.invalid", line=line, detail=exc)) from None


def read_links_csv(source: Path | str | bytes, skip_bad_rows: bool = False) -> CsvImport:
    """Read a link list from CSV: a Path is a file, bytes its content, str CSV text.

    Accepts a BOM or none, "," or ";" (whichever splits the header), CRLF or
    LF, quoted fields. A row with an empty name and url describes its group
    (its visibility); visible accepts 1/0, true/false, yes/no, có/không, x or
    empty (hidden). Blank rows are ignored. Unless *skip_bad_rows*, one bad
    row makes the whole import fail with every bad row listed. A link whose
    address its group already has is left out and listed in ``repeated``.
    """
    text = _csv_text(source)
    delimiter, columns = _header_columns(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader)
    result = CsvImport([])
    by_name: dict[str, LinkGroup] = {}
    group_rows: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}  # (group, address) -> the line that has it first
    line = reader.line_num + 1
    for row in _rows(reader):
        # A quoted field may span lines; report the line the row starts on.
        row_line, line = line, reader.line_num + 1
        while len(row) > len(columns) and not row[-1].strip():
            row.pop()
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            # More cells than columns, with "," between them: a comma inside a cell, unquoted.
            code = "csv.columns_comma" if len(row) > len(columns) and delimiter == "," else None
            reason = Message(code or "csv.columns", count=len(row), expected=len(columns))
            result.problems.append(CsvProblem(row_line, reason))
            continue
        cells = {column: _unguard(cell.strip()) for column, cell in zip(columns, row, strict=True)}
        group_name, item, added, reasons = _parse_row(cells)
        key = group_name.casefold()
        if isinstance(item, bool) and key in group_rows:
            reasons.append(Message("csv.group_row_twice", group=group_name, line=group_rows[key]))
        if reasons:
            result.problems.append(CsvProblem(row_line, _joined(reasons)))
            continue
        if added:
            result.scheme_added.append(row_line)
        if key not in by_name:
            by_name[key] = LinkGroup(group_name)
            result.groups.append(by_name[key])
        if isinstance(item, Link):
            first = seen.setdefault((key, url_key(item.url)), row_line)
            if first != row_line:
                repeated = Message("csv.repeated", line=first, group=by_name[key].name)
                result.repeated.append(CsvProblem(row_line, repeated))
                continue
            by_name[key].links.append(item)
        else:
            group_rows[key] = row_line
            by_name[key].visible = item
    if result.problems and not skip_bad_rows:
        count = len(result.problems)
        rows = Message("csv.rejected_one" if count == 1 else "csv.rejected_many", count=count)
        raise CsvImportError(rows, result.problems)
    if not result.groups:
        raise CsvImportError("csv.empty")
    return result


def merge(
    existing: list[LinkGroup], imported: list[LinkGroup], replace: bool = True
) -> list[LinkGroup]:
    """Return the link list after an import; the inputs are left unchanged.

    With *replace* (what ``deskeditor links import`` does) the result is
    exactly *imported*. Otherwise imported groups join the existing group of
    the same name (ignoring case), adding only links whose address is new to
    it and keeping that group's visibility; new groups go at the end.
    """
    if replace:
        return copy.deepcopy(imported)
    result = copy.deepcopy(existing)
    by_name = {group.name.casefold(): group for group in result}
    for group in copy.deepcopy(imported):
        target = by_name.get(group.name.casefold())
        if target is None:
            result.append(group)
            by_name[group.name.casefold()] = group
            continue
        known = {url_key(link.url) for link in target.links}
        for link in group.links:
            if url_key(link.url) not in known:
                known.add(url_key(link.url))
                target.links.append(link)
    return result
