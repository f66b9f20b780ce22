"""What the compatibility tests share: finding Chromium and node, and running editors.mjs.

Needs ``apt-get install -y chromium`` (node 20 or later too) and ``npm ci`` in
tests/compat; without them every test here is skipped with what to install.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).parent
CHROMIUM = os.environ.get("DESKEDITOR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
NODE = shutil.which("node")


def _missing() -> str | None:
    if not Path(CHROMIUM).is_file():
        return "Chromium is missing: apt-get install -y chromium"
    if NODE is None:
        return "node is missing: apt-get install -y nodejs npm"
    version = subprocess.run(
        [NODE, "--version"], capture_output=True, text=True, encoding="utf-8", check=False
    )
    major = re.match(r"v(\d+)", version.stdout.strip())
    if major is None or int(major[1]) < 20:
        return f"node 20 or later is needed (playwright-core), found {version.stdout.strip()!r}"
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        return "the editors are missing: run 'npm ci' in tests/compat"
    return None


MISSING = _missing()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if MISSING is None:
        return
    for item in items:
        if Path(item.fspath).parent == HERE:
            item.add_marker(pytest.mark.skip(reason=MISSING))


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Screenshots and PDFs: DESKEDITOR_COMPAT_SHOTS if set (kept), else under pytest's tmp."""
    chosen = os.environ.get("DESKEDITOR_COMPAT_SHOTS")
    if chosen:
        Path(chosen).mkdir(parents=True, exist_ok=True)
        for old in [*Path(chosen).glob("*.png"), *Path(chosen).glob("*.pdf")]:
            old.unlink()
        return Path(chosen)
    return tmp_path_factory.mktemp("compat-screenshots")


@pytest.fixture(scope="session")
def browser(shots) -> Callable[..., dict]:
    """Return a function that runs editors.mjs on *work* with *settings*; its JSON result."""

    def run(work: Path, **settings: object) -> dict:
        config = {"work": str(work), "out": str(shots), "chromium": CHROMIUM, **settings}
        (work / "config.json").write_text(json.dumps(config), encoding="utf-8")
        done = subprocess.run(
            [NODE, str(HERE / "editors.mjs"), str(work / "config.json")],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=400,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        print(f"\nscreenshots and PDFs: {shots}")
        return json.loads(done.stdout)

    return run
