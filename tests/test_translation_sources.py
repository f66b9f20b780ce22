"""Every text the window translates is one lupdate can read (issue 12).

pyside6-lupdate reads the source files, not the running program: it collects
``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
``QT_TRANSLATE_NOOP("Context", "…")`` only where the context and the text are
written out as string literals. A helper such as ``def _tr(text): return
QCoreApplication.translate("SpellCheck", text)`` hides every text passed to it:
they never reach deskeditor_vi.ts and the window shows them in English (it
happened in the spell check and the crash report). Likewise lupdate takes a
plural (``%n``) only from ``tr()``: ``translate(context, text, "", n)`` is stored
as a plain text, or not at all.

A lookup of a text marked elsewhere (a table of ``QT_TRANSLATE_NOOP`` entries,
the domain's message catalogue) is deliberate and listed in ALLOWED with the
reason; a new one needs an entry here, in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "deskeditor"
# What resources/translations/update.py hands to lupdate.
SOURCES = sorted((PACKAGE / "gui").glob("*.py")) + [PACKAGE / "app.py", PACKAGE / "messages.py"]

# (file, enclosing function) -> (why it may translate what is not a literal, those arguments).
ALLOWED = {
    ("error_text.py", "translate"): (
        "the DomainError lookup: messages.py marks each code's English with "
        "QT_TRANSLATE_NOOP('DomainError', text, code), and the code picks it",
        {"CONTEXT", "english", "code"},
    ),
    ("error_text.py", "sentence"): (
        "the same DomainError lookup as translate(), for the template of a code: whether the "
        "message shown begins with a value (a file name) or with the template's own words",
        {"error.code", "CATALOGUE[error.code]"},
    ),
    ("action_registry.py", "_translate"): (
        "action, menu and toolbar texts are marked with QT_TRANSLATE_NOOP(context, text) in "
        "the action tables (actions.py, article_actions.py...); each spec carries its context",
        {"context", "text"},
    ),
    ("help_window.py", "shortcut_groups"): (
        "menu titles of the action tables, marked where the MenuSpec is declared",
        {"menu.context", "menu.title"},
    ),
    ("help_window.py", "shortcut_groups.walk"): (
        "the same, for submenus",
        {"item.context", "item.title"},
    ),
    ("article_actions.py", "_note_missing_site_details"): (
        "the settings page's field labels, marked with QT_TRANSLATE_NOOP('ProfilePage', label) "
        "in _WORD_NEEDS and _PAGE_NEEDS beside it",
        {"label"},
    ),
    ("article_list.py", "status_label"): (
        "_STATUS_NAMES marks each status with QT_TRANSLATE_NOOP('Status', name)",
        {"_STATUS_NAMES[status]"},
    ),
    ("backups_dialog.py", "BackupsDialog.reload"): (
        "KIND_LABELS marks each kind of backup with QT_TRANSLATE_NOOP('BackupsDialog', label)",
        {"self.KIND_LABELS.get(info.kind, self.KIND_LABELS['other'])"},
    ),
    ("main_window.py", "MainWindow._build_actions"): (
        "actions.py marks TOOLBAR_TITLE with QT_TRANSLATE_NOOP('MainWindow', ...)",
        {"TOOLBAR_TITLE"},
    ),
    ("recovery.py", "_labelled"): (
        "_LABELS marks each field label with QT_TRANSLATE_NOOP('RecoveryDialog', label)",
        {"_LABELS[name]"},
    ),
}

MARKERS = {"QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}  # marker -> position of its text


def _literal(node: ast.expr | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _problems(call: ast.Call, parameters: set[str]) -> list[tuple[str, str]]:
    """Return (argument, problem) for what lupdate cannot read in *call* (empty if it is not a
    translation call)."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name == "tr" and isinstance(func, ast.Attribute):
        checked = {
            "text": _argument(call, 0, "sourceText"),
            "disambiguation": _argument(call, 1, "disambiguation"),
        }
    elif name == "translate" and (len(call.args) >= 2 or call.keywords):
        # str.translate(table) has one argument; Qt's has a context and a text.
        checked = {
            "context": _argument(call, 0, "context"),
            "text": _argument(call, 1, "sourceText"),
            "disambiguation": _argument(call, 2, "disambiguation"),
        }
        if _argument(call, 3, "n") is not None:
            count = ast.unparse(_argument(call, 3, "n"))  # type: ignore[arg-type]
            return [(count, "translate() with a count: lupdate reads a plural only from tr()")]
    elif name in MARKERS:
        checked = {"text": _argument(call, MARKERS[name], "text")}
    else:
        return []
    found = []
    for role, node in checked.items():
        if _literal(node):
            continue
        code = ast.unparse(node)  # type: ignore[arg-type]
        used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} & parameters
        if isinstance(node, ast.Name) and node.id in parameters:
            problem = f"wraps {name}() with its parameter {node.id!r} as the {role}"
        elif isinstance(node, ast.JoinedStr):
            problem = f"an f-string as the {role} of {name}()"
        elif isinstance(node, ast.BinOp):
            problem = f"a joined string as the {role} of {name}()"
        else:
            detail = f" (from the parameters {sorted(used)})" if used else ""
            problem = f"{code!r} as the {role} of {name}(){detail}"
        found.append((code, problem))
    return found


def unreadable_translations(path: Path) -> list[tuple[str, int, str, str]]:
    """Return (enclosing function, line, argument, problem) for each text lupdate cannot read."""
    found: list[tuple[str, int, str, str]] = []

    def visit(node: ast.AST, scope: list[str], parameters: set[str]) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            arguments = node.args
            own = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
            own -= {"self", "cls"}
            if not isinstance(node, ast.Lambda):
                scope = [*scope, node.name]
            parameters = parameters | own
        elif isinstance(node, ast.ClassDef):
            scope, parameters = [*scope, node.name], set()
        if isinstance(node, ast.Call):
            for code, problem in _problems(node, parameters):
                found.append((".".join(scope), node.lineno, code, problem))
        for child in ast.iter_child_nodes(node):
            visit(child, scope, parameters)

    visit(ast.parse(path.read_text(encoding="utf-8")), [], set())
    return found


def _allowed(path: Path, scope: str, code: str) -> bool:
    return code in ALLOWED.get((path.name, scope), ("", set()))[1]


def test_every_translated_text_is_a_literal_lupdate_can_read():
    offenders = [
        f"{path.name}:{line} in {scope or 'the module'}: {problem}"
        for path in SOURCES
        for scope, line, code, problem in unreadable_translations(path)
        if not _allowed(path, scope, code)
    ]
    assert offenders == []


def test_every_allowed_lookup_is_still_there():
    """An entry of ALLOWED whose code went away would let a new helper in unseen."""
    used = {
        (path.name, scope, code)
        for path in SOURCES
        for scope, _, code, _ in unreadable_translations(path)
    }
    listed = {
        (name, scope, code) for (name, scope), (_, codes) in ALLOWED.items() for code in codes
    }
    assert sorted(listed - used) == []


def test_the_check_sees_what_it_guards(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('SpellCheck', text)\n"
        "def _crash(text):\n"
        "    return QApplication.translate('CrashReport', text)\n"
        "class Panel:\n"
        "    def label(self, name, count, kind):\n"
        "        self.tr(f'Hello {name}')\n"
        "        self.tr('Hello ' + name)\n"
        "        self.tr(LABELS[kind])\n"
        "        QCoreApplication.translate('Panel', '%n file(s)', '', count)\n"
        "        QCoreApplication.translate(CONTEXT, 'Open')\n"
        "        QT_TRANSLATE_NOOP('Panel', name)\n"
        "        # what lupdate reads, and str.translate\n"
        "        self.tr('%n file(s)', '', count)\n"
        "        self.tr('Long text ' 'in two parts')\n"
        "        QCoreApplication.translate('Panel', 'Open')\n"
        "        name.translate(TABLE)\n",
        encoding="utf-8",
    )
    assert [
        (scope, line, problem) for scope, line, _, problem in unreadable_translations(sample)
    ] == [
        ("_tr", 4, "wraps translate() with its parameter 'text' as the text"),
        ("_crash", 6, "wraps translate() with its parameter 'text' as the text"),
        ("Panel.label", 9, "an f-string as the text of tr()"),
        ("Panel.label", 10, "a joined string as the text of tr()"),
        ("Panel.label", 11, "'LABELS[kind]' as the text of tr() (from the parameters ['kind'])"),
        ("Panel.label", 12, "translate() with a count: lupdate reads a plural only from tr()"),
        ("Panel.label", 13, "'CONTEXT' as the context of translate()"),
        ("Panel.label", 14, "wraps QT_TRANSLATE_NOOP() with its parameter 'name' as the text"),
    ]
