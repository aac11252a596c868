"""Numbers in text: digits, number words, vague quantities and their qualifiers.

Read from digits ("1,000", "1.2 million"), words ("three hundred",
"twenty-five") and vague quantities (``framing/data/quantities.csv``).
Vague quantities are mapped to a *lower bound* (a documented decision, so
tables never overstate a toll): "dozens" -> 24 (at least two dozen),
"scores" -> 40, "hundreds" -> 200, "thousands" -> 2,000, "tens of
thousands" -> 20,000, and flagged ``vague`` (:func:`is_vague`).

A qualifier is read from the words just before the number (the longest
phrase of kind ``qualifier`` wins): "at least", "more than", "over",
"above", "exceeded" (``more_than``), "fewer than", "less than", "below"
(``fewer_than``), "up to", "as many as" (``up_to``) ... The number itself
stays the value in every case: it is the stated bound, not an estimate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..docview import token_strings
from ..lexicons import load_lexicon

__all__ = ["QUALIFIERS", "is_vague", "parse_number"]

#: Qualifier labels, from the quantities lexicon.
QUALIFIERS = ("at_least", "more_than", "about", "nearly", "up_to", "fewer_than", "exact")
#: The packaged quantities lexicon, read when ``lexicon=None``.
PACKAGED_QUANTITIES = "quantities"
#: Written multipliers an "and" may follow inside one number ("six hundred and forty").
_AND_MULTIPLIERS = frozenset({"hundred", "thousand", "million"})
#: Words before a written multiplier that make it a vague quantity of at least two of it
#: ("several hundred" is read like "hundreds": 200, at least; guidelines: the smallest amount the words allow).
_SEVERAL = frozenset({"several"})


def quantity_words(lexicon: str | Path | None = None) -> tuple[dict, dict, dict, dict]:
    """``(numbers, multipliers, vague, qualifiers)`` of a quantities lexicon.

    Each maps a lower-case word or phrase to its value (an int; a qualifier
    label for ``qualifiers``). ``None`` reads ``framing/data/quantities.csv``;
    a path reads a study's file with the same columns (``text``, ``kind``,
    ``value``, ``rationale``).
    """
    return _read_quantities(PACKAGED_QUANTITIES if lexicon is None else str(lexicon))


@lru_cache(maxsize=4)
def _read_quantities(lexicon: str) -> tuple[dict, dict, dict, dict]:
    table = load_lexicon(lexicon)
    numbers, multipliers, vague, qualifiers = {}, {}, {}, {}
    for row in table.itertuples(index=False):
        target = {
            "number": numbers,
            "multiplier": multipliers,
            "vague": vague,
            "qualifier": qualifiers,
        }.get(row.kind)
        if target is None:
            raise ValueError(f"quantities lexicon {lexicon!r}: unknown kind {row.kind!r} for {row.text!r}")
        target[row.text.lower()] = row.value if row.kind == "qualifier" else int(row.value)
    return numbers, multipliers, vague, qualifiers


def parse_number(words: list[str], *, lexicon: str | Path | None = None) -> int | None:
    """Integer value of number words ("three hundred", "1,000", "1.2 million", "dozens").

    Returns ``None`` when the words are not a number. ``lexicon`` as in
    :func:`quantity_words`.
    """
    numbers, multipliers, vague, _ = quantity_words(lexicon)
    joined = " ".join(w.lower() for w in words if w not in {"-", "and"})
    if joined in vague:
        return vague[joined]
    if len(words) > 1 and words[0].lower() in _SEVERAL:
        rest = parse_number(list(words)[1:], lexicon=lexicon)  # "several hundred": at least 200
        return None if rest is None else 2 * rest
    if joined.startswith("half ") and len(words) > 1:
        rest = parse_number(list(words)[1:], lexicon=lexicon)  # "half a million": 500,000
        return None if rest is None else rest // 2
    total, current, seen = 0, 0, False
    for word in joined.replace("-", " ").split():
        word = word.strip()
        if word in {"a", "an"}:
            continue  # "a dozen", "a hundred": the multiplier alone
        digits = word.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", digits):
            current += float(digits)
            seen = True
        elif word in numbers:
            current += numbers[word]
            seen = True
        elif word in multipliers:
            m = multipliers[word]
            current = (current or 1) * m  # "0.4m": 400,000; "a hundred": 100
            if m >= 1000:
                total, current = total + current, 0
            seen = True
        elif word in vague:
            current = max(current, 1) * vague[word] if current else vague[word]
            seen = True
        else:
            return None
    return int(round(total + current)) if seen else None


def is_vague(words: list[str], *, lexicon: str | Path | None = None) -> bool:
    """The number words hold a vague quantity ("dozens", "hundreds of thousands", "scores").

    "A dozen" and "three hundred" are exact: only words of kind ``vague``
    count. ``lexicon`` as in :func:`quantity_words`.
    """
    _, _, vague, _ = quantity_words(lexicon)
    joined = " ".join(w.lower() for w in words if w not in {"-", "and"})
    several = len(words) > 1 and words[0].lower() in _SEVERAL
    return several or joined in vague or any(w.lower() in vague for w in words)


_NUMERAL = re.compile(r"\d[\d,]*(\.\d+)?")
_HYPHENATED = re.compile(r"[a-z]+-[a-z]+")


def is_number_token(token, numbers, multipliers, vague) -> bool:
    return is_number_word(token.text, token.lower_, numbers, multipliers, vague)


def is_number_word(text: str, lower: str, numbers, multipliers, vague) -> bool:
    return bool(
        _NUMERAL.fullmatch(text)
        or lower in numbers
        or lower in multipliers
        or lower in vague
        or _HYPHENATED.fullmatch(lower)
        and all(p in numbers for p in lower.split("-"))
    )


def number_runs(sent, numbers, multipliers, vague):
    """Runs of number tokens ("three hundred", "1.2 million", "tens of thousands").

    Scanned on the Doc's token strings; spaCy Tokens are made for the runs only.
    """
    doc, first, end = sent.doc, sent.start, sent.end
    strings = token_strings(doc)
    text, lower = strings.text, strings.lower

    def is_number(i: int) -> bool:
        return is_number_word(text[i], lower[i], numbers, multipliers, vague)

    def abbreviation(i: int) -> bool:
        # "m" of "1.2m": a multiplier of one or two letters counts only written onto a numeral
        return len(lower[i]) <= 2 and lower[i] in multipliers

    def attached(i: int) -> bool:
        return i > first and doc[i].idx == doc[i - 1].idx + len(text[i - 1]) and _NUMERAL.fullmatch(text[i - 1])

    def and_units(j: int) -> bool:
        # "and" between a written multiplier and the tens or units that complete it ("two hundred and
        # forty-five"), not between two whole numbers ("two hundred and three hundred", "300 and 40")
        return (
            lower[j] == "and"
            and j + 1 < end
            and lower[j - 1] in _AND_MULTIPLIERS
            and numbers.get(lower[j + 1], 100) < 100
            and not (j + 2 < end and lower[j + 2] in multipliers)
        )

    k = first
    while k < end:
        if not is_number(k) or abbreviation(k):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < end:
            if abbreviation(j):
                if not attached(j):
                    break
                run.append(j)
            elif is_number(j) and lower[j] not in vague:
                run.append(j)
            elif text[j] == "-" and j + 1 < end and lower[j + 1] in numbers:
                run.append(j)
            elif and_units(j):
                run.extend([j, j + 1])  # "six hundred and forty": one number, not 600 and 40
                j += 1
            elif lower[j] == "of" and j + 1 < end and f"{lower[run[-1]]} of {lower[j + 1]}" in vague:
                run.extend([j, j + 1])
                j += 1
            else:
                break
            j += 1
        # "a dozen", "a hundred", "half a million"
        if k > first and lower[k - 1] in _SEVERAL and lower[k] in _AND_MULTIPLIERS:
            run.insert(0, k - 1)  # "several hundred"
        elif k > first and lower[k - 1] in {"a", "an"} and lower[k] in {"dozen", "hundred", "thousand", "million"}:
            run.insert(0, k - 1)
            if k - 1 > first and lower[k - 2] == "half":
                run.insert(0, k - 2)
        yield [doc[i] for i in run]
        k = j


def qualifier_of(run, qualifiers) -> str:
    doc = run[0].doc
    left = [t.lower_ for t in doc[max(0, run[0].i - 4) : run[0].i]]
    best, best_len = "exact", 0
    for phrase, label in qualifiers.items():
        words = phrase.split()
        if len(words) <= len(left) and left[-len(words) :] == words and len(words) > best_len:
            best, best_len = label, len(words)
    return best
