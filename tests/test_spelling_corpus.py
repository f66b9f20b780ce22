"""The spell checker measured on the project's own corpus of Vietnamese news (tests/data/spelling).

The corpus is nine articles written for these tests in the register of a
department's news (meetings, awards, training, administrative reform, health,
education, farming, tourism, labour), with names, abbreviations, numbers,
dates, addresses and a few English words. It is not the source of the word
list (deskeditor/data/spelling/words.txt); see tests/data/spelling/README.md.
"""

import re

from spelling_typos import corpus_lines, measure, suggestion_rank

from deskeditor.text.spelling import SpellChecker


def test_the_corpus_has_at_least_ten_thousand_words() -> None:
    words = [w for line in corpus_lines() for w in re.findall(r"[^\W\d_]+", line)]
    assert len(words) >= 10_000


def test_no_false_alarm_on_the_corpus() -> None:
    checker = SpellChecker()
    alarms = [m.word for line in corpus_lines() for m in checker.check(line)]
    assert alarms == []


def test_at_least_95_percent_of_one_key_typos_are_caught() -> None:
    result = measure()
    # Every kind of typo is made and counted.
    assert set(result.by_kind) == {"insert", "delete", "substitute", "transpose", "tone", "mark"}
    assert result.counted > 40_000
    assert result.rate >= 0.95, (result.caught, result.counted, result.missed[:20])


def test_the_word_meant_is_usually_the_first_suggestion() -> None:
    # On a sample of underlined typos. The corpus also gives the frequencies that rank
    # the suggestions, so this is a little kinder than new text would be.
    rank = suggestion_rank(sample=150)
    assert rank.first >= 0.7 * rank.sampled
    assert rank.top3 >= 0.85 * rank.sampled
