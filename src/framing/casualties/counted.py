"""The counted noun of a toll: which noun a number counts, its phrase and its victims group.

:func:`victim_noun` finds the noun a number counts ("45 civilians", "hundreds
of families", "a dozen aid workers"); :func:`elided_noun` the noun of a
coordinated count ("Two policemen were killed and five wounded");
:func:`noun_phrase` the counted phrase as written (``victim_text``) and
:func:`victims_of` its group in the victims taxonomy, with the fallbacks for
nouns the taxonomy lacks. Split from :mod:`framing.casualties.tolls`, which
decides whether a number is a toll and of what measure.
"""

from __future__ import annotations

from ..syntax.words import word_set
from .numbers import is_number_token
from .shapes import context_words, counts_people, is_toll, member_compounds, object_of_toll_noun
from .victims import VICTIMS_OTHER, fallback_group, names_people

__all__ = ["all_of_group", "elided_noun", "noun_phrase", "share_group", "victim_noun", "victims_of"]


#: Words between a number and its noun that the parser may hang the number on ("nine more bodies").
_MORE_WORDS = frozenset({"more", "other", "further", "additional"})


def elided_noun(run, numbers, multipliers, vague, toll_lemmas=None):
    """ "Two policemen were killed and five wounded": the noun of the first
    conjunct's count, for a bare count of a coordinated verb."""
    token = run[-1]
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.dep_ != "conj":
        return None
    if toll_lemmas is not None and not is_toll(verb.head, toll_lemmas):
        return None  # "300 prisoners fled and 7 drowned": the inmates are no toll, so the 12 counts no group
    for child in verb.head.children:
        if child.dep_ == token.dep_ or {child.dep_, token.dep_} <= {"nsubj", "nsubjpass"}:
            if any(c.dep_ == "nummod" and is_number_token(c, numbers, multipliers, vague) for c in child.children):
                return child
    return None


def victim_noun(run):
    """The noun the number counts, or None."""
    head_tok = run[-1]
    for t in run:  # the token of the run whose head lies outside the run ("a" of "a dozen" aside)
        if t.dep_ == "det" and len(run) > 1:
            continue
        if not (run[0].i <= t.head.i <= run[-1].i) or t.head.i == t.i:
            head_tok = t
            break
    # "hundreds of civilians", "125 of the fighters", "dozens of families"
    for child in run[-1].children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ in {"NOUN", "PROPN", "ADJ"}:
                return objs[0]
    head = head_tok.head
    if head_tok.dep_ in {"npadvmod", "nummod"} and head.lower_ in _MORE_WORDS and head.dep_ == "amod":
        if head.head.pos_ in {"NOUN", "PROPN"}:
            return head.head  # "nine more bodies", "12 other migrants": the number hangs on "more"
    if head_tok.dep_ == "appos" and any(c.dep_ == "prep" for c in head_tok.children):
        return None  # "27 died in Benar, 19 in Sadda": a gapped conjunct with its own place, not a count of Benar
    if head_tok.dep_ in {"nummod", "compound", "amod", "quantmod", "appos"} and head.pos_ in {
        "NOUN",
        "PROPN",
        "ADJ",
    }:
        # "a dozen aid workers": the number hangs on a compound; the phrase's head is counted
        while head.dep_ == "compound" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i > head.i:
            head = head.head
        return head
    return None


def noun_phrase(noun, text: str, *, toll_lemmas=None) -> str:
    """The counted noun phrase without its coordinated, relative and
    appositive parts. With ``toll_lemmas``, participle modifiers that hold no
    toll word are kept ("civilians belonging to the Alawite minority", but
    not "people killed in the raid")."""
    drop = set()
    for child in noun.children:
        keep_acl = (
            child.dep_ == "acl" and toll_lemmas is not None and not any(is_toll(t, toll_lemmas) for t in child.subtree)
        )
        breakdown = child.dep_ == "prep" and child.lower_ in context_words("breakdown_word")
        if child.dep_ in {"conj", "cc", "punct", "relcl", "appos", "acl"} and not keep_acl or breakdown:
            drop.update(t.i for t in child.subtree)
    tokens = [t for t in noun.subtree if t.i not in drop and not t.is_space]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def victims_of(noun, text, taxonomy, people_nouns, toll_lemmas) -> tuple[str | None, str]:
    """(victims group, victim_text) of a counted noun; group None when it counts no people.

    The noun phrase alone decides whether the noun counts people (so "30
    massacres targeting villagers" counts none); a participle modifier then
    may name the group ("civilians belonging to the Alawite minority").
    A noun neither in the taxonomy nor a person noun that still names people
    (:func:`framing.casualties.victims.names_people`) is kept as ``other``; a
    toll word the taxonomy lacks ("dead", "wounded") counts ``total``.
    """
    if counts_people(noun) and is_toll(noun, toll_lemmas or frozenset()):
        # "17 soldiers prisoner", "12 aid workers hostage": the people are the compound
        people = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
        if people:
            group, phrase = victims_of(people[-1], text, taxonomy, people_nouns, toll_lemmas)
            if group is not None:
                return group, phrase
            # "3,000 Varan refugees": the compound names no people the lists know; the toll noun does
    head = noun.lemma_.lower()
    phrase = noun_phrase(noun, text)
    group = taxonomy.classify(phrase, head=head, head_text=noun.text, role="patient")
    if group is None and head in word_set("partitive_nouns"):
        # "23 members of the police", "members of the Serani minority": the group is the "of" object's,
        # and members are people even when it has none
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        of = of or member_compounds(noun, people_nouns)  # "27 crew members", "12 staff members"
        if of:
            inner, _ = victims_of(of[0], text, taxonomy, people_nouns, toll_lemmas)
            return inner or VICTIMS_OTHER, noun_phrase(noun, text, toll_lemmas=toll_lemmas)
    if group is None and head in context_words("elided_noun"):
        group = "total"  # "five others": the coordinated toll's group, set by the caller when there is one
    if (
        group is None
        and is_toll(noun, toll_lemmas)
        and (noun.pos_ != "NOUN" or head in context_words("toll_count_noun"))
    ):
        group = "total"  # "the 64 dead", "3,000 wounded", "9,000 casualties": a toll word names no group
    if group == "total":
        group = clothing_group(noun, taxonomy) or group
        for modifier in noun.children:
            # "1,383 civilian deaths", "40 child casualties", "12 civilian bodies": the modifier names the group
            if modifier.dep_ in {"amod", "compound"} and modifier.i < noun.i:
                named = taxonomy.classify(
                    modifier.text, head=modifier.lemma_.lower(), head_text=modifier.text, role="patient"
                )
                if named not in {None, "total"}:
                    group = named
    if group is None:
        group = fallback_group(noun, taxonomy, people_nouns)
    if group is None and (names_people(noun) or counts_people(noun) or object_of_toll_noun(noun, toll_lemmas)):
        group = VICTIMS_OTHER
    if group is None:
        return None, phrase
    full = noun_phrase(noun, text, toll_lemmas=toll_lemmas)
    if full != phrase:
        refined = taxonomy.classify(full, head=head, head_text=noun.text, role="patient")
        if refined not in {None, "total"}:
            group = refined
    return group, full


def all_of_group(token, noun, taxonomy) -> str | None:
    """The group an apposition says all counted people belong to ("four of its
    citizens, all women", "Nine of the hostages, all women", "Six workers, all
    of them women"), or None. "mostly women" says it of a part: no group."""
    apps = []
    for head in [token] + ([noun] if noun is not None else []):
        apps += [
            a
            for a in head.children
            if a.dep_ == "appos" and any(c.dep_ in {"det", "predet"} and c.lower_ == "all" for c in a.children)
        ]
    if noun is not None and noun.dep_ == "nsubj":
        # "Six workers, all of them women, died": "all of them" parsed as a second subject of the verb
        for other in noun.head.children:
            if other.lower_ == "all" and other.dep_ == "nsubj" and other.i > noun.i:
                apps += [a for a in other.children if a.dep_ == "appos"]
    for app in apps:
        group = taxonomy.classify(app.text, head=app.lemma_.lower(), head_text=app.text, role="patient")
        if group not in {None, "total"}:
            return group
    return None


def clothing_group(noun, taxonomy) -> str | None:
    """ "27 bodies in civilian clothes", "bodies wearing civilian clothing":
    the clothes' modifier names the group (guidelines: civilians)."""
    clothes = context_words("clothing_word")
    objs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    objs += [g for c in noun.children if c.dep_ == "acl" and c.lemma_ == "wear" for g in c.children if g.dep_ == "dobj"]
    for obj in objs:
        if obj.lemma_.lower() in clothes or obj.lower_ in clothes:
            for mod in obj.children:
                if mod.dep_ in {"amod", "compound"}:
                    group = taxonomy.classify(mod.text, head=mod.lemma_.lower(), head_text=mod.text, role="patient")
                    if group not in {None, "total"}:
                        return group
    return None


def share_group(token, noun, taxonomy) -> str | None:
    """ "Civilians made up 1,130 of the 1,452 killed", "Children accounted for
    212 of the 890 killed": the subject of a ``share_verb`` names the group of a
    count with no group noun of its own (a part "of" a toll)."""
    if noun is not None and noun.dep_ != "pobj":
        return None  # "made up 40 soldiers": the count has its own noun
    verb = token.head
    if token.dep_ == "pobj":
        verb = verb.head  # "accounted for 212"
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"} and c.i < token.i}
    phrases = {tuple(w.split(" ", 1)) for w in context_words("share_verb")}
    if token.dep_ not in {"dobj", "pobj"} or not any((verb.lemma_.lower(), p) in phrases for p in particles):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        group = taxonomy.classify(subject.text, head=subject.lemma_.lower(), head_text=subject.text, role="patient")
        if group not in {None, "total"}:
            return group
    return None
