"""Start-up loads only what the window's first paint needs.

A guard, not a timer: the benchmark (`benchmarks/run.py --only startup`)
reports how long start-up takes. Here a child process (tests/startup_probe.py)
does what `run_gui` does up to the first paint (application, store, window,
shown) and reports what was imported when the window's first Paint event
came: the exporters, the HTML paste cleaner, backups, the photo pipeline, the
find bar, the dialogs and the spell checker's word list must wait until a user
asks for them or the frame is on screen. So must sqlite-utils (with click,
pluggy and dateutil), which alone made a bare window 1.5 times slower to show:
the store reads through its own SQLite connection and loads sqlite-utils at
the first write (tests/test_store_reads_without_sqlite_utils.py). In the test
process everything is loaded already, hence the child.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

PROBE = Path(__file__).with_name("startup_probe.py")

# Loaded at first use, never to show the window.
HEAVY_PACKAGES = {
    "numpy", "nh3", "docx", "jinja2",
    "markupsafe", "PIL", "lxml", "idna",
    "sqlite_utils", "click", "dateutil", "pluggy", "sqlite_fts4",
    "hashlib", "socket",  # OpenSSL for saving; the lock needs only the host name
}  # fmt: skip
HEAVY_MODULES = {
    "deskeditor.export",
    "deskeditor.htmlimport",
    "deskeditor.backups",
    "deskeditor.safeio",
    "deskeditor.store.copies",
    "deskeditor.store.integrity",
    "deskeditor.photos",
    "deskeditor.interchange",
    "deskeditor.cli",
    "deskeditor.gui.backups_dialog",
    "deskeditor.gui.batch_export",
    "deskeditor.gui.history",
    "deskeditor.gui.links_manager",
    "deskeditor.gui.photo_import",
    "deskeditor.gui.settings_dialog",
    "deskeditor.gui.categories_page",
    "deskeditor.wordimport.body",
    "deskeditor.gui.recovery",  # only after a crash left autosaved work
    "deskeditor.text.legacy",  # the TCVN3/VNI question, with the first paste
    # The window's features that load with their first use: the find bar with Ctrl+F,
    # a dialog when it opens, a background job when it starts, the Word import with
    # the first draft, the questions about unsaved work when they are asked.
    "deskeditor.gui.find_bar",
    "deskeditor.gui.find_matches",
    "deskeditor.gui.word_import",
    "deskeditor.gui.background",
    "deskeditor.gui.dialogs",
    "deskeditor.gui.saving",
    "deskeditor.gui.help_window",
    "deskeditor.gui.crop_dialog",
    "deskeditor.gui.office_words_dialog",
    "deskeditor.gui.workflow_dialogs",
}


@pytest.fixture(scope="module")
def started(tmp_path_factory):
    """Start the window on a store of three articles; the newest has a typo in its body."""
    folder = tmp_path_factory.mktemp("startup")
    path = folder / "kho.db"
    with Store(path) as store:
        for number in (1, 2):
            store.save_article(Article(title=f"Tin cũ số {number}", body=[]))
        newest = store.save_article(
            Article(
                title="Hội nghị tổng kết công tác năm",
                body=[Paragraph([Run("Sở tổ chức hội nghị tổng kêt công tác thi đua.")])],
            )
        ).article_id
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, str(PROBE), str(path), str(folder / "settings")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    lines = out.stdout.strip().splitlines()
    assert out.returncode == 0 and lines, out.stderr[-3000:]
    return newest, json.loads(lines[-1])


def test_the_first_frame_shows_the_list_and_the_newest_article(started):
    newest, result = started
    frame = result["frame"]
    assert frame["rows"] == 3
    assert frame["article_id"] == newest
    assert frame["title"] == "Hội nghị tổng kết công tác năm"


def test_what_the_first_frame_does_not_show_is_not_loaded_for_it(started):
    _, result = started
    loaded = set(result["frame"]["modules"])
    packages = {name.split(".")[0] for name in loaded}
    assert packages & HEAVY_PACKAGES == set()
    assert (
        sorted(
            name
            for name in loaded
            if any(name == m or name.startswith(m + ".") for m in HEAVY_MODULES)
        )
        == []
    )
    # The spell checker's word list (about 30 ms to build) waits for the frame to be painted.
    assert not result["frame"]["lexicon_built"]


def test_the_spell_check_marks_the_typo_just_after_the_first_frame(started):
    _, result = started
    assert result["after"]["lexicon_built"]
    assert result["after"]["spell_marks"] == ["kêt"]


def test_the_keys_of_features_loaded_on_first_use_work_from_the_start(started):
    _, result = started
    keys = result["keys"]
    assert not keys["find_bar_before"]  # made by the first Ctrl+F, not before
    assert keys["ctrl_f"] and keys["escape"]
    assert keys["f7_off"] and keys["f7_marks"] == []
    assert keys["f1"]
