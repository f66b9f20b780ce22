"""The SQLite store (sqlite-utils, no Qt)."""

from deskeditor.store.articles import SaveResult
from deskeditor.store.store import Store

__all__ = ["SaveResult", "Store"]
