"""Acts named in a list share a doer: coordinated acts under one by-phrase ("shelling and sniping by
X"), listed examples of a wider act ("atrocities, including killings"), one possessor for a list
("the army's shelling and looting"). Read by :func:`framing.agency.nominals.nominal_agent`."""

from __future__ import annotations

from ..syntax import VERB_POS, Node, is_bare, object_control_prepositions

__all__ = ["EXAMPLE_MARKERS", "LIST_HOLDERS", "shared_by_agent", "shared_possessor", "wider_act"]


def shared_by_agent(noun: Node) -> Node | None:
    """The "by" phrase a coordinated act shares with a later bare conjunct
    that carries it: "shelling and sniping by the militia" (the parser
    hangs "by" on "sniping"), "killings, rapes and looting by soldiers";
    and a later bare conjunct the "by" of the first ("killings and rapes by
    soldiers", "by" on "killings"). A conjunct with a determiner of its own ("the raid and the killings by
    police") names a separate act and shares nothing."""
    if noun.dep_ == "conj" and is_bare(noun) and noun.head.pos_ in ("NOUN", "PROPN", "VERB"):
        holders = [noun.head]  # "killings and rapes by soldiers": "by" on the first conjunct
    else:
        holders = [c for c in noun.conjuncts if c.i > noun.i and is_bare(c)]
    for conjunct in holders:
        for child in conjunct.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.text.lower() == "by"):
                objects = child.with_dep("pobj")
                if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                    return objects[0]
    return None


#: Words that introduce examples of the noun they hang from ("atrocities,
#: including killings and rape"; "crimes such as torture").
EXAMPLE_MARKERS = ("including", "as")


def wider_act(noun: Node) -> Node | None:
    """The noun a listed example belongs to: "accused of atrocities,
    including mass killings, rape and starvation" -> atrocities (for each of
    the three), "crimes such as torture" -> crimes, "abuses that included
    rape" -> abuses; None otherwise. The examples share the doer the grammar
    names for the wider noun.

    Also when the parser hangs "including" on the verb ("accused X of war
    crimes including the execution ...": the nearest noun before it after an
    object-control preposition, "crimes"), and a later example it hangs on
    the object of the first one ("the kidnapping of two priests and the
    burning of a school": "burning" under "priests")."""
    climbed = False
    while True:
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun, climbed = noun.head, True
        of = noun.head
        if not (climbed and noun.dep_ == "pobj" and of.text.lower() == "of" and of.head.pos_ == "NOUN"):
            break
        noun, climbed = of.head, False  # "burning" hung on "priests" of "the kidnapping of two priests"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "include" and noun.head.dep_ == "relcl":
        wider = noun.head.head  # "abuses that included the rape of women"
        return wider if wider.pos_ in ("NOUN", "PROPN") else None
    marker = noun.head
    if noun.dep_ != "pobj" or marker.dep_ != "prep" or marker.text.lower() not in EXAMPLE_MARKERS:
        return None
    if marker.text.lower() == "as" and not any(c.text.lower() == "such" for c in marker.children):
        return None
    wider = marker.head
    if wider.pos_ in VERB_POS:
        return _listed_under(wider, marker)
    return wider if wider.pos_ in ("NOUN", "PROPN") else None


def _listed_under(verb: Node, marker: Node) -> Node | None:
    """The noun before ``marker`` that an example marker hung on ``verb``
    belongs to: the nearest object of an object-control preposition
    ("accused X of war crimes, including ..." -> crimes)."""
    tree = verb.tree
    prepositions = object_control_prepositions()
    for j in range(marker.i - 1, verb.i, -1):
        of = tree.head[j]
        if (
            tree.pos[j] == "NOUN"
            and tree.dep[j] == "pobj"
            and tree.text[of].lower() in prepositions
            and tree.is_descendant(j, verb.i)
        ):
            return tree.node(j)
    return None


#: Prepositions of an act noun's object or target on whose noun the parser
#: hangs the later acts of a possessed list (:func:`shared_possessor`).
LIST_HOLDERS = ("of", "on", "against", "upon")


def shared_possessor(noun: Node) -> Node | None:
    """The possessor a bare later conjunct shares with the first act noun of
    its list: "the militia's looting, arson and rape" (each is the
    militia's), "the junta's air raids and artillery attacks", "the police's
    beatings of students and shootings at the rally". A conjunct with a
    determiner or possessor of its own ("the army's shelling and
    a rebel ambush") names a separate act. None otherwise."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # its own determiner: a separate act ("and a rebel ambush")
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
        of = first.head
        if first.dep_ == "pobj" and of.text.lower() in LIST_HOLDERS and of.head.pos_ == "NOUN":
            # "beatings of students and shootings", "raids on farms, kidnappings and
            # killings": the later acts hung on the first act's object or target
            first = of.head
    if first.i == noun.i:
        return None
    for child in first.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME") and child.tag_ != "PRP$":
            return child
    return None
