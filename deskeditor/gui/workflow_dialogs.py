"""The approver's decision dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.model import Decision
from deskeditor.text import nfc

from .dialogs import ok_cancel_buttons


@dataclass(frozen=True)
class DecisionInput:
    """What the approver decided, as typed in the dialog."""

    approver_name: str
    approver_position: str
    decision: Decision
    comment: str


class DecisionDialog(QDialog):
    """Record the editorial board's decision on the version that was printed."""

    def __init__(
        self, title: str, version_code: str, name: str, position: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the decision"))
        intro = QLabel(
            self.tr("Article: %1\nVersion code on the signed slip: %2")
            .replace("%1", title)
            .replace("%2", version_code)
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.position_edit = QLineEdit(position)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(
            self.tr("The approver's comment (required when returning)")
        )
        self.comment_edit.setMaximumHeight(110)
        self.comment_edit.setTabChangesFocus(True)  # Tab goes on to the buttons, as in a form
        self.buttons_group = QButtonGroup(self)
        self.decision_buttons: dict[Decision, QRadioButton] = {}
        labels = {
            Decision.APPROVE: self.tr("Approve for publication"),
            Decision.REVISE: self.tr("Return for changes"),
            Decision.REJECT: self.tr("Do not publish"),
        }
        for decision, label in labels.items():
            button = QRadioButton(label)
            self.buttons_group.addButton(button)
            self.decision_buttons[decision] = button
        self.decision_buttons[Decision.APPROVE].setChecked(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Approver:"), self.name_edit)
        form.addRow(self.tr("Position:"), self.position_edit)
        choices = QVBoxLayout()
        for button in self.decision_buttons.values():
            choices.addWidget(button)
        form.addRow(self.tr("Decision:"), choices)
        form.addRow(self.tr("Comment:"), self.comment_edit)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def value(self) -> DecisionInput:
        """Return the decision as entered."""
        decision = next(d for d, b in self.decision_buttons.items() if b.isChecked())
        return DecisionInput(
            nfc(self.name_edit.text().strip()),
            nfc(self.position_edit.text().strip()),
            decision,
            nfc(self.comment_edit.toPlainText().strip()),
        )

    def accept(self) -> None:
        value = self.value()
        if not value.approver_name:
            self.error_label.setText(self.tr("Enter the approver's name."))
            return
        if value.decision is not Decision.APPROVE and not value.comment:
            self.error_label.setText(
                self.tr("Say what must change: the comment is shown to the author.")
            )
            return
        super().accept()

    @classmethod
    def ask(
        cls, title: str, version_code: str, name: str, position: str, parent: QWidget | None = None
    ) -> tuple[DecisionInput, bool]:
        """Show the dialog; return (decision, accepted)."""
        dialog = cls(title, version_code, name, position, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), accepted
