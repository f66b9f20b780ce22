"""Articles in and out of the list: import (JSON or a Word draft), list and search."""

from __future__ import annotations

import argparse

from deskeditor.cli.opening import open_for_reading, store_to_add_to
from deskeditor.cli.output import PROG, native_stderr_silenced, say
from deskeditor.model import ArticleSummary


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
    with store_to_add_to(args) as store, native_stderr_silenced():
        result = import_with_approval(store, article, approval)
    say(result.article_id)
    if result.approval_note:
        say(f"{PROG}: warning: {result.approval_note}", err=True)
    return 0


def _import_word(args: argparse.Namespace) -> int:
    from deskeditor.wordimport import read_docx, store_draft

    with native_stderr_silenced():
        draft = read_docx(args.article)  # a bad file: no store is made
    with store_to_add_to(args) as store, native_stderr_silenced():
        article_id = store_draft(store, draft)
    say(article_id)
    for item in draft.report:
        say(f"{PROG}: warning: {item.message}", err=True)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_for_reading(args) as store:
        _print_summaries(store.list_articles())
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_for_reading(args) as store:
        _print_summaries(store.search(args.query))
    return 0
