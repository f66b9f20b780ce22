"""The spell checker on text it was not built from: false alarms and written typos.

Used by tests/test_spelling_heldout.py and benchmarks/spelling_heldout.py. The
held-out corpus (tests/data/spelling_heldout/*.txt) is ten news articles written
for these tests on subjects unlike those of tests/data/spelling (rice planting,
festivals, holiday traffic, a storm, sport, prices, a border village, the youth
union, health advice, craft villages); no word list was made from it. Every word
the checker underlines there is a false alarm. typos.tsv lists typos as a hurried
typist leaves them (tone on the wrong letter, marks left out, Telex and VNI keys,
letters missing, doubled, swapped), each of which must be underlined.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from deskeditor.text.normalize import nfc
from deskeditor.text.spelling import SpellChecker

HELDOUT = Path(__file__).parent / "data" / "spelling_heldout"


def heldout_lines() -> list[str]:
    """Every non-empty line of the held-out articles, in NFC."""
    lines = []
    for path in sorted(HELDOUT.glob("*.txt")):
        lines += [nfc(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return lines


def heldout_words() -> int:
    """How many words in letters the held-out articles have."""
    return sum(len(re.findall(r"[^\W\d_]+", line)) for line in heldout_lines())


def false_alarms(checker: SpellChecker | None = None) -> Counter[str]:
    """The words underlined in the held-out articles, with how often."""
    checker = checker or SpellChecker()
    return Counter(m.word for line in heldout_lines() for m in checker.check(line))


def written_typos() -> list[tuple[str, str, str]]:
    """(typo, word meant, kind) from typos.tsv."""
    rows = []
    for line in nfc((HELDOUT / "typos.tsv").read_text(encoding="utf-8")).splitlines():
        if line.strip() and not line.startswith("#"):
            typo, meant, kind = line.split("\t")
            rows.append((typo, meant, kind))
    return rows


@dataclass
class TypoCatch:
    """How many of the written typos are underlined in a sentence, and which are not."""

    total: int = 0
    caught: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """The share of the written typos that are underlined."""
        return self.caught / self.total if self.total else 0.0


def catch_written_typos(checker: SpellChecker | None = None) -> TypoCatch:
    """Put each typo in a sentence and tell whether it is underlined there."""
    checker = checker or SpellChecker()
    result = TypoCatch()
    for typo, meant, _ in written_typos():
        before = "Theo báo cáo của Sở, "
        text = before + typo + " trong năm nay."
        result.total += 1
        if any(m.start == len(before) and m.word == typo for m in checker.check(text)):
            result.caught += 1
        else:
            result.missed.append((typo, meant))
    return result
