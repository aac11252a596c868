"""The shapes a count takes in a sentence, for :mod:`framing.casualties.tolls`.

Toll words and the closed-class words of ``framing/data/toll_context_words.csv``
(by role), and the shapes of English news prose a count sits in: a range
("between 70 and 80"), a part of a set ("9 of the dead were nurses", "40
people, 15 of them children"), a count coordinated with another toll ("two
soldiers were killed and five others wounded"), a projection ("could rise
to 100"), a figure noun ("put the number of dead at 63") and the toll words
that modify a count ("3,000 wounded").
"""

from __future__ import annotations

from ..lexicons import words_by_role
from ..syntax.words import word_set
from .numbers import is_number_token
from .victims import people_nouns

#: The closed-class word list of the toll rules (role, word, rationale).
TOLL_CONTEXT_WORDS = "toll_context_words"


def context_words(role: str) -> frozenset[str]:
    """The words of ``role`` in ``framing/data/toll_context_words.csv``."""
    return words_by_role(TOLL_CONTEXT_WORDS)[role]


def is_toll(token, toll_lemmas) -> bool:
    """The token's lemma or lower-case form is a toll term.

    A home word (role ``home_word``) is one only as the object of a verb or of
    "from" ("lost their homes", "forced from their homes"), not in "returned
    to their homes" or "killed in their homes".
    """
    if not is_toll_word(token.lemma_, token.lower_, toll_lemmas):
        return False
    doc = token.doc
    if not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].is_alpha:
        return False  # "die-hard fans": the first part of a hyphenated word, not a toll word
    lemma = token.lemma_.lower()
    penalty = context_words("penalty_word")
    if (token.dep_ == "compound" and token.head.lemma_.lower() in penalty) or (
        token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in penalty
    ):
        return False  # "sentenced 12 men to death", "the death penalty": a sentence, not a death
    if lemma in context_words("home_word"):
        return token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ == "from")
    if token.pos_ in {"NOUN", "PROPN"} and (
        lemma in context_words("place_word") or token.lower_ in context_words("place_word")
    ):
        # "in jail", "behind bars", "still in hospital"; not "the jail held 690" or "a strike on a hospital"
        bare = not any(c.dep_ in {"det", "amod", "compound", "poss", "nummod"} for c in token.children)
        return bare and token.dep_ == "pobj" and token.head.lower_ in context_words("place_preposition")
    if lemma in context_words("custody_verb"):
        return token.pos_ in {"VERB", "AUX"} and held_people(token)
    phrasal = dict(w.split(" ", 1) for w in context_words("phrasal_toll_verb"))
    if lemma in phrasal:
        # "rounded up 300 men"; not "a second round of talks"
        # "swept away 12 villagers": the particle may be parsed as an adverb
        return token.pos_ == "VERB" and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ == phrasal[lemma] for c in token.children
        )
    if lemma in context_words("loss_verb"):
        # "the army lost 40 men": a counted object; not "lost their homes" or "lost contact"
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return token.pos_ == "VERB" and any(
            o.pos_ == "NUM" or any(c.dep_ == "nummod" for c in o.children) for o in objects
        )
    return True


def held_people(verb) -> bool:
    """A custody verb that holds people: passive ("he was held"), a participle
    ("the men held at the base") or with a counted object that is a toll noun of
    people or "others" ("holding nine hostages", "holding eight others"); not "the
    jail held 690", "the stadium held 40,000 fans" or "held a meeting"."""
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    counted = [o for o in objects if any(c.dep_ == "nummod" for c in o.children)]
    # "holding 14 hostages", "holding eight others", "bandits are holding 80 villagers"; not "the
    # stadium held 40,000 fans" (a capacity: its subject is no armed group)
    armed = any(c.dep_ == "nsubj" and people_nouns().get(c.lemma_.lower(), ("",))[0] == "armed" for c in verb.children)
    return any(armed or counts_people(o) or o.lemma_.lower() in context_words("elided_noun") for o in counted)


def is_toll_word(lemma: str, lower: str, toll_lemmas) -> bool:
    """:func:`is_toll` on plain strings (the Doc's token columns)."""
    return lemma.lower() in toll_lemmas or lower in toll_lemmas


def is_nominal_toll(token, toll_lemmas) -> bool:
    """A noun derived from a toll verb: "killing(s)", "shooting(s)", "stabbings"."""
    return is_nominal_toll_word(token.pos_, token.lower_, toll_lemmas)


def is_nominal_toll_word(pos: str, lower: str, toll_lemmas) -> bool:
    """:func:`is_nominal_toll` on plain strings."""
    return nominal_toll_lemma(pos, lower, toll_lemmas) is not None


def nominal_toll_lemma(pos: str, lower: str, toll_lemmas) -> str | None:
    """The toll verb a noun in -ing derives from ("shootings" -> shoot), or None."""
    if pos not in {"NOUN", "PROPN"}:
        return None
    word = lower
    word = word[:-1] if word.endswith("ings") else word
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if c in toll_lemmas), None)


# Dependencies of a bare number on the toll word it counts: "kills 75"
# (advmod), "left 90 injured" (npadvmod), "48 hurt" (nummod).
HEAD_TOLL_DEPS = {"advmod", "npadvmod", "nummod"}
# Dependents of a number or its noun that say what happened to the people counted.
OWN_TOLL_DEPS = {"acl", "amod", "relcl"}


def own_toll_words(token, noun, toll_lemmas) -> list:
    """Toll words that modify the number or its noun ("3,000 wounded", "8,100 people
    injured", "70 wounded passengers", "people who were killed"): they give the measure
    before any other toll word of the clause."""
    owners = [token] if noun is None else [token, noun]
    # "the dead civilians, among them 17 women": a noun the count hangs from, up to its clause's verb
    child = token
    for node in token.ancestors:
        if node.pos_ in {"VERB", "AUX"} or child.dep_ == "conj" and is_toll(child, toll_lemmas):
            break  # "2,310 people arrested ..., and 517 deaths": a toll noun's conjunct has its own measure
        if node.pos_ == "NOUN" and node not in owners:
            owners.append(node)
        child = node
    return [
        c
        for owner in owners
        for c in owner.children
        if c.dep_ in OWN_TOLL_DEPS and c.i != token.i and is_toll(c, toll_lemmas)
    ]


RANGE_WORDS = {"and", "to", "-", "\u2013"}


def range_lower(run, numbers, multipliers, vague):
    """The lower end of the range whose upper end is ``run`` ("between 70 and 80",
    "300 to 400 fighters", "70-80"), or None; the later figure of a change ("rose
    from 12 to 19") is no range."""
    doc = run[0].doc
    i = run[0].i
    if i < 2 or doc[i - 1].lower_ not in RANGE_WORDS:
        return None
    j = i - 2
    while j >= 0 and is_number_token(doc[j], numbers, multipliers, vague) and doc[j].lower_ not in vague:
        j -= 1
    if j == i - 2:
        return None  # no number before the "and" / "to"
    before = doc[j].lower_ if j >= 0 else ""
    if doc[i - 1].lower_ == "and" and before != "between" or doc[i - 1].lower_ != "and" and before == "from":
        return None
    return list(doc[j + 1 : i - 1])


def range_start(run, numbers, multipliers, vague) -> bool:
    """``run`` is the lower end of a range, read at its upper end (:func:`range_lower`)."""
    doc = run[0].doc
    k = run[-1].i + 2
    if (
        k >= len(doc)
        or doc[k - 1].lower_ not in RANGE_WORDS
        or not is_number_token(doc[k], numbers, multipliers, vague)
    ):
        return False
    end = k
    while end + 1 < len(doc) and is_number_token(doc[end + 1], numbers, multipliers, vague):
        end += 1
    upper = list(doc[k : end + 1])
    return range_lower(upper, numbers, multipliers, vague) is not None


def range_partner(run):
    """ "rose from 31 to 44": the 31 counts what the 44 counts."""
    token = run[-1]
    doc = token.doc
    if token.dep_ == "quantmod" and token.head.pos_ == "NUM" and run[0].i > 0 and doc[run[0].i - 1].lower_ == "from":
        return token.head
    return None


def object_of_toll_noun(noun, toll_lemmas) -> bool:
    """ "the deaths of 52 spectators", "the killing of 30 herders": the people a toll noun is about."""
    prep = noun.head
    lemmas = toll_lemmas or frozenset()
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and (is_toll(prep.head, lemmas) or is_nominal_toll(prep.head, lemmas))
    )


def of_pronoun(token) -> bool:
    """ "four of them", "20 of those": a count of people already counted."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i > token.i  # "Of those, 27 died": a fronted set, whose parts are tolls of their verbs
        and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)
        for c in token.children
    )


def projected(token) -> bool:
    """The count's clause is a projection or a condition: its verb has a modal of
    ``projection_modal`` ("could rise to 100") or an "if" clause, or is one."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "aux":
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    if verb.lemma_ == "be" and verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head
    modals = context_words("projection_modal")
    conditions = context_words("condition_word")
    node = verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in context_words("projection_verb"):
            return True  # "the toll was expected to climb past 140", "is likely to exceed 500"
    if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return True
    if any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in conditions for g in c.children)
        for c in verb.children
    ):
        return True
    return any(c.dep_ == "mark" and c.lower_ in conditions for c in verb.children)


def nested_count(noun, numbers, multipliers, vague) -> bool:
    """The counted noun is the "of" object of a counted partitive noun ("8 members of one family")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in word_set("partitive_nouns"):
        return False
    return any(c.dep_ == "nummod" and is_number_token(c, numbers, multipliers, vague) for c in prep.head.children)


def pronoun_part(token):
    """The group noun of "N of whom / of them were X" ("30 of whom were children"), or None."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    pronoun = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)
        for c in token.children
    )
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
    return attrs[0] if pronoun and attrs else None


def figure_of(token):
    """The "of" noun of a figure noun above a bare number ("the number of villagers
    shot ... at 300", "a tally of dead soldiers at 40"), or of the subject or object
    of the number's verb ("the number of inmates killed has risen to 34", "bring to
    900 the number of people who died"), or None."""
    verb = clause_verb(token)
    nodes = list(token.ancestors)
    if verb is not None:
        nodes += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    for node in nodes:
        if node.lemma_.lower() in context_words("figure_noun"):
            objs = [g for c in node.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            return next((g for g in objs if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
    return None


def partitive_whole(token, toll_lemmas):
    """The definite toll noun a count is a part of, or None: "9 of the dead",
    "Of the 64 dead, 38 ..." (the "of" phrase fronted on the count's verb)."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not preps and token.dep_ in {"nsubj", "nsubjpass"}:
        preps = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < token.i]
    for prep in preps:
        for obj in prep.children:
            definite = any(c.dep_ in {"det", "poss"} for c in obj.children)
            if obj.dep_ != "pobj" or not definite:
                continue
            if is_toll(obj, toll_lemmas):
                return obj
            if obj.pos_ in {"NUM", "NOUN"}:  # "Of the 120 wounded", "of the 300 people arrested"
                own = [c for c in obj.children if c.dep_ in OWN_TOLL_DEPS and is_toll(c, toll_lemmas)]
                if own:
                    return own[0]
    return None


def clause_verb(token):
    """The verb (or auxiliary) of the clause a token belongs to, or None."""
    node = token
    while node.pos_ not in {"VERB", "AUX"}:
        if node.head.i == node.i:
            return None
        node = node.head
    return node


def coordinated_group(verb, noun, sent_tolls, *, gapped: bool = False) -> str | None:
    """The group of an earlier toll in a clause coordinated with this one: "Dozens of
    protesters were hurt ... and 120 were detained", "One soldier was killed and four
    others were wounded" (an elided or "others" noun takes the group of its partner)."""
    if verb is None:
        return None
    for other_verb, group in reversed(sent_tolls):
        if other_verb is None:
            continue
        if other_verb.i == verb.i:
            if noun is not None or gapped:  # "killed 8 guards and 15 others", "... in Dara and 12 in Kesh"
                return group
            continue
        first, second = sorted((other_verb, verb), key=lambda t: t.i)
        conj = second.dep_ == "conj" and second.head.i == first.i
        siblings = (
            first.head.i == second.head.i
            and first.dep_ == second.dep_
            and any(t.dep_ == "cc" for t in first.doc[first.i : second.i])
        )
        if conj or siblings:
            return group
    return None


def counts_people(noun) -> bool:
    """A toll noun naming people ("refugees", "hostages", "prisoners"), not a
    toll count noun ("deaths", "casualties", "the dead") or an event."""
    return noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() in context_words("person_toll_noun")


def under_rubble(word) -> bool:
    """The toll word has "under the rubble / debris / wreckage" (role ``rubble_word``): the people are missing."""
    return any(
        c.dep_ == "prep"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in context_words("rubble_word") for g in c.children)
        for c in word.children
    )


def released(token, verb) -> bool:
    """The count's people are set free ("the army freed 119 hostages", "the transfer of
    52 prisoners", "the 40 hostages released on Friday", "rescuers freed 12 people
    trapped in the rubble"): a word of role ``release_word`` on the path from the count
    up to its clause verb ``verb`` or modifying a noun on it, or that verb when the path
    holds no other noun ("released the names of 12 people killed" counts them)."""
    words = context_words("release_word")
    if verb is None:
        return False
    path = [a for a in token.ancestors if a.i != verb.i and verb.i in {x.i for x in a.ancestors}]
    nouns = [t for t in path if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in word_set("partitive_nouns")]
    if any(t.lemma_.lower() in words for t in path):
        return True
    if any(c.dep_ in {"acl", "amod"} and c.lemma_.lower() in words for t in [token, *nouns] for c in t.children):
        return True
    # the verb frees the count's people: they are its subject or object, not a fronted set ("Of the
    # 300 people arrested, 120 have been released" counts the 300)
    top = path[-1] if path else token
    argument = top.dep_ in {"dobj", "nsubj", "nsubjpass"}
    return verb.lemma_.lower() in words and len(nouns) <= 1 and argument


def presumed(word) -> bool:
    """A word of death or of being trapped under a presumption ("presumed dead",
    "feared dead", "believed trapped"): the guidelines count these people as missing."""
    verbs = set(context_words("presumption_verb"))
    if word.lemma_.lower() not in context_words("trapped_word"):
        if word.pos_ != "ADJ":
            return False  # "feared to have drowned", "believed to have died": a death toll (tolls_real t129)
        verbs.discard("believe")
    node = word
    while node.head.i != node.i and node.dep_ in {"xcomp", "acomp", "oprd", "amod", "advmod"}:
        node = node.head
        if node.lemma_.lower() in verbs:
            return True  # "presumed dead", "feared dead", "presumed to be dead"
        if node.lemma_ != "be":
            return False
    return False


def alternatives(word) -> list:
    """Words coordinated with ``word`` by "or" ("killed or injured", "died or went
    missing"), with the complements of a coordinated verb ("gone missing")."""
    if word.dep_ == "conj":
        pair = [word.head]
    else:
        pair = [c for c in word.children if c.dep_ == "conj"]
    if not pair or not any(c.dep_ == "cc" and c.lower_ == "or" for t in (word, word.head) for c in t.children):
        return []
    return [t for p in pair for t in (p, *[c for c in p.children if c.dep_ in {"acomp", "xcomp", "oprd"}])]


def argument_of_toll_verb(token, toll_lemmas) -> bool:
    """ "killing 29 of them", "35 of whom are believed to be dead": a count of a pronoun
    set that is itself the subject or object of a toll verb (not "20 of them seriously",
    "12 of them were in critical condition")."""
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if is_toll(verb, toll_lemmas):
        return True
    complements = [c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd"}]
    return any(is_toll(t, toll_lemmas) for c in complements for t in c.subtree)


def breakdown_preposition(run, noun):
    """The breakdown word ("among", "including") a count is a part under: "among them
    20 children" with the noun as its object, or after "among them" when the parser
    hangs the noun elsewhere; None otherwise."""
    words = context_words("breakdown_word")
    if noun.dep_ == "pobj" and noun.head.lower_ in words:
        return noun.head
    doc, i = run[0].doc, run[0].i
    if i >= 2 and doc[i - 1].pos_ == "PRON" and doc[i - 2].lower_ in words and doc[i - 1].head.i == i - 2:
        return doc[i - 2]
    return None


def fronted_set(noun) -> bool:
    """The noun is the object of a fronted "of" phrase on the clause's verb ("Of the
    1,200 troops sent in May, 47 were killed"): the set its parts are counted from."""
    prep = noun.head
    verb = prep.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.dep_ == "prep"
        and verb.pos_ in {"VERB", "AUX"}
        and prep.i < verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < prep.i for c in verb.children)
    )


def counted_toll_noun(word, token) -> bool:
    """A toll noun with a count of its own ("the 52 victims", "recovered 8 bodies"): it
    says what its own number counts, not what another count in the clause counts
    ("Thousands took to the streets to mourn the 52 victims"), unless the count is
    placed among it ("Among the 18 victims were four nurses")."""
    if word.dep_ == "pobj" and word.head.lower_ in context_words("breakdown_word"):
        return False
    return word.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "nummod" and c.i != token.i and not (c.i < token.i < word.i) for c in word.children
    )


def held_by_non_state(verb) -> bool:
    """People held by a non-state armed group ("bandits are holding 80 villagers"):
    hostages (guidelines: other), not detainees of a state."""
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    holders += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(people_nouns().get(h.lemma_.lower(), ("", ""))[1] == "non_state" for h in holders)


def own_harm(verb, toll_lemmas) -> bool:
    """A participle that says its noun's people were harmed: a toll word itself ("people
    killed") or through its complement ("people believed trapped", "men feared dead")."""
    if is_toll(verb, toll_lemmas):
        return True
    complements = [c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "ccomp"}]
    return any(is_toll(t, toll_lemmas) for c in complements for t in c.subtree)


def member_compounds(noun, lexicon=None) -> list:
    """The people-noun compounds of a partitive head with no "of" object ("27 crew
    members", "12 staff members", "9 militia members"), whose group the members take."""
    lexicon = people_nouns(lexicon)
    return [c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in lexicon]


def bare_complement(token) -> bool:
    """A bare adjective the parser hangs on a verb as a clause ("7 went missing",
    "lay dead"): a complement of that verb, not a clause of its own."""
    if token.dep_ != "advcl":
        return False
    if token.pos_ == "ADJ" and not any(True for _ in token.children):
        return True
    # "4 went missing off the coast", "remained missing": a linking verb's complement, tagged a verb
    return token.head.lemma_.lower() in context_words("linking_verb") and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in token.children
    )


def buried_by_hazard(word) -> bool:
    """ "A landslide buried 15 people": burial by a ``burying_hazard``
    (landslide, avalanche) leaves people not yet found (missing), unlike
    burial in a grave."""
    if word.lemma_.lower() not in context_words("burial_verb"):
        return False
    hazards = context_words("burying_hazard")
    agents = [c for c in word.children if c.dep_ == "nsubj"]
    agents += [g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if word.dep_ == "acl":
        agents.append(word.head)  # "The mudslide buried 40 residents" parsed as a noun with a participle
    return any(a.lemma_.lower() in hazards for a in agents)


def place_part(verb) -> bool:
    """The count's verb places it: an "in"/"at" phrase with a named place
    ("2,410 were reported in the Lessar province", "61 were in Harrow
    district"), so a part of a toll given per place, not by a property."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (
                obj.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)
            ):
                return True
    return False
