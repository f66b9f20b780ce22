"""Refresh the translation sources and compile them into the package.

Run after changing user-visible strings:  python resources/translations/update.py
Then translate the new entries of deskeditor_vi.ts in Qt Linguist
(pyside6-linguist) and run this again to compile. qtbase_vi.ts holds Qt's own
strings (standard buttons, text context menus): Qt ships no Vietnamese catalogue.

Each .qm is compiled into a temporary file beside it and renamed into place: a
running window memory-maps its .qm, and rewriting the file under it crashed it.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "deskeditor" / "translations"


def compile_into_place(ts: Path, qm: Path) -> None:
    """Compile *ts* into *qm* through a temporary file in the same folder, then rename it."""
    handle, name = tempfile.mkstemp(prefix=f".{qm.stem}-", suffix=".qm.tmp", dir=qm.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(temporary)], check=True)
        # mkstemp makes the file readable by its owner only; keep the mode the .qm had.
        os.chmod(temporary, qm.stat().st_mode & 0o777 if qm.exists() else 0o644)
        os.replace(temporary, qm)  # atomic on one volume: a reader sees the old or the new file
    finally:
        temporary.unlink(missing_ok=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "deskeditor" / "gui").glob("*.py"))
    subprocess.run(
        [
            "pyside6-lupdate",
            *sources,
            str(ROOT / "deskeditor" / "app.py"),
            str(ROOT / "deskeditor" / "messages.py"),  # the domain's message catalogue
            "-ts",
            str(HERE / "deskeditor_vi.ts"),
        ],
        check=True,
    )
    OUT.mkdir(exist_ok=True)
    for ts in sorted(HERE.glob("*.ts")):
        compile_into_place(ts, OUT / f"{ts.stem}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
