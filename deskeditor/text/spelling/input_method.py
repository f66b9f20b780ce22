"""Telex and VNI leftovers: keys an input method did not turn into marks ("vieejt", "vie65t")."""

from __future__ import annotations

import unicodedata

from deskeditor.text.spelling.syllable import parse, place_tone

# Telex: doubled vowels and w add a mark; a final s/f/r/x/j is the tone.
_TELEX_PAIRS = {"aa": "â", "ee": "ê", "oo": "ô", "aw": "ă", "ow": "ơ", "uw": "ư", "dd": "đ"}
_TELEX_TONES = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
# VNI: digits after the letters, 1-5 the tones, 6 circumflex, 7 horn, 8 breve, 9 đ.
_VNI_TONES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_VNI_MARKS = {"6": {"a": "â", "e": "ê", "o": "ô"}, "7": {"o": "ơ", "u": "ư"}, "8": {"a": "ă"}}


def _with_tone(toneless: str, tone: int) -> str | None:
    spelled = place_tone(toneless, tone, classic=True)
    return spelled if parse(spelled) else None


def from_telex(word: str) -> str | None:
    """Return the syllable the Telex keys *word* meant, or None ("vieejt" -> "việt")."""
    word = word.lower()
    if not word.isascii() or not word.isalpha():
        return None
    tone = 0
    if word[-1] in _TELEX_TONES and len(word) > 1:
        tone, word = _TELEX_TONES[word[-1]], word[:-1]
    elif any(ch in _TELEX_TONES for ch in word[1:-1]):
        # The tone key may come before the final consonant: "vieejt" is typed as often as "vieetj".
        for i in range(len(word) - 1, 0, -1):
            if word[i] in _TELEX_TONES and word[i + 1 :].isalpha():
                candidate = word[:i] + word[i + 1 :]
                if any(pair in candidate for pair in _TELEX_PAIRS) or candidate.endswith(
                    ("c", "t", "p", "ch", "n", "m", "ng", "nh", "i", "y", "o", "u")
                ):
                    tone, word = _TELEX_TONES[word[i]], candidate
                    break
    out, i = "", 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _TELEX_PAIRS:
            out += _TELEX_PAIRS[pair]
            i += 2
        elif word[i] == "w" and out and out[-1] in "ou":
            out = out[:-1] + {"o": "ơ", "u": "ư"}[out[-1]]
            i += 1
        else:
            out += word[i]
            i += 1
    if "w" in out:
        # "uow" and "ươ": a w after the pair marks both u and o.
        out = out.replace("uow", "ươ").replace("w", "")
    if out == word and tone == 0:
        return None
    return _with_tone(out, tone)


def from_vni(word: str) -> str | None:
    """Return the syllable the VNI keys *word* meant, or None ("vie65t" -> "việt")."""
    word = word.lower()
    if not word.isascii() or not any(ch.isdigit() for ch in word) or not word[0].isalpha():
        return None
    letters, tone = "", 0
    for ch in word:
        if ch in _VNI_TONES:
            tone = _VNI_TONES[ch]
        elif ch in _VNI_MARKS:
            for i in range(len(letters) - 1, -1, -1):
                if letters[i] in _VNI_MARKS[ch]:
                    letters = letters[:i] + _VNI_MARKS[ch][letters[i]] + letters[i + 1 :]
                    break
            else:
                return None
            if ch == "7" and "uơ" in letters:
                letters = letters.replace("uơ", "ươ")
        elif ch == "9":
            if "d" not in letters:
                return None
            letters = letters.replace("d", "đ", 1)
        elif ch.isalpha():
            letters += ch
        else:
            return None
    return _with_tone(unicodedata.normalize("NFC", letters), tone)
