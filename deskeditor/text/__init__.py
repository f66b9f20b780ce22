"""Vietnamese text helpers: normalisation, folding, sorting, dates, legacy encodings."""

from deskeditor.text.normalize import fold, nfc, slugify

__all__ = ["fold", "nfc", "slugify"]
