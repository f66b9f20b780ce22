"""Rules of the code base that a reviewer would otherwise have to remember."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "deskeditor"
QT_ALLOWED = {PACKAGE / "app.py"} | set((PACKAGE / "gui").rglob("*.py"))


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_modules_do_not_import_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path not in QT_ALLOWED
        and any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imported_modules(path))
    ]
    assert offenders == []


def test_command_line_runs_without_loading_qt():
    code = (
        "import sys, deskeditor.cli, deskeditor.store, deskeditor.jsonio, deskeditor.text, "
        "deskeditor.interchange, deskeditor.photos;"
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_subcommand_is_documented_in_the_readme():
    from deskeditor.cli import COMMANDS

    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"deskeditor {name} " in readme, f"'{name}' is missing from README.md"


def _all_options(parser):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _all_options(sub)
        else:
            yield from (opt for opt in action.option_strings if opt.startswith("--"))


def test_every_command_line_option_is_in_the_readme():
    from deskeditor.cli import build_parser

    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    missing = {opt for opt in _all_options(build_parser()) if opt not in ("--help", "--version")}
    missing = {opt for opt in missing if opt not in readme}
    assert missing == set()
