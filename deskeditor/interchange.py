"""Export an article from the store as interchange JSON with its photos beside it.

The photos of ``out/bai-a.json`` go to ``out/photos/bai-a/``: a folder that
belongs to this one export, so exporting another article into the same folder
never replaces them, and ``--overwrite`` replaces exactly this export's files.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from deskeditor.errors import DeskEditorError
from deskeditor.jsonio import dumps_article
from deskeditor.model import Figure
from deskeditor.safeio import StagedFiles, WriteError, safe_file_name, staged, unique_name
from deskeditor.store import Store

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
        raise WriteError(f"{path} is a folder; give a file name ending in .json")
    if folder.exists() and not folder.is_dir():
        raise JsonExportExistsError(f"{folder} is a file, not a folder")
    if not overwrite:
        for target in (path, folder):
            if target.exists() and not (target.is_dir() and not any(target.iterdir())):
                raise JsonExportExistsError(
                    f"{target} already exists; choose another name or add --overwrite"
                )
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
        outputs.stage_file(path, dumps_article(article, files).encode("utf-8"))
    return path
