"""resources/translations/update.py replaces each .qm by renaming, never rewriting it in place.

A running window memory-maps deskeditor_vi.qm; rewriting that file under it
crashed the window while a developer refreshed the translations.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "resources" / "translations" / "update.py"


@pytest.fixture
def update(tmp_path, monkeypatch):
    """The script, pointed at a copy of the folders it works on."""
    spec = importlib.util.spec_from_file_location("translations_update", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    here, out = tmp_path / "resources" / "translations", tmp_path / "deskeditor" / "translations"
    here.mkdir(parents=True)
    out.mkdir(parents=True)
    (tmp_path / "deskeditor" / "gui").mkdir()
    for name in ("deskeditor_vi", "qtbase_vi"):
        (here / f"{name}.ts").write_text("<TS/>", encoding="utf-8")
        (out / f"{name}.qm").write_bytes(b"old catalogue " + name.encode())
    monkeypatch.setattr(module, "HERE", here)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "OUT", out)
    return module


def test_each_qm_is_written_beside_it_and_renamed_into_place(update, monkeypatch):
    out = update.OUT
    seen = []

    def run(command, check):
        if command[0] == "pyside6-lrelease":
            target = Path(command[-1])
            final = out / f"{Path(command[1]).stem}.qm"
            assert target.parent == out and target != final
            # While the new catalogue is being written, the old one is whole and untouched.
            assert final.read_bytes().startswith(b"old catalogue")
            target.write_bytes(b"new catalogue")
            seen.append(final.name)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(update.subprocess, "run", run)
    mapped = {p.name: p.stat().st_ino for p in out.iterdir()}
    assert update.main() == 0
    assert seen == ["deskeditor_vi.qm", "qtbase_vi.qm"]
    assert sorted(p.name for p in out.iterdir()) == seen  # no temporary file left
    for name in seen:
        assert (out / name).read_bytes() == b"new catalogue"
        assert (out / name).stat().st_ino != mapped[
            name
        ]  # a new file, not the mapped one rewritten


def test_a_failed_compile_leaves_the_old_catalogue(update, monkeypatch):
    out = update.OUT

    def run(command, check):
        if command[0] == "pyside6-lrelease":
            Path(command[-1]).write_bytes(b"half")
            raise subprocess.CalledProcessError(1, command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(update.subprocess, "run", run)
    with pytest.raises(subprocess.CalledProcessError):
        update.main()
    assert sorted(p.name for p in out.iterdir()) == ["deskeditor_vi.qm", "qtbase_vi.qm"]
    assert (out / "deskeditor_vi.qm").read_bytes() == b"old catalogue deskeditor_vi"
