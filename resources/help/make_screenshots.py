"""Make the pictures of the user guide from the real window, with Vietnamese sample data.

Run after changing the window:  python resources/help/make_screenshots.py
It writes deskeditor/help/anh/*.png. The window runs offscreen (set
QT_QPA_PLATFORM to see it), in Vietnamese, on a store and settings made in a
temporary folder: the user's own data and settings are never touched.
Look at every picture before committing it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "deskeditor" / "help" / "anh"
WIDTH, HEIGHT = 1280, 800

ARTICLES = [
    {
        "title": "Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026",
        "category": "Cải cách hành chính",
        "published_at": "2026-07-10T09:30",
        "lead": "Sáng ngày 10/7, Sở Nội vụ tổ chức Hội nghị sơ kết công tác cải cách hành chính "
        "6 tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2026.",
        "author": "Trần Thu Hà",
        "author_unit": "Văn phòng Sở",
        "source": "",
        "tags": ["cải cách hành chính", "sơ kết"],
        "body": [
            {
                "type": "paragraph",
                "text": "Dự hội nghị có đồng chí Nguyễn Văn Thành, Giám đốc Sở Nội vụ; lãnh đạo các "
                "phòng, đơn vị thuộc Sở và đại diện Văn phòng UBND tỉnh.",
            },
            {
                "type": "photo",
                "file": "photos/hoi-truong.jpg",
                "caption": "Toàn cảnh hội nghị",
                "credit": "Ảnh: Trần Thu Hà",
                "alt": "Hội trường với các đại biểu ngồi theo dãy bàn, phía trước là màn hình lớn",
            },
            {"type": "heading", "text": "Kết quả nổi bật"},
            {
                "type": "paragraph",
                "text": [
                    {"text": "Trong 6 tháng đầu năm, Sở đã "},
                    {"text": "giải quyết đúng hạn 100% hồ sơ", "bold": True},
                    {
                        "text": " tiếp nhận qua Trung tâm Phục vụ hành chính công; tỷ lệ hồ sơ nộp "
                        "trực tuyến đạt 86%."
                    },
                ],
            },
            {
                "type": "list",
                "ordered": False,
                "items": [
                    "Rà soát, đơn giản hoá 12 thủ tục hành chính;",
                    "Số hoá kết quả giải quyết thủ tục hành chính còn hiệu lực;",
                    "Duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị.",
                ],
            },
            {
                "type": "photo",
                "file": "photos/phat-bieu.jpg",
                "caption": "Đồng chí Giám đốc Sở phát biểu chỉ đạo tại hội nghị",
                "credit": "Ảnh: Lê Minh Đức",
                "alt": "",
            },
            {
                "type": "quote",
                "text": "Lấy sự hài lòng của người dân, doanh nghiệp làm thước đo "
                "chất lượng phục vụ.",
            },
            {
                "type": "paragraph",
                "text": "Hội nghị đã thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó "
                "tập trung vào chuyển đổi số và nâng cao chất lượng phục vụ người dân.",
            },
        ],
    },
    {
        "title": "Trao tặng Bằng khen cho các tập thể có thành tích xuất sắc",
        "category": "Thi đua - Khen thưởng",
        "published_at": "2026-07-08T14:00",
        "lead": "Chiều ngày 8/7, UBND tỉnh tổ chức lễ trao tặng Bằng khen cho 15 tập thể, 32 cá nhân.",
        "author": "Lê Minh Đức",
        "author_unit": "Phòng Thi đua - Khen thưởng",
        "body": [
            {
                "type": "paragraph",
                "text": "Các tập thể được khen thưởng đã có nhiều đóng góp "
                "trong phong trào thi đua yêu nước năm 2025.",
            }
        ],
    },
    {
        "title": "Triển khai Kế hoạch chuyển đổi số năm 2026 của Sở Nội vụ",
        "category": "Tin tức - Sự kiện",
        "published_at": "2026-07-05T08:00",
        "lead": "Sở Nội vụ ban hành Kế hoạch chuyển đổi số năm 2026 với 5 nhóm nhiệm vụ chính.",
        "author": "Phạm Quốc Bảo",
        "author_unit": "Văn phòng Sở",
        "body": [
            {
                "type": "paragraph",
                "text": "Kế hoạch đặt mục tiêu 100% văn bản đi, đến được xử "
                "lý trên môi trường điện tử.",
            }
        ],
    },
    {
        "title": "Hướng dẫn bình xét thi đua, khen thưởng năm 2026",
        "category": "Văn bản - Chính sách",
        "published_at": "2026-07-02T10:15",
        "lead": "Văn bản hướng dẫn trình tự, thủ tục và thời hạn gửi hồ sơ đề nghị khen thưởng.",
        "author": "Trần Thu Hà",
        "author_unit": "Phòng Thi đua - Khen thưởng",
        "body": [
            {
                "type": "paragraph",
                "text": "Hồ sơ đề nghị khen thưởng gửi về Sở trước ngày 15/11/2026.",
            }
        ],
    },
]

# A results article with a table (the guide's section on tables). It is the oldest draft,
# so it sits at the foot of the list in the other pictures.
TABLE_ARTICLE = {
    "title": "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2026",
    "category": "Cải cách hành chính",
    "published_at": "2026-06-30T15:00",
    "lead": "Trong 6 tháng đầu năm, các phòng chuyên môn của Sở đã tiếp nhận 1.284 hồ sơ "
    "thủ tục hành chính, giải quyết đúng hạn toàn bộ hồ sơ đến hạn.",
    "author": "Phạm Quốc Bảo",
    "author_unit": "Văn phòng Sở",
    "body": [
        {"type": "paragraph", "text": "Số liệu cụ thể theo từng lĩnh vực như sau:"},
        {
            "type": "table",
            "caption": "Kết quả giải quyết hồ sơ theo lĩnh vực",
            "header_rows": 1,
            "rows": [
                ["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đúng hạn"],
                ["Tổ chức bộ máy", "126", "126", "100%"],
                ["Công chức, viên chức", "412", "409", "100%"],
                ["Thi đua, khen thưởng", "538", "530", "100%"],
                ["Tín ngưỡng, tôn giáo", "208", "205", "100%"],
                [[{"text": "Tổng cộng", "bold": True}], "1.284", "1.270", "100%"],
            ],
        },
        {
            "type": "paragraph",
            "text": "Các hồ sơ chưa giải quyết xong đều còn trong thời hạn và được theo dõi "
            "trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
        },
    ],
}

# Typos a hurried writer makes in the first paragraph (the spell check section).
TYPOS = "Hội nghị thống nhất tập trung vào chuyễn đổi số, nâng cao chất lượng phuc vụ. "

LINKS = [
    (
        "Sở ban ngành",
        [
            ("Sở Tài chính", "https://stc.example.gov.vn"),
            ("Sở Kế hoạch và Đầu tư", "https://skhdt.example.gov.vn"),
            ("Sở Thông tin và Truyền thông", "https://stttt.example.gov.vn"),
        ],
    ),
    (
        "UBND các huyện, thành phố",
        [
            ("UBND thành phố", "https://thanhpho.example.gov.vn"),
            ("UBND huyện Yên Bình", "https://yenbinh.example.gov.vn"),
        ],
    ),
    (
        "Liên kết Websites",
        [
            ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
            ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
        ],
    ),
]


def _photo(path: Path, seed: int) -> None:
    """Paint a picture that reads as a photo at thumbnail size (a hall, people, a screen)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (1500, 1000), (196, 178, 150))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1500, 420), fill=(120, 40, 40) if seed else (30, 70, 130))
    draw.rectangle((420, 60, 1080, 360), fill=(235, 235, 240))
    draw.rectangle((470, 110, 1030, 170), fill=(200, 30, 30))
    for row in range(4):
        for col in range(9):
            x, y = 80 + col * 155, 520 + row * 110
            shade = rng.randrange(20, 90)
            draw.ellipse((x, y - 45, x + 50, y + 5), fill=(shade, shade - 10, shade - 15))
            draw.rectangle((x - 15, y + 5, x + 65, y + 80), fill=(240, 240, 240))
    image.save(path, "JPEG", quality=85)


def _fill_store(folder: Path):  # type: ignore[no-untyped-def]
    from deskeditor.jsonio import read_article
    from deskeditor.model import Decision, Link, LinkGroup, SiteProfile
    from deskeditor.store import Store, workflow

    photos = folder / "photos"
    photos.mkdir(parents=True)
    _photo(photos / "hoi-truong.jpg", 0)
    _photo(photos / "phat-bieu.jpg", 1)
    store = Store(folder / "deskeditor.db")
    store.save_site_profile(SiteProfile(
        organisation_name="Sở Nội vụ tỉnh Yên Bình", governing_body="UBND TỈNH YÊN BÌNH",
        agency_name="SỞ NỘI VỤ", place_name="Yên Bình", approver_name="Nguyễn Văn Thành",
        approver_position="Trưởng Ban biên tập",
    ))  # fmt: skip
    store.replace_link_groups(
        [LinkGroup(name, [Link(n, u) for n, u in links]) for name, links in LINKS]
    )
    ids = []
    for number, data in enumerate([TABLE_ARTICLE, *reversed(ARTICLES)]):
        path = folder / f"bai-{number}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        ids.append(store.import_article(read_article(path)))
    table, guide, chuyen_doi, thi_dua, hoi_nghi = ids
    when = dt.datetime(2026, 7, 9, 9, 0)
    workflow.submit(store, guide, when)
    workflow.decide(store, guide, "Nguyễn Văn Thành", "Trưởng Ban biên tập", Decision.APPROVE,
                    when=when)  # fmt: skip
    workflow.publish(store, guide, when)
    workflow.submit(store, chuyen_doi, when)
    workflow.decide(store, chuyen_doi, "Nguyễn Văn Thành", "Trưởng Ban biên tập",
                    Decision.REVISE, "Bổ sung số liệu cụ thể của từng nhóm nhiệm vụ.", when)  # fmt: skip
    workflow.submit(store, thi_dua, when)
    return store, hoi_nghi, chuyen_doi, table


def _word_draft(path: Path) -> None:
    """Write the Word draft of the guide's Word section: a text box and a tracked change."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Huyện Yên Bình ra quân Tháng hành động vì môi trường", style="Title")
    lead = document.add_paragraph()
    lead.add_run(
        "Sáng ngày 5/6, UBND huyện Yên Bình tổ chức lễ ra quân hưởng ứng Tháng hành động "
        "vì môi trường năm 2026 với sự tham gia của hơn 500 đoàn viên, thanh niên."
    ).bold = True
    paragraph = document.add_paragraph("Các lực lượng đã thu gom rác thải dọc tuyến đường ")
    # Word's tracked changes: the insertion is kept, the deletion dropped (and reported).
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Văn phòng" w:date="2026-06-05T08:00:00Z">'
        '<w:r><w:t xml:space="preserve">ven hồ Thác Bà</w:t></w:r></w:ins>'
    ))  # fmt: skip
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="Văn phòng" w:date="2026-06-05T08:00:00Z">'
        '<w:r><w:delText xml:space="preserve"> và trung tâm huyện</w:delText></w:r></w:del>'
    ))  # fmt: skip
    paragraph.add_run(" và trồng 1.200 cây xanh.")
    boxed = document.add_paragraph("Hoạt động được duy trì vào sáng thứ Bảy hằng tuần.")
    boxed._p.append(parse_xml(
        f"<w:r {nsdecls('w', 'wp', 'a')} "
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:inline><wp:extent cx="1828800" cy="457200"/>'
        '<wp:docPr id="7" name="Hộp văn bản"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r>'
        "<w:t>Đường dây nóng: 0216 3888 999</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    ))  # fmt: skip
    byline = document.add_paragraph("Hoàng Minh Tuấn - Trung tâm Văn hoá huyện")
    byline.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))


def _with_menu(widget, menu, at, height: int):  # type: ignore[no-untyped-def]
    """Return *widget*'s picture, its top *height* pixels, with *menu* drawn open at *at*.

    A context menu is a window of its own, so a grab of the widget does not show it.
    """
    from PySide6.QtGui import QColor, QPainter

    menu.popup(widget.mapToGlobal(at))
    menu.move(widget.mapToGlobal(at))  # where it opens on a large screen, not the small offscreen
    _settle()
    picture = widget.grab().copy(0, 0, widget.width(), height)
    painter = QPainter(picture)
    corner = widget.mapFromGlobal(menu.pos())
    painter.drawPixmap(corner, menu.grab())
    painter.setPen(QColor("#808080"))
    painter.drawRect(corner.x(), corner.y(), menu.width() - 1, menu.height() - 1)
    painter.end()
    menu.hide()
    return picture


def _save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Write the picture of *widget* (or a picture already made) as anh/*name*.png.

    Screens hold few colours: a 256-colour palette keeps the text sharp at a
    third of the file size, which the package and the installer carry.
    """
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    picture = widget if isinstance(widget, QPixmap) else widget.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if picture.isNull() or not picture.save(buffer, "PNG"):
        raise SystemExit(f"could not take the picture {name}")
    image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    palette = image.quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path = OUT / f"{name}.png"
    palette.save(path, "PNG", optimize=True)
    print(path.relative_to(ROOT))


def _settle(ms: int = 400) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A fixed name, so that the folder shown in the backups picture is the same each time.
    work = Path(tempfile.gettempdir()) / "deskeditor-huong-dan"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "cai-dat"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(work / "he-thong")
    )
    from deskeditor.app import create_application

    app = create_application(["deskeditor"])
    QSettings().setValue("editor/author", "Trần Thu Hà")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    return _shoot(app, work)


def _shoot(app, work: Path) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QMessageBox

    from deskeditor.gui.main_window import MainWindow

    store, hoi_nghi, returned, table = _fill_store(work)
    # A message box would wait for a click that never comes: answer as the user would.
    QMessageBox.information = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    window = MainWindow(store)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.open_article(hoi_nghi)
    window.splitter.setSizes([380, WIDTH - 380])
    _settle()
    _save(window, "cua-so-chinh")
    # The toolbar's buttons, without the empty rest of the bar (the picture stays legible
    # when the guide shrinks it to the page).
    toolbar = window.toolbar
    buttons = toolbar.grab(QRect(0, 0, toolbar.childrenRect().right() + 8, toolbar.height()))
    _save(buttons, "thanh-cong-cu")

    # Photos: the panel with a photo lacking its alt text, and the caption dialog.
    window.editor.select_figure(1)
    _settle()
    _save(window.editor.figure_panel, "bang-anh")
    from deskeditor.gui.dialogs import FigureDialog

    dialog = FigureDialog(window.editor.figures()[0], window)
    dialog.show()
    _save(dialog, "chu-thich-anh")
    dialog.close()
    from deskeditor.gui.crop_dialog import CropDialog
    from deskeditor.gui.images import decode

    photo_id = window.editor.figures()[0].photo_id or 0
    picture = decode(store.photo_rendition(photo_id, "web")[0])
    cropping = CropDialog(picture, window.images.size(photo_id), None, window)
    cropping.resize(900, 560)
    index = cropping.ratio_combo.findText("16:9")
    cropping.ratio_combo.setCurrentIndex(max(index, 1))
    cropping.show()
    _settle()
    _save(cropping, "cat-anh")
    cropping.reject()

    # Find and replace.
    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    body.setTextCursor(cursor)
    bar = window.find_bar
    bar.ignore_marks_box.setChecked(True)
    bar.show_find(replace=True)
    bar.find_edit.setText("hoi nghi")
    bar.replace_edit.setText("hội nghị")
    _settle()
    _save(window.editor, "tim-thay")
    bar.close_bar()

    # The Article menu (workflow and exports).
    menu = window.article_menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    _settle()
    _save(menu, "menu-bai-viet")
    menu.hide()

    # The decision dialog and a returned article.
    from deskeditor.gui.workflow_dialogs import DecisionDialog

    decision = DecisionDialog(window.editor.title_edit.text(), store.current_version_code(hoi_nghi),
                              "Nguyễn Văn Thành", "Trưởng Ban biên tập", window)  # fmt: skip
    decision.show()
    _save(decision, "ghi-y-kien-duyet")
    decision.close()
    window.open_article(returned)
    _settle()
    _save(window, "bai-tra-lai")

    # The link list and the backups.
    from deskeditor.gui.links_manager import LinkManagerDialog

    links = LinkManagerDialog(store, window)
    links.resize(820, 560)
    links.show()
    links.tree.expandAll()
    _settle()
    _save(links, "danh-sach-lien-ket")
    links.reject()
    from deskeditor.backups import manual_backup
    from deskeditor.gui.backups_dialog import BackupsDialog, backup_folder

    manual_backup(store.path, backup_folder(store.path), dt.datetime(2026, 7, 10, 16, 45))
    backups = BackupsDialog(window)
    backups.resize(760, 420)
    backups.show()
    _settle()
    _save(backups, "sao-luu")
    backups.close()

    _shoot_tables(window, table)
    window.open_article(hoi_nghi)
    _shoot_spelling(window)
    window.mark_clean()
    _shoot_word_import(window, work)

    window.mark_clean()
    window.close()
    store.close()
    app.processEvents()
    return 0


def _shoot_tables(window, article_id: int) -> None:  # type: ignore[no-untyped-def]
    """The Insert table dialog, and an article with a table and its right-click menu."""
    from PySide6.QtGui import QTextCursor

    from deskeditor.gui.dialogs import TableDialog

    dialog = TableDialog(window)
    dialog.rows_edit.setValue(6)
    dialog.columns_edit.setValue(4)
    dialog.caption_edit.setText("Kết quả giải quyết hồ sơ theo lĩnh vực")
    dialog.show()
    _settle()
    _save(dialog, "chen-bang")
    dialog.reject()

    window.open_article(article_id)
    _settle()
    body = window.editor.body_edit
    block = body.document().firstBlock()
    while block.isValid() and QTextCursor(block).currentTable() is None:
        block = block.next()
    table = QTextCursor(block).currentTable()
    # A right click in the last row: the table's commands, under the table.
    cell = table.cellAt(table.rows() - 1, 0).lastCursorPosition()
    body.setTextCursor(cell)
    body.setFocus()
    _settle()
    at = body.cursorRect(cell).bottomRight()
    menu = body.context_menu(at)
    editor = window.editor
    corner = body.mapTo(editor, at)
    picture = _with_menu(editor, menu, corner, corner.y() + menu.sizeHint().height() + 16)
    menu.deleteLater()
    _save(picture, "bang-trong-bai")


def _shoot_spelling(window) -> None:  # type: ignore[no-untyped-def]
    """Squiggles under two typos in the body, and the right-click menu on one of them."""
    from PySide6.QtGui import QTextCursor

    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertText(TYPOS)
    # Right-click at the end of the word, so that the menu leaves it in sight.
    cursor.setPosition(TYPOS.index("chuyễn") + len("chuyễn"))
    body.setTextCursor(cursor)
    _settle()
    at = body.cursorRect(cursor).bottomLeft()
    menu = window.spelling.build_menu(body, at)
    picture = _with_menu(body, menu, at, at.y() + menu.sizeHint().height() + 16)
    menu.deleteLater()
    _save(picture, "chinh-ta")


def _shoot_word_import(window, work: Path) -> None:  # type: ignore[no-untyped-def]
    """The report shown after a Word draft with a text box and a tracked change came in."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from deskeditor.gui.word_import import import_word_file

    path = work / "ra-quan-moi-truong.docx"
    _word_draft(path)
    shown: list[QMessageBox] = []

    def report(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, parent)  # fmt: skip
        box.show()
        _settle()
        _save(box, "ban-thao-word")
        shown.append(box)
        box.close()
        return QMessageBox.StandardButton.Ok

    saved = QMessageBox.information
    QMessageBox.information = report  # type: ignore[method-assign]
    try:
        import_word_file(window, path)
        deadline = time.monotonic() + 60
        while window.background_ops() or not shown:
            if time.monotonic() > deadline:
                raise SystemExit("the Word draft was not imported: no report to take")
            QApplication.processEvents()
            _settle(50)
    finally:
        QMessageBox.information = saved  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main())
