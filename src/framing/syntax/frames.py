"""What a governing word says about an act: who it names as the doer, and
whether it negates or denies the act.

"accused the militia of killings", "blamed the attacks on the militia",
"the militia is responsible for the massacre": the doer of an act noun is
named by the verb or adjective that governs it, not by the noun. "did not
fire", "no one was killed", "denied that its soldiers shot": the act is
negated or denied by its own verb or by a verb whose complement it is.

The frames are English grammar, in packaged data files with a rationale
per entry: ``object_control.csv`` (verb + preposition frames whose object
is the doer: accuse of, blame for, charge with), ``agent_frames.csv``
(adjectives and nouns: responsible for, guilty of, responsibility for; and
frames whose direct object is the act: blame on), ``denial_verbs.csv`` and
``negation_words.csv``.
"""

from __future__ import annotations

from .blame import idiom_doer
from .claims import agent_frames, claimed_in_statement, names_nobody, predicate_doer, suspected_doer
from .clauses import (
    NOUNISH,
    SUBJECT_DEPS,
    VERB_POS,
    by_agent,
    controller,
    frame_across_place,
    names_someone,
    object_control_frames,
    resolve_relative,
    subject,
)
from .tree import Node
from .words import word_set

__all__ = [
    "COMPLEMENT_DEPS",
    "MAX_DENIAL_CLIMB",
    "agent_frames",
    "carried_agent",
    "is_denied",
    "is_negated",
    "names_nobody",
    "predicate_subject",
    "predicate_verb",
]

#: Labels by which an act is the complement of the word above it: the chain
#: a denial reaches down ("denied [that they [shot]]", "denied [carrying
#: out [attacks]]", "rejected [claims [that troops fired]]").
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "conj"})
#: How many words the denial search climbs ("denied responsibility for the
#: killing of" is four); a decision, as for the controller search.
MAX_DENIAL_CLIMB = 6


def predicate_subject(word: Node) -> Node | None:
    """Who an adjective or noun predicate is said of.

    "X is responsible" (``acomp``/``attr``): the copula's subject; "held X
    responsible" (``oprd``/``xcomp``/``ccomp``): the governor's object, or
    its passive subject ("X was held responsible"); "the group responsible
    for" (postnominal ``amod``): the noun; "X claimed responsibility"
    (``dobj``): the verb's subject; "named X as the perpetrators" (the "as"
    object of a verb): the verb's object or passive subject.
    """
    own = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
    if own:
        return own[0]
    owners = word.with_dep("poss") if word.pos_ == "NOUN" else []
    if owners:
        return owners[0]  # "rejected accusations of X's involvement in the attack", "his role in the killings"
    head, dep = word.head, word.dep_
    if dep in ("acomp", "attr", "dobj") and head.pos_ in VERB_POS:
        return subject(head)
    if dep in ("oprd", "xcomp", "ccomp") and head.pos_ in VERB_POS:
        objects = head.with_dep("dobj")
        return resolve_relative(objects[0]) if objects else subject(head)  # "X, which the UN holds responsible"
    if dep == "amod" and head.i < word.i:
        return head
    if dep == "nsubjpass" and head.pos_ in VERB_POS:
        return by_agent(head)  # "responsibility for the bombing was claimed by X"
    if dep == "pobj" and head.text.lower() == "as" and head.head.pos_ in VERB_POS:
        objects = head.head.with_dep("dobj", "nsubjpass")  # "named X as the perpetrators of", "X was named as"
        return objects[0] if objects else None
    return None


def carried_agent(noun: Node) -> Node | None:
    """The doer of an act noun named by the word that governs it, or None.

    * the object of a verb + preposition frame of ``object_control.csv``
      ("accused the militia of killings", "blamed X for the attacks",
      "charged him with murder"; passive: "X was accused of crimes", or the
      noun a reduced passive relative modifies: "a militia accused of
      atrocities"), also when the parser hangs the preposition on the object;
    * the subject of an adjective or noun frame of ``agent_frames.csv``
      ("X is responsible for the massacre", "X claimed responsibility for
      the bombing", "X was behind the attacks");
    * the object of the preposition of a frame whose direct object is the
      act ("blamed the attacks on X"), also in the passive ("the attacks
      were blamed on X");
    * the subject of a ``verb_subject`` frame whose object is the act ("X
      claimed the attack"; passive: its by-agent);
    * either frame in a clause hung on the act noun whose object it is: a
      relative clause ("the attack, which X claimed", "the shelling, which
      residents blamed on X") or a reduced passive ("an attack blamed on X");
    * the by-agent of a fronted passive participle said of the act as
      subject ("Carried out by X, the massacre took ...");
    * the subject of a verb whose object is a frame noun and on which the
      parser hangs the noun's preposition ("X took part in the raid", "X
      played a role in the killing"), or of a ``verb_prep`` frame ("X
      participated in the executions", "two officers were involved in the
      abduction");
    * for an act a quantifier counts ("behind most of the disappearances",
      "caused any of the deaths"; ``container_nouns.csv``), the doer of the
      quantifier;
    * the doer a predicate noun names for the act it is said of
      (:func:`predicate_doer`: "the killings were the work of X", "denounced
      the shelling as an atrocity committed by X"), the one suspicion falls on
      (:func:`suspected_doer`) and the one who claimed responsibility
      "saying the bombing was revenge for ..." (:func:`claimed_in_statement`);
    * a doer an idiom of blame names (:func:`framing.syntax.blame.idiom_doer`:
      "the attack bore the hallmarks of X", "X were to blame for the
      slaughter", "pointed the finger at X for the bombing", "no group has
      claimed the attack, but ... X was responsible").
    """
    found = suspected_doer(noun)
    if found is not None:
        return found
    found = _carried(noun)
    if found is not None and names_nobody(found):
        found = None  # "no group has claimed the attack, but ... X was responsible": look further
    if found is None:
        whole = counted_whole(noun)
        if whole.i != noun.i:
            found = _carried(whole)
    if found is None:
        found = predicate_doer(noun)
    if found is None:
        found = claimed_in_statement(noun)
    if found is None:
        found = idiom_doer(noun)  # "bore the hallmarks of X", "X were to blame for", "pointed the finger at X for"
    return found


def counted_whole(noun: Node) -> Node:
    """The quantifier or container noun that counts an act ("most of the
    disappearances", "any of the deaths", "a series of attacks":
    ``container_nouns.csv``); the noun itself otherwise."""
    containers = word_set("container_nouns")
    while noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.lemma_.lower() in containers:
        noun = noun.head.head
    return noun


def _carried(noun: Node) -> Node | None:
    """:func:`carried_agent` for the frames a word governing ``noun`` names."""
    frames, control = agent_frames(), object_control_frames()
    for clause in _object_clauses(noun):
        # "the attack, which X claimed", "the shelling, which residents blamed on X", "an attack blamed on X"
        found = _object_frame_doer(clause, clause, frames)
        if found is not None:
            return found
    found = _misparsed_relative(noun, frames)
    if found is not None:
        return found  # "the raid, which residents blamed on X, ..." read with "residents" as a subject elsewhere
    if noun.dep_ in ("dobj", "nsubjpass"):  # "blamed the attack on X", "the attack was blamed on X"
        return _object_frame_doer(noun.head, noun, frames)
    if noun.dep_ == "nsubj" and noun.head.pos_ in VERB_POS:
        for clause in noun.head.with_dep("advcl"):
            # "Carried out by X over five days, the massacre took ...": a fronted passive participle of the act
            if clause.tag_ == "VBN" and clause.i < noun.i and not clause.with_dep(*SUBJECT_DEPS):
                found = by_agent(clause)
                if found is not None:
                    return found
    found = _list_member_noun(noun) or _place_list_participle(noun)
    if found is not None:
        return found  # "accused it of using guns against civilians, looting, and ..."
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
        return None
    preposition = noun.head
    word = preposition.head
    key = (word.lemma_.lower(), preposition.text.lower())
    if word.pos_ in VERB_POS and key in control:
        objects = word.with_dep("dobj")
        if objects:
            return objects[0]
        passive = word.with_dep("nsubjpass")
        if not passive and word.dep_ == "acl" and word.tag_ == "VBN" and word.head.pos_ in NOUNISH:
            return word.head  # "a militia accused of atrocities": a reduced passive relative
        return resolve_relative(passive[0]) if passive else None  # "X, which has been accused of abuses"
    if word.pos_ in VERB_POS:
        for held in word.with_dep("dobj", "acomp"):  # "were complicit in the looting": "in" hung on the copula
            if frames.get((held.lemma_.lower(), key[1])) == "prep_object":
                return predicate_subject(held)  # "X took part in the raid": "in" hung on the verb
        if frames.get(key) == "verb_prep":
            if word.dep_ == "acl" and word.tag_ == "VBN" and word.head.pos_ in NOUNISH:
                return word.head  # "members of X involved in the lynching"
            return subject(word)  # "X participated in the executions", "officers were involved in"
    if word.dep_ == "dobj" and (word.head.lemma_.lower(), key[1]) in control:
        return word  # "accuses [the army [of crimes]]"
    if _misread_object(word, key[1], control):
        return word  # "convicted [X [of genocide]] committed ...": the object read as a clause's subject
    found = _frame_across_place(word, key[1], control)
    if found is not None:
        return found  # "accused the army in [Ukraine [of war crimes]]"
    if frames.get(key) == "prep_object" and word.pos_ not in VERB_POS:
        return predicate_subject(word)
    if frames.get((preposition.text.lower(), "")) == "prep_object" and word.pos_ in VERB_POS:
        return subject(word)  # "X was behind the attacks"
    if frames.get((preposition.text.lower(), "")) == "prep_object" and word.pos_ in NOUNISH and word.i < noun.i:
        return word  # "the men behind the attack", headline "Jihadists behind church bombing"
    if key[1] == "for":
        return _charged(word)
    return None


def _place_list_participle(noun: Node) -> Node | None:
    """The doer of bare -ing act nouns after a comma that the parser joined to a place named by a
    verb's preposition, where they are the verb's participles of manner: "gunmen went from house to
    house in Odu, looting and killing" (*looting* conj of *Odu*). The first -ing conjunct hangs on a
    noun that is no -ing word, under a chain of prepositions from the verb, or is itself tagged a
    noun and hung on the verb as a clause; the verb's subject."""
    tree = noun.tree
    if not noun.text.lower().endswith("ing") or noun.with_dep("det", "poss", "prep"):
        return None
    node = noun
    while node.dep_ == "conj" and node.head.text.lower().endswith("ing") and node.head.i < node.i:
        node = node.head
    if node.dep_ == "advcl" and node.tag_.startswith("NN") and node.head.pos_ in VERB_POS and node.head.i < node.i:
        return subject(node.head)  # "went from house to house in Odu, [looting] and killing": a participle as noun
    if node.dep_ != "conj" or node.i == 0 or tree.text[node.i - 1] != "," or node.head.text.lower().endswith("ing"):
        return None
    place = node.head
    while place.dep_ == "pobj" and place.head.dep_ == "prep":
        place = place.head.head
    if place is node.head or place.pos_ not in VERB_POS:
        return None
    return subject(place)


def _list_member_noun(noun: Node) -> Node | None:
    """The doer of a bare -ing act noun that a list of gerunds after a frame
    preposition names, and that the parser joined to the object of the list's
    first gerund: "accused it of [using guns against [civilians, looting]],
    and ...". The noun follows a comma and has no determiner; the first
    conjunct lies (at most three words up) under a gerund after the
    preposition of ``object_control.csv``, whose controller is the doer."""
    tree = noun.tree
    if noun.dep_ != "conj" or not noun.text.lower().endswith("ing") or noun.with_dep("det", "poss"):
        return None
    if noun.i == 0 or tree.text[noun.i - 1] != ",":
        return None
    node = noun
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    control = object_control_frames()
    for _ in range(3):
        node = node.head
        if node.tag_ == "VBG" and node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep":
            governor, preposition = node.head.head, node.head.text.lower()
            if governor.dep_ == "dobj":
                governor = governor.head
            return controller(node) if (governor.lemma_.lower(), preposition) in control else None
    return None


def _misread_object(word: Node, preposition: str, control) -> bool:
    """A verb's object the parser read as the subject of a clause the verb
    governs, with the frame's preposition hung on it: "convicted [Colonel X]
    of genocide committed against ..." parsed as "X ... committed" (a ccomp)."""
    if word.dep_ not in ("nsubj", "nsubjpass") or word.head.dep_ not in ("ccomp", "xcomp"):
        return False
    verb = word.head.head
    return verb.pos_ in VERB_POS and verb.i < word.i and (verb.lemma_.lower(), preposition) in control


def _frame_across_place(word: Node, preposition: str, control) -> Node | None:
    """:func:`framing.syntax.clauses.frame_across_place` ("accused the army in
    [Ukraine [of war crimes]]"); ``control`` is kept for the callers."""
    return frame_across_place(word, preposition)


def _charged(word: Node) -> Node | None:
    """The "of" object of a noun of prosecution (``charge_nouns.csv``) whose
    "for" object is the act: "the conviction of two officers for the
    killing", also when the parser hangs "for" on the verb governing it
    ("upheld the conviction of X for the killing") or on the accused."""
    nouns = word_set("charge_nouns")
    if word.dep_ == "pobj" and word.head.text.lower() == "of" and word.head.head.lemma_.lower() in nouns:
        return word  # "the conviction of [two fighters [for the massacre]]"
    holders = [word] if word.pos_ in NOUNISH else word.with_dep("dobj", "nsubjpass")
    for holder in holders:
        if holder.lemma_.lower() not in nouns:
            continue
        for preposition in holder.with_dep("prep"):
            objects = preposition.with_dep("pobj") if preposition.text.lower() == "of" else []
            if objects:
                return objects[0]
    return None


#: Relative pronouns that stand for the object of a relative clause ("the
#: attack, which X claimed"); "who" names a person, never an act.
OBJECT_RELATIVES = ("which", "that")


def _object_frame_doer(verb: Node, act: Node, frames: dict) -> Node | None:
    """The doer a frame verb names for the act that is its object: the
    object of its ``direct_object`` preposition ("blamed the attack on X";
    the parser hangs it on the verb or the act), or, for a ``verb_subject``
    frame, its subject ("X claimed the attack") or passive by-agent ("the
    attack was claimed by X")."""
    lemma = verb.lemma_.lower()
    # the parser may hang the frame's preposition on the act's own complement:
    # "attributed [the disappearance of [43 students [to X]]]"
    # or on the verb's own complement after the act: "blamed the blast [at the market [on X]]"
    complements = [o for w in (act, verb) for p in w.with_dep("prep") if p.i > act.i for o in p.with_dep("pobj")]
    # or on the by-agent's object: "the killings, blamed [by [residents [on X]]]"
    complements += [o for a in verb.with_dep("agent") for o in a.with_dep("pobj")]
    candidates = [
        o
        for child in [*verb.children, *act.children, *(c for o in complements for c in o.children)]
        if child.dep_ == "prep" and frames.get((lemma, child.text.lower())) == "direct_object"
        for o in child.with_dep("pobj")
    ]
    if len(candidates) > 1 and verb.tree.doc() is not None:
        # "blamed the bombing on Thursday on X": a date is no doer
        candidates = [o for o in candidates if o.ent_type_ not in TIME_ENTITIES] or candidates
    if candidates:
        return candidates[0]
    kind = frames.get((lemma, ""))
    if kind not in ("verb_subject", "bare_object", "person_subject"):
        return None
    if kind == "person_subject" and (
        verb.dep_ in ("advcl", "dep") or (verb.dep_ == "conj" and verb.head.pos_ in VERB_POS)
    ):
        return None  # "troops fired on the crowd, causing deaths": the act that caused them is named
    if kind == "bare_object" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.text.lower() in DEFINITE) for c in act.children
    ):
        return None  # "officials used the attack as a pretext": a definite act is no act of the subject's
    if verb.with_dep("auxpass") or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        doer = by_agent(verb)
    else:
        doer = subject(verb)
    if doer is None or doer.i == act.i:
        return None
    if kind == "person_subject" and not (names_someone(doer) or doer.pos_ in ("PROPN", "PRON")):
        return None  # "the blast caused the deaths": a thing is no doer
    return doer


#: Entity types of a time expression the parser may hang a frame's preposition on.
TIME_ENTITIES = frozenset({"DATE", "TIME"})


#: Determiners that make an act noun definite (a known act, not one the subject does).
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


#: How many words a "which" clause may run before its frame verb ("which local residents blamed").
RELATIVE_REACH = 6


def _misparsed_relative(noun: Node, frames: dict) -> Node | None:
    """The doer of a ``direct_object`` frame in a "which" clause set off by
    commas right after the act noun, read from the words when the parser
    broke the clause ("the raid, which residents blamed on X, ..." with
    "which" the object of the main verb and "blamed" a participle on
    "residents"): the object of the frame verb's preposition, taken only when
    the verb is not the relative pronoun's own head (then
    :func:`_object_clauses` reads it) and lies before the next comma."""
    tree = noun.tree
    j = noun.i + 1
    if j < len(tree) and tree.text[j] == ",":
        j += 1
    if j >= len(tree) or tree.text[j].lower() not in OBJECT_RELATIVES or tree.sent_id[j] != tree.sent_id[noun.i]:
        return None
    pronoun = j
    for k in range(pronoun + 1, min(pronoun + 1 + RELATIVE_REACH, len(tree))):
        if tree.text[k] in (",", ".", ";") or tree.sent_id[k] != tree.sent_id[noun.i]:
            return None
        if tree.pos[k] not in VERB_POS or tree.head[pronoun] == k:
            continue
        verb = tree.node(k)
        for child in verb.with_dep("prep"):
            if frames.get((verb.lemma_.lower(), child.text.lower())) == "direct_object":
                objects = child.with_dep("pobj")
                if objects:
                    return objects[0]
        return None  # the clause's own verb names no frame
    return None


def _object_clauses(noun: Node) -> list[Node]:
    """Clauses hung on an act noun of which it is the object: a relative
    clause whose object (or passive subject) is "which" / "that" ("the
    attack, which X claimed") and a reduced passive relative ("an attack
    blamed on X"). Also those the parser hangs on the object of the noun's
    own preposition ("the shelling of the market, which X blamed on Y")."""
    holders = [noun]
    for preposition in noun.with_dep("prep"):
        holders += preposition.with_dep("pobj")
    found = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and holder.i == noun.i:
                found.append(clause)
            elif clause.dep_ == "relcl" and any(
                c.dep_ in ("dobj", "nsubjpass") and c.text.lower() in OBJECT_RELATIVES for c in clause.children
            ):
                found.append(clause)
    return found


def predicate_verb(word: Node) -> Node | None:
    """The verb an act is said with: the word itself when it is a verb, else
    the verb a noun is the subject or object of (through a preposition:
    "no one was killed in the raid" is not said of the raid, so only a
    noun's own clause counts)."""
    if word.pos_ in VERB_POS:
        return word
    if word.dep_ in (*SUBJECT_DEPS, "dobj", "attr") and word.head.pos_ in VERB_POS:
        return word.head
    return None


def is_negated(word: Node, *, carriers: frozenset[str] = frozenset()) -> bool:
    """The act ``word`` names is negated in its own clause.

    For a verb: a ``neg`` child ("did not fire", "never shot") or a negative
    subject ("no one was killed", "nobody fired", "none were hurt";
    ``framing/data/negation_words.csv``, roles ``subject`` and
    ``determiner``). For a noun: a negative determiner on it ("no attacks
    were reported"), or the same on a verb of ``carriers`` it is the object
    or subject of ("never carried out attacks"): the negation of any other
    verb is that verb's ("did not stop the killing", "the murder was not
    political").
    """
    negative = names_nobody
    if word.pos_ not in VERB_POS and negative(word):
        return True
    verb = predicate_verb(word)
    if verb is None:
        return False
    if word.i != verb.i:
        lemma = verb.lemma_.lower()
        particles = [c.text.lower() for c in verb.children if c.dep_ == "prt"]
        if lemma not in carriers and not any(f"{lemma} {p}" in carriers for p in particles):
            return False
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in SUBJECT_DEPS and negative(child):
            return True
    return False


def is_denied(word: Node) -> bool:
    """The act ``word`` names is the complement of a denial verb
    (``framing/data/denial_verbs.csv``: "denied that its soldiers shot",
    "denied shooting", "denied responsibility for the killings", "rejected
    claims that troops fired"), climbing at most :data:`MAX_DENIAL_CLIMB`
    complement arcs (:data:`COMPLEMENT_DEPS`). A negated denial ("did not
    deny firing") denies nothing."""
    denials = word_set("denial_verbs")
    node = word
    for _ in range(MAX_DENIAL_CLIMB):
        if node.dep_ not in COMPLEMENT_DEPS or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.pos_ in VERB_POS:
            return False  # "denied the charge and fired again": a second act
        node = node.head
        if node.pos_ in VERB_POS and node.lemma_.lower() in denials:
            return not node.with_dep("neg")
    return False
