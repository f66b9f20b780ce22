"""Detect and convert text pasted from TCVN3 (.VnTime) and VNI documents."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import TypeAlias

# In order of preference on a tie: VNI text misread as TCVN3 can look plausible
# ("coâng" -> "coõng"), while TCVN3 text hardly ever forms VNI pairs.
ENCODINGS = ("vni", "tcvn3")

# --- The table -------------------------------------------------------------


@dataclass(frozen=True)
class _Tables:
    tcvn3: dict[str, str]  # cp1252 character -> Unicode letter
    tcvn3_shared: frozenset[str]  # characters that stand for a capital and a small letter
    vni: dict[str, str]  # one or two cp1252 characters -> Unicode letter
    token: re.Pattern[str]  # a word, legacy symbols (¸ ¬ « soft hyphen …) included


@cache
def _tables() -> _Tables:
    """Read deskeditor/data/legacy-encodings.tsv once, on first use."""
    resource = files("deskeditor") / "data" / "legacy-encodings.tsv"
    lines = resource.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    col = {name: header.index(name) for name in ("unicode", "tcvn3_as_cp1252", "vni_as_cp1252")}
    tcvn3: dict[str, str] = {}
    shared: set[str] = set()
    vni: dict[str, str] = {}
    for line in lines[1:]:
        if not line.strip():
            continue
        fields = line.split("\t")
        letter = fields[col["unicode"]]
        legacy = fields[col["tcvn3_as_cp1252"]]
        if legacy in tcvn3:  # TCVN3 has one byte for both cases of toned letters
            shared.add(legacy)
            letter = min(letter, tcvn3[legacy], key=str.isupper)  # keep the small letter
        tcvn3[legacy] = letter
        vni[fields[col["vni_as_cp1252"]]] = fields[col["unicode"]]
    symbols = {ch for key in (*tcvn3, *vni) for ch in key if not ch.isalpha()}
    symbols.add("₫")  # byte FE (TCVN3 ỵ) read through code page 1258
    token = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f" + re.escape("".join(sorted(symbols))) + "])+")
    return _Tables(tcvn3, frozenset(shared), vni, token)


# --- Vietnamese syllables --------------------------------------------------

_TONES = frozenset("\u0300\u0309\u0303\u0301\u0323")
_STOP_TONES = frozenset("\u0301\u0323")  # syllables ending in c ch p t take only sắc or nặng
# fmt: off
_INITIALS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)
# Every rime (vowel nucleus and final) of standard spelling, without its tone.
_RIMES = frozenset(
    {
        "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "ăc", "ăm",
        "ăn", "ăng", "ăp", "ăt", "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây", "e", "ec", "em",
        "en", "eng", "eo", "ep", "et", "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu", "i", "ia",
        "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt",
        "iêu", "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat",
        "oay", "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet", "oc", "oi", "om",
        "on", "ong", "oong", "ooc", "op", "ot", "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ơ",
        "ơi", "ơm", "ơn", "ơp", "ơt", "u", "ua", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh",
        "uơ", "uy", "uya", "uych", "uyên", "uyêt", "uyn", "uynh", "uyt", "uyu", "uc", "ui", "um",
        "un", "ung", "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "up", "ut", "ư", "ưa", "ưc", "ưi",
        "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu", "y",
        "yêm", "yên", "yêng", "yêt", "yêu",
    }
)
# fmt: on
_FRONT = tuple("eêiy")


@lru_cache(maxsize=16384)  # pasted text repeats its words; this runs four times per word
def is_syllable(word: str) -> bool:
    """Return True if *word* is spelled like one Vietnamese syllable (any case)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = {ch for ch in decomposed if ch in _TONES}
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return any(
        base.startswith(initial) and _rime_fits(initial, base[len(initial) :], tones)
        for initial in _INITIALS
    )


def _rime_fits(initial: str, rime: str, tones: set[str]) -> bool:
    if initial == "gi" and rime.startswith("ê"):  # giếng, giết: the i of iê is dropped
        rime = "i" + rime
    if rime not in _RIMES:
        return False
    if rime.endswith(("c", "ch", "p", "t")) and not tones & _STOP_TONES:
        return False
    if initial in ("k", "gh", "ngh"):  # spelling rule: k, gh, ngh only before e ê i y
        return rime.startswith(_FRONT)
    if initial in ("c", "ng"):
        return not rime.startswith(_FRONT)
    if initial == "g":  # gì, gìn are g + i; ge, gê must be gh
        return not rime.startswith(("e", "ê"))
    return not (initial == "qu" and rime.startswith("u"))


# --- Decoding --------------------------------------------------------------

_O_HORN = frozenset("ơờởỡớợƠỜỞỠỚỢ")


def _decode_word(word: str, encoding: str) -> str:
    """Decode one token; characters outside the table stay as they are."""
    tables = _tables()
    if encoding == "tcvn3":
        decoded = "".join(tables.tcvn3.get(ch, ch) for ch in word)
        return _restore_dropped_u_horn(decoded)
    out: list[str] = []
    i = 0
    while i < len(word):  # VNI: two-character sequences first ("oâ" is ô, "ô" alone is ơ)
        pair = tables.vni.get(word[i : i + 2]) if i + 1 < len(word) else None
        if pair is not None:
            out.append(pair)
            i += 2
        else:
            out.append(tables.vni.get(word[i], word[i]))
            i += 1
    return "".join(out)


def _restore_dropped_u_horn(word: str) -> str:
    """Put back a TCVN3 ư lost with its soft hyphen: "trêng" -> "trờng" -> "trường"."""
    if is_syllable(word):
        return word
    for index, char in enumerate(word):
        if char in _O_HORN:
            candidate = word[:index] + ("Ư" if char.isupper() else "ư") + word[index:]
            if is_syllable(candidate):
                return candidate
    return word


def _case_of(source: str) -> str:
    """Classify a TCVN3 word as "upper", "lower" or "" (unknown) from its fixed-case letters."""
    tables = _tables()
    fixed = [tables.tcvn3.get(ch, ch) for ch in source if ch not in tables.tcvn3_shared]
    if any(ch.islower() for ch in fixed):
        return "lower"
    return "upper" if sum(ch.isupper() for ch in fixed) >= 2 else ""


def _restore_capitals(spans: list[tuple[int, int, str, str]]) -> list[str]:
    """Upper-case TCVN3 words whose fixed letters, or both neighbours, are capitals.

    TCVN3 toned capitals share the small letter's byte (only .VnTimeH fonts
    show them big), so "HéI" is read as "HộI"; the word's other letters tell.
    """
    shared = _tables().tcvn3_shared
    cases = [_case_of(source) for _, _, source, _ in spans]
    result: list[str] = []
    for index, (_, _, source, decoded) in enumerate(spans):
        case = cases[index]
        if not case and any(ch in shared for ch in source):
            before = next((c for c in reversed(cases[:index]) if c), "")
            after = next((c for c in cases[index + 1 :] if c), "")
            case = "upper" if {before, after} - {""} == {"upper"} else ""
        result.append(decoded.upper() if case == "upper" else decoded)
    return result


# --- How the legacy bytes reached us ---------------------------------------
# A reading turns one pasted word back into the cp1252 reading of its legacy
# bytes, or returns None for a word that cannot come from legacy bytes (true
# Unicode, which is then kept as it is).
Reading: TypeAlias = Callable[[str], str | None]


def _fits(text: str, codepage: str) -> bool:
    try:
        text.encode(codepage)
    except UnicodeEncodeError:
        return False
    return True


def _as_cp1252(word: str) -> str | None:
    """The usual paste: legacy bytes shown as Windows-1252."""
    return word if _fits(word, "cp1252") else None


@cache
def _cp1258_to_cp1252() -> dict[str, str]:
    """Map each cp1258 character to the cp1252 character of the same byte, where they differ."""
    mapping: dict[str, str] = {}
    for byte in range(0x80, 0x100):
        try:
            as_1258, as_1252 = bytes([byte]).decode("cp1258"), bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if as_1258 != as_1252:
            mapping[as_1258] = as_1252
    return mapping


def _from_cp1258(word: str) -> str | None:
    """Legacy bytes read through code page 1258 (Windows set to Vietnamese).

    That code page reads bytes such as CC or D2 as combining marks, which may
    then have merged with the letter before them ("ỉ" = "i" + D2).
    """
    mapping = _cp1258_to_cp1252()
    out: list[str] = []
    for char in word:
        if char in mapping or _fits(char, "cp1258"):
            out.append(mapping.get(char, char))
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        for keep in range(len(marks), -1, -1):  # "ờ" = "ơ" (F5) + grave (CC)
            head = unicodedata.normalize("NFC", base + marks[:keep])
            if len(head) == 1 and _fits(head, "cp1258") and all(m in mapping for m in marks[keep:]):
                out.append(mapping.get(head, head) + "".join(mapping[m] for m in marks[keep:]))
                break
        else:
            return None
    return "".join(out)


_READINGS: tuple[Reading, ...] = (_as_cp1252, _from_cp1258)


# --- Detection and conversion ----------------------------------------------


@dataclass(frozen=True)
class _Score:
    words: int  # tokens with at least one letter
    valid_after: int  # of those, Vietnamese syllables after decoding
    improved: int  # distinct words: not a syllable as pasted, a syllable after decoding
    worsened: int  # a syllable as pasted, not after

    @property
    def convincing(self) -> bool:
        # Two different repaired words at least (a French "où", a Portuguese
        # "mãe" repeated must not fire), few broken ones, and most of the text
        # reading as Vietnamese afterwards; with only two repairs, nearly all.
        share = 0.6 if self.improved > 2 else 0.8
        return (
            self.improved >= 2
            and self.worsened * 3 <= self.improved
            and self.valid_after >= share * self.words
        )

    @property
    def rank(self) -> tuple[int, int]:
        return self.improved - self.worsened, self.valid_after


def _score(text: str, encoding: str, reading: Reading) -> _Score:
    # Validity before decoding is judged on the word as pasted, so Unicode
    # Vietnamese (all syllables already) can never gain: no false alarm.
    words = valid_after = worsened = 0
    improved: set[str] = set()
    for match in _tables().token.finditer(text):
        word = match.group()
        if not any(ch.isalpha() for ch in word):
            continue  # a lone symbol ("3 × 4") says nothing
        words += 1
        source = reading(word)
        after = word if source is None else _decode_word(source, encoding)
        ok_before, ok_after = is_syllable(word), is_syllable(after)
        valid_after += ok_after
        if ok_after and not ok_before:
            improved.add(after.lower())
        worsened += ok_before and not ok_after
    return _Score(words, valid_after, len(improved), worsened)


def _best(text: str, encodings: tuple[str, ...]) -> tuple[str, Reading] | None:
    """Return the (encoding, reading) that explains *text* best, if any convinces."""
    if text.isascii():  # legacy text always has bytes above 7F
        return None
    best: tuple[tuple[int, int], str, Reading] | None = None
    for reading in _READINGS:  # the usual cp1252 reading wins ties
        for encoding in encodings:
            score = _score(text, encoding, reading)
            if score.convincing and (best is None or score.rank > best[0]):
                best = (score.rank, encoding, reading)
    return None if best is None else (best[1], best[2])


def _convert(text: str, encoding: str, reading: Reading) -> str:
    tables = _tables()
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        tokens = [(m, reading(m.group())) for m in tables.token.finditer(line)]
        decoded = [
            None if source is None else _decode_word(source, encoding) for _, source in tokens
        ]
        kinds = _resolve(
            [_kind(m.group(), after) for (m, _), after in zip(tokens, decoded, strict=True)]
        )
        spans = [
            (m.start(), m.end(), source, after)
            for (m, source), after, kind in zip(tokens, decoded, kinds, strict=True)
            if kind != _UNICODE and source is not None and after is not None
        ]
        words = _restore_capitals(spans) if encoding == "tcvn3" else [s[3] for s in spans]
        position = 0
        for (start, end, _, _), word in zip(spans, words, strict=True):
            out.append(line[position:start] + word)
            position = end
        out.append(line[position:])
    return unicodedata.normalize("NFC", "".join(out))


# What a pasted word is, for the conversion of a text found to be legacy as a whole.
_LEGACY, _UNICODE, _EITHER, _NEUTRAL = "legacy", "unicode", "either", "neutral"


def _kind(word: str, decoded: str | None) -> str:
    """Tell a pasted word's kind: legacy bytes, Unicode already, either, or the same either way.

    A word that cannot come from legacy bytes, or that is Vietnamese as it stands
    and would not be after decoding ("Báo" would turn into "Bỏo"), is Unicode: a
    half-converted document mixes both.
    """
    if decoded is None:
        return _UNICODE
    if decoded == word:
        return _NEUTRAL
    before, after = is_syllable(word), is_syllable(decoded)
    if before and not after:
        return _UNICODE
    return _EITHER if before and after else _LEGACY


def _resolve(kinds: list[str]) -> list[str]:
    """Give each word that reads as Vietnamese either way the kind of its nearest clear word.

    "chí" is a word, and so is "chớ", its TCVN3 reading: in "Đồng chí Nguyễn…" it
    is Unicode, in a legacy sentence legacy. With no clear word on its line it is
    legacy, since the text as a whole was found to be.
    """
    clear = [(i, kind) for i, kind in enumerate(kinds) if kind in (_LEGACY, _UNICODE)]
    resolved = []
    for index, kind in enumerate(kinds):
        if kind == _EITHER:
            nearest = min(clear, key=lambda item: abs(item[0] - index), default=None)
            kind = nearest[1] if nearest is not None else _LEGACY
        resolved.append(kind)
    return resolved


def detect_legacy(text: str) -> str | None:
    """Return "tcvn3" or "vni" if *text* is pasted legacy Vietnamese, else None."""
    found = _best(text, ENCODINGS)
    return None if found is None else found[0]


def convert_legacy(text: str, encoding: str) -> str:
    """Return *text*, read as *encoding* ("tcvn3" or "vni"), as NFC Unicode.

    Words that hold characters no legacy paste can produce are kept as they
    are. TCVN3 toned capitals come back small unless the word or both its
    neighbours are in capitals.
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")
    found = _best(text, (encoding,))
    return _convert(text, encoding, _as_cp1252 if found is None else found[1])


def legacy_to_unicode(text: str) -> tuple[str, str] | None:
    """Return (encoding, converted text) if *text* is legacy Vietnamese, else None."""
    found = _best(text, ENCODINGS)
    return None if found is None else (found[0], _convert(text, *found))
