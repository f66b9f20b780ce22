"""Export an article from the store as interchange JSON with its photos beside it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from deskeditor.jsonio import dumps_article
from deskeditor.model import Figure
from deskeditor.safeio import (
    WriteError,
    safe_file_name,
    unique_name,
    write_bytes_atomic,
    write_text_atomic,
)
from deskeditor.store import Store

PHOTO_FOLDER = "photos"
_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


def export_json(store: Store, article_id: int, path: Path) -> Path:
    """Write article *article_id* to *path*; photos (master renditions) go to ``photos/``.

    Photo names keep the original file name where possible, so exporting what
    was imported gives the same JSON back.
    """
    article = store.get_article(article_id)
    path = Path(path)
    if path.is_dir():
        raise WriteError(f"{path} is a folder; give a file name ending in .json")
    photo_dir = path.parent / PHOTO_FOLDER
    taken: set[str] = set()
    files = []
    for block in article.body:
        if not isinstance(block, Figure) or block.photo_id is None:
            continue
        data, mime, _, _ = store.photo_rendition(block.photo_id, "master")
        original = store.photo(block.photo_id).original_name
        stem = original.rsplit(".", 1)[0] if "." in original else original
        name = unique_name(safe_file_name(f"{stem}.{_EXTENSIONS.get(mime, 'jpg')}", "anh"), taken)
        try:
            photo_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(f"cannot create the folder {photo_dir}: {exc.strerror}") from None
        write_bytes_atomic(photo_dir / name, data)
        files.append(str(PurePosixPath(PHOTO_FOLDER, name)))
    write_text_atomic(path, dumps_article(article, files))
    return path
