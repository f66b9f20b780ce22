"""Settings kept in the store: the department's profile and the categories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskeditor.errors import DeskEditorError
from deskeditor.model import SiteProfile
from deskeditor.profile import ProfileError, validate_profile
from deskeditor.text import official_date_line

from .categories_page import CategoriesPage
from .dialogs import fit_screen
from .error_text import localized, sentence

if TYPE_CHECKING:
    from deskeditor.photos import ProcessedPhoto

_ERROR_STYLE = "border: 1px solid #b00020; padding: 2px"


class ProfilePage(QWidget):
    """Edit the fields of the site profile; a refused field is marked where it is."""

    def __init__(
        self,
        profile: SiteProfile,
        parent: QWidget | None = None,
        logo_loader: Callable[[int], bytes | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self.logo_loader = logo_loader
        self.pending_logo: ProcessedPhoto | None = None  # chosen, stored only on OK
        self.logo_removed = False
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self._section(self.tr("Page header"))
        self._field(
            "organisation_name",
            self.tr("Organisation name:"),
            self.tr("e.g. TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH LẠNG SƠN"),
        )
        self._logo_row()
        self._section(self.tr("Sign-off document"))
        self._field(
            "governing_body", self.tr("Governing body:"), self.tr("e.g. UBND TỈNH LẠNG SƠN")
        )
        self._field("agency_name", self.tr("Agency name:"), self.tr("e.g. SỞ NỘI VỤ"))
        self._field("place_name", self.tr("Place name for dates:"), self.tr("e.g. Lạng Sơn"))
        self.date_preview = QLabel()
        self.date_preview.setStyleSheet("color: #555")
        self.form.addRow("", self.date_preview)
        self._field("approver_name", self.tr("Approver's name:"), self.tr("e.g. Nguyễn Văn An"))
        self._field(
            "approver_position",
            self.tr("Approver's position:"),
            self.tr("e.g. Trưởng Ban biên tập"),
        )
        self._section(self.tr("Contact details (page footer)"))
        self._field(
            "address", self.tr("Address:"), self.tr("e.g. Số 2 đường Hùng Vương, TP. Lạng Sơn")
        )
        self._field("phone", self.tr("Phone:"), self.tr("e.g. 0205 3812 345"))
        self._field("fax", self.tr("Fax:"), self.tr("e.g. 0205 3812 346"))
        self._field("email", self.tr("Email:"), self.tr("e.g. sonoivu@langson.gov.vn"))
        self._field("website", self.tr("Website:"), self.tr("e.g. https://sonoivu.langson.gov.vn"))
        self.edits["place_name"].textChanged.connect(self._preview_date)
        self._preview_date()

    def _logo_row(self) -> None:
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumSize(64, 48)
        self.logo_choose_button = QPushButton(self.tr("Choose an image…"))
        self.logo_remove_button = QPushButton(self.tr("No logo"))
        self.logo_choose_button.clicked.connect(self.choose_logo)
        self.logo_remove_button.clicked.connect(self.remove_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_choose_button)
        row.addWidget(self.logo_remove_button)
        row.addStretch(1)
        self.form.addRow(self.tr("Logo (optional):"), row)
        data = None
        if self._profile.logo_photo_id is not None and self.logo_loader is not None:
            data = self.logo_loader(self._profile.logo_photo_id)
        self._show_logo(data)

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("(none)"))
        self.logo_remove_button.setEnabled(bool(data))

    def choose_logo(self, path: Path | None = None) -> None:
        """Read a logo image through the photo pipeline (kept in the store on OK)."""
        from deskeditor.photos import ingest_file

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")
            )
            if not name:
                return
            path = Path(name)
        try:
            photo = ingest_file(path)
        except DeskEditorError as exc:
            QMessageBox.warning(self, self.tr("Logo"), sentence(exc))
            return
        self.pending_logo, self.logo_removed = photo, False
        self._show_logo(photo.renditions["thumb"].data)

    def remove_logo(self) -> None:
        """Show no logo in the page header."""
        self.pending_logo, self.logo_removed = None, True
        self._show_logo(None)

    def _section(self, title: str) -> None:
        label = QLabel(title)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        self.form.addRow(label)

    def _field(self, name: str, label: str, placeholder: str) -> None:
        edit = QLineEdit(getattr(self._profile, name))
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(460)
        error = QLabel()
        error.setStyleSheet("color: #b00020")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(edit)
        box.addWidget(error)
        self.form.addRow(label, box)
        self.edits[name], self.labels[name], self.error_labels[name] = edit, label, error

    def _preview_date(self) -> None:
        line = official_date_line(self.edits["place_name"].text(), dt.date.today())
        self.date_preview.setText(self.tr("Dates will read: %1").replace("%1", line))

    def profile(self) -> SiteProfile:
        """Return the profile as typed (not yet checked)."""
        texts: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        if self.logo_removed:
            texts["logo_photo_id"] = None
        return replace(self._profile, **texts)

    def clear_errors(self) -> None:
        """Remove every field's error mark."""
        for name, edit in self.edits.items():
            edit.setStyleSheet("")
            self.error_labels[name].hide()

    def show_error(self, error: ProfileError) -> None:
        """Mark the refused field, say why under it, and put the cursor there."""
        edit = self.edits.get(error.field)
        if edit is None:
            QMessageBox.warning(self, self.tr("Site profile"), sentence(error))
            return
        edit.setStyleSheet(_ERROR_STYLE)
        label = self.error_labels[error.field]
        # The field's own label names it ("Email:"), then the problem.
        label.setText(self.labels[error.field] + " " + localized(error.problem))
        # A wrapped label in a form gets one line unless told its height.
        label.setMinimumHeight(label.heightForWidth(max(edit.width(), 300)))
        label.show()
        edit.setFocus()


class SettingsDialog(QDialog):
    """The site profile and the categories; OK stores both in one transaction."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Site profile and categories"))
        self.profile_page = ProfilePage(store.site_profile(), logo_loader=self._logo_bytes)
        self.categories_page = CategoriesPage(store)
        # Scrolled: with a refusal shown under a field the page outgrows a 1024×600 screen.
        self.profile_scroll = QScrollArea()
        self.profile_scroll.setWidgetResizable(True)
        self.profile_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.profile_scroll.setWidget(self.profile_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profile_scroll, self.tr("Site profile"))
        self.tabs.addTab(self.categories_page, self.tr("Categories"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # The whole page where it fits; the tab bar, margins and buttons take about 110 pixels.
        page = self.profile_page.sizeHint()
        fit_screen(self, page.width() + 48, min(page.height() + 110, 540))

    def _logo_bytes(self, photo_id: int) -> bytes | None:
        try:
            return bytes(self.store.photo_rendition(photo_id, "thumb")[0])
        except DeskEditorError:
            return None

    def accept(self) -> None:
        """Check the profile, then store it and the category changes together."""
        self.profile_page.clear_errors()
        try:
            profile = validate_profile(self.profile_page.profile())
        except ProfileError as exc:
            self.tabs.setCurrentWidget(self.profile_scroll)
            self.profile_page.show_error(exc)
            if (edit := self.profile_page.edits.get(exc.field)) is not None:
                self.profile_scroll.ensureWidgetVisible(edit)
            return
        try:
            with self.store.transaction():
                if self.profile_page.pending_logo is not None:
                    logo_id = self.store.add_photo(self.profile_page.pending_logo)
                    profile = replace(profile, logo_photo_id=logo_id)
                self.store.save_site_profile(profile)
                self.categories_page.apply()
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Settings not saved"), sentence(exc))
            return
        super().accept()

    @classmethod
    def edit(cls, store: Any, parent: QWidget | None = None) -> tuple[dict[str, str], bool]:
        """Show the dialog; return (renamed or removed categories, accepted)."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.categories_page.renamed(), accepted
