"""The parser of the command line; its help text is the command-line reference."""

from __future__ import annotations

import argparse
from pathlib import Path

from deskeditor import __version__
from deskeditor.cli.output import PROG, UsageError


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError("cli.usage", message=message, prog=self.prog)


def _output(text: str) -> Path:
    """An output file or folder the user names: refused if Windows cannot hold it; new names NFC.

    Checked here, as the command line is read, so that every command that
    writes a file the user names (export, links export, settings export)
    refuses such a name before anything is read or written, on every platform.
    """
    from deskeditor.filenames import output_path

    return output_path(text)


def _input(text: str) -> Path:
    """A file or folder the user names to read: found whichever Unicode form its name has."""
    from deskeditor.filenames import existing_path

    return existing_path(text)


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
    cmd.add_argument("article", metavar="ARTICLE.json|DRAFT.docx", type=_input)
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
        type=_output,
        help="interchange JSON; photos go to photos/NAME/ beside it (NAME: FILE without .json)",
    )
    cmd.add_argument(
        "--html",
        metavar="DIR",
        type=_output,
        help="web page folder: DIR/index.html and DIR/images/",
    )
    cmd.add_argument(
        "--html-single",
        metavar="FILE",
        type=_output,
        help="one self-contained page, photos inlined",
    )
    cmd.add_argument(
        "--html-fragment",
        metavar="FILE",
        type=_output,
        help="the article body for the portal's CMS; its images go to images/NAME/ beside FILE",
    )
    cmd.add_argument(
        "--images-url",
        metavar="URL",
        help="with --html-fragment: the portal's media address the images/ files are "
        "uploaded to; each photo's src becomes URL/ and its file name "
        "(URL/TITLE-ID-anh-1.jpg)",
    )
    cmd.add_argument(
        "--docx",
        metavar="FILE",
        type=_output,
        help="Word document for sign-off (approval slip + article); FILE must end in .docx",
    )
    cmd.add_argument(
        "--overwrite", action="store_true", help="replace existing export files instead of refusing"
    )
    cmd.add_argument(
        "--templates",
        metavar="DIR",
        type=_input,
        help="a folder of page templates and stylesheet replacing the built-in ones",
    )
    _add_db(cmd)

    cmd = commands.add_parser(
        "show",
        help="status, version code, approval record and revisions, one fact a line",
        description="Show article ID: its status, version code, approval record and "
        "revisions, one fact a line.",
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
    cmd.add_argument(
        "file", metavar="FILE.json", type=_output, help="the JSON file ('-': standard output)"
    )
    cmd.add_argument("--overwrite", action="store_true", help="replace an existing file")
    _add_db(cmd)
    cmd = setting_commands.add_parser(
        "import",
        help="set the site profile and categories from FILE.json; a bad file changes nothing",
    )
    cmd.add_argument("file", metavar="FILE.json", type=_input)
    _add_db(cmd)

    cmd = commands.add_parser(
        "verify",
        help="does this export's content (HTML page or folder, CMS fragment, .docx) "
        "match an approved revision?",
    )
    cmd.add_argument("file", metavar="FILE", type=_input)
    _add_db(cmd)

    links = commands.add_parser("links", help="import or export the portal's link list")
    _add_db(links)
    link_commands = links.add_subparsers(
        dest="links_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    cmd = link_commands.add_parser(
        "import", help="replace the link list with a CSV file (columns group,name,url,visible)"
    )
    cmd.add_argument("csv", metavar="FILE.csv", type=_input)
    cmd.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows even if some are bad"
    )
    _add_db(cmd)
    cmd = link_commands.add_parser(
        "export",
        help="write the link list as CSV, or as HTML with --html",
        description="Write the link list as CSV (UTF-8 with a byte order mark, for Excel), "
        "or with --html the sidebar snippet of the visible groups. '-' as the file writes "
        "the same bytes to standard output.",
    )
    cmd.add_argument(
        "csv",
        metavar="FILE.csv",
        type=_output,
        nargs="?",
        help="the CSV file ('-': standard output)",
    )
    cmd.add_argument(
        "--html",
        metavar="FILE",
        type=_output,
        help="the sidebar HTML snippet ('-': standard output)",
    )
    cmd.add_argument(
        "--semicolon",
        action="store_true",
        help="separate CSV columns with ';' (Excel in Vietnamese)",
    )
    cmd.add_argument("--overwrite", action="store_true", help="replace an existing file")
    _add_db(cmd)

    cmd = commands.add_parser(
        "list",
        help="one line per article: id, status, date, title (tab-separated)",
        description="One line per article, newest first: the id, the status (draft, submitted, "
        "approved, published, returned), the publication date (YYYY-MM-DDTHH:MM) and the "
        "title, separated by tabs.",
    )
    _add_db(cmd)

    cmd = commands.add_parser("search", help="articles matching QUERY, best match first")
    cmd.add_argument("query", metavar="QUERY")
    _add_db(cmd)

    cmd = commands.add_parser(
        "backup",
        help="write a consistent copy of the store to DEST (none of a damaged store)",
        description="Write a consistent, checked copy of the store, even while the window has "
        "it open. DEST is a file, or an existing folder in which the copy is named like a daily "
        "backup (DEST ending in a separator must be a folder). An existing file is replaced "
        "only with --overwrite, and never the store itself. A damaged store gets no copy "
        "(exit 3).",
    )
    # A string: "D:\\SaoLuu\\" ends in a separator, so it must be a folder (Path drops it).
    cmd.add_argument("dest", metavar="DEST", help="a file, or a folder to name the copy in")
    cmd.add_argument("--overwrite", action="store_true", help="replace an existing file")
    _add_db(cmd)

    cmd = commands.add_parser(
        "restore", help="put a backup back (keeping a copy of what it replaces)"
    )
    cmd.add_argument("backup", metavar="BACKUP", type=Path)
    _add_db(cmd)

    cmd = commands.add_parser(
        "check",
        help="integrity report; exit 3 if the store is damaged or not a store at all",
        description="Check the whole store: SQLite's own check, every photo's bytes against "
        "their fingerprint and every revision's content against its version code. One line "
        "per problem; exit 3 if there is any, 0 when the store is sound.",
    )
    _add_db(cmd)
    return parser
