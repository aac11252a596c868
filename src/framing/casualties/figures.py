"""Toll shapes of figures given beside another toll (tolls12 round).

* A bare number with its own harm word right after it ("163 deaths and more than 5,400
  injured", "out of some 1,900 deaths and 6,200 injured"): the word after the number says
  what it counts, whatever the parser hangs it on.
* A second figure for the same toll ("71 people had died, while the army gave a figure of
  64", "a rights group put the figure at 34", "lawyers put the figure in the hundreds"): a
  bare number that is the figure of a put / give / place verb or of a figure noun, with no
  toll word in its own clause, restates the toll given before it in the sentence and takes
  its measure and group; so does a bare number said or estimated ("...; ministry sources said 450").
"""

from __future__ import annotations

from .shapes import context_words, counts_people, is_toll

#: Verbs that state a figure ("put the figure at", "gave a figure of", "placed the toll at").
FIGURE_VERBS = frozenset({"put", "give", "place", "set", "estimate"})
#: Verbs whose bare number object is a figure given for a toll already stated ("sources said 450").
SAYING_VERBS = frozenset({"say", "estimate"})
#: Prepositions that introduce the figure itself.
FIGURE_PREPOSITIONS = frozenset({"at", "of", "in"})
#: Parts of speech of a harm word written right after a bare number ("5,400 injured", "17 dead").
_ADJECTIVAL = frozenset({"VERB", "ADJ", "NOUN"})


def adjacent_harm_word(anchor, toll_lemmas):
    """The toll word written right after a bare number ("6,200 injured", "84 wounded"), or None.

    Only an adjective or participle that does not itself modify a later noun ("5,400 injured
    people" has its noun, and is read as one), and never a noun that the number's clause
    governs in another role."""
    doc = anchor.doc
    if anchor.i + 1 >= len(doc):
        return None
    word = doc[anchor.i + 1]
    if word.pos_ not in _ADJECTIVAL or word.dep_ == "amod" and word.head.i > word.i:
        return None
    if word.pos_ == "NOUN" and word.lower_ not in {"dead", "injured", "wounded", "missing"}:
        return None  # a noun is the number's own noun, read elsewhere
    return word if is_toll(word, toll_lemmas) else None


def restated_figure(anchor) -> bool:
    """A bare number given as the figure of "put/give/place ... at/of/in" or of a figure noun
    ("gave a figure of 64", "put the figure at 34", "put the number at 150")."""
    prep = anchor.head
    if anchor.dep_ == "dobj" and prep.pos_ == "VERB" and prep.lemma_.lower() in SAYING_VERBS:
        return True  # "a civil defence chief put the number of dead at 250; ministry sources said 450"
    if anchor.dep_ != "pobj" or prep.lower_ not in FIGURE_PREPOSITIONS:
        return False
    head = prep.head
    figure_words = context_words("figure_noun") | {"toll"}
    if head.lemma_.lower() in figure_words:
        verb = head.head
        return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in FIGURE_VERBS
    if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() not in FIGURE_VERBS:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    # a figure noun with no counted "of" noun of its own ("the figure", not "the number of dead")
    return any(
        o.lemma_.lower() in figure_words and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
        for o in objects
    )


def fronted_whole(anchor):
    """The counted noun of a fronted "Of the N X," set a bare count is part of ("Of the 760 men
    on shift, 201 have been confirmed dead", "Of the 248 girls taken, 41 escaped and 207 remain
    missing"), or None. The part is made of X, so it takes X's group."""
    verb = anchor.head
    if anchor.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for v in verbs:
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i > anchor.i or prep.i != prep.sent.start:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children):
                    return noun
    return None


def place_of_part(token) -> bool:
    """ "433 of them in Lorenne": a count of a pronoun set with a place of its own, one part of
    a per-place list of the toll before it (guidelines: a per-place list gives one row per place)."""
    pronouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if not pronouns:
        return False
    # the place phrase right after "of them", wherever the parser hangs it
    after = pronouns[-1].i + 1
    preps = [t for t in token.subtree if t.dep_ == "prep" and t.lower_ in {"in", "at"} and t.i > token.i]
    if after < len(token.doc) and token.doc[after].lower_ in {"in", "at"}:
        preps.append(token.doc[after])
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for prep in preps for g in prep.children)


def doers_of_harm(noun, toll_lemmas, measure_of) -> bool:
    """ "Two suicide bombers killed at least 29 people", "three gunmen abducted 40 pupils": the
    counted noun is the active subject of a harm verb with an object of its own, so it counts
    those who did the harm, not those harmed. Not when the object is itself a toll word ("40
    soldiers lost their lives", "fled their homes") or the verb says people left ("fled the town")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or not is_toll(verb, toll_lemmas):
        return False
    if measure_of(verb) in {None, "displaced"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "their lives", "their homes" say what the subject lost; "30 hostages" are people the doers harm
    return bool(objects) and not any(
        (is_toll(o, toll_lemmas) and not counts_people(o)) or o.pos_ == "PRON" for o in objects
    )


def mixed_partner(noun):
    """A bare plural noun coordinated with the counted one, with no number or determiner of its
    own ("70 pupils and teachers"): the count covers both nouns, or None."""
    for c in noun.children:
        # a bare plural ("and teachers"), not one more person ("and a 70-year-old porter", "and a baby")
        if c.dep_ == "conj" and c.tag_ in {"NNS", "NNPS"} and not any(g.dep_ in {"nummod", "det"} for g in c.children):
            return c
    return None
