"""Export many articles at once, off the GUI thread, with its own store connection."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deskeditor.errors import DeskEditorError, Message

from .background import OpControl


@dataclass(frozen=True)
class BatchRequest:
    """What to export, where, and in which forms."""

    db_path: Path
    article_ids: list[int]
    folder: Path
    html: bool = True
    docx: bool = True
    template_dir: Path | None = None


@dataclass(frozen=True)
class BatchStep:
    """Progress of a batch export: articles done, of how many, and the last one's title."""

    done: int
    total: int
    title: str


@dataclass
class BatchResult:
    """How many articles were exported, and a "title: reason" line per one that was not."""

    exported: int = 0
    errors: list[str] = field(default_factory=list)


def export_one(  # type: ignore[no-untyped-def]
    store, article_id: int, folder: Path, html: bool, docx: bool, template_dir: Path | None = None
) -> list[Path]:
    """Export one article into *folder* under names made from its title; return what was written."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.html import default_folder_name, write_html_folder
    from deskeditor.safeio import unique_name

    context = context_for(store, article_id)
    taken = {p.name.lower() for p in folder.iterdir()}
    stem = default_folder_name(context.article)
    written = []
    if html:
        name = unique_name(stem, taken)
        written.append(
            write_html_folder(context, folder / name, ExportOptions(template_dir=template_dir))
        )
    if docx:
        from deskeditor.export.docx import write_docx

        name = unique_name(f"{stem}.docx", taken)
        written.append(write_docx(context, folder / name, ExportOptions()))
    return written


def export_batch(request: BatchRequest, control: OpControl) -> BatchResult:
    """Export every requested article until cancelled (run by a BackgroundOp)."""
    from deskeditor.store import Store

    result = BatchResult()
    try:
        # Read-only: the window holds the store's write lock.
        store = Store(request.db_path, read_only=True)
    except DeskEditorError as exc:
        result.errors.append(exc.message)
        return result
    total = len(request.article_ids)
    try:
        for index, article_id in enumerate(request.article_ids):
            if control.cancelled:  # what is done so far stays done, and is counted
                break
            title = str(article_id)
            try:
                title = store.get_article(article_id).title
                export_one(
                    store,
                    article_id,
                    request.folder,
                    request.html,
                    request.docx,
                    request.template_dir,
                )
                result.exported += 1
            except DeskEditorError as exc:
                result.errors.append(Message.of(exc.message, title))
            control.report(BatchStep(index + 1, total, title))
    finally:
        store.close()
    return result
