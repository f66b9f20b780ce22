"""Every command's --help, byte for byte: the command-line contract (PRODUCT.md) in writing.

The golden files in tests/data/cli_help/ are what `deskeditor [COMMAND] --help`
printed when they were written; a change to a command's names, options or
wording shows here as a diff. After a deliberate change (an added option, a
better sentence), write them again and read the diff before committing::

    DESKEDITOR_WRITE_HELP=1 python -m pytest tests/test_cli_help.py
"""

import os
import sys
from pathlib import Path

import pytest

from deskeditor import __version__, cli

GOLDEN = Path(__file__).parent / "data" / "cli_help"

# Every parser: the top one, each command, and the subcommands of settings and links.
COMMAND_PATHS = [
    (),
    *((name,) for name in cli.COMMANDS),
    ("settings", "export"),
    ("settings", "import"),
    ("links", "import"),
    ("links", "export"),
]


def _golden_name(path: tuple[str, ...]) -> str:
    return "_".join(["deskeditor", *path]) + ".txt"


def _help(path: tuple[str, ...], capsys, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps to the terminal's width
    with pytest.raises(SystemExit) as exit_:
        cli.main([*path, "--help"])
    assert exit_.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


# argparse lays help out a little differently from one Python to the next; the files were
# written by 3.11, the version of the project's own CI. The test of the command list below
# runs on every version.
@pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="the golden help was written by Python 3.11"
)
@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda path: " ".join(path) or "top")
def test_help_is_byte_identical_to_the_golden_file(path, capsys, monkeypatch):
    text = _help(path, capsys, monkeypatch)
    golden = GOLDEN / _golden_name(path)
    if os.environ.get("DESKEDITOR_WRITE_HELP"):
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert text == golden.read_text(encoding="utf-8")


def test_every_command_has_a_golden_help_file_and_no_file_is_left_over():
    files = {path.name for path in GOLDEN.glob("*.txt")}
    assert files == {_golden_name(path) for path in COMMAND_PATHS}


def test_version_names_the_program(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"deskeditor {__version__}\n"
