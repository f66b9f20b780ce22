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

from deskeditor.errors import RAW, DeskEditorError, Message
from deskeditor.messages import CATALOGUE, CONTEXT


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


def sentence(error: object) -> str:
    """Return *error* in the interface language as a message shown on its own.

    The catalogue's templates begin in lower case, since most of them end up
    inside a longer sentence ("Autosave failed: %1"). Shown alone, in a message
    box or one a line, the text begins with a capital letter, unless it begins
    with what the user wrote or named: a file name, a field or a place
    ("trong.docx: …") stays as it is. Each line of a list of messages is a
    sentence of its own.
    """
    if isinstance(error, DeskEditorError):
        error = error.message
    if not isinstance(error, Message):
        return str(error)
    if error.code == "text.lines" and not error.subject:
        lines = error.params.get("lines", ())
        return "\n".join(sentence(line) for line in lines)
    text = error.render(translate)
    if error.code == RAW or error.subject not in (None, ""):
        return text
    template = translate(error.code, CATALOGUE[error.code])
    if template.startswith("{"):  # a value first: a nested message is a sentence too
        name = template[1 : template.find("}")]
        value = error.params.get(name)
        if isinstance(value, (Message, DeskEditorError)):
            first = value.render(translate)
            return sentence(value) + text[len(first) :] if text.startswith(first) else text
        return text
    return text[:1].upper() + text[1:]
