"""The ``deskeditor`` command: no subcommand opens the window, subcommands work headless.

Every error is one line on stderr and a non-zero exit; the store is left as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor import __version__
from deskeditor.errors import (
    DeskEditorError,
    Message,
    NotAStoreError,
    StoreDamagedError,
    StoreError,
)
from deskeditor.model import Approval, ArticleSummary

if TYPE_CHECKING:
    from deskeditor.store import Store

PROG = "deskeditor"
EXIT_ERROR = 1
SETTINGS_FILE_BYTES = 1024 * 1024  # a site profile and a category list
EXIT_USAGE = 2
EXIT_DAMAGED = 3
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a Unix tool whose reader left


class UsageError(DeskEditorError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError("cli.usage", message=message, prog=self.prog)


def _add_db(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        default=None if top else argparse.SUPPRESS,
        help="the store file (default: DESKEDITOR_DB, else the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser; its help text is the command-line reference."""
    parser = _Parser(
        prog=PROG,
        description="Soạn tin bài cho Trang thông tin điện tử. "
        "Without a subcommand, opens the editor window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_db(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    cmd = commands.add_parser(
        "import",
        help="add an article from interchange JSON (with its approval while it still applies) "
        "or from a Word draft (.docx, as a draft); print its id",
        description="Add an article and print its id. Interchange JSON brings its approval "
        "while it still applies. A Word draft (.docx: told by its content, not its name) "
        "becomes a draft with its photos; what it could not bring in (text boxes, shapes, "
        "footnotes, comments, refused links...) and its tracked changes (insertions kept, "
        "deletions dropped) are listed on stderr, one 'warning:' line each.",
    )
    cmd.add_argument("article", metavar="ARTICLE.json|DRAFT.docx", type=Path)
    cmd.add_argument(
        "--allow-outside-photos",
        action="store_true",
        help="JSON only: accept photo files outside the JSON file's folder (absolute paths, '..')",
    )
    _add_db(cmd)

    cmd = commands.add_parser(
        "export",
        help="export an article",
        description="Export an article. Missing folders are created; either every output "
        "is written or, on any error, none is. Each export's photos go to a folder of its "
        "own, so exports of different articles side by side never replace each other's.",
    )
    cmd.add_argument("id", metavar="ID", type=int)
    cmd.add_argument(
        "--json",
        metavar="FILE",
        type=Path,
        help="interchange JSON; photos go to photos/NAME/ beside it (NAME: FILE without .json)",
    )
    cmd.add_argument(
        "--html", metavar="DIR", type=Path, help="web page folder: DIR/index.html and DIR/images/"
    )
    cmd.add_argument(
        "--html-single", metavar="FILE", type=Path, help="one self-contained page, photos inlined"
    )
    cmd.add_argument(
        "--html-fragment",
        metavar="FILE",
        type=Path,
        help="the article body for the portal's CMS; its images go to images/NAME/ beside FILE",
    )
    cmd.add_argument(
        "--images-url",
        metavar="URL",
        help="with --html-fragment: the portal's media address the images/ files are "
        "uploaded to; the photos' src becomes URL/NAME",
    )
    cmd.add_argument(
        "--docx",
        metavar="FILE",
        type=Path,
        help="Word document for sign-off (approval slip + article); FILE must end in .docx",
    )
    cmd.add_argument(
        "--overwrite", action="store_true", help="replace existing export files instead of refusing"
    )
    cmd.add_argument(
        "--templates",
        metavar="DIR",
        type=Path,
        help="a folder of page templates and stylesheet replacing the built-in ones",
    )
    _add_db(cmd)

    cmd = commands.add_parser(
        "show", help="status, version code, approval record and revisions, one fact a line"
    )
    cmd.add_argument("id", metavar="ID", type=int)
    _add_db(cmd)

    cmd = commands.add_parser("submit", help="send a draft for sign-off: Nháp/Trả lại → Chờ duyệt")
    cmd.add_argument("id", metavar="ID", type=int)
    _add_db(cmd)

    cmd = commands.add_parser(
        "decide",
        help="record the approver's decision on a submitted article",
        description="Đồng ý đăng (--approve) → Đã duyệt; Sửa lại (--revise) or Không đăng "
        "(--reject) → Trả lại, which need --comment.",
    )
    cmd.add_argument("id", metavar="ID", type=int)
    decision = cmd.add_mutually_exclusive_group(required=True)
    for flag, meaning in (
        ("approve", "Đồng ý đăng: approve for publication"),
        ("revise", "Sửa lại: send back for changes"),
        ("reject", "Không đăng: reject"),
    ):
        decision.add_argument(
            f"--{flag}", dest="decision", action="store_const", const=flag, help=meaning
        )
    cmd.add_argument("--by", metavar="NAME", required=True, help="the approver's name")
    cmd.add_argument(
        "--position",
        metavar="TEXT",
        help="the approver's position (default: the site profile's approver position)",
    )
    cmd.add_argument("--comment", metavar="TEXT", default="", help="the approver's comment")
    _add_db(cmd)

    cmd = commands.add_parser("publish", help="mark an approved article as put online: → Đã đăng")
    cmd.add_argument("id", metavar="ID", type=int)
    _add_db(cmd)

    settings = commands.add_parser(
        "settings", help="export or import the site profile and the categories (JSON)"
    )
    _add_db(settings)
    setting_commands = settings.add_subparsers(
        dest="settings_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    cmd = setting_commands.add_parser("export", help="write the site profile and categories")
    cmd.add_argument("file", metavar="FILE.json", type=Path)
    cmd.add_argument("--overwrite", action="store_true", help="replace an existing file")
    _add_db(cmd)
    cmd = setting_commands.add_parser(
        "import",
        help="set the site profile and categories from FILE.json; a bad file changes nothing",
    )
    cmd.add_argument("file", metavar="FILE.json", type=Path)
    _add_db(cmd)

    cmd = commands.add_parser(
        "verify",
        help="does this export's content (HTML page or folder, CMS fragment, .docx) "
        "match an approved revision?",
    )
    cmd.add_argument("file", metavar="FILE", type=Path)
    _add_db(cmd)

    links = commands.add_parser("links", help="import or export the portal's link list")
    _add_db(links)
    link_commands = links.add_subparsers(
        dest="links_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    cmd = link_commands.add_parser(
        "import", help="replace the link list with a CSV file (columns group,name,url,visible)"
    )
    cmd.add_argument("csv", metavar="FILE.csv", type=Path)
    cmd.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows even if some are bad"
    )
    _add_db(cmd)
    cmd = link_commands.add_parser(
        "export", help="write the link list as CSV, or as HTML with --html"
    )
    cmd.add_argument("csv", metavar="FILE.csv", type=Path, nargs="?")
    cmd.add_argument("--html", metavar="FILE", type=Path, help="the sidebar HTML snippet")
    cmd.add_argument(
        "--semicolon",
        action="store_true",
        help="separate CSV columns with ';' (Excel in Vietnamese)",
    )
    cmd.add_argument("--overwrite", action="store_true", help="replace an existing file")
    _add_db(cmd)

    cmd = commands.add_parser(
        "list", help="one line per article: id, status, date, title (tab-separated)"
    )
    _add_db(cmd)

    cmd = commands.add_parser("search", help="articles matching QUERY, best match first")
    cmd.add_argument("query", metavar="QUERY")
    _add_db(cmd)

    cmd = commands.add_parser(
        "backup", help="write a consistent copy of the store to DEST (none of a damaged store)"
    )
    cmd.add_argument("dest", metavar="DEST", type=Path)
    _add_db(cmd)

    cmd = commands.add_parser(
        "restore", help="put a backup back (keeping a copy of what it replaces)"
    )
    cmd.add_argument("backup", metavar="BACKUP", type=Path)
    _add_db(cmd)

    cmd = commands.add_parser(
        "check", help="integrity report; exit 3 if the store is damaged or not a store at all"
    )
    _add_db(cmd)
    return parser


def _resolve_db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Return the store path and, for the default one, what moving an old store did."""
    if args.db is not None:
        return args.db, None
    from deskeditor.paths import locate_default_store

    return locate_default_store()


def _db_path(args: argparse.Namespace) -> Path:
    path, move = _resolve_db(args)
    if move is not None:
        say(f"{PROG}: {move}", err=True)
    return path  # type: ignore[no-any-return]


def _open(args: argparse.Namespace, create: bool = False):  # type: ignore[no-untyped-def]
    """Open the store to change it; only commands that add content may *create* a new one."""
    from deskeditor.store import Store

    return Store(_db_path(args), create=create)


@contextlib.contextmanager
def _open_for_reading(args: argparse.Namespace) -> Iterator[Store]:
    """Open the store to read it, for every command that only reads.

    The store file, its mode and its folder stay exactly as they were (no
    lock file, no journal change, no migration); it may be held by the window
    meanwhile. A missing store is an error, not a new empty one. What SQLite
    reports while reading (damage, a store that must be upgraded first)
    becomes a named error.
    """
    from deskeditor.store import Store

    store = Store(_db_path(args), snapshot=True)
    try:
        for warning in store.warnings:
            say(f"{PROG}: warning: {warning}", err=True)
        with store.errors_in_words():
            yield store
        if store.changed_while_open():
            raise StoreError("store.changed_while_read", path=store.path)
    finally:
        store.close()


# Characters a terminal would act on instead of showing: C0 and C1 controls (escape
# sequences, bell, carriage return...), DEL, and the bidirectional formatting marks.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    r"""Return *text* with the characters a terminal would act on shown escaped (``\x1b``).

    A tab stays (it separates columns); a newline inside user data is shown
    as ``\x0a``, so one record stays one line.
    """

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


def say(text: object, *, err: bool = False) -> None:
    """Print one line of output (or of error, with *err*), control characters escaped.

    Every line the command line prints goes through here: titles, file names
    and error messages may hold what a user or an attacker typed.
    """
    with _closed_pipe_named():
        print(printable(str(text)), file=sys.stderr if err else sys.stdout)


# Windows reports a reader that went away as EINVAL, not as a broken pipe.
_READER_GONE = {errno.EINVAL} if sys.platform == "win32" else set()


@contextlib.contextmanager
def _closed_pipe_named() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno in _READER_GONE and not isinstance(exc, BrokenPipeError):
            raise BrokenPipeError(errno.EPIPE, "the reader closed the pipe") from None
        raise


def _print_summaries(rows: list[ArticleSummary]) -> None:
    from deskeditor.jsonio import format_datetime

    for row in rows:
        date = format_datetime(row.published_at) if row.published_at else ""
        title = row.title.replace("\t", " ")
        say(f"{row.id}\t{row.status.value}\t{date}\t{title}")


def cmd_import(args: argparse.Namespace) -> int:
    from deskeditor.wordimport.container import meant_for_word

    if meant_for_word(args.article):  # a zip or an OLE file, or no JSON named .docx
        return _import_word(args)
    from deskeditor.interchange import import_with_approval
    from deskeditor.jsonio import read_interchange

    article, approval = read_interchange(
        args.article, allow_outside_photos=args.allow_outside_photos
    )  # a bad file: no store is made
    with _open(args, create=True) as store, _native_stderr_silenced():
        result = import_with_approval(store, article, approval)
    say(result.article_id)
    if result.approval_note:
        say(f"{PROG}: warning: {result.approval_note}", err=True)
    return 0


def _import_word(args: argparse.Namespace) -> int:
    from deskeditor.wordimport import read_docx, store_draft

    with _native_stderr_silenced():
        draft = read_docx(args.article)  # a bad file: no store is made
    with _open(args, create=True) as store, _native_stderr_silenced():
        article_id = store_draft(store, draft)
    say(article_id)
    for item in draft.report:
        say(f"{PROG}: warning: {item.message}", err=True)
    return 0


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Keep image decoders' own messages (libtiff writes to fd 2) and warnings off stderr.

    An error is one line; what the decoder said is replaced by our sentence.
    With DESKEDITOR_DEBUG set, everything is shown.
    """
    if os.environ.get("DESKEDITOR_DEBUG"):
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as sink, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.dup2(sink.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def cmd_export(args: argparse.Namespace) -> int:
    outputs = {name: getattr(args, name) for name in EXPORT_OUTPUTS}
    if not any(outputs.values()):
        raise UsageError("cli.export_needs_output")
    if args.docx is not None and args.docx.suffix.lower() != ".docx":
        raise UsageError("cli.docx_suffix", path=args.docx)
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.interchange import export_json
    from deskeditor.safeio import StagedFiles

    if args.images_url is not None and args.html_fragment is None:
        raise UsageError("cli.images_url_alone")
    options = ExportOptions(
        overwrite=args.overwrite, template_dir=args.templates, images_url=args.images_url or ""
    )
    # Every output is staged first; only when all are written do they replace anything.
    with _open_for_reading(args) as store, StagedFiles() as batch:
        if args.json is not None:
            export_json(store, args.id, args.json, overwrite=args.overwrite, batch=batch)
        if any(value for name, value in outputs.items() if name != "json"):
            context = context_for(store, args.id)
            for name, target in outputs.items():
                if target is not None and name != "json":
                    EXPORT_OUTPUTS[name]()(context, target, options, batch)
        batch.commit()
        if any(value for name, value in outputs.items() if name != "json"):
            _warn_missing_profile(store)  # once written: a failed export says only why
    return 0


def _html_writer(function: str) -> Callable[[], Callable[..., object]]:
    def load() -> Callable[..., object]:
        from deskeditor.export import html

        return getattr(html, function)  # type: ignore[no-any-return]

    return load


# Output option -> loader of the writer (exporters are imported only when used).
EXPORT_OUTPUTS: dict[str, Callable[[], Callable[..., object]]] = {
    "json": lambda: lambda *args: None,
    "html": _html_writer("write_html_folder"),
    "html_single": _html_writer("write_html_single"),
    "html_fragment": _html_writer("write_html_fragment"),
    "docx": lambda: _docx_writer(),
}


def _docx_writer() -> Callable[..., object]:
    from deskeditor.export.docx import write_docx

    return write_docx


def cmd_verify(args: argparse.Namespace) -> int:
    from deskeditor.export.verify import verify_file

    with _open_for_reading(args) as store:
        result = verify_file(store, args.file)
    for line in result.message.split("\n"):  # the verdict, then one difference a line
        say(line)
    return 0 if result.ok else EXIT_ERROR


def cmd_links(args: argparse.Namespace) -> int:
    from deskeditor import links

    if args.links_command == "import":
        try:
            result = links.read_links_csv(args.csv, skip_bad_rows=args.skip_bad_rows)
        except links.CsvImportError as exc:
            # One line, as every error: the bad rows joined with "; ".
            summary = str(exc).splitlines()[0].rstrip(":")
            rows = "; ".join(str(problem) for problem in exc.problems)
            raise DeskEditorError(
                Message("cli.csv_rows", args.csv.name, summary=summary, rows=rows)
                if rows
                else exc.message
            ) from None
        with _open(args, create=True) as store:
            store.replace_link_groups(links.merge(store.link_groups(), result.groups))
        for problem in result.problems:
            say(f"skipped {problem}", err=True)
        return 0
    if (args.csv is None) == (args.html is None):
        raise UsageError("cli.links_export_target")
    target = args.csv or args.html
    if target.exists() and not args.overwrite:
        raise DeskEditorError("cli.exists", path=target)
    with _open_for_reading(args) as store:
        groups = store.link_groups()
    if args.csv is not None:
        links.write_links_csv(groups, args.csv, ";" if args.semicolon else ",")
    else:
        from deskeditor.export.html import link_list_html
        from deskeditor.safeio import write_text_atomic

        write_text_atomic(args.html, link_list_html(groups))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _open_for_reading(args) as store:
        _print_summaries(store.list_articles())
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open_for_reading(args) as store:
        _print_summaries(store.search(args.query))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    # Read-only: works while the window has the store open. A damaged store gets no backup.
    with _open_for_reading(args) as store:
        say(store.backup(args.dest))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from deskeditor.backups import restore

    path = _db_path(args)
    safety = restore(path, args.backup)
    if safety is not None:
        say(f"the store as it was is kept in {safety}")
    say(f"{path}: restored from {args.backup}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = _db_path(args)
    try:
        with _open_for_reading(args) as store:
            problems = store.check()
            articles = None if problems else store.count_articles()
    except NotAStoreError as exc:
        say(f"{path}: not a deskeditor store ({exc.reason})")
        return EXIT_DAMAGED
    except StoreDamagedError as exc:
        problems = [exc.detail]
    for problem in problems:
        say(problem)
    if problems:
        say(f"{path}: damaged ({len(problems)} problems)")
        return EXIT_DAMAGED
    say(f"{path}: ok ({articles} articles)")
    return 0


def _format_when(value: object) -> str:
    from deskeditor.jsonio import format_datetime

    return format_datetime(value) if value is not None else ""  # type: ignore[arg-type]


def _decision_line(record: Approval) -> str:
    who = record.approver_name + (
        f" ({record.approver_position})" if record.approver_position else ""
    )
    from deskeditor.store.workflow import DECIDED

    decided = f"{DECIDED[record.decision]} ({record.decision.label})"
    line = f"{decided} by {who} on {_format_when(record.decided_at)}"
    if record.comment:
        line += f": {record.comment}"
    return line + (" [voided]" if record.voided else "")


def cmd_show(args: argparse.Namespace) -> int:
    from deskeditor.store.workflow import history, workflow_state

    with _open_for_reading(args) as store:
        state = workflow_state(store, args.id)
        article = store.get_article(args.id)
        entries = history(store, args.id)
        code = store.current_version_code(args.id)
    number = {entry.revision.id: entry.revision.number for entry in entries}
    lines = [
        f"article: {args.id}",
        f"title: {article.title}",
        f"status: {state.status.value} ({state.status.label})",
        f"version code: {code}",
        f"revision: {number.get(state.revision_id, '?')}",
    ]
    if state.submitted_at:
        lines.append(f"submitted: {_format_when(state.submitted_at)}")
    if state.approval is not None:
        decided_on = number.get(state.approval.revision_id, "?")
        lines.append(f"approval: {_decision_line(state.approval)} (revision {decided_on})")
    if state.published_at:
        lines.append(f"published: {_format_when(state.published_at)}")
    for entry in entries:
        revision = entry.revision
        line = f"revision {revision.number}: {revision.version_code} saved {revision.created_at}"
        for record in entry.approvals:
            line += f"; {_decision_line(record)}"
        if entry.published_at:
            line += f"; published {_format_when(entry.published_at)}"
        lines.append(line)
    for line in lines:
        say(line)
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from deskeditor.store.workflow import submit

    with _open(args) as store:
        _move(args.id, "submit", lambda: submit(store, args.id))
        say(f"article {args.id}: submitted, version {store.current_version_code(args.id)}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from deskeditor.model import Decision
    from deskeditor.store.workflow import decide

    if args.decision != "approve" and not args.comment.strip():
        raise UsageError("cli.comment_needed", decision=args.decision)
    with _open(args) as store:
        position = args.position
        if position is None:
            position = store.site_profile().approver_position
        verb = {"approve": "approve", "revise": "send back", "reject": "reject"}[args.decision]
        _move(
            args.id,
            verb,
            lambda: decide(
                store, args.id, args.by, position, Decision(args.decision), args.comment
            ),
        )
        status = store.get_article(args.id).status
    say(f"article {args.id}: {status.value} ({status.label})")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from deskeditor.store.workflow import publish

    with _open(args) as store:
        _move(args.id, "publish", lambda: publish(store, args.id))
    say(f"article {args.id}: published")
    return 0


def _move(article_id: int, verb: str, move: Callable[[], object]) -> object:
    """Make a workflow move; a refusal names the article and the reason."""
    from deskeditor.store.workflow import WorkflowError

    try:
        return move()
    except WorkflowError as exc:
        raise DeskEditorError("cli.move_refused", verb=verb, id=article_id, error=exc) from None


def cmd_settings(args: argparse.Namespace) -> int:
    import json

    from deskeditor.profile import settings_from_dict, settings_to_dict
    from deskeditor.safeio import read_regular_file, write_text_atomic

    if args.settings_command == "export":
        if args.file.exists() and not args.overwrite:
            raise DeskEditorError("cli.exists", path=args.file)
        with _open_for_reading(args) as store:
            data = settings_to_dict(store.site_profile(), store.categories())
        write_text_atomic(args.file, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    try:
        data = json.loads(read_regular_file(args.file, SETTINGS_FILE_BYTES).decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DeskEditorError(Message("json.not_utf8", args.file)) from None
    except (json.JSONDecodeError, RecursionError) as exc:
        where = (
            Message("cli.json_invalid_at", line=exc.lineno, column=exc.colno)
            if isinstance(exc, json.JSONDecodeError)
            else Message("cli.json_invalid")
        )
        raise DeskEditorError(Message.of(where, args.file)) from None
    with _open(args, create=True) as store:
        profile, categories = settings_from_dict(data, store.site_profile())
        with store.transaction():
            if profile is not None:
                store.save_site_profile(profile)
            if categories is not None:
                for name in categories:
                    store.ensure_category(name)
                rest = [name for name in store.categories() if name not in categories]
                store.reorder_categories(categories + rest)
    return 0


def _warn_missing_profile(store: Store) -> None:
    """One line on stderr when the exports will show empty site details."""
    from deskeditor.profile import missing_for_export

    missing = missing_for_export(store.site_profile())
    if missing:
        say(
            f"{PROG}: warning: the site profile has no {', '.join(missing)};"
            " set it with 'deskeditor settings import FILE.json'",
            err=True,
        )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "verify": cmd_verify,
    "show": cmd_show,
    "submit": cmd_submit,
    "decide": cmd_decide,
    "publish": cmd_publish,
    "settings": cmd_settings,
    "links": cmd_links,
    "list": cmd_list,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}


def _use_utf8_output() -> None:
    # A piped stdout on Windows would otherwise use the ANSI code page and fail on "ộ".
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _use_utf8_output()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from deskeditor.app import run_gui

            return run_gui(*_resolve_db(args))
        status = COMMANDS[args.command](args)
        with _closed_pipe_named():
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except BrokenPipeError:
        return _closed_pipe()
    except UsageError as exc:
        say(f"{PROG}: {exc}", err=True)
        return EXIT_USAGE
    except StoreDamagedError as exc:
        say(f"{PROG}: {exc}", err=True)
        return EXIT_DAMAGED
    except DeskEditorError as exc:
        say(f"{PROG}: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        say(f"{PROG}: interrupted", err=True)
        return 130
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("DESKEDITOR_DEBUG"):
            raise
        say(f"{PROG}: unexpected error: {type(exc).__name__}: {exc}", err=True)
        return EXIT_ERROR


def _closed_pipe() -> int:
    """Stop quietly when the reader went away (``deskeditor list | head -1``), as Unix tools do."""
    try:
        # What is still buffered has nowhere to go; without this, Python complains at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_CLOSED_PIPE
