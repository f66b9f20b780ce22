"""Make the spell checker's two generated files in deskeditor/data/spelling.

Run after changing words.txt or tests/data/spelling:  python resources/spelling/make_lists.py

- syllables.tsv: every syllable of words.txt, as its toneless spelling and its tones
  (read at start-up instead of parsing words.txt; a test keeps the two in step);
- frequency.tsv: how often each syllable occurs in the test corpus (ranks suggestions only).
"""

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from deskeditor.text.normalize import nfc  # noqa: E402
from deskeditor.text.spelling.lexicon import compile_syllables  # noqa: E402
from deskeditor.text.spelling.syllable import parse  # noqa: E402


def main() -> int:
    out = ROOT / "deskeditor" / "data" / "spelling" / "syllables.tsv"
    out.write_text(compile_syllables(), encoding="utf-8")
    print(f"{out} written")
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / "tests" / "data" / "spelling").glob("*.txt")):
        for word in re.findall(r"[^\W\d_]+", nfc(path.read_text(encoding="utf-8"))):
            syllable = parse(word.lower())
            if syllable is not None:
                counts[syllable.spelled(classic=True)] += 1
    lines = ["# Syllables of the test corpus and how often they occur (generated)."]
    lines += [
        f"{word}\t{count}" for word, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    ]
    out = ROOT / "deskeditor" / "data" / "spelling" / "frequency.tsv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(counts)} syllables written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
