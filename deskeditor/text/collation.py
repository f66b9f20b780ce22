"""Vietnamese alphabetical order (a ă â b c d đ … y, then tones, then case)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, overload

T = TypeVar("T")

SortKey = tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[int, ...]]

# f j w z are not Vietnamese letters but keep their ASCII place among them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Breve, circumflex and horn make new letters (ă â ê ô ơ ư), so they are primary.
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")
# Tones in dictionary order: huyền, hỏi, ngã, sắc, nặng (no tone is 0).
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_VOWELS = frozenset("aăâeêioôơuưy")

# Primary classes as in ICU's root order: spaces < punctuation < symbols < digits < letters.
_SPACE, _PUNCT, _SYMBOL, _DIGIT, _LETTER = range(5)
_CLASS_SHIFT = 0x200000  # above every code point, so the class decides first
# Common punctuation and symbols in ICU's order (a hyphen before a comma before
# a period); the rest follow by code point.
_PUNCT_ORDER = {ch: i for i, ch in enumerate("_-–—,;:!?.…·'‘’\"“”«»()[]{}§@*/\\&#%•`^°©+×<=>|~$₫€")}


def _primary(base: str) -> int:
    """Return the primary weight of one (lower-cased, composed) character."""
    rank = _LETTER_RANK.get(base)
    if rank is not None:
        return _LETTER * _CLASS_SHIFT + rank
    if base in _PUNCT_ORDER:
        return _PUNCT * _CLASS_SHIFT + _PUNCT_ORDER[base]
    category = unicodedata.category(base)
    if base.isspace():
        cls = _SPACE
    elif category[0] == "P":
        return _PUNCT * _CLASS_SHIFT + len(_PUNCT_ORDER) + ord(base)
    elif category[0] == "N":
        cls = _DIGIT
        digit = unicodedata.digit(base, -1)
        if digit >= 0:  # every script's digits sort by value, not code point
            return cls * _CLASS_SHIFT + digit
    elif category[0] == "L":
        return _LETTER * _CLASS_SHIFT + len(_ALPHABET) + ord(base)
    else:
        cls = _SYMBOL
    return cls * _CLASS_SHIFT + ord(base)


def _clusters(text: str) -> list[tuple[str, list[str]]]:
    """Split *text* into (base character, combining marks) pairs, after NFD."""
    clusters: list[tuple[str, list[str]]] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and clusters:
            clusters[-1][1].append(char)
        elif unicodedata.category(char) != "Cf":  # soft hyphen, zero-width: ignorable
            clusters.append((char, []))
    return clusters


def sort_key(text: str) -> SortKey:
    """Return a key that sorts strings in Vietnamese dictionary order.

    Levels, as in ICU: letters (case-insensitive), then tones and other
    accents compared over the whole string, then case (lower first). NFC and
    NFD input give the same key, and so do both tone placements ("hòa", "hoà").
    """
    primary: list[int] = []
    accents: list[list[int]] = []
    cases: list[int] = []
    letters: list[str] = []
    for base, marks in _clusters(text):
        lower = base.lower()
        letter_marks = "".join(m for m in marks if m in _LETTER_MARKS)
        composed = unicodedata.normalize("NFC", lower + letter_marks)
        if letter_marks and composed in _LETTER_RANK:
            lower = composed
            marks = [m for m in marks if m not in _LETTER_MARKS]
        primary.append(_primary(lower))
        letters.append(lower)
        # Non-Vietnamese accents (ü, ç, …) rank after the five tones.
        accents.append([_TONE_RANK.get(m, 6 + ord(m)) for m in marks])
        cases.append(1 if base.isupper() else 0)
    _move_tones_to_nucleus_start(letters, accents)
    return tuple(primary), tuple(tuple(a) for a in accents), tuple(cases)


def _move_tones_to_nucleus_start(letters: list[str], accents: list[list[int]]) -> None:
    """Move each tone to the first vowel of its vowel group, in place.

    Old and new spelling put the tone on different vowels ("hòa", "hoà");
    a fixed place makes both compare equal while tones still outrank case.
    """
    start = 0
    for index, letter in enumerate(letters):
        if letter not in _VOWELS:
            start = index + 1
            continue
        tones = [a for a in accents[index] if a <= 5]
        if tones and index != start and not any(a <= 5 for a in accents[start]):
            accents[index] = [a for a in accents[index] if a > 5]
            accents[start] = sorted(accents[start] + tones)


@overload
def sort_vietnamese(items: Iterable[str], key: None = None) -> list[str]: ...
@overload
def sort_vietnamese(items: Iterable[T], key: Callable[[T], str]) -> list[T]: ...
def sort_vietnamese(items: Iterable[Any], key: Callable[[Any], str] | None = None) -> list[Any]:
    """Return *items* sorted in Vietnamese order (by ``key(item)`` when given)."""
    if key is None:
        return sorted(items, key=sort_key)
    return sorted(items, key=lambda item: sort_key(key(item)))
