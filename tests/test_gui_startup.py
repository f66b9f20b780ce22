"""Start-up loads only what the first frame shows; the rest comes when it is first used.

The start is measured by ``benchmarks/run.py --only startup``; these tests keep
what made it faster from coming back unseen. They run the window in a fresh
process (tests/startup_probe.py): in the test process everything is loaded
already.
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

# Modules of the window that its first frame does not need: each loads with the feature
# that uses it (the find bar with Ctrl+F, a dialog when it opens, a background job when
# it starts, the Word import with the first draft).
LOADED_ON_FIRST_USE = [
    "deskeditor.gui.find_bar",
    "deskeditor.gui.find_matches",
    "deskeditor.gui.word_import",
    "deskeditor.gui.background",
    "deskeditor.gui.dialogs",
    "deskeditor.gui.saving",
    "deskeditor.gui.help_window",
    "deskeditor.gui.crop_dialog",
    "deskeditor.gui.batch_export",
    "deskeditor.gui.links_manager",
    "deskeditor.gui.settings_dialog",
    "deskeditor.gui.history",
    "deskeditor.gui.backups_dialog",
    "deskeditor.gui.office_words_dialog",
    "deskeditor.gui.recovery",
    "deskeditor.gui.photo_import",
    "deskeditor.gui.workflow_dialogs",
    "deskeditor.htmlimport",
    "deskeditor.wordimport",
    "deskeditor.export",
]


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
    assert [name for name in LOADED_ON_FIRST_USE if name in loaded] == []
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
