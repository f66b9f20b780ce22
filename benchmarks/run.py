"""Run the benchmark suite: python benchmarks/run.py [--quick] [--json results.json].

Generates its data on first use (a 50,000-article store, cached; see data.py),
runs every case several times, prints the machine and a table (case, median,
what it is compared with, the ratio, the target, met or not) and writes the
results as JSON. Exit status: 0 when every target is met, 1 when one is missed,
2 for a usage error. See benchmarks/README.md for what each case measures.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sys
import time
import traceback

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests"), str(HERE)]

import cases_domain  # noqa: E402
import cases_gui  # noqa: E402
import cases_spelling  # noqa: E402
import data  # noqa: E402
import harness  # noqa: E402

# Repetitions: (quick, full). The full run stays well under 15 minutes on 2 cores
# once the store is cached; building the store takes about two minutes more.
RUNS = {
    "photo": (3, 7),
    "word": (3, 9),
    "html": (5, 15),
    "search": (3, 7),
    "startup": (3, 7),
    "open": (3, 9),
    "memory": (1, 3),
    "batch": (1, 2),
    "list": (3, 9),
    "spelling": (5, 15),
    "check": (1, 3),
}
CASES = [
    "photo",
    "word",
    "html",
    "search",
    "startup",
    "open",
    "memory",
    "batch",
    "list",
    "spelling",
    "check",
]
NEEDS_NO_STORE = {"spelling"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a few minutes)")
    parser.add_argument("--json", metavar="FILE", help="write the results to FILE")
    parser.add_argument(
        "--only",
        metavar="CASE",
        action="append",
        choices=CASES,
        help="run only this case (repeatable)",
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=50_000,
        help="articles in the generated store (default 50000)",
    )
    parser.add_argument(
        "--cache",
        type=pathlib.Path,
        default=data.default_cache(),
        help="where the generated data is kept (default %(default)s)",
    )
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "full"
    runs = {name: pair[0 if args.quick else 1] for name, pair in RUNS.items()}
    selected = args.only or CASES

    started = time.perf_counter()
    info = harness.machine()
    print(harness.machine_line(info))
    cores = info["cores"] or 1
    load = info["load_average"]
    if load and load[0] > 0.5 * cores:
        print(
            f"warning: load average {load[0]:.1f} on {cores} cores; other work will slow "
            f"the timings down"
        )
    ds = None
    if set(selected) - NEEDS_NO_STORE:
        ds = data.dataset(args.cache, args.articles, log=print)
        print(f"mode: {mode}; data: {ds.path} ({ds.path.stat().st_size / 2**20:.0f} MB)")

    jobs = {
        "photo": lambda: cases_domain.photo_import(args.cache, runs["photo"]),
        "word": lambda: cases_domain.word_export(ds, runs["word"]),
        "html": lambda: cases_domain.html_export(ds, runs["html"]),
        "search": lambda: cases_domain.search(ds, runs["search"]),
        "startup": lambda: cases_gui.startup(ds, runs["startup"]),
        "open": lambda: cases_gui.open_article(ds, runs["open"]),
        "memory": lambda: cases_gui.memory(ds, runs["memory"]),
        "batch": lambda: cases_gui.batch(ds, runs["batch"]),
        "list": lambda: cases_domain.listing(ds, runs["list"]),
        "spelling": lambda: cases_spelling.spelling(runs["spelling"]),
        "check": lambda: cases_domain.check(ds, runs["check"]),
    }
    results: list[harness.Result] = []
    for name in selected:
        case_start = time.perf_counter()
        print(f"running {name}…", flush=True)
        try:
            result = jobs[name]()
        except Exception as exc:  # one broken case must not hide the others' results
            traceback.print_exc()
            result = harness.Result(
                name,
                float("nan"),
                "s",
                [],
                "—",
                False,
                details={"error": f"{type(exc).__name__}: {exc}"},
            )
        result.details["case_seconds"] = round(time.perf_counter() - case_start, 1)
        results.append(result)

    seconds = time.perf_counter() - started
    print()
    print(harness.machine_line(info))
    print(
        f"{mode} run, {seconds:.0f} s, load average at start "
        f"{', '.join(f'{x:.2f}' for x in load) if load else 'unknown'}"
    )
    print()
    print(harness.table(results))
    if args.json:
        harness.write_json(args.json, info, mode, results, seconds)
        print(f"\nresults written to {args.json}")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
