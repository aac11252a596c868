"""Harm nouns and gerunds: which tokens name a harmful act, and who the grammar
says did it to whom."""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lexicon
from ..syntax import (
    SUBJECT_DEPS,
    Node,
    Tree,
    by_agent,
    carried_agent,
    command_modifier,
    phrase,
    subject,
    word_set,
)
from .asides import place_label, record_owner
from .listed import shared_by_agent, shared_possessor, wider_act
from .misreads import leading_side, shared_modifier
from .roles import is_person

__all__ = [
    "governor_agent",
    "hands_of",
    "is_acronym",
    "is_bare_gerund",
    "is_gerund_noun",
    "names_activity",
    "stranded_object",
    "multiword_terms",
    "names_actor",
    "nominal_agent",
    "nominal_patient",
    "nominal_trigger",
    "screen_words",
    "support_lemma",
    "verb_lemma",
]

#: Entity types of a modifier that names who did an act ("RSF attacks",
#: "Israeli shelling"): organisations and nationalities. A place ("the
#: Gaza attacks") names where, so ``GPE`` is left out.
DOER_ENTITIES = ("ORG", "NORP")


def verb_lemma(lemma: str, text: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` a token with this lemma and text is a form of, or
    None (strings, not a token: it screens every verb)."""
    lemma = lemma.lower()
    if lemma in verbs:
        return lemma
    text = text.lower()
    # adjectival participles keep their form as lemma ("slain", "torched"),
    # and the lemmatizer clips some -ed forms ("staged" -> "stag")
    doubled = text[:-3] if len(text) > 4 and text[-3] == text[-4] else ""  # "kidnapped"
    for stem in (text[:-2], text[:-1], doubled):
        if stem and text.endswith("ed") and stem in verbs:
            return stem
    if text.endswith("ied") and text[:-3] + "y" in verbs:
        return text[:-3] + "y"
    if text.endswith("es") and text[:-2] in verbs:  # a headline verb read as a noun: "lynches" -> "lynche"
        return text[:-2]
    if text.endswith("ing") and len(text) > 5:
        # the lemmatizer clips some -ing forms too ("raping" -> "rap")
        stem = text[:-3]
        for candidate in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
            if candidate in verbs:
                return candidate
    return None


def nominal_trigger(tree: Tree, i: int, nouns: frozenset[str], verbs: frozenset[str] = frozenset()):
    """(first token index, lemma) when token ``i`` heads a harm noun, else None.

    Multi-word entries ("air strike", "war crime") match the head lemma and
    the words before it. Takes an index, not a token: it screens every noun.
    """
    lemma = tree.lemma[i].lower()
    # the longest entry first: "war crimes" is one act, not "crimes"
    for term, words in multiword_terms(nouns).get(lemma, ()):
        start = i - len(words)
        if start >= 0 and [word.lower() for word in tree.lemma[start:i]] == words:
            return start, term
    if lemma in nouns:
        return i, lemma
    tag = tree.tag[i]
    text = tree.text[i].lower()
    if tag == "VBG" and text in nouns:  # gerund listed as a noun: "fighting"
        return i, text
    if verbs and tag == "NN" and text in verbs and 0 < i < len(tree.text) - 1:
        # an irregular participle (a ``verb`` row of its own) read as a noun
        # after a plural pronoun: "among those shot by police"
        if tree.text[i - 1].lower() in ("those", "these") and tree.text[i + 1].lower() == "by":
            return i, text
    if verbs and tag in ("NN", "NNS") and text.endswith(("ing", "ings")):
        # a gerund tagged as a noun: "the burning of homes"
        stem = text[: text.rindex("ing")]
        for candidate in (
            stem,
            stem + "e",
            stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "",
        ):
            if candidate in verbs:
                return i, text.rstrip("s") if text.endswith("ings") else text
    return None


@lru_cache(maxsize=16)
def multiword_terms(nouns: frozenset[str]) -> dict[str, tuple[tuple[str, list[str]], ...]]:
    """Multi-word entries by last word: ``{last: ((term, earlier words), ...)}``, in
    the set's iteration order (the order :func:`nominal_trigger` tries them)."""
    index: dict[str, list] = {}
    for term in nouns:
        words = term.split()
        if len(words) > 1:
            index.setdefault(words[-1], []).append((term, words[:-1]))
    return {last: tuple(entries) for last, entries in index.items()}


@lru_cache(maxsize=16)
def screen_words(nouns: frozenset[str], verbs: frozenset[str]) -> frozenset[str]:
    """The words :func:`nominal_trigger` and ``verb_lemma`` look a lemma or
    text up in as it is; otherwise both only match "-ed" / "-ing(s)" forms."""
    return nouns | verbs | frozenset(multiword_terms(nouns))


def is_gerund_noun(token: Node) -> bool:
    """A ``VBG`` used as a noun: "the killing of civilians", "their shooting"."""
    if token.tag_ != "VBG" or token.with_dep("dobj", *SUBJECT_DEPS, "aux"):
        return False
    if token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and not token.with_dep("advmod", "prt"):
        return True  # "Fighting between the factions killed 20"
    # "the shelling of the city"; "overnight shelling by X", a by-phrase of its own
    # (a verb's "by" is its head: "killed by shelling"), not after a frame's
    # preposition, where the parser hangs the frame's "by" ("accused of looting by the UN")
    preps = ("of", "by") if token.dep_ != "pcomp" else ("of",)
    return bool(token.with_dep("det", "poss")) or any(
        c.dep_ in ("prep", "agent") and c.text.lower() in preps and c.with_dep("pobj") for c in token.children
    )


def is_bare_gerund(token: Node) -> bool:
    """A ``VBG`` with no subject, auxiliary or object of its own: an activity named, not a clause
    ("in shelling by the army"; not "in attacking the base")."""
    return token.tag_ == "VBG" and not token.with_dep("nsubj", "aux", "auxpass", "dobj")


def names_activity(token: Node, lemma: str, harm) -> bool:
    """A bare gerund (no subject, auxiliary or object) that names an activity, whose
    doer is named as a noun's would be, not by the clause it hangs on:

    * a reciprocal verb's anywhere ("amid fighting", "monitors fighting in Syria");
    * any harm verb's after a preposition of occasion (``occasion_prepositions.csv``)
      on a passive or on a death ("were wounded in shelling by the army", "died during
      shelling"): that clause's subject is the victim, not the one who shelled.
    """
    if not is_bare_gerund(token):
        return False
    if lemma in harm["reciprocal"]:
        return True
    if stranded_object(token) is not None:
        return True
    preposition = token.head
    if token.dep_ != "pcomp" or preposition.text.lower() not in word_set("occasion_prepositions"):
        return False
    governor = preposition.head
    return bool(governor.with_dep("auxpass")) or governor.lemma_.lower() in harm["outcome"]


def stranded_object(token: Node) -> Node | None:
    """The modifier of a bare gerund that the parser made the object of the preposition
    before it, hanging the gerund on the clause as its own: in "were wounded in Israeli
    shelling overnight" it may read "Israeli" as the object of "in" and "shelling" as a
    clause on "wounded". That object is the gerund's modifier (None otherwise)."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i == 0:
        return None
    before = token.tree.node(token.i - 1)
    preposition = before.head
    if before.dep_ != "pobj" or preposition.text.lower() not in word_set("occasion_prepositions"):
        return None
    return before if preposition.head.i == token.head.i else None


def is_acronym(token: Node) -> bool:
    """An upper-case name of two or more letters that is not a place or a
    date ("RSF", "IDF"): in news prose, an organisation the tagger may not
    have recognised as one."""
    text = token.text
    return len(text) > 1 and text.isalpha() and text.isupper() and token.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")


def nominal_agent(noun: Node, support: frozenset[str], taxonomy) -> Node | None:
    """Who the grammar names as the doer of a harm noun."""
    children = noun.children  # token views built once for the four passes
    for child in children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.text.lower() == "by"):
            objects = child.with_dep("pobj")
            if objects and objects[0].lemma_.lower() not in word_set("place_by_nouns"):
                return objects[0]  # not "the killing of the boy by the roadside"
    shared = shared_by_agent(noun)
    if shared is not None:
        return shared
    for child in children:
        # "the army's shelling"; not a time ("this weekend's violence"), nor a
        # place or whole that names no actor before one that does ("the
        # state's deadliest police raids", "the city's army shelling")
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME") and not record_owner(noun, child, taxonomy):
            if names_actor(child, taxonomy) or not _actor_modifier_after(noun, child, taxonomy):
                return child  # not a country ranking a record: "Belmar's deadliest attack"
    shared = shared_possessor(noun)
    if shared is not None:
        return shared
    for child in children:
        # "government crackdown", "army shelling", "RSF attacks", "Israeli
        # shelling", "paramilitary drone strike", "a police anti-drug raid" (``nmod``
        # when other modifiers follow): a modifier the taxonomy knows as an
        # actor, or the name of an organisation or nationality
        if child.i < noun.i and child.dep_ in ("compound", "amod", "nmod") and names_actor(child, taxonomy):
            if not names_kind(noun, child) and not place_label(child, taxonomy):
                return child
        leader = leading_side(child) if child.i < noun.i else None  # "Saudi-led air strikes"
        if leader is not None and names_actor(leader, taxonomy):
            return leader
    leader = command_modifier(noun)  # "an Ashen Banner-led assault": X-led names the act's side
    if leader is not None and names_actor(leader, taxonomy):
        return leader
    shared = shared_modifier(noun, lambda word: names_actor(word, taxonomy))  # "military repression and atrocities"
    if shared is not None:
        return shared
    stranded = stranded_object(noun)  # "in Israeli shelling overnight", misread as object and clause
    if stranded is not None and names_actor(stranded, taxonomy):
        return stranded
    for child in children:
        # "army tank fire", "RSB drone strikes": the actor modifies a compound of the act
        if child.i < noun.i and child.dep_ == "compound":
            for grandchild in child.children:
                if (
                    grandchild.i < child.i
                    and grandchild.dep_ in ("compound", "amod")
                    and names_actor(grandchild, taxonomy)
                ):
                    return grandchild
    for child in children:
        # "the violence carried out by both sides": a reduced relative of a support verb
        if child.dep_ == "acl" and child.tag_ == "VBN" and support_lemma(child, support):
            agent = by_agent(child)
            if agent is not None:
                return agent
    if noun.dep_ == "pobj" and noun.head.text.lower() == "under":
        # "came under fire from army positions", "was under attack from militias"
        for preposition in [*children, *noun.head.head.children]:
            if preposition.dep_ == "prep" and preposition.text.lower() == "from":
                objects = preposition.with_dep("pobj")
                if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                    return objects[0]
    for child in children:
        # "gunfire from RSB fighters", "shelling from army positions": a "from" naming an actor
        if child.dep_ == "prep" and child.text.lower() == "from":
            objects = child.with_dep("pobj")
            if objects and (names_actor(objects[0], taxonomy) or _names_actor_within(objects[0], taxonomy)):
                return objects[0]
    found = hands_of(noun)
    if found is not None:
        return found
    wider = wider_act(noun)
    if wider is not None:
        return nominal_agent(wider, support, taxonomy)  # "atrocities by X, including killings"
    return governor_agent(noun, support)


def _actor_modifier_after(noun: Node, possessor: Node, taxonomy) -> bool:
    """A modifier of ``noun`` between the possessor and the noun that names an actor."""
    return any(
        possessor.i < c.i < noun.i and c.dep_ in ("compound", "amod", "nmod") and names_actor(c, taxonomy)
        for c in noun.children
    )


def names_actor(word: Node, taxonomy) -> bool:
    """A modifier that names who acts: a nationality, an organisation or an
    acronym (not one with a preposition of its own), or a noun or adjective
    the taxonomy knows as an agent ("army", "paramilitary"), or a generic
    doer word of ``framing/data/doer_modifiers.csv`` ("enemy shelling")."""
    if is_model_code(word):  # "two Strela-K rockets": a weapon's model, not its user
        return taxonomy.classify(phrase(word), head=word.lemma_, head_text=word.text, role="agent") is not None
    if word.ent_type_ in DOER_ENTITIES or is_acronym(word):
        return not word.with_dep("prep")
    if word.pos_ in ("NOUN", "PROPN", "ADJ") and word.text.lower() in word_set("doer_modifiers"):
        return True  # "enemy shelling": a generic doer (``doer_modifiers.csv``)
    return (
        word.pos_ in ("NOUN", "PROPN", "ADJ")
        and taxonomy.classify(phrase(word), head=word.lemma_, head_text=word.text, role="agent") is not None
    )


def is_model_code(word: Node) -> bool:
    """The end of a hyphenated model name ("Strela-K", "BM-21"): a letter or number after a hyphen."""
    code = len(word.text) == 1 and word.text.isalpha() or word.text.isdigit()
    return code and word.i > 1 and word.tree.text[word.i - 1] == "-"


@lru_cache(maxsize=1)
def _harm_nouns() -> frozenset[str]:
    """The ``noun`` entries of the packaged harm lexicon (``harm_terms.csv``)."""
    table = load_lexicon("harm_terms")
    return frozenset(table.loc[table["kind"] == "noun", "term"].str.strip().str.lower())


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """The ``labelling`` words of ``loaded_language.csv`` (terrorist, extremist ...)."""
    table = load_lexicon("loaded_language")
    return frozenset(table.loc[table["kind"] == "labelling", "word"].str.strip().str.lower())


def is_label_word(word: Node) -> bool:
    return word.text.lower() in label_words() or word.lemma_.lower() in label_words()


def names_kind(noun: Node, modifier: Node) -> bool:
    """A labelling adjective (kind ``labelling`` of ``loaded_language.csv``:
    terrorist, extremist) that classifies an act a speaker names ("condemned
    what it called a terrorist attack", "described the raid as a terrorist
    attack": the complement of a verb of ``framing/data/naming_verbs.csv``):
    the speaker's label names no doer. Any other modifier keeps naming one
    ("called it a rebel attack", "an Ostravian attack")."""
    if modifier.pos_ != "ADJ" or modifier.ent_type_ in DOER_ENTITIES or not is_label_word(modifier):
        return False
    naming = word_set("naming_verbs")
    if noun.dep_ == "oprd":  # "called [it] a terrorist attack"
        return noun.head.lemma_.lower() in naming
    if noun.dep_ == "pobj" and noun.head.text.lower() == "as":  # "described the raid as a terrorist attack"
        governor = noun.head.head
        if governor.dep_ == "dobj":
            governor = governor.head
        return governor.lemma_.lower() in naming
    return False


def _names_actor_within(noun: Node, taxonomy) -> bool:
    """A modifier of ``noun`` names an actor ("army positions", "RSB fighters")."""
    return any(
        c.i < noun.i and c.dep_ in ("compound", "amod", "poss") and names_actor(c, taxonomy) for c in noun.children
    )


def hands_of(word: Node) -> Node | None:
    """X in "at the hands of X" hanging from ``word`` ("died at the hands of
    the police", "shot dead at the hands of his troops", "abuses at the hands
    of guards"): the English idiom names the doer."""
    for preposition in word.children:
        if preposition.dep_ != "prep" or preposition.text.lower() != "at":
            continue
        for hands in preposition.with_dep("pobj"):
            if hands.text.lower() != "hands":
                continue
            for of in hands.children:
                if of.dep_ == "prep" and of.text.lower() == "of":
                    objects = of.with_dep("pobj")
                    if objects:
                        return objects[0]
    return None


def governor_agent(noun: Node, support: frozenset[str]) -> Node | None:
    """The agent a harm noun gets from the verb that governs it.

    Through coordination ("carrying out killings and executions") and through
    a noun that counts events (``framing/data/container_nouns.csv``: the verb
    governing "a series of attacks" governs the attacks).
    """
    containers = word_set("container_nouns")
    listed = noun
    while True:
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.lemma_.lower() in containers:
            noun = noun.head.head
        else:
            break
    earlier = misread_modifier_conjunct(noun)
    if earlier is not None:
        return governor_agent(earlier, support)  # "accused X of killings and [enforced] disappearances"
    carried = carried_agent(noun)
    if carried is None and listed.i != noun.i:
        carried = carried_agent(listed)  # "accused it of using guns against civilians, looting, and"
    if carried is not None:
        return carried  # "accused X of killings", "X is responsible for the massacre"
    owner = part_of_owner(noun)
    if owner is not None:
        return subject(owner)  # "X killed 40 as part of a campaign of murder, rape and looting"
    governor = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and governor.pos_ in ("VERB", "AUX"):
        raised = raised_by_agent(governor, support)
        if raised is not None:
            return raised  # "the attack is likely to have been carried out by X"
    if noun.dep_ == "nsubj" and governor.pos_ in ("VERB", "AUX"):
        # an active verb cannot have a by-agent of its own: "the killings
        # started on Friday by gunmen" attaches the noun's "by" to the verb
        agent = by_agent(governor)
        if agent is not None:
            return agent
    if noun.dep_ == "dobj" and support_lemma(governor, support):
        return subject(governor)  # "militias committed atrocities"
    if noun.dep_ == "dobj" and governor.pos_ == "VERB" and not governor.with_dep("auxpass"):
        agent = _stray_by_object(governor, noun)
        if agent is not None:
            return agent  # "condemned the abduction of three workers by gunmen"
    verb = governor.head
    if (
        noun.dep_ == "pobj"
        and governor.text.lower() in ("in", "during")
        and verb.pos_ == "VERB"
        and not verb.with_dep("auxpass")
    ):
        agent = _stray_by_object(verb, noun)
        if agent is not None:
            return agent  # "lost nine relatives in the raid by about 10 soldiers"
    if noun.dep_ == "nsubjpass" and support_lemma(governor, support):
        return by_agent(governor)  # "the attacks were carried out by X"
    if noun.dep_ == "pobj" and governor.text.lower() == "to" and verb.pos_ == "VERB" and not verb.with_dep("auxpass"):
        if support_lemma(verb, support):  # "subjected the town to shelling", "accused X of subjecting it to fire"
            return carried_agent(verb) or subject(verb)
    return response_doer(noun)


def raised_by_agent(verb: Node, support: frozenset[str]) -> Node | None:
    """The by-agent of a passive support verb in the infinitive an act noun
    is raised out of: "the attack is likely to have been carried out by X",
    "the massacre appears to have been committed by X", "the bombing is
    believed to have been staged by X". The infinitive is the ``xcomp`` of the
    act's verb or of its predicative adjective ("likely"); the verb has no
    object of its own."""
    if verb.with_dep("dobj"):
        return None
    for _ in range(2):
        clauses = [*verb.with_dep("xcomp"), *(x for a in verb.with_dep("acomp") for x in a.with_dep("xcomp"))]
        passive = [c for c in clauses if c.pos_ in ("VERB", "AUX") and c.with_dep("auxpass")]
        for clause in passive:
            if support_lemma(clause, support):
                return by_agent(clause)
        if not passive:
            return None
        verb = passive[0]  # "is said to be believed to have been carried out by"
    return None


def part_of_owner(noun: Node) -> Node | None:
    """The verb an act said to be "part of" it hangs on: "X killed 40
    villagers as part of a campaign of murder, rape and looting" (the
    campaign, and so each act it names, is the verb's subject's). ``noun`` is
    the act or the noun that groups acts (``container_nouns.csv``)."""
    if noun.lemma_.lower() == "part":
        part = noun  # "part" counts acts too (container_nouns.csv), so the climb may end on it
    elif noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.lemma_.lower() == "part":
        part = noun.head.head
    else:
        return None
    if part.dep_ != "pobj" or part.head.text.lower() != "as" or part.head.head.pos_ != "VERB":
        return None
    verb = part.head.head
    return None if verb.with_dep("auxpass") else verb


def misread_modifier_conjunct(noun: Node) -> Node | None:
    """The act noun before "and" when the parser read the participle of a
    fixed act name after it as a verb coordinated with the clause: "accused
    X of killings and enforced disappearances" parsed as "accused ... and
    [enforced disappearances]". The participle has no subject or auxiliary
    and stands right before the noun, its object; the noun before the "and"
    is an act noun (a harm noun's conjunct shares its doer)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.i != noun.i - 1:
        return None
    if verb.with_dep("nsubj", "nsubjpass", "aux", "auxpass") or verb.i < 2:
        return None
    tree = verb.tree
    if tree.text[verb.i - 1].lower() not in ("and", "or") or tree.pos[verb.i - 2] != "NOUN":
        return None
    earlier = tree.node(verb.i - 2)
    return earlier if earlier.dep_ in ("pobj", "conj") and earlier.lemma_.lower() in _harm_nouns() else None


def response_doer(noun: Node) -> Node | None:
    """The subject of an active verb of response whose "with" phrase names
    the act: "the army responded with air strikes", "police retaliated with
    gunfire", "the rebels hit back with shelling" (``response_verbs.csv``;
    "hit" and "strike" only with "back"). A passive ("the town was hit with
    shelling") names the victim as subject: None. Any other active verb with
    an object takes it as its means when its subject is a person or a named
    side: "tried to break up the crowd with gunfire" (carry3)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.text.lower() != "with":
        return None
    verb = preposition.head.head if preposition.head.dep_ == "dobj" else preposition.head  # "broke up [the crowd with]"
    if verb.pos_ != "VERB" or verb.with_dep("auxpass", "nsubjpass"):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in word_set("response_verbs"):  # the act as means: "tried to break up the crowd with gunfire"
        found = subject(verb) if verb.with_dep("dobj") else None
        return found if found is not None and (is_person(found) or found.ent_type_ in DOER_ENTITIES) else None
    if lemma in ("hit", "strike") and not any(c.text.lower() == "back" for c in verb.children):
        return None
    return subject(verb)


def _stray_by_object(verb: Node, noun: Node) -> Node | None:
    """The object of a bare "by" the parser hung on an active verb after the
    harm noun it governs: an active verb takes no by-agent, so "condemned
    the abduction of three workers by gunmen" is the abduction's "by"; not a
    place or a count ("by the roadside", ``place_by_nouns.csv``) nor a means
    ("by force": the object must be a person or name an organisation)."""
    for preposition in verb.with_dep("prep"):
        if preposition.text.lower() != "by" or preposition.i < noun.i:
            continue
        objects = preposition.with_dep("pobj")
        if not objects or objects[0].lemma_.lower() in word_set("place_by_nouns"):
            return None
        found = objects[0]
        if is_person(found) or found.ent_type_ in DOER_ENTITIES:
            return found  # people (``people_nouns.csv``: "gunmen", "armed groups") or a named side
    return None


def support_lemma(verb: Node, support: frozenset[str]) -> bool:
    """``verb`` (with its particle, "carry out") is a support verb of the lexicon."""
    lemma = verb.lemma_.lower()
    particles = [c.text.lower() for c in verb.children if c.dep_ == "prt"]
    if lemma in support or any(f"{lemma} {p}" in support for p in particles):
        return True
    stem = verb_lemma(lemma, verb.text, support)  # "staged" lemmatised as "stag"
    if stem is not None and stem != lemma:
        return True
    text = verb.text.lower()
    if verb.tag_ == "VBZ" and text.endswith("s") and text[:-1] in support:
        return True  # "regularly stages ambushes": "stages" lemmatised as "stag"
    if text.endswith("ing") and len(text) > 5:  # "staging" lemmatised as "stag"
        base = text[:-3]
        doubled = base[:-1] if base[-1] == base[-2] else ""  # "committing"
        return any(candidate in support for candidate in (base, base + "e", doubled) if candidate)
    return False


def nominal_patient(noun: Node) -> Node | None:
    """The object of the first patient preposition of a harm noun, not a date
    (``framing/data/patient_prepositions.csv``: "the killing of civilians",
    "attacks on the village")."""
    prepositions = word_set("patient_prepositions")
    for child in noun.children:
        if child.dep_ == "prep" and child.text.lower() in prepositions:
            objects = child.with_dep("pobj")
            if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                return objects[0]
    return None


def counted_act(noun: Node, is_act) -> Node:
    """The act a noun that counts acts stands for (``container_nouns.csv``):
    "cut down by bursts of gunfire" -> gunfire, when ``is_act`` (a predicate on
    a node) says its "of" object is an act; the noun itself otherwise ("a surge
    of fans" stays a surge, a cause)."""
    if noun.lemma_.lower() in word_set("container_nouns"):
        for preposition in noun.with_dep("prep"):
            if preposition.text.lower() == "of":
                objects = preposition.with_dep("pobj")
                if objects and is_act(objects[0]):
                    return objects[0]
    return noun
