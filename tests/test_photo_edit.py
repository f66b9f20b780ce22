"""Crop and rotate a figure's photo: the math, the store, the exports and the JSON."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from imagegen import RED, WHITE, camera_exif, corner_colors, corner_marked, encode, near
from PIL import Image
from samples import import_long_article, make_photo

from deskeditor.errors import ArticleFormatError, PhotoEditError
from deskeditor.export import context_for
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_folder
from deskeditor.export.verify import verify_file
from deskeditor.interchange import export_json, import_json
from deskeditor.jsonio import loads_article
from deskeditor.model import Article, Decision, Figure, Paragraph, Run
from deskeditor.photo_edit import (
    ASPECTS,
    PhotoEdit,
    fit_frame,
    from_view,
    largest_frame,
    ratio_holds,
    ratio_possible,
    to_view,
)
from deskeditor.photos import edited_renditions, ingest_bytes
from deskeditor.store import Store
from deskeditor.store.workflow import decide, submit

GREEN = (0, 255, 0)


def picture(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return im.copy()


def sideways_master() -> bytes:
    """A phone photo stored sideways (EXIF orientation 6): upright it is 80×120, red top right."""
    data = encode(corner_marked((120, 80)), "JPEG", quality=95, exif=camera_exif(6))
    return ingest_bytes(data, "dien-thoai.jpg").renditions["master"].data


# ------------------------------------------------------------ the math


@pytest.mark.parametrize("size", [(120, 80), (80, 120), (37, 37), (2400, 1601)])
@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_frames_map_to_the_turned_view_and_back(size, turns):
    width, height = size
    frame = (3, 5, width // 2, height // 3)
    seen = to_view(frame, width, height, turns)
    view_w, view_h = (height, width) if turns % 2 else (width, height)
    x, y, w, h = seen
    assert min(x, y) >= 0 and x + w <= view_w and y + h <= view_h
    assert from_view(seen, width, height, turns) == frame


def test_rotation_and_crop_follow_the_exif_upright_master():
    master = sideways_master()
    assert picture(master).size == (80, 120)
    assert corner_colors(picture(master))["tr"] == pytest.approx(RED, abs=8)
    # Turned left, the phone's picture is back the way the sensor stored it.
    left = edited_renditions(master, PhotoEdit(turns=3), "a.jpg")
    image = picture(left.renditions["master"].data)
    assert image.size == (120, 80)
    colours = corner_colors(image)
    assert near(colours["tl"], RED, 12) and near(colours["tr"], GREEN, 12)
    # The top half only, then turned right: the red corner ends bottom right.
    top = edited_renditions(master, PhotoEdit(turns=1, crop=(0, 0, 80, 60)), "a.jpg")
    image = picture(top.renditions["master"].data)
    assert image.size == (60, 80)
    colours = corner_colors(image)
    assert near(colours["br"], RED, 12) and near(colours["tl"], WHITE, 12)
    for name in ("web", "thumb"):
        assert top.renditions[name].width <= 60


def test_a_non_square_crop_keeps_its_pixels_and_makes_smaller_renditions():
    data = encode(Image.new("RGB", (2400, 1600), (30, 90, 160)), "JPEG", quality=92)
    master = ingest_bytes(data, "rong.jpg").renditions["master"].data
    made = edited_renditions(master, PhotoEdit(crop=(100, 50, 1800, 1200), aspect="3:2"), "r.jpg")
    sizes = {name: (r.width, r.height) for name, r in made.renditions.items()}
    assert sizes == {"master": (1800, 1200), "web": (1600, 1067), "thumb": (320, 213)}
    assert made.width == 1800 and made.sha256 != ingest_bytes(data, "rong.jpg").sha256


def test_a_tiny_picture_can_be_turned_but_only_cropped_to_its_whole_side():
    data = encode(Image.new("RGB", (12, 10), RED), "PNG")
    master = ingest_bytes(data, "nho.png").renditions["master"].data
    turned = edited_renditions(master, PhotoEdit(turns=1), "nho.png")
    assert (turned.width, turned.height) == (10, 12)
    with pytest.raises(PhotoEditError) as error:
        edited_renditions(master, PhotoEdit(crop=(0, 0, 6, 10)), "nho.png")
    assert error.value.code == "photo_edit.too_narrow"
    assert "at least 12 pixels" in str(error.value)
    whole = PhotoEdit(crop=(0, 0, 12, 10))
    assert whole.normalised(12, 10) is None


@pytest.mark.parametrize(
    ("edit", "code", "words"),
    [
        (
            PhotoEdit(crop=(700, 0, 200, 200)),
            "photo_edit.frame_outside",
            "not inside the picture (800×600)",
        ),
        (PhotoEdit(crop=(-1, 0, 200, 200)), "photo_edit.frame_outside", "not inside"),
        (PhotoEdit(crop=(0, 0, 20, 200)), "photo_edit.too_narrow", "width must be at least 32"),
        (PhotoEdit(crop=(0, 0, 800, 32)), "photo_edit.frame_too_thin", "too long and thin"),
        (
            PhotoEdit(crop=(0, 0, 400, 400), aspect="16:9"),
            "photo_edit.ratio_not_honoured",
            "ratio 16:9",
        ),
        (
            PhotoEdit(crop=(0, 0, 400, 400), aspect="5:4"),
            "photo_edit.unknown_aspect",
            "unknown frame ratio",
        ),
        (PhotoEdit(turns=4), "photo_edit.bad_turns", "0, 1, 2 or 3"),
    ],
)
def test_bad_frames_are_refused_with_a_clear_reason(edit, code, words):
    with pytest.raises(PhotoEditError) as error:
        edit.validate(800, 600)
    assert error.value.code == code and words in str(error.value)


def test_every_ratio_fits_any_picture_in_both_orientations():
    for width, height in [(2400, 1600), (1600, 2400), (2400, 1080), (33, 900), (800, 800)]:
        for name, ratio in ASPECTS.items():
            for landscape in (True, False):
                if not ratio_possible(width, height, name, landscape):
                    # Only a strip too narrow for the frame at its minimum size.
                    assert (width, height, landscape) == (33, 900, True) and name != "1:1"
                    continue
                frame = largest_frame(width, height, ratio, landscape)
                PhotoEdit(crop=frame, aspect=name).validate(width, height)
                assert ratio_holds(frame[2], frame[3], ratio)
            # Dragged too wide, off the edge: pulled back inside, ratio kept.
            if not ratio_possible(width, height, name, width >= height):
                continue
            standing = ratio if width >= height else (ratio[1], ratio[0])
            moved = fit_frame((width - 10, -40, width * 2, 50), width, height, standing)
            PhotoEdit(crop=moved, aspect=name).validate(width, height)


def test_an_edit_round_trips_through_json_and_bad_json_is_refused():
    edit = PhotoEdit(turns=1, crop=(10, 20, 300, 200), aspect="3:2")
    assert PhotoEdit.from_json(json.loads(json.dumps(edit.to_json()))) == edit
    assert edit.key() == '{"crop":[10,20,300,200],"turns":1}'  # the ratio is not the picture
    for bad in ({"turns": "1"}, {"crop": [1, 2, 3]}, {"crop": [1, 2, 3.5, 4]}, {"zoom": 2}, []):
        with pytest.raises(PhotoEditError):
            PhotoEdit.from_json(bad)


# ------------------------------------------------------------ the store


def edit_first_photo(store: Store, article_id: int, edit: PhotoEdit | None) -> str:
    article = store.get_article(article_id)
    article.figures()[0].edit = edit
    return store.save_article(article).version_code


def master_rows(store: Store) -> dict[int, bytes]:
    return {
        row[0]: bytes(row[1])
        for row in store.db.execute(
            "SELECT photo_id, data FROM photo_data WHERE rendition='master'"
        )
    }


def test_an_edit_keeps_the_master_byte_for_byte_and_survives_reopening(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        article_id = import_long_article(store, tmp_path / "nguon")
        original = store.get_article(article_id).figures()[0].photo_id
        masters = master_rows(store)
        code = store.current_version_code(article_id)
        edit = PhotoEdit(turns=1, crop=(100, 100, 900, 600), aspect="3:2")
        edited_code = edit_first_photo(store, article_id, edit)
        assert edited_code != code
        # Every master is as it was; the edit is a photo of its own beside them.
        after = master_rows(store)
        assert {k: after[k] for k in masters} == masters
        edited_id = store.photos.edited_id(original, edit)
        assert edited_id not in masters and store.photo(edited_id).width == 600
        assert store.check() == []
    with Store(path) as store:
        figure = store.get_article(article_id).figures()[0]
        assert figure.photo_id == original and figure.edit == edit
        assert store.current_version_code(article_id) == edited_code
        # "Khôi phục ảnh gốc": the figure gets its earlier code back.
        assert edit_first_photo(store, article_id, None) == code
        assert master_rows(store)[original] == masters[original]


def test_a_whole_picture_frame_is_no_edit_and_a_bad_frame_is_refused(store, tmp_path):
    article_id = import_long_article(store, tmp_path)
    code = store.current_version_code(article_id)
    photo = store.photo(store.get_article(article_id).figures()[0].photo_id)
    whole = PhotoEdit(crop=(0, 0, photo.width, photo.height), aspect="")
    assert edit_first_photo(store, article_id, whole) == code
    assert store.get_article(article_id).figures()[0].edit is None
    with pytest.raises(PhotoEditError) as error:
        edit_first_photo(store, article_id, PhotoEdit(crop=(0, 0, photo.width + 1, 100)))
    assert str(error.value).startswith("body[2].edit: the crop frame")
    assert store.current_version_code(article_id) == code


def test_the_version_code_covers_the_frame_and_turns_but_not_the_ratio_label(store, tmp_path):
    article_id = import_long_article(store, tmp_path)
    codes = {
        edit_first_photo(store, article_id, PhotoEdit(turns=1)),
        edit_first_photo(store, article_id, PhotoEdit(turns=2)),
        edit_first_photo(store, article_id, PhotoEdit(crop=(0, 0, 900, 600))),
    }
    assert len(codes) == 3
    labelled = edit_first_photo(store, article_id, PhotoEdit(crop=(0, 0, 900, 600), aspect="3:2"))
    assert labelled in codes


def test_an_edit_belongs_to_its_figure_not_to_the_photo(store, tmp_path):
    first = import_long_article(store, tmp_path / "a")
    copy = store.get_article(first)
    copy.id, copy.title = None, "Bài thứ hai dùng cùng ảnh"
    second = store.save_article(copy).article_id  # the same pictures, kept once
    shared = store.get_article(first).figures()[0].photo_id
    assert store.get_article(second).figures()[0].photo_id == shared
    untouched = store.current_version_code(second)
    edit_first_photo(store, first, PhotoEdit(crop=(0, 0, 600, 600), aspect="1:1"))
    assert store.get_article(second).figures()[0].edit is None
    assert store.current_version_code(second) == untouched
    other = context_for(store, second)
    assert other.article.figures()[0].photo_id == shared
    assert store.photo_rendition(shared, "master")[2:] != (600, 600)


def test_an_older_store_is_upgraded_and_an_older_program_reads_this_one(tmp_path):
    path = tmp_path / "cu.db"
    with Store(path) as store:
        import_long_article(store, tmp_path / "nguon")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE photo_edits")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_photo_edits'")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.pending_migrations == ["0004_photo_edits"]
        article_id = store.list_articles()[0].id
        edit_first_photo(store, article_id, PhotoEdit(turns=3))
        assert store.db["photo_edits"].count == 1


def test_a_store_with_edits_stays_readable_by_a_program_that_does_not_know_them(
    tmp_path, monkeypatch
):
    from deskeditor.errors import StoreTooNewError
    from deskeditor.store import opening

    path = tmp_path / "moi.db"
    with Store(path) as store:
        article_id = import_long_article(store, tmp_path / "nguon")
        edit_first_photo(store, article_id, PhotoEdit(turns=1))
        stored = json.loads(store.db.execute("SELECT body FROM articles").fetchone()[0])
    # What an older program reads: the photo block it knows, one key more.
    photo = next(block for block in stored if block["type"] == "photo")
    assert set(photo) == {"type", "caption", "credit", "alt", "photo_id", "edit"}
    older = [name for name in opening.known_migrations() if name != "0004_photo_edits"]
    monkeypatch.setattr(opening, "known_migrations", lambda: older)
    with pytest.raises(StoreTooNewError):
        Store(path)
    with Store(path, read_only=True) as reader:
        assert "newer version" in reader.warnings[0]
        assert reader.get_article(article_id).title


def test_autosaved_work_keeps_the_crop(store, tmp_path):
    article_id = import_long_article(store, tmp_path)
    article = store.get_article(article_id)
    edit = PhotoEdit(turns=2, crop=(10, 10, 500, 500), aspect="1:1")
    article.figures()[0].edit = edit
    store.save_recovery(f"article-{article_id}", article)
    assert store.recoveries()[0].article.figures()[0].edit == edit


# ------------------------------------------------------------ exports and JSON


def approved_with_edit(store: Store, tmp_path: Path, edit: PhotoEdit) -> int:
    article_id = import_long_article(store, tmp_path / "nguon")
    edit_first_photo(store, article_id, edit)
    submit(store, article_id)
    decide(store, article_id, "Nguyễn Văn Bình", "Trưởng Ban biên tập", Decision.APPROVE)
    return article_id


def test_html_and_word_exports_use_the_edited_picture_and_verify(store, tmp_path):
    edit = PhotoEdit(turns=1, crop=(0, 0, 1200, 800), aspect="3:2")
    article_id = approved_with_edit(store, tmp_path, edit)
    ctx = context_for(store, article_id)
    folder = write_html_folder(ctx, tmp_path / "trang")
    first = sorted((folder.parent if folder.is_file() else folder).rglob("anh-1.*"))[0]
    assert picture(first.read_bytes()).size == (800, 1200)  # turned: upright now
    docx = write_docx(ctx, tmp_path / "duyet.docx")
    with zipfile.ZipFile(docx) as package:
        media = sorted(n for n in package.namelist() if n.startswith("word/media/"))
        sizes = {picture(package.read(n)).size for n in media}
    assert (800, 1200) in sizes
    for path in (folder, docx):
        result = verify_file(store, path)
        assert result.ok, result.message


def test_an_approval_does_not_cover_a_picture_it_did_not_see(store, tmp_path):
    article_id = approved_with_edit(store, tmp_path, PhotoEdit(turns=1))
    docx = write_docx(context_for(store, article_id), tmp_path / "duyet.docx")
    result = edit_first_photo(store, article_id, PhotoEdit(turns=2))
    assert result != verify_file(store, docx).code
    assert store.get_article(article_id).status.value == "draft"  # approval voided
    answer = verify_file(store, docx)
    assert not answer.ok and "voided when the article changed" in answer.message


def test_json_carries_the_edit_with_the_untouched_master_and_keeps_the_code(store, tmp_path):
    edit = PhotoEdit(turns=3, crop=(60, 40, 1200, 675), aspect="16:9")
    article_id = approved_with_edit(store, tmp_path, edit)
    code = store.current_version_code(article_id)
    path = export_json(store, article_id, tmp_path / "ra" / "bai.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    photos = [b for b in data["body"] if b["type"] == "photo"]
    assert photos[0]["edit"] == {"turns": 3, "crop": [60, 40, 1200, 675], "aspect": "16:9"}
    assert all("edit" not in block for block in photos[1:])
    master = store.photo_rendition(store.get_article(article_id).figures()[0].photo_id, "master")
    assert (path.parent / photos[0]["file"]).read_bytes() == master[0]
    with Store(tmp_path / "khac.db") as other:
        result = import_json(other, path)
        assert result.approval_kept
        assert other.current_version_code(result.article_id) == code
        assert other.get_article(result.article_id).figures()[0].edit == edit


def test_json_with_a_frame_outside_the_picture_is_refused_by_place(store, tmp_path):
    make_photo(tmp_path / "a.jpg", seed=2, size=(900, 600))
    text = json.dumps(
        {
            "title": "Ảnh cắt sai khung",
            "body": [
                {"type": "paragraph", "text": "Mở đầu."},
                {"type": "photo", "file": "a.jpg", "caption": "Ảnh", "alt": "Ảnh",
                 "edit": {"crop": [800, 0, 200, 200]}},
            ],
        }
    )  # fmt: skip
    article = loads_article(text, tmp_path)
    with pytest.raises(PhotoEditError, match=r"^body\[1\]\.edit: the crop frame"):
        store.import_article(article)
    assert store.count_articles() == 0
    with pytest.raises(ArticleFormatError, match=r"body\[1\]\.edit\.turns"):
        loads_article(text.replace('"crop": [800, 0, 200, 200]', '"turns": 5'), tmp_path)


def test_an_article_without_edits_writes_the_same_json_as_before(store, tmp_path):
    article = Article(
        title="Không cắt ảnh",
        body=[Paragraph([Run("Chữ.")]), Figure(caption="Ảnh", alt="Ảnh", photo_id=1)],
    )
    from deskeditor.jsonio import article_to_dict

    block = article_to_dict(article, ["photos/a.jpg"])["body"][1]
    assert list(block) == ["type", "file", "caption", "credit", "alt"]
