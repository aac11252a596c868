"""VADER scores computed once per text: vaderSentiment's rules without its repeated work.

framing scores every sentence and every actor clause of every article with
VADER (about fifty texts per article). vaderSentiment 3.3.2 (C. J. Hutto,
MIT licence; Hutto & Gilbert 2014) is pure Python and, for each lexicon word,
lowercases the whole text again in several of its checks; it also rebuilds
the text one character at a time to replace emojis. :class:`ExactAnalyzer`
is a subclass of its ``SentimentIntensityAnalyzer`` that applies the same
rules, in the same order and with the same floating-point operations, over
word lists built once per text. Everything it knows comes from
vaderSentiment at run time: the lexicon and emoji files (read by the
inherited constructor), the booster, negation and idiom tables and the
constants. ``tests/test_tone_vader.py`` checks that it returns the very dicts
vaderSentiment returns (same keys, same floats) on several hundred texts.

This module imports vaderSentiment, so it is imported only when an analyzer
is built (nothing happens at ``import framing``).

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for
sentiment analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

import math
import string

from vaderSentiment import vaderSentiment as _reference

_PUNCTUATION = string.punctuation
_BOOSTERS = _reference.BOOSTER_DICT
_SPECIAL_CASES = _reference.SPECIAL_CASES
_NEGATIONS = frozenset(_reference.NEGATE)
_C_INCR = _reference.C_INCR
_N_SCALAR = _reference.N_SCALAR
# Every word of a multi-word special case or booster ("bad ass", "kind of").
# The reference joins neighbouring words with spaces and looks the phrases up;
# words come from str.split() and hold no space, so a window of words none of
# which is listed here cannot match, and the lookups can be skipped.
_IDIOM_WORDS = frozenset(
    word for phrase in (*_SPECIAL_CASES, *_BOOSTERS) if " " in phrase for word in phrase.split(" ")
)


def _negated(word: str) -> bool:
    """The reference's ``negated([word])`` for one (already lowercased) word."""
    word = word.lower()  # the reference lowercases again; kept for exactness
    return word in _NEGATIONS or "n't" in word


def _booster_scalar(word: str, lower: str, valence: float, is_cap_diff: bool) -> float:
    """Shift a booster or dampener before a sentiment word adds (reference: ``scalar_inc_dec``)."""
    scalar = 0.0
    if lower in _BOOSTERS:
        scalar = _BOOSTERS[lower]
        if valence < 0:
            scalar *= -1
        if word.isupper() and is_cap_diff:
            if valence > 0:
                scalar += _C_INCR
            else:
                scalar -= _C_INCR
    return scalar


def _after_negation(valence: float, lowers: list[str], distance: int, i: int) -> float:
    """Valence of word ``i`` given the word ``distance`` places before it (reference: ``_negation_check``)."""
    if distance == 1:
        if _negated(lowers[i - 1]):
            valence = valence * _N_SCALAR
    elif distance == 2:
        if lowers[i - 2] == "never" and lowers[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif _negated(lowers[i - 2]):
            valence = valence * _N_SCALAR
    else:
        if (lowers[i - 3] == "never" and lowers[i - 2] in ("so", "this")) or lowers[i - 1] in (
            "so",
            "this",
        ):
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            pass
        elif _negated(lowers[i - 3]):
            valence = valence * _N_SCALAR
    return valence


def _after_idioms(valence: float, lowers: list[str], i: int) -> float:
    """Special-case phrases and multi-word boosters around word ``i >= 3``
    (reference: ``_special_idioms_check``)."""
    if _IDIOM_WORDS.isdisjoint(lowers[i - 3 : i + 3]):
        return valence
    three, two, one, zero = lowers[i - 3], lowers[i - 2], lowers[i - 1], lowers[i]
    for phrase in (
        f"{one} {zero}",
        f"{two} {one} {zero}",
        f"{two} {one}",
        f"{three} {two} {one}",
        f"{three} {two}",
    ):
        if phrase in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[phrase]
            break
    if len(lowers) - 1 > i:
        phrase = f"{zero} {lowers[i + 1]}"
        if phrase in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[phrase]
    if len(lowers) - 1 > i + 1:
        phrase = f"{zero} {lowers[i + 1]} {lowers[i + 2]}"
        if phrase in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[phrase]
    for phrase in (f"{three} {two} {one}", f"{three} {two}", f"{two} {one}"):
        if phrase in _BOOSTERS:
            valence = valence + _BOOSTERS[phrase]
    return valence


def _but_weighted(sentiments: list, pivot: int) -> None:
    """Halve the valences before "but" and raise those after by half, in place
    (reference: ``_but_check``). The reference walks the list while replacing
    each value at the *first* index holding an equal value, so repeated values
    are weighted more than once and others not at all; that is reproduced."""
    for k in range(len(sentiments)):
        value = sentiments[k]
        first = sentiments.index(value)
        if first < pivot:
            sentiments[first] = value * 0.5
        elif first > pivot:
            sentiments[first] = value * 1.5


def _scores(sentiments: list, text: str) -> dict[str, float]:
    """The reference's ``score_valence``: compound, and the pos / neu / neg shares."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    # Most words score 0. Leaving the zeros out changes no sum: adding 0 (or
    # -0.0) to a float gives that float back, and the sum starts at +0.
    scored = [value for value in sentiments if value]
    total_valence = float(sum(scored))
    # emphasis from "!" (up to four) and from two or more "?"
    amplifier = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        amplifier = amplifier + (questions * 0.18 if questions <= 3 else 0.96)
    if total_valence > 0:
        total_valence += amplifier
    elif total_valence < 0:
        total_valence -= amplifier
    compound = _reference.normalize(total_valence)
    pos_sum = neg_sum = 0.0
    for value in scored:
        if value > 0:
            pos_sum += float(value) + 1  # + 1: neutral words count 1 in the total
        elif value < 0:
            neg_sum += float(value) - 1
    neu_count = len(sentiments) - len(scored)
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {
        "neg": round(math.fabs(neg_sum / total), 3),
        "neu": round(math.fabs(neu_count / total), 3),
        "pos": round(math.fabs(pos_sum / total), 3),
        "compound": round(compound, 4),
    }


class ExactAnalyzer(_reference.SentimentIntensityAnalyzer):
    """vaderSentiment's analyzer with a faster ``polarity_scores`` returning the same dicts.

    Reads ``self.lexicon`` and ``self.emojis`` on every call, so a lexicon
    replaced after construction (framing's domain adjustment) is used as by
    the reference. Input that is not a ``str`` goes to the reference method.
    """

    def polarity_scores(self, text):
        if type(text) is not str:
            return super().polarity_scores(text)
        text = self._replace_emojis(text)
        # SentiText: words split on whitespace, surrounding punctuation stripped
        # unless that leaves two characters or fewer (an emoticon such as ":)")
        words = [
            stripped if len(stripped := word.strip(_PUNCTUATION)) > 2 else word
            for word in text.split()
        ]
        lowers = [word.lower() for word in words]
        n_upper = sum(map(str.isupper, words))
        is_cap_diff = 0 < n_upper < len(words)  # some words in capitals, not all
        lexicon = self.lexicon
        # boosters, "kind of" and words outside the lexicon score 0 (an int, as in the reference)
        sentiments = [0] * len(words)
        for i in [i for i, lower in enumerate(lowers) if lower in lexicon]:
            lower = lowers[i]
            if lower in _BOOSTERS or (lower == "kind" and lowers[i + 1 : i + 2] == ["of"]):
                continue
            sentiments[i] = self._word_valence(i, words, lowers, is_cap_diff)
        if "but" in lowers:
            _but_weighted(sentiments, lowers.index("but"))
        return _scores(sentiments, text)

    def _replace_emojis(self, text: str) -> str:
        """Emojis replaced by their descriptions, then stripped (as the reference does)."""
        emojis = self.emojis
        if emojis.keys().isdisjoint(text):
            return text.strip()
        parts = []
        after_space = True
        for char in text:
            if char in emojis:
                if not after_space:
                    parts.append(" ")
                parts.append(emojis[char])
                after_space = False
            else:
                parts.append(char)
                after_space = char == " "
        return "".join(parts).strip()

    def _word_valence(self, i: int, words: list[str], lowers: list[str], is_cap_diff: bool):
        """Valence of lexicon word ``i`` in context (reference: ``sentiment_valence``)."""
        lexicon = self.lexicon
        lower = lowers[i]
        valence = lexicon[lower]
        # "no" before a lexicon word negates it rather than scoring itself
        if lower == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowers[i - 1] == "no")
            or (i > 1 and lowers[i - 2] == "no")
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[lower] * _N_SCALAR
        if words[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += _C_INCR
            else:
                valence -= _C_INCR
        for distance in (1, 2, 3):
            if i < distance:
                break
            before = lowers[i - distance]
            if before in lexicon:
                continue
            scalar = _booster_scalar(words[i - distance], before, valence, is_cap_diff)
            if distance == 2 and scalar != 0:
                scalar = scalar * 0.95
            elif distance == 3 and scalar != 0:
                scalar = scalar * 0.9
            valence = valence + scalar
            valence = _after_negation(valence, lowers, distance, i)
            if distance == 3:
                valence = _after_idioms(valence, lowers, i)
        # "least" before a word negates it, except in "at least" / "very least"
        if i > 0 and lowers[i - 1] == "least" and "least" not in lexicon:
            if i == 1 or lowers[i - 2] not in ("at", "very"):
                valence = valence * _N_SCALAR
        return valence
