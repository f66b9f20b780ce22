"""NFC normalisation and accent folding for search and file names."""

import re
import unicodedata

# đ/Đ have no canonical decomposition, so NFD + dropping marks leaves them alone.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def nfc(text: str) -> str:
    """Return *text* in Unicode NFC (the only form the store keeps)."""
    return unicodedata.normalize("NFC", text)


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
