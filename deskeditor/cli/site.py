"""The site's own data: the portal's link list, the site profile and the categories."""

from __future__ import annotations

import argparse

from deskeditor.cli.opening import open_for_reading, store_to_add_to
from deskeditor.cli.output import STDOUT, UsageError, say, write_stdout
from deskeditor.errors import DeskEditorError, Message

SETTINGS_FILE_BYTES = 1024 * 1024  # a site profile and a category list


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
        with store_to_add_to(args) as store:
            store.replace_link_groups(links.merge(store.link_groups(), result.groups))
        for problem in [*result.problems, *result.repeated]:
            say(f"skipped {problem}", err=True)
        return 0
    if (args.csv is None) == (args.html is None):
        raise UsageError("cli.links_export_target")
    target = args.csv or args.html
    to_stdout = str(target) == STDOUT
    if not to_stdout and target.exists() and not args.overwrite:
        raise DeskEditorError("export.exists_overwrite", path=target)
    with open_for_reading(args) as store:
        groups = store.link_groups()
    if args.csv is not None:
        data = links.csv_bytes(groups, ";" if args.semicolon else ",")
    else:
        from deskeditor.export.html import link_list_html

        data = link_list_html(groups).encode("utf-8")
    if to_stdout:
        write_stdout(data)
    else:
        from deskeditor.safeio import write_bytes_atomic

        write_bytes_atomic(target, data)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    import json

    from deskeditor.profile import settings_from_dict, settings_to_dict
    from deskeditor.safeio import read_regular_file, write_text_atomic

    if args.settings_command == "export":
        to_stdout = str(args.file) == STDOUT
        if not to_stdout and args.file.exists() and not args.overwrite:
            raise DeskEditorError("export.exists_overwrite", path=args.file)
        with open_for_reading(args) as store:
            data = settings_to_dict(store.site_profile(), store.categories())
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if to_stdout:
            write_stdout(text.encode("utf-8"))
        else:
            write_text_atomic(args.file, text)
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
    with store_to_add_to(args) as store:
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
