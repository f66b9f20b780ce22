"""A day at the desk, compressed: type, format, move photos, undo, save, switch; nothing may give.

PySide6 6.12.0 passed every short GUI test and still killed the window after
about a thousand typed characters. These tests use the editor as the staff
member does, for long, and check that the process is alive, that reference
counts and the number of Qt objects stay flat, and that the store keeps what
was typed.
"""

from __future__ import annotations

import gc
import sys

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from samples import import_long_article, make_photo

from deskeditor.gui.recovery import article_text

pytestmark = pytest.mark.slow

# About 100 characters of Vietnamese news prose, with every tone mark and đ.
SENTENCES = [
    "Sáng ngày 14/7, Sở Nội vụ tổ chức hội nghị sơ kết công tác thi đua, khen thưởng. ",
    "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo, đề nghị các đơn vị đẩy mạnh cải cách. ",
    "Hội nghị đã thảo luận, thống nhất nhiều giải pháp nâng cao chất lượng phong trào. ",
    "Nhân dịp này, 12 tập thể và 25 cá nhân được tặng Giấy khen vì thành tích xuất sắc. ",
    "Quý khách hỏi: “Kết quả ấy đạt được nhờ đâu?” — nhờ sự đồng lòng của cả tập thể. ",
]
TARGET_CHARACTERS = 20_000  # typed after the warm-up
WARM_UP_ROUNDS = 10
PHOTO_ROUNDS = (2, 9, 30)  # one photo arrives after the warm-up


def _reference_counts() -> dict[str, int]:
    gc.collect()
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


def _python_objects() -> int:
    gc.collect()
    return len(gc.get_objects())


def _qt_objects(window) -> int:
    return len(window.findChildren(QObject))


def _type_paragraph(qtbot, window, round_no: int) -> int:
    """Type one paragraph with some bold and italic in it; return the characters typed."""
    body = window.editor.body_edit
    actions = window.actions_by_name
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    typed = 0
    for i, sentence in enumerate(SENTENCES):
        mark = ("bold", "italic", None)[(round_no + i) % 3]
        if mark:
            actions[mark].trigger()
        type_text(body, sentence)
        if mark:
            actions[mark].trigger()
        typed += len(sentence)
    # A backspace now and then, as people do.
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Backspace)
    type_text(body, "ầy.")
    return typed + 3


def _make_list(qtbot, window) -> None:
    body = window.editor.body_edit
    actions = window.actions_by_name
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Nâng cao chất lượng khen thưởng")
    actions["numbers" if body.textCursor().block().blockNumber() % 2 else "bullets"].trigger()
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Đẩy mạnh cải cách hành chính")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # an empty item ends the list, as in Word


def _move_photos(window) -> None:
    panel = window.editor.figure_panel
    if panel.photo_list.count() < 2:
        return
    panel.photo_list.setCurrentRow(panel.photo_list.count() - 1)
    panel.up_button.click()
    panel.photo_list.setCurrentRow(0)
    panel.down_button.click()


def _insert_photo(qtbot, window, path) -> None:
    window.import_photos([path])
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=30_000)


def _undo_redo(window, steps: int) -> None:
    body = window.editor.body_edit
    body.setFocus()
    for _ in range(steps):
        window.actions_by_name["undo"].trigger()
    for _ in range(steps):
        window.actions_by_name["redo"].trigger()


@pytest.mark.unicode_paths
def test_a_day_of_typing_formatting_photos_and_saving(qtbot, window, tmp_path):
    store = window.store
    long_id = import_long_article(store, tmp_path)
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm")
    type_text(window.editor.author_edit, "Trần Văn Ba")
    assert window.save()
    draft_id = window.editor.article_id
    photos = [make_photo(tmp_path / f"Ảnh hội nghị {n}.jpg", seed=40 + n) for n in range(3)]

    revisions_before = len(store.revisions(draft_id))
    typed = 0
    round_no = 0
    baseline_counts: dict[str, int] = {}
    while typed < TARGET_CHARACTERS or round_no <= WARM_UP_ROUNDS:
        if round_no == WARM_UP_ROUNDS:
            # Every kind of step has run once: the binding's lazy caches are filled.
            baseline_counts = _reference_counts()
            baseline_objects = _qt_objects(window)
            baseline_python = _python_objects()
            lowest = dict.fromkeys(baseline_counts, 0)
            typed = 0
        round_no += 1
        typed += _type_paragraph(qtbot, window, round_no)
        if round_no % 4 == 0:
            _make_list(qtbot, window)
        if round_no % 3 == 0:
            _undo_redo(window, 4)
        if round_no in PHOTO_ROUNDS:
            _insert_photo(qtbot, window, photos[PHOTO_ROUNDS.index(round_no)])
        if round_no % 5 == 0:
            _move_photos(window)
        if round_no % 6 == 0:
            assert window.save()
        if round_no % 10 == 0:
            # Switch to another article and back, as when checking an older piece.
            assert window.save()
            window.open_article(long_id)
            assert window.editor.article_id == long_id
            window.open_article(draft_id)
            assert window.editor.article_id == draft_id
        qtbot.wait(1)  # let timers and queued signals run, as an idle event loop would
        if baseline_counts:
            for name, count in _reference_counts().items():
                lowest[name] = min(lowest[name], count - baseline_counts[name])

    assert window.save()
    assert typed >= TARGET_CHARACTERS

    # What was typed is in the store, whole.
    article = store.get_article(draft_id)
    stored_text = article_text(article)
    for sentence in SENTENCES:
        assert sentence.strip()[:40] in stored_text
    assert "Nâng cao chất lượng khen thưởng" in stored_text
    assert stored_text.count("Hội nghị đã thảo luận") >= round_no
    assert len(article.figures()) == len(photos)
    assert len(store.revisions(draft_id)) > revisions_before
    assert store.check() == []

    # The binding gave back every reference it took. A count that falls is what killed
    # the window on 6.12.0 (at zero the interpreter aborts); PySide6 6.11 adds a few
    # references to None per event-loop pass and never frees them, which is harmless.
    assert all(low > -20 for low in lowest.values()), lowest
    # Nothing piled up with the work: Python objects and Qt objects stay flat.
    window.new_article(ask=False)  # put the long draft away, as at the end of the day
    grown = _python_objects() - baseline_python
    print(f"after {typed} characters: lowest reference drift {lowest}, {grown} more objects")
    assert grown < 2_000, f"{grown} more Python objects after {typed} characters"
    assert _qt_objects(window) <= baseline_objects + 50
