"""The structure of a written Vietnamese syllable: onset, medial, nucleus, coda and tone.

A syllable is read into a :class:`Syllable` (or refused with None) from its
lower-case NFC or NFD form. The rules are the orthography's, not a word
list's: which onsets exist and where ``gh``/``ngh``/``k``/``c``/``q`` may
stand, which rhymes exist and which take the medial ``o``/``u``, where the
tone mark may sit (both "hoà" and "hòa" are right), and that a syllable
closed by -p/-t/-c/-ch takes only the sắc or nặng tone.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Tone marks as combining characters; ngang (level) has none.
NGANG, SAC, HUYEN, HOI, NGA, NANG = range(6)
TONE_MARKS = {"\u0301": SAC, "\u0300": HUYEN, "\u0309": HOI, "\u0303": NGA, "\u0323": NANG}
TONE_CHARS = {tone: mark for mark, tone in TONE_MARKS.items()}
# Marks that make a different letter (â ă ê ô ơ ư), by the base letters that take them.
SHAPE_MARKS = {"\u0302": "aeo", "\u0306": "a", "\u031b": "ou"}

VOWELS = frozenset("aăâeêioôơuưy")
STOP_CODAS = frozenset({"c", "ch", "p", "t"})

# Longest first, so that "ngh" is tried before "ng" and "g".
ONSETS = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
# Names of places of the Central Highlands and foreign names in Vietnamese spelling
# ("Đắk Lắk", "Krông Pắc", "Kon Tum", Tày "Phja Đén"): accepted only in capitalised words.
NAME_ONSETS = (
    "mdr", "str", "phj", "kr", "kd", "ks", "bl", "pl", "pr", "dr", "dh", "hr", "hm", "ml", "by", "gl",
)  # fmt: skip
NAME_CODAS = ("k",)  # after ă or u: "Đắk", "Lắk", "Krông Búk"
NAME_CORES = frozenset({"ea", "iê", "uô", "ươ"})
_NAME_K_VOWELS = frozenset("ău")

# Every rhyme without its medial, by nucleus. Rare rhymes are kept: whether a
# syllable is in use is the word list's business, not the structure's.
_CORES = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ich im in inh ip it iu ia
iêc iêm iên iêng iêp iêt iêu
yêm yên yêng yêt yêu ya
y ych ynh yp yt yu
o oc oi om on ong op ot ooc oong
ô ôc ôi ôm ôn ông ôp ôt
ơ ơc ơi ơm ơn ơp ơt
u uc ui um un ung up ut
ua uôc uôi uôm uôn uông uôt
ư ưc ưi ưm ưn ưng ưt ưu ưa
ươc ươi ươm ươn ương ươp ươt ươu
"""
CORES = frozenset(_CORES.split())
# Rhymes that take the medial /w/: written "o" before a, ă, e; "u" before â, ê, y, ơ.
MEDIAL_O_CORES = frozenset(
    [
        "a",
        "ac",
        "ach",
        "ai",
        "am",
        "an",
        "ang",
        "anh",
        "ao",
        "ap",
        "at",
        "ay",
        "ăc",
        "ăm",
        "ăn",
        "ăng",
        "ăp",
        "ăt",
        "e",
        "en",
        "eo",
        "et",
        "ec",
        "em",
    ]
)
MEDIAL_U_CORES = frozenset(
    [
        "ân",
        "âng",
        "ât",
        "ây",
        "âc",
        "ê",
        "êch",
        "ênh",
        "ên",
        "êt",
        "y",
        "ych",
        "ynh",
        "yp",
        "yt",
        "yu",
        "ya",
        "yên",
        "yêt",
        "ơ",
        "ơn",
    ]
)
# After q the medial is always written u; "qui" is an accepted spelling of "quy".
QU_CORES = MEDIAL_O_CORES | MEDIAL_U_CORES | {"i", "it", "ynh", "ôc"}
FRONT = ("i", "e", "ê", "y")  # the vowels before which k, gh and ngh are written


@dataclass(frozen=True)
class Syllable:
    """A syllable read into its parts; *toneless* keeps the letter marks (â, ơ, …)."""

    onset: str
    medial: str
    core: str  # the rhyme without its medial: nucleus and coda
    tone: int
    toneless: str

    @property
    def coda(self) -> str:
        """The final consonant or glide of the rhyme ("" when open)."""
        for ending in ("ch", "ng", "nh", "c", "m", "n", "p", "t", "i", "y", "o", "u"):
            rest = self.core[: -len(ending)]
            if self.core.endswith(ending) and rest and all(ch in VOWELS for ch in rest):
                # "ia", "ua", "ưa": the a belongs to the nucleus.
                return ending
        return ""

    @property
    def key(self) -> tuple[str, int]:
        """The syllable whatever its tone placement: (toneless spelling, tone)."""
        return self.toneless, self.tone

    def spelled(self, *, classic: bool = False) -> str:
        """The syllable in NFC, the tone placed by the new rule ("hoà") or the classic one ("hòa")."""
        return place_tone(self.toneless, self.tone, self.onset, self.medial, classic=classic)


def split_marks(word: str) -> tuple[str, int, int] | None:
    """Return (toneless NFC word, tone, index of the toned letter), or None.

    None when the word has two tone marks, a mark on a letter that cannot
    take it, or a character that is not a lower-case Vietnamese letter.
    """
    letters: list[str] = []
    tone, tone_at = NGANG, -1
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONE_MARKS:
            if tone != NGANG or not letters or letters[-1][0] not in "aeiouy":
                return None
            tone, tone_at = TONE_MARKS[ch], len(letters) - 1
        elif ch in SHAPE_MARKS:
            if not letters or len(letters[-1]) > 1 or letters[-1] not in SHAPE_MARKS[ch]:
                return None
            letters[-1] += ch
        elif "a" <= ch <= "z" or ch == "đ":
            letters.append(ch)
        else:
            return None
    toneless = unicodedata.normalize("NFC", "".join(letters))
    return toneless, tone, tone_at


def _split_onset(toneless: str, extra_onsets: tuple[str, ...]) -> tuple[str, str]:
    for onset in extra_onsets + ONSETS:
        if toneless.startswith(onset):
            rest = toneless[len(onset) :]
            if onset == "gi" and (not rest or rest[0] not in VOWELS or rest[0] == "ê"):
                # "gì", "gìn": the i is the nucleus; "giết", "giêng": the i of iê is not written.
                return "gi", "i" + rest
            return onset, rest
    return "", toneless


def _split_medial(onset: str, rest: str) -> tuple[str, str]:
    if onset == "qu":
        return "u", rest
    if len(rest) > 1 and rest[0] == "o" and rest[1] in "aăe":
        return "o", rest[1:]
    if len(rest) > 1 and rest[0] == "u" and rest[1] in "âêyơ":
        return "u", rest[1:]
    return "", rest


def _onset_fits(onset: str, medial: str, core: str) -> bool:
    front = core.startswith(FRONT) and not medial
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng"):
        return not front and not (onset == "c" and medial)
    if onset == "gi":
        return not medial
    return True


def _core_fits(onset: str, medial: str, core: str) -> bool:
    if onset == "qu":
        return core in QU_CORES
    if medial == "o":
        return core in MEDIAL_O_CORES
    if medial == "u":
        return core in MEDIAL_U_CORES
    if core.startswith("yê"):
        return not onset  # "yên"; after a consonant it is written iê ("tiên")
    if core.startswith("iê"):
        return bool(onset)
    # "ya", "ych", "ynh", "yt", "yu" only after the medial u: "khuya", "huỳnh", "quýt".
    return not (core == "ya" or core[:2] in ("yc", "yn", "yp", "yt", "yu"))


def tone_positions(toneless: str, onset: str, medial: str) -> tuple[int, ...]:
    """Return where the tone mark may sit in *toneless* (first: the new rule's place)."""
    start = (
        len(onset)
        + (len(medial) if onset != "qu" else 0)
        - (1 if onset == "gi" and toneless[2:3] not in VOWELS else 0)
    )
    if onset == "gi" and toneless[2:3] == "ê":
        start = 2
    core = toneless[start:]
    places: list[int] = []
    for i, ch in enumerate(core):
        if ch in "âăêôơư":
            places.append(start + i)  # the letter with a mark, the last one in "ươ"
    if places:
        return (places[-1],)
    if core[:2] in ("ia", "ua", "ưa", "ya") and len(core) == 2:
        place = start
    elif len(core) >= 2 and core[0] in VOWELS and core[1] in VOWELS and core[:2] not in ("oo",):
        place = start  # "ai", "ao", "eo", "oi", "ui", "iu": on the first
    else:
        place = start + (1 if core[:2] == "oo" else 0)
    if medial and len(core) == 1 and medial in "ou" and onset != "qu":
        return (place, place - 1)  # "hoà" and "hòa", "thuỷ" and "thủy"
    return (place,)


def structure(toneless: str, *, names: bool = False) -> tuple[str, str, str] | None:
    """Split a toneless syllable into (onset, medial, core), or return None if it cannot be one."""
    onset, rest = _split_onset(toneless, NAME_ONSETS if names else ())
    medial, core = _split_medial(onset, rest)
    if not core:
        return None
    if core not in CORES:
        if not (
            names
            and (core in NAME_CORES or core[-1:] in NAME_CODAS and core[:-1] in _NAME_K_VOWELS)
        ):
            return None
    elif not (_onset_fits(onset, medial, core) and _core_fits(onset, medial, core)) and not (
        # Names keep the rules, but for "k" before any vowel ("Kon Tum") and their own onsets.
        names and (onset in NAME_ONSETS or onset == "k" and not medial)
    ):
        return None
    return onset, medial, core


@lru_cache(maxsize=65536)
def parse(word: str, *, names: bool = False) -> Syllable | None:
    """Read the lower-case *word* as one syllable, or return None if it cannot be one.

    With *names*, the onsets and codas of Central Highlands place names are
    accepted too ("krông", "đắk").
    """
    marks = split_marks(word)
    if marks is None:
        return None
    toneless, tone, tone_at = marks
    parts = structure(toneless, names=names)
    if parts is None:
        return None
    onset, medial, core = parts
    syllable = Syllable(onset, medial, core, tone, toneless)
    coda = syllable.coda if core in CORES else "k"
    if coda in STOP_CODAS and tone not in (SAC, NANG):
        return None  # "Đắk" and "Đăk" are both written: the names' k takes any tone
    if tone != NGANG and tone_at not in tone_positions(toneless, onset, medial):
        return None
    return syllable


def place_tone(
    toneless: str, tone: int, onset: str = "", medial: str = "", *, classic: bool = False
) -> str:
    """Put *tone* on *toneless* where the new rule places it ("hoà"), or the classic one ("hòa").

    Returns NFC.
    """
    if tone == NGANG:
        return toneless
    if not onset and not medial:
        parts = structure(toneless, names=True)
        if parts is not None:
            onset, medial = parts[0], parts[1]
    at = tone_positions(toneless, onset, medial)[-1 if classic else 0]
    return unicodedata.normalize("NFC", toneless[: at + 1] + TONE_CHARS[tone] + toneless[at + 1 :])
