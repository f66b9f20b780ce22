"""Find and replace in Vietnamese text: match case, whole word, ignore tones and marks.

The text is compared one *cluster* at a time (a base character with the
combining marks after it), each cluster turned into a key: composed (NFC),
lower-cased unless case matters, and stripped of tones and marks when they are
ignored ("Hội" -> "hoi", "Đ" -> "d"). A match found among the keys is mapped
back to whole clusters of the original text, so the positions returned always
cover exactly the characters that matched, whether the text came in NFC or
NFD and however long each key is ("ß" lower-cases to itself, "İ" to two
characters).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from deskeditor.text.normalize import nfc

# đ/Đ have no canonical decomposition: dropping marks leaves them alone.
_STRIP_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


@dataclass(frozen=True)
class FindOptions:
    """How a query matches: case, whole words only, tones and marks ignored."""

    match_case: bool = False
    whole_word: bool = False
    ignore_marks: bool = False


@dataclass(frozen=True)
class Match:
    """One match: the characters ``text[start:end]`` (Python string indices)."""

    start: int
    end: int


@lru_cache(maxsize=4096)  # an article has a few hundred distinct letters at most
def _key(cluster: str, options: FindOptions) -> str:
    """Return what *cluster* is compared as under *options*."""
    if options.ignore_marks:
        decomposed = unicodedata.normalize("NFD", cluster.translate(_STRIP_EXTRA))
        cluster = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cluster = nfc(cluster)
    return cluster if options.match_case else cluster.lower()


def _clusters(text: str) -> list[tuple[int, int]]:
    """Split *text* into (start, end) spans of a base character and its combining marks."""
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if spans and unicodedata.combining(char):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _keyed(text: str, options: FindOptions) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Return the keys of *text* joined, the cluster of each key character, and the clusters."""
    spans = _clusters(text)
    keys: list[str] = []
    owner: list[int] = []
    for number, (start, end) in enumerate(spans):
        key = _key(text[start:end], options)
        keys.append(key)
        owner.extend([number] * len(key))
    return "".join(keys), owner, spans


def is_word_char(char: str) -> bool:
    """Tell whether *char* belongs to a word (a letter of any script, a digit, a mark)."""
    return char.isalnum() or char == "_" or unicodedata.combining(char) != 0


def find_all(text: str, query: str, options: FindOptions | None = None) -> list[Match]:
    """Return every match of *query* in *text*, in order and not overlapping."""
    options = options or FindOptions()
    needle, _, _ = _keyed(query, options)
    if not needle:
        return []
    haystack, owner, spans = _keyed(text, options)
    matches: list[Match] = []
    at = haystack.find(needle)
    while at >= 0:
        first, last = owner[at], owner[at + len(needle) - 1]
        start, end = spans[first][0], spans[last][1]
        # A match must take whole clusters; one that starts inside a key ("ss" of "ß") is skipped.
        whole = (at == 0 or owner[at - 1] != first) and (
            at + len(needle) == len(owner) or owner[at + len(needle)] != last
        )
        if whole and (not options.whole_word or _stands_alone(text, start, end)):
            matches.append(Match(start, end))
            at = haystack.find(needle, at + len(needle))
        else:
            at = haystack.find(needle, at + 1)
    return matches


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` has no word character right before or after it."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not (before and is_word_char(before)) and not (after and is_word_char(after))


def fit_case(found: str, replacement: str, options: FindOptions | None = None) -> str:
    """Return *replacement* (NFC) in the case of *found*, as Word does without "match case".

    A replacement typed all in small letters takes capitals where the text it
    replaces had them: "hội thảo" replacing "Hội nghị" at the start of a sentence
    gives "Hội thảo", and replacing "HỘI NGHỊ" gives "HỘI THẢO". A replacement
    with a capital of its own is written as typed.
    """
    replacement = nfc(replacement)
    if (options and options.match_case) or replacement != replacement.lower():
        return replacement
    letters = [char for char in found if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return replacement.upper()
    if letters and letters[0].isupper():
        index = next((i for i, char in enumerate(replacement) if char.isalpha()), None)
        if index is not None:
            return replacement[:index] + replacement[index].upper() + replacement[index + 1 :]
    return replacement


def replace_all(
    text: str, query: str, replacement: str, options: FindOptions | None = None
) -> tuple[str, int]:
    """Return *text* with every match of *query* replaced (NFC, case fitted), and the count."""
    matches = find_all(text, query, options)
    parts: list[str] = []
    last = 0
    for match in matches:
        found = text[match.start : match.end]
        parts += [text[last : match.start], fit_case(found, replacement, options)]
        last = match.end
    parts.append(text[last:])
    return "".join(parts), len(matches)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offset(text: str, index: int) -> int:
    """Return the UTF-16 offset of ``text[index]`` (what Qt counts as a position)."""
    return index + len(_ASTRAL.findall(text, 0, index))


def step(count: int, current: int | None, forward: bool) -> tuple[int, bool]:
    """Return the match after (or before) *current* among *count*, and whether it wrapped.

    With no current match, going forward starts at the first and back at the last.
    """
    if count <= 0:
        raise ValueError("no match to go to")
    if current is None:
        return (0, False) if forward else (count - 1, False)
    target = current + (1 if forward else -1)
    if 0 <= target < count:
        return target, False
    return target % count, True
