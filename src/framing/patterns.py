"""Regular expressions read from study files, checked and searched with a time limit.

A taxonomy's ``regex`` entries (actors, sources, victims: :mod:`framing.actors`)
are written by users and searched in every noun phrase of every article. A
pattern that backtracks without end would hang the run on one phrase, so each
is checked when its file is read (:func:`check_regex`) and compiled with the
``regex`` package, whose searches take a time limit (:func:`search_within_limit`).
"""

from __future__ import annotations

import re

import regex

from .errors import PatternTimeoutError

__all__ = ["REGEX_TIMEOUT", "check_regex", "compile_regex", "phrase_pattern", "plural_stems", "search_within_limit"]

#: Seconds one taxonomy regex may search one noun phrase. A phrase is a few
#: words: a sound pattern takes microseconds, so a second only stops a
#: pattern that backtracks without end (decision).
REGEX_TIMEOUT = 1.0


def compile_regex(pattern: str):
    """``pattern`` compiled with the ``regex`` package (Python ``re`` syntax, version 0)."""
    return regex.compile(pattern)


def search_within_limit(compiled, text: str, *, where: str):
    """``compiled.search(text)``, stopped after :data:`REGEX_TIMEOUT` seconds.

    Raises
    ------
    framing.errors.PatternTimeoutError
        Naming ``where`` (the file and row of the pattern), the pattern and the text.
    """
    try:
        return compiled.search(text, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        raise PatternTimeoutError(
            f"{where}: regex {compiled.pattern!r} searched the phrase {text[:120]!r} for more than "
            f"{REGEX_TIMEOUT:g} s; rewrite it without nested or overlapping repeats"
        ) from None


def check_regex(pattern: str) -> str:
    """Why a taxonomy regex is refused, or "" when it is accepted.

    Refused: a pattern that does not compile (with the ``regex`` package,
    which reads Python's ``re`` syntax), and one with the shape of
    catastrophic backtracking: a group repeated without upper bound (``*``,
    ``+``, ``{2,}``) whose body is an unbounded repeat with nothing required
    beside it but other repeats or optional parts, as ``(\\w+\\s?)*``,
    ``(?:a+)+`` or ``(x+x+)+``. The words of a phrase can then be split
    between the two repeats in exponentially many ways, and Python's ``re``
    tries them all before failing. A required separator (``(?:\\w+ )*``)
    makes the split unique and is accepted.

    Notes
    -----
    A heuristic: a separator the inner repeat can also match (``(\\w+a)*``)
    or overlapping alternatives (``(a|ab)*c``) are not recognised. Matching
    uses the ``regex`` package, which does not backtrack without end on the
    usual cases, and every search has a time limit (:data:`REGEX_TIMEOUT`).
    """
    from re import _constants as sre  # the parser and opcodes re itself uses
    from re import _parser as sre_parse

    try:
        regex.compile(pattern)
        tree = sre_parse.parse(pattern)
    except (regex.error, re.error) as err:
        return f"is not a valid regular expression ({err})"
    repeats = (sre.MAX_REPEAT, sre.MIN_REPEAT)

    def unbounded(item) -> bool:
        op, value = item
        return op in repeats and value[1] == sre.MAXREPEAT

    def optional(item) -> bool:
        op, value = item
        return op in repeats and value[0] == 0

    def flat(items):
        """The items of a body, a plain group's items inlined."""
        for item in items:
            if item[0] is sre.SUBPATTERN and not item[1][1] and not item[1][2]:
                yield from flat(item[1][-1])
            else:
                yield item

    def ambiguous(body) -> bool:
        items = list(flat(body))
        if any(item[0] is sre.BRANCH for item in items):
            return any(ambiguous(branch) for item in items if item[0] is sre.BRANCH for branch in item[1][1])
        inner = [item for item in items if unbounded(item)]
        return bool(inner) and all(item[0] in repeats or optional(item) for item in items)

    def hostile(items) -> bool:
        for op, value in items:
            if op in repeats:
                if value[1] == sre.MAXREPEAT and ambiguous(value[2]):
                    return True
                if hostile(value[2]):
                    return True
            elif op is sre.SUBPATTERN and hostile(value[-1]):
                return True
            elif op is sre.BRANCH and any(hostile(branch) for branch in value[1]):
                return True
            elif op in (sre.ASSERT, sre.ASSERT_NOT) and hostile(value[1]):
                return True
        return False

    if hostile(tree):
        return (
            "repeats a group made only of repeats (as (\\w+\\s?)* or (?:a+)+), which can take "
            "exponential time on a phrase it does not match; give each repeat a required separator, "
            "e.g. (?:\\w+ )* for words, or a small bound such as {0,6}"
        )
    return ""


def phrase_pattern(words: str) -> re.Pattern:
    """A taxonomy phrase as a whole-word regex whose last word may also take its
    regular plural ending ("rebel" matches "rebels", "militia" "militias", "army"
    "armies"): a taxonomy lists a noun once, as the lemmatiser writes it."""
    if not words[-1:].isalpha():
        body = re.escape(words)
    elif words.endswith("y") and len(words) > 2 and words[-2] not in "aeiou":
        body = re.escape(words[:-1]) + "(?:y|ies)"
    else:
        body = re.escape(words) + "(?:s|es)?"
    return re.compile(r"(?<![\w'-])" + body + r"(?![\w-])")


def plural_stems(word: str) -> tuple[str, ...]:
    """The singulars a regular or "-men" plural may stand for, for a head the lemmatiser left as
    written: a capitalised plural read as a proper noun ("Gunmen" after a dateline, "Soldiers" in
    a headline) keeps its surface form as lemma.

    Examples
    --------
    >>> plural_stems("gunmen"), plural_stems("militias"), plural_stems("militaries")
    (('gunman',), ('militia',), ('military',))
    """
    if word.endswith("men") and len(word) > 4:
        return (word[:-3] + "man",)
    if word.endswith("ies") and len(word) > 4:
        return (word[:-3] + "y",)
    if word.endswith("es") and len(word) > 3:
        return (word[:-1], word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return (word[:-1],)
    return ()
