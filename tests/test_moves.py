"""An article moved between stores as JSON keeps its photos, its version code and its approval."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from PIL import Image
from samples import import_long_article, make_photo

from deskeditor.errors import ArticleFormatError
from deskeditor.export import context_for
from deskeditor.export.html import write_html_single
from deskeditor.export.verify import verify_file
from deskeditor.interchange import export_json, import_json
from deskeditor.model import Decision, Status
from deskeditor.photos import ingest_bytes
from deskeditor.store import Store
from deskeditor.store.workflow import decide, publish, submit, workflow_state

DECIDED = dt.datetime(2025, 7, 14, 15, 30)
PUBLISHED = dt.datetime(2025, 7, 15, 8, 0)


def renditions(store, article_id, name):
    article = store.get_article(article_id)
    return [store.photo_rendition(f.photo_id, name)[0] for f in article.figures()]


def move(store, article_id, folder, target_db):
    """Export *article_id* to JSON in *folder* and import it into the store at *target_db*."""
    path = export_json(store, article_id, folder / "bai-viet.json")
    with Store(target_db) as target:
        return import_json(target, path), path


def test_five_round_trips_keep_photos_and_code(store, tmp_path):
    """The issue: the code changed (3F09-0B02 → 797A-FF60) and the master lost quality."""
    article_id = import_long_article(store, tmp_path / "nguon")
    code = store.current_version_code(article_id)
    masters, webs = renditions(store, article_id, "master"), renditions(store, article_id, "web")
    source, source_id = store, article_id
    for trip in range(5):
        target_db = tmp_path / f"kho-{trip}.db"
        result, _ = move(source, source_id, tmp_path / f"chuyen-{trip}", target_db)
        if source is not store:
            source.close()
        source, source_id = Store(target_db), result.article_id
        assert source.current_version_code(source_id) == code
        assert renditions(source, source_id, "master") == masters
        assert renditions(source, source_id, "web") == webs
    source.close()


def test_only_our_own_masters_are_kept_as_they_are(tmp_path):
    camera = make_photo(tmp_path / "may-anh.jpg", 7, (1600, 1200)).read_bytes()
    processed = ingest_bytes(camera, "may-anh.jpg")
    master = processed.renditions["master"].data
    assert master != camera  # a camera file (quality 88, other tables) is encoded as a master
    again = ingest_bytes(master, "anh.jpg")
    assert again.renditions["master"].data == master and again.sha256 == processed.sha256
    assert again.renditions["web"].data == processed.renditions["web"].data
    # The same pixels with metadata added are not a master of ours: cleaned and encoded.
    with Image.open(io.BytesIO(master)) as im:
        exif = Image.Exif()
        exif[0x010F] = "Hãng máy ảnh"
        tagged = io.BytesIO()
        im.save(tagged, "JPEG", quality=90, exif=exif)
    cleaned = ingest_bytes(tagged.getvalue(), "anh.jpg").renditions["master"].data
    assert b"Exif" not in cleaned and cleaned != tagged.getvalue()


def approve(store, article_id):
    submit(store, article_id)
    return decide(
        store, article_id, "Nguyễn Văn Bình", "Trưởng Ban biên tập", Decision.APPROVE, "", DECIDED
    )


def test_an_approval_travels_with_the_article(store, tmp_path):
    article_id = import_long_article(store, tmp_path / "nguon")
    approve(store, article_id)
    page = write_html_single(context_for(store, article_id), tmp_path / "trang.html")
    result, path = move(store, article_id, tmp_path / "chuyen", tmp_path / "kho-moi.db")
    carried = json.loads(path.read_text(encoding="utf-8"))["approval"]
    assert carried["version_code"] == store.current_version_code(article_id)
    assert carried["approver_name"] == "Nguyễn Văn Bình"
    assert carried["decided_at"] == "2025-07-14T15:30"
    assert result.approval_kept and result.approval_note == ""
    with Store(tmp_path / "kho-moi.db") as target:
        state = workflow_state(target, result.article_id)
        assert state.status is Status.APPROVED
        assert state.approval.approver_name == "Nguyễn Văn Bình"
        assert state.approval.decided_at == DECIDED
        # The page exported before the move is checked in the new store.
        answer = verify_file(target, page)
        assert answer.ok, answer.message


def test_a_published_article_arrives_published(store, tmp_path):
    article_id = import_long_article(store, tmp_path / "nguon")
    approve(store, article_id)
    publish(store, article_id, PUBLISHED)
    result, _ = move(store, article_id, tmp_path / "chuyen", tmp_path / "kho-moi.db")
    with Store(tmp_path / "kho-moi.db") as target:
        state = workflow_state(target, result.article_id)
        assert state.status is Status.PUBLISHED and state.published_at == PUBLISHED


def test_an_approval_is_dropped_when_the_content_changed(store, tmp_path):
    article_id = import_long_article(store, tmp_path / "nguon")
    approve(store, article_id)
    path = export_json(store, article_id, tmp_path / "chuyen" / "bai-viet.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["body"][0]["text"] += " Thêm một câu."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "kho-moi.db") as target:
        result = import_json(target, path)
        assert not result.approval_kept
        assert (
            "was for version" in result.approval_note
            and "imported as a draft" in result.approval_note
        )
        state = workflow_state(target, result.article_id)
        assert state.status is Status.DRAFT and state.approval is None


def test_an_unapproved_article_carries_no_approval(store, tmp_path, sample_dict):
    from deskeditor.jsonio import article_from_dict

    article_id = store.save_article(article_from_dict(sample_dict)).article_id
    path = export_json(store, article_id, tmp_path / "bai.json")
    assert "approval" not in json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("approval", "place"),
    [
        ({"approver_name": "An"}, "approval.version_code: required"),
        ({"version_code": "XYZ", "approver_name": "An"}, "approval.version_code: expected a code"),
        ({"version_code": "A3F9-12C7"}, "approval.approver_name: required"),
        (
            {"version_code": "A3F9-12C7", "approver_name": "An", "by": "x"},
            "approval.by: unknown field",
        ),
        (
            {"version_code": "A3F9-12C7", "approver_name": "An", "decided_at": "hôm qua"},
            "approval.decided_at",
        ),
    ],
)
def test_a_bad_approval_is_refused_naming_the_field(tmp_path, sample_dict, approval, place):
    path = tmp_path / "bai.json"
    path.write_text(json.dumps({**sample_dict, "approval": approval}, ensure_ascii=False), "utf-8")
    with Store(tmp_path / "kho.db") as target, pytest.raises(ArticleFormatError) as caught:
        import_json(target, path)
    assert place in str(caught.value)
