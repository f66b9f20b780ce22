"""The syllables known to be in use, their frequencies, and the foreign words accepted.

Three files ship in ``deskeditor/data/spelling``, all written for this
project (no outside dictionary, so no outside licence):

- ``words.txt``: Vietnamese words; every syllable in it, with its tone, is in use
  (``syllables.tsv`` is the same, compiled: resources/spelling/make_lists.py);
- ``frequency.tsv``: how often each syllable occurs in the project's own test
  corpus (tests/data/spelling), used only to rank suggestions;
- ``foreign.txt``: foreign words common in the office's news ("online", "website").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from deskeditor.text.normalize import fold, nfc
from deskeditor.text.spelling.syllable import parse

Key = tuple[str, int]  # (toneless spelling, tone): the same for "hoà" and "hòa"


def _lines(name: str) -> list[str]:
    text = (files("deskeditor") / "data" / "spelling" / name).read_text(encoding="utf-8")
    return [line for line in nfc(text).splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class Lexicon:
    """Syllables in use (by key), their counts, and accepted foreign words."""

    keys: set[Key] = field(default_factory=set)
    counts: dict[Key, int] = field(default_factory=dict)
    foreign: frozenset[str] = frozenset()
    # Toneless spellings by length, for the suggestions' search.
    by_length: dict[int, list[str]] = field(default_factory=dict)
    toneless: set[str] = field(default_factory=set)  # "hôi" for hội, hồi, hôi, …
    plain: set[str] = field(default_factory=set)  # without any mark: "hoi", "duoc"

    def add_words(self, words: Iterable[str]) -> list[str]:
        """Learn the syllables of *words*; return those that are not Vietnamese syllables."""
        refused: list[str] = []
        for word in words:
            syllable = parse(nfc(word).lower())
            if syllable is None:
                refused.append(word)
            else:
                self.add_key(*syllable.key)
        return refused

    def add_key(self, toneless: str, tone: int) -> None:
        """Learn one syllable given by its toneless spelling and tone."""
        if (toneless, tone) in self.keys:
            return
        self.keys.add((toneless, tone))
        if toneless not in self.toneless:
            self.toneless.add(toneless)
            self.plain.add(fold(toneless))
            self.by_length.setdefault(len(toneless), []).append(toneless)

    def weight(self, key: Key) -> float:
        """How common the syllable is, on a log scale (0 for one never seen in the corpus)."""
        return math.log1p(self.counts.get(key, 0))

    def tones_of(self, toneless: str) -> list[int]:
        """The tones with which *toneless* is in use, most frequent first."""
        tones = [tone for tone in range(6) if (toneless, tone) in self.keys]
        return sorted(tones, key=lambda tone: -self.counts.get((toneless, tone), 0))


def compile_syllables() -> str:
    """Return the text of syllables.tsv: words.txt's syllables, "toneless<TAB>tones" a line."""
    lexicon = Lexicon()
    for line in _lines("words.txt"):
        lexicon.add_words(line.split())
    lines = ["# Generated from words.txt by resources/spelling/make_lists.py: do not edit."]
    for toneless in sorted(lexicon.toneless):
        tones = "".join(str(t) for t in range(6) if (toneless, t) in lexicon.keys)
        lines.append(f"{toneless}\t{tones}")
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon built from the files that ship with the program (read once)."""
    lexicon = Lexicon()
    for line in _lines("syllables.tsv"):
        toneless, _, tones = line.partition("\t")
        for tone in tones.strip():
            lexicon.add_key(toneless, int(tone))
    for line in _lines("frequency.tsv"):
        word, _, count = line.partition("\t")
        syllable = parse(word)
        if syllable is not None and count.strip().isdigit():
            lexicon.counts[syllable.key] = int(count)
    lexicon.foreign = frozenset(
        word.lower() for line in _lines("foreign.txt") for word in line.split()
    )
    return lexicon
