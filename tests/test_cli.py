"""The command line, end to end in a child process, as scripts drive it."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from deskeditor.store import Store


def run(*args, db=None, env=None, check=True):
    command = [sys.executable, "-m", "deskeditor", *map(str, args)]
    if db is not None:
        command += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    full_env.pop("DESKEDITOR_DEBUG", None)
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=full_env)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def article_file(tmp_path, sample_dict):
    path = tmp_path / "bai-viet.json"
    path.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_prints_only_the_id_and_list_shows_it(tmp_path, article_file, sample_dict):
    db = tmp_path / "store.db"
    result = run("import", article_file, db=db)
    assert result.stdout == "1\n"
    assert result.stderr == ""
    lines = run("list", db=db).stdout.splitlines()
    assert lines == [f"1\tdraft\t2025-07-14T08:30\t{sample_dict['title']}"]


def test_export_json_round_trips(tmp_path, article_file, sample_dict):
    db = tmp_path / "store.db"
    run("import", article_file, db=db)
    out = tmp_path / "out" / "xuat.json"
    out.parent.mkdir()
    run("export", "1", "--json", out, db=db)
    assert json.loads(out.read_text(encoding="utf-8")) == sample_dict


def test_search_is_accent_insensitive_best_first(tmp_path, sample_dict):
    db = tmp_path / "store.db"
    for title in [
        "Lịch tiếp công dân tháng 8",
        "Hội nghị sơ kết thi đua",
        "Thông báo hội nghị trực tuyến",
    ]:
        sample_dict.update(title=title, lead="", tags=[])
        sample_dict["body"] = [{"type": "paragraph", "text": "Nội dung chi tiết."}]
        path = tmp_path / "a.json"
        path.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
        run("import", path, db=db)
    lines = run("search", "hoi nghi", db=db).stdout.splitlines()
    titles = [line.split("\t")[3] for line in lines]
    assert titles == ["Hội nghị sơ kết thi đua", "Thông báo hội nghị trực tuyến"]


def test_db_option_works_before_the_subcommand_and_env_var(tmp_path, article_file):
    db = tmp_path / "env.db"
    run("import", article_file, env={"DESKEDITOR_DB": str(db)})
    assert db.exists()
    before = [sys.executable, "-m", "deskeditor", "--db", str(db), "list"]
    result = subprocess.run(before, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0 and result.stdout.startswith("1\t")


def test_without_db_the_store_is_in_the_user_data_folder(tmp_path, article_file):
    data_home = tmp_path / "xdg"
    run("import", article_file, env={"XDG_DATA_HOME": str(data_home), "APPDATA": str(data_home)})
    assert list(data_home.rglob("deskeditor.db"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"title": "x", "body": [{"type": "photo", "file": "a.jpg"}]}',
            "body[0].caption: required",
        ),
        ('{"title": "x", "body": [{"type": "video"}]}', "body[0].type: unknown block type"),
        ("{not json", "not valid JSON"),
        ('{"title": ["x"]}', "title: expected text"),
        (
            '{"title": "x", "body": [{"type": "photo", "file": "khong-co.jpg", "caption": "Ảnh"}]}',
            "khong-co.jpg",
        ),
    ],
)
def test_bad_import_is_one_line_and_stores_nothing(tmp_path, content, message):
    db = tmp_path / "store.db"
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run("import", path, db=db, check=False)
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if db.exists():  # a photo is refused after the store was opened: it stays empty
        assert run("list", db=db).stdout == ""


def test_missing_file_and_missing_article_are_clear(tmp_path, article_file):
    db = tmp_path / "store.db"
    result = run("import", tmp_path / "khong-co.json", db=db, check=False)
    assert result.returncode == 1 and "file not found" in result.stderr
    run("import", article_file, db=db)
    result = run("export", "9", "--json", tmp_path / "x.json", db=db, check=False)
    assert result.returncode == 1 and "no article with id 9" in result.stderr


def test_usage_errors_are_one_line(tmp_path):
    result = run("export", "abc", db=tmp_path / "s.db", check=False)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "invalid int value" in result.stderr


def test_backup_and_check(tmp_path, article_file):
    db = tmp_path / "store.db"
    run("import", article_file, db=db)
    copy = tmp_path / "sao-luu.db"
    assert run("backup", copy, db=db).stdout.strip() == str(copy)
    result = run("check", db=copy)
    assert "ok (1 article)" in result.stdout


def test_check_fails_on_a_damaged_store(tmp_path, article_file):
    db = tmp_path / "store.db"
    run("import", article_file, db=db)
    run("check", db=db)
    data = bytearray(db.read_bytes())
    # Overwrite the middle of the file (after the header) with garbage.
    data[4096:8192] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    Path(f"{db}-wal").unlink(missing_ok=True)
    result = run("check", db=db, check=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_check_on_a_missing_store_does_not_create_one(tmp_path):
    db = tmp_path / "none.db"
    result = run("check", db=db, check=False)
    assert result.returncode == 1 and not db.exists()


def test_help_lists_every_subcommand():
    text = run("--help").stdout
    commands = ("import", "export", "list", "search", "backup", "check", "show", "submit")
    for command in (*commands, "decide", "publish", "settings", "verify"):
        assert command in text


def test_export_html_forms(tmp_path):
    from samples import write_long_article

    db = tmp_path / "store.db"
    source = tmp_path / "nguon"
    source.mkdir()
    article_id = run("import", write_long_article(source), db=db).stdout.strip()
    out = tmp_path / "xuat"
    out.mkdir()
    run(
        "export",
        article_id,
        "--html",
        out / "bai",
        "--html-single",
        out / "bai.html",
        "--html-fragment",
        out / "doan.html",
        db=db,
    )
    page = (out / "bai" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in page and "deskeditor-version" in page
    assert len(list((out / "bai" / "images").glob("*.jpg"))) == 3
    assert "data:image/jpeg;base64," in (out / "bai.html").read_text(encoding="utf-8")
    assert "<figure" in (out / "doan.html").read_text(encoding="utf-8")
    again = run("export", article_id, "--html", out / "bai", db=db, check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    run("export", article_id, "--html", out / "bai", "--overwrite", db=db)


def test_fragment_photos_under_the_portals_media_address(tmp_path):
    from samples import write_long_article

    db = tmp_path / "store.db"
    source = tmp_path / "nguon"
    source.mkdir()
    article_id = run("import", write_long_article(source), db=db).stdout.strip()
    url = "https://sonoivu.mau.gov.vn/uploads/2026/12"
    run("export", article_id, "--html-fragment", tmp_path / "doan.html", "--images-url", url, db=db)
    fragment = (tmp_path / "doan.html").read_text(encoding="utf-8")
    stem = "cum-thi-dua-so-ii-so-ket-cong-tac-thi"  # the slug of its title (40 characters at most), then its id
    assert f'<img src="{url}/{stem}-{article_id}-anh-1.jpg"' in fragment
    assert f'src="{url}/{stem}-{article_id}-anh-3.jpg"' in fragment
    # The files to upload there: the fragment's own photo folder.
    assert len(list((tmp_path / "images" / "doan").glob(f"{stem}-{article_id}-anh-*.jpg"))) == 3
    assert "--images-url URL" in run("export", "--help").stdout

    bad = run(
        "export", article_id, "--html-fragment", tmp_path / "x.html",
        "--images-url", "javascript:alert(1)", db=db, check=False,
    )  # fmt: skip
    assert (
        bad.returncode == 1
        and "images address" in bad.stderr
        and not (tmp_path / "x.html").exists()
    )
    alone = run(
        "export", article_id, "--html", tmp_path / "b", "--images-url", url, db=db, check=False
    )
    assert alone.returncode == 2 and "--html-fragment" in alone.stderr


def test_export_refuses_a_photo_without_alt_text(tmp_path, sample_dict):
    from samples import make_photo

    db = tmp_path / "store.db"
    make_photo(tmp_path / "a.jpg", seed=1, size=(300, 200))
    sample_dict["body"].append({"type": "photo", "file": "a.jpg", "caption": "Ảnh"})
    path = tmp_path / "bai.json"
    path.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    article_id = run("import", path, db=db).stdout.strip()
    result = run("export", article_id, "--html", tmp_path / "out", db=db, check=False)
    assert result.returncode == 1 and "body[6].alt" in result.stderr
    assert not (tmp_path / "out").exists()


def test_submit_refuses_a_photo_without_alt_text(tmp_path, sample_dict):
    """F18: what export refuses must not be signed: the board would approve the unpublishable."""
    from samples import make_photo

    db = tmp_path / "store.db"
    make_photo(tmp_path / "a.jpg", seed=1, size=(300, 200))
    sample_dict["body"].append({"type": "photo", "file": "a.jpg", "caption": "Ảnh", "alt": ""})
    path = tmp_path / "bai.json"
    path.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    article_id = run("import", path, db=db).stdout.strip()
    photos = sum(block["type"] == "photo" for block in sample_dict["body"])
    refused = run("submit", article_id, db=db, check=False)
    assert refused.returncode == 1 and refused.stderr == (
        f"deskeditor: cannot submit article {article_id}: no alt text (a description) on photo"
        f" {photos}: export needs it, so add it before submitting (the approved version must be"
        " publishable)\n"
    )
    assert "status: draft (Nháp)" in run("show", article_id, db=db).stdout


def test_word_export_and_verify(tmp_path, article_file):
    db = tmp_path / "store.db"
    article_id = run("import", article_file, db=db).stdout.strip()
    docx = tmp_path / "phieu-duyet.docx"
    run("export", article_id, "--docx", docx, db=db)
    from docx import Document

    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "PHIẾU DUYỆT TIN, BÀI" in text.upper()
    result = run("verify", docx, db=db, check=False)
    assert result.returncode == 1 and "never approved" in result.stdout

    from deskeditor.model import Decision
    from deskeditor.store import Store
    from deskeditor.store.workflow import decide, submit

    with Store(db) as store:
        submit(store, int(article_id))
        decide(store, int(article_id), "Nguyễn Văn An", "Trưởng Ban biên tập", Decision.APPROVE)
    result = run("verify", docx, db=db)
    assert "approved by Nguyễn Văn An" in result.stdout
    page = tmp_path / "trang"
    run("export", article_id, "--html", page, db=db)
    assert run("verify", page / "index.html", db=db).returncode == 0


def test_verify_a_file_that_is_not_an_export(tmp_path):
    other = tmp_path / "ghi-chu.txt"
    other.write_text("không phải bản xuất", encoding="utf-8")
    result = run("verify", other, db=tmp_path / "s.db", check=False)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1


def test_links_csv_round_trip_and_html_snippet(tmp_path):
    db = tmp_path / "store.db"
    csv_file = tmp_path / "lien-ket.csv"
    csv_file.write_text(
        "group;name;url;visible\r\nSở ban ngành;Sở Tư pháp & <Hộ tịch>;stp.example.gov.vn;1\r\n"
        "Liên kết Websites;Cổng thông tin Chính phủ;https://chinhphu.vn;0\r\n",
        encoding="utf-8",
    )
    run("links", "import", csv_file, db=db)
    out = tmp_path / "xuat.csv"
    run("links", "export", out, db=db)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "https://stp.example.gov.vn" in text and "Cổng thông tin Chính phủ" in text
    snippet = tmp_path / "lien-ket.html"
    run("links", "export", "--html", snippet, db=db)
    html = snippet.read_text(encoding="utf-8")
    assert "Sở Tư pháp &amp; &lt;Hộ tịch&gt;" in html
    assert "chinhphu.vn" not in html  # hidden link
    again = run("links", "export", out, db=db, check=False)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_links_import_with_bad_rows_changes_nothing(tmp_path):
    db = tmp_path / "store.db"
    bad = tmp_path / "sai.csv"
    bad.write_text(
        "group,name,url,visible\nSở ban ngành,Sai,javascript:alert(1),1\nSở ban ngành,,,\n",
        encoding="utf-8",
    )
    Store(db).close()  # a new store, with the default link groups
    before = run("links", "export", tmp_path / "truoc.csv", db=db)
    result = run("links", "import", bad, db=db, check=False)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "line 2" in result.stderr
    run("links", "export", tmp_path / "sau.csv", db=db)
    assert (tmp_path / "truoc.csv").read_bytes() == (tmp_path / "sau.csv").read_bytes()
    assert before.returncode == 0


def test_links_import_leaves_repeated_links_out_and_names_them(tmp_path):
    db = tmp_path / "store.db"
    csv_file = tmp_path / "trung.csv"
    csv_file.write_text(
        "group,name,url,visible\nSở ban ngành,Sở Tư pháp,https://stp.vn,1\n"
        "Sở ban ngành,Sở Tư pháp,https://stp.vn,1\n",
        encoding="utf-8",
    )
    result = run("links", "import", csv_file, db=db)
    assert result.stderr.strip().splitlines() == [
        'skipped line 3: the same address as line 2 in the group "Sở ban ngành"'
    ]
    out = run("links", "export", "-", db=db).stdout
    assert out.count("https://stp.vn") == 1


def test_restore_puts_a_backup_back_and_keeps_what_it_replaced(tmp_path, article_file, sample_dict):
    db = tmp_path / "store.db"
    run("import", article_file, db=db)
    copy = tmp_path / "sao-luu.db"
    run("backup", copy, db=db)
    sample_dict["title"] = "Bài viết sau khi sao lưu"
    later = tmp_path / "sau.json"
    later.write_text(json.dumps(sample_dict, ensure_ascii=False), encoding="utf-8")
    run("import", later, db=db)
    result = run("restore", copy, db=db)
    assert "restored from" in result.stdout
    assert len(run("list", db=db).stdout.splitlines()) == 1
    kept = list((tmp_path / "backups").glob("truoc-khoi-phuc-*.db"))
    assert len(kept) == 1
    assert run("list", db=kept[0]).stdout.count("\n") == 2


def test_a_store_in_use_is_named_and_can_still_be_read(tmp_path, article_file):
    db = tmp_path / "store.db"
    run("import", article_file, db=db)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from deskeditor.store import Store; s = Store(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run("import", article_file, db=db, check=False)
        assert (
            result.returncode == 1
            and "in use" in result.stderr
            and str(holder.pid) in result.stderr
        )
        assert len(run("list", db=db).stdout.splitlines()) == 1  # reading still works
        assert run("backup", tmp_path / "copy.db", db=db).returncode == 0
    finally:
        holder.kill()
        holder.wait()
    run("import", article_file, db=db)  # the lock went with the process


# ---------------------------------------------------------------- workflow and settings


@pytest.mark.unicode_paths  # Vietnamese names in the child's command line
def test_the_whole_workflow_from_the_command_line(tmp_path, article_file):
    db = tmp_path / "store.db"
    article_id = run("import", article_file, db=db).stdout.strip()
    refused = run("decide", article_id, "--approve", "--by", "Nguyễn Văn Bình", db=db, check=False)
    assert refused.returncode == 1 and refused.stderr == (
        f"deskeditor: cannot approve article {article_id}: only a submitted article can be"
        " approved; this one is a draft\n"
    )
    run("submit", article_id, db=db)
    bare = run("decide", article_id, "--revise", "--by", "Nguyễn Văn Bình", db=db, check=False)
    assert bare.returncode == 2 and "--revise needs --comment" in bare.stderr
    run("decide", article_id, "--revise", "--by", "Nguyễn Văn Bình", "--comment", "Sửa tít", db=db)
    assert "status: returned (Trả lại)" in run("show", article_id, db=db).stdout
    run("submit", article_id, db=db)
    decided = run(
        "decide", article_id, "--approve", "--by", "Nguyễn Văn Bình", "--position", "Phó Giám đốc",
        db=db,
    )  # fmt: skip
    assert decided.stdout == f"article {article_id}: approved (Đã duyệt)\n"
    run("publish", article_id, db=db)
    again = run("publish", article_id, db=db, check=False)
    assert again.returncode == 1 and "only an approved article can be published" in again.stderr
    lines = run("show", article_id, db=db).stdout.splitlines()
    facts = dict(line.split(": ", 1) for line in lines)
    assert facts["status"] == "published (Đã đăng)"
    assert facts["version code"] == facts["revision 1"].split()[0]
    assert facts["approval"].startswith(
        "approved (Đồng ý đăng) by Nguyễn Văn Bình (Phó Giám đốc) on "
    )
    assert "sent back for changes (Sửa lại) by Nguyễn Văn Bình" in facts["revision 1"]
    assert "published" in facts
    missing = run("show", "99", db=db, check=False)
    assert missing.returncode == 1 and "no article with id 99" in missing.stderr


@pytest.mark.unicode_paths  # the approver's name is a Vietnamese argument
def test_show_says_the_publication_date_is_an_earlier_revisions(tmp_path, article_file):
    """Outside testing: a draft edited after publication still printed a bare `published:`."""
    from deskeditor.model import Paragraph, Run

    db = tmp_path / "store.db"
    article_id = run("import", article_file, db=db).stdout.strip()
    run("submit", article_id, db=db)
    run("decide", article_id, "--approve", "--by", "Nông Thị Hường", db=db)
    run("publish", article_id, db=db)
    published = dict(
        line.split(": ", 1) for line in run("show", article_id, db=db).stdout.splitlines()
    )
    assert "(" not in published["published"]  # the current revision is the one online
    with Store(db) as store:
        article = store.get_article(int(article_id))
        article.body.append(Paragraph([Run("Đoạn bổ sung sau khi đăng.")]))
        store.save_article(article)
    facts = dict(line.split(": ", 1) for line in run("show", article_id, db=db).stdout.splitlines())
    assert facts["status"] == "draft (Nháp)"
    assert facts["published"] == (
        published["published"] + " (revision 1; the current revision is not on the portal)"
    )


@pytest.mark.unicode_paths  # Vietnamese names in the child's command line
def test_decide_refuses_an_article_changed_after_it_was_submitted(tmp_path, article_file):
    """F20: the approval must name the revision whose code was on the signed slip."""
    db = tmp_path / "store.db"
    article_id = run("import", article_file, db=db).stdout.strip()
    run("submit", article_id, db=db)
    with Store(db) as store:
        article = store.get_article(int(article_id))
        article.lead += " Bổ sung sau khi gửi."
        changed = store.save_article(article).version_code
    refused = run("decide", article_id, "--approve", "--by", "Nông Thị Hường", db=db, check=False)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "changed after it was submitted" in refused.stderr and changed in refused.stderr
    facts = dict(line.split(": ", 1) for line in run("show", article_id, db=db).stdout.splitlines())
    assert facts["status"] == "draft (Nháp)" and "approval" not in facts


def test_settings_export_and_import(tmp_path, article_file):
    db = tmp_path / "store.db"
    article_id = run("import", article_file, db=db).stdout.strip()
    warned = run("export", article_id, "--html-single", tmp_path / "a.html", db=db)
    assert len(warned.stderr.splitlines()) == 1
    assert "warning: the site profile has no organisation_name" in warned.stderr
    assert "place_name" in warned.stderr
    settings = tmp_path / "cai-dat.json"
    profile = {
        "organisation_name": "TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH LẠNG SƠN",
        "agency_name": "Sở Nội vụ",
        "governing_body": "UBND tỉnh Lạng Sơn",
        "place_name": "Lạng Sơn",
        "address": "Số 2 đường Hùng Vương, thành phố Lạng Sơn",
        "email": "sonoivu@langson.example.vn",
    }
    bad = {"site_profile": {**profile, "email": "sở nội vụ"}, "categories": ["Tin địa phương"]}
    settings.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    refused = run("settings", "import", settings, db=db, check=False)
    assert refused.returncode == 1 and refused.stderr.startswith("deskeditor: site_profile.email:")
    exported = tmp_path / "hien-tai.json"
    run("settings", "export", exported, db=db)
    unchanged = json.loads(exported.read_text(encoding="utf-8"))
    assert unchanged["site_profile"]["agency_name"] == ""  # refused whole: nothing applied
    assert "Tin địa phương" not in unchanged["categories"]
    good = {"site_profile": profile, "categories": ["Tin địa phương", "Tin tức - Sự kiện"]}
    settings.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    run("settings", "import", settings, db=db)
    run("settings", "export", exported, "--overwrite", db=db)
    now = json.loads(exported.read_text(encoding="utf-8"))
    assert now["site_profile"]["place_name"] == "Lạng Sơn"
    assert now["site_profile"]["approver_position"] == "Trưởng Ban biên tập"  # kept
    assert now["categories"][:3] == ["Tin địa phương", "Tin tức - Sự kiện", "Thi đua - Khen thưởng"]
    quiet = run("export", article_id, "--html-single", tmp_path / "b.html", db=db)
    assert quiet.stderr == ""
    assert "TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ" in (tmp_path / "b.html").read_text(encoding="utf-8")
    unknown = tmp_path / "la.json"
    unknown.write_text('{"site_profile": {"slogan": "x"}}', encoding="utf-8")
    result = run("settings", "import", unknown, db=db, check=False)
    assert result.stderr == "deskeditor: site_profile.slogan: unknown field\n"


@pytest.mark.unicode_paths  # Vietnamese names in the child's command line
def test_a_move_between_stores_keeps_the_code_and_the_approval(tmp_path):
    """The issue: export --json then import elsewhere changed the code (3F09-0B02 → 797A-FF60)."""
    from samples import write_long_article

    first, second = tmp_path / "kho-1.db", tmp_path / "kho-2.db"
    article_id = run("import", write_long_article(tmp_path / "nguon"), db=first).stdout.strip()
    run("submit", article_id, db=first)
    run("decide", article_id, "--approve", "--by", "Nguyễn Văn Bình", db=first)
    page = tmp_path / "trang.html"
    run("export", article_id, "--json", tmp_path / "chuyen" / "bai.json", "--html-single", page,
        db=first)  # fmt: skip
    moved = run("import", tmp_path / "chuyen" / "bai.json", db=second)
    assert moved.stderr == ""
    before = dict(
        line.split(": ", 1) for line in run("show", article_id, db=first).stdout.splitlines()
    )
    after = dict(
        line.split(": ", 1)
        for line in run("show", moved.stdout.strip(), db=second).stdout.splitlines()
    )
    assert after["version code"] == before["version code"]
    assert after["status"] == "approved (Đã duyệt)"
    assert after["approval"] == before["approval"]
    assert run("verify", page, db=second).stdout.startswith("matches revision 1 of article")


@pytest.mark.unicode_paths  # Vietnamese names in the child's command line
def test_verify_prints_one_difference_a_line(tmp_path, article_file):
    db = tmp_path / "store.db"
    article_id = run("import", article_file, db=db).stdout.strip()
    run("submit", article_id, db=db)
    run("decide", article_id, "--approve", "--by", "Nguyễn Văn Bình", db=db)
    page = tmp_path / "trang.html"
    run("export", article_id, "--html-single", page, db=db)
    text = page.read_text(encoding="utf-8")
    text = text.replace("Đặng Quốc Huy", "Đặng Quốc Hùng")
    text = text.replace("Lê Thị Hoà</strong>", "Lê Thị Hoa</strong>")
    page.write_text(text, encoding="utf-8")
    result = run("verify", page, db=db, check=False)
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and len(lines) == 3, result.stdout
    assert lines[1] == (
        'paragraph 1: text differs: "…có đồng chí Đặng Quốc Huy, Phó Giám đốc Sở."'
        ' / "…có đồng chí Đặng Quốc Hùng, Phó Giám đốc Sở."'
    )
    assert lines[2] == (
        'byline: text differs: "Lê Thị Hoà↵Phòng Thi đua - Khen…"'
        ' / "Lê Thị Hoa↵Phòng Thi đua - Khen…"'
    )


def test_fragments_of_two_articles_never_share_a_photo_name_on_the_portal(tmp_path):
    """Outside testing: both articles' photos were anh-1.jpg under the same monthly folder,
    so uploading the second replaced the first article's photo on the portal."""
    from samples import write_long_article

    db = tmp_path / "store.db"
    source = tmp_path / "nguon"
    source.mkdir()
    first = run("import", write_long_article(source), db=db).stdout.strip()
    second = run("import", write_long_article(source), db=db).stdout.strip()
    url = "https://sonoivu.mau.gov.vn/uploads/2026/12"
    names = []
    for article_id, stem in ((first, "doan"), (second, "doan-khac")):
        run(
            "export", article_id, "--html-fragment", tmp_path / f"{stem}.html",
            "--images-url", url, db=db,
        )  # fmt: skip
        fragment = (tmp_path / f"{stem}.html").read_text(encoding="utf-8")
        srcs = re.findall(r'<img src="([^"]+)"', fragment)
        assert srcs and all(src.startswith(f"{url}/") for src in srcs)
        files = {path.name for path in (tmp_path / "images" / stem).iterdir()}
        assert {src.rsplit("/", 1)[1] for src in srcs} == files  # what to upload is what shows
        names.append(files)
    assert not names[0] & names[1]
    result = run("verify", tmp_path / "doan.html", db=db, check=False)
    assert "matches revision" in result.stdout, result.stdout + result.stderr
