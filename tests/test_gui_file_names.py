"""The window's save dialogs follow the command line's rule for names Windows cannot hold.

Qt's own file dialog (Linux, or when the native one is off) takes any name:
the export refuses it in Vietnamese, and writes nothing. A name typed in NFD
is written in NFC.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QFileDialog
from samples import import_long_article

from deskeditor.gui import article_actions


@pytest.fixture
def article(window, tmp_path):
    article_id = import_long_article(window.store, tmp_path / "nguon")
    window.open_article(article_id)
    return article_id


def saving_as(monkeypatch, target):
    monkeypatch.setattr(
        article_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )


@pytest.mark.parametrize(
    ("action", "name", "part"),
    [
        ("export_docx", "CON.docx", "CON.docx"),
        ("export_docx", "phieu:duyet.docx", "phieu:duyet.docx"),
        ("export_single", "COM1.html", "COM1.html"),
        ("export_fragment", "than-bai.html.", "than-bai.html."),
    ],
)
def test_an_export_to_a_name_windows_cannot_hold_is_refused_in_vietnamese(
    qtbot, window, article, tmp_path, monkeypatch, no_dialogs, vietnamese, action, name, part
):
    out = tmp_path / "out"
    out.mkdir()
    saving_as(monkeypatch, out / name)
    monkeypatch.setattr(article_actions, "_portal_export_confirmed", lambda *a: True)
    window.actions_by_name[action].trigger()
    assert list(out.iterdir()) == []
    [(kind, title, text)] = [shown for shown in no_dialogs if shown[0] == "critical"]
    assert title == "Xuất không thành công"
    assert text.startswith(f"{out / name}: ") and f"“{part}”" in text, text
    assert "Windows" in text and "device" not in text and "choose" not in text


def test_the_link_list_export_refuses_such_a_name_in_vietnamese(
    qtbot, store, settings_dir, no_dialogs, vietnamese, tmp_path, monkeypatch
):
    from deskeditor.gui.links_manager import LinkManagerDialog
    from deskeditor.links import Link, LinkGroup

    store.replace_link_groups([LinkGroup("Websites", [Link("Chính phủ", "https://chinhphu.vn")])])
    dialog = LinkManagerDialog(store)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    for name, export in (("NUL.csv", dialog.files.export_csv), ("a?.html", None)):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(out / n), "")
        )
        (export or dialog.files.export_html)()
    assert list(out.iterdir()) == []
    refusals = [text for kind, _title, text in no_dialogs if kind == "critical"]
    assert len(refusals) == 2 and all("Windows" in text for text in refusals)
    dialog.undo_stack.setClean()
    dialog.close()


@pytest.mark.unicode_paths
def test_a_name_chosen_in_nfd_is_written_in_nfc(
    qtbot, window, article, tmp_path, monkeypatch, no_dialogs
):
    out = tmp_path / "out"
    out.mkdir()
    saving_as(monkeypatch, out / unicodedata.normalize("NFD", "phiếu-duyệt.docx"))
    window.actions_by_name["export_docx"].trigger()
    assert [path.name for path in out.iterdir()] == ["phiếu-duyệt.docx"]
