"""Start the GUI: ``deskeditor`` with no subcommand, or the ``deskeditor-gui`` shortcut."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

# isort: off
# The domain first, on purpose: once PySide6 is imported, its import hook reads
# the source file of every module imported after it (looking for
# `from __feature__ import`). The store's stack (sqlite-utils, click, dateutil,
# the model and text helpers) loaded before it skips that: about 25 ms of
# start-up. benchmarks/run.py --only startup measures it.
from deskeditor import __version__, crashlog
from deskeditor.errors import DeskEditorError, Message
from deskeditor.paths import StoreMove, user_data_dir
from deskeditor.store import Store
from deskeditor.store.lock import StoreInUseError

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from deskeditor.gui.error_text import localized, sentence
# isort: on

if TYPE_CHECKING:
    from deskeditor.gui.main_window import MainWindow

ORGANISATION = "deskeditor"
APPLICATION = "deskeditor"


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it with the program's names."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("Soạn tin bài")
    QApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    install_translations(app, str(QSettings().value("ui/language", "vi")))
    return app


def install_translations(app: QApplication, language: str) -> None:
    """Install the interface language: Vietnamese ("vi", the default) or English ("en")."""
    if language != "vi":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    # Next to the package's modules, installed, editable or frozen alike (PyInstaller puts
    # the package's data files there); importlib.resources cost 8 ms of start-up to say so.
    folder = Path(__file__).with_name("translations")
    for name in ("qtbase_vi.qm", "deskeditor_vi.qm"):
        translator = QTranslator(app)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)


def open_store(db_path: Path) -> Store | None:
    """Open the store for the window, offering read-only when another program holds it."""
    try:
        # The integrity check of a large store would hold up the window (1 s for 1 GB);
        # the daily backup checks its copy in the background instead.
        return Store(db_path, verify=False)
    except StoreInUseError as exc:
        # Who holds it; the question below offers read-only (the CLI's text says so too).
        held = Message("lock.in_use_by", path=exc.store_path, who=exc.who)
        answer = QMessageBox.question(
            None,
            QApplication.translate("MainWindow", "The store is in use"),
            QApplication.translate(
                "MainWindow", "%1.\n\nOpen it read-only, to read and export without changing it?"
            ).replace("%1", sentence(held)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        return Store(db_path, read_only=True)


def run_gui(db_path: Path, move: StoreMove | None = None) -> int:
    """Open the main window on the store at *db_path* and run until it closes.

    *move* is what happened to a store found in the old (roaming) folder: the
    window says so once the user can see it.
    """
    # First, so that even a failure while opening the store leaves a log.
    log = crashlog.install(user_data_dir() / crashlog.LOG_FOLDER)
    try:
        return _run_window(db_path, log, move)
    finally:
        log.close()


def store_move_message(move: StoreMove) -> tuple[str, str]:
    """The title and text the window shows about a store found in the old folder."""
    if move.moved:
        text = QApplication.translate(
            "MainWindow",
            "The store was moved from %1 to %2, a folder that is not copied with the "
            "roaming profile. Nothing else needs doing.",
        )
        return QApplication.translate("MainWindow", "Store moved"), text.replace(
            "%1", str(move.old.parent)
        ).replace("%2", str(move.new.parent))
    text = QApplication.translate(
        "MainWindow",
        "The store is still in %1 (the roaming profile) and is used there this time: "
        "it could not be moved to %2.\n\n%3",
    )
    reason = localized(move.reason)
    for marker, value in (("%1", move.old.parent), ("%2", move.new.parent), ("%3", reason)):
        text = text.replace(marker, str(value))
    return QApplication.translate("MainWindow", "Store not moved"), text


def _run_window(db_path: Path, log: crashlog.CrashLog, move: StoreMove | None = None) -> int:
    app = create_application()
    from deskeditor.gui.crash_report import CrashReporter
    from deskeditor.gui.first_paint import AfterFirstPaint
    from deskeditor.gui.main_window import MainWindow

    try:
        store = open_store(db_path)
    except DeskEditorError as exc:
        QMessageBox.critical(
            None, QApplication.translate("MainWindow", "Cannot open the store"), sentence(exc)
        )
        return 1
    if store is None:
        return 1
    window = MainWindow(store)
    if not store.read_only:
        # Today's backup (its module, and a thread copying the store) waits for the first
        # frame; the window keeps the watcher (its parent).
        AfterFirstPaint(window, lambda: _start_backup(window))
    reporter = CrashReporter(log, window)
    window.show()
    reporter.report_previous_crash()
    if move is not None:
        QMessageBox.information(window, *store_move_message(move))
    for warning in store.warnings:
        QMessageBox.warning(
            window, QApplication.translate("MainWindow", "Warning"), sentence(warning)
        )
    try:
        return app.exec()
    finally:
        window.store.close()  # the window may have reopened it after a restore


def _start_backup(window: MainWindow) -> None:
    from deskeditor.gui.backups_dialog import start_auto_backup

    start_auto_backup(window)
