"""Numbers that count no one, set aside before a toll is read.

Times, percentages, reference numbers, units ("40 kilometres"), money, ages
("children under five", "The soldier, 24, died"), populations ("a population
of 300,000"), capacities ("room for 5,000 refugees"), years, proportions
("four in five of the dead") and the pronoun "one" ("no one was killed").
The closed-class words are in ``framing/data/toll_context_words.csv``.
"""

from __future__ import annotations

import re

from .shapes import context_words

__all__ = ["not_a_count"]

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_TIME = re.compile(r"^\d{1,2}[:.]\d\d$|^\d{1,2}(am|pm)$", re.I)


def _proportion_end(doc, i) -> bool:
    """``doc[i]`` is a number ending "N in M" with no noun after it ("four in five of the dead")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].like_num and (after is None or after.pos_ not in {"NOUN", "PROPN", "NUM"})


def not_a_count(run) -> bool:
    """The number ``run`` (tokens of one number) is no count of people: a time, a
    percentage, a phone number, a unit, money, an age, a population, a year, a
    proportion ("four in five of the dead") or the pronoun "one"."""
    first, last = run[0], run[-1]
    doc = first.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if any(_TIME.match(t.text) or "%" in t.text for t in run):
        return True
    digit_groups = [t for t in run if t.text[:1].isdigit()]
    if len(digit_groups) > 1 or any(re.match(r"0\d", t.text) for t in digit_groups):
        return True  # "0800 555 019": a phone or reference number, not a count
    if nxt is not None:
        if nxt.lemma_.lower() in context_words("non_person_unit") or nxt.lower_ in context_words("non_person_unit"):
            return True
        if nxt.lower_ == "per" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ == "cent":
            return True
        if nxt.text in {"-"} and last.i + 2 < len(doc) and doc[last.i + 2].lemma_.lower() in {"year", "old"}:
            return True
    if nxt is not None and nxt.lower_ == "in" and _proportion_end(doc, last.i + 2):
        return True  # "four in five of the dead": a proportion, not a count ("12 in two attacks" is one)
    if prev is not None and prev.lower_ == "in" and first.i > 1 and doc[first.i - 2].like_num:
        return _proportion_end(doc, first.i)
    if prev is not None and prev.lower_ in context_words("age_word"):
        return True
    node = first
    while node.dep_ == "conj" and node.head.i != node.i and node.head.like_num:
        node = node.head  # "aged 19, 23 and 41": every number of a list of ages is an age
    if node.i != first.i and node.i > 0 and doc[node.i - 1].lower_ in context_words("age_word"):
        return True
    if (
        prev is not None
        and prev.lower_ == "between"
        and first.i > 1
        and doc[first.i - 2].lower_ in context_words("age_word")
    ):
        return True  # "aged between 8 and 15": an age range
    votes = context_words("vote_word")
    if (prev is not None and prev.lemma_.lower() in votes) or (nxt is not None and nxt.lemma_.lower() in votes):
        return True  # "voted 9 to 4", "by 212 votes": a vote count
    if prev is not None and prev.lower_ == "to" and first.i > 1 and doc[first.i - 2].lemma_.lower() in votes:
        return True  # "212 votes to 40": the other side of a vote
    if prev is not None and prev.tag_ == "$":
        return True  # "$5,000": money
    if (
        prev is not None
        and prev.lower_ in context_words("age_preposition")
        and prev.i > 0
        and doc[prev.i - 1].pos_ == "NOUN"
        and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"})
    ):
        return True  # "children under five": an age
    if any(
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in context_words("population_noun")
        for t in (first, run[-1])
    ):
        return True  # "a population of 300,000", "a population of 2.1 million" (the multiplier is the object)
    counted = first.head if first.dep_ == "nummod" else first
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        place = counted.head.head
        if place.dep_ == "appos" and place.head.pos_ == "PROPN" and place.pos_ == "NOUN":
            return True  # "Tallor, a province of 900,000 inhabitants": a named place's population
    if counted.dep_ == "pobj" and counted.head.lower_ == "for":
        if counted.head.head.lemma_.lower() in context_words("capacity_noun"):
            return True  # "room for 5,000 refugees": places for people
    if prev is not None and nxt is not None and prev.text == "," and nxt.text == "," and len(run) == 1:
        # "The soldier, 24, died": an age in apposition; "the official toll, 94, is" is the toll
        return not (first.i > 1 and doc[first.i - 2].lemma_.lower() in context_words("appositive_figure"))
    if len(run) == 1 and _YEAR.match(first.text):
        return True
    if len(run) == 1 and first.lower_ == "one" and prev is not None and prev.lower_ in context_words("pronoun_one"):
        return True  # "no one was killed", "every one of them": a pronoun, not a count
    return False
