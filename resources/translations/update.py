"""Refresh the translation sources and compile them into the package.

Run after changing user-visible strings:  python resources/translations/update.py
Then translate the new entries of deskeditor_vi.ts in Qt Linguist
(pyside6-linguist) and run this again to compile. qtbase_vi.ts holds Qt's own
strings (standard buttons, text context menus): Qt ships no Vietnamese catalogue.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "deskeditor" / "translations"


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
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(OUT / f"{ts.stem}.qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
