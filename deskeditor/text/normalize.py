"""NFC normalisation and accent folding for search and file names."""

import re
import unicodedata

# đ/Đ have no canonical decomposition, so NFD + dropping marks leaves them alone.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
# What no output may carry: the C0 controls but tab, LF and CR; DEL and the C1
# controls (U+0085 among them); the noncharacters (U+FDD0-U+FDEF and the last two
# code points of every plane); the bidi embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069), which turn the rest of a Vietnamese line
# around on a web page. The Nu checker refuses them in HTML, XML 1.0 (Word)
# cannot hold most of them, and a NUL or ESC in a CSV reaches a terminal or a
# spreadsheet. One list for every exporter.
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)
# Half of a UTF-16 pair: no character at all. clean_text replaces it; the JSON reader refuses it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def nfc(text: str) -> str:
    """Return *text* in Unicode NFC (the only form the store keeps)."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """Drop the characters no export may carry; replace lone surrogates with U+FFFD."""
    return LONE_SURROGATE.sub("\ufffd", _NOT_TEXT.sub("", text))


def fold(text: str) -> str:
    """Return *text* lower-cased with every tone and mark removed ("Đồng" -> "dong").

    Both tone placements ("hòa", "hoà") fold to the same string because the
    marks are removed after canonical decomposition.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


def slugify(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug of *text* ("Hội nghị sơ kết" -> "hoi-nghi-so-ket")."""
    ascii_text = fold(text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        # Cut at a word boundary unless the limit already falls on one.
        if slug[max_length] != "-":
            cut = cut.rsplit("-", 1)[0] or cut
        slug = cut
    return slug.strip("-")
