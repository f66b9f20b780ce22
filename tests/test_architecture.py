"""Rules of the code base that a reviewer would otherwise have to remember."""

import ast
import re
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
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True
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


# Names under which modules hold the main window, and the class itself (a module that
# sets MainWindow.x patches every window). Parameters, variables and attributes annotated
# MainWindow count as well.
WINDOW_NAMES = {"window", "window_", "_window", "main_window", "_main_window", "MainWindow"}


def _window_names(tree: ast.AST) -> set[str]:
    names = set(WINDOW_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            if "MainWindow" in ast.unparse(node.annotation):
                names.add(node.arg)
        elif isinstance(node, ast.AnnAssign) and "MainWindow" in ast.unparse(node.annotation):
            target = node.target  # x: MainWindow, or self.x: MainWindow
            if isinstance(target, ast.Name):
                names.add(target.id)
            elif isinstance(target, ast.Attribute):
                names.add(target.attr)
    return names


def _is_window(node: ast.AST, names: set[str]) -> bool:
    # window, or self.window_ (a dialog keeping its window)
    return (isinstance(node, ast.Name) and node.id in names) or (
        isinstance(node, ast.Attribute) and node.attr in names
    )


def _window_intrusions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _window_names(tree)
    found = []
    for node in ast.walk(tree):
        targets: list[ast.AST] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        flat = []
        while targets:
            target = targets.pop()
            if isinstance(target, ast.Tuple | ast.List):
                targets.extend(target.elts)
            else:
                flat.append(target)
        for target in flat:
            if isinstance(target, ast.Attribute) and _is_window(target.value, names):
                found.append(f"{path.name}:{target.lineno} sets window.{target.attr}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("setattr", "delattr")
            and node.args
            and _is_window(node.args[0], names)
        ):
            found.append(f"{path.name}:{node.lineno} calls {node.func.id} on the window")
        if (  # getattr(window, "_dirty") is window._dirty spelled otherwise
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")
            and len(node.args) >= 2
            and _is_window(node.args[0], names)
            and isinstance(node.args[1], ast.Constant)
            and str(node.args[1].value).startswith("_")
        ):
            found.append(f"{path.name}:{node.lineno} reads window.{node.args[1].value}")
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and _is_window(node.value, names)
        ):
            found.append(f"{path.name}:{node.lineno} touches window.{node.attr}")
    return found


def test_only_the_main_window_sets_its_attributes_or_touches_its_private_members():
    """The window owns its parts: others ask it (public methods, the action registry)."""
    offenders = [
        intrusion
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "gui" / "main_window.py"
        for intrusion in _window_intrusions(path)
    ]
    assert offenders == []


def test_the_window_check_sees_what_it_guards(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(win: 'MainWindow', window):\n"
        "    win.toolbar = 1\n"
        "    window.batch_thread, window.batch_worker = 2, 3\n"
        "    window._set_clean()\n"
        "    if window._dirty:\n"
        "        setattr(window, 'menu', 4)\n"
        "    window.editor.title = 'ok: a part of the window, not the window'\n"
        "class Helper:\n"
        "    def __init__(self, owner: MainWindow):\n"
        "        self.host: MainWindow = owner\n"
        "        self._window = owner\n"
        "    def poke(self):\n"
        "        self.host.toolbar = None\n"
        "        self._window._closed = True\n"
        "        getattr(self._window, '_dirty')\n"
        "        MainWindow.save = None\n",
        encoding="utf-8",
    )
    # 6 in build(); then host.toolbar, _window._closed (set, and touched), getattr, MainWindow.save
    assert len(_window_intrusions(sample)) == 11


def test_the_main_window_is_one_class_not_a_stack_of_mixins():
    """Issue 12: the window's parts live in other modules as objects it asks, not as base classes.

    A mixin from another module would set the window's attributes and call its
    private members as ``self``, out of sight of the check above.
    """
    from deskeditor.gui.main_window import MainWindow

    foreign = [
        cls.__module__ + "." + cls.__qualname__
        for cls in MainWindow.__mro__
        if cls.__module__.split(".")[0] not in ("PySide6", "Shiboken", "shiboken6", "builtins")
        and cls is not MainWindow
    ]
    assert foreign == []


# Modules split by issue 12 (about 400 lines each), with a little room to grow: a module
# that passes this is doing two jobs again; split it rather than raise the number.
SPLIT_MODULE_CEILING = 450
SPLIT_MODULES = [
    "gui/main_window.py",
    *(f"gui/{name}" for name in ("links_manager.py", "link_edits.py", "link_files.py")),
    *(str(path.relative_to(PACKAGE)) for path in sorted((PACKAGE / "store").glob("*.py"))),
    *(str(path.relative_to(PACKAGE)) for path in sorted((PACKAGE / "cli").glob("*.py"))),
    *(
        f"export/readback/{name}"
        for name in (
            "__init__.py",
            "items.py",
            "html_reader.py",
            "docx_reader.py",
            "docx_marks.py",
            "compare.py",
        )
    ),
]


def test_the_modules_split_by_issue_12_stay_small():
    sizes = {
        name: len((PACKAGE / name).read_text(encoding="utf-8").splitlines())
        for name in SPLIT_MODULES
    }
    assert {name: size for name, size in sizes.items() if size > SPLIT_MODULE_CEILING} == {}


DOCX_INTERNALS_HOME = PACKAGE / "export" / "docx_fields.py"


def _docx_private_uses(path: Path) -> list[str]:
    """Return the python-docx private names *path* uses (imports, and ``x._name`` on a docx object).

    A module that imports python-docx may reach ``_name`` on what it gets
    from it; only its own ``self``, ``cls`` and the classes it defines are exempt.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    uses = []
    imports_docx = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "docx":
                    imports_docx = True
                    if any(part.startswith("_") for part in alias.name.split(".")):
                        uses.append(f"line {node.lineno}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "docx":
            imports_docx = True
            private = [a.name for a in node.names if a.name.startswith("_")]
            if any(part.startswith("_") for part in node.module.split(".")) or private:
                uses.append(f"line {node.lineno}: from {node.module} import {private}")
    if not imports_docx:
        return uses
    own = {"self", "cls"} | {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in own)
        ):
            uses.append(f"line {node.lineno}: .{node.attr}")
    return uses


def test_only_docx_fields_touches_python_docx_internals():
    """Issue 12: python-docx's private names live behind export/docx_fields.py."""
    offenders = {
        str(path.relative_to(PACKAGE)): uses
        for path in PACKAGE.rglob("*.py")
        if path != DOCX_INTERNALS_HOME and (uses := _docx_private_uses(path))
    }
    assert offenders == {}


def test_the_docx_internals_check_sees_what_it_guards(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from docx.table import _Cell\n"
        "from docx.shared import Pt\n"
        "class Builder:\n"
        "    def run(self, paragraph):\n"
        "        self._x = Builder._y\n"
        "        return paragraph._p\n",
        encoding="utf-8",
    )
    assert _docx_private_uses(sample) == [
        "line 1: from docx.table import ['_Cell']",
        "line 6: ._p",
    ]
    assert _docx_private_uses(DOCX_INTERNALS_HOME) != []  # the home of them is seen, and allowed


def test_only_safeio_writes_files_atomically():
    """Issue 12: one atomic write (temporary file, fsync, rename) for exports and backups alike."""
    calls = {
        "os.replace",
        "os.rename",
        "os.fsync",
        "tempfile.mkstemp",
        "tempfile.NamedTemporaryFile",
    }
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        # fileops.replace is the rename safeio's writes go through (retrying while
        # Word or an antivirus holds the file); nothing else calls it directly.
        if path in (PACKAGE / "safeio.py", PACKAGE / "fileops.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and f"{node.value.id}.{node.attr}" in calls
            ):
                offenders.append(
                    f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value.id}.{node.attr}"
                )
    assert offenders == []


# ------------------------------------------------------------------ the import graph


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str, *, type_checking: bool) -> set[str]:
    """Return the package modules *name* imports, at any depth (inside functions too).

    ``from a import b`` counts as importing the module ``a.b`` when there is
    one, else ``a``. Imports under ``if TYPE_CHECKING:`` never run; they count
    only when *type_checking* is set.
    """
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node) and not type_checking:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in MODULES)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                if f"{base}.{alias.name}" in MODULES:
                    found.add(f"{base}.{alias.name}")
                elif base in MODULES:
                    found.add(base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    found.discard(name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the groups of modules that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return sorted(groups)


def test_no_import_cycle_in_the_package_counting_imports_inside_functions():
    graph = {name: _imports(name, type_checking=False) for name in MODULES}
    assert _cycles(graph) == []


def test_the_store_never_imports_the_exporters():
    offenders = {
        (name, imported)
        for name in MODULES
        if name.startswith("deskeditor.store")
        for imported in _imports(name, type_checking=True)
        if imported.startswith("deskeditor.export")
    }
    assert offenders == set()


def test_the_cycle_check_sees_what_it_guards():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
    # cli opens the window from inside main(); store/store.py names ProcessedPhoto for typing only
    # (store/photos.py also loads the photo pipeline inside a function, to crop and turn)
    assert "deskeditor.app" in _imports("deskeditor.cli", type_checking=False)
    assert "deskeditor.photos" not in _imports("deskeditor.store.store", type_checking=False)
    assert "deskeditor.photos" in _imports("deskeditor.store.store", type_checking=True)


# A statement as the code base writes them: upper-case keywords in their SQL shape.
_SQL = re.compile(
    r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
    r"|(CREATE|ALTER|DROP)\s+(TABLE|INDEX|VIRTUAL|TRIGGER|VIEW)\b|PRAGMA\s+\w+)",
    re.S,
)
# The store's repositories and its opening, schema and checks write SQL; nothing else does.
# backups.py is the one outside reader: it inspects a backup copy that is not opened as a store.
SQL_OUTSIDE_STORE = {"backups.py"}


def _sql_strings(path: Path) -> list[str]:
    return [
        f"{path.name}:{node.lineno}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value)
    ]


def test_sql_is_written_only_in_the_store_and_never_in_the_workflow():
    """Issue 12: the workflow is the state machine; what its moves write is store/signoff.py's."""
    offenders = [
        found
        for path in sorted(PACKAGE.rglob("*.py"))
        if (path.parent != PACKAGE / "store" or path.name == "workflow.py")
        and str(path.relative_to(PACKAGE)) not in SQL_OUTSIDE_STORE
        for found in _sql_strings(path)
    ]
    assert offenders == []
    workflow = ast.parse((PACKAGE / "store" / "workflow.py").read_text(encoding="utf-8"))
    reaches_db = [
        n.lineno for n in ast.walk(workflow) if isinstance(n, ast.Attribute) and n.attr == "db"
    ]
    assert reaches_db == []


def test_the_sql_check_sees_what_it_guards(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'store.db.execute("UPDATE articles SET status = ? WHERE id = ?", [s, i])\n'
        'store.db.execute("""\n  SELECT id\n  FROM revisions""")\n'
        'print("Select the articles to export from the list")\n'
        'print("Delete from the list?", "UPDATE: the settings")\n',
        encoding="utf-8",
    )
    assert _sql_strings(sample) == ["sample.py:1", "sample.py:2"]


# What mypy's strict mode turns on per module (the rest of --strict is global).
STRICT_FLAGS = {
    "disallow_any_generics", "disallow_subclassing_any", "disallow_untyped_calls",
    "disallow_untyped_defs", "disallow_incomplete_defs", "check_untyped_defs",
    "disallow_untyped_decorators", "warn_unused_ignores", "warn_return_any",
    "no_implicit_reexport", "strict_equality", "extra_checks",
}  # fmt: skip
WINDOW_MODULES = {"deskeditor.gui.*", "deskeditor.app"}


def test_mypy_is_strict_for_every_module_but_the_window():
    """Issue 12: the domain is type-checked strictly, new modules included (CI runs mypy).

    ``strict`` is set for the whole package; an override may relax a strict flag
    only for the window. ``strict`` inside an override would be a trap: mypy
    applies it to every module (python/mypy#11401).
    """
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = config["tool"]["mypy"]
    assert mypy.get("strict") is True
    assert not STRICT_FLAGS & {flag for flag, value in mypy.items() if value is False}
    for override in mypy.get("overrides", []):
        assert "strict" not in override, override["module"]
        relaxed = {
            flag for flag, value in override.items() if flag in STRICT_FLAGS and value is False
        }
        modules = override["module"]
        modules = {modules} if isinstance(modules, str) else set(modules)
        assert not relaxed or modules <= WINDOW_MODULES, (modules, relaxed)


def _readme_module_map() -> set[str]:
    """Return the package files the README's module map names (paths under deskeditor/)."""
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## For developers", 1)[1].split("    deskeditor/\n", 1)[1]
    named: set[str] = set()
    folders: list[tuple[int, str]] = []  # (indent, folder) open at this point
    for line in block.splitlines():
        if not line.startswith("      "):
            break  # the end of the package's part of the map
        indent = len(line) - len(line.lstrip())
        entry = line.split()[0]
        if entry.startswith("#"):
            continue  # a layer's heading
        while folders and folders[-1][0] >= indent:
            folders.pop()
        path = "/".join([*(folder for _, folder in folders), entry.rstrip("/")])
        if entry.endswith("/"):
            folders.append((indent, entry.rstrip("/")))
        named.add(path)
    return named


def test_the_readme_module_map_names_only_modules_that_exist():
    """Issue 12: the map of layers in the README is kept true when a module moves or goes."""
    named = _readme_module_map()
    assert {"store/workflow.py", "export/readback/compare.py", "gui/main_window.py"} <= named
    assert sorted(path for path in named if not (PACKAGE / path).exists()) == []


# What the facade does itself: open, close, and run transactions on the file.
STORE_LIFECYCLE = {
    "changed_while_open",
    "translate_error",
    "errors_in_words",
    "close",
    "transaction",
    "db",  # sqlite-utils' Database on the store's connection, made at the first write
}


def test_the_store_facade_only_delegates():
    """Issue 12: Store opens the file and hands each call to a repository, in one statement."""
    tree = ast.parse((PACKAGE / "store" / "store.py").read_text(encoding="utf-8"))
    (store,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Store"]
    thick = []
    for method in store.body:
        if not isinstance(method, ast.FunctionDef) or method.name.startswith("_"):
            continue
        body = method.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]  # the docstring
        if method.name not in STORE_LIFECYCLE and len(body) != 1:
            thick.append(method.name)
    assert thick == []
