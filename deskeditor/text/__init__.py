"""Vietnamese text helpers: normalisation, folding, sorting, dates, legacy encodings."""

from deskeditor.text.collation import sort_key, sort_vietnamese
from deskeditor.text.dates import WEEKDAYS, official_date_line, short_date, web_date_line
from deskeditor.text.legacy import convert_legacy, detect_legacy, legacy_to_unicode
from deskeditor.text.normalize import clean_text, fold, nfc, slugify

__all__ = [
    "WEEKDAYS",
    "clean_text",
    "convert_legacy",
    "detect_legacy",
    "fold",
    "legacy_to_unicode",
    "nfc",
    "official_date_line",
    "short_date",
    "slugify",
    "sort_key",
    "sort_vietnamese",
    "web_date_line",
]
