"""Errors are codes with parameters; one catalogue gives their English (issue 12)."""

import ast
import errno
import re
import string
from pathlib import Path

import pytest

from deskeditor import errors
from deskeditor.errors import (
    ArticleFormatError,
    DeskEditorError,
    Message,
    PhotoError,
    StoreReadOnlyError,
    os_code,
    os_reason,
)
from deskeditor.messages import CATALOGUE

PACKAGE = Path(__file__).resolve().parents[1] / "deskeditor"
CODE = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class WindowsError_(OSError):
    """An OSError as Windows raises it: errno and text, plus the Windows error number."""

    def __init__(self, number: int, winerror: int, text: str) -> None:
        super().__init__(number, text)
        self.winerror = winerror


def test_every_code_has_an_english_template_and_each_is_listed_once():
    source = (PACKAGE / "messages.py").read_text(encoding="utf-8")
    listed = re.findall(r'QT_TRANSLATE_NOOP\("DomainError", "(?:[^"\\]|\\.)*", "([^"]+)"\)', source)
    assert len(listed) == len(set(listed)) == len(CATALOGUE), "a code is listed twice"
    for code, template in CATALOGUE.items():
        assert CODE.match(code), code
        assert template.strip(), code


def _error_classes() -> tuple[set[str], set[str]]:
    """Return the error classes taking a code first, and those taking a subject first."""
    coded, about = set(), set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                init = [
                    f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"
                ]
                first = (
                    init[0].args.args[1].arg if init and len(init[0].args.args) > 1 else "message"
                )
                (coded if first == "message" else about).add(node.name)
    return coded, about


def _coded_calls():
    """Yield (place, call, code argument) for each Message(...) or domain-error call in the source.

    An error whose first argument is what it is about (a file, a JSON place)
    yields its other arguments, which must not be sentences either.
    """
    coded, about = _error_classes()
    classes = coded | about | {"Message"}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parts[-2] == "gui" or path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in classes or name in ("ValueError", "AssertionError", "OSError"):
                continue
            place = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if name in about:
                for arg in node.args[1:]:
                    if isinstance(arg, ast.JoinedStr) or (
                        isinstance(arg, ast.Constant) and " " in str(arg.value)
                    ):
                        yield place, node, arg
            else:
                yield place, node, node.args[0]


def test_every_code_raised_in_the_source_is_in_the_catalogue_with_its_parameters():
    """No English sentence is raised any more, and each code gets the parameters it shows."""
    problems, seen = [], set()
    for place, call, first in _coded_calls():
        if isinstance(first, ast.JoinedStr):
            problems.append(f"{place}: an f-string instead of a code")
        elif isinstance(first, ast.Constant) and isinstance(first.value, str):
            code = first.value
            if " " in code or (CODE.match(code) and code not in CATALOGUE):
                problems.append(f"{place}: {code!r} is not a code of the catalogue")
                continue
            seen.add(code)
            if any(keyword.arg is None for keyword in call.keywords):
                continue  # **params: checked when rendered
            given = {keyword.arg for keyword in call.keywords} - {"subject"}
            if given != placeholders(CATALOGUE[code]):
                problems.append(f"{place}: {code} given {sorted(given)}")
    # Codes picked from a table (a kind of file, an empty name) are string constants too.
    for path in PACKAGE.rglob("*.py"):
        if path.name == "messages.py" or path.parts[-2] == "gui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                prefix = node.value.split(".")[0]
                if CODE.match(node.value) and any(c.startswith(prefix + ".") for c in CATALOGUE):
                    if node.value in CATALOGUE:
                        seen.add(node.value)
                    elif not re.search(
                        r"\.(jpe?g|png|docx|html|json|db|csv|txt|py|j2)$", node.value
                    ):
                        problems.append(f"{path.name}:{node.lineno}: {node.value!r} unknown")
    assert problems == []
    assert len(seen) > 200  # the scan sees the raise sites


def test_errors_carry_code_params_and_print_the_same_english():
    error = PhotoError("ảnh hội nghị.jpg", Message("photo.not_image"))
    assert error.code == "photo.not_image"
    assert str(error) == "ảnh hội nghị.jpg: not an image file"
    error = ArticleFormatError("body[2].caption", Message("json.too_long", length=5001, limit=5000))
    assert (error.code, error.params["limit"]) == ("json.too_long", 5000)
    assert str(error) == "body[2].caption: too long (5001 characters, at most 5000)"
    read_only = StoreReadOnlyError(Path("D:/Tin bài/kho.db"), Message("store.file_read_only"))
    assert read_only.code == "store.read_only_because"
    assert read_only.params["reason"].code == "store.file_read_only"


def test_a_message_is_its_english_text_and_keeps_its_code_through_the_subject():
    reason = Message("photo.too_large_pixels", megapixels=312.4, limit=200)
    assert reason == "the image is too large (312 megapixels, at most 200)"
    about = Message.of(reason, "ảnh.tif")
    assert (about.code, about) == ("photo.too_large_pixels", f"ảnh.tif: {reason}")
    # A sentence nobody coded stays readable, and is marked as such.
    assert Message("something nobody coded").code == errors.RAW


@pytest.mark.parametrize(
    ("number", "winerror", "text", "code"),
    [
        (errno.EACCES, 5, "Access is denied", "os.access_denied"),
        (errno.EACCES, 32, "The process cannot access the file because it is being used by another process", "os.in_use"),
        (errno.EACCES, 33, "The process cannot access the file because another process has locked a portion of the file", "os.in_use"),
        (errno.ENOSPC, 112, "There is not enough space on the disk", "os.disk_full"),
        (errno.EIO, 39, "The disk is full", "os.disk_full"),
        (errno.ENOENT, 206, "The filename or extension is too long", "os.name_too_long"),
        (errno.EINVAL, 123, "The filename, directory name, or volume label syntax is incorrect", "os.invalid_name"),
        (errno.EEXIST, 183, "Cannot create a file when that file already exists", "os.exists"),
        (errno.ENOENT, 3, "The system cannot find the path specified", "os.not_found"),
        (errno.EACCES, 19, "The media is write protected", "os.read_only"),
    ],
)  # fmt: skip
def test_windows_errors_are_known_by_their_number(number, winerror, text, code):
    error = WindowsError_(number, winerror, text)
    assert os_code(error) == code
    assert os_reason(error).code == code
    assert text not in str(os_reason(error))  # never the text, which is in the user's language


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.EACCES, "os.access_denied"), (errno.EPERM, "os.not_permitted"),
        (errno.EROFS, "os.read_only"), (errno.ENOSPC, "os.disk_full"), (errno.EDQUOT, "os.quota"),
        (errno.ENOENT, "os.not_found"), (errno.EEXIST, "os.exists"),
        (errno.ENAMETOOLONG, "os.name_too_long"), (errno.EISDIR, "os.is_a_folder"),
        (errno.EBUSY, "os.busy"),
    ],
)  # fmt: skip
def test_posix_errors_are_known_by_errno_whatever_their_text(number, code):
    assert os_code(OSError(number, "texte en français")) == code
    assert os_reason(OSError(number, "texte en français")) == CATALOGUE[code]


def test_an_unknown_os_error_keeps_its_text_for_the_command_line_and_its_number():
    reason = os_reason(OSError(errno.ECONNRESET, "Connection reset by peer"))
    assert reason.code == "os.other"
    assert str(reason) == "Connection reset by peer"
    assert reason.params["number"] == errno.ECONNRESET


@pytest.mark.unicode_paths  # a Vietnamese file name
def test_a_write_refused_by_windows_says_so_with_codes(tmp_path, monkeypatch):
    """Word holding the file: the error is a code, whatever words Windows used."""
    from deskeditor import safeio

    def locked(path, data):
        raise WindowsError_(errno.EACCES, 32, "being used by another process")

    monkeypatch.setattr(safeio, "_write_synced", locked)
    with pytest.raises(safeio.WriteError) as caught:
        safeio.write_bytes_atomic(tmp_path / "Bài viết.docx", b"x")
    assert caught.value.code == "write.failed"
    assert caught.value.params["reason"].code == "os.in_use"
    assert str(caught.value) == (
        f"cannot write {tmp_path / 'Bài viết.docx'}: the file is open in another program;"
        " nothing was written"
    )


def test_every_domain_error_class_takes_a_code():
    for cls in (DeskEditorError, errors.StoreError, errors.NotFoundError):
        error = cls("store.no_article", id=7)
        assert (error.code, str(error)) == ("store.no_article", "there is no article with id 7")
