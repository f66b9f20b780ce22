"""Rotate and crop a photo in the window: panel buttons, the crop dialog by mouse and keys, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from samples import import_long_article

from deskeditor.gui.crop_dialog import CropDialog
from deskeditor.photo_edit import PhotoEdit, ratio_holds


@pytest.fixture
def opened(window, tmp_path):
    """The long sample (three photos) open in the window, its first photo selected."""
    article_id = import_long_article(window.store, tmp_path / "nguon")
    window.open_article(article_id)
    window.editor.select_figure(0)
    window.editor.figure_panel.photo_list.setFocus()
    return article_id


def first_figure(window):
    return window.editor.figures()[0]


def figure_size(window):
    """The size the body lays the first figure out at (its edited picture's)."""
    from deskeditor.gui.figure import PHOTO_HEIGHT, PHOTO_WIDTH

    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.setPosition(body.figure_positions()[0] + 1)
    fmt = cursor.charFormat()
    return int(fmt.property(PHOTO_WIDTH)), int(fmt.property(PHOTO_HEIGHT))


def grey_picture(width=600, height=400) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    return image


def centre_of(view, rect=None):
    rect = rect or view.frame_rect()
    return rect.center().toPoint()


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):  # a hand moves through the points between
        point = start + (end - start) * step / 5
        qtbot.mouseMove(view, QPoint(round(point.x()), round(point.y())))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_panel_buttons_rotate_the_photo_and_undo_redo_bring_it_back(qtbot, window, opened):
    panel = window.editor.figure_panel
    size = figure_size(window)
    assert panel.rotate_right_button.isEnabled() and panel.rotate_right_button.text()
    qtbot.mouseClick(panel.rotate_right_button, Qt.MouseButton.LeftButton)
    assert first_figure(window).edit == PhotoEdit(turns=1)
    assert figure_size(window) == (size[1], size[0])  # laid out upright now
    qtbot.mouseClick(panel.rotate_right_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.rotate_left_button, Qt.MouseButton.LeftButton)
    assert first_figure(window).edit == PhotoEdit(turns=1)
    assert window.isWindowModified()
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert first_figure(window).edit == PhotoEdit(turns=1)
    window.actions_by_name["undo"].trigger()
    assert first_figure(window).edit is None and figure_size(window) == size
    window.actions_by_name["redo"].trigger()
    assert first_figure(window).edit == PhotoEdit(turns=1)
    # Back round to where it started is no edit at all.
    for _ in range(3):
        window.actions_by_name["rotate_left"].trigger()
    assert first_figure(window).edit == PhotoEdit(turns=2)
    window.actions_by_name["rotate_left"].trigger()
    window.actions_by_name["rotate_left"].trigger()
    assert first_figure(window).edit is None and figure_size(window) == size


def test_the_editor_shows_the_edited_picture(qtbot, window, opened):
    images, photo_id = window.images, first_figure(window).photo_id
    assert images.size(photo_id) == (1800, 1200)
    turned = images.image(photo_id, 560, PhotoEdit(turns=1))
    assert (turned.width(), turned.height()) == (560, 840)
    square = images.image(photo_id, 96, PhotoEdit(crop=(0, 0, 600, 600), aspect="1:1"))
    assert (square.width(), square.height()) == (96, 96)
    plain = images.image(photo_id, 560)
    assert (plain.width(), plain.height()) == (560, 373)


def test_the_crop_dialog_holds_a_ratio_while_the_frame_is_dragged(qtbot):
    dialog = CropDialog(grey_picture(), (1800, 1200), None)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.crop_view
    assert view.frame == (0, 0, 1800, 1200)
    dialog.ratio_combo.setCurrentIndex(dialog.ratio_combo.findData("16:9"))
    x, y, w, h = view.frame
    assert (w, h) == (1800, 1012) and ratio_holds(w, h, (16, 9))
    # The bottom-right corner dragged up and left: smaller, still 16:9, top-left where it was.
    corner = view.frame_rect().bottomRight().toPoint()
    drag(qtbot, view, corner, corner - QPoint(view.frame_rect().width() // 2, 10))
    x2, y2, w2, h2 = view.frame
    assert (x2, y2) == (x, y) and 850 < w2 < 950 and ratio_holds(w2, h2, (16, 9))
    # Then the frame itself dragged right and down: it moves, same size, inside the picture.
    drag(qtbot, view, centre_of(view), centre_of(view) + QPoint(60, 40))
    x3, y3, w3, h3 = view.frame
    assert (w3, h3) == (w2, h2) and x3 > x2 and y3 > y2
    assert x3 + w3 <= 1800 and y3 + h3 <= 1200
    # Dragged far beyond the edge: stopped at it.
    drag(qtbot, view, centre_of(view), centre_of(view) + QPoint(2000, 2000))
    assert view.frame[:2] == (1800 - w3, 1200 - h3)
    # The live preview shows the frame's shape; the size label its pixels.
    preview = dialog.preview_label.pixmap()
    assert abs(preview.width() / preview.height() - 16 / 9) < 0.03
    assert f"{w3} × {h3}" in dialog.size_label.text()
    edit = dialog.result_edit()
    assert edit is not None and edit.aspect == "16:9"
    edit.validate(1800, 1200)


def test_the_crop_frame_moves_and_sizes_from_the_keyboard(qtbot):
    dialog = CropDialog(grey_picture(), (1800, 1200), PhotoEdit(crop=(300, 200, 900, 600)), None)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.crop_view
    assert view.hasFocus() or view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.frame == (318, 200, 900, 600)  # a hundredth of the picture
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.frame == (318, 201, 900, 600)  # a pixel
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.frame == (318, 201, 918, 600)
    # The free frame made too small is refused before OK, in words.
    view.set_frame((0, 0, 10, 10))
    assert view.frame[2:] == (32, 32)  # the minimum
    dialog.ratio_combo.setCurrentIndex(dialog.ratio_combo.findData("1:1"))
    assert view.frame == (300, 0, 1200, 1200)
    qtbot.mouseClick(dialog.rotate_left_button, Qt.MouseButton.LeftButton)
    assert dialog.result_edit() == PhotoEdit(turns=3, crop=(300, 0, 1200, 1200), aspect="1:1")


def test_a_tiny_picture_offers_only_the_ratios_that_fit(qtbot):
    dialog = CropDialog(grey_picture(40, 12), (40, 12), None)
    qtbot.addWidget(dialog)
    model = dialog.ratio_combo.model()
    enabled = {
        dialog.ratio_combo.itemText(i): model.item(i).isEnabled()
        for i in range(dialog.ratio_combo.count())
    }
    assert enabled == {"Free": True, "3:2": False, "4:3": False, "16:9": False, "1:1": False}


def run_crop_dialog(qtbot, window, steps) -> None:
    """Trigger the Crop action; *steps(dialog)* runs in the dialog, which is then accepted."""
    done = []

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CropDialog):
            QTimer.singleShot(20, act)
            return
        steps(dialog)
        dialog.accept()
        done.append(True)

    QTimer.singleShot(0, act)
    window.actions_by_name["crop"].trigger()
    assert done


def test_crop_in_the_window_save_reopen_undo_and_restore_the_original(qtbot, window, opened):
    store = window.store
    original_code = store.current_version_code(opened)
    photo_id = first_figure(window).photo_id
    master = store.photo_rendition(photo_id, "master")[0]

    def choose_4_3(dialog):
        dialog.ratio_combo.setCurrentIndex(dialog.ratio_combo.findData("4:3"))
        view = dialog.crop_view
        corner = view.frame_rect().topLeft().toPoint()
        drag(qtbot, view, corner, corner + QPoint(view.frame_rect().width() // 4, 0))

    run_crop_dialog(qtbot, window, choose_4_3)
    edit = first_figure(window).edit
    assert edit is not None and edit.aspect == "4:3" and edit.crop[2] < 1800
    assert ratio_holds(edit.crop[2], edit.crop[3], (4, 3))
    assert figure_size(window) == edit.crop[2:]
    window.actions_by_name["undo"].trigger()
    assert first_figure(window).edit is None
    window.actions_by_name["redo"].trigger()
    assert first_figure(window).edit == edit

    assert window.save()
    cropped_code = store.current_version_code(opened)
    assert cropped_code != original_code
    window.new_article(ask=False)
    window.open_article(opened)
    assert first_figure(window).edit == edit
    assert store.photo_rendition(photo_id, "master")[0] == master

    window.editor.select_figure(0)
    window.actions_by_name["reset_photo"].trigger()
    assert first_figure(window).edit is None
    assert window.save()
    assert store.current_version_code(opened) == original_code
    # And back once more: the history of the open session still has the crop.
    window.actions_by_name["undo"].trigger()
    assert first_figure(window).edit == edit


def test_photo_actions_need_a_photo_and_a_writable_store(qtbot, window, no_dialogs):
    window.new_article(ask=False)
    window.actions_by_name["rotate_right"].trigger()  # nothing selected: a word, no change
    assert "photo" in window.statusBar().currentMessage().lower()
    assert window.editor.figures() == []


def test_the_window_speaks_vietnamese_about_photos(qtbot, window, opened, vietnamese):
    from deskeditor.gui.action_registry import ActionRegistry
    from deskeditor.gui.photo_tools import PHOTO_ACTIONS

    registry = ActionRegistry(window, PHOTO_ACTIONS)
    texts = [registry[name].text() for name in registry.names()]
    assert texts == [
        "Xoay ảnh sang &trái",
        "Xoay ảnh sang &phải",
        "&Cắt ảnh…",
        "Khôi phục ảnh &gốc",
    ]
    dialog = CropDialog(grey_picture(), (1800, 1200), None, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cắt và xoay ảnh"
    assert dialog.ratio_combo.itemText(0) == "Tự do"


def _python_objects() -> int:
    import gc

    gc.collect()
    return len(gc.get_objects())


@pytest.mark.slow
def test_soak_rotating_cropping_moving_and_undoing_keeps_the_masters(qtbot, window, opened):
    """Hundreds of turns, crops, moves, undos and saves: nothing piles up, no master changes."""
    import random

    from PySide6.QtCore import QObject

    from deskeditor.gui import photo_tools

    store, body = window.store, window.editor.body_edit
    originals = {f.photo_id for f in window.editor.figures()}
    masters = {p: store.photo_rendition(p, "master")[0] for p in originals}
    frames = [None, (0, 0, 900, 600), (300, 150, 1200, 900), (600, 0, 1200, 1200)]
    rng = random.Random(18)

    def one_round(number: int) -> None:
        window.editor.select_figure(rng.randrange(3))
        step = rng.choice(("rotate_left", "rotate_right", "crop", "move", "undo", "reset"))
        if step in ("rotate_left", "rotate_right", "reset"):
            window.actions_by_name[{"reset": "reset_photo"}.get(step, step)].trigger()
        elif step == "crop":
            found = photo_tools._figure(window)
            assert found is not None
            position, figure = found
            frame = rng.choice(frames)
            edit = PhotoEdit(figure.edit.turns if figure.edit else 0, frame)
            photo_tools._apply(window, position, figure, edit.normalised(1800, 1200))
        elif step == "move":
            panel = window.editor.figure_panel
            (panel.up_button if rng.random() < 0.5 else panel.down_button).click()
        else:
            body.setFocus()
            for _ in range(3):
                window.actions_by_name["undo"].trigger()
            for _ in range(rng.randrange(4)):
                window.actions_by_name["redo"].trigger()
        if number % 25 == 0:
            run_crop_dialog(
                qtbot,
                window,
                lambda d: d.ratio_combo.setCurrentIndex(d.ratio_combo.findData("3:2")),
            )
        if number % 10 == 0:
            assert window.save()
        if number % 40 == 0:  # away to a new article and back
            window.new_article(ask=False)
            window.open_article(opened)
        qtbot.wait(1)

    for number in range(1, 11):
        one_round(number)
    baseline_qt = len(window.findChildren(QObject))
    baseline_python = _python_objects()
    rounds = 300
    for number in range(11, 11 + rounds):
        one_round(number)

    assert window.save()
    # The masters are as imported, byte for byte; every edit made is one photo of its own.
    assert {p: store.photo_rendition(p, "master")[0] for p in originals} == masters
    edited = store.db.execute("SELECT count(DISTINCT edited_photo_id) FROM photo_edits").fetchone()
    assert store.db["photos"].count == len(originals) + edited[0]
    assert edited[0] <= len(originals) * 4 * len(frames) * 2  # each frame and turn, ±ratio
    assert store.check() == []
    assert len(window.images._images) <= window.images.max_items
    assert len(window.findChildren(QObject)) <= baseline_qt + 50
    grown = _python_objects() - baseline_python
    print(f"{rounds} rounds: {edited[0]} edited photos kept, {grown} more Python objects")
    assert grown < 2_000
    # Every photo back as imported, saved: the masters are what the article shows again.
    for row in range(3):
        window.editor.select_figure(row)
        window.actions_by_name["reset_photo"].trigger()
    assert all(f.edit is None for f in window.editor.figures())
    assert window.save()
    assert all(f.edit is None for f in store.get_article(opened).figures())
    assert {f.photo_id for f in store.get_article(opened).figures()} == originals
