"""Vietnamese text helpers: normalisation, folding, sorting, dates.

Legacy encodings (:mod:`deskeditor.text.legacy`) and the spell checker
(:mod:`deskeditor.text.spelling`) are imported where they are used: every
module that needs :func:`nfc` imports this package, the window's start too.
"""

from deskeditor.text.collation import sort_key, sort_vietnamese
from deskeditor.text.dates import WEEKDAYS, official_date_line, short_date, web_date_line
from deskeditor.text.normalize import clean_text, fold, nfc, slugify

__all__ = [
    "WEEKDAYS",
    "clean_text",
    "fold",
    "nfc",
    "official_date_line",
    "short_date",
    "slugify",
    "sort_key",
    "sort_vietnamese",
    "web_date_line",
]
