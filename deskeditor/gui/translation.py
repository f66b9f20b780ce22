"""The marker lupdate looks for, typed: texts marked here are translated where they are shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark *text* for translation in *context* and return it unchanged (typed as ``str``).

    PySide6's own marker is typed to return ``object``, so every table of
    marked texts would need a cast where it is used.
    """
    return text
