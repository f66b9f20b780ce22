"""Start the GUI: ``deskeditor`` with no subcommand, or the ``deskeditor-gui`` shortcut."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from deskeditor import __version__
from deskeditor.errors import DeskEditorError

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
    folder = resources.files("deskeditor") / "translations"
    for name in ("qtbase_vi.qm", "deskeditor_vi.qm"):
        with resources.as_file(folder / name) as path:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)


def run_gui(db_path: Path) -> int:
    """Open the main window on the store at *db_path* and run until it closes."""
    app = create_application()
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.store import Store

    try:
        store = Store(db_path)
    except DeskEditorError as exc:
        QMessageBox.critical(None, "Không mở được kho dữ liệu", str(exc))
        return 1
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()


def main() -> int:
    """Entry point of the console-less ``deskeditor-gui`` script."""
    from deskeditor.cli import main as cli_main

    return cli_main(sys.argv[1:])
