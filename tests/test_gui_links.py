"""The link list manager driven as a user would: buttons, drags, keys, undo, files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from deskeditor.export.html import link_list_html
from deskeditor.gui.link_tree import CsvProblemsDialog, LinkEditDialog
from deskeditor.gui.links_manager import LinkManagerDialog
from deskeditor.links import CsvImportError, read_links_csv
from deskeditor.model import Link, LinkGroup

Button = QMessageBox.StandardButton


@pytest.fixture
def answers(monkeypatch):
    """Answer message boxes from a queue (default: Yes for questions) and record them."""
    queue: list[Button] = []
    shown: list[tuple[str, str]] = []

    def record(kind, default):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return queue.pop(0) if queue and kind == "question" else default

        return show

    for kind, default in (
        ("question", Button.Yes),
        ("warning", Button.Ok),
        ("critical", Button.Ok),
        ("information", Button.Ok),
    ):
        monkeypatch.setattr(QMessageBox, kind, record(kind, default))
    answers.queue, answers.shown = queue, shown
    return answers


@pytest.fixture
def typed(monkeypatch):
    """Answer the name, group and link dialogs with queued values, as if OK was pressed."""
    queue: list = []

    def reply(*args, **kwargs):
        return queue.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", reply)
    monkeypatch.setattr(QInputDialog, "getItem", reply)
    monkeypatch.setattr(LinkEditDialog, "get_link", reply)
    return queue


SAMPLE = [
    LinkGroup(
        "Sở ban ngành",
        [
            Link("Sở Tư pháp", "https://stp.langson.gov.vn"),
            Link("Sở Y tế", "https://soyte.langson.gov.vn"),
            Link("Sở Nội vụ", "https://sonoivu.langson.gov.vn"),
        ],
    ),
    LinkGroup(
        "UBND các xã, phường", [Link("UBND xã Đồng Đăng", "https://dongdang.langson.gov.vn")]
    ),
    LinkGroup("Liên kết Websites", [Link("Cổng TTĐT Chính phủ", "https://chinhphu.vn")]),
]


@pytest.fixture
def dialog(qtbot, store, settings_dir, answers):
    store.replace_link_groups(SAMPLE)
    opened = LinkManagerDialog(store)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.undo_stack.setClean()  # nothing asks when the test closes it
    opened.close()


def shape(groups):
    """Return the list as plain tuples, for comparing states."""
    return [
        (g.name, g.visible, [(link.name, link.url, link.visible) for link in g.links])
        for g in groups
    ]


def names(groups, index=0):
    return [link.name for link in groups[index].links]


def test_add_rename_remove_groups_and_links_then_save(dialog, store, typed):
    dialog.select(2)
    typed[:] = ["Phường Đông Kinh"]
    dialog.add_group()
    assert dialog.current() == (3, None) and dialog.groups[3].name == "Phường Đông Kinh"
    typed[:] = [("UBND phường Đông Kinh", "https://dongkinh.langson.gov.vn")]
    dialog.add_link()
    assert dialog.current() == (3, 0)
    dialog.select(3)
    typed[:] = ["Phường Đông Kinh (TP. Lạng Sơn)"]
    dialog.edit_selected()
    dialog.select(0, 1)
    typed[:] = [("Sở Y tế tỉnh Lạng Sơn", "https://soyte.langson.gov.vn/trang-chu")]
    dialog.edit_selected()
    dialog.select(0, 2)
    dialog.remove_selected()
    assert dialog.isWindowModified()

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = store.link_groups()
    assert [g.name for g in stored][-1] == "Phường Đông Kinh (TP. Lạng Sơn)"
    assert shape(stored)[3][2] == [
        ("UBND phường Đông Kinh", "https://dongkinh.langson.gov.vn", True)
    ]
    assert [(link.name, link.url) for link in stored[0].links] == [
        ("Sở Tư pháp", "https://stp.langson.gov.vn"),
        ("Sở Y tế tỉnh Lạng Sơn", "https://soyte.langson.gov.vn/trang-chu"),
    ]


def test_a_refused_change_is_not_put_on_the_undo_stack(dialog, typed, answers):
    typed[:] = ["sở ban ngành"]  # the same name in other case: CSV would merge them
    dialog.add_group()
    assert len(dialog.groups) == 3 and dialog.undo_stack.count() == 0
    assert "already a group" in answers.shown[-1][1]


def test_removing_a_group_with_links_asks_and_undo_brings_the_links_back(dialog, answers):
    before = shape(dialog.groups)
    dialog.select(0)
    answers.queue[:] = [Button.No]
    dialog.remove_selected()
    assert shape(dialog.groups) == before
    answers.queue[:] = [Button.Yes]
    dialog.remove_selected()
    assert [g.name for g in dialog.groups] == ["UBND các xã, phường", "Liên kết Websites"]
    dialog.undo_stack.undo()
    assert shape(dialog.groups) == before and dialog.current() == (0, None)


def drop(dialog, source, row, parent):
    """Drop the row at *source* as the view does: before *row* of *parent* (-1: onto it)."""
    model = dialog.model
    data = model.mimeData([model.index_of(*source)])
    allowed = model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    if allowed:
        model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return allowed


def test_dragging_reorders_links_and_groups_and_save_keeps_the_order(dialog, store):
    group_0 = dialog.model.index_of(0)
    assert drop(dialog, (0, 0), 3, group_0)  # "Sở Tư pháp" below the last link
    assert names(dialog.groups) == ["Sở Y tế", "Sở Nội vụ", "Sở Tư pháp"]
    assert dialog.current() == (0, 2)
    assert drop(dialog, (0, 2), 0, group_0)  # and back to the top
    assert names(dialog.groups) == ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ"]
    # A link dropped on another group joins its end; between links, takes that place.
    assert drop(dialog, (0, 1), -1, dialog.model.index_of(2))
    assert names(dialog.groups, 2) == ["Cổng TTĐT Chính phủ", "Sở Y tế"]
    assert drop(dialog, (2, 1), 0, dialog.model.index_of(1))
    assert names(dialog.groups, 1) == ["Sở Y tế", "UBND xã Đồng Đăng"]
    # Groups move among groups: the last one to the top.
    root = dialog.model.index_of(0).parent()
    assert drop(dialog, (2, None), 0, root)
    assert [g.name for g in dialog.groups] == [
        "Liên kết Websites",
        "Sở ban ngành",
        "UBND các xã, phường",
    ]
    # Refused: a group into a group, a link at the top level.
    before = shape(dialog.groups)
    assert not drop(dialog, (0, None), -1, dialog.model.index_of(1))
    assert not drop(dialog, (0, None), 0, dialog.model.index_of(1))
    assert not drop(dialog, (1, 0), 1, root)
    assert shape(dialog.groups) == before

    dialog.save()
    stored = store.link_groups()
    assert [g.name for g in stored] == ["Liên kết Websites", "Sở ban ngành", "UBND các xã, phường"]
    assert names(stored, 1) == ["Sở Tư pháp", "Sở Nội vụ"]
    assert names(stored, 2) == ["Sở Y tế", "UBND xã Đồng Đăng"]


def test_keyboard_moves_with_ctrl_arrows_and_crosses_into_the_next_group(qtbot, dialog):
    dialog.activateWindow()
    dialog.tree.setFocus()
    qtbot.waitUntil(dialog.tree.hasFocus)
    dialog.select(0, 1)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(dialog.groups) == ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"]
    dialog.select(0, 2)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(dialog.groups, 1) == ["Sở Nội vụ", "UBND xã Đồng Đăng"]
    assert dialog.current() == (1, 0)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.groups[1].links[0].visible is False
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.groups[1].links[0].visible is True
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dialog.groups[1].links[0].visible is False
    # Enter edits the row; it must not press Save and close the dialog.
    seen = []
    dialog.edit_selected = lambda: seen.append(dialog.current())
    dialog.edit_action.triggered.disconnect()
    dialog.edit_action.triggered.connect(lambda: dialog.edit_selected())
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert seen == [(1, 0)] and dialog.isVisible()


def test_move_to_group_puts_the_link_at_the_end_of_the_chosen_group(dialog, typed):
    dialog.select(0, 0)
    typed[:] = ["Liên kết Websites"]
    dialog.move_to_group()
    assert names(dialog.groups, 2) == ["Cổng TTĐT Chính phủ", "Sở Tư pháp"]
    assert dialog.current() == (2, 1)
    dialog.undo_stack.undo()
    assert names(dialog.groups) == ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ"]


def test_hidden_link_is_stored_hidden_and_left_out_of_the_snippet(qtbot, dialog, store):
    dialog.select(0, 1)
    dialog.toggle_visible()
    model = dialog.model
    name_index = model.index_of(0, 1)
    assert model.data(name_index).startswith("Sở Y tế") and "(hidden)" in model.data(name_index)
    assert model.data(name_index, Qt.ItemDataRole.FontRole).italic()
    # The checkbox does the same for a group (queued, after the click has been handled).
    model.setData(model.index_of(2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not dialog.groups[2].visible)
    dialog.save()
    stored = store.link_groups()
    assert stored[0].links[1].visible is False and stored[2].visible is False
    html = link_list_html(stored)
    assert "Sở Tư pháp" in html
    assert "Sở Y tế" not in html and "Liên kết Websites" not in html


def test_sort_follows_vietnamese_order_and_is_undone(dialog, typed):
    mixed = ["Ưng Hòa", "Uông Bí", "Đồng Đăng", "Dương Kinh", "Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"]
    typed[:] = ["Thử sắp xếp"]
    dialog.select(2)
    dialog.add_group()
    for index, name in enumerate(mixed):
        dialog.groups[3].links.append(Link(name, f"https://x{index}.langson.gov.vn"))
    dialog.refresh((3, None))
    dialog.undo_stack.setClean()
    dialog.sort_group()
    assert names(dialog.groups, 3) == [
        "Ba", "Bà", "Bả", "Bã", "Bá", "Bạ", "Dương Kinh", "Đồng Đăng", "Uông Bí", "Ưng Hòa",
    ]  # fmt: skip
    dialog.undo_stack.undo()
    assert names(dialog.groups, 3) == mixed
    dialog.undo_stack.redo()
    assert names(dialog.groups, 3)[-2:] == ["Uông Bí", "Ưng Hòa"]
    # Sorting a sorted group changes nothing and adds no undo step.
    count = dialog.undo_stack.count()
    dialog.sort_group()
    assert dialog.undo_stack.count() == count


CHANGES = {
    "add group": (lambda d, t: (t.append("Nhóm mới"), d.add_group()), (0, None)),
    "rename group": (lambda d, t: (t.append("Các sở"), d.edit_selected()), (0, None)),
    "remove group": (lambda d, t: d.remove_selected(), (1, None)),
    "add link": (lambda d, t: (t.append(("Báo Lạng Sơn", "https://baolangson.vn")), d.add_link()), (0, 1)),
    "edit link": (lambda d, t: (t.append(("Sở Y tế", "https://syt.langson.gov.vn")), d.edit_selected()), (0, 1)),
    "remove link": (lambda d, t: d.remove_selected(), (0, 1)),
    "move group": (lambda d, t: d.move_selected(1), (0, None)),
    "move link": (lambda d, t: d.move_selected(-1), (0, 1)),
    "hide group": (lambda d, t: d.toggle_visible(), (1, None)),
    "hide link": (lambda d, t: d.toggle_visible(), (0, 2)),
    "sort": (lambda d, t: d.sort_group(), (0, None)),
}  # fmt: skip


@pytest.mark.parametrize("kind", CHANGES)
def test_every_kind_of_change_is_undone_and_redone(dialog, typed, kind):
    change, where = CHANGES[kind]
    before = shape(dialog.groups)
    dialog.select(*where)
    change(dialog, typed)
    after = shape(dialog.groups)
    assert after != before and dialog.undo_stack.count() == 1
    dialog.undo_stack.undo()
    assert shape(dialog.groups) == before and not dialog.isWindowModified()
    dialog.undo_stack.redo()
    assert shape(dialog.groups) == after and dialog.isWindowModified()


def test_a_refused_address_keeps_the_link_dialog_open_with_the_reason(qtbot):
    editor = LinkEditDialog("Sở Tư pháp", "javascript:alert(1)")
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert "only http and https" in editor.message_label.text()
    assert editor.url_edit.styleSheet()  # the address field is marked
    editor.name_edit.clear()
    editor.url_edit.setText("https://stp.langson.gov.vn")
    editor.accept()
    assert editor.isVisible() and "name" in editor.message_label.text()


def test_an_added_https_is_shown_and_needs_a_second_ok(qtbot):
    editor = LinkEditDialog("Sở Nội vụ", "sonoivu.langson.gov.vn")
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert editor.isVisible()
    assert editor.url_edit.text() == "https://sonoivu.langson.gov.vn"
    assert "https://" in editor.message_label.text()
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert (editor.name, editor.url) == ("Sở Nội vụ", "https://sonoivu.langson.gov.vn")


def test_an_internationalised_domain_is_accepted(qtbot):
    editor = LinkEditDialog("Bộ Nội vụ", "https://bộnộivụ.vn/tin-tức")
    qtbot.addWidget(editor)
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted


def test_a_repeated_address_in_a_group_is_flagged(dialog, typed):
    dialog.select(0, 2)
    typed[:] = [("Sở Tư pháp (trang cũ)", "https://STP.langson.gov.vn/")]
    dialog.add_link()
    url_index = dialog.model.index_of(0, 3, column=1)
    assert dialog.model.data(url_index, Qt.ItemDataRole.DecorationRole) is not None
    assert "Sở Tư pháp" in dialog.model.data(url_index, Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.data(dialog.model.index_of(0, 0, 1), Qt.ItemDataRole.DecorationRole) is None
    assert "1 link" in dialog.status_label.text()


def write_csv(path, text):
    path.write_text(text, encoding="utf-8-sig", newline="")
    return path


def test_csv_import_replaces_the_list_and_one_undo_restores_it(dialog, tmp_path, monkeypatch):
    path = write_csv(
        tmp_path / "lien-ket.csv",
        "group;name;url;visible\r\n"
        "Phường, xã;;;yes\r\n"
        "Phường, xã;UBND phường Tam Thanh;tamthanh.langson.gov.vn;có\r\n"
        "Phường, xã;UBND xã Mai Pha;https://maipha.langson.gov.vn;không\r\n",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = shape(dialog.groups)
    dialog.import_csv()
    assert shape(dialog.groups) == [
        (
            "Phường, xã",
            True,
            [
                ("UBND phường Tam Thanh", "https://tamthanh.langson.gov.vn", True),
                ("UBND xã Mai Pha", "https://maipha.langson.gov.vn", False),
            ],
        )
    ]
    assert dialog.undo_stack.count() == 1
    assert "line(s) 3" in dialog.status_label.text()  # where https:// was added
    dialog.undo_stack.undo()
    assert shape(dialog.groups) == before


BAD_CSV = (
    "group,name,url,visible\n"
    "Sở ban ngành,Sở Tư pháp,https://stp.langson.gov.vn,yes\n"
    "Sở ban ngành,Sở Lạ,ftp://la.example.vn,yes\n"
    "Sở ban ngành,Sở Xây dựng,https://sxd.langson.gov.vn,maybe\n"
)


def test_csv_with_bad_rows_lists_them_and_can_skip_them(dialog, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "loi.csv", BAD_CSV)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = []
    monkeypatch.setattr(
        CsvProblemsDialog, "ask", lambda error, parent: asked.append(error.problems) or False
    )
    before = shape(dialog.groups)
    dialog.import_csv()
    assert [p.line for p in asked[0]] == [3, 4]
    assert shape(dialog.groups) == before and dialog.undo_stack.count() == 0
    monkeypatch.setattr(CsvProblemsDialog, "ask", lambda error, parent: True)
    dialog.import_csv()
    assert shape(dialog.groups) == [
        ("Sở ban ngành", True, [("Sở Tư pháp", "https://stp.langson.gov.vn", True)])
    ]
    assert "2 bad row" in dialog.status_label.text()


def test_csv_import_leaves_a_repeated_link_out_and_says_on_which_line(
    dialog, tmp_path, monkeypatch
):
    path = write_csv(
        tmp_path / "trung.csv",
        "group,name,url,visible\n"
        "Sở ban ngành,Sở Tư pháp,https://stp.langson.gov.vn,yes\n"
        "Sở ban ngành,Sở Tư pháp (bản sao),https://stp.langson.gov.vn/,yes\n",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog.import_csv()
    assert shape(dialog.groups) == [
        ("Sở ban ngành", True, [("Sở Tư pháp", "https://stp.langson.gov.vn", True)])
    ]
    status = dialog.status_label.text()
    assert "1 link(s) repeating an address of their group left out (line(s) 3)" in status


def test_csv_problems_dialog_shows_every_bad_line(qtbot):
    with pytest.raises(CsvImportError) as caught:
        read_links_csv(BAD_CSV)
    shown = CsvProblemsDialog(caught.value)
    qtbot.addWidget(shown)
    text = shown.problems_edit.toPlainText()
    assert "Line 3:" in text and "only http and https" in text
    assert "Line 4:" in text and "maybe" in text
    assert shown.skip_button.text() == "Import the good rows, skip the bad ones"


def test_csv_and_html_exports_write_files(dialog, tmp_path, monkeypatch):
    dialog.groups[0].links[0].name = "Sở <Tư pháp> & Hộ tịch"
    saved = {}

    def save_as(parent, title, default, filters):
        saved["default"] = default
        return str(tmp_path / saved["name"]), saved["filter"](filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    saved.update(name="lien-ket.csv", filter=lambda filters: filters.split(";;")[0])
    dialog.export_csv()
    assert saved["default"].endswith("lien-ket.csv")
    data = (tmp_path / "lien-ket.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfgroup,name,url,visible\r\n")
    assert shape(read_links_csv(tmp_path / "lien-ket.csv").groups) == shape(dialog.groups)

    saved.update(name="excel.csv", filter=lambda filters: filters.split(";;")[1])
    dialog.export_csv()
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbfgroup;name;url;visible")

    saved.update(name="lien-ket.html", filter=lambda filters: filters)
    dialog.export_html()
    html = (tmp_path / "lien-ket.html").read_text(encoding="utf-8")
    assert "Sở &lt;Tư pháp&gt; &amp; Hộ tịch" in html and "<Tư pháp>" not in html
    assert '<a href="https://chinhphu.vn">' in html

    dialog.copy_html()
    clipboard = QApplication.clipboard().mimeData()
    assert clipboard.text() == html and "&amp; Hộ tịch" in clipboard.html()


def test_cancel_asks_and_discards_or_keeps_the_dialog_open(dialog, store, answers, typed):
    stored = shape(store.link_groups())
    dialog.select(0, 0)
    dialog.remove_selected()
    answers.queue[:] = [Button.Cancel]
    dialog.reject()
    assert dialog.isVisible()
    answers.queue[:] = [Button.Discard]
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert shape(store.link_groups()) == stored


def test_cancel_without_changes_closes_without_asking(dialog, answers):
    dialog.reject()
    assert not dialog.isVisible() and answers.shown == []


def test_the_changes_and_the_files_speak_vietnamese_too(dialog, vietnamese, answers):
    """Issue 12 moved them out of the dialog (link_edits.py, link_files.py); their texts,
    plurals included, keep their translations."""
    dialog.select(0)
    answers.queue[:] = [Button.No]
    dialog.remove_selected()
    assert answers.shown[-1] == (
        "question",
        "Nhóm “Sở ban ngành” có 3 liên kết. Xoá nhóm cùng các liên kết này?",
    )
    for row in range(len(dialog.groups)):
        dialog.set_visible((row, None), False)
    assert dialog.undo_stack.undoText() == "Ẩn"
    dialog.copy_html()
    assert dialog.status_label.text() == (
        "Không có gì để xuất: không nhóm nào đang hiện có liên kết đang hiện."
    )
