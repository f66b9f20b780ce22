"""Does every locked dependency have a Windows wheel for each supported Python?

``python packaging/check_windows_wheels.py`` asks the package index (through pip)
for the win_amd64 wheel of each pin in constraints.txt that a Windows install
takes, for Python 3.11 to 3.14 (requires-python is >=3.11), without installing anything. An office PC
has no compiler: a pin without a wheel there is a pin a user cannot install.
Exit 0 when all are there; 1 with one line per missing wheel otherwise.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.markers import Marker

ROOT = Path(__file__).resolve().parents[1]
PYTHONS = ("3.11", "3.12", "3.13", "3.14")


def windows_pins(constraints: Path, python: str) -> list[str]:
    """The ``name==version`` pins that apply on 64-bit Windows under *python*."""
    environment = {
        "sys_platform": "win32",
        "platform_system": "Windows",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }
    pins = []
    for raw in constraints.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        spec, _, marker = line.partition(";")
        if marker.strip() and not Marker(marker).evaluate(environment):
            continue
        pins.append(spec.strip())
    return pins


def missing_wheels(python: str, pins: list[str], folder: Path) -> list[str]:
    """Download each pin's wheel for *python* on win_amd64; return the pins that have none."""
    base = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
            "--only-binary=:all:", "--platform", "win_amd64", "--python-version", python,
            "--implementation", "cp", "--dest", str(folder)]  # fmt: skip
    result = subprocess.run([*base, *pins], capture_output=True, text=True)
    if result.returncode == 0:
        return []
    # One failure stops pip: ask again one by one to name every missing pin.
    missing = []
    for pin in pins:
        one = subprocess.run([*base, pin], capture_output=True, text=True)
        if one.returncode != 0:
            reason = re.findall(r"ERROR: (.*)", one.stderr)
            missing.append(f"{pin}: {reason[0] if reason else one.stderr.strip()[-200:]}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--constraints", type=Path, default=ROOT / "constraints.txt")
    parser.add_argument("--python", action="append", help=f"default: {', '.join(PYTHONS)}")
    args = parser.parse_args(argv)
    problems = []
    with tempfile.TemporaryDirectory(prefix="deskeditor-wheels-") as temp:
        for python in args.python or PYTHONS:
            pins = windows_pins(args.constraints, python)
            missing = missing_wheels(python, pins, Path(temp) / python)
            problems += [f"Python {python}: {line}" for line in missing]
            count = len(list((Path(temp) / python).glob("*.whl")))
            print(f"Python {python}: {count} of {len(pins)} pins have a wheel for win_amd64")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
