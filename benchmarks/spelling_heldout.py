"""Print the spell checker's figures on held-out text: false alarms, written typos, load time.

    python benchmarks/spelling_heldout.py [--runs N]

A figure, not a timed test: false alarms on tests/data/spelling_heldout (text
the word list was not built from), the share of tests/data/spelling_heldout/typos.tsv
underlined, the size of the lexicon, and the time default_lexicon() takes to
build (the median of N fresh processes, as at start-up).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]

_BUILD = (
    "import time; t = time.perf_counter(); "
    "from deskeditor.text.spelling.lexicon import default_lexicon; default_lexicon(); "
    "print(time.perf_counter() - t)"
)


def build_times(runs: int) -> list[float]:
    """Seconds to import the lexicon module and build default_lexicon(), in fresh processes."""
    return [
        float(subprocess.run([sys.executable, "-c", _BUILD], capture_output=True, text=True,
                             check=True, cwd=HERE.parent).stdout)
        for _ in range(runs)
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes for the load time")
    args = parser.parse_args()
    from spelling_heldout import catch_written_typos, false_alarms, heldout_words

    from deskeditor.text.spelling import default_lexicon

    lexicon = default_lexicon()
    print(f"lexicon: {len(lexicon.keys)} toned syllables, {len(lexicon.toneless)} toneless")
    alarms = false_alarms()
    words = heldout_words()
    print(
        f"held-out corpus: {words} words, {sum(alarms.values())} false alarms "
        f"({len(alarms)} distinct)" + (": " + ", ".join(sorted(alarms)) if alarms else "")
    )
    catch = catch_written_typos()
    print(f"written typos: {catch.caught}/{catch.total} underlined ({catch.rate:.1%})")
    if catch.missed:
        print("  missed: " + ", ".join(f"{typo} ({meant})" for typo, meant in catch.missed))
    times = build_times(args.runs)
    print(
        f"default_lexicon() in a fresh process: median {statistics.median(times) * 1000:.1f} ms "
        f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, {args.runs} runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
