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
