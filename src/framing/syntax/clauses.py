"""Who a clause is about: subjects, controllers, objects and by-agents.

Rules over the ClearNLP-style labels of the English spaCy pipelines
(``nsubj``, ``nsubjpass``, ``xcomp``, ``agent`` ...). Each takes a
:class:`~framing.syntax.tree.Node` and returns a Node or ``None``; none of
them knows which words matter to a measure.
"""

from __future__ import annotations

from functools import lru_cache

from .misparsed import armed_clause, has_own_object, reported_verb, second_subject
from .series import misread_verb, series_holder, series_participle_holder, series_root_holder, span_holder
from .tree import Node, Tree
from .words import word_pairs, word_set

__all__ = [
    "MAX_CLIMB",
    "NOUNISH",
    "SUBJECT_DEPS",
    "VERB_POS",
    "by_agent",
    "controller",
    "direct_object",
    "frame_across_place",
    "frame_gerund",
    "frame_list_member",
    "fronted_gerund",
    "governing_verb",
    "misread_main_subject",
    "object_control_frames",
    "object_control_prepositions",
    "names_someone",
    "resolve_relative",
    "sibling_subjects",
    "split_object",
    "stranded_by_agent",
    "stranded_subject",
    "subject",
]

#: Labels of a subject: the one set every rule reads. An expletive ("it",
#: "there") is left out, since it names nobody and so is never an agent or a
#: patient; clause cutting, where it does mark a clause of its own, adds it
#: (:data:`framing.syntax.spans.CLAUSE_SUBJECT_DEPS`).
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
#: Coarse tags that can head a noun phrase (``X``: the tagger's guess for a
#: foreign name).
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
#: Coarse tags of a verb.
VERB_POS = frozenset({"VERB", "AUX"})
#: How many clauses the controller search climbs ("said to have been accused
#: of killing" is four).
MAX_CLIMB = 6


@lru_cache(maxsize=1)  # asked for per pcomp clause
def object_control_prepositions() -> frozenset[str]:
    """Prepositions after which the object controls a gerund after any verb
    ("accuse X of", "blame X for", "stop X from"); after "after", "while" ...
    the subject does (``framing/data/object_control.csv``, empty ``verb``)."""
    return frozenset(p for verb, p in word_pairs("object_control", "verb", "preposition") if not verb)


@lru_cache(maxsize=1)
def object_control_frames() -> frozenset[tuple[str, str]]:
    """(verb lemma, preposition) pairs whose object controls the gerund also
    with another preposition ("charged him with murdering") and when the
    parser hangs the preposition on the object ("accuses [the army [of
    killing]]"). Listed per verb because "N of V-ing" after other verbs is a
    noun complement ("ended the practice of detaining")."""
    return frozenset(pair for pair in word_pairs("object_control", "verb", "preposition") if pair[0])


def resolve_relative(token: Node) -> Node | None:
    """The noun a relative pronoun stands for; ``token`` itself otherwise.

    "the men who killed": "who" -> "men"; also as the subject of a clause a
    relative verb reports ("the ambush, which officials said killed nine":
    "which" -> "ambush"). An interrogative pronoun ("unclear
    who carried out the raid") names nobody: ``None``. The relative pronouns
    are ``framing/data/relative_pronouns.csv``.
    """
    if (
        token.text.lower() in word_set("relative_pronouns")
        and token.head.dep_ == "relcl"
        and token.head.head.i != token.head.i
    ):
        return token.head.head
    clause = token.head
    if (
        token.text.lower() in word_set("relative_pronouns")
        and token.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "ccomp"
        and clause.head.dep_ == "relcl"
        and clause.head.head.i != clause.head.i
    ):
        return clause.head.head  # "the ambush, which officials said killed nine": the ambush
    if (
        token.tag_ in ("WP", "WDT")
        and token.head.dep_ != "relcl"
        and token.text.lower() not in word_set("pronoun_nouns")
    ):
        return None  # "whoever shot them" names a doer (by the act alone): kept
    return token


def subject(verb: Node, *, depth: int = 0) -> Node | None:
    """The grammatical subject of ``verb``, or of the clause that controls it
    when ``verb`` heads a subjectless non-finite or coordinated clause
    (:func:`controller`). A relative pronoun is resolved. A clause whose
    subject position holds an expletive ("and there were casualties") has a
    subject of its own that names nobody: ``None``, not a controller's."""
    tree = verb.tree
    expletive = False
    for child in tree.children(verb.i):
        if tree.dep[child] in SUBJECT_DEPS:
            return split_object(verb, child) or resolve_relative(tree.node(child))
        expletive = expletive or tree.dep[child] == "expl"
    if expletive:
        return None
    found = controller(verb, depth=depth)
    return found if found is not None else fronted_gerund(verb)


def stranded_subject(verb: Node) -> Node | None:
    """The own subject of a coordinated verb that the parser joined to the
    first clause's object instead: "the men opened fire and police returned
    fire" read as "opened [fire and police]", "rebels ambushed the convoy and
    the soldiers fired back". The noun is a ``conj`` of an object of the
    first verb and ends right before ``verb`` (or its adverbs): an object
    conjunct is never followed by a finite verb of the same clause. None
    otherwise."""
    tree, i = verb.tree, verb.i
    j = i - 1
    while j >= 0 and tree.head[j] == i and tree.dep[j] in ("advmod", "aux", "neg"):
        j -= 1  # "and troops then fired", "and police had returned fire"
    if j < 0 or tree.dep[j] != "conj" or tree.pos[j] not in ("NOUN", "PROPN") or tree.sent_id[j] != tree.sent_id[i]:
        return None
    first = j
    while tree.dep[first] == "conj" and tree.head[first] != first:
        first = tree.head[first]
    if tree.dep[first] not in ("dobj", "pobj") or not tree.is_descendant(first, verb.head.i):
        return None
    return tree.node(j)


def split_object(verb: Node, own: int) -> Node | None:
    """The last conjunct of a subject the parser made of the previous verb's
    object and the real subject: "the bandits attacked [the bus and police]
    returned fire", read with "the bus and police" as the subject of a
    clausal complement of "attacked". Only right after a verb with no object
    of its own that is not a verb of saying, thinking or perceiving
    (``reporting_verbs.csv``, ``clause_verbs.csv``: "said the army and police
    fired" is a real complement), and with no "that" before the clause. None
    otherwise."""
    tree, i = verb.tree, verb.i
    governor = tree.head[i]
    if tree.dep[i] not in ("ccomp", "conj") or governor == i or tree.pos[governor] not in VERB_POS:
        return None
    lemma = tree.lemma[governor].lower()
    if lemma in word_set("reporting_verbs", "lemma") or lemma in word_set("clause_verbs"):
        return None
    if tree.left_edge(own) != governor + 1 or tree.with_dep(governor, "dobj") or tree.with_dep(i, "mark"):
        return None
    last = [c for c in tree.children(own) if tree.dep[c] == "conj" and tree.pos[c] in ("NOUN", "PROPN")]
    if not last or tree.right_edge(last[-1]) != i - 1:
        return None
    return tree.node(last[-1])


def fronted_gerund(verb: Node) -> Node | None:
    """A gerund that opens the sentence of a verb without a subject, which
    the parser hung as an adverbial clause ("Shelling and sniping by the
    rebels killed 40": "Shelling" as ``advcl`` of "killed"); a clause with a
    marker ("after shelling ...") or a subject of its own is no subject."""
    tree = verb.tree
    for child in tree.children(verb.i):
        if child > verb.i or tree.dep[child] != "advcl" or tree.tag[child] != "VBG":
            continue
        start = tree.left_edge(child)
        if start == child and (start == 0 or tree.sent_id[start - 1] != tree.sent_id[start]):
            own = [c for c in tree.children(child) if tree.dep[c] in (*SUBJECT_DEPS, "mark")]
            return None if own else tree.node(child)
    return None


def direct_object(verb: Node) -> Node | None:
    """The first ``dobj`` child of ``verb``."""
    tree = verb.tree
    for child in tree.children(verb.i):
        if tree.dep[child] == "dobj":
            return tree.node(child)
    return None


def controller(verb: Node, *, depth: int = 0) -> Node | None:
    """Who the grammar says is the understood subject of a subjectless clause.

    * ``conj``: the subject of the first conjunct ("stormed the village and killed");
    * ``xcomp``: the object of the governor if it has one ("ordered troops to
      fire"), else its subject ("are said to have killed", "began to shoot"),
      also after a verb of subject control (``subject_control_verbs.csv``: "promised the
      families to punish"); a verb of use (``instrument_verbs.csv``) whose object is no
      person names a means, so its subject ("used houses to fire on", "used drones to bomb");
    * ``advcl`` / ``dep`` under a verb: the governor's subject ("ambushed a
      convoy, killing dozens"), also under a headline verb the parser read as
      a root noun with a subject ("Gunmen storm school, killing 30");
    * ``pcomp`` of a preposition under a verb: the governor's object after an
      object-control preposition or frame ("accused the settlers of
      attacking", "charged him with murdering"), else its subject ("were
      accused of killing"), or the noun a passive participle modifies
      ("servicemen suspected of killing");
    * ``pcomp`` of a preposition on the object of an object-control frame:
      that object ("accuses [the army of killing]");
    * ``pcomp`` of a preposition on a predicative adjective: the one it is
      said of ("was found guilty of ordering", "held X responsible for
      shelling"; "found X guilty of ordering" read as a clause: its subject);
    * ``acl`` gerund on a noun: that noun ("gunmen firing on crowds"), or the
      subject of a headline verb read inside a root noun phrase
      (:func:`headline_subject`: "Gunmen raid village, abducting 30");
    * ``ccomp`` after an earlier ``ccomp`` of the same verb: that clause's
      subject (a list of verbs the parser hung side by side: "say the army
      burns villages, carries out killings").

    Climbs at most :data:`MAX_CLIMB` clauses; ``None`` for a root.
    """
    if depth >= MAX_CLIMB:
        return None
    if verb.dep_ == "ROOT":
        first = series_root_holder(verb)  # "Rebels seized the quarry, forced the workers to dig, beat ..."
        return subject(first, depth=depth + 1) if first is not None else None
    head = verb.head
    dep = verb.dep_
    if dep == "conj" and (head.pos_ in VERB_POS or misread_verb(head)):
        stranded = stranded_subject(verb)
        if stranded is not None:
            return stranded
        holder = series_holder(verb)  # "X rode in, some carrying guns, and attacked"
        return subject(holder if holder is not None else head, depth=depth + 1)
    if dep == "xcomp":
        # "promised the families to punish": a verb of subject control keeps its own doer
        found = direct_object(head) if head.lemma_.lower() not in word_set("subject_control_verbs") else None
        if found is not None and head.lemma_.lower() in word_set("instrument_verbs") and not names_someone(found):
            found = None  # "gunmen used nearby houses to fire on": a thing used is no doer
        return found if found is not None else subject(head, depth=depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG" and head.pos_ in VERB_POS:
        found = frame_list_member(verb)
        if found is not None:
            return found
    if dep in ("advcl", "dep") and (head.pos_ in VERB_POS or head.with_dep("nsubj")):
        # a head with a subject of its own is a verb, even when the parser tags a
        # headline's verb a noun ("Gunmen storm school, killing pupils")
        return subject(head, depth=depth + 1)
    if dep in ("advcl", "dep") and verb.tag_ == "VBG" and head.pos_ in NOUNISH and head.dep_ == "ROOT":
        # a headline verb read as a noun ("Gunmen storm hotel, killing 19"): a root
        # noun with a subject of its own is a predicate, whose subject controls
        own = head.with_dep("nsubj")
        if own:
            return resolve_relative(own[0])
    if dep in ("acomp", "oprd") and verb.tag_ == "VBN" and head.pos_ in VERB_POS and head.lemma_.lower() != "be":
        # "X stand accused of", "remain charged with": a frame participle said of the verb's
        # subject ("had been gang-raped": a passive read as a predicate keeps no doer)
        if any((verb.lemma_.lower(), p.text.lower()) in object_control_frames() for p in verb.with_dep("prep")):
            return subject(head, depth=depth + 1)
    if dep == "pobj" and verb.tag_ == "VBG":
        dep = "pcomp"  # "accused of [looting] and burning": a gerund read as the preposition's noun object
    span = span_holder(verb) if dep == "pcomp" else None
    if span is not None:
        return subject(span, depth=depth + 1)  # "After four years of battling X, the army ..."
    if dep == "pcomp" and head.dep_ in ("prep", "agent") and head.head.pos_ not in VERB_POS:
        found = frame_across_place(head.head, head.text.lower())
        if found is not None:
            return found  # "X were accused by [the army [of killing]]"
    if dep == "pcomp" and head.dep_ in ("prep", "agent") and head.head.pos_ in VERB_POS:
        governor, preposition = head.head, head.text.lower()
        if (
            preposition in object_control_prepositions()
            or (governor.lemma_.lower(), preposition) in object_control_frames()
        ):
            found = direct_object(governor)
            if found is not None:
                return found
        if governor.dep_ == "acl" and governor.tag_ == "VBN" and governor.head.pos_ in NOUNISH:
            # "servicemen suspected of killing", "forces accused of firing": a
            # reduced passive relative, whose passive subject is the noun it modifies
            return governor.head
        if (head.dep_ == "agent" or preposition == "by") and governor.with_dep("nsubjpass", "auxpass"):
            return None  # "many had been killed by shelling": the passive subject is the victims, not the doer
        return subject(governor, depth=depth + 1)
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.head.dep_ == "dobj"
        and (head.head.head.lemma_.lower(), head.text.lower()) in object_control_frames()
    ):
        return head.head
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "ADJ" and head.head.dep_ in ("ccomp", "xcomp"):
        # "found [the minister guilty] of ordering": a small clause read with its own subject
        own = head.head.with_dep(*SUBJECT_DEPS)
        if own:
            return own[0]
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "ADJ" and head.head.dep_ in ("acomp", "oprd"):
        # "was found guilty of ordering", "held X responsible for ordering": the one the
        # adjective is said of (the object of a verb that has one, else its subject)
        governor = head.head.head
        if governor.pos_ in VERB_POS:
            found = direct_object(governor)
            return found if found is not None else subject(governor, depth=depth + 1)
    if dep == "acl" and head.pos_ in NOUNISH and verb.tag_ == "VBG":
        return headline_subject(verb) or head
    if dep == "acl" and (verb.tag_ == "VBD" or has_own_object(verb) or armed_clause(verb)) and head.pos_ in NOUNISH:
        holder = series_participle_holder(verb)  # "shot farmers, looted shops": the series' verb
        return subject(holder, depth=depth + 1) if holder is not None else misread_main_subject(verb)
    if dep == "ccomp" and head.pos_ in VERB_POS and reduced_belief(verb):
        return subject(head, depth=depth + 1)  # "Gunmen believed to be cartel members opened fire"
    if dep == "ccomp" and head.pos_ in VERB_POS:
        # "say the army burns villages, carries out killings": a list of verbs the parser
        # hung side by side on the verb above; the subject of the nearest earlier one.
        # Also an adjective clause stranded just before ("said soldiers loyal to the
        # junta opened fire": "loyal" took "soldiers" as its subject)
        tree = verb.tree
        for sibling in sorted(tree.children(head.i), reverse=True):
            stranded = tree.pos[sibling] == "ADJ" and tree.right_edge(sibling) + 1 == tree.left_edge(verb.i)
            if sibling < verb.i and tree.dep[sibling] == "ccomp" and (tree.pos[sibling] in VERB_POS or stranded):
                found = [c for c in tree.children(sibling) if tree.dep[c] in SUBJECT_DEPS]
                return resolve_relative(tree.node(found[0])) if found else None
    return None


def frame_list_member(verb: Node) -> Node | None:
    """The object of a frame verb (``object_control.csv``) whose list of
    gerunds the parser split: "accused X of [burning houses], raping women,
    and looting": the later gerunds hang on the verb as clauses after the
    frame's preposition, whose object is itself a gerund ("of looting") or a
    noun a gerund modifies ("of [burning houses]"). ``verb`` is such a
    clause; the frame verb's object (the accused), or None ("accused the
    rebels of the attack, shelling their camp" is no list)."""
    head = verb.head
    objects = head.with_dep("dobj")
    if not objects:
        return None
    for preposition in [*head.with_dep("prep"), *objects[0].with_dep("prep")]:  # "accused [X [of burning]]"
        if preposition.i > verb.i or (head.lemma_.lower(), preposition.text.lower()) not in object_control_frames():
            continue
        for member in preposition.with_dep("pcomp", "pobj"):
            if member.tag_ == "VBG" or any(c.tag_ == "VBG" and c.i < member.i for c in member.with_dep("amod")):
                return resolve_relative(objects[0])
    return None


def frame_gerund(word: Node) -> Node | None:
    """The doer a frame verb (``object_control.csv``) names for a gerund the
    parser read as a modifier of its own object, first word of the frame
    preposition's phrase: "accused X of [burning houses]", "X were accused
    of [beating protesters]". The frame verb's object, else the noun its
    reduced passive relative modifies, else its subject; None when ``word``
    is no such gerund ("accused X of the burning houses" has a determiner)."""
    head = word.head
    if word.dep_ not in ("amod", "compound") or word.tag_ != "VBG" or word.tree.left_edge(head.i) != word.i:
        return None
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "accused of looting and [burning villages]"
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    preposition, governor = head.head, head.head.head
    frame = (governor.lemma_.lower(), preposition.text.lower())
    if governor.pos_ not in VERB_POS:
        if governor.dep_ == "dobj" and (governor.head.lemma_.lower(), frame[1]) in object_control_frames():
            return governor  # "accused [the militia [of burning homes]]"
        return frame_across_place(governor, frame[1])  # "accused by [monitors [of burning villages]]"
    if frame not in object_control_frames():
        return None
    found = direct_object(governor)
    if found is not None:
        return found
    if governor.dep_ == "acl" and governor.tag_ == "VBN" and governor.head.pos_ in NOUNISH:
        return governor.head  # "a militia accused of burning houses"
    return subject(governor)


def frame_across_place(word: Node, preposition: str) -> Node | None:
    """The object of a frame verb when the parser hangs the frame's
    preposition on a noun of a phrase between them: "accused the army in
    [Ukraine [of war crimes]]", "blamed the militia in [the north [for the
    killings]]", "X have been accused by [the UN [of attacks]]". Climbs at most
    two prepositional phrases from ``word`` to a verb of
    ``object_control.csv`` (or its object) and returns its object; None
    otherwise."""
    control = object_control_frames()
    node = word
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.dep_ not in ("prep", "agent"):
            return None
        node = node.head.head
        if node.dep_ == "dobj" and (node.head.lemma_.lower(), preposition) in control:
            return node
        if node.pos_ in VERB_POS:
            if (node.lemma_.lower(), preposition) not in control:
                return None
            objects = node.with_dep("dobj", "nsubjpass")  # "X was accused by the UN of attacks"
            return objects[0] if objects else None
    return None


def reduced_belief(verb: Node) -> bool:
    """``verb`` is the main verb of a clause whose subject carries a reduced
    relative of belief the parser read as the main clause: "Gunmen believed
    to be members of a cartel opened fire" parsed as "Gunmen believed [to be
    members] [opened fire]". The subjectless ``ccomp`` follows the ``to``
    infinitive of a participle of ``belief_participles.csv`` that has no
    auxiliary or negation of its own ("police had believed", "did not
    think"); the participle's subject is then the verb's."""
    if verb.dep_ != "ccomp" or verb.with_dep(*SUBJECT_DEPS, "expl"):
        return False
    governor = verb.head
    if governor.lemma_.lower() not in word_set("belief_participles") or governor.with_dep("aux", "auxpass", "neg"):
        return False
    return any(governor.i < c.i < verb.i and c.with_dep("aux") for c in governor.with_dep("xcomp"))


#: Labels a noun holds only when the parser took it for a clause: the main
#: verb of its sentence was misread as a modifier inside its phrase.
CLAUSE_SLOTS = ("ROOT", "ccomp", "parataxis")


#: The marks that end a wire dateline ("KELDAR (Reuters) -", "MOSCOW (TASS):").
DATELINE_MARKS = frozenset({"-", "\u2013", "\u2014", ":", "--"})


def headline_subject(participle: Node) -> Node | None:
    """The subject of a headline verb the parser read inside a root noun
    phrase, for a participle of result set off by a comma after it:
    "Gunmen raid village, abducting 30" ("raid" a compound with "Gunmen" as
    its subject), "Rebels attack convoy, killing six" (two premodifiers, the
    first a people noun or a name: ``people_nouns.csv``). None otherwise."""
    noun, tree = participle.head, participle.tree
    if noun.dep_ != "ROOT" or participle.i == 0 or tree.text[participle.i - 1] != ",":
        return None
    compounds = [c for c in noun.with_dep("compound") if c.i < noun.i]
    for compound in compounds:
        own = compound.with_dep("nsubj")
        if own:
            return own[0]
    if len(compounds) >= 2 and names_someone(compounds[0]):
        return compounds[0]
    return None


def misread_main_subject(verb: Node) -> Node | None:
    """The subject of a finite verb the parser hung as a modifier ("A militia
    attack on a camp for displaced people killed 22": "killed" as an
    ``acl`` of "people"): a past-tense form (``VBD``, not the participle a
    reduced relative takes) inside a noun phrase whose top noun sits where a
    clause should ("attack" as ``ROOT`` or ``ccomp``); a participle with a
    direct object ("killed 31" tagged ``VBN``) counts too. That top noun, climbed
    to through ``pobj`` / ``prep`` / ``agent`` / ``acl`` links ("A mob enraged by the
    rumours torched five churches": the by-phrase of a reduced relative); None when the phrase has a
    verb of its own (the parse may be right). After a wire dateline ("ORSA (AP) -
    Gunmen on motorcycles killed ...") the parser may make the place the root and the
    subject its apposition: a noun in apposition that opens the text after a dash or
    colon is that top noun too. A verb with a direct object of its own hung on the last conjunct of a
    coordinated subject climbs to the first conjunct ("Police and allied militias killed 40 people")."""
    tree = verb.tree
    i = tree.head[verb.i]
    own_object = has_own_object(verb) or armed_clause(verb)
    for _ in range(MAX_CLIMB * 2):
        dep = tree.dep[i]
        if dep in CLAUSE_SLOTS and tree.pos[i] in NOUNISH:
            return tree.node(i)
        if dep == "nsubj" and own_object and tree.pos[i] in NOUNISH and second_subject(i, tree):
            return tree.node(i)  # "Armed men killed 40 people, witnesses said": "said" took two subjects
        if dep == "dobj" and own_object and tree.pos[i] in NOUNISH and reported_verb(tree.head[i], tree):
            return tree.node(i)  # "residents said youths armed with rifles torched 22 shops": said takes a clause
        start = tree.left_edge(i)
        if dep == "appos" and tree.pos[i] in NOUNISH and start > 0 and tree.text[start - 1] in DATELINE_MARKS:
            return tree.node(i)
        postnominal = dep == "amod" and tree.head[i] < i  # "Soldiers loyal to the junta fired on"
        # "Security forces and allied militias killed 40 people": the verb hangs on the last
        # conjunct; with an object of its own it cannot be a passive, so the coordination is its subject
        coordinated = dep == "conj" and tree.head[i] < i and own_object
        if (dep not in ("pobj", "prep", "agent", "acl", "compound") and not postnominal and not coordinated) or (
            tree.head[i] == i
        ):
            return None
        i = tree.head[i]
    return None


def by_agent(verb: Node) -> Node | None:
    """The object of the ``agent`` "by" child of a passive verb.

    A bare ``prep`` "by" is left alone because it is as often an instrument
    or a time ("by a bullet", "by Sunday"). A by-phrase the parser hung on an
    earlier preposition's object is :func:`stranded_by_agent`'s.
    """
    tree = verb.tree
    for child in tree.children(verb.i):
        if tree.dep[child] == "agent":
            objects = tree.with_dep(child, "pobj")
            if objects:
                return tree.node(objects[0])
    return None


#: Named-entity kinds of a by-object that can only be a doer (people, organisations, nationalities).
_DOER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def stranded_by_agent(verb: Node) -> Node | None:
    """The by-phrase of a passive that the parser hung on the object of an earlier
    preposition: "were stabbed at a checkpoint by a man", "was shot in the head by a
    sniper". Its object is the verb's agent when it names someone: a person, an
    organisation or a nationality, or a people noun (``people_nouns.csv``: man, sniper,
    soldier); "hit in the street by a car", "by the roadside" are left alone. Harm events
    read it; the passives table does not ("killed in an attack by gunmen" stays agentless
    there, since the by-phrase may be the attack's)."""
    tree = verb.tree
    if verb.tag_ != "VBN" or not tree.with_dep(verb.i, "auxpass"):
        return None
    for preposition in tree.with_dep(verb.i, "prep"):
        for noun in tree.with_dep(preposition, "pobj"):
            for by in tree.with_dep(noun, "prep"):
                objects = tree.with_dep(by, "pobj")
                if tree.text[by].lower() == "by" and objects and names_someone(tree.node(objects[0])):
                    return tree.node(objects[0])
    return None


def names_someone(noun: Node) -> bool:
    """A named doer entity or a people noun (``people_nouns.csv``): "criminals", "the Front"."""
    if noun.ent_type_ in _DOER_ENTITY_TYPES:
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_set("people_nouns", "lemma")


def sibling_subjects(head: Node) -> list[Node]:
    """Later subjects of the same verb, of the same label as ``head``.

    The parser sometimes attaches both halves of "230 personnel and 250
    fighters were killed" to the verb; a non-subject has none.
    """
    if head.dep_ not in SUBJECT_DEPS:
        return []
    tree, i = head.tree, head.i
    # "Armed men killed 40 people, witnesses said": a clause with an object of its own hung on the head
    # ends its phrase; the later subject is the reporting verb's own
    clause = [c for c in tree.subtree(i) if c > i and tree.dep[c] == "acl" and has_own_object(tree.node(c))]
    return [
        tree.node(t)
        for t in tree.children(tree.head[i])
        if tree.dep[t] == head.dep_ and t > i and not any(c < t for c in clause)
    ]


def governing_verb(tree: Tree, i: int) -> int:
    """Token ``i`` itself if it is a verb that is not an auxiliary, else the
    nearest such verb above it, else the root of its sentence (by index)."""
    pos, dep, heads = tree.pos, tree.dep, tree.head
    while True:
        if pos[i] in VERB_POS and dep[i] not in ("aux", "auxpass"):
            return i
        if heads[i] == i:
            return i
        i = heads[i]
