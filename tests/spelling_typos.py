"""One-key typos on the real words of the spelling corpus, and how many the checker catches.

Used by tests/test_spelling_corpus.py and benchmarks/cases_spelling.py. A typo
is made on one letter of a word as typed on a QWERTY keyboard: a neighbouring
key inserted, the letter deleted, replaced by a neighbouring key, swapped
with the next one; or the tone or a letter's mark (â, ơ, đ, …) left out.
Typos that happen to spell another syllable in use (in the word list or the
corpus) are left out: no checker of single syllables can see them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from deskeditor.text.normalize import nfc
from deskeditor.text.spelling import SpellChecker, parse
from deskeditor.text.spelling.checker import OK, WORD
from deskeditor.text.spelling.suggest import base_letter, neighbours
from deskeditor.text.spelling.syllable import SHAPE_MARKS, TONE_MARKS

CORPUS = Path(__file__).parent / "data" / "spelling"


def corpus_lines() -> list[str]:
    """Every non-empty line of the corpus files, in NFC."""
    lines = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines += [nfc(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return lines


def _with_key(ch: str, key: str) -> str:
    """The letter typed with *key* instead of *ch*'s key, keeping what marks it can."""
    marks = [m for m in unicodedata.normalize("NFD", ch.lower())[1:]]
    kept = [m for m in marks if m in TONE_MARKS and key in "aeiouy"]
    kept += [m for m in marks if m in SHAPE_MARKS and key in SHAPE_MARKS[m]]
    new = unicodedata.normalize("NFC", key + "".join(kept))
    return new.upper() if ch.isupper() else new


def typos(word: str) -> list[tuple[str, str]]:
    """Return (kind, typo) for every one-key typo of *word*."""
    chars = list(word)
    out: list[tuple[str, str]] = []
    for i, ch in enumerate(chars):
        key = base_letter(unicodedata.normalize("NFD", ch.lower())[0])
        if len(chars) > 1:
            out.append(("delete", "".join(chars[:i] + chars[i + 1 :])))
        if i + 1 < len(chars) and chars[i] != chars[i + 1]:
            out.append(("transpose", "".join(chars[:i] + [chars[i + 1], ch] + chars[i + 2 :])))
        for near in neighbours(key):
            out.append(("substitute", "".join(chars[:i] + [_with_key(ch, near)] + chars[i + 1 :])))
            out.append(("insert", "".join(chars[: i + 1] + [near] + chars[i + 1 :])))
        decomposed = unicodedata.normalize("NFD", ch)
        if ch.lower() == "đ":
            out.append(("mark", "".join(chars[:i] + ["d" if ch == "đ" else "D"] + chars[i + 1 :])))
        for mark in decomposed[1:]:
            kind = "tone" if mark in TONE_MARKS else "mark"
            plain = unicodedata.normalize("NFC", decomposed.replace(mark, "", 1))
            out.append((kind, "".join(chars[:i] + [plain] + chars[i + 1 :])))
    return out


@dataclass
class CatchRate:
    """The figures of one run: typos made, left out as valid, caught; misses by kind."""

    made: int = 0
    valid: int = 0
    caught: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    missed_by_kind: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def counted(self) -> int:
        """The denominator: typos that spell no syllable in use."""
        return self.made - self.valid

    @property
    def rate(self) -> float:
        """The share of counted typos that the checker underlines."""
        return self.caught / self.counted if self.counted else 0.0


def in_use(checker: SpellChecker, corpus_keys: set[tuple[str, int]], word: str) -> bool:
    """Tell whether *word* spells a syllable in use (word list or corpus)."""
    syllable = parse(nfc(word).lower())
    return syllable is not None and (
        syllable.key in checker.lexicon.keys or syllable.key in corpus_keys
    )


def measure(checker: SpellChecker | None = None) -> CatchRate:
    """Make every one-key typo of every distinct checked word of the corpus, in its sentence."""
    checker = checker or SpellChecker()
    lines = corpus_lines()
    corpus_keys = {
        s.key
        for line in lines
        for w in re.findall(r"[^\W\d_]+", line)
        if (s := parse(w.lower())) is not None
    }
    result = CatchRate()
    seen: set[str] = set()
    for line in lines:
        for match in WORD.finditer(line):
            word = match.group()
            if word in seen or word.isascii() and parse(word.lower()) is None:
                continue  # each word once; foreign words are not the checker's
            if len(word) > 1 and (word.isupper() or any(c.isupper() for c in word[1:])):
                continue  # abbreviations are not checked
            if checker.verdict(word) != OK:
                continue
            seen.add(word)
            # The sentence around the word, so that the foreign-phrase rule sees its neighbours.
            left = line.rfind(" ", 0, max(0, match.start() - 60)) + 1
            right = line.find(" ", match.end() + 60)
            right = len(line) if right < 0 else right
            before, after = line[left : match.start()], line[match.end() : right]
            for kind, typo in typos(word):
                result.made += 1
                if typo == word or in_use(checker, corpus_keys, typo):
                    result.valid += 1
                    continue
                result.by_kind[kind] += 1
                spans = checker.check(before + typo + after)
                start = len(before)
                if any(m.start < start + len(typo) and m.end > start for m in spans):
                    result.caught += 1
                else:
                    result.missed_by_kind[kind] += 1
                    result.missed.append((word, typo))
    return result


@dataclass
class SuggestionRank:
    """How often the word meant is the first suggestion, or among the first three."""

    sampled: int = 0
    first: int = 0
    top3: int = 0


def suggestion_rank(checker: SpellChecker | None = None, sample: int = 600) -> SuggestionRank:
    """Sample underlined one-key typos of lower-case corpus words; rank the word meant."""
    import random

    checker = checker or SpellChecker()
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line in corpus_lines():
        for match in WORD.finditer(line):
            word = match.group()
            if word in seen or not word.islower() or parse(word) is None:
                continue
            if checker.verdict(word) != OK:
                continue
            seen.add(word)
            pairs += [(word, typo) for _, typo in typos(word) if not checker.is_correct(typo)]
    result = SuggestionRank()
    for word, typo in random.Random(18).sample(pairs, min(sample, len(pairs))):
        meant = parse(word)
        keys = [s.key if (s := parse(x.lower())) else None for x in checker.suggest(typo)]
        result.sampled += 1
        result.first += keys[:1] == [meant.key] if meant else 0
        result.top3 += meant is not None and meant.key in keys[:3]
    return result
