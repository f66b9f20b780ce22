"""Named exceptions of the domain; each message is meant for a person."""


class DeskEditorError(Exception):
    """Base of every error the user can act on."""


class ArticleFormatError(DeskEditorError):
    """An article (JSON or model) is invalid at a named place."""

    def __init__(self, place: str, problem: str) -> None:
        self.place = place
        self.problem = problem
        super().__init__(f"{place}: {problem}" if place else problem)


class PhotoOutsideFolderError(ArticleFormatError):
    """An article JSON names a photo outside its own folder, and that was not allowed."""

    def __init__(self, place: str, problem: str, file: str) -> None:
        self.file = file
        super().__init__(place, problem)


class PhotoError(DeskEditorError):
    """A file could not be used as a photo."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


class StoreError(DeskEditorError):
    """The store cannot be opened, read or written."""


class NotFoundError(StoreError):
    """A record asked for does not exist."""


class StoreMissingError(StoreError):
    """A command that only reads was given a store file that does not exist."""

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(f"there is no store at {path}")


class NotAStoreError(StoreError):
    """The file exists but holds no deskeditor store (empty, another program's file...)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path} is not a deskeditor store ({reason})")


class StoreDamagedError(StoreError):
    """SQLite reports the store malformed, or a check found it damaged; nothing is written to it."""

    def __init__(self, path: object, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"the store {path} is damaged ({detail})")


class StoreReadOnlyError(StoreError):
    """A write was asked of a store that is open read-only or cannot be written."""

    def __init__(self, path: object, reason: str = "") -> None:
        self.path = path
        self.reason = reason
        message = f"the store {path} is open read-only"
        super().__init__(f"{message}: {reason}" if reason else message)


class StoreTooNewError(StoreError):
    """The store was changed by a newer version of deskeditor: this one may only read it."""

    def __init__(self, path: object, migrations: list[str]) -> None:
        self.path = path
        self.migrations = migrations
        super().__init__(
            f"the store {path} comes from a newer version of deskeditor"
            f" (it has {', '.join(migrations)}); this version can only read it"
        )


class StoreNeedsUpgradeError(StoreError):
    """A store made by an older version lacks what a read needs until it is upgraded."""

    def __init__(self, path: object, migrations: list[str]) -> None:
        self.path = path
        self.migrations = migrations
        super().__init__(
            f"the store {path} was made by an older version of deskeditor and needs upgrading"
            f" ({', '.join(migrations)}) before this can be read; open it once for writing"
        )


class PhotoEditError(DeskEditorError):
    """A crop or rotation of a photo cannot be applied (a frame outside it, too small...).

    *code* names the problem for the window, which says it in its own language.
    """

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)
