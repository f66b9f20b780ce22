"""The store's default folder (not the roaming profile), and moving an old store out of it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from deskeditor import cli, paths
from deskeditor.store import Store
from deskeditor.store.lock import acquire


def _old_store(folder: Path, title_count: int = 1) -> Path:
    folder.mkdir(parents=True)
    with Store(folder / paths.DB_FILE_NAME):
        pass
    (folder / "backups").mkdir()
    (folder / "backups" / "deskeditor-20251124-083000.db").write_bytes(b"sao luu")
    (folder / "logs").mkdir()
    (folder / "logs" / "errors.log").write_text("lỗi cũ\n", encoding="utf-8")
    return folder / paths.DB_FILE_NAME


def test_the_data_folder_follows_the_platform(monkeypatch, tmp_path):
    folder = paths.user_data_dir()
    if sys.platform == "win32":
        assert folder == Path(os.environ["WIN_PD_OVERRIDE_LOCAL_APPDATA"]) / "deskeditor"
        assert paths.legacy_data_dirs() == [
            Path(os.environ["WIN_PD_OVERRIDE_APPDATA"]) / "deskeditor"
        ]
    elif sys.platform.startswith("linux"):
        assert folder == Path(os.environ["XDG_DATA_HOME"]) / "deskeditor"
        assert paths.legacy_data_dirs() == []
    assert paths.default_db_path() == folder / "deskeditor.db"
    monkeypatch.setenv("DESKEDITOR_DB", str(tmp_path / "khác.db"))
    assert paths.default_db_path() == tmp_path / "khác.db"
    assert paths.locate_default_store() == (tmp_path / "khác.db", None)


def test_a_store_only_in_the_old_folder_is_moved_with_its_backups_and_logs(tmp_path):
    old = _old_store(tmp_path / "Roaming" / "deskeditor")
    new_folder = tmp_path / "Local" / "deskeditor"

    path, move = paths.locate_default_store(new_folder, [old.parent])

    assert path == new_folder / "deskeditor.db" and move is not None and move.moved
    assert str(move) == f"moved the store from {old} to {path} (not the roaming profile)"
    assert not old.parent.exists()
    assert (new_folder / "backups" / "deskeditor-20251124-083000.db").read_bytes() == b"sao luu"
    assert (new_folder / "logs" / "errors.log").read_text(encoding="utf-8") == "lỗi cũ\n"
    with Store(path) as store:
        assert store.check() == []
    # Next time there is nothing left to move.
    assert paths.locate_default_store(new_folder, [old.parent]) == (path, None)


def test_a_store_in_both_folders_uses_the_new_one_and_leaves_the_old(tmp_path):
    old = _old_store(tmp_path / "Roaming" / "deskeditor")
    new = _old_store(tmp_path / "Local" / "deskeditor")
    assert paths.locate_default_store(new.parent, [old.parent]) == (new, None)
    assert old.is_file()


def test_an_old_store_in_use_stays_where_it_is_this_time(tmp_path):
    old = _old_store(tmp_path / "Roaming" / "deskeditor")
    new_folder = tmp_path / "Local" / "deskeditor"
    with acquire(old):  # another copy of the program has it open
        path, move = paths.locate_default_store(new_folder, [old.parent])
    assert path == old and move is not None and not move.moved
    assert str(move).startswith(f"the store stays in {old} this time: ")
    assert old.is_file() and not (new_folder / "deskeditor.db").exists()


def test_the_command_line_says_so_in_one_line(monkeypatch, tmp_path, capsys):
    old = _old_store(tmp_path / "Roaming" / "deskeditor")
    monkeypatch.setattr(paths, "legacy_data_dirs", lambda: [old.parent])

    assert cli.main(["list"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"deskeditor: moved the store from {old} to ")
    assert (paths.user_data_dir() / "deskeditor.db").is_file()
    assert cli.main(["check"]) == 0
    assert capsys.readouterr().err == ""


def test_the_window_says_so_in_vietnamese(installed_vietnamese, tmp_path):
    from deskeditor.app import store_move_message

    moved = paths.StoreMove(tmp_path / "Roaming" / "kho.db", tmp_path / "Local" / "kho.db")
    kept = paths.StoreMove(moved.old, moved.new, "the file is locked")
    title, text = store_move_message(moved)
    assert title == "Đã chuyển kho dữ liệu"
    assert text.startswith(f"Kho dữ liệu đã được chuyển từ {tmp_path / 'Roaming'} sang ")
    title, text = store_move_message(kept)
    assert title == "Chưa chuyển được kho dữ liệu"
    assert "không chuyển được sang" in text and text.endswith("the file is locked")


def test_tests_keep_qt_settings_in_an_ini_file_in_a_temporary_folder(settings_dir):
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.setValue("ui/language", "en")
    settings.sync()
    assert settings.format() == QSettings.Format.IniFormat  # never the Windows registry
    assert Path(settings.fileName()).is_relative_to(settings_dir)
    assert Path(settings.fileName()).is_file()


@pytest.mark.skipif(sys.platform != "win32", reason="the roaming folder exists on Windows only")
def test_on_windows_the_old_folder_is_the_roaming_one():
    assert paths.user_data_dir() != paths.legacy_data_dirs()[0]
