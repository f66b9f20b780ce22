"""Move an article between stores as interchange JSON: photos beside it, approval inside it.

The photos of ``out/bai-a.json`` go to ``out/photos/bai-a/``: a folder that
belongs to this one export, so exporting another article into the same folder
never replaces them, and ``--overwrite`` replaces exactly this export's files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from deskeditor.errors import DeskEditorError
from deskeditor.jsonio import dumps_article, read_interchange
from deskeditor.model import Article, CarriedApproval, Figure
from deskeditor.safeio import StagedFiles, WriteError, safe_file_name, staged, unique_name
from deskeditor.store import Store
from deskeditor.store.workflow import carried_approval, keep_carried_approval

PHOTO_FOLDER = "photos"
_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


class JsonExportExistsError(DeskEditorError):
    """The JSON or its photo folder exists and overwriting was not asked for."""


def photo_folder(path: Path) -> Path:
    """Return the folder that holds the photos of the JSON export at *path*."""
    return path.parent / PHOTO_FOLDER / safe_file_name(path.stem, "bai")


def export_json(
    store: Store,
    article_id: int,
    path: Path,
    *,
    overwrite: bool = False,
    batch: StagedFiles | None = None,
) -> Path:
    """Write article *article_id* to *path*; photos (master renditions) go to :func:`photo_folder`.

    Photo names keep the original file name where possible (made safe for
    Windows and unique within the article); a photo shown twice is written
    once. Nothing is replaced without *overwrite*; with *batch* the files are
    only staged there, to be committed with the other outputs of the export.
    """
    article = store.get_article(article_id)
    path = Path(path)
    folder = photo_folder(path)
    if path.is_dir():
        raise WriteError("export.folder_not_json", path=path)
    if folder.exists() and not folder.is_dir():
        raise JsonExportExistsError("write.file_not_folder", folder=folder)
    if not overwrite:
        for target in (path, folder):
            if target.exists() and not (target.is_dir() and not any(target.iterdir())):
                raise JsonExportExistsError("export.exists_overwrite", path=target)
    taken: set[str] = set()
    names: dict[int, str] = {}  # photo id -> file name in the folder
    photos: dict[str, bytes] = {}
    files = []
    for block in article.body:
        if not isinstance(block, Figure) or block.photo_id is None:
            continue
        if block.photo_id not in names:
            data, mime, _, _ = store.photo_rendition(block.photo_id, "master")
            original = store.photo(block.photo_id).original_name
            stem = original.rsplit(".", 1)[0] if "." in original else original
            ext = _EXTENSIONS.get(mime, "jpg")
            names[block.photo_id] = unique_name(safe_file_name(f"{stem}.{ext}", "anh"), taken)
            photos[names[block.photo_id]] = data
        files.append(str(PurePosixPath(PHOTO_FOLDER, folder.name, names[block.photo_id])))
    with staged(batch) as outputs:
        if photos:
            outputs.stage_folder(folder, photos)
        elif folder.exists():
            outputs.stage_removal(folder)  # the photos of the export this one replaces
        approval = carried_approval(store, article_id)
        outputs.stage_file(path, dumps_article(article, files, approval).encode("utf-8"))
    return path


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the new article's id, and why a carried approval was dropped."""

    article_id: int
    approval_kept: bool = False
    approval_note: str = ""


def import_json(store: Store, path: Path) -> ImportResult:
    """Add the article of an interchange JSON file; keep its approval while it still applies."""
    return import_with_approval(store, *read_interchange(Path(path)))


def import_with_approval(
    store: Store, article: Article, approval: CarriedApproval | None
) -> ImportResult:
    """Add an article read from interchange JSON, with the approval it carried if still valid."""
    article_id = store.import_article(article)
    if approval is None:
        return ImportResult(article_id)
    note = keep_carried_approval(store, article_id, approval)
    return ImportResult(article_id, not note, note)
