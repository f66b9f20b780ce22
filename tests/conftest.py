"""Shared fixtures; GUI tests run offscreen, with settings in a temporary folder."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from deskeditor.store import Store  # noqa: E402

# The program keeps QSettings' native format: on Windows that is the registry
# (HKCU\Software\deskeditor), which QSettings.setPath cannot redirect, so a test's
# QSettings().clear() would wipe the user's real settings. Tests use INI files in
# a temporary folder instead (set per test below).
QSettings.setDefaultFormat(QSettings.Format.IniFormat)

SAMPLE_ARTICLE = {
    "title": "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm của Cụm thi đua số II",
    "category": "Thi đua - Khen thưởng",
    "published_at": "2025-07-14T08:30",
    "lead": "Sáng ngày 14/7, Cụm thi đua số II tổ chức hội nghị sơ kết và ký kết giao ước thi đua.",
    "author": "Lê Thị Hoà",
    "author_unit": "Phòng Thi đua - Khen thưởng",
    "source": "Nguồn: Ban Thi đua - Khen thưởng tỉnh",
    "tags": ["thi đua", "khen thưởng", "Cụm thi đua số II"],
    "body": [
        {"type": "paragraph", "text": "Dự hội nghị có đồng chí Đặng Quốc Huy, Phó Giám đốc Sở."},
        {
            "type": "paragraph",
            "text": [
                {"text": "Trong 6 tháng đầu năm, "},
                {"text": "các đơn vị", "bold": True},
                {"text": " đã hoàn thành ", "italic": True},
                {"text": "kế hoạch", "link": "https://sonoivu.example.gov.vn/ke-hoach"},
                {"text": "."},
            ],
        },
        {"type": "heading", "text": "Nhiệm vụ 6 tháng cuối năm"},
        {"type": "quote", "text": "Thi đua là yêu nước, yêu nước thì phải thi đua."},
        {
            "type": "list",
            "ordered": False,
            "items": ["Đẩy mạnh cải cách hành chính", "Nâng cao chất lượng khen thưởng"],
        },
        {
            "type": "list",
            "ordered": True,
            "items": ["Quý III", [{"text": "Quý IV", "underline": True}]],
        },
    ],
}


def _file_system_takes_vietnamese() -> bool:
    try:
        os.fsencode("Ảnh đ\u0309")
    except UnicodeEncodeError:
        return False
    return True


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the ``unicode_paths`` tests where file names cannot be Vietnamese at all.

    That is Linux under a legacy locale (the CI run with en_US.CP1252), never
    Windows, whose file names and command lines are Unicode whatever the code page.
    """
    if _file_system_takes_vietnamese():
        return
    skip = pytest.mark.skip(
        reason=f"file names in {sys.getfilesystemencoding()} cannot hold Vietnamese here"
    )
    for item in items:
        if "unicode_paths" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep QSettings and the default store out of the user's real folders."""
    home = tmp_path_factory.mktemp("home")
    for name, folder in {
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "APPDATA": "appdata",
        "LOCALAPPDATA": "localappdata",
        # platformdirs asks Windows itself for these folders unless overridden like this
        "WIN_PD_OVERRIDE_APPDATA": "appdata",
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": "localappdata",
    }.items():
        monkeypatch.setenv(name, str(home / folder))
    monkeypatch.delenv("DESKEDITOR_DB", raising=False)
    _settings_in(home / "settings")


def _settings_in(folder: Path) -> None:
    assert QSettings.defaultFormat() == QSettings.Format.IniFormat
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _clear_clipboard():
    """Empty the clipboard after each test.

    Qt's offscreen platform crashes at interpreter exit (segmentation fault,
    exit 139, after every test has passed) when the clipboard still holds
    data; the real platforms (Windows, xcb) do not.
    """
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()


@pytest.fixture
def store(tmp_path: Path):
    """A fresh store file in a temporary folder."""
    with Store(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def sample_dict() -> dict:
    """A fresh copy of the sample article's interchange form."""
    return json.loads(json.dumps(SAMPLE_ARTICLE))


# ---------------------------------------------------------------- GUI fixtures


@pytest.fixture
def settings_dir(tmp_path):
    """Keep QSettings in INI files in a temporary folder (never the registry), empty."""
    _settings_in(tmp_path / "settings")
    QSettings().clear()
    return tmp_path / "settings"


@pytest.fixture
def no_dialogs(monkeypatch):
    """Answer every message box as a user in a hurry would, and remember what was shown."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def record(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Save)
    )
    return shown


@pytest.fixture
def window(qtbot, tmp_path, settings_dir, no_dialogs):
    """The main window on a fresh store, shown offscreen."""
    from deskeditor.gui.main_window import MainWindow

    store = Store(tmp_path / "gui.db")
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win._dirty = False
    win.close()
    store.close()


@pytest.fixture
def vietnamese():
    """The window in Vietnamese, as the office uses it (longer labels than English)."""
    from importlib import resources

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    installed = []
    folder = resources.files("deskeditor") / "translations"
    for name in ("qtbase_vi.qm", "deskeditor_vi.qm"):
        with resources.as_file(folder / name) as path:
            translator = QTranslator()
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    yield
    for translator in installed:
        app.removeTranslator(translator)


@pytest.fixture
def installed_vietnamese(qapp):
    """Vietnamese as start-up installs it (app.install_translations); removed afterwards."""
    from PySide6.QtCore import QTranslator

    from deskeditor.app import install_translations

    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp, "vi")
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


# ---------------------------------------------------------------- CI: tools are required

# Tests that need an outside tool (Chromium, node and the editors, LibreOffice, pandoc,
# poppler) skip with "what to install" on a developer's machine. CI installs them, so
# there a skip for a missing tool is a failure: a suite that quietly skips checks nothing.
_MISSING_TOOL = ("apt-get install", "npm ci", "is missing", "is not installed")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or not os.environ.get("DESKEDITOR_REQUIRE_TOOLS"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if any(phrase in reason for phrase in _MISSING_TOOL):
        report.outcome = "failed"
        report.longrepr = f"DESKEDITOR_REQUIRE_TOOLS is set, and a tool is missing: {reason}"
