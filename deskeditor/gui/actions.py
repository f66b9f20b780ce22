"""Menus, toolbar and shortcuts of the main window, as in any desktop editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QToolBar,
    QToolButton,
)

from deskeditor.errors import DeskEditorError, PhotoOutsideFolderError

from .error_text import localized

if TYPE_CHECKING:
    from .main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    *,
    checkable: bool = False,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    if tip or shortcut is not None:
        hint = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            f"{tip or text.replace('&', '').rstrip('…')}" + (f" ({hint})" if hint else "")
        )
    action.triggered.connect(slot)
    return action


def _focused_text(window: MainWindow):  # type: ignore[no-untyped-def]
    # Undo and clipboard act on the text field being typed in; from anywhere else
    # (the photo panel, the toolbar) they act on the body.
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return widget.lineEdit()
    return window.editor.body_edit


def build_actions(window: MainWindow) -> None:
    """Create every action, put them in menus and the toolbar, and keep their states current."""
    body = window.editor.body_edit
    style = window.style()

    a = window.actions_by_name = {}
    a["new"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New article"),
        window.new_article,
        QKeySequence.StandardKey.New,
    )
    a["new"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    a["save"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Save"),
        window.save,
        QKeySequence.StandardKey.Save,
    )
    a["save"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
    a["import"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Import article (JSON)…"),
        lambda: import_article(window),
    )
    a["history"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&History…"),
        lambda: show_history(window),
        "Ctrl+H",
    )
    a["delete"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Delete article…"),
        lambda: delete_article(window),
    )
    a["backup"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Backups and restore…"),
        lambda: show_backups(window),
    )
    a["quit"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )

    a["undo"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Undo"),
        lambda: _focused_text(window).undo(),
        QKeySequence.StandardKey.Undo,
    )
    a["undo"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    a["redo"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Redo"),
        lambda: _focused_text(window).redo(),
        QKeySequence.StandardKey.Redo,
    )
    # Both, as in Word, whatever the platform's own binding: Ctrl+Y and Ctrl+Shift+Z.
    a["redo"].setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    a["redo"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    a["cut"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Cu&t"),
        lambda: _focused_text(window).cut(),
        QKeySequence.StandardKey.Cut,
    )
    a["copy"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Copy"),
        lambda: _focused_text(window).copy(),
        QKeySequence.StandardKey.Copy,
    )
    a["paste"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Paste"),
        lambda: _focused_text(window).paste(),
        QKeySequence.StandardKey.Paste,
    )
    a["find"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find articles"),
        window.search_edit.setFocus,
        QKeySequence.StandardKey.Find,
    )
    for name in ("cut", "copy", "paste"):
        # The text widgets have these shortcuts themselves; the menu items are for the mouse.
        a[name].setShortcutContext(a[name].shortcutContext().WidgetShortcut)

    a["bold"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Bold"),
        body.set_bold,
        QKeySequence.StandardKey.Bold,
        checkable=True,
    )
    a["italic"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Italic"),
        body.set_italic,
        QKeySequence.StandardKey.Italic,
        checkable=True,
    )
    a["underline"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Underline"),
        body.set_underline,
        QKeySequence.StandardKey.Underline,
        checkable=True,
    )
    a["paragraph"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Paragraph"),
        lambda: body.set_block_kind("paragraph"),
        "Ctrl+Alt+0",
        checkable=True,
    )
    a["heading"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Heading"),
        lambda: body.set_block_kind("heading"),
        "Ctrl+Alt+2",
        checkable=True,
    )
    a["quote"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quote"),
        lambda: body.set_block_kind("quote"),
        "Ctrl+Alt+Q",
        checkable=True,
    )
    a["bullets"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "B&ulleted list"),
        lambda: body.toggle_list(False),
        "Ctrl+Shift+8",
        checkable=True,
    )
    a["numbers"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Numbered list"),
        lambda: body.toggle_list(True),
        "Ctrl+Shift+7",
        checkable=True,
    )
    a["link"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Insert &link…"),
        window.insert_link,
        "Ctrl+K",
    )
    a["unlink"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Remove link"),
        lambda: body.set_link(None),
    )
    a["photo"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Insert &photo…"),
        window.choose_photos,
        "Ctrl+Shift+I",
    )
    for name, weight in (("bold", QFont.Weight.Bold), ("italic", None), ("underline", None)):
        font = QFont()
        font.setBold(weight is not None)
        font.setItalic(name == "italic")
        font.setUnderline(name == "underline")
        a[name].setFont(font)
    kinds = QActionGroup(window)
    for name in ("paragraph", "heading", "quote"):
        kinds.addAction(a[name])

    languages = QActionGroup(window)
    current_language = str(QSettings().value("ui/language", "vi"))
    language_actions = []
    for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
        action = QAction(label, window, checkable=True)
        action.setChecked(code == current_language)
        action.triggered.connect(lambda _checked, c=code: set_language(window, c))
        languages.addAction(action)
        language_actions.append(action)
    a["about"] = _action(
        window, QCoreApplication.translate("MainWindow", "&About deskeditor"), lambda: about(window)
    )

    menus = window.menuBar()
    file_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for name in ("new", "save", None, "import", None, "backup", None, "quit"):
        file_menu.addSeparator() if name is None else file_menu.addAction(a[name])
    edit_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for name in ("undo", "redo", None, "cut", "copy", "paste", None, "find"):
        edit_menu.addSeparator() if name is None else edit_menu.addAction(a[name])
    format_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "F&ormat"))
    for name in (
        "bold",
        "italic",
        "underline",
        None,
        "paragraph",
        "heading",
        "quote",
        None,
        "bullets",
        "numbers",
        None,
        "link",
        "unlink",
    ):
        format_menu.addSeparator() if name is None else format_menu.addAction(a[name])
    insert_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Insert"))
    insert_menu.addAction(a["photo"])
    insert_menu.addAction(a["link"])
    window.article_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Article"))
    from .article_actions import install_article_actions

    a.update(install_article_actions(window))
    window.article_menu.addAction(a["history"])
    window.article_menu.addSeparator()
    window.article_menu.addAction(a["delete"])
    settings_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(
        QCoreApplication.translate("MainWindow", "&Language (after restart)")
    )
    for action in language_actions:
        language_menu.addAction(action)
    window.settings_menu = settings_menu
    from .settings_menu import install_settings_actions

    a.update(install_settings_actions(window))
    a["templates"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Web page &templates folder…"),
        lambda: choose_template_folder(window),
    )
    settings_menu.addSeparator()
    settings_menu.addAction(a["templates"])
    help_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a["about"])

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    short_labels = {
        "bold": "B", "italic": "I", "underline": "U", "heading": QCoreApplication.translate("MainWindow", "Heading"), "quote": QCoreApplication.translate("MainWindow", "Quote"),
        "bullets": "• " + QCoreApplication.translate("MainWindow", "List"), "numbers": "1. " + QCoreApplication.translate("MainWindow", "List"), "link": QCoreApplication.translate("MainWindow", "Link"), "photo": QCoreApplication.translate("MainWindow", "Photo"),
        "export_docx": QCoreApplication.translate("MainWindow", "Word for sign-off"),
    }  # fmt: skip
    # Word for sign-off sits by Save: on a 1024-pixel screen the formatting buttons, which
    # the Format menu and the shortcuts also give, are the ones left in the overflow menu.
    for name in ("new", "save", "export_docx", None, "undo", "redo", None, "bold", "italic",
                 "underline", None, "heading", "quote", "bullets", "numbers", None, "link",
                 "photo"):  # fmt: skip
        if name is None:
            toolbar.addSeparator()
        elif name in ("undo", "redo"):
            # Arrows alone, as in Word's quick access bar; a button of our own keeps that
            # style (the toolbar restyles the buttons it makes).
            button = QToolButton(toolbar)
            button.setDefaultAction(a[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            toolbar.addWidget(button)
        else:
            # The toolbar shows the icon text; setting the button's text instead lasted only
            # until the action next changed (checked, enabled), when "B" became "Bold".
            if name in short_labels:
                a[name].setIconText(short_labels[name])
            toolbar.addAction(a[name])
    window.addToolBar(toolbar)
    window.toolbar = toolbar

    def update_marks(fmt: QTextCharFormat | None = None) -> None:
        fmt = body.currentCharFormat() if fmt is None else fmt
        a["bold"].setChecked(
            fmt.fontWeight() >= QFont.Weight.DemiBold and body.current_kind() != "heading"
        )
        a["italic"].setChecked(fmt.fontItalic())
        a["underline"].setChecked(
            fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        )
        kind = body.current_kind()
        a["paragraph"].setChecked(kind == "paragraph")
        a["heading"].setChecked(kind == "heading")
        a["quote"].setChecked(kind == "quote")
        text_list = body.textCursor().block().textList()
        ordered = text_list is not None and text_list.format().style().value < -3
        a["bullets"].setChecked(text_list is not None and not ordered)
        a["numbers"].setChecked(ordered)

    body.currentCharFormatChanged.connect(update_marks)
    body.cursorPositionChanged.connect(update_marks)


def import_article(window: MainWindow) -> None:
    """Ask for an interchange JSON file and add it to the store."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from deskeditor.jsonio import read_article

    if not window.maybe_save():
        return
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Import article"),
        "",
        QCoreApplication.translate("MainWindow", "Article JSON (*.json)"),
    )
    if not name:
        return
    try:
        try:
            article = read_article(Path(name))
        except PhotoOutsideFolderError as exc:
            # The user chose the JSON, not its photos: ask before reading one from elsewhere.
            answer = QMessageBox.question(
                window,
                QCoreApplication.translate("MainWindow", "Photo outside the folder"),
                QCoreApplication.translate(
                    "MainWindow",
                    "This article uses a photo outside the folder of its JSON file:\n%1\n\n"
                    "Import it anyway?",
                ).replace("%1", exc.file),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            article = read_article(Path(name), allow_outside_photos=True)
        article_id = window.store.import_article(article)
    except DeskEditorError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Import failed"), localized(exc)
        )
        return
    window.open_article(article_id)


def delete_article(window: MainWindow) -> None:
    """Delete the open article after asking."""
    article_id = window.editor.article_id
    if article_id is None:
        window.new_article(ask=True)
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Delete article"),
        QCoreApplication.translate(
            "MainWindow", "Delete this article with all its revisions? This cannot be undone."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.store.delete_article(article_id)
        window.store.discard_recovery(f"article-{article_id}")
        window._set_clean()
        window.new_article(ask=False)
        window.refresh_list()


def show_history(window: MainWindow) -> None:
    """Show the revisions of the open article; restoring one reopens it."""
    from .history import HistoryDialog

    article_id = window.editor.article_id
    if article_id is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "History"),
            QCoreApplication.translate("MainWindow", "Save the article first."),
        )
        return
    if not window.maybe_save():
        return
    if HistoryDialog.show_for(window.store, article_id, window):
        window.open_article(article_id)


def show_backups(window: MainWindow) -> None:
    """List the backups; restoring one reloads the window."""
    from .backups_dialog import BackupsDialog

    BackupsDialog.show_for(window)


def choose_template_folder(window: MainWindow) -> None:
    """Let the office use its own page templates and stylesheet for the HTML export."""
    from PySide6.QtWidgets import QFileDialog

    settings = QSettings()
    current = str(settings.value("export/template_dir", "") or "")
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Web page templates"))
    box.setText(
        QCoreApplication.translate(
            "MainWindow",
            "The HTML export uses the templates built into the program. A folder of your own "
            "may replace any of them (article.html.j2, fragment.html.j2, blocks.html.j2, "
            "links.html.j2, portal.css).",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("MainWindow", "Current folder: %1").replace(
            "%1", current or QCoreApplication.translate("MainWindow", "(built-in templates)")
        )
    )
    choose = box.addButton(
        QCoreApplication.translate("MainWindow", "Choose a folder…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    reset = box.addButton(
        QCoreApplication.translate("MainWindow", "Use the built-in templates"),
        QMessageBox.ButtonRole.ResetRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is choose:
        folder = QFileDialog.getExistingDirectory(
            window, QCoreApplication.translate("MainWindow", "Templates folder"), current
        )
        if folder:
            settings.setValue("export/template_dir", folder)
    elif box.clickedButton() is reset:
        settings.remove("export/template_dir")


def set_language(window: MainWindow, code: str) -> None:
    """Remember the interface language; it applies at the next start."""
    QSettings().setValue("ui/language", code)
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language will be used the next time the program starts."
        ),
    )


def about(window: MainWindow) -> None:
    """Show what the program is."""
    from deskeditor import __version__

    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About deskeditor"),
        QCoreApplication.translate(
            "MainWindow",
            "deskeditor %1: news articles, photos and links for the department's portal.",
        ).replace("%1", __version__),
    )
