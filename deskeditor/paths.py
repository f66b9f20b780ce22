"""Where the store lives when no ``--db`` is given."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "deskeditor"
DB_FILE_NAME = "deskeditor.db"


def user_data_dir() -> Path:
    """Return the per-user data folder (``%APPDATA%\\deskeditor`` on Windows)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_FOLDER


def default_db_path() -> Path:
    """Return the store path: ``DESKEDITOR_DB`` if set, else the user data folder."""
    override = os.environ.get("DESKEDITOR_DB")
    if override:
        return Path(override)
    return user_data_dir() / DB_FILE_NAME
