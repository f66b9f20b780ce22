"""Domain messages in the interface language, from their codes.

The domain raises errors that carry a code and parameters
(:class:`deskeditor.errors.Message`); the one catalogue of their English
templates is :mod:`deskeditor.messages`. The window looks each code up in the
Qt Linguist catalogue (context ``DomainError``, the code as disambiguation)
and fills in the parameters, which stay as they were: file names, places,
numbers. Nothing is matched by its English wording.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskeditor.errors import DeskEditorError, Message
from deskeditor.messages import CONTEXT


def translate(code: str, english: str) -> str:
    """Return the template of *code* in the interface language (English if untranslated)."""
    return QCoreApplication.translate(CONTEXT, english, code)


def localized(error: object) -> str:
    """Return *error* (a domain error or message) in the interface language.

    Anything else (an unexpected exception, plain text) is shown as it is.
    """
    if isinstance(error, DeskEditorError):
        return error.render(translate)
    if isinstance(error, Message):
        return error.render(translate)
    return str(error)
