"""The link list manager: groups and their links in a tree, every change undoable.

The dialog edits a copy of the store's list and stores it in one transaction on
Save. Each change is a links.py operation run through the undo stack; the tree
model never changes the list itself, it only asks the dialog (drops, checkboxes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QSettings,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from deskeditor import links
from deskeditor.errors import DeskEditorError
from deskeditor.export.html import link_list_html
from deskeditor.links import CsvImportError, LinkError
from deskeditor.model import LinkGroup
from deskeditor.safeio import write_text_atomic

from .dialogs import fit_screen
from .error_text import localized
from .link_tree import (
    CsvProblemsDialog,
    LinkEditDialog,
    LinkTreeModel,
    Where,
)

Operation = Callable[[list[LinkGroup]], Any]
Inverse = Callable[[list[LinkGroup], Any], Any]


def _replace_all(groups: list[LinkGroup], new: list[LinkGroup]) -> list[LinkGroup]:
    """Put *new* in place of the whole list; return the previous one (for undo)."""
    previous = list(groups)
    groups[:] = new
    return previous


class LinkListCommand(QUndoCommand):
    """One change to the link list: a links.py operation and its inverse.

    The dialog runs the operation before pushing, so a refused change never
    reaches the stack; the first redo() (from push) only refreshes the tree.
    """

    def __init__(
        self,
        dialog: LinkManagerDialog,
        text: str,
        do: Operation,
        undo: Inverse,
        result: Any,
        after: Where | None,
        before: Where | None,
    ) -> None:
        super().__init__(text)
        self._dialog, self._do, self._undo = dialog, do, undo
        self._result, self._after, self._before = result, after, before
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._result = self._do(self._dialog.groups)
        self._dialog.refresh(self._after)

    def undo(self) -> None:
        self._undo(self._dialog.groups, self._result)
        self._dialog.refresh(self._before)


class LinkManagerDialog(QDialog):
    """Edit the portal's link list; Save stores it, Cancel forgets the changes."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.groups: list[LinkGroup] = store.link_groups()
        self.undo_stack = QUndoStack(self)
        self.model = LinkTreeModel(self.groups, self)
        self._collapsed: set[int] = set()  # id() of collapsed groups, kept across refreshes
        self.setWindowTitle(self.tr("Link list") + " [*]")
        fit_screen(self, 960, 540)  # its buttons stay on a 1024×600 screen

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.header().resizeSection(LinkTreeModel.NAME, 420)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self._build_actions()
        self._build_layout()

        self.model.move_requested.connect(self.move_item)
        # Queued: a checkbox click arrives inside the view's mouse handling,
        # which must not see the model reset under it.
        self.model.visibility_requested.connect(
            self.set_visible, Qt.ConnectionType.QueuedConnection
        )
        self.tree.collapsed.connect(lambda index: self._collapsed.add(self._group_id(index)))
        self.tree.expanded.connect(lambda index: self._collapsed.discard(self._group_id(index)))
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.hint = self.tr("Drag to reorder, or use Ctrl+Up and Ctrl+Down. Space hides or shows.")
        self.refresh((0, None) if self.groups else None)

    # ------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: tuple[str, ...] = (),
        tree_only: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        if keys:
            hint = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(text.rstrip("…") + " (" + hint + ")")
        action.triggered.connect(lambda _checked=False: slot())
        if tree_only:  # Space, Delete and the arrows belong to buttons when they have focus
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_group_action = self._action(self.tr("Add group…"), self.add_group, ("Ctrl+G",))
        self.add_link_action = self._action(self.tr("Add link…"), self.add_link, ("Ctrl+N", "Ins"))
        self.edit_action = self._action(
            self.tr("Edit…"), self.edit_selected, ("F2", "Return", "Enter"), tree_only=True
        )
        self.remove_action = self._action(
            self.tr("Remove"), self.remove_selected, ("Del",), tree_only=True
        )
        self.up_action = self._action(
            self.tr("Move up"), lambda: self.move_selected(-1), ("Ctrl+Up",), tree_only=True
        )
        self.down_action = self._action(
            self.tr("Move down"), lambda: self.move_selected(1), ("Ctrl+Down",), tree_only=True
        )
        self.move_to_action = self._action(
            self.tr("Move to group…"), self.move_to_group, ("Ctrl+M",), tree_only=True
        )
        self.visible_action = self._action(
            self.tr("Hide / show"), self.toggle_visible, ("Space",), tree_only=True
        )
        self.sort_action = self._action(self.tr("Sort A–Z"), self.sort_group)
        self.sort_action.setToolTip(self.tr("Sort the links of the group in Vietnamese order"))
        self.undo_action = self._action(self.tr("Undo"), self.undo_stack.undo, ("Ctrl+Z",))
        self.redo_action = self._action(
            self.tr("Redo"), self.undo_stack.redo, ("Ctrl+Y", "Ctrl+Shift+Z")
        )
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        for action, signal in (
            (self.undo_action, self.undo_stack.undoTextChanged),
            (self.redo_action, self.undo_stack.redoTextChanged),
        ):
            signal.connect(lambda text, a=action: a.setToolTip(a.text() + ": " + text))
            action.setEnabled(False)
        self.import_action = self._action(self.tr("Import CSV…"), self.import_csv)
        self.export_action = self._action(self.tr("Export CSV…"), self.export_csv)
        self.html_action = self._action(self.tr("Export HTML snippet…"), self.export_html)
        self.copy_html_action = self._action(self.tr("Copy HTML snippet"), self.copy_html)

    def _button(self, action: QAction) -> QToolButton:
        # A tool button follows its action's text, tooltip and enabled state by itself.
        action.setIconText(action.text())  # keep the "…" that says a dialog follows
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _build_layout(self) -> None:
        # The editing actions, None for a separator: the same in the side panel and the menu.
        self._edit_actions = (
            self.add_group_action,
            self.add_link_action,
            self.edit_action,
            self.remove_action,
            None,
            self.up_action,
            self.down_action,
            self.move_to_action,
            None,
            self.visible_action,
            self.sort_action,
        )
        side = QVBoxLayout()
        for action in (*self._edit_actions, 0, self.undo_action, self.redo_action):
            if isinstance(action, QAction):
                side.addWidget(self._button(action))
            elif action is None:
                side.addSpacing(12)
            else:
                side.addStretch(1)
        files = QHBoxLayout()
        for action in (
            self.import_action,
            self.export_action,
            self.html_action,
            self.copy_html_action,
        ):
            files.addWidget(self._button(action))
        files.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        files.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addWidget(self.tree, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(files)

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in self._edit_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ view state

    def _group_id(self, index: Any) -> int:
        where = self.model.path(index)
        return id(self.groups[where[0]]) if where else 0

    def current(self) -> Where | None:
        """Return (group, link or None) of the selected row."""
        return self.model.path(self.tree.currentIndex())

    def select(self, group: int, link: int | None = None) -> None:
        """Make a group or one of its links the current row."""
        index = self.model.index_of(group, link)
        if index.isValid():
            if link is not None:
                self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def refresh(self, select: Where | None = None) -> None:
        """Show the list again after a change and select *select*."""
        self.model.reset()
        for row, group in enumerate(self.groups):
            self.tree.setExpanded(self.model.index(row, 0), id(group) not in self._collapsed)
        if select is not None:
            self.select(*select)
        self._update_actions()
        count = self.model.duplicate_count()
        warning = self.tr("%n link(s) repeat an address already in their group.", "", count)
        self.status_label.setText("⚠ " + warning if count else self.hint)

    def _update_actions(self) -> None:
        where = self.current()
        group, link = where if where else (-1, None)
        last_group = len(self.groups) - 1
        for action in (self.edit_action, self.remove_action, self.visible_action):
            action.setEnabled(where is not None)
        self.add_link_action.setEnabled(bool(self.groups))
        self.sort_action.setEnabled(where is not None and len(self.groups[group].links) > 1)
        self.move_to_action.setEnabled(link is not None and last_group > 0)
        if link is None:
            self.up_action.setEnabled(group > 0)
            self.down_action.setEnabled(0 <= group < last_group)
        else:
            self.up_action.setEnabled(link > 0 or group > 0)
            size = len(self.groups[group].links)
            self.down_action.setEnabled(link < size - 1 or group < last_group)

    # ------------------------------------------------------------ changes

    def _push(
        self,
        text: str,
        do: Operation,
        undo: Inverse,
        after: Where | None | Callable[[Any], Where | None],
        before: Where | None = None,
        skip: Callable[[Any], bool] | None = None,
    ) -> bool:
        """Run a change now and put it on the undo stack; a refused change shows why."""
        before = before or self.current()
        try:
            result = do(self.groups)
        except LinkError as exc:
            QMessageBox.warning(
                self, text, self.tr("This change cannot be made: %1").replace("%1", localized(exc))
            )
            return False
        if skip is not None and skip(result):
            return False
        after = after(result) if callable(after) else after
        self.undo_stack.push(LinkListCommand(self, text, do, undo, result, after, before))
        return True

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, accepted = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        name = " ".join(name.split())  # as links.clean_name will store it
        return name if accepted and name else None

    def add_group(self) -> None:
        """Ask for a name and add an empty group after the selected one."""
        name = self._ask_name(self.tr("Add group"), self.tr("Name of the new group:"))
        if name is None:
            return
        where = self.current()
        index = where[0] + 1 if where else len(self.groups)
        self._push(
            self.tr("Add group"),
            lambda gs: links.add_group(gs, name, index),
            lambda gs, i: links.remove_group(gs, i),
            after=lambda i: (i, None),
        )

    def add_link(self) -> None:
        """Ask for a name and address; add the link after the selected one."""
        if not self.groups:
            return
        group, link = self.current() or (0, None)
        index = len(self.groups[group].links) if link is None else link + 1
        title = self.tr("Add link to “%1”").replace("%1", self.groups[group].name)
        (name, url), accepted = LinkEditDialog.get_link("", "", self, title)
        if accepted:
            self._push(
                self.tr("Add link"),
                lambda gs: links.add_link(gs, group, name, url, index),
                lambda gs, i: links.remove_link(gs, group, i),
                after=lambda i: (group, i),
            )

    def edit_selected(self) -> None:
        """Rename the selected group or edit the selected link."""
        where = self.current()
        if where is None:
            return
        group, link = where
        if link is None:
            old = self.groups[group].name
            answer = self._ask_name(self.tr("Rename group"), self.tr("New name of the group:"), old)
            if answer is not None and answer != old:
                name = answer
                self._push(
                    self.tr("Rename group"),
                    lambda gs: links.rename_group(gs, group, name),
                    lambda gs, previous: links.rename_group(gs, group, previous),
                    after=where,
                )
            return
        item = self.groups[group].links[link]
        (name, url), accepted = LinkEditDialog.get_link(
            item.name, item.url, self, self.tr("Edit link")
        )
        if accepted and (name, url) != (item.name, item.url):

            def restore(gs: list[LinkGroup], previous: tuple[str, str]) -> None:
                # Set back as it was: an address stored by an older version may
                # not pass today's checks, and undo must never be refused.
                target = gs[group].links[link]
                target.name, target.url = previous

            self._push(
                self.tr("Edit link"),
                lambda gs: links.edit_link(gs, group, link, name, url),
                restore,
                after=where,
            )

    def remove_selected(self) -> None:
        """Remove the selected link, or the selected group (asking if it holds links)."""
        where = self.current()
        if where is None:
            return
        group, link = where
        if link is None:
            count = len(self.groups[group].links)
            question = self.tr(
                "The group “%1” holds %n link(s). Remove the group with its links?", "", count
            ).replace("%1", self.groups[group].name)
            no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
            if (
                count
                and QMessageBox.question(self, self.tr("Remove group"), question, yes | no, no)
                != yes
            ):
                return
            self._push(
                self.tr("Remove group"),
                lambda gs: links.remove_group(gs, group),
                lambda gs, removed: links.insert_group(gs, group, removed),
                after=lambda _: (min(group, len(self.groups) - 1), None) if self.groups else None,
            )
            return
        self._push(
            self.tr("Remove link"),
            lambda gs: links.remove_link(gs, group, link),
            lambda gs, removed: links.insert_link(gs, group, link, removed),
            after=lambda _: (
                (group, min(link, len(self.groups[group].links) - 1))
                if self.groups[group].links
                else (group, None)
            ),
        )

    def move_item(self, source: Where, target: Where) -> None:
        """Move a group or link so that it ends at *target* (drops come here too)."""
        if source == target:
            return
        (group, link), (to_group, to_link) = source, target
        if link is None:
            self._push(
                self.tr("Move group"),
                lambda gs: links.move_group(gs, group, to_group),
                lambda gs, _: links.move_group(gs, to_group, group),
                after=target,
                before=source,
            )
        elif to_link is not None:
            self._push(
                self.tr("Move link"),
                lambda gs: links.move_link(gs, group, link, to_group, to_link),
                lambda gs, _: links.move_link(gs, to_group, to_link, group, link),
                after=target,
                before=source,
            )

    def move_selected(self, step: int) -> None:
        """Move the selection one place; a link at either end goes on to the next group."""
        where = self.current()
        if where is None:
            return
        group, link = where
        if link is None:
            if 0 <= group + step < len(self.groups):
                self.move_item(where, (group + step, None))
            return
        if 0 <= link + step < len(self.groups[group].links):
            self.move_item(where, (group, link + step))
        elif 0 <= group + step < len(self.groups):
            to_group = group + step
            self.move_item(where, (to_group, 0 if step > 0 else len(self.groups[to_group].links)))

    def move_to_group(self) -> None:
        """Ask for another group and move the selected link to its end."""
        where = self.current()
        if where is None or where[1] is None or len(self.groups) < 2:
            return
        names = [g.name for i, g in enumerate(self.groups) if i != where[0]]
        link_name = self.groups[where[0]].links[where[1]].name
        name, accepted = QInputDialog.getItem(
            self,
            self.tr("Move to group"),
            self.tr("Move “%1” to the group:").replace("%1", link_name),
            names,
            0,
            False,
        )
        if accepted and name in names:
            to_group = [g.name for g in self.groups].index(name)
            self.move_item(where, (to_group, len(self.groups[to_group].links)))

    def set_visible(self, where: Where, visible: bool) -> None:
        """Show or hide a group or link without removing it."""
        group, link = where
        self._push(
            self.tr("Show") if visible else self.tr("Hide"),
            lambda gs: links.set_visible(gs, group, link, visible),
            lambda gs, previous: links.set_visible(gs, group, link, previous),
            after=where,
            before=where,
        )

    def toggle_visible(self) -> None:
        """Hide the selected group or link if shown, show it if hidden."""
        where = self.current()
        if where is not None:
            group = self.groups[where[0]]
            item = group if where[1] is None else group.links[where[1]]
            self.set_visible(where, not item.visible)

    def sort_group(self) -> None:
        """Sort the selected group's links by name in Vietnamese order (undoable)."""
        where = self.current()
        if where is None:
            return
        group = where[0]

        def unchanged(previous: list[Any]) -> bool:
            same = list(map(id, previous)) == list(map(id, self.groups[group].links))
            if same:
                self.status_label.setText(self.tr("The group is already in alphabetical order."))
            return same

        self._push(
            self.tr("Sort A–Z"),
            lambda gs: links.sort_group(gs[group]),
            lambda gs, previous: links.restore_order(gs[group], previous),
            after=(group, None),
            skip=unchanged,
        )

    # ------------------------------------------------------------ files

    def _folder(self) -> str:
        return str(QSettings().value("links/folder", "") or Path.home())

    def _remember(self, path: Path) -> None:
        QSettings().setValue("links/folder", str(path.parent))

    def import_csv(self) -> None:
        """Replace the list with a CSV file's (one undoable change)."""
        title = self.tr("Import CSV")
        name, _ = QFileDialog.getOpenFileName(
            self, title, self._folder(), self.tr("CSV files (*.csv);;All files (*)")
        )
        if not name:
            return
        path = Path(name)
        self._remember(path)
        try:
            try:
                imported = links.read_links_csv(path)
            except CsvImportError as exc:
                if not exc.problems:
                    raise
                if not CsvProblemsDialog.ask(exc, self):
                    return
                imported = links.read_links_csv(path, skip_bad_rows=True)
        except CsvImportError as exc:
            QMessageBox.warning(self, title, localized(exc))
            return
        new = imported.groups
        self._push(
            title,
            lambda gs: _replace_all(gs, new),
            lambda gs, previous: _replace_all(gs, previous),
            after=(0, None),
        )
        count = sum(len(g.links) for g in new)
        message = self.tr("Imported %n link(s) in %1 group(s).", "", count).replace(
            "%1", str(len(new))
        )
        if imported.problems:
            message += " " + self.tr("%n bad row(s) skipped.", "", len(imported.problems))
        if imported.scheme_added:
            lines = ", ".join(map(str, imported.scheme_added))
            message += " " + self.tr("“https://” was added on line(s) %1.").replace("%1", lines)
        self.status_label.setText(
            message + " " + self.tr("Undo (Ctrl+Z) brings the previous list back.")
        )

    def export_csv(self) -> None:
        """Write the list as CSV (UTF-8 with BOM); the Excel filter uses ';'."""
        plain = self.tr("CSV, comma separated (*.csv)")
        excel = self.tr("CSV for Excel, separated by ; (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export CSV"),
            str(Path(self._folder()) / "lien-ket.csv"),
            plain + ";;" + excel,
        )
        if name:
            self._write(Path(name), lambda p: links.write_links_csv(
                self.groups, p, ";" if chosen == excel else ","
            ))  # fmt: skip

    def export_html(self) -> None:
        """Write the HTML snippet of the visible groups (the file dialog asks before overwriting)."""
        html = self._html()
        if html is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export HTML snippet"),
            str(Path(self._folder()) / "lien-ket.html"),
            self.tr("HTML files (*.html *.htm)"),
        )
        if name:
            self._write(Path(name), lambda p: write_text_atomic(p, html))

    def copy_html(self) -> None:
        """Put the HTML snippet on the clipboard, as text and as HTML."""
        html = self._html()
        if html is not None:
            data = QMimeData()
            data.setText(html)
            data.setHtml(html)
            QGuiApplication.clipboard().setMimeData(data)
            self.status_label.setText(self.tr("The HTML snippet is on the clipboard."))

    def _html(self) -> str | None:
        html = link_list_html(self.groups)
        if not html.strip():
            self.status_label.setText(
                self.tr("Nothing to export: no visible group has a visible link.")
            )
            return None
        return html

    def _write(self, path: Path, write: Callable[[Path], None]) -> None:
        self._remember(path)
        try:
            write(path)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("File not written"), localized(exc))
            return
        self.status_label.setText(self.tr("Written: %1").replace("%1", str(path)))

    # ------------------------------------------------------------ closing

    def save(self) -> None:
        """Store the list in one transaction and close."""
        try:
            self.store.replace_link_groups(self.groups)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("The link list was not saved"), localized(exc))
            return
        self.undo_stack.setClean()
        self.accept()

    def reject(self) -> None:
        """Close without storing; ask first if there are changes."""
        if not self.undo_stack.isClean():
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The link list has changes that are not saved. Save them?"),
                buttons.Save | buttons.Discard | buttons.Cancel,
                buttons.Save,
            )
            if answer == buttons.Save:
                self.save()
                return
            if answer != buttons.Discard:
                return
        super().reject()
