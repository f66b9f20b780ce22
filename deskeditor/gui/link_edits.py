"""Changes to the link list, each a links.py operation run through the undo stack.

Part of the link list manager (links_manager.py): the dialog asks this object to
make a change; the change runs at once and goes on the dialog's undo stack, and
a refused one shows why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from deskeditor import links
from deskeditor.links import LinkError
from deskeditor.model import LinkGroup

from .error_text import localized
from .link_tree import LinkEditDialog, Where

if TYPE_CHECKING:
    from .links_manager import LinkManagerDialog

Operation = Callable[[list[LinkGroup]], Any]
Inverse = Callable[[list[LinkGroup], Any], Any]


def replace_all(groups: list[LinkGroup], new: list[LinkGroup]) -> list[LinkGroup]:
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


class LinkListEdits(QObject):
    """The changes the link list manager offers: add, edit, remove, move, show or hide, sort.

    A QObject for tr(): its texts are in its own translation context.
    """

    def __init__(self, dialog: LinkManagerDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @property
    def groups(self) -> list[LinkGroup]:
        """The dialog's copy of the list (changed in place, never replaced)."""
        return self.dialog.groups

    def current(self) -> Where | None:
        return self.dialog.current()

    def push(
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
                self.dialog,
                text,
                self.tr("This change cannot be made: %1").replace("%1", localized(exc)),
            )
            return False
        if skip is not None and skip(result):
            return False
        after = after(result) if callable(after) else after
        self.dialog.undo_stack.push(
            LinkListCommand(self.dialog, text, do, undo, result, after, before)
        )
        return True

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, accepted = QInputDialog.getText(
            self.dialog, title, label, QLineEdit.EchoMode.Normal, text
        )
        name = " ".join(name.split())  # as links.clean_name will store it
        return name if accepted and name else None

    def add_group(self) -> None:
        """Ask for a name and add an empty group after the selected one."""
        name = self._ask_name(self.tr("Add group"), self.tr("Name of the new group:"))
        if name is None:
            return
        where = self.current()
        index = where[0] + 1 if where else len(self.groups)
        self.push(
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
        (name, url), accepted = LinkEditDialog.get_link("", "", self.dialog, title)
        if accepted:
            self.push(
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
                self.push(
                    self.tr("Rename group"),
                    lambda gs: links.rename_group(gs, group, name),
                    lambda gs, previous: links.rename_group(gs, group, previous),
                    after=where,
                )
            return
        item = self.groups[group].links[link]
        (name, url), accepted = LinkEditDialog.get_link(
            item.name, item.url, self.dialog, self.tr("Edit link")
        )
        if accepted and (name, url) != (item.name, item.url):

            def restore(gs: list[LinkGroup], previous: tuple[str, str]) -> None:
                # Set back as it was: an address stored by an older version may
                # not pass today's checks, and undo must never be refused.
                target = gs[group].links[link]
                target.name, target.url = previous

            self.push(
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
                and QMessageBox.question(
                    self.dialog, self.tr("Remove group"), question, yes | no, no
                )
                != yes
            ):
                return
            self.push(
                self.tr("Remove group"),
                lambda gs: links.remove_group(gs, group),
                lambda gs, removed: links.insert_group(gs, group, removed),
                after=lambda _: (min(group, len(self.groups) - 1), None) if self.groups else None,
            )
            return
        self.push(
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
            self.push(
                self.tr("Move group"),
                lambda gs: links.move_group(gs, group, to_group),
                lambda gs, _: links.move_group(gs, to_group, group),
                after=target,
                before=source,
            )
        elif to_link is not None:
            self.push(
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
            self.dialog,
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
        self.push(
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
                self.dialog.status_label.setText(
                    self.tr("The group is already in alphabetical order.")
                )
            return same

        self.push(
            self.tr("Sort A–Z"),
            lambda gs: links.sort_group(gs[group]),
            lambda gs, previous: links.restore_order(gs[group], previous),
            after=(group, None),
            skip=unchanged,
        )
