"""The SQLite store (sqlite-utils, no Qt)."""

from deskeditor.store.store import SaveResult, Store

__all__ = ["SaveResult", "Store"]
