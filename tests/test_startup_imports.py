"""Start-up loads only what the window's first paint needs.

A guard, not a timer: the benchmark (`benchmarks/run.py --only startup`)
reports how long start-up takes. Here a child process does what `run_gui`
does up to the first paint (application, store, window, shown, painted) and
the test lists what it imported: the exporters, the HTML paste cleaner,
backups and the photo pipeline must wait until a user asks for them. So
must sqlite-utils (with click, pluggy and dateutil), which alone made a bare
window 1.5 times slower to show: the store reads through its own SQLite
connection and loads sqlite-utils at the first write
(tests/test_store_reads_without_sqlite_utils.py).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from deskeditor.jsonio import article_from_dict
from deskeditor.store import Store

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
}

CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from deskeditor.app import create_application, open_store
app = create_application()
from deskeditor.gui.main_window import MainWindow
store = open_store(Path(sys.argv[1]))
window = MainWindow(store)
window.show()
window.repaint()  # the first paint, as the benchmark waits for it
loop = QEventLoop()
QTimer.singleShot(0, loop.quit)
loop.exec()
print(json.dumps({"opened": window.editor.article_id, "modules": sorted(sys.modules)}))
window._closed = True  # no questions on the way out
window.close()
store.close()
"""


def test_the_window_starts_without_the_heavy_modules(tmp_path: Path, sample_dict: dict) -> None:
    db = tmp_path / "kho.db"
    with Store(db) as store:
        sample_dict["title"] = "Hội nghị tổng kết công tác thi đua khen thưởng năm 2025"
        article_id = store.save_article(article_from_dict(sample_dict)).article_id
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())  # no saved settings: a first start
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["opened"] == article_id  # the window really showed the article
    loaded = set(report["modules"])
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
