"""Corrections for a misspelt syllable, the most likely first.

A candidate's cost is a weighted edit distance between the toneless
spellings (a neighbouring key or a missing mark costs less than any other
letter), plus the cost of changing the tone, less a little for a syllable
that is common in the corpus. Telex and VNI leftovers ("vieejt") and a tone
mark on the wrong vowel ("tóan") are corrected first.
"""

from __future__ import annotations

import unicodedata

from deskeditor.text.spelling.input_method import from_telex, from_vni
from deskeditor.text.spelling.lexicon import Lexicon
from deskeditor.text.spelling.syllable import TONE_MARKS, parse, place_tone, split_marks

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_SHIFT = (0.0, 0.25, 0.75)
_PLACE = {ch: (r, c + _SHIFT[r]) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
# Letters that differ only by a mark: typing the letter and forgetting the mark.
_BASE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d"}


def base_letter(ch: str) -> str:
    """The key a letter is typed with ("ơ" -> "o")."""
    return _BASE.get(ch, ch)


def adjacent(a: str, b: str) -> bool:
    """Tell whether keys *a* and *b* are neighbours on a QWERTY keyboard."""
    pa, pb = _PLACE.get(base_letter(a)), _PLACE.get(base_letter(b))
    if pa is None or pb is None or pa == pb:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


def neighbours(key: str) -> str:
    """The keys next to *key*."""
    return "".join(ch for ch in _PLACE if adjacent(key, ch))


# A letter left out is a little likelier than one typed too many.
_INSERT, _DELETE = 0.65, 0.8


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if base_letter(a) == base_letter(b):
        return 0.3  # a mark added, dropped or changed
    if {a, b} == {"i", "y"}:
        return 0.4
    if adjacent(a, b):
        return 0.6
    return 1.0


def distance(a: str, b: str, limit: float = 2.0) -> float:
    """Weighted Damerau-Levenshtein distance between two toneless spellings."""
    if abs(len(a) - len(b)) * 0.7 > limit:
        return limit + 1
    previous2: list[float] = []
    previous = [j * _INSERT for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        row = [i * _DELETE]
        for j, cb in enumerate(b, 1):
            # A doubled letter costs little to add or drop ("trongg").
            insert = 0.5 if j > 1 and b[j - 2] == cb else _INSERT
            delete = 0.5 if i > 1 and a[i - 2] == ca else _DELETE
            cost = min(
                previous[j] + delete,
                row[j - 1] + insert,
                previous[j - 1] + _substitution(ca, cb),
            )
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 0.6)
            row.append(cost)
        previous2, previous = previous, row
        if min(row) > limit:
            return limit + 1
    return previous[-1]


def _strip(word: str) -> tuple[str, int]:
    """The word's letters without tone (keeping â, ơ, …) and its first tone, for any input."""
    marks = split_marks(word)
    if marks is not None:
        return marks[0], marks[1]
    tone, kept = 0, []
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONE_MARKS:
            tone = tone or TONE_MARKS[ch]
        elif ch.isalpha() or unicodedata.combining(ch):
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


# The spelling rules people trip on: k/gh/ngh before i, e, ê; c/g/ng elsewhere; qu.
_ONSET_FIXES = (
    ("ngh", "ng"),
    ("ng", "ngh"),
    ("gh", "g"),
    ("g", "gh"),
    ("k", "c"),
    ("c", "k"),
    ("q", "qu"),
)


def _rule_fixes(word: str) -> list[str]:
    fixes = [new + word[len(old) :] for old, new in _ONSET_FIXES if word.startswith(old)]
    return [fix for fix in fixes if not fix.startswith("ngg")]


def _match_case(word: str, model: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def suggestions(word: str, lexicon: Lexicon, limit: int = 6) -> list[str]:
    """Return up to *limit* corrections of *word*, the most likely first."""
    lower = unicodedata.normalize("NFC", word).lower()
    scored: dict[str, float] = {}
    for decoded in (from_telex(lower), from_vni(lower)):
        syllable = parse(decoded) if decoded else None
        if syllable is not None and syllable.key in lexicon.keys:
            scored[syllable.spelled(classic=True)] = -10.0
    for fixed in _rule_fixes(lower):
        syllable = parse(fixed)
        if syllable is not None and syllable.key in lexicon.keys:
            scored.setdefault(syllable.spelled(classic=True), -5.0)
    toneless, tone = _strip(lower)
    for length in range(len(toneless) - 2, len(toneless) + 3):
        for candidate in lexicon.by_length.get(length, ()):
            cost = distance(toneless, candidate)
            if cost > 2.0:
                continue
            for candidate_tone in lexicon.tones_of(candidate):
                if candidate_tone == tone:
                    tone_cost = 0.0
                elif tone == 0:
                    # A tone forgotten; or typed on the letter that was left out ("tuyt").
                    tone_cost = 0.15 if len(candidate) > len(toneless) else 0.35
                else:
                    tone_cost = 0.7
                key = (candidate, candidate_tone)
                total = cost + tone_cost - 0.08 * lexicon.weight(key)
                spelled = place_tone(candidate, candidate_tone, classic=True)
                if spelled != lower and total < scored.get(spelled, 99.0):
                    scored[spelled] = total
    ranked = sorted(scored, key=lambda s: (scored[s], s))
    return [_match_case(s, word) for s in ranked[:limit]]
