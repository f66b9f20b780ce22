"""The settings dialog: the site profile and the categories, stored only on OK."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from samples import import_long_article

from deskeditor.gui.settings_dialog import SettingsDialog
from deskeditor.model import DEFAULT_CATEGORIES, SiteProfile


@pytest.fixture
def shown(monkeypatch):
    """Record message boxes instead of showing them."""
    seen: list[tuple[str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda parent, title, text, *a, _kind=kind, **k: (
                seen.append((_kind, text)) or QMessageBox.StandardButton.Ok
            ),
        )
    return seen


@pytest.fixture
def typed(monkeypatch):
    """Answer name and choice dialogs with queued values, recording the questions."""
    queue: list = []
    questions: list[tuple] = []

    def get_text(parent, title, label, mode=None, text=""):
        questions.append((label, text))
        return queue.pop(0), True

    def get_item(parent, title, label, items, current=0, editable=False):
        questions.append((label, list(items)))
        return queue.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    typed.queue, typed.questions = queue, questions
    return typed


def open_dialog(qtbot, store):
    opened = SettingsDialog(store)
    qtbot.addWidget(opened)
    opened.show()
    return opened


@pytest.fixture
def dialog(qtbot, store, settings_dir, shown):
    return open_dialog(qtbot, store)


@pytest.fixture
def article_id(store, tmp_path):
    """An article in one of the default categories, imported before the dialog opens."""
    return import_long_article(store, tmp_path)


PROFILE = {
    "organisation_name": "TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH LẠNG SƠN",
    "governing_body": "UBND TỈNH LẠNG SƠN",
    "agency_name": "SỞ NỘI VỤ",
    "address": "Số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
    "phone": "0205 3812 345",
    "fax": "0205 3812 346",
    "email": "sonoivu@langson.gov.vn",
    "website": "sonoivu.langson.gov.vn",
    "place_name": "Lạng Sơn",
    "approver_name": "Nguyễn Văn An",
    "approver_position": "Phó Giám đốc Sở",
}


def test_profile_typed_in_the_dialog_is_stored_and_shown_again(qtbot, dialog, store):
    from test_gui_editor import type_text

    for name, value in PROFILE.items():
        edit = dialog.profile_page.edits[name]
        edit.clear()
        type_text(edit, value)
    assert "Lạng Sơn, ngày" in dialog.profile_page.date_preview.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = SiteProfile(**{**PROFILE, "website": "https://sonoivu.langson.gov.vn"})
    assert store.site_profile() == expected

    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert again.profile_page.edits["agency_name"].text() == "SỞ NỘI VỤ"
    assert again.profile_page.profile() == expected


def test_a_bad_email_is_refused_naming_the_field_and_the_dialog_stays(dialog, store):
    before = store.site_profile()
    dialog.tabs.setCurrentIndex(1)
    dialog.profile_page.edits["agency_name"].setText("SỞ NỘI VỤ")
    dialog.profile_page.edits["email"].setText("sonoivu@langson")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.profile_scroll  # the profile page's tab
    error = dialog.profile_page.error_labels["email"]
    assert error.isVisibleTo(dialog) and error.text().startswith("Email:")
    assert "sonoivu@langson" in error.text()
    assert dialog.profile_page.edits["email"].styleSheet()
    assert store.site_profile() == before
    # Corrected, the mark goes and the profile is stored.
    dialog.profile_page.edits["email"].setText("sonoivu@langson.gov.vn")
    dialog.accept()
    assert not error.isVisibleTo(dialog)
    assert store.site_profile().email == "sonoivu@langson.gov.vn"


def test_a_bad_website_is_refused_naming_the_field(dialog):
    dialog.profile_page.edits["website"].setText("ftp://sonoivu.langson.gov.vn")
    dialog.accept()
    assert dialog.profile_page.error_labels["website"].text().startswith("Website:")
    assert dialog.isVisible()


def test_categories_renamed_reordered_added_and_removed_with_reassignment(
    article_id, dialog, store, typed
):
    category = store.get_article(article_id).category
    assert category in DEFAULT_CATEGORIES and store.category_usage(category) == 1
    page = dialog.categories_page
    page.list_widget.setCurrentRow(page.names().index(category))
    assert "1 article" in page.usage_label.text()

    typed.queue[:] = ["Thi đua, khen thưởng"]
    page.rename_category()
    renamed = "Thi đua, khen thưởng"
    typed.queue[:] = ["Chuyển đổi số"]
    page.add_category()
    page.move_selected(-1)
    page.list_widget.setCurrentRow(page.names().index(renamed))
    typed.queue[:] = ["Chuyển đổi số"]  # where its article goes
    page.remove_category()
    label, choices = typed.questions[-1]
    assert "“" + renamed + "”" in label and choices[-1] == "(no category)"
    assert renamed not in choices

    expected = [name for name in DEFAULT_CATEGORIES if name != category]
    expected.insert(len(expected) - 1, "Chuyển đổi số")
    assert page.names() == expected
    assert store.categories() == list(DEFAULT_CATEGORIES)  # nothing stored before OK
    assert page.renamed() == {category: "Chuyển đổi số"}
    dialog.accept()
    assert store.categories() == expected
    assert store.get_article(article_id).category == "Chuyển đổi số"


def test_removing_a_used_category_can_leave_its_articles_without_one(
    article_id, dialog, store, typed
):
    category = store.get_article(article_id).category
    page = dialog.categories_page
    page.list_widget.setCurrentRow(page.names().index(category))
    typed.queue[:] = ["(no category)"]
    page.remove_category()
    dialog.accept()
    assert category not in store.categories()
    assert store.get_article(article_id).category == ""
    assert page.renamed() == {category: ""}


def test_a_name_already_listed_is_refused(dialog, typed, shown):
    page = dialog.categories_page
    typed.queue[:] = ["tin tức - sự kiện"]
    page.add_category()
    assert page.names() == list(DEFAULT_CATEGORIES) and page.plan == []
    assert "already a category" in shown[-1][1]


def test_cancel_leaves_the_store_unchanged(dialog, store, typed):
    profile, categories = store.site_profile(), store.categories()
    dialog.profile_page.edits["agency_name"].setText("SỞ TƯ PHÁP")
    page = dialog.categories_page
    typed.queue[:] = ["Văn bản mới"]
    page.rename_category()
    page.move_selected(1)
    page.remove_category()
    dialog.reject()
    assert store.site_profile() == profile and store.categories() == categories


def test_a_failure_while_storing_rolls_everything_back(dialog, store, typed, shown, monkeypatch):
    profile, categories = store.site_profile(), store.categories()
    dialog.profile_page.edits["agency_name"].setText("SỞ TƯ PHÁP")
    page = dialog.categories_page
    typed.queue[:] = ["Tin mới"]
    page.rename_category()

    def fail(names):
        from deskeditor.errors import StoreError

        raise StoreError("the disk is full")

    page.move_selected(1)
    monkeypatch.setattr(store, "reorder_categories", fail)
    dialog.accept()
    assert dialog.isVisible() and shown[-1] == ("critical", "the disk is full")
    assert store.site_profile() == profile and store.categories() == categories


def test_settings_menu_opens_the_dialogs_and_refreshes_the_categories(
    qtbot, store, settings_dir, shown, monkeypatch
):
    from deskeditor.gui import settings_menu
    from deskeditor.gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    # The main window builds these actions from the menu's table, through its registry.
    assert {spec.name for spec in settings_menu.SETTINGS_ACTIONS} <= set(
        window.action_registry.names()
    )
    texts = [action.text() for action in window.settings_menu.actions()]
    assert texts[:2] == ["&Link list…", "Site &profile and categories…"]
    assert texts[2] == "" and "Language" in texts[3]  # separator, then the language submenu
    assert window.actions_by_name["link_list"].shortcut().toString() == "Ctrl+L"

    first = store.categories()[0]
    window.editor.category_combo.setCurrentText(first)

    def edit(store_, parent):
        store_.rename_category(first, "Tin tức nổi bật")
        return {first: "Tin tức nổi bật"}, True

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, s, p: edit(s, p)))
    window.actions_by_name["site_profile"].trigger()
    combo = window.editor.category_combo
    assert combo.currentText() == "Tin tức nổi bật"
    assert [combo.itemText(i) for i in range(combo.count())] == store.categories()
    assert window.category_combo.findData("Tin tức nổi bật") >= 0
    window._dirty = False
    window.close()


def test_a_logo_is_chosen_through_the_photo_pipeline_and_stored_on_ok(
    qtbot, store, settings_dir, tmp_path
):
    from samples import make_photo

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    page = dialog.profile_page
    assert not page.logo_remove_button.isEnabled()
    page.choose_logo(make_photo(tmp_path / "logo-so.jpg", seed=5, size=(300, 300)))
    assert page.logo_preview.pixmap() is not None and not page.logo_preview.pixmap().isNull()
    assert store.site_profile().logo_photo_id is None  # nothing stored before OK
    dialog.accept()
    logo_id = store.site_profile().logo_photo_id
    assert logo_id is not None and store.photo(logo_id).original_name == "logo-so.jpg"

    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert again.profile_page.logo_remove_button.isEnabled()
    again.profile_page.remove_logo()
    again.accept()
    assert store.site_profile().logo_photo_id is None


def test_a_file_that_is_not_an_image_is_refused_as_logo(
    qtbot, store, settings_dir, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "logo.png"
    bad.write_text("không phải ảnh", encoding="utf-8")
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.profile_page.choose_logo(bad)
    assert shown and "logo.png" in shown[0] and dialog.profile_page.pending_logo is None
