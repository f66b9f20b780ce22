"""The Article menu driven as a user would: workflow moves, exports, clipboard, batch, verify."""

from __future__ import annotations

import lxml.html
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from samples import import_long_article

from deskeditor.model import Decision, Status


@pytest.fixture
def article(window, tmp_path):
    article_id = import_long_article(window.store, tmp_path / "nguon")
    window.open_article(article_id)
    return article_id


@pytest.fixture
def export_unapproved(monkeypatch, no_dialogs):
    """Answer Yes to "not approved: export its web page anyway?" (these tests export drafts)."""
    recorded = QMessageBox.warning  # no_dialogs' recorder

    def warning(parent, title, text, *args, **kwargs):
        if title == "Not approved":
            no_dialogs.append(("not approved", title, text))
            return QMessageBox.StandardButton.Yes
        return recorded(parent, title, text, *args, **kwargs)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return no_dialogs


def test_submit_approve_and_publish_from_the_menu(qtbot, window, article, monkeypatch):
    from deskeditor.gui.workflow_dialogs import DecisionDialog, DecisionInput

    actions = window.actions_by_name
    actions["submit"].trigger()
    assert window.store.get_article(article).status is Status.SUBMITTED
    assert "Submitted" in window.editor.status_label.text()
    monkeypatch.setattr(
        DecisionDialog, "ask",
        classmethod(lambda cls, title, code, name, pos, parent: (
            DecisionInput("Hoàng Văn Nam", "Trưởng Ban biên tập", Decision.APPROVE, ""), True)),
    )  # fmt: skip
    actions["decide"].trigger()
    assert window.store.get_article(article).status is Status.APPROVED
    actions["publish"].trigger()
    assert window.store.get_article(article).status is Status.PUBLISHED


def test_returned_article_shows_the_comment(qtbot, window, article, monkeypatch):
    from deskeditor.gui.workflow_dialogs import DecisionDialog, DecisionInput

    window.actions_by_name["submit"].trigger()
    monkeypatch.setattr(
        DecisionDialog, "ask",
        classmethod(lambda cls, *a: (DecisionInput("Hoàng Văn Nam", "Trưởng ban", Decision.REVISE,
                                                   "Bổ sung số liệu khen thưởng"), True)),
    )  # fmt: skip
    window.actions_by_name["decide"].trigger()
    assert window.store.get_article(article).status is Status.RETURNED
    label = window.editor.return_comment_label
    assert not label.isHidden() and "Bổ sung số liệu khen thưởng" in label.text()
    assert "not to publish" not in label.text()


def test_a_rejected_article_says_it_was_rejected_not_returned(qtbot, window, article, monkeypatch):
    """Outside testing: "Không đăng" showed the banner of "Sửa lại", so staff would fix and
    resubmit an article the board had decided not to publish."""
    from deskeditor.gui.workflow_dialogs import DecisionDialog, DecisionInput

    window.actions_by_name["submit"].trigger()
    monkeypatch.setattr(
        DecisionDialog, "ask",
        classmethod(lambda cls, *a: (DecisionInput("Hoàng Văn Nam", "Trưởng ban", Decision.REJECT,
                                                   "Số liệu chưa được xác minh"), True)),
    )  # fmt: skip
    window.actions_by_name["decide"].trigger()
    label = window.editor.return_comment_label
    assert not label.isHidden() and "Số liệu chưa được xác minh" in label.text()
    assert "not to publish" in label.text() and "Returned" not in label.text()


def test_decision_dialog_requires_a_comment_to_return(qtbot):
    from deskeditor.gui.workflow_dialogs import DecisionDialog

    dialog = DecisionDialog("Tin", "ABCD-1234", "Hoàng Văn Nam", "Trưởng Ban biên tập")
    qtbot.addWidget(dialog)
    dialog.decision_buttons[Decision.REVISE].setChecked(True)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error_label.text()
    dialog.comment_edit.setPlainText("Sửa tiêu đề")
    dialog.accept()
    assert dialog.result() == 1


def test_editing_an_approved_article_warns_and_makes_a_draft(qtbot, window, article, no_dialogs):
    from deskeditor.store.workflow import decide, submit

    submit(window.store, article)
    decide(window.store, article, "Hoàng Văn Nam", "Trưởng Ban biên tập", Decision.APPROVE)
    window.open_article(article)
    window.editor.lead_edit.setPlainText("Sapo đã sửa sau khi duyệt.")
    assert window.save()  # the patched question answers Save
    assert any("approved" in text for kind, _t, text in no_dialogs if kind == "question")
    assert window.store.get_article(article).status is Status.DRAFT


def test_editing_a_submitted_article_warns_and_withdraws_it(
    qtbot, window, article, no_dialogs, monkeypatch
):
    """F20: the board must not be shown a revision other than the one on its slip."""
    window.actions_by_name["submit"].trigger()
    window.editor.lead_edit.setPlainText("Sapo bổ sung sau khi gửi duyệt.")
    assert window.save()  # the patched question answers Save
    assert any(
        kind == "question" and "sign-off" in text and "submitted again" in text
        for kind, _t, text in no_dialogs
    )
    assert window.store.get_article(article).status is Status.DRAFT
    window.article_menu.aboutToShow.emit()
    assert not window.actions_by_name["decide"].isEnabled()
    assert window.actions_by_name["submit"].isEnabled()


@pytest.mark.parametrize("status", [Status.DRAFT, Status.APPROVED, Status.PUBLISHED])
def test_delete_names_the_article_and_what_its_approval_loses(
    qtbot, window, article, monkeypatch, status
):
    """F16/F19: the question names the article; a signed one says its approval goes with it."""
    from deskeditor.store.workflow import decide, publish, submit

    if status is not Status.DRAFT:
        submit(window.store, article)
        decide(window.store, article, "Nông Thị Hường", "Trưởng Ban biên tập", Decision.APPROVE)
    if status is Status.PUBLISHED:
        publish(window.store, article)
    window.open_article(article)
    title = window.store.get_article(article).title
    asked = []

    def answer(kind, reply):
        def show(parent, caption, text, buttons, default):
            asked.append((kind, text, default))
            return reply

        return show

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.StandardButton.No))
    window.actions_by_name["delete"].trigger()
    [(kind, text, default)] = asked
    assert f"«{title}»" in text and default == QMessageBox.StandardButton.No
    signed = status is not Status.DRAFT
    assert (kind == "warning") is signed
    assert (
        "Nông Thị Hường" in text and "record is kept" in text and "still verify" in text
    ) is signed
    assert ("is published" in text and "not from the portal" in text) is (
        status is Status.PUBLISHED
    )
    assert window.store.get_article(article).status is status  # "No" kept it
    monkeypatch.setattr(QMessageBox, kind, answer(kind, QMessageBox.StandardButton.Yes))
    window.actions_by_name["delete"].trigger()
    assert article not in [summary.id for summary in window.store.list_articles()]


def test_export_word_for_sign_off(qtbot, window, article, tmp_path, monkeypatch):
    target = tmp_path / "phieu.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_docx"].trigger()
    assert target.exists()
    from docx import Document

    assert any("PHIẾU DUYỆT" in p.text.upper() for p in Document(str(target)).paragraphs)


def test_export_refuses_missing_alt_text_with_a_message(
    qtbot, window, article, tmp_path, monkeypatch, no_dialogs, export_unapproved
):
    from deskeditor.model import Figure

    body = window.editor.body_edit
    position = body.figure_positions()[0]
    figure = body.figure_at(position)
    body.update_figure(
        position,
        Figure(caption=figure.caption, credit=figure.credit, alt="", photo_id=figure.photo_id),
    )
    target = tmp_path / "khong.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_single"].trigger()  # saves first (patched answer), then refuses
    assert not target.exists()
    assert any(kind == "critical" and "alt" in text for kind, _t, text in no_dialogs)


def test_submit_refuses_a_photo_without_alt_text_with_a_message(qtbot, window, article, no_dialogs):
    """F18: the window names the photo that export would refuse, and nothing is submitted."""
    from deskeditor.model import Figure

    body = window.editor.body_edit
    position = body.figure_positions()[0]
    figure = body.figure_at(position)
    body.update_figure(
        position,
        Figure(caption=figure.caption, credit=figure.credit, alt="", photo_id=figure.photo_id),
    )
    window.actions_by_name["submit"].trigger()  # saves first (patched answer), then refuses
    assert window.store.get_article(article).status is Status.DRAFT
    assert any(kind == "warning" and "photo 1" in text for kind, _t, text in no_dialogs)


def test_portal_export_of_an_unapproved_article_asks_first(
    qtbot, window, article, tmp_path, monkeypatch, no_dialogs
):
    """F17: a draft's web page looked final; the Word document for sign-off is not asked about."""
    from deskeditor.store.workflow import decide, submit

    page, slip = tmp_path / "trang.html", tmp_path / "phieu.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _w, title, *a: (
        str(slip if "Word" in title else page), ""))  # fmt: skip
    window.actions_by_name["export_docx"].trigger()
    assert slip.exists() and not [k for k, *_ in no_dialogs if k == "warning"]
    window.actions_by_name["export_single"].trigger()  # the patched warning answers Ok: no
    asked = [text for kind, title, text in no_dialogs if title == "Not approved"]
    assert len(asked) == 1 and "not been approved" in asked[0] and "Draft" in asked[0]
    assert not page.exists()
    submit(window.store, article)
    decide(window.store, article, "Nông Thị Hường", "Trưởng Ban biên tập", Decision.APPROVE)
    window.open_article(article)
    window.actions_by_name["export_single"].trigger()
    assert page.exists()
    assert len([title for _k, title, _t in no_dialogs if title == "Not approved"]) == 1


def test_copy_body_html_to_the_clipboard(qtbot, window, article, export_unapproved):
    from PySide6.QtGui import QGuiApplication

    window.actions_by_name["copy_fragment"].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert "<figure" in mime.html() and "Toàn cảnh Hội nghị sơ kết" in mime.html()
    assert "<html" not in mime.text()
    # The photos travel with the paste, for the portal editor's upload to take them.
    sources = lxml.html.fragments_fromstring(mime.html())
    images = [img.get("src") for part in sources for img in part.iter("img")]
    assert images and all(src.startswith("data:image/jpeg;base64,") for src in images)


def test_batch_export_of_selected_articles(
    qtbot, window, article, tmp_path, monkeypatch, export_unapproved
):
    from deskeditor.gui import article_actions
    from deskeditor.model import Article, Paragraph, Run

    window.store.save_article(Article(title="Tin thứ hai", body=[Paragraph([Run("Nội dung.")])]))
    window.refresh_list()
    window.article_table.selectAll()
    out = tmp_path / "xuat"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(article_actions.BatchChoiceDialog, "exec", lambda self: 1)
    article_actions.export_selected(window)
    qtbot.waitUntil(lambda: not window.background_ops(), timeout=60000)
    assert len(list(out.glob("*/index.html"))) == 2
    assert len(list(out.glob("*.docx"))) == 2
    asked = [text for kind, _t, text in export_unapproved if kind == "not approved"]
    assert len(asked) == 1 and asked[0].startswith("2 of the 2 selected articles")


def test_verify_an_exported_copy(qtbot, window, article, tmp_path, monkeypatch, no_dialogs):
    target = tmp_path / "ban-in.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_docx"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["verify"].trigger()
    assert any(kind == "warning" and "never approved" in text for kind, _t, text in no_dialogs)


def test_menu_enables_only_allowed_moves(qtbot, window, article):
    window.article_menu.aboutToShow.emit()
    actions = window.actions_by_name
    assert (
        actions["submit"].isEnabled()
        and not actions["decide"].isEnabled()
        and not actions["publish"].isEnabled()
    )
    assert QMessageBox  # imported for the fixtures' patches


def test_batch_export_callbacks_run_in_the_gui_thread(
    qtbot, window, article, tmp_path, monkeypatch, export_unapproved
):
    """Regression: lambdas connected to the worker's signals ran in the worker thread."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from deskeditor.gui import article_actions

    def in_gui_thread() -> bool:
        return threading.current_thread() is threading.main_thread()

    seen = []
    out = tmp_path / "xuat"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(article_actions.BatchChoiceDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        QProgressDialog, "setLabelText", lambda self, text: seen.append(("step", in_gui_thread()))
    )
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: seen.append(("done", in_gui_thread()))
    )
    window.article_table.selectAll()
    article_actions.export_selected(window)
    qtbot.waitUntil(lambda: len(seen) == 2 and not window.background_ops(), timeout=60000)
    assert seen == [("step", True), ("done", True)]
    assert len(list(out.glob("*/index.html"))) == 1


@pytest.mark.parametrize(
    ("answer", "imported"),
    [(QMessageBox.StandardButton.No, 0), (QMessageBox.StandardButton.Yes, 1)],
)
def test_importing_a_json_whose_photo_is_elsewhere_asks_first(
    qtbot, window, tmp_path, monkeypatch, answer, imported
):
    import json

    from samples import make_photo

    outside = make_photo(tmp_path / "rieng-tu.jpg", seed=8, size=(200, 150))
    folder = tmp_path / "bai"
    folder.mkdir()
    body = [{"type": "photo", "file": str(outside), "caption": "Ảnh", "alt": "Mô tả"}]
    path = folder / "bai.json"
    path.write_text(
        json.dumps({"title": "Ảnh ở nơi khác", "body": body}, ensure_ascii=False), "utf-8"
    )
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(
        QMessageBox, "question", lambda _w, _t, text, *a: asked.append(text) or answer
    )
    window.actions_by_name["import"].trigger()
    assert len(asked) == 1 and str(outside) in asked[0]
    assert window.store.count_articles() == imported


def test_importing_json_keeps_the_approval_it_carries(
    qtbot, window, article, tmp_path, monkeypatch, no_dialogs
):
    import json

    from deskeditor.interchange import export_json
    from deskeditor.store.workflow import decide, submit, workflow_state

    submit(window.store, article)
    decide(window.store, article, "Nguyễn Văn Bình", "Trưởng Ban biên tập", Decision.APPROVE)
    path = export_json(window.store, article, tmp_path / "chuyen" / "bai.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_name["import"].trigger()
    imported = window.editor.article_id
    assert imported != article
    assert workflow_state(window.store, imported).status is Status.APPROVED
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] += " (bản sửa)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.actions_by_name["import"].trigger()
    assert workflow_state(window.store, window.editor.article_id).status is Status.DRAFT
    notes = [text for _kind, _title, text in no_dialogs]
    assert any("imported as a draft" in text or "nhập ở dạng nháp" in text for text in notes)


def test_a_word_export_with_empty_site_details_says_which(
    qtbot, window, article, tmp_path, monkeypatch
):
    """Outside testing: the window exported a slip with no agency or place, saying nothing."""
    import dataclasses

    target = tmp_path / "phieu.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_docx"].trigger()
    assert target.exists()  # exported all the same, as the command line does
    note = window.statusBar().currentMessage()
    assert "Agency name" in note and "Place name for dates" in note
    assert "Organisation name" not in note  # the page's header is not in the Word document

    profile = window.store.site_profile()
    window.store.save_site_profile(
        dataclasses.replace(profile, agency_name="SỞ NỘI VỤ", place_name="Lạng Sơn")
    )
    window.statusBar().clearMessage()
    window.actions_by_name["export_docx"].trigger()
    assert window.statusBar().currentMessage() == ""
