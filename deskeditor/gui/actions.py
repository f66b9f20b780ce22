"""The tables of the main window's actions, menus and toolbar, and what the actions do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
)

from deskeditor.errors import DeskEditorError, PhotoOutsideFolderError

from .action_registry import (
    QT_TRANSLATE_NOOP,
    ActionRegistry,
    ActionSpec,
    MenuSpec,
    store_writable,
)
from .article_actions import ARTICLE_ACTIONS, ARTICLE_MENU_ITEMS
from .error_text import sentence
from .photo_tools import PHOTO_ACTIONS, PHOTO_MENU
from .settings_menu import SETTINGS_ACTIONS
from .spelling import SPELLING_ACTIONS

if TYPE_CHECKING:
    from .body_editor import BodyEdit
    from .main_window import MainWindow


def _focused_text(window: MainWindow):  # type: ignore[no-untyped-def]
    # Undo and clipboard act on the text field being typed in; from anywhere else
    # (the photo panel, the toolbar) they act on the body.
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return widget.lineEdit()
    return window.editor.body_edit


def _language(code: str) -> ActionSpec:
    # Each language's name in that language: not translated.
    return ActionSpec(
        f"language_{code}",
        {"vi": "Tiếng Việt", "en": "English"}[code],
        lambda w, _c: set_language(w, code),
        checkable=True,
        group="language",
        checked_when=lambda _w: str(QSettings().value("ui/language", "vi")) == code,
    )


SP = QStyle.StandardPixmap
KEY = QKeySequence.StandardKey
W = store_writable  # enabled only when the store can be written


def IN_TABLE(window: MainWindow) -> bool:  # noqa: N802 (a rule, named like W)
    """The rule of the table actions: the cursor is in a table of a writable store."""
    return store_writable(window) and window.editor.body_edit.current_table() is not None


# Every action of the window but the Article and Settings menus' own (article_actions,
# settings_menu). Texts are translated in the "MainWindow" context.
ACTIONS = (
    ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "&New article"), lambda w, _c: w.new_article(), (KEY.New,), SP.SP_FileIcon, enabled_when=W),
    ActionSpec("save", QT_TRANSLATE_NOOP("MainWindow", "&Save"), lambda w, _c: w.save(), (KEY.Save,), SP.SP_DialogSaveButton, enabled_when=W),
    ActionSpec("import", QT_TRANSLATE_NOOP("MainWindow", "&Import article (JSON)…"), lambda w, _c: import_article(w), enabled_when=W),
    ActionSpec("import_word", QT_TRANSLATE_NOOP("MainWindow", "Open &Word draft…"), lambda w, _c: open_word_draft(w), enabled_when=W),
    # Ctrl+H is Replace, as in Word.
    ActionSpec("history", QT_TRANSLATE_NOOP("MainWindow", "&History…"), lambda w, _c: show_history(w), ("Ctrl+Shift+H",)),
    ActionSpec("delete", QT_TRANSLATE_NOOP("MainWindow", "&Delete article…"), lambda w, _c: delete_article(w), enabled_when=W),
    ActionSpec("backup", QT_TRANSLATE_NOOP("MainWindow", "&Backups and restore…"), lambda w, _c: show_backups(w)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), lambda w, _c: w.close(), (KEY.Quit,)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), lambda w, _c: undo(w), (KEY.Undo,), SP.SP_ArrowBack, icon_only=True),
    # Both, as in Word, whatever the platform's own binding: Ctrl+Y and Ctrl+Shift+Z.
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), lambda w, _c: redo(w), ("Ctrl+Y", "Ctrl+Shift+Z"), SP.SP_ArrowForward, icon_only=True),
    ActionSpec("cut", QT_TRANSLATE_NOOP("MainWindow", "Cu&t"), lambda w, _c: _focused_text(w).cut(), (KEY.Cut,), widget_shortcut=True),
    ActionSpec("copy", QT_TRANSLATE_NOOP("MainWindow", "&Copy"), lambda w, _c: _focused_text(w).copy(), (KEY.Copy,), widget_shortcut=True),
    ActionSpec("paste", QT_TRANSLATE_NOOP("MainWindow", "&Paste"), lambda w, _c: paste(w), (KEY.Paste,), widget_shortcut=True),
    # Ctrl+F finds in the article, as in Word; the article list's search is one key further.
    ActionSpec("find", QT_TRANSLATE_NOOP("MainWindow", "Find artic&les"), lambda w, _c: w.search_edit.setFocus(), ("Ctrl+Shift+F",)),
    # The find bar is made the first time one of these is used (Ctrl+F, Ctrl+H, F3).
    ActionSpec("find_in_article", QT_TRANSLATE_NOOP("MainWindow", "&Find in the article…"), lambda w, _c: w.find_bar.show_find(replace=False), ("Ctrl+F",)),
    ActionSpec("replace", QT_TRANSLATE_NOOP("MainWindow", "R&eplace…"), lambda w, _c: w.find_bar.show_find(replace=True), ("Ctrl+H",), enabled_when=W),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("MainWindow", "Find &next"), lambda w, _c: w.find_bar.find_next(), ("F3",)),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("MainWindow", "Find pre&vious"), lambda w, _c: w.find_bar.find_previous(), ("Shift+F3",)),
    ActionSpec("bold", QT_TRANSLATE_NOOP("MainWindow", "&Bold"), lambda w, on: w.editor.body_edit.set_bold(on), (KEY.Bold,), checkable=True, icon_mark="B", font="bold", enabled_when=W),
    ActionSpec("italic", QT_TRANSLATE_NOOP("MainWindow", "&Italic"), lambda w, on: w.editor.body_edit.set_italic(on), (KEY.Italic,), checkable=True, icon_mark="I", font="italic", enabled_when=W),
    ActionSpec("underline", QT_TRANSLATE_NOOP("MainWindow", "&Underline"), lambda w, on: w.editor.body_edit.set_underline(on), (KEY.Underline,), checkable=True, icon_mark="U", font="underline", enabled_when=W),
    ActionSpec("paragraph", QT_TRANSLATE_NOOP("MainWindow", "&Paragraph"), lambda w, _c: w.editor.body_edit.set_block_kind("paragraph"), ("Ctrl+Alt+0",), checkable=True, group="kind", enabled_when=W),
    ActionSpec("heading", QT_TRANSLATE_NOOP("MainWindow", "&Heading"), lambda w, _c: w.editor.body_edit.set_block_kind("heading"), ("Ctrl+Alt+2",), checkable=True, icon_text=QT_TRANSLATE_NOOP("MainWindow", "Heading"), group="kind", enabled_when=W),
    ActionSpec("quote", QT_TRANSLATE_NOOP("MainWindow", "&Quote"), lambda w, _c: w.editor.body_edit.set_block_kind("quote"), ("Ctrl+Alt+Q",), checkable=True, icon_text=QT_TRANSLATE_NOOP("MainWindow", "Quote"), group="kind", enabled_when=W),
    ActionSpec("bullets", QT_TRANSLATE_NOOP("MainWindow", "Bulleted li&st"), lambda w, _c: w.editor.body_edit.toggle_list(False), ("Ctrl+Shift+8",), checkable=True, icon_mark="• ", icon_text=QT_TRANSLATE_NOOP("MainWindow", "List"), enabled_when=W),
    ActionSpec("numbers", QT_TRANSLATE_NOOP("MainWindow", "&Numbered list"), lambda w, _c: w.editor.body_edit.toggle_list(True), ("Ctrl+Shift+7",), checkable=True, icon_mark="1. ", icon_text=QT_TRANSLATE_NOOP("MainWindow", "List"), enabled_when=W),
    ActionSpec("link", QT_TRANSLATE_NOOP("MainWindow", "Insert &link…"), lambda w, _c: insert_link(w), ("Ctrl+K",), icon_text=QT_TRANSLATE_NOOP("MainWindow", "Link"), enabled_when=W),
    ActionSpec("unlink", QT_TRANSLATE_NOOP("MainWindow", "&Remove link"), lambda w, _c: w.editor.body_edit.set_link(None), enabled_when=W),
    ActionSpec("photo", QT_TRANSLATE_NOOP("MainWindow", "Insert &photo…"), lambda w, _c: w.choose_photos(), ("Ctrl+Shift+I",), icon_text=QT_TRANSLATE_NOOP("MainWindow", "Photo"), enabled_when=W),
    ActionSpec("table", QT_TRANSLATE_NOOP("MainWindow", "Insert &table…"), lambda w, _c: insert_table(w), ("Ctrl+Alt+T",), icon_text=QT_TRANSLATE_NOOP("MainWindow", "Table"), enabled_when=W),
    ActionSpec("row_above", QT_TRANSLATE_NOOP("MainWindow", "Insert row &above"), lambda w, _c: w.editor.body_edit.insert_row(below=False), enabled_when=IN_TABLE),
    ActionSpec("row_below", QT_TRANSLATE_NOOP("MainWindow", "Insert row &below"), lambda w, _c: w.editor.body_edit.insert_row(below=True), ("Ctrl+Alt+Down",), enabled_when=IN_TABLE),
    ActionSpec("column_left", QT_TRANSLATE_NOOP("MainWindow", "Insert column &left"), lambda w, _c: w.editor.body_edit.insert_column(right=False), enabled_when=IN_TABLE),
    ActionSpec("column_right", QT_TRANSLATE_NOOP("MainWindow", "Insert column ri&ght"), lambda w, _c: w.editor.body_edit.insert_column(right=True), ("Ctrl+Alt+Right",), enabled_when=IN_TABLE),
    ActionSpec("remove_row", QT_TRANSLATE_NOOP("MainWindow", "Delete r&ow"), lambda w, _c: w.editor.body_edit.remove_row(), enabled_when=IN_TABLE),
    ActionSpec("remove_column", QT_TRANSLATE_NOOP("MainWindow", "Delete colu&mn"), lambda w, _c: w.editor.body_edit.remove_column(), enabled_when=IN_TABLE),
    ActionSpec("remove_table", QT_TRANSLATE_NOOP("MainWindow", "&Delete table"), lambda w, _c: w.editor.body_edit.remove_table(), enabled_when=IN_TABLE),
    ActionSpec("header_row", QT_TRANSLATE_NOOP("MainWindow", "&Heading row"), lambda w, on: w.editor.body_edit.set_header_row(on), checkable=True, enabled_when=IN_TABLE),
    _language("vi"),
    _language("en"),
    ActionSpec("templates", QT_TRANSLATE_NOOP("MainWindow", "Web page &templates folder…"), lambda w, _c: choose_template_folder(w)),
    ActionSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&User guide"), lambda w, _c: show_help(w), ("F1",)),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), lambda w, _c: show_shortcuts(w)),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About deskeditor"), lambda w, _c: about(w)),
    *ARTICLE_ACTIONS,
    *SETTINGS_ACTIONS,
    *PHOTO_ACTIONS,
    *SPELLING_ACTIONS,
)  # fmt: skip

TABLE_ACTIONS = (
    "row_above", "row_below", "column_left", "column_right", "remove_row", "remove_column",
    "remove_table", "header_row",
)  # fmt: skip

MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File"), ("new", "save", None, "import_word", "import", None, "backup", None, "quit")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (
        "undo", "redo", None, "cut", "copy", "paste", None, "find_in_article", "replace",
        "find_next", "find_previous", None, "find", None, "spell_check",
    )),
    MenuSpec("format", QT_TRANSLATE_NOOP("MainWindow", "F&ormat"), (
        "bold", "italic", "underline", None, "paragraph", "heading", "quote", None, "bullets",
        "numbers", None, "link", "unlink",
    )),
    MenuSpec("insert", QT_TRANSLATE_NOOP("MainWindow", "&Insert"), (
        "photo", "link", None, PHOTO_MENU, None, "table",
        MenuSpec("table_menu", QT_TRANSLATE_NOOP("MainWindow", "Ta&ble"), (
            *TABLE_ACTIONS[:4], None, *TABLE_ACTIONS[4:7], None, TABLE_ACTIONS[7],
        )),
    )),
    MenuSpec("article", QT_TRANSLATE_NOOP("MainWindow", "&Article"), (*ARTICLE_MENU_ITEMS, None, "history", None, "delete")),
    MenuSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "&Settings"), (
        "link_list", "site_profile", None,
        MenuSpec("language", QT_TRANSLATE_NOOP("MainWindow", "Language (after &restart)"), ("language_vi", "language_en")),
        None, "templates", "office_dictionary",
    )),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("help", "shortcuts", None, "about")),
)  # fmt: skip

TOOLBAR_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Main toolbar")
# Word for sign-off sits by Save: on a 1024-pixel screen the formatting buttons, which
# the Format menu and the shortcuts also give, are the ones left in the overflow menu.
TOOLBAR = (
    "new", "save", "export_docx", None, "undo", "redo", None, "bold", "italic", "underline",
    None, "heading", "quote", "bullets", "numbers", None, "link", "photo",
)  # fmt: skip


def follow_format_marks(actions: ActionRegistry, body: BodyEdit) -> None:
    """Keep the check marks of the format actions on what the cursor is in."""

    def update_marks(fmt: QTextCharFormat | None = None) -> None:
        fmt = body.currentCharFormat() if fmt is None else fmt
        actions["bold"].setChecked(
            fmt.fontWeight() >= QFont.Weight.DemiBold and body.current_kind() != "heading"
        )
        actions["italic"].setChecked(fmt.fontItalic())
        actions["underline"].setChecked(
            fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        )
        kind = body.current_kind()
        actions["paragraph"].setChecked(kind == "paragraph")
        actions["heading"].setChecked(kind == "heading")
        actions["quote"].setChecked(kind == "quote")
        text_list = body.textCursor().block().textList()
        ordered = text_list is not None and text_list.format().style().value < -3
        actions["bullets"].setChecked(text_list is not None and not ordered)
        actions["numbers"].setChecked(ordered)
        actions["header_row"].setChecked(body.header_row())
        actions.refresh_enabled(TABLE_ACTIONS)  # their shortcuts work only in a table

    body.table_actions = [
        *(actions[name] for name in TABLE_ACTIONS[:4]), None,
        *(actions[name] for name in TABLE_ACTIONS[4:7]), None, actions[TABLE_ACTIONS[7]],
    ]  # fmt: skip
    body.currentCharFormatChanged.connect(update_marks)
    body.cursorPositionChanged.connect(update_marks)


def insert_link(window: MainWindow) -> None:
    """Link the selected text (the link dialog refuses unsafe addresses)."""
    from .dialogs import LinkDialog

    body = window.editor.body_edit
    url, accepted = LinkDialog.get_url(body.current_link() or "", window)
    if accepted:
        body.set_link(url or None)


def insert_table(window: MainWindow) -> None:
    """Ask for the size of a table and insert it after the cursor's paragraph."""
    from .dialogs import TableDialog

    values = TableDialog.ask(window)
    if values is not None:
        rows, columns, header, caption = values
        window.editor.body_edit.insert_table(rows, columns, header, caption)
        window.editor.body_edit.setFocus()


def paste(window: MainWindow) -> None:
    """Paste into the field being typed in; legacy text in a plain field is offered converted."""
    widget = _focused_text(window)
    if window.legacy_fields.handles(widget):
        window.legacy_fields.paste(widget)
    else:
        widget.paste()


def undo(window: MainWindow) -> None:
    """Undo in the field being typed in; a Replace All just made is undone in every field."""
    bar = window.find_bar_if_made()  # no Replace All before the bar was first opened
    if bar is None or not bar.undo_replace_all():
        _focused_text(window).undo()


def redo(window: MainWindow) -> None:
    """Redo in the field being typed in, or the Replace All just undone."""
    bar = window.find_bar_if_made()
    if bar is None or not bar.redo_replace_all():
        _focused_text(window).redo()


def open_word_draft(window: MainWindow) -> None:
    """Ask for a Word draft and import it (the import's module loads on first use)."""
    from . import word_import

    word_import.open_word_draft(window)


def show_help(window: MainWindow) -> None:
    """Open the user guide (F1)."""
    from .help_window import HelpWindow

    HelpWindow.show_for(window)


def show_shortcuts(window: MainWindow) -> None:
    """List every keyboard shortcut of the window, by menu."""
    from .help_window import ShortcutsDialog

    ShortcutsDialog.show_for(window, MENUS)


def import_article(window: MainWindow) -> None:
    """Ask for an interchange JSON file and add it to the store."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from deskeditor.interchange import import_with_approval
    from deskeditor.jsonio import read_interchange

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
            article, approval = read_interchange(Path(name))
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
            article, approval = read_interchange(Path(name), allow_outside_photos=True)
        # With its approval, while the content still has the approved code.
        result = import_with_approval(window.store, article, approval)
    except DeskEditorError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Import failed"), sentence(exc)
        )
        return
    window.open_article(result.article_id)
    if result.approval_note:
        QMessageBox.information(
            window, QCoreApplication.translate("MainWindow", "Import article"),
            sentence(result.approval_note),
        )  # fmt: skip


def delete_article(window: MainWindow) -> None:
    """Delete the open article after asking."""
    article_id = window.editor.article_id
    if article_id is None:
        window.new_article(ask=True)
        return
    from deskeditor.model import Status
    from deskeditor.store.workflow import workflow_state

    title = window.store.get_article(article_id).title
    state = workflow_state(window.store, article_id)
    Button = QMessageBox.StandardButton
    ask = QMessageBox.question
    text = QCoreApplication.translate(
        "MainWindow", "Delete the article «{title}» with all its revisions? This cannot be undone."
    )
    if state.status in (Status.APPROVED, Status.PUBLISHED):
        # Signed copies are out there: say what the deletion does and does not touch.
        ask = QMessageBox.warning
        if state.status is Status.PUBLISHED:
            lost = QCoreApplication.translate(
                "MainWindow",
                "The article «{title}» was approved by {who} on {on} and is published. "
                "Deleting it removes it from this program only, not from the portal. Its "
                "sign-off record is kept, so the signed Word document and the portal page "
                "still verify.",
            )
        else:
            lost = QCoreApplication.translate(
                "MainWindow",
                "The article «{title}» was approved by {who} on {on}. Its sign-off record is "
                "kept after the deletion, so its exported copies (the signed Word document, "
                "the portal page) still verify.",
            )
        text = lost + "\n\n" + text
    record = state.approval
    answer = ask(
        window,
        QCoreApplication.translate("MainWindow", "Delete article"),
        text.format(
            title=title,
            who=record.approver_name if record else "",
            on=record.decided_at.strftime("%d/%m/%Y") if record and record.decided_at else "",
        ),
        Button.Yes | Button.No,
        Button.No,
    )
    if answer == Button.Yes:
        window.store.delete_article(article_id)
        window.store.discard_recovery(f"article-{article_id}")
        window.mark_clean()
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
