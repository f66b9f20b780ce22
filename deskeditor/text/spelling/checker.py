"""Find the words of a text that cannot be Vietnamese, and leave alone what is not meant to be.

Each word is checked on its own as a syllable (see :mod:`.syllable`). What is
not checked: abbreviations and words in capitals (UBND, TĐKT), words with
capitals inside (iPhone, VNeID), anything with a digit (H5N1, 24/7, 5G),
URLs and e-mail addresses, the office's word list and the words ignored for
the article. A capitalised word inside a sentence is a name: it needs only
the structure of a syllable (place names of the mountains and the Central
Highlands included: "Bản Giốc", "Nậm Pồ", "Đắk Lắk", "Krông Búk"). A
capitalised word that opens a sentence may be any word, so there its
syllable must be one in use, whatever its tone ("Phìn", not "Hộu"). A
capitalised word in plain Latin letters that cannot be Vietnamese is a
foreign name ("Google", "Smith"). Lower-case words must also
be in the word list, or be common foreign words ("online"). A run of words in
plain Latin letters of which at least two, and at least half, cannot be
Vietnamese is a foreign phrase and is left alone ("The key is to keep it").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from deskeditor.text.normalize import nfc
from deskeditor.text.spelling.input_method import from_vni
from deskeditor.text.spelling.lexicon import Lexicon, default_lexicon
from deskeditor.text.spelling.syllable import parse

# A letter, then letters and combining marks (NFD text keeps its marks apart).
WORD = re.compile(r"[^\W\d_][^\W\d_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W\d_]*)*")
# What is skipped whole: URLs, domain names, e-mail addresses, anything with a digit.
_TOKEN = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)\S+"
    r"|\S*@\S+"
    r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b(?:[/:?#]\S*)?"
    r"|(?P<digits>[^\s\d]*\d\S*)"
    r"|(?P<word>" + WORD.pattern + ")"
)
_EDGE = re.compile(r"^[^\w]+|[^\w\u0300-\u036f]+$")
# What may stand between the end of a sentence and its first word.
_OPENERS = frozenset("\"'“”‘’«»([{-–—•*")
_SENTENCE_ENDS = frozenset(".!?…:")
_LAST_WORD = re.compile("(" + WORD.pattern + r")[ \t\u00a0\-–]*\Z")
# Words after which a capitalised word is the first syllable of a name: places and people.
_NAME_MARKERS = frozenset((
    "xã", "huyện", "tỉnh", "thôn", "bản", "làng", "buôn", "ấp", "xóm", "phố", "phường", "quận",
    "trấn", "thị", "đồn", "bến", "cầu", "đảo", "vịnh", "thác", "đèo", "núi", "đỉnh", "sông",
    "suối", "hồ", "động", "hang", "chợ", "cửa", "khẩu", "đường", "khu", "mường", "vùng", "miền",
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "con", "dân", "tộc", "người",
))  # fmt: skip
_VNI_CHUNK = re.compile(r"^[a-z]+[1-9][a-z1-9]*$")

_REMEMBERED = 200_000  # verdicts kept per checker
OK, FLAG, LATIN = "ok", "flag", "latin"  # LATIN: plain letters, not Vietnamese, maybe foreign


@dataclass(frozen=True)
class Misspelling:
    """A word that cannot be Vietnamese: its place in the text (code points) and its spelling."""

    start: int
    end: int
    word: str


def word_key(word: str) -> str:
    """The form in which accepted words are compared: NFC, lower case."""
    return nfc(word).lower()


def _plain(word: str) -> bool:
    return word.isascii()


class SpellChecker:
    """Checks texts against one lexicon and a set of words accepted by the office or the user."""

    def __init__(self, lexicon: Lexicon | None = None, accepted: Iterable[str] = ()) -> None:
        self.lexicon = lexicon if lexicon is not None else default_lexicon()
        self._accepted: set[str] = {word_key(w) for w in accepted}
        self._verdicts: dict[str, str] = {}

    # ------------------------------------------------------------ accepted words

    def accept(self, words: Iterable[str]) -> None:
        """Accept *words* from now on (the office's list, words ignored in an article)."""
        self._accepted.update(word_key(w) for w in words)
        self._verdicts.clear()

    def set_accepted(self, words: Iterable[str]) -> None:
        """Accept exactly *words* besides the lexicon."""
        self._accepted = {word_key(w) for w in words}
        self._verdicts.clear()

    def is_accepted(self, word: str) -> bool:
        """Tell whether *word* is on the accepted list."""
        return word_key(word) in self._accepted

    # ------------------------------------------------------------ one word

    def verdict(self, word: str) -> str:
        """Return OK, FLAG or LATIN for one word met in running text (cached)."""
        found = self._verdicts.get(word)
        if found is None:
            if len(self._verdicts) > _REMEMBERED:
                self._verdicts.clear()  # a long day's typing: start again rather than grow
            found = self._verdicts[word] = self._judge(word)
        return found

    def _judge(self, word: str) -> str:
        if len(word) > 1 and (word.isupper() or word[:2].isupper()):
            return OK  # UBND, TĐKT, VNeID
        if any(ch.isupper() for ch in word[1:]):
            if _plain(word):
                return OK  # iPhone, eOffice
            word = word.lower()  # "hTông": a slip of the Shift key
        lower = word_key(word)
        if lower in self._accepted or lower in self.lexicon.foreign:
            return OK
        if word[0].isupper():
            if len(word) == 1 or self._is_name(lower):
                return OK
            if not _plain(word):
                return FLAG
            # Plain letters that cannot be Vietnamese: a foreign name ("Google"), unless
            # one key away from a Vietnamese syllable ("Hpi" for "Hội").
            return LATIN if self._near_syllable(lower) else OK
        syllable = parse(lower)
        if syllable is not None and syllable.key in self.lexicon.keys:
            return OK
        return LATIN if _plain(word) else FLAG

    def _name_syllable(self, lower: str) -> bool:
        syllable = parse(lower)
        if syllable is not None:
            # A name may carry a tone the word list lacks ("Phìn"), not unknown letters.
            return syllable.toneless in self.lexicon.toneless
        return parse(lower, names=True) is not None  # "Krông", "Đắk", "Kon"

    def _is_name(self, lower: str) -> bool:
        """Tell whether *lower* can be a name: one syllable, or two of a Central Highlands name."""
        if self._name_syllable(lower):
            return True
        # "Akô": two syllables written as one, one of them of the Highlands' own shapes.
        return any(
            _base(lower[i]) not in "aeiouy"
            and (parse(lower[:i]) is None or parse(lower[i:]) is None)
            and self._name_syllable(lower[:i])
            and self._name_syllable(lower[i:])
            for i in range(1, len(lower))
        )

    def _near_syllable(self, lower: str) -> bool:
        """Tell whether one key more, less, changed or swapped makes *lower* a syllable in use."""
        plain = self.lexicon.plain
        letters = "abcdeghiklmnopqrstuvxy"
        for i in range(len(lower) + 1):
            if i < len(lower) and lower[:i] + lower[i + 1 :] in plain:
                return True
            if i + 1 < len(lower) and lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :] in plain:
                return True
            for ch in letters:
                if lower[:i] + ch + lower[i:] in plain:
                    return True
                if i < len(lower) and lower[:i] + ch + lower[i + 1 :] in plain:
                    return True
        return False

    def is_correct(self, word: str) -> bool:
        """Tell whether the single *word*, out of context, is accepted."""
        return self.verdict(word) == OK

    # ------------------------------------------------------------ a text

    def check(self, text: str) -> list[Misspelling]:
        """Return the misspelt words of *text* (one paragraph or more), in order."""
        found: list[Misspelling] = []
        run: list[tuple[int, int, str, str]] = []  # a run of words in plain Latin letters
        latin = 0  # how many words of the run may be misspelt

        def close_run() -> None:
            foreign = sum(
                1
                for _, _, w, v in run
                if v == LATIN or v == OK and w[0].isupper() and parse(w.lower()) is None
            )
            if not (foreign >= 2 and 2 * foreign >= len(run)):
                found.extend(Misspelling(s, e, w) for s, e, w, v in run if v == LATIN)

        verdicts = self._verdicts
        for match in _TOKEN.finditer(text):
            word = match.group("word")
            if word is None:
                chunk = match.group("digits")
                core = _EDGE.sub("", chunk) if chunk else ""
                if core and _VNI_CHUNK.match(core) and self._vni_word(core):
                    start = match.start() + chunk.index(core)
                    found.append(Misspelling(start, start + len(core), core))
                continue
            verdict = verdicts.get(word) or self.verdict(word)
            if verdict != OK and self._name_in_sentence(text, match.start(), word):
                verdict = OK
            if word.isascii():
                run.append((match.start(), match.end(), word, verdict))
                latin += verdict == LATIN
                continue
            if latin:
                close_run()
            if run:
                run.clear()
                latin = 0
            if verdict == FLAG:
                found.append(Misspelling(match.start(), match.end(), word))
        if latin:
            close_run()
        found.sort(key=lambda m: m.start)
        return found

    def _name_in_sentence(self, text: str, start: int, word: str) -> bool:
        """Tell whether *word*, at *start* of *text*, is a name inside a sentence ("xã Pác Nặm")."""
        if not word[0].isupper() or len(word) > 1 and word[1].isupper():
            return False
        lower = word_key(word)
        if parse(lower) is None and parse(lower, names=True) is None:
            return False
        # The word before, in the same sentence: a name's first syllable follows a word
        # like "xã" or "ông", its next ones follow the first ("thác Bản Giốc", "Nậm Pồ").
        before = text[max(0, start - 40) : start]
        previous = _LAST_WORD.search(before)
        if previous is None:
            return False  # a comma, a full stop or nothing before
        last = previous.group(1)
        if last[0].isupper():
            return not self._starts_sentence(text, start - len(before) + previous.start(1))
        return word_key(last) in _NAME_MARKERS

    @staticmethod
    def _starts_sentence(text: str, start: int) -> bool:
        i = start - 1
        while i >= 0 and (text[i].isspace() or text[i] in _OPENERS):
            if text[i] in "\n\r\u2029\u2028":
                return True
            i -= 1
        return i < 0 or text[i] in _SENTENCE_ENDS

    def _vni_word(self, chunk: str) -> bool:
        word = from_vni(chunk)
        syllable = parse(word) if word else None
        return syllable is not None and syllable.key in self.lexicon.keys

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        """Return likely corrections of *word*, the most likely first."""
        from deskeditor.text.spelling.suggest import suggestions

        return suggestions(word, self.lexicon, limit)


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]
