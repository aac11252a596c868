"""Sentence shapes around a reporting verb, for :mod:`framing.sources.attributions`.

The closed-class words of ``framing/data/attribution_words.csv`` (by role),
a passive with its auxiliary left out ("Army accused of shelling market"),
whose subject is no source, sources coordinated by "and" ("police and
hospital officials said"), one reporting act each, and speakers the parser puts
in the wrong place (after a fronted phrase, "In an interview with Radio X,
Minister Y said"; in an inverted frame read as an object, "..., reported the
Lumbe Times.").
"""

from __future__ import annotations

from ..lexicons import words_by_role
from .verbs import reporting_verbs

#: The closed-class word list of the attribution rules (role, word, rationale).
ATTRIBUTION_WORDS = "attribution_words"


def attribution_words(role: str) -> frozenset[str]:
    """The words of ``role`` in ``framing/data/attribution_words.csv``."""
    return words_by_role(ATTRIBUTION_WORDS)[role]


def reduced_passive(verb) -> bool:
    """A passive with its auxiliary left out, as headlines and participle phrases
    write it: "Army accused of shelling market", "forces accused of killing ...",
    "Militia blamed for massacre", "Rebels said to hold airport". Its subject is
    who the report is about, not who reports."""
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "nsubjpass"} for c in children):
        return False
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" and verb.dep_ in {"ROOT", "acl"} and lemma not in attribution_words("quoted_as_verb"):
        return any(c.dep_ == "prep" or c.dep_ == "xcomp" for c in children)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None:
        return False
    if lemma in attribution_words("charge_verb") and nxt.dep_ == "prep" and nxt.head.i == verb.i:
        return True  # "blamed for": the active verb needs the blamed as its object
    # "said to hold": "to" opens the verb's infinitive complement, not a "to" phrase ("said to reporters")
    return (
        lemma in attribution_words("passive_infinitive_verb")
        and nxt.lower_ == "to"
        and nxt.dep_ == "aux"
        and nxt.head.dep_ == "xcomp"
        and nxt.head.head.i == verb.i
    )


def coordinated_sources(source) -> list:
    """Nouns coordinated with a source by "and" ("police and hospital officials", "the
    army and the interior ministry", "he and his brother"); not an "or"."""
    # "police and hospital officials": the parser may read the first source as a modifier
    found = [
        c
        for c in source.children
        if c.dep_ in {"nmod", "compound"}
        and c.i < source.i
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
    ]
    node = source
    while True:
        conj = [c for c in node.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        if not conj or not any(c.dep_ == "cc" and c.lower_ == "and" for c in node.children):
            return found
        node = conj[0]
        found.append(node)


def named_head(source):
    """The name a described source is given: "the ministry's spokesman, Dr Hazem
    Attar", "one woman, Amna Ribat", "the rights group Civic Ledger" give the
    last word of the name (the surname); any other source is its own head.

    The labelling guidelines (``data/validation/tolls_sources_real_guidelines.md``)
    head a named person by the surname and a multi-word name by its last word,
    whether the name or the role noun comes first.
    """
    for prep in source.children:
        # "Doctors Without Borders": a capitalised preposition inside a sentence is part of a name,
        # whose last word heads it
        objects = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if prep.dep_ == "prep" and prep.i == source.i + 1 and prep.text.istitle() and objects:
            return objects[0]
    if source.pos_ == "PROPN":
        return source
    names = [c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > source.i]
    return names[0] if names else source


def subject_in_fronted_phrase(verb):
    """The subject the parser hung onto a fronted phrase: in "In an interview with Radio
    Lumo, Defence Minister Arno Felt said ..." the name after the comma is read as a
    conjunct or apposition of "Lumo", and "said" has no subject. The noun right before a
    finite verb, after a comma, inside a phrase that opens the verb's clause, is then its
    subject. None when there is no such noun."""
    if verb.i == 0 or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"conj", "appos"} or noun.left_edge.i == 0:
        return None
    if verb.doc[noun.left_edge.i - 1].text != ",":
        return None
    node = noun
    while node.head.i not in {node.i, verb.i}:
        node = node.head
    return noun if node.head.i == verb.i and node.dep_ == "prep" and node.i < noun.i else None


def inverted_object_source(verb):
    """The source of an inverted frame the parser read as a verb with an object: in
    "The attack lasted an hour, reported the Lumbe Times." the verb is taken for a
    conjunct of "lasted" and "the Lumbe Times" for its object. A speech verb of the
    neutral class (``reporting_verbs.csv``) after a comma, with no subject, ending the
    sentence with a noun phrase that names someone (a name, or a noun with a determiner or
    modifier: not "claimed victory"), has that noun phrase as its source. None otherwise."""
    entry = reporting_verbs().get(verb.lemma_.lower())
    if entry is None or entry.verb_class != "neutral" or entry.complements:
        return None
    if verb.lemma_.lower() in attribution_words("addressee_verb") or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ not in {"dobj", "punct"} for c in children):
        return None
    noun = objects[0]
    rest = [t for t in verb.doc[noun.right_edge.i + 1 : verb.sent.end] if not t.is_punct]
    if noun.left_edge.i != verb.i + 1 or rest or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    named = noun.pos_ == "PROPN" or any(c.dep_ in {"det", "compound", "amod", "poss"} for c in noun.children)
    return noun if named else None
