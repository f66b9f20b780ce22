"""Timing, the machine's description, the results table and its JSON."""

from __future__ import annotations

import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Result:
    """One case: its measure, what it is held against, and its target."""

    case: str
    value: float  # the median of the runs, in *unit*
    unit: str
    runs: list[float]
    target: str
    met: bool | None
    baseline: str = "—"  # what the case is compared with
    baseline_value: float | None = None
    ratio: str = "—"  # e.g. "2.6× faster"
    details: dict[str, Any] = field(default_factory=dict)


def repeat(
    work: Callable[[], object],
    runs: int,
    *,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> list[float]:
    """Run *work* after *warmup* untimed runs; return the seconds of each timed run.

    *setup* runs before each run, untimed. The garbage collector is run
    before each run and kept off during it, so that a collection of earlier
    garbage does not land in one run at random.
    """
    times = []
    for index in range(warmup + runs):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            work()
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
        if index >= warmup:
            times.append(elapsed)
    return times


def alternate(
    first: Callable[[], object],
    second: Callable[[], object],
    runs: int,
    *,
    setup: Callable[[], object] | None = None,
) -> tuple[list[float], list[float]]:
    """Time *first* and *second* in turns (after one untimed round).

    Taking turns keeps a comparison fair when the machine gets busier or
    quieter during the run. *setup* runs, untimed, before each run of *first*.
    """
    times_first: list[float] = []
    times_second: list[float] = []
    for index in range(runs + 1):
        a = repeat(first, 1, warmup=0, setup=setup)[0]
        b = repeat(second, 1, warmup=0)[0]
        if index:
            times_first.append(a)
            times_second.append(b)
    return times_first, times_second


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt_value(value: float | None, unit: str) -> str:
    """Show a measure in a unit a person reads at a glance."""
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "art/s":
        return f"{value:.1f} art/s"
    return f"{value:.3g} {unit}"


# ------------------------------------------------------------------ the machine


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / 2**20
    except OSError:
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return None


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return "not installed"


def pandoc_version() -> str | None:
    """Return pandoc's version, or None when it is not installed."""
    if shutil.which("pandoc") is None:
        return None
    out = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=False)
    return out.stdout.split("\n", 1)[0].replace("pandoc", "").strip() or "unknown"


def machine() -> dict[str, Any]:
    """Describe the machine and the versions the results depend on."""
    import sqlite3

    import PIL
    import PySide6
    from PySide6.QtCore import qVersion

    ram = _ram_gib()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": round(ram, 1) if ram else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "pillow": PIL.__version__,
        "sqlite": sqlite3.sqlite_version,
        "python_docx": _version("python-docx"),
        "jinja2": _version("Jinja2"),
        "pandoc": pandoc_version() or "not installed",
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def machine_line(info: dict[str, Any]) -> str:
    return (
        f"{info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB RAM; {info['os']}\n"
        f"Python {info['python']}, Qt {info['qt']} (PySide6 {info['pyside6']}), "
        f"Pillow {info['pillow']}, SQLite {info['sqlite']}, python-docx {info['python_docx']}, "
        f"pandoc {info['pandoc']}"
    )


# ------------------------------------------------------------------ output


COLUMNS = ("case", "median", "compared with", "its median", "ratio", "target", "met")


def table(results: list[Result]) -> str:
    """Return the results as a Markdown table (readable in a terminal too)."""
    rows = [COLUMNS]
    for r in results:
        met = "—" if r.met is None else ("yes" if r.met else "NO")
        rows.append(
            (
                r.case,
                fmt_value(r.value, r.unit),
                r.baseline,
                fmt_value(r.baseline_value, r.unit if r.unit != "art/s" else "s"),
                r.ratio,
                r.target,
                met,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for number, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if number == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def write_json(
    path: str, info: dict[str, Any], mode: str, results: list[Result], seconds: float
) -> None:
    data = {
        "machine": info,
        "mode": mode,
        "total_seconds": round(seconds, 1),
        "argv": sys.argv[1:],
        "results": [asdict(r) for r in results],
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
