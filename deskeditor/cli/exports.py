"""Export an article, and verify that an export's content was approved."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from deskeditor.cli.opening import open_for_reading
from deskeditor.cli.output import EXIT_ERROR, PROG, UsageError, say
from deskeditor.errors import DeskEditorError

if TYPE_CHECKING:
    from deskeditor.store import Store


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
    with open_for_reading(args) as store, StagedFiles() as batch:
        try:
            if args.json is not None:
                export_json(store, args.id, args.json, overwrite=args.overwrite, batch=batch)
            if any(value for name, value in outputs.items() if name != "json"):
                context = context_for(store, args.id)
                for name, target in outputs.items():
                    if target is not None and name != "json":
                        EXPORT_OUTPUTS[name]()(context, target, options, batch)
        except DeskEditorError as exc:
            if exc.code != "export.exists":
                raise
            # The exporters' "allow overwriting" is the window's; here it is an option.
            raise DeskEditorError("export.exists_overwrite", path=exc.params["path"]) from None
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

    with open_for_reading(args) as store:
        result = verify_file(store, args.file)
    for line in result.message.split("\n"):  # the verdict, then one difference a line
        say(line)
    return 0 if result.ok else EXIT_ERROR


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
