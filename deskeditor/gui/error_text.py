"""Domain error messages in the interface language.

The domain raises plain English sentences (the command line prints them as
they are) and imports no Qt. The window translates the fixed phrases inside
them, keeping file names, numbers and places as they were: "ảnh.jpg: not an
image file" becomes "ảnh.jpg: không phải tệp ảnh".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DomainError"

# Fixed phrases of the messages a user meets in the window; longest first when replacing.
PHRASES = [
    # photos
    QT_TRANSLATE_NOOP("DomainError", "not an image file"),
    QT_TRANSLATE_NOOP("DomainError", "the image is truncated or damaged"),
    QT_TRANSLATE_NOOP("DomainError", "the file is empty"),
    QT_TRANSLATE_NOOP("DomainError", "the file does not exist"),
    QT_TRANSLATE_NOOP("DomainError", "this is a folder, not a file"),
    QT_TRANSLATE_NOOP("DomainError", "the file cannot be read (permission denied)"),
    QT_TRANSLATE_NOOP("DomainError", "the file cannot be read"),
    QT_TRANSLATE_NOOP("DomainError", "the image is too large to process in memory"),
    QT_TRANSLATE_NOOP("DomainError", "the image is too large"),
    QT_TRANSLATE_NOOP("DomainError", "the image is too long and thin"),
    QT_TRANSLATE_NOOP("DomainError", "is not supported"),
    QT_TRANSLATE_NOOP("DomainError", "the HEIC format needs the pillow-heif package"),
    QT_TRANSLATE_NOOP("DomainError", "this is not a regular file (a device or a pipe)"),
    # links and the site profile
    QT_TRANSLATE_NOOP("DomainError", "only http and https addresses can be linked"),
    QT_TRANSLATE_NOOP("DomainError", "only http, https and mailto links are allowed"),
    QT_TRANSLATE_NOOP("DomainError", "the address has no host name"),
    QT_TRANSLATE_NOOP("DomainError", "the address is empty"),
    QT_TRANSLATE_NOOP("DomainError", "the address contains spaces"),
    QT_TRANSLATE_NOOP("DomainError", "the address must not contain a user name or password"),
    QT_TRANSLATE_NOOP("DomainError", "the host name or port of the address is not valid"),
    QT_TRANSLATE_NOOP("DomainError", "the port number is not valid"),
    QT_TRANSLATE_NOOP("DomainError", "the address contains a character that is not allowed"),
    QT_TRANSLATE_NOOP("DomainError", "is not an e-mail address"),
    QT_TRANSLATE_NOOP("DomainError", "is an IP address; link to the site's domain name instead"),
    QT_TRANSLATE_NOOP("DomainError", "is this computer (localhost); readers cannot open it"),
    QT_TRANSLATE_NOOP("DomainError", "has characters a domain name cannot have"),
    QT_TRANSLATE_NOOP("DomainError", "has no domain ending such as .vn"),
    QT_TRANSLATE_NOOP("DomainError", "the host name"),
    QT_TRANSLATE_NOOP("DomainError", "the mailto link has no address"),
    # the article and its export
    QT_TRANSLATE_NOOP("DomainError", "every photo needs alt text (a description) before export"),
    QT_TRANSLATE_NOOP("DomainError", "the photo is not in the store"),
    QT_TRANSLATE_NOOP("DomainError", "already exists; choose another name or allow overwriting"),
    QT_TRANSLATE_NOOP("DomainError", "holds files of its own; choose an empty folder"),
    QT_TRANSLATE_NOOP("DomainError", "No space left on device"),
    QT_TRANSLATE_NOOP("DomainError", "Permission denied"),
    QT_TRANSLATE_NOOP("DomainError", "nothing was changed"),
    QT_TRANSLATE_NOOP("DomainError", "nothing was written"),
    QT_TRANSLATE_NOOP("DomainError", "is named twice in the same export"),
    QT_TRANSLATE_NOOP(
        "DomainError",
        "is outside the JSON file's folder; only files in that folder or below it are read "
        "unless allowed (import --allow-outside-photos)",
    ),
    QT_TRANSLATE_NOOP("DomainError", "the file name contains a control character"),
    QT_TRANSLATE_NOOP("DomainError", "too many runs"),
    QT_TRANSLATE_NOOP("DomainError", "too many items"),
    QT_TRANSLATE_NOOP("DomainError", "cannot write in"),
    QT_TRANSLATE_NOOP("DomainError", "cannot write"),
    QT_TRANSLATE_NOOP("DomainError", "does not exist"),
    # the workflow
    QT_TRANSLATE_NOOP("DomainError", "only a draft or a returned article can be submitted"),
    QT_TRANSLATE_NOOP("DomainError", "only a submitted article can be approved"),
    QT_TRANSLATE_NOOP("DomainError", "only a submitted article can be sent back for changes"),
    QT_TRANSLATE_NOOP("DomainError", "only a submitted article can be rejected"),
    QT_TRANSLATE_NOOP("DomainError", "only an approved article can be published"),
    QT_TRANSLATE_NOOP("DomainError", "this one is a draft"),
    QT_TRANSLATE_NOOP("DomainError", "this one is submitted and waiting for a decision"),
    QT_TRANSLATE_NOOP("DomainError", "this one is approved"),
    QT_TRANSLATE_NOOP("DomainError", "this one is published"),
    QT_TRANSLATE_NOOP("DomainError", "this one is returned to its author"),
    QT_TRANSLATE_NOOP("DomainError", "the approver's name is needed to record a decision"),
    QT_TRANSLATE_NOOP("DomainError", "print the current version for sign-off"),
    QT_TRANSLATE_NOOP("DomainError", "which was never approved"),
    QT_TRANSLATE_NOOP("DomainError", "matches no revision in this store"),
    # verifying an export's content
    QT_TRANSLATE_NOOP("DomainError", "this HTML page carries the version code"),
    QT_TRANSLATE_NOOP("DomainError", "this CMS fragment carries the version code"),
    QT_TRANSLATE_NOOP("DomainError", "this Word document carries the version code"),
    QT_TRANSLATE_NOOP(
        "DomainError", "but its content is not that revision's (approved / this file)"
    ),
    QT_TRANSLATE_NOOP("DomainError", "text differs"),
    QT_TRANSLATE_NOOP("DomainError", "the picture is not the approved one"),
    QT_TRANSLATE_NOOP("DomainError", "missing from this file"),
    QT_TRANSLATE_NOOP("DomainError", "alt text differs"),
    QT_TRANSLATE_NOOP("DomainError", "link differs at"),
    QT_TRANSLATE_NOOP("DomainError", "in the approved text"),
    QT_TRANSLATE_NOOP("DomainError", "carries two version codes"),
    QT_TRANSLATE_NOOP("DomainError", "it has been altered"),
    QT_TRANSLATE_NOOP("DomainError", "holds no deskeditor version code"),
    QT_TRANSLATE_NOOP("DomainError", "give an HTML or Word export of this program"),
    QT_TRANSLATE_NOOP("DomainError", "the approval by"),
    QT_TRANSLATE_NOOP("DomainError", "was for version"),
    QT_TRANSLATE_NOOP("DomainError", "this content is"),
    QT_TRANSLATE_NOOP("DomainError", "so it is imported as a draft"),
    # the store and backups
    QT_TRANSLATE_NOOP("DomainError", "there is no store at"),
    QT_TRANSLATE_NOOP("DomainError", "is not a deskeditor store"),
    QT_TRANSLATE_NOOP("DomainError", "the file is empty"),
    QT_TRANSLATE_NOOP("DomainError", "comes from a newer version of deskeditor"),
    QT_TRANSLATE_NOOP("DomainError", "this version can only read it"),
    QT_TRANSLATE_NOOP(
        "DomainError", "was made by an older version of deskeditor and needs upgrading"
    ),
    QT_TRANSLATE_NOOP("DomainError", "before this can be read; open it once for writing"),
    QT_TRANSLATE_NOOP("DomainError", "is open read-only"),
    QT_TRANSLATE_NOOP("DomainError", "the file is read-only"),
    QT_TRANSLATE_NOOP("DomainError", "it can be read but not changed"),
    QT_TRANSLATE_NOOP("DomainError", "is damaged"),
    QT_TRANSLATE_NOOP("DomainError", "the store"),
    QT_TRANSLATE_NOOP("DomainError", "is in use by"),
    QT_TRANSLATE_NOOP("DomainError", "close it there, or open the store read-only"),
    QT_TRANSLATE_NOOP("DomainError", "is not a deskeditor store or is damaged"),
    QT_TRANSLATE_NOOP("DomainError", "is on a network drive"),
    QT_TRANSLATE_NOOP(
        "DomainError",
        "SQLite's locking is not reliable there and two computers writing at once can damage it; "
        "keep the store on this computer's disk",
    ),
    QT_TRANSLATE_NOOP("DomainError", "there is already a category named"),
    QT_TRANSLATE_NOOP("DomainError", "is not a deskeditor backup"),
    QT_TRANSLATE_NOOP("DomainError", "is damaged"),
    # files Word or an antivirus holds open (fileops)
    QT_TRANSLATE_NOOP(
        "DomainError", "the file is open in another program; close it there and try again"
    ),
]
_BY_LENGTH = sorted(PHRASES, key=len, reverse=True)


def localized(error: object) -> str:
    """Return the message of *error* (an exception or text) with its known phrases translated."""
    text = str(error)
    for phrase in _BY_LENGTH:
        if phrase in text:
            translated = QCoreApplication.translate(CONTEXT, phrase)
            if translated != phrase:
                text = text.replace(phrase, translated)
    return text
