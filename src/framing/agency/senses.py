"""Senses of harm words that are no harm, and harm the lexicon's kinds miss.

Each test reads the grammar around a trigger the lexicon already matched
and says whether the sense is a violent act: a football score ("massacred
the visitors 6-0"), shots fired at nobody ("fired into the air"), a verb
entry that is harm only with an object ("blew himself up", not "a car bomb
blew up"), a reduced relative on a listed object ("the film, shot on
location"), an impact verb whose patient is a person ("no civilians
had been hit"), a verb that is harm only with a person as its patient ("a
priest was snatched", not "snatched a bag"), a harm noun said of words
("the speech was an attack on the commission"), a kind of act or a film's
scene ("a tool of repression", "the film shows the massacre") and a death
told as the end of an act already named ("was stabbed and died of his wounds").
"""

from __future__ import annotations

import re

from ..actors import load_people_nouns
from ..syntax import Node, conjuncts, word_pairs, word_set
from ..textnorm import fold_text
from .light import place_not_text
from .roles import is_person, is_pronoun, partitive_object

__all__ = [
    "INTRANSITIVE",
    "NO_PERSON_DOER",
    "THING",
    "armed_instrument",
    "BESIDE_HARM",
    "body_part_struck",
    "contest_excludes",
    "figurative_under_fire",
    "dismissed",
    "fired_at_nobody",
    "gerund_excludes",
    "headline_subject",
    "headline_verb",
    "harm_only_beside",
    "harmless_without_object",
    "modified_noun_excludes",
    "no_new_event",
    "occasion_of_harm",
    "particle_excludes",
    "person_struck",
    "scene_or_sequel",
    "sports_score",
    "thing_patient",
    "words_called_harm",
]

#: The ``unless_object`` word that makes a verb entry harm only with an
#: object or in the passive ("blew himself up", "the bridge was blown up";
#: not "a car bomb blew up", "a row blew up").
INTRANSITIVE = "intransitive"

#: The ``unless_object`` word of an impact verb for which a person as doer
#: is not enough ("the senator slammed the plan", "he damaged his knee").
NO_PERSON_DOER = "no_person_doer"

#: The ``unless_object`` word of a verb that is harm only with a person as
#: its object or passive subject ("gunmen snatched a priest", "hanged two
#: men"; not "snatched a bag", "hung the flag").
THING = "thing"

#: The ``unless_object`` word of a verb that is harm only beside another harm
#: verb, as its conjunct or its "-ing" clause ("shot two herders and stole
#: their cattle"; not "the thieves stole three laptops").
BESIDE_HARM = "beside_harm"

#: A match score written as two numbers joined by a dash ("6-0", "3 - 1").
_SCORE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$")
_SCORE_ANYWHERE = re.compile(r"\d\s*[-\u2013]\s*\d")

#: Dependents of a verb that are clauses of their own, whose numbers are not its score.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl"})

#: Labels of a number that counts a noun ("10-15 villagers"): a range, not a score.
_COUNTING = frozenset({"nummod", "quantmod", "compound", "amod"})

#: Adverbs that make an impact verb's person patient a figure of speech
#: ("investors were hit hard").
_FIGURATIVE_DEGREE = frozenset({"hard", "harder", "hardest"})


def sports_score(verb: Node) -> bool:
    """A match score in the verb's clause ("massacred the visitors 6-0",
    "beat City 3-1", "crushed them 5 - 0"): a sports result, not violence.
    A range that counts a noun ("killed 10-15 villagers") is no score, and
    clauses of their own under the verb are not read."""
    tree = verb.tree
    inner = {j for child in verb.children if child.dep_ in _CLAUSES for j in tree.subtree(child.i)}
    clause = sorted(j for j in tree.subtree(verb.i) if j not in inner)
    words = [tree.text[j] for j in clause]
    if not _SCORE_ANYWHERE.search(" ".join(words)):
        return False  # most clauses: no two numbers joined by a dash at all
    for k in range(len(words)):
        for width in (1, 3):
            last = clause[min(k + width, len(words)) - 1]
            if _SCORE.match("".join(words[k : k + width])) and tree.dep[last] not in _COUNTING:
                return True
    return False


def fired_at_nobody(verb: Node) -> bool:
    """The shots go where no one is (``framing/data/warning_targets.csv``:
    "fired into the air", "firing over their heads", "volleys over the
    grave") and no other target is named ("into the air and then at the
    crowd" is harm). Read on the verb and on its object ("fired shots into
    the air")."""
    listed = word_pairs("warning_targets", "preposition", "noun")
    holders = [verb, *verb.with_dep("dobj")]
    warning = other = False
    for holder in holders:
        for preposition in holder.children:
            # "in the air and then into the crowd": the parser may make the second a conjunct
            if preposition.dep_ not in ("prep", "prt") and (preposition.dep_, preposition.pos_) != ("conj", "ADP"):
                continue
            for target in preposition.with_dep("pobj"):
                for noun in conjuncts(target):
                    pair = (preposition.text.lower(), noun.lemma_.lower())
                    if pair in listed:
                        warning = True
                    elif preposition.text.lower() in ("at", "on", "into", "upon"):
                        other = True
    return warning and not other


def harmless_without_object(verb: Node, unless: frozenset[str], *, passive: bool) -> bool:
    """A verb entry whose ``unless_object`` holds :data:`INTRANSITIVE` is
    used with no object and not in the passive ("the car bomb blew up")."""
    if INTRANSITIVE not in unless or passive:
        return False
    # "punched and kicked the detainees": conjoined verbs share the last one's object
    return not any(word.with_dep("dobj", "nsubjpass") for word in (verb, *verb.conjuncts))


def modified_noun_excludes(verb: Node, unless: frozenset[str]) -> bool:
    """A reduced relative participle whose noun is a listed non-harm object
    ("the film, shot on location"): the noun it modifies is its patient. Not
    a participle with its own subject or "that" ("rejected claims that the
    defendant had shot the prisoners": a misparsed content clause)."""
    if not unless or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.with_dep("nsubj", "mark"):
        return False  # a content clause the parser hung on its noun: "claims that the defendant had shot"
    noun = verb.head
    return bool({noun.lemma_.lower(), noun.text.lower()} & unless)


def person_struck(
    verb: Node,
    *,
    passive: bool,
    doer: Node | None,
    patient: Node | None,
    unless: frozenset[str],
    is_harm_verb=None,
) -> bool:
    """An impact verb ("hit", "struck") names harm to a person whom no
    weapon or actor is named for: in the passive with a person as patient
    and no by-agent or a person as by-agent ("no civilians had been hit", "two
    gang members were hit during an exchange of fire", "was hit in the stomach
    by a policewoman"), or in the active with a person as doer and
    an object that is not listed ("a suicide car bomber struck a
    checkpoint", "they struck the camp"). Not "investors were hit hard",
    "were hit with fines", "it" as doer, nor a verb whose ``unless`` holds
    :data:`NO_PERSON_DOER` ("slammed the plan"). With no doer named, a
    harm verb ``is_harm_verb`` accepts that is its participle clause or its
    conjunct names the harm ("a school was hit, killing 17", "homes were
    destroyed or damaged"); not "the firm was hit by a cyber attack"."""
    if any(c.dep_ == "advmod" and c.lemma_.lower() in _FIGURATIVE_DEGREE for c in verb.children):
        return False
    if is_harm_verb is not None and doer is None:
        if not ({o.lemma_.lower() for o in verb.with_dep("dobj")} & unless) and _harm_beside(verb, is_harm_verb):
            return True
    if passive:
        if patient is None or not is_person(patient):
            return False
        if doer is not None and (not is_person(doer) or is_pronoun(doer) or NO_PERSON_DOER in unless):
            return False  # "hit by a policewoman" is harm; "hit by the sanctions", "slammed by critics" are not
        return not any(c.dep_ == "prep" and c.text.lower() == "with" for c in verb.children)
    if doer is None or not is_person(doer) or NO_PERSON_DOER in unless:  # not "it"; not "slammed the plan"
        return False
    objects = verb.with_dep("dobj")
    return bool(objects) and not ({objects[0].lemma_.lower(), objects[0].text.lower()} & unless)


def body_part_struck(verb: Node, *, passive: bool) -> bool:
    """An impact verb in the passive whose "in" or "on" object is a part of
    the body (``framing/data/body_parts.csv``): a wound, whoever the wounded
    ("another was struck in the leg", "the other was hit on the chest") and
    whatever hit him ("hit in the head by a rubber bullet"). Not "hit in the
    pocket", "hit hard", "hit with fines"."""
    if not passive:
        return False
    if any(c.dep_ == "advmod" and c.lemma_.lower() in _FIGURATIVE_DEGREE for c in verb.children):
        return False
    parts = word_set("body_parts")
    return any(
        c.dep_ == "prep"
        and c.text.lower() in ("in", "on")
        and any(o.lemma_.lower() in parts for o in c.with_dep("pobj"))
        for c in verb.children
    )


def harm_only_beside(verb: Node, unless: frozenset[str], is_harm_verb) -> bool:
    """A verb entry whose ``unless_object`` holds :data:`BESIDE_HARM` ("steal")
    with no other harm verb as its conjunct or its "-ing" clause: a theft
    told alone ("the thieves stole three laptops", "stole the show") is a
    crime report or a figure, the theft in a raid is harm ("raided the
    village, shot two herders and stole their cattle", "shooting residents
    and stealing cattle"). True when the use is no harm."""
    if BESIDE_HARM not in unless:
        return False
    lemma = verb.lemma_.lower()
    return not _harm_beside(verb, lambda w: w.lemma_.lower() != lemma and is_harm_verb(w))


def _harm_beside(verb: Node, is_harm_verb) -> bool:
    """A harm verb as the verb's "-ing" clause ("hit, killing 17") or its
    conjunct ("destroyed or damaged", "to kill and injure civilians and to
    damage homes")."""
    sequels = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    partners = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(is_harm_verb(word) for word in (*sequels, *partners))


def scene_or_sequel(word: Node, harm: dict, is_harm_verb) -> bool:
    """A harm word that names no new event: a harm noun a ``tool_noun`` is
    "of" ("a tool of repression", "a symbol of oppression": a kind of act),
    a harm noun or verb that a ``fiction_noun`` or a part of one shows ("the
    film shows the massacre of a village", "the film's final scene shows
    soldiers torching a village": a scene), or an ``outcome`` verb conjoined with a harm
    verb ("was stabbed in the neck and died of his wounds": the death is the
    stabbing's end, one event)."""
    lemma = word.lemma_.lower()
    if word.pos_ in ("VERB", "AUX") and word.dep_ in ("ccomp", "xcomp") and _fiction(word.head, harm):
        return True  # "the film's final scene shows soldiers torching a village"
    patients = [word.head] if word.dep_ == "acl" else word.with_dep("nsubjpass")
    if word.pos_ == "VERB" and any(p.lemma_.lower() in harm["fiction_noun"] for p in patients):
        return True  # "the war drama, shot on location", "the film was shot in the desert": filming
    if word.pos_ in ("VERB", "AUX"):
        if lemma not in harm["outcome"]:
            return False
        # a later harm conjunct shares the death's subject ("four died and 28 were hurt" is two events);
        # a later death may name the victim again ("were stabbed, and one later died of his wounds")
        if word.dep_ == "conj" and is_harm_verb(word.head):
            return all(is_pronoun(s) or s.tag_ == "CD" or s.text.lower() == "one" for s in word.with_dep("nsubj"))
        later = [c for c in word.children if c.dep_ == "conj" and not c.with_dep("nsubj", "nsubjpass")]
        return any(is_harm_verb(c) for c in later)
    head = word.head
    if word.dep_ == "pobj" and head.text.lower() == "of" and head.head.lemma_.lower() in harm["tool_noun"]:
        return True
    if word.dep_ == "dobj" and head.pos_ == "VERB":
        return _fiction(head, harm)
    return False


def _fiction(verb: Node, harm: dict) -> bool:
    """The verb's subject is a ``fiction_noun`` or a part of one ("the film
    shows", "the film's final scene shows", "a scene in the film depicts")."""
    for noun in verb.with_dep("nsubj"):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [
            o for c in noun.children if c.dep_ == "prep" and c.text.lower() in ("in", "of") for o in c.with_dep("pobj")
        ]
        if any(n.lemma_.lower() in harm["fiction_noun"] for n in (noun, *owners)):
            return True
    return False


#: People-noun kinds (``framing/data/people_nouns.csv``) who fire weapons: the
#: "from" object of "under fire from" of any other kind is a critic.
_ARMED_KINDS = frozenset({"armed", "state"})
#: Places and times an "over" phrase of "under fire" may name literally
#: ("came under fire over the border", "over the weekend").
_LITERAL_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def figurative_under_fire(noun: Node, under: frozenset[str], *, known_actor) -> bool:
    """ "Came under fire" (or "under attack") as criticism: for something done ("under fire for
    his remarks"), over a matter ("under fire over the delayed inquiry"), or
    from people who carry no arms ("from backbenchers", "from critics");
    not from an actor ``known_actor`` accepts, a weapon or armed people
    ("under fire from gunmen"), nor with no such phrase ("the convoy came
    under fire"). ``under`` holds the harm nouns of "came under ..."
    (``under_noun`` entries of the harm lexicon: "fire", "attack")."""
    if noun.lemma_.lower() not in under or noun.dep_ != "pobj" or noun.head.text.lower() != "under":
        return False
    kinds = load_people_nouns(None)
    for preposition in [*noun.children, *noun.head.head.children]:
        if preposition.dep_ != "prep":
            continue
        word = preposition.text.lower()
        for target in preposition.with_dep("pobj"):
            if word == "for" and target.ent_type_ not in _LITERAL_ENTITIES:
                return True
            if word == "over" and target.ent_type_ not in _LITERAL_ENTITIES and target.pos_ != "PROPN":
                return True
            if word == "from" and is_person(target) and not is_pronoun(target) and not known_actor(target):
                return kinds.get(fold_text(target.lemma_.lower())) not in _ARMED_KINDS
    return False


def occasion_of_harm(noun: Node, *, is_harm_verb) -> bool:
    """A bare impact noun ("strike") that a harm verb takes as its occasion
    or its doer is the act, not a labour strike: "killed in the strike",
    "wounded during the strike", "the strike killed 12"."""
    governor = noun.head
    if noun.dep_ == "nsubj":
        return is_harm_verb(governor)
    if noun.dep_ == "pobj" and governor.text.lower() in ("in", "during", "by"):
        return is_harm_verb(governor.head)
    return False


#: Prepositions left stranded by a passive "fire" whose subject was shot at
#: ("were fired on", "fired upon", "fired at from a rooftop").
_TARGET_PREPOSITIONS = frozenset({"at", "on", "upon", "into"})


def particle_excludes(verb: Node, unless: frozenset[str]) -> bool:
    """The verb's particle or preposition is listed in its ``unless_object``
    ("prices shot up", "killed off any hope", "allegations levelled at his
    supporters", "beat back the crowd", whose "back" the parser may label an
    adverb): the phrasal or prepositional verb names no harm."""
    return any(c.dep_ in ("prt", "prep", "advmod") and c.text.lower() in unless for c in verb.children)


def contest_excludes(verb: Node, unless: frozenset[str]) -> bool:
    """The verb happens in a listed contest ("crushed in the local
    elections", "beaten in the final"): the object of "in" is listed in its
    ``unless_object``. Not "at" or "during": "fans were crushed at the
    final", "beaten during the match" are violence at a contest, and "beaten
    in the back of a patrol car" is a place (a part "of" something)."""
    return any(
        c.dep_ == "prep"
        and c.text.lower() == "in"
        and any(o.lemma_.lower() in unless and not _part_of(o) for o in c.with_dep("pobj"))
        for c in verb.children
    )


def _part_of(noun: Node) -> bool:
    """A noun with an "of" phrase: a part of a place ("the back of a car"), no contest."""
    return any(c.dep_ == "prep" and c.text.lower() == "of" for c in noun.children)


def dismissed(verb: Node, unless: frozenset[str]) -> bool:
    """A verb whose ``unless_object`` holds ``person`` ("fire") in the
    passive with a person as subject and no stranded preposition of a
    target: dismissal ("the minister was fired after the scandal"), not
    shooting ("protesters were fired on", "were fired at from a roof")."""
    if "person" not in unless:
        return False
    # "was sacked and later fired": a conjoined participle shares the first one's subject
    subjects = verb.with_dep("nsubjpass") or (verb.head.with_dep("nsubjpass") if verb.dep_ == "conj" else [])
    if not subjects or not is_person(subjects[0]):
        return False
    return not any(
        c.dep_ in ("prep", "prt") and c.text.lower() in _TARGET_PREPOSITIONS and not c.with_dep("pobj")
        for c in verb.children
    )


#: Tags of a finite verb: a sentence with none is a headline or a caption.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def headline_verb(word: Node, verbs: frozenset[str], unless: dict) -> str | None:
    """The harm verb a headline's verb is when the tagger read it as a noun
    or adjective ("Rebels shell capital", "Soldiers torch homes", "Blast
    injures dozens", "Militants behead aid worker"), else None.

    Read only in a sentence with no finite verb, after a noun (its subject)
    and before another word (its object), not as the head of a compound in
    its base form ("Car bomb rips through market"), and not before an object
    its ``unless`` list names ("Police fire tear gas").
    """
    if word.tag_ not in ("NN", "NNS", "NNP", "JJ"):
        return None
    text = word.text.lower()
    forms = (text, text[:-1] if text.endswith("s") else "", text[:-2] if text.endswith("es") else "")
    candidate = next((form for form in forms if form in verbs), None)
    tree, i = word.tree, word.i
    sentence = tree.sent_id[i]
    if (
        candidate is None
        or i == 0
        or i + 1 >= len(tree.text)
        or tree.sent_id[i - 1] != sentence
        or tree.sent_id[i + 1] != sentence
        or tree.pos[i - 1] not in ("NOUN", "PROPN")
        or tree.pos[i + 1] == "PUNCT"
    ):
        return None
    start, end = i, i
    while start > 0 and tree.sent_id[start - 1] == sentence:
        start -= 1
    while end + 1 < len(tree.text) and tree.sent_id[end + 1] == sentence:
        end += 1
    if any(tree.tag[j] in _FINITE and not _relative(tree.node(j)) for j in range(start, end + 1)):
        return None  # "jet bombs theatre where hundreds sheltered": a relative clause is no clause of the headline
    if any(_clause_root(tree, j) for j in range(start, end + 1)):
        return None  # "A coalition carried out 200 air strikes": a past tense the tagger read as a participle
    before = tree.node(i - 1)
    plural = before.tag_ in ("NNS", "NNPS")  # "Rebels torch homes": a plural noun is a subject, not a modifier
    if before.dep_ == "compound" and before.head.i == i and not text.endswith("s") and not plural:
        return None  # "Car bomb rips through market": a compound noun, not "Rebels shell capital"
    listed = unless.get(candidate, frozenset())
    if any(tree.lemma[j].lower() in listed or tree.text[j].lower() in listed for j in range(i + 1, end + 1)):
        return None
    return candidate


def _clause_root(tree, j: int) -> bool:
    """Token ``j`` is the root of its sentence, a verb with a subject: a clause
    even when the tagger reads its past tense as a participle (VBN)."""
    if tree.dep[j] != "ROOT" or tree.pos[j] not in ("VERB", "AUX") or tree.tag[j] == "VB":
        return False  # "Militants torch school, abduct 30 pupils": a bare base form is a headline verb
    return bool(tree.node(j).with_dep("nsubj", "nsubjpass"))


def _relative(word: Node) -> bool:
    """The word is in a relative clause ("where hundreds sheltered")."""
    while word.dep_ != "ROOT" and word.head.i != word.i:
        if word.dep_ == "relcl":
            return True
        word = word.head
    return False


def headline_subject(word: Node) -> Node | None:
    """The subject of a headline verb (:func:`headline_verb`): the first noun
    of its sentence ("Explosion at fuel depot injures dozens" -> Explosion),
    after a place or topic closed by a colon ("Port Selenko: jet bombs theatre")."""
    tree, i = word.tree, word.i
    start = i
    while start > 0 and tree.sent_id[start - 1] == tree.sent_id[i] and tree.text[start - 1] != ":":
        start -= 1
    first = next((j for j in range(start, i) if tree.pos[j] in ("NOUN", "PROPN")), None)
    return None if first is None else tree.node(first)


def armed_instrument(verb: Node, weapons: frozenset[str], names_act) -> bool:
    """An ``instrument`` verb ("spray", "riddle", "rain", "pepper") whose
    direct object or "with" object is a weapon or an act of shooting
    ("sprayed the bus with bullets", "riddled with gunfire", "rained shells on
    the town"): harm; "sprayed the crops with pesticide", "rained praise on"
    are not. ``names_act`` says whether a noun is a harm noun ("gunfire")."""
    objects = list(verb.with_dep("dobj"))
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.text.lower() == "with":
            objects += preposition.with_dep("pobj")
    for noun in objects:
        for word in conjuncts(noun):
            lemma = word.lemma_.lower()
            if lemma in weapons or lemma in ("fire", "gunfire") or names_act(word):
                return True
    return False


def thing_patient(verb: Node, unless: frozenset[str], weapons: frozenset[str] = frozenset()) -> bool:
    """A verb whose ``unless_object`` holds :data:`THING` has no person as its patient (a
    partitive hands over to its ``of`` object, a reduced passive's is the noun it hangs on, a
    phrasal verb's with no object is that of its "with"; a named weapon is no person): "snatched
    a bag", "made off with the cash", "seized Kalashnikovs", not "a priest was snatched"."""
    if THING not in unless:
        return False
    patients = verb.with_dep("dobj", "nsubjpass")
    if not patients and verb.dep_ == "conj" and not verb.with_dep("nsubj"):
        patients = verb.head.with_dep("nsubjpass")  # "they were shot and then cut": the shared subject
    if not patients and verb.with_dep("prt"):
        patients = [o for c in verb.with_dep("prep") if c.text.lower() == "with" for o in c.with_dep("pobj")]
    if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN":
        patients = [verb.head]  # "resulting in fans being asphyxiated", "a priest snatched from his car"
    if not patients:
        return True
    patient = partitive_object(patients[0])
    text = patient.text.lower()
    if {patient.lemma_.lower(), text, text.removesuffix("s")} & weapons:
        return True
    return not is_person(patient)


def words_called_harm(word: Node, texts: frozenset[str]) -> bool:
    """A harm word said of words or a text (``text_noun`` entries of the harm
    lexicon): a noun that is the attribute of a copula whose subject is one
    ("the speech was a sustained attack on the commission"), or a verb, or
    the object of a verb, done in or on one ("fans lynched the coach on
    social media", "the budget took a beating in the press"). Not "the blast
    was an attack on the embassy", "killed in the media centre"."""
    if word.dep_ == "attr" and word.head.lemma_.lower() == "be":
        subjects = word.head.with_dep("nsubj")
        return bool(subjects) and subjects[0].lemma_.lower() in texts
    verb = word.head if word.dep_ == "dobj" else word
    if verb is not word and verb.lemma_.lower() in word_set("reporting_verbs", "lemma"):
        return False  # "the Front claimed the blast in a statement": the statement reports the act
    holders = [word, *([verb] if verb is not word else []), *verb.with_dep("dobj")]  # the phrase may hang on either
    for preposition in (c for holder in holders for c in holder.children):
        if preposition.dep_ == "prep" and preposition.text.lower() in ("in", "on"):
            if any(_names_text(o, texts) for o in preposition.with_dep("pobj")):
                return True
    return False


def _names_text(noun: Node, texts: frozenset[str]) -> bool:
    """A ``text_noun`` that names a text: not one a force's name modifies,
    which is that force's position or unit ("an attack on an army post",
    "ambushed a rebel column")."""
    if noun.lemma_.lower() not in texts and noun.text.lower() not in texts or place_not_text(noun, texts):
        return False  # "opened fire on their post": a position (framing.agency.light)
    return not any(c.dep_ in ("compound", "amod") and c.i < noun.i and is_person(c) for c in noun.children)


def gerund_excludes(noun: Node, patient: Node | None, unless: frozenset[str]) -> bool:
    """A gerund noun of a verb entry ("the hanging of the portrait", "bag
    snatching", "the rustling of leaves", "the burning of flags") whose
    patient is listed in the verb's ``unless_object``, or is no person when
    that list holds :data:`THING`. The patient is the object of its patient
    preposition (``patient``), else a noun compound before it ("bag
    snatching"); with neither ("public hangings") nothing is excluded."""
    if not unless:
        return False
    if patient is None:
        patient = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i), None)
    if patient is None:
        return False
    if {patient.lemma_.lower(), patient.text.lower()} & unless:
        return True
    return THING in unless and not is_person(patient)


def motive_use(noun: Node, unless: frozenset[str]) -> bool:
    """A harm noun named as a motive or a risk, not an act: the object of a
    preposition its ``motive`` row lists ("burned the huts in reprisal"),
    or of "of" on a noun or the object of a verb it lists ("for fear of
    reprisals", "residents feared reprisals")."""
    if not unless or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        if governor.text.lower() in unless:
            return True
        if governor.text.lower() == "of" and governor.head.lemma_.lower() in unless:
            # "a cycle of reprisals against civilians": the acts on their victims (heldout6 h6s108)
            # (the "against" may hang on the last conjunct: "reprisals and abuses against civilians")
            acts = [noun, *noun.conjuncts]
            return not any(c.dep_ == "prep" and c.text.lower() == "against" for a in acts for c in a.children)
        return False
    return noun.dep_ == "dobj" and governor.lemma_.lower() in unless


def no_new_event(word: Node, harm: dict, is_harm_verb) -> bool:
    """A harm participle told as a feeling (:func:`felt`), a harm word said
    of words or a text (:func:`words_called_harm`), one
    that names no new event (:func:`scene_or_sequel`), a motive
    (:func:`motive_use`), a verb whose subject
    is a ``policy_noun`` ("the reforms would not hurt pensioners"), a verb whose "for"
    object its ``unless_object`` lists ("left fighting for her life"), or an
    impact verb done by a ``no_harm`` compound ("was hit by a cyber attack")."""
    unless = harm["unless"].get(word.lemma_.lower(), frozenset())
    if felt(word):
        return True
    if motive_use(word, harm["motive"].get(word.lemma_.lower(), frozenset())):
        return True
    for preposition in (c for c in word.children if c.dep_ == "prep" and c.text.lower() == "for"):
        if any(o.lemma_.lower() in unless for o in preposition.with_dep("pobj")):
            return True
    if word.pos_ == "VERB" and any(
        partitive_object(s).lemma_.lower() in harm["policy_noun"] for s in word.with_dep("nsubj")
    ):
        return True  # "the reforms would not hurt pensioners", "higher rates will hurt buyers"
    if word.lemma_.lower() in harm["impact"]:
        doers = [o for a in word.with_dep("agent") for o in a.with_dep("pobj")] + word.with_dep("nsubj")
        if any(_compound_text(d) in harm["no_harm"] for d in doers):
            return True
    return words_called_harm(word, harm["text_noun"]) or scene_or_sequel(word, harm, is_harm_verb)


def felt(verb: Node) -> bool:
    """A harm participle told as a feeling: "feel" as its auxiliary or its
    head ("fans felt crushed by the defeat", "voters felt hurt by the
    decision", "said they felt beaten"), a state of mind, not an act. The
    tagger leaves "felt" read as an auxiliary unlemmatised."""
    if verb.pos_ not in ("VERB", "ADJ") or verb.tag_ not in ("VBN", "JJ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("feel", "felt") for c in verb.children):
        return True
    return verb.dep_ in ("acomp", "oprd", "xcomp") and verb.head.lemma_.lower() in ("feel", "felt")


def _compound_text(noun: Node) -> str:
    """The noun with the compound and adjective words before it, lemmatised ("cyber attack")."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return " ".join([*words, noun.lemma_.lower()])
