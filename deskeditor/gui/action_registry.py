"""The window's actions, built one way from tables; menus and the toolbar from tables too.

A row of a table (:class:`ActionSpec`) says everything about one action: its
name, text, shortcuts, icon, whether it is checkable, what it calls, and when
it is enabled. :class:`ActionRegistry` turns the rows into ``QAction`` objects
owned by the window and hands them out by name; :class:`MenuSpec` rows and a
toolbar list place them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, Union

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QStyle, QToolBar, QToolButton

# The action tables mark their texts with it; imported from here as before.
from .translation import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str
Rule = Callable[["MainWindow"], bool]


@dataclass(frozen=True)
class ActionSpec:
    """One action of the window, as a row of a table.

    *text*, *tip* and *icon_text* are source texts marked with
    ``QT_TRANSLATE_NOOP(context, …)``; they are translated when the action is
    built. *slot* is called with the window and the action's checked state.
    """

    name: str
    text: str
    slot: Callable[[MainWindow, bool], object]
    shortcuts: tuple[Shortcut, ...] = ()
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False
    tip: str = ""
    # The toolbar's shorter label: *icon_mark* (not translated) then *icon_text*.
    icon_mark: str = ""
    icon_text: str = ""
    icon_only: bool = False  # on the toolbar, the icon alone
    font: Literal["", "bold", "italic", "underline"] = ""  # the menu item shows its effect
    group: str = ""  # actions of one group exclude each other
    # The text fields have cut/copy/paste shortcuts themselves; the menu items are for the mouse.
    widget_shortcut: bool = False
    enabled_when: Rule | None = None
    checked_when: Rule | None = None  # the initial check mark
    context: str = "MainWindow"


@dataclass(frozen=True)
class MenuSpec:
    """A menu of the menu bar (or a submenu): action names, None for a separator."""

    name: str
    title: str  # marked with QT_TRANSLATE_NOOP(context, …)
    items: tuple[Union[str, None, MenuSpec], ...]  # noqa: UP007 (a forward reference)
    context: str = "MainWindow"


def store_writable(window: MainWindow) -> bool:
    """The rule of the actions that change the store: not in a store opened read-only."""
    return not window.store.read_only


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else ""


class ActionRegistry:
    """The window's actions by name; the only place that makes them."""

    def __init__(self, window: MainWindow, specs: Iterable[ActionSpec]) -> None:
        self._window = window
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        for spec in specs:
            if spec.name in self._specs:
                raise ValueError(f"two actions are named {spec.name!r}")
            self._specs[spec.name] = spec
            self._actions[spec.name] = self._build(spec)

    def _build(self, spec: ActionSpec) -> QAction:
        window = self._window
        text = _translate(spec.context, spec.text)
        action = QAction(text, window)
        action.setObjectName(f"action_{spec.name}")
        # A standard key the platform does not bind (Quit on some) gives an empty sequence.
        keys = [QKeySequence(key) for key in spec.shortcuts]
        action.setShortcuts([key for key in keys if not key.isEmpty()])
        action.setCheckable(spec.checkable)
        if spec.tip or spec.shortcuts:
            hint = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = _translate(spec.context, spec.tip) or text.replace("&", "").rstrip("…")
            action.setToolTip(tip + (f" ({hint})" if hint else ""))
        if spec.icon is not None:
            action.setIcon(window.style().standardIcon(spec.icon))
        if spec.icon_mark or spec.icon_text:
            action.setIconText(spec.icon_mark + _translate(spec.context, spec.icon_text))
        if spec.font:
            font = QFont()
            font.setBold(spec.font == "bold")
            font.setItalic(spec.font == "italic")
            font.setUnderline(spec.font == "underline")
            action.setFont(font)
        if spec.group:
            group = self._groups.get(spec.group)
            if group is None:
                group = self._groups[spec.group] = QActionGroup(window)
            group.addAction(action)
        if spec.widget_shortcut:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if spec.checked_when is not None:
            action.setChecked(spec.checked_when(window))
        slot = spec.slot
        action.triggered.connect(lambda checked=False, slot=slot: slot(window, checked))
        return action

    # ------------------------------------------------------------ handing out

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def get(self, name: str) -> QAction | None:
        """Return the action called *name*, or None."""
        return self._actions.get(name)

    def names(self) -> list[str]:
        """Return the names of every action, in table order."""
        return list(self._actions)

    def as_mapping(self) -> Mapping[str, QAction]:
        """Return a read-only view of the actions by name."""
        return MappingProxyType(self._actions)

    # ------------------------------------------------------------ state

    def refresh_enabled(self, names: Iterable[str] | None = None) -> None:
        """Enable each action (of *names*, or every one) as its rule says."""
        for name in self._actions if names is None else names:
            rule = self._specs[name].enabled_when
            if rule is not None:
                self._actions[name].setEnabled(rule(self._window))

    # ------------------------------------------------------------ placing

    def build_menus(self, bar: QMenuBar, menus: Iterable[MenuSpec]) -> dict[str, QMenu]:
        """Fill the menu bar; return every menu (and submenu) by name.

        Opening a menu re-checks the rules of its actions: what a move allows
        depends on the article open at that moment.
        """
        built: dict[str, QMenu] = {}

        def fill(menu: QMenu, spec: MenuSpec) -> None:
            built[spec.name] = menu
            names = [item for item in spec.items if isinstance(item, str)]
            menu.aboutToShow.connect(lambda names=names: self.refresh_enabled(names))
            for item in spec.items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, MenuSpec):
                    fill(menu.addMenu(_translate(item.context, item.title)), item)
                else:
                    menu.addAction(self._actions[item])

        for spec in menus:
            fill(bar.addMenu(_translate(spec.context, spec.title)), spec)
        return built

    def build_toolbar(self, title: str, items: Iterable[str | None]) -> QToolBar:
        """Make the toolbar called *title* with the actions named in *items* (None: separator)."""
        toolbar = QToolBar(title, self._window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in items:
            if name is None:
                toolbar.addSeparator()
            elif self._specs[name].icon_only:
                # A button of our own keeps the icon-only style (the toolbar restyles the
                # buttons it makes). The toolbar shows an action's icon text; setting a
                # button's text instead lasted only until the action next changed.
                button = QToolButton(toolbar)
                button.setDefaultAction(self._actions[name])
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                button.setAutoRaise(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as the toolbar's own buttons
                toolbar.addWidget(button)
            else:
                toolbar.addAction(self._actions[name])
        return toolbar
