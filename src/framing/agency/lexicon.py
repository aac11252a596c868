"""The harm lexicon: which words name a harmful act, and in which kind.

``harm_terms.csv`` (or a study's own file) lists verbs, nouns, support
verbs and the conditional kinds (impact, outcome, resultative, reciprocal,
weapon); :func:`harm_lexicon` reads it once into sets, and
:func:`phrasal_verb` matches its entries of several words on a verb.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lexicon
from ..syntax import Node, word_set
from .nominals import verb_lemma
from .roles import is_person, partitive_object

__all__ = ["ANY_OBJECT", "HARM_LEXICON", "PHRASAL_DEPS", "harm_lexicon", "phrasal_verb"]

#: The packaged harm lexicon (``lexicon=None``).
HARM_LEXICON = "harm_terms"


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc (callers only read it)
def harm_lexicon(lexicon=None) -> dict:
    """The entries of a harm lexicon (``None``: the packaged ``harm_terms.csv``).

    ``verb``, ``noun``, ``support``: frozensets of lemmas (a noun may be
    several words); ``phrasal``: ``{verb lemma: frozenset of particles or
    objects}`` for verb entries of several words ("open fire", "wipe out");
    ``unless``: ``{verb lemma: frozenset}`` from the optional
    ``unless_object`` column (``|``-separated object lemmas, or ``person``)
    naming objects that give the verb a sense that is no harm; ``unless_noun``:
    the same for noun entries, read on the noun's patient ("an attack on the
    budget", "abuse of power").

    Optional kinds: ``impact`` verbs ("strike", "hit", "slam") and
    ``impact_noun`` nouns ("strike") are harm only when a weapon, an act or
    a known actor does them (:func:`impact_doer`); ``weapon`` nouns
    ("missile", "tank") name no doer as subject or by-agent, only through
    their modifier ("an Ostravian missile": :func:`weapon_user`);
    ``reciprocal`` verbs ("clash", "fight") are harm verbs whose coordinated
    or plural subject names the sides of a mutual act, and
    ``reciprocal_support`` verbs ("exchanged fire") make their harm object
    such an act (:func:`reciprocal_sides`); ``onset_support`` verbs ("began
    intermittent firing") are support verbs of act nouns only, not of a bare
    ``impact_noun`` ("began a strike" is a labour strike); ``outcome`` nouns ("death") are
    events only when a frame of responsibility names who caused them
    ("blamed the deaths on X": :func:`framing.syntax.carried_agent`), and
    outcome verbs ("die") only when their clause names a cause, a
    ``mechanism`` noun ("of gunshot wounds") or a doer, and no harm act;
    ``resultative`` verbs ("crush") are harm only in the passive or with
    "to death"; ``no_harm`` nouns of several words ("heart attack") name
    no violence although their head is a harm noun; a harm noun modifying an
    ``act_head`` noun ("the shooting death", "a killing spree") is the act;
    ``instrument`` verbs ("spray", "riddle", "rain") are harm only with a
    weapon or an act of fire as their object or "with" object ("sprayed the
    bus with bullets", "rained shells on the town"); ``prepositional``
    verbs ("set upon", "open up on") are harm with their preposition
    whatever its object, read into ``phrasal`` with :data:`ANY_OBJECT`;
    ``text_noun`` nouns ("speech", "column") make a harm noun said of them
    a metaphor ("the speech was an attack on the commission"); ``tool_noun``
    nouns ("tool", "symbol") make a harm noun they are "of" a kind of act
    ("a tool of repression"), ``fiction_noun`` nouns ("film") make a harm noun
    they show a scene; ``under_noun`` nouns ("fire", "attack") are those of
    "came under fire" (:func:`framing.agency.senses.figurative_under_fire`);
    a ``policy_noun`` ("reform", "tax") as a harm verb's subject makes it an
    economic effect ("the reforms would not hurt pensioners"); a
    ``label_noun`` ("crime", "genocide") after a copula whose subject is an
    act noun classifies that act ("the killings were crimes"); a
    ``death_verb`` ("drown", "suffocate") names a death by its mechanism
    with the victim as subject ("drowned when the ferry capsized"); a
    ``property`` verb ("gut", "pull down") is harm only with a building or
    vehicle as its patient, an ``act_path`` verb ("tear through") only with
    a harm noun as subject, an ``arson`` entry ("start fire") only with a
    person or actor as doer, a ``heard_noun`` ("explosion") only as the
    object of a ``perception`` verb ("heard the explosion")
    (:mod:`framing.agency.triggers`); the words of
    ``abstract_nouns.csv`` join every verb's ``unless`` set ("murdered the
    economy"), and ``abstract`` holds them; a ``motive``
    row lists in ``unless_object`` the words that make its noun a motive or
    a risk ("in reprisal", "fear of reprisals"); a ``capture`` verb ("take")
    is an abduction only with a person taken by force
    (:mod:`framing.agency.captures`). An
    ``unless_object`` of ``thing`` makes a verb harm only with a person as
    its patient ("a priest was snatched", not "snatched a bag").
    """
    lexicon = HARM_LEXICON if lexicon is None else lexicon
    table = load_lexicon(lexicon)
    missing = {"term", "kind"} - set(table.columns)
    if missing:
        raise ValueError(f"harm lexicon {lexicon!r}: missing column(s) {', '.join(sorted(missing))}")
    kinds = table["kind"].str.strip()
    terms = table["term"].str.strip().str.lower()
    out: dict = {
        kind: frozenset(terms[kinds == kind])
        for kind in (
            *("noun", "support", "impact", "impact_noun", "weapon"),
            *("reciprocal", "reciprocal_support", "outcome", "resultative", "mechanism"),
            *("no_harm", "act_head", "instrument", "text_noun"),
            *("tool_noun", "fiction_noun", "under_noun", "policy_noun", "label_noun"),
            *("death_verb", "property", "act_path", "arson", "heard_noun", "perception", "capture", "onset_support"),
        )
    }
    # onset support verbs ("began intermittent firing") are support verbs of an act noun, but not of a
    # bare impact noun ("dock workers began a strike": a labour strike)
    out["support"] = out["support"] | out["onset_support"]
    verbs = terms[kinds.isin(["verb", "reciprocal"])]
    out["verb"] = frozenset(t for t in verbs if " " not in t)
    phrasal: dict[str, set] = {}
    for term in verbs:
        if " " in term:
            first, rest = term.split(" ", 1)
            phrasal.setdefault(first, set()).add(rest)
    # "set upon", "open up on": harm whatever the preposition's object (marked "*")
    for term in terms[kinds == "prepositional"]:
        first, rest = term.split(" ", 1)
        phrasal.setdefault(first, set()).add(f"{rest} {ANY_OBJECT}")
    out["phrasal"] = {first: frozenset(rest) for first, rest in phrasal.items()}
    unless = table["unless_object"] if "unless_object" in table.columns else [""] * len(table)
    # an abstract patient makes every harm verb a metaphor ("murdered the economy"): abstract_nouns.csv
    abstract = word_set("abstract_nouns")
    out["abstract"] = abstract
    out["unless"] = {
        term: frozenset(w.strip().lower() for w in objects.split("|") if w.strip()) | abstract
        for term, kind, objects in zip(terms, kinds, unless, strict=True)
        if kind in ("verb", "impact", "reciprocal", "resultative")
    }
    # a noun's governors that make it a motive or a risk ("in reprisal", "fear of reprisals")
    out["motive"] = {
        term: frozenset(w.strip().lower() for w in objects.split("|") if w.strip())
        for term, kind, objects in zip(terms, kinds, unless, strict=True)
        if kind == "motive"
    }
    # a noun's unless-objects are read on its patient ("an attack on the budget")
    out["unless_noun"] = {
        term: frozenset(w.strip().lower() for w in objects.split("|") if w.strip())
        for term, kind, objects in zip(terms, kinds, unless, strict=True)
        if kind == "noun" and objects.strip()
    }
    return out


#: The mark on a ``prepositional`` entry's words in ``phrasal``: the
#: preposition may take any object ("set upon the driver", "opened up on a
#: minibus"), unlike "set on fire", whose object is part of the entry.
ANY_OBJECT = "*"

#: Labels of the second word of a several-word verb entry: a particle ("wipe
#: out"), an object ("open fire"), a resultative the parser labels as a
#: predicate or adverb ("set ablaze", "set alight"), or an infinitive
#: complement ("forced to marry").
PHRASAL_DEPS = ("prt", "dobj", "oprd", "acomp", "advmod", "xcomp")


def phrasal_verb(token: Node, phrasal: dict) -> tuple[str, Node] | None:
    """(entry, last word) when ``token`` is the verb of a several-word verb
    entry with its particle, object or resultative (:data:`PHRASAL_DEPS`:
    "wiped out", "opened fire", "set ablaze"), or with a preposition and its
    object ("set the cars on fire", "reduced the town to rubble"), else None."""
    first = verb_lemma(token.lemma_, token.text, frozenset(phrasal))
    if first is None:
        return None
    for entry in phrasal[first]:
        if entry.endswith(f" {ANY_OBJECT}"):
            found = _preposition(token, entry[: -len(ANY_OBJECT) - 1].split())
            if found is not None:
                return f"{first} {entry[: -len(ANY_OBJECT) - 1]}", found
    for child in token.children:
        if child.dep_ in PHRASAL_DEPS and child.lemma_.lower() in phrasal[first]:
            return f"{first} {child.lemma_.lower()}", child
        if child.dep_ == "dobj":
            # "set ablaze 14 vehicles": the parser makes the resultative before the object its modifier,
            # and one after it too ("holding 30 villagers captive")
            for word in child.children:
                after = word.i in (token.i + 1, child.i + 1)
                if word.dep_ == "amod" and after and word.lemma_.lower() in phrasal[first]:
                    return f"{first} {word.lemma_.lower()}", word
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in phrasal[first]:
            return f"{first} {child.lemma_.lower()}", token  # "fires were set by the militia": the object, passive
        if child.dep_ == "dobj" and partitive_object(child).lemma_.lower() in phrasal[first]:
            # "claimed hundreds of lives": the trigger stays the verb
            return f"{first} {partitive_object(child).lemma_.lower()}", token
        if child.dep_ == "prep":
            for target in child.with_dep("pobj"):
                rest = f"{child.text.lower()} {target.lemma_.lower()}"
                if rest in phrasal[first]:
                    return f"{first} {rest}", target
                if child.text.lower() in phrasal[first] and is_person(partitive_object(target)):
                    # "an army truck ran over a woman": the particle read as a preposition on a person
                    return f"{first} {child.text.lower()}", child
    for child in token.with_dep("dobj", "prep"):  # "set houses in three villages on fire"
        found = _object_preposition(child, phrasal[first])
        if found is not None:
            return f"{first} {found[0]}", found[1]
    return None


def _object_preposition(obj: Node, entries: frozenset[str]) -> tuple[str, Node] | None:
    """(words, object) of an entry's preposition the parser hangs inside the
    verb's object or another of its phrases ("set homes and a school on
    fire", "set houses in three villages on fire"), else None."""
    stack = list(obj.children)
    while stack:
        word = stack.pop()
        if word.dep_ == "prep":
            for target in word.with_dep("pobj"):
                rest = f"{word.text.lower()} {target.lemma_.lower()}"
                if rest in entries:
                    return rest, target
        stack.extend(word.children)
    return None


def _preposition(token: Node, words: list[str]) -> Node | None:
    """The last of ``words`` as the verb's preposition (or, in the passive,
    its stranded particle: "was set upon by a mob"), every earlier one as a
    particle ("opened up on"); else None."""
    children = {(c.dep_, c.text.lower()): c for c in token.children}
    if any(("prt", word) not in children for word in words[:-1]):
        return None
    return children.get(("prep", words[-1])) or children.get(("prt", words[-1]))
