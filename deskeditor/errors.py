"""Named exceptions of the domain: each carries a code and parameters, not a sentence.

A :class:`Message` is a code from :mod:`deskeditor.messages` plus named
parameters (file names, places and numbers, kept as they are). The command
line prints it in English (``str()``); the window renders the same code in
Vietnamese through Qt Linguist (``deskeditor.gui.error_text``). A parameter
may itself be a message or an error: it is rendered in the same language.
"""

from __future__ import annotations

import errno as _errno
from collections.abc import Callable, Mapping
from typing import Any

from deskeditor.messages import CATALOGUE

# (code, English template) -> the template in the language to show
Translate = Callable[[str, str], str]

# Text that never got a code (a caller outside the domain): shown as it is.
RAW = "raw"


class Message(str):
    """A code of the catalogue with its parameters; as a ``str`` it is the English sentence.

    *subject* (a file name, a JSON place, a field) is put before the sentence
    as ``subject: sentence`` in every language. Being a ``str`` keeps every
    place that shows or compares the English text working unchanged.
    """

    code: str
    params: Mapping[str, Any]
    subject: object

    def __new__(cls, code: str, /, subject: object = None, **params: Any) -> Message:
        if code not in CATALOGUE and not (code == RAW and "text" in params):
            code, params = RAW, {"text": code}  # a sentence from a caller that has no code
        english = _render(code, params, subject, None)
        self = super().__new__(cls, english)
        self.code = code
        self.params = params
        self.subject = subject
        return self

    @classmethod
    def of(cls, value: str, subject: object = None) -> Message:
        """Return *value* (a message, a code, or a sentence nobody coded) about *subject*."""
        if isinstance(value, Message):
            if subject is None or subject == "":
                return value
            return cls(value.code, subject, **value.params)
        return cls(value, subject)

    def render(self, translate: Translate | None = None) -> str:
        """Return the sentence, in English or through *translate*."""
        if translate is None:
            return str.__str__(self)
        return _render(self.code, self.params, self.subject, translate)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, subject={self.subject!r}, **{dict(self.params)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _restore, (self.code, self.subject, dict(self.params))


def _restore(code: str, subject: object, params: dict[str, Any]) -> Message:
    return Message(code, subject, **params)


def _render(
    code: str, params: Mapping[str, Any], subject: object, translate: Translate | None
) -> str:
    if code == RAW:
        text = str(params["text"])
    else:
        english = CATALOGUE[code]
        values = {name: _rendered(value, translate) for name, value in params.items()}
        template = translate(code, english) if translate else english
        try:
            text = template.format_map(values)
        except (KeyError, IndexError, ValueError):  # a broken translation: stay readable
            text = english.format_map(values)
    if subject is None or subject == "":
        return text
    return f"{_rendered(subject, translate)}: {text}"


def _rendered(value: object, translate: Translate | None) -> object:
    if isinstance(value, tuple):  # one item a line
        return "\n".join(str(_rendered(item, translate)) for item in value)
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, DeskEditorError):
        return value.render(translate)
    return value


class DeskEditorError(Exception):
    """Base of every error the user can act on: ``code``, ``params`` and the English ``str()``."""

    def __init__(self, message: str, /, **params: Any) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **params)
        super().__init__(self.message.render())

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params

    def render(self, translate: Translate | None = None) -> str:
        """Return the message, in English or through *translate* (the window's language)."""
        return self.message.render(translate)


# ------------------------------------------------------------------ operating-system errors

# Windows' own error numbers (winerror): checked first, since Windows also sets an errno
# that says less (a sharing violation arrives as EACCES).
_WINERROR_CODES = {
    2: "os.not_found",  # ERROR_FILE_NOT_FOUND
    3: "os.not_found",  # ERROR_PATH_NOT_FOUND
    5: "os.access_denied",  # ERROR_ACCESS_DENIED
    15: "os.no_drive",  # ERROR_INVALID_DRIVE
    19: "os.read_only",  # ERROR_WRITE_PROTECT
    21: "os.no_drive",  # ERROR_NOT_READY
    32: "os.in_use",  # ERROR_SHARING_VIOLATION
    33: "os.in_use",  # ERROR_LOCK_VIOLATION
    39: "os.disk_full",  # ERROR_HANDLE_DISK_FULL
    53: "os.network",  # ERROR_BAD_NETPATH
    59: "os.network",  # ERROR_UNEXP_NET_ERR
    64: "os.network",  # ERROR_NETNAME_DELETED
    67: "os.network",  # ERROR_BAD_NET_NAME
    80: "os.exists",  # ERROR_FILE_EXISTS
    112: "os.disk_full",  # ERROR_DISK_FULL
    123: "os.invalid_name",  # ERROR_INVALID_NAME
    145: "os.not_empty",  # ERROR_DIR_NOT_EMPTY
    183: "os.exists",  # ERROR_ALREADY_EXISTS
    206: "os.name_too_long",  # ERROR_FILENAME_EXCED_RANGE
    267: "os.not_a_folder",  # ERROR_DIRECTORY
    1392: "os.damaged",  # ERROR_FILE_CORRUPT
    1224: "os.in_use",  # ERROR_USER_MAPPED_FILE
}

_ERRNO_CODES = {
    _errno.EACCES: "os.access_denied",
    _errno.EPERM: "os.not_permitted",
    _errno.EROFS: "os.read_only",
    _errno.ENOSPC: "os.disk_full",
    _errno.EDQUOT: "os.quota",
    _errno.ENOENT: "os.not_found",
    _errno.EEXIST: "os.exists",
    _errno.ENAMETOOLONG: "os.name_too_long",
    _errno.EISDIR: "os.is_a_folder",
    _errno.ENOTDIR: "os.not_a_folder",
    _errno.EBUSY: "os.busy",
    _errno.ETXTBSY: "os.busy",
    _errno.ENOTEMPTY: "os.not_empty",
    _errno.EXDEV: "os.other_drive",
    _errno.EIO: "os.io",
    _errno.EINVAL: "os.invalid_name",
    _errno.EMFILE: "os.too_many_open",
    _errno.ENFILE: "os.too_many_open",
    _errno.ELOOP: "os.loop",
    _errno.EFBIG: "os.too_big",
    _errno.ENODEV: "os.no_drive",
    _errno.ENXIO: "os.no_drive",
    _errno.ESTALE: "os.network",
    _errno.ETIMEDOUT: "os.network",
    _errno.EHOSTUNREACH: "os.network",
}


def os_code(error: OSError) -> str:
    """Return the catalogue code of an operating-system error, from winerror or errno."""
    winerror = getattr(error, "winerror", None)
    if winerror in _WINERROR_CODES:
        return _WINERROR_CODES[winerror]
    if error.errno in _ERRNO_CODES:
        return _ERRNO_CODES[error.errno]
    return "os.other"


def os_reason(error: OSError | ValueError) -> Message:
    """Return why an operation on a file failed, as a message (never its English strerror).

    The English text of an unknown error is kept as a parameter for the
    command line; the window shows its number instead.
    """
    if not isinstance(error, OSError):  # ValueError: a NUL in the name
        return Message("os.invalid_name")
    code = os_code(error)
    if code != "os.other":
        return Message(code)
    number = getattr(error, "winerror", None) or error.errno
    return Message(
        code, detail=error.strerror or str(error), number="?" if number is None else number
    )


# ------------------------------------------------------------------ the domain's errors


class ArticleFormatError(DeskEditorError):
    """An article (JSON or model) is invalid at a named place."""

    def __init__(self, place: str, problem: str) -> None:
        self.place = place
        self.problem = Message.of(problem)
        super().__init__(Message.of(self.problem, place))


class PhotoOutsideFolderError(ArticleFormatError):
    """An article JSON names a photo outside its own folder, and that was not allowed."""

    def __init__(self, place: str, problem: str, file: str) -> None:
        self.file = file
        super().__init__(place, problem)


class PhotoError(DeskEditorError):
    """A file could not be used as a photo."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = Message.of(reason)
        super().__init__(Message.of(self.reason, name))


class WordImportError(DeskEditorError):
    """A Word draft cannot be imported at all; the code says why (word.damaged, word.encrypted...)."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = Message.of(reason)
        super().__init__(Message.of(self.reason, name))


class StoreError(DeskEditorError):
    """The store cannot be opened, read or written."""


class NotFoundError(StoreError):
    """A record asked for does not exist."""


class StoreMissingError(StoreError):
    """A command that only reads was given a store file that does not exist."""

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__("store.missing", path=path)


class NotAStoreError(StoreError):
    """The file exists but holds no deskeditor store (empty, another program's file...)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = Message.of(reason)
        super().__init__("store.not_a_store", path=path, reason=self.reason)


class StoreDamagedError(StoreError):
    """SQLite reports the store malformed, or a check found it damaged; nothing is written to it."""

    def __init__(self, path: object, detail: str) -> None:
        self.path = path
        self.detail = Message.of(detail)
        super().__init__("store.damaged", path=path, detail=self.detail)


class StoreReadOnlyError(StoreError):
    """A write was asked of a store that is open read-only or cannot be written."""

    def __init__(self, path: object, reason: str = "") -> None:
        self.path = path
        self.reason = Message.of(reason) if reason else None
        if self.reason is None:
            super().__init__("store.read_only", path=path)
        else:
            super().__init__("store.read_only_because", path=path, reason=self.reason)


class StoreTooNewError(StoreError):
    """The store was changed by a newer version of deskeditor: this one may only read it."""

    def __init__(self, path: object, migrations: list[str]) -> None:
        self.path = path
        self.migrations = migrations
        super().__init__("store.too_new", path=path, migrations=", ".join(migrations))


class StoreNeedsUpgradeError(StoreError):
    """A store made by an older version lacks what a read needs until it is upgraded."""

    def __init__(self, path: object, migrations: list[str]) -> None:
        self.path = path
        self.migrations = migrations
        super().__init__("store.needs_upgrade", path=path, migrations=", ".join(migrations))


class PhotoEditError(DeskEditorError):
    """A crop or rotation of a photo cannot be applied (a frame outside it, too small...)."""
