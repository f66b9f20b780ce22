"""Spell checking a 2,000-word article, and the one-key typos it catches."""

from __future__ import annotations

import time

from harness import Result, median, repeat

SPELLING_LIMIT_S = 0.050
ARTICLE_WORDS = 2_000


def article_paragraphs() -> list[str]:
    """The first 2,000 words of the spelling corpus, as its paragraphs."""
    from spelling_typos import corpus_lines

    paragraphs, words = [], 0
    for line in corpus_lines():
        paragraphs.append(line)
        words += len(line.split())
        if words >= ARTICLE_WORDS:
            break
    return paragraphs


def spelling(runs: int) -> Result:
    """Check every paragraph of the article with a fresh checker (no word remembered)."""
    from spelling_typos import measure, suggestion_rank

    from deskeditor.text.spelling import SpellChecker, default_lexicon, parse

    started = time.perf_counter()
    lexicon = default_lexicon()
    load_s = time.perf_counter() - started
    paragraphs = article_paragraphs()
    words = sum(len(p.split()) for p in paragraphs)

    def check_all(checker: SpellChecker) -> None:
        for paragraph in paragraphs:
            checker.check(paragraph)

    # Cold: a fresh checker and no syllable parsed before, as when the first article opens.
    cold = repeat(lambda: check_all(SpellChecker(lexicon)), runs, setup=parse.cache_clear)
    warm_checker = SpellChecker(lexicon)
    warm = repeat(lambda: check_all(warm_checker), runs)
    suggest = repeat(lambda: warm_checker.suggest("nghiêp"), runs)
    typos = measure(warm_checker)
    rank = suggestion_rank(warm_checker)
    value = median(cold)
    return Result(
        case=f"10. Spell check, {words} words",
        value=value,
        unit="s",
        runs=cold,
        target=f"< {SPELLING_LIMIT_S * 1000:.0f} ms",
        met=value < SPELLING_LIMIT_S,
        details={
            "paragraphs": len(paragraphs),
            "warm_median_ms": round(median(warm) * 1000, 2),
            "word_list_load_ms": round(load_s * 1000, 1),
            "suggest_ms": round(median(suggest) * 1000, 1),
            "typos_counted": typos.counted,
            "typos_caught": typos.caught,
            "catch_rate": round(typos.rate, 4),
            "suggestions_sampled": rank.sampled,
            "meant_word_first": rank.first,
            "meant_word_in_top3": rank.top3,
            "note": "fresh SpellChecker, syllable cache emptied, each run; word list loaded once",
        },
    )


if __name__ == "__main__":
    import pathlib
    import sys

    here = pathlib.Path(__file__).resolve().parent
    sys.path[:0] = [str(here.parent), str(here.parent / "tests")]
    result = spelling(9)
    print(f"{result.case}: median {result.value * 1000:.1f} ms (target {result.target})")
    for key, value in result.details.items():
        print(f"  {key}: {value}")
