"""The link list manager: groups and their links in a tree, every change undoable.

The dialog edits a copy of the store's list and stores it in one transaction on
Save. Each change is a links.py operation run through the undo stack
(link_edits.py); the files it reads and writes are link_files.py's. The tree
model (link_tree.py) never changes the list itself, it only asks the dialog
(drops, checkboxes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.errors import DeskEditorError
from deskeditor.model import LinkGroup

from .dialogs import fit_screen
from .error_text import sentence
from .link_edits import LinkListEdits
from .link_files import LinkListFiles
from .link_tree import LinkTreeModel, Where


class LinkManagerDialog(QDialog):
    """Edit the portal's link list; Save stores it, Cancel forgets the changes."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.groups: list[LinkGroup] = store.link_groups()
        self.undo_stack = QUndoStack(self)
        self.edits = LinkListEdits(self)
        self.files = LinkListFiles(self, self.edits)
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

    # ------------------------------------------------------------ changes (link_edits.py)

    def add_group(self) -> None:
        self.edits.add_group()

    def add_link(self) -> None:
        self.edits.add_link()

    def edit_selected(self) -> None:
        self.edits.edit_selected()

    def remove_selected(self) -> None:
        self.edits.remove_selected()

    def move_item(self, source: Where, target: Where) -> None:
        self.edits.move_item(source, target)

    def move_selected(self, step: int) -> None:
        self.edits.move_selected(step)

    def move_to_group(self) -> None:
        self.edits.move_to_group()

    def set_visible(self, where: Where, visible: bool) -> None:
        self.edits.set_visible(where, visible)

    def toggle_visible(self) -> None:
        self.edits.toggle_visible()

    def sort_group(self) -> None:
        self.edits.sort_group()

    # ------------------------------------------------------------ files (link_files.py)

    def import_csv(self) -> None:
        self.files.import_csv()

    def export_csv(self) -> None:
        self.files.export_csv()

    def export_html(self) -> None:
        self.files.export_html()

    def copy_html(self) -> None:
        self.files.copy_html()

    # ------------------------------------------------------------ closing

    def save(self) -> None:
        """Store the list in one transaction and close."""
        try:
            self.store.replace_link_groups(self.groups)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("The link list was not saved"), sentence(exc))
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
