"""Vietnamese spell checking, without Qt: syllable structure, a word list, suggestions."""

from deskeditor.text.spelling.checker import Misspelling, SpellChecker, word_key
from deskeditor.text.spelling.lexicon import Lexicon, default_lexicon
from deskeditor.text.spelling.syllable import Syllable, parse

__all__ = [
    "Lexicon",
    "Misspelling",
    "SpellChecker",
    "Syllable",
    "default_lexicon",
    "parse",
    "word_key",
]
