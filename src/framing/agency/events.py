"""Harm events: mentions of violent acts (verbs, nouns, participles) and who did them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..actors import NO_AGENT, load_actors
from ..docview import doc_text
from ..hedging import find_hedges
from ..lexicons import load_lexicon
from ..links import covering_hedge, covering_source
from ..sources import find_attributions
from ..sources.datelines import dateline_end
from ..syntax import (
    Node,
    by_agent,
    carried_agent,
    conjuncts,
    is_bare,
    is_denied,
    is_negated,
    names_nobody,
    parse_tree,
    phrase,
    semantic_head,
    subject,
    word_pairs,
)
from .nominals import (
    hands_of,
    is_gerund_noun,
    names_actor,
    nominal_agent,
    nominal_patient,
    nominal_trigger,
    screen_words,
    support_lemma,
    verb_lemma,
)
from .roles import (
    cause_words,
    harm_cause,
    is_pronoun,
    mutual_sides,
    object_excludes,
    partitive_object,
    target_object,
)
from .voice import passive_triples

__all__ = [
    "HARM_LEXICON",
    "MIXED",
    "MUTUAL",
    "OTHER",
    "PRONOUN",
    "RESERVED_GROUPS",
    "HarmEvent",
    "actor_group",
    "find_harm_events",
    "harm_lexicon",
    "phrasal_verb",
    "verb_lemma",
]

#: Group of a phrase the taxonomy does not know.
OTHER = "other"
#: Patient group when coordinated patients fall into different groups.
MIXED = "mixed"
#: Agent group of a reciprocal act between named sides ("fighting between the
#: army and the rebels"); the sides are in ``agent``, their groups in ``agent_groups``.
MUTUAL = "mutual"
#: Agent group of a personal pronoun ("they", "he"), which is not resolved.
PRONOUN = "pronoun"
#: The agent groups no taxonomy may use: they say how the text names the doer.
RESERVED_GROUPS = (OTHER, PRONOUN, MUTUAL, NO_AGENT)
#: The packaged harm lexicon (``lexicon=None``).
HARM_LEXICON = "harm_terms"


@dataclass(frozen=True)
class HarmEvent:
    """One mention of a harmful act; offsets are those of the trigger."""

    sent_id: int
    trigger: str
    lemma: str
    form: str
    agent: str
    agent_head: str
    agent_group: str
    agent_groups: str
    patient: str
    patient_head: str
    patient_group: str
    negated: bool
    cause: str
    hedge_cue: str
    source: str
    start_char: int
    end_char: int


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc (callers only read it)
def harm_lexicon(lexicon=None) -> dict:
    """The entries of a harm lexicon (``None``: the packaged ``harm_terms.csv``).

    ``verb``, ``noun``, ``support``: frozensets of lemmas (a noun may be
    several words); ``phrasal``: ``{verb lemma: frozenset of particles or
    objects}`` for verb entries of several words ("open fire", "wipe out");
    ``unless``: ``{verb lemma: frozenset}`` from the optional
    ``unless_object`` column (``|``-separated object lemmas, or ``person``)
    naming objects that give the verb a sense that is no harm.

    Optional kinds: ``impact`` verbs ("strike", "hit", "slam") and
    ``impact_noun`` nouns ("strike") are harm only when a weapon, an act or
    a known actor does them (:func:`impact_doer`); ``weapon`` nouns
    ("missile", "tank") name no doer as subject or by-agent, only through
    their modifier ("an Ostravian missile": :func:`weapon_user`);
    ``reciprocal`` verbs ("clash", "fight") are harm verbs whose coordinated
    or plural subject names the sides of a mutual act, and
    ``reciprocal_support`` verbs ("exchanged fire") make their harm object
    such an act (:func:`reciprocal_sides`); ``outcome`` nouns ("death") are
    events only when a frame of responsibility names who caused them
    ("blamed the deaths on X": :func:`framing.syntax.carried_agent`), and
    outcome verbs ("die") only when their clause names a cause, a
    ``mechanism`` noun ("of gunshot wounds") or a doer, and no harm act;
    ``resultative`` verbs ("crush") are harm only in the passive or with
    "to death".
    """
    lexicon = HARM_LEXICON if lexicon is None else lexicon
    table = load_lexicon(lexicon)
    missing = {"term", "kind"} - set(table.columns)
    if missing:
        raise ValueError(
            f"harm lexicon {lexicon!r}: missing column(s) {', '.join(sorted(missing))}"
        )
    kinds = table["kind"].str.strip()
    terms = table["term"].str.strip().str.lower()
    out: dict = {
        kind: frozenset(terms[kinds == kind])
        for kind in (
            *("noun", "support", "impact", "impact_noun", "weapon"),
            *("reciprocal", "reciprocal_support", "outcome", "resultative", "mechanism"),
        )
    }
    verbs = terms[kinds.isin(["verb", "reciprocal"])]
    out["verb"] = frozenset(t for t in verbs if " " not in t)
    phrasal: dict[str, set] = {}
    for term in verbs:
        if " " in term:
            first, rest = term.split(" ", 1)
            phrasal.setdefault(first, set()).add(rest)
    out["phrasal"] = {first: frozenset(rest) for first, rest in phrasal.items()}
    unless = table["unless_object"] if "unless_object" in table.columns else [""] * len(table)
    out["unless"] = {
        term: frozenset(w.strip().lower() for w in objects.split("|") if w.strip())
        for term, kind, objects in zip(terms, kinds, unless, strict=True)
        if kind in ("verb", "impact", "reciprocal") and objects.strip()
    }
    return out


#: Labels of the second word of a several-word verb entry: a particle ("wipe
#: out"), an object ("open fire") or a resultative the parser labels as a
#: predicate or adverb ("set ablaze", "set alight").
PHRASAL_DEPS = ("prt", "dobj", "oprd", "acomp", "advmod")


def phrasal_verb(token: Node, phrasal: dict) -> tuple[str, Node] | None:
    """(entry, last word) when ``token`` is the verb of a several-word verb
    entry with its particle, object or resultative (:data:`PHRASAL_DEPS`:
    "wiped out", "opened fire", "set ablaze"), else None."""
    first = verb_lemma(token.lemma_, token.text, frozenset(phrasal))
    if first is None:
        return None
    for child in token.children:
        if child.dep_ in PHRASAL_DEPS and child.lemma_.lower() in phrasal[first]:
            return f"{first} {child.lemma_.lower()}", child
        if child.dep_ == "dobj" and partitive_object(child).lemma_.lower() in phrasal[first]:
            # "claimed hundreds of lives": the trigger stays the verb
            return f"{first} {partitive_object(child).lemma_.lower()}", token
    return None


#: Prepositions whose object is the act within which a harm verb's harm was
#: done ("killed 12 in a raid", "were shot during the assault").
ACT_FRAME_PREPOSITIONS = ("in", "during")


def framing_act_doer(noun: Node, verbs: frozenset[str]) -> Node | None:
    """The doer of an act noun named as the occasion of a harm verb: "Rebels
    killed 12 in a raid" (the raid is the rebels'), "were shot during an
    assault by soldiers" (the by-agent's). None when the noun is not the
    object of "in" / "during" under a harm verb, or that verb names no doer."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.text.lower() not in ACT_FRAME_PREPOSITIONS:
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb_lemma(verb.lemma_, verb.text, verbs) is None:
        return None
    if verb.with_dep("auxpass") or verb.with_dep("agent"):
        return by_agent(verb)
    return subject(verb)


def past_dateline(agent: Node) -> Node | None:
    """The doer when the parser took a wire dateline for the subject
    ("KELDAR, Varo (Reuters) - Rebels ambushed ...": :func:`framing.sources.
    datelines.dateline_end`): a second subject of the same verb after the
    dateline, or the highest noun of the subject's phrase after it
    ("Rebels"), else None; any other agent as it is."""
    sent = agent.token.sent
    end = sent.start_char + dateline_end(sent.text)
    if agent.idx >= end:
        return agent
    tree = agent.tree
    for sibling in agent.head.children:
        if sibling.dep_ == agent.dep_ and sibling.idx >= end:
            return sibling  # "KELDAR (AP) - Gunmen killed": two subjects of one verb
    for i in tree.subtree(agent.i):
        if tree.idx[i] >= end and tree.idx[tree.head[i]] < end and tree.pos[i] in ("NOUN", "PROPN", "PRON"):
            return tree.node(i)
    return None


def is_label(noun: Node) -> bool:
    """An act noun that classifies acts named elsewhere: the object of a
    verb of ``framing/data/label_verbs.csv`` ("the killings constituted
    genocide"), or of its preposition ("may amount to war crimes")."""
    frames = word_pairs("label_verbs", "verb", "preposition")
    if noun.dep_ in ("dobj", "attr"):
        return (noun.head.lemma_.lower(), "") in frames
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return (noun.head.head.lemma_.lower(), noun.head.text.lower()) in frames
    return False


def to_death(verb: Node) -> bool:
    """The verb has the resultative "to death" ("crushed to death")."""
    return any(
        c.dep_ == "prep" and c.text.lower() == "to" and any(o.lemma_.lower() == "death" for o in c.with_dep("pobj"))
        for c in verb.children
    )


def dies_of(verb: Node, harm: dict, causes: frozenset[str], tree) -> bool:
    """An outcome verb ("died") names harm: its clause names a cause
    ("in a stampede", "as a result of trampling") or a mechanism of harm
    ("of gunshot wounds") or a doer ("at the hands of the guards"), and the
    act that caused it is not itself named there ("died in the shelling" is
    the shelling's)."""
    mechanism = False
    for i in tree.subtree(verb.i):
        if i == verb.i or tree.pos[i] not in ("NOUN", "PROPN"):
            continue
        if nominal_trigger(tree, i, harm["noun"]) is not None:
            return False
        mechanism = mechanism or tree.lemma[i].lower() in harm["mechanism"]
    return mechanism or hands_of(verb) is not None or bool(harm_cause(verb, None, causes))


#: Object pronouns and the number of the noun they would corefer with.
OBJECT_PRONOUNS = {"them": ("NNS", "NNPS"), "him": ("NN", "NNP"), "her": ("NN", "NNP")}


def disjoint_from_object(verb: Node, agent: Node) -> Node | None:
    """The controller of a subjectless verb, checked against its object
    pronoun: a pronoun object cannot be its own clause's subject (binding
    Principle B; Chomsky 1981), so in "forced the men to kneel before
    shooting them" the men are not the shooters. A controller that is the
    object of a verb (object control: the likeliest referent of the pronoun)
    gives way to the subject of that verb ("soldiers ... forced the men").
    A controller named by the verb's own frame ("accused the settlers of
    attacking them", "ordered the soldier to kill him"), any other agent, one
    of another number, or a verb with its own subject, is kept."""
    objects = verb.with_dep("dobj")
    if not objects or verb.with_dep("nsubj", "nsubjpass"):
        return agent
    numbers = OBJECT_PRONOUNS.get(objects[0].text.lower())
    if numbers is None or agent.tag_ not in numbers:
        return agent
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if governor.i == agent.head.i:
        return agent  # the frame itself names the doer: "accused X of attacking them", "ordered X to kill him"
    if agent.dep_ == "dobj" and agent.head.pos_ in ("VERB", "AUX"):
        return subject(agent.head)
    return agent


def relative_subject(verb: Node) -> bool:
    """The subject of ``verb`` is a non-personal relative pronoun ("which", "that")."""
    return any(c.dep_ == "nsubj" and c.text.lower() in ("which", "that") for c in verb.children)


def act_antecedent(antecedent: Node, nouns, verbs, weapons, taxonomy) -> Node:
    """The act a "which" clause is about when the parser attached it to a
    place or thing inside the act's phrase ("shelling by the army in the east,
    which killed": east -> shelling). Only for an antecedent that is the
    object of a preposition and neither an act, a weapon nor an actor; the
    nearest act noun before it in the sentence, else the antecedent."""
    tree = antecedent.tree
    if (
        antecedent.dep_ != "pobj"
        or nominal_trigger(tree, antecedent.i, nouns, verbs) is not None
        or antecedent.lemma_.lower() in weapons
        or taxonomy.classify(phrase(antecedent), head=antecedent.lemma_, head_text=antecedent.text) is not None
    ):
        return antecedent
    sent_id = tree.sent_id[antecedent.i]
    for j in range(antecedent.i - 1, -1, -1):
        if tree.sent_id[j] != sent_id:
            break
        if (tree.pos[j] in ("NOUN", "PROPN") or tree.tag[j] == "VBG") and nominal_trigger(
            tree, j, nouns, verbs
        ) is not None:
            return tree.node(j)
    return antecedent


def weapon_user(weapon: Node, taxonomy, weapons: frozenset[str]) -> Node | None:
    """Who a weapon named as a doer stands for: its possessor, or a modifier
    naming an actor (a nationality, an organisation, an acronym or a phrase
    the taxonomy knows: "an Ostravian missile", "a military aircraft",
    "the RSB's drones"), also through a weapon compound ("Liranian air-defence
    missile", "army tank shells"); None when the weapon is all the text names
    ("tanks fired on the crowd", "a stray round killed a girl")."""
    for child in weapon.children:
        if child.i > weapon.i:
            continue
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return child
        if child.dep_ in ("amod", "compound", "nmod") and names_actor(child, taxonomy):
            return child
        if child.dep_ == "compound" and child.lemma_.lower() in weapons:
            found = weapon_user(child, taxonomy, weapons)
            if found is not None:
                return found
    return None


def impact_doer(doer: Node | None, taxonomy, harm: dict, tree) -> bool:
    """An impact verb ("struck", "hit") names harm: its doer is a weapon, a
    harm act ("the strike hit a school") or an actor the taxonomy knows ("the
    army struck the town"), not a storm or a singer."""
    if doer is None:
        return False
    if doer.lemma_.lower() in harm["weapon"] or nominal_trigger(tree, doer.i, harm["noun"]) is not None:
        return True
    if is_impact_noun(doer, harm):
        return True
    return taxonomy.classify(phrase(doer), head=doer.lemma_, head_text=doer.text, role="agent") is not None


def is_impact_noun(noun: Node, harm: dict, taxonomy=None) -> bool:
    """An impact noun ("strike", "fire") that names an act, not a labour
    strike or a blaze: modified by a weapon ("missile strike") or by an
    actor ("Ardesian fire", "police fire"), governed by a support verb
    ("carried out the strike", "exchanged fire"), or in "under fire"."""
    if noun.lemma_.lower() not in harm["impact_noun"] or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in noun.children:
        if child.i < noun.i and child.dep_ == "compound" and child.lemma_.lower() in harm["weapon"]:
            return True
        if (
            taxonomy is not None
            and child.i < noun.i
            and child.dep_ in ("compound", "amod", "poss")
            and names_actor(child, taxonomy)
        ):
            return True
    if noun.dep_ == "pobj" and noun.head.text.lower() == "under":
        return True
    governor = noun.head
    if noun.dep_ == "dobj" and governor.lemma_.lower() in harm["reciprocal_support"]:
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and support_lemma(governor, harm["support"])


def reciprocal_sides(token: Node, harm: dict) -> list[Node]:
    """The sides of a reciprocal act named by its subject: a reciprocal verb
    without an object ("the army and the rebels clashed", "rival clans
    fought", "gangs fought with the police"), or a harm noun that a
    reciprocal support verb takes as object ("troops and rebels exchanged
    gunfire"). The subject's conjuncts, or the subject alone when it is
    plural; [] for one singular side or a verb with an object ("the rebels
    fought the army" names a doer)."""
    if token.pos_ in ("NOUN", "PROPN"):
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in harm["reciprocal_support"]:
            return []
    else:
        verb = token
        if verb_lemma(verb.lemma_, verb.text, harm["reciprocal"]) is None or verb.with_dep("dobj"):
            return []
    doer = subject(verb)
    if doer is None or names_nobody(doer):
        return []
    sides = [doer, *[c for c in doer.conjuncts if c.i > doer.i]]
    for preposition in verb.with_dep("prep"):
        if preposition.text.lower() == "with":
            sides += preposition.with_dep("pobj")[:1]  # "fought with the police"
    return sides if len(sides) > 1 or doer.tag_ in ("NNS", "NNPS") else []


def actor_group(taxonomy, head: Node | None, *, role: str, trigger: Node) -> str:
    """The taxonomy group of the phrase headed by ``head``.

    Agent: the first conjunct the taxonomy knows; patient: ``mixed`` when
    conjuncts belong to different groups. A bare conjunct shares the first
    one's modifiers and is skipped; a quantity is classified by the noun it
    stands for ("hundreds of civilians").
    """
    if head is None:
        return NO_AGENT
    groups = []
    for k, conjunct in enumerate(conjuncts(head)):
        if k > 0 and is_bare(conjunct):
            continue
        text = phrase(conjunct, avoid=trigger, drop_conj=True)
        noun = semantic_head(conjunct)
        found = taxonomy.classify(text, head=noun.lemma_, head_text=noun.text, role=role)
        if found is not None:
            if role == "agent":
                return found
            groups.append(found)
    groups = list(dict.fromkeys(groups))
    if not groups:
        return OTHER
    return groups[0] if len(groups) == 1 else MIXED


def find_harm_events(
    doc,
    *,
    actors=None,
    lexicon=None,
    stative=None,
    causes=None,
    context: bool = True,
) -> list[HarmEvent]:
    """Find mentions of violent or harmful acts and who the grammar says did them.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed by :func:`framing.parse`.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        Actor taxonomy for ``agent_group`` / ``patient_group`` (see
        :func:`framing.load_actors`); ``None`` uses the generic one.
    lexicon : str or Path, optional
        Harm lexicon with columns ``term`` and ``kind`` (``verb`` lemma,
        ``noun`` lemma or multi-word noun, ``support`` verb); ``None`` reads
        the packaged ``harm_terms.csv``.
    stative : str or Path, optional
        Passed to :func:`find_passives`.
    causes : str or Path, optional
        Non-human cause words (column ``term``); ``None`` reads the packaged
        ``harm_causes.csv``.
    context : bool, default True
        Fill ``hedge_cue`` and ``source`` from :func:`framing.find_hedges`
        and :func:`framing.find_attributions`, joined by offset
        (:mod:`framing.links`).

    Returns
    -------
    list of HarmEvent
        ``form`` is ``passive`` (any construction of :func:`find_passives`),
        ``active`` (a finite or non-finite verb), ``nominal`` (a harm noun or
        a gerund used as a noun) or ``adjectival`` (a prenominal participle,
        "the murdered men"). ``agent`` is "" and ``agent_group`` ``"none"``
        when no agent is expressed; an unknown phrase is ``"other"``, a
        personal pronoun ``"pronoun"``, the sides of a reciprocal act
        ``"mutual"`` (both in ``agent``, their groups in ``agent_groups``).
        ``negated``: the act is negated or denied in its sentence; ``cause``:
        the non-human cause it is put on ("stampede"), else "".

    Notes
    -----
    Agent rules: the subject of an active verb (with its conjuncts), or the
    controller of a subjectless clause (see :func:`framing.syntax.controller`);
    the by-agent of a passive; for a noun, a "by" phrase, a possessive ("the
    army's shelling"), a compound modifier the taxonomy knows ("police
    crackdown"), the by-agent of the verb the noun is subject of ("the
    attacks were carried out by X"), or the subject of a support verb from
    the lexicon ("militias committed atrocities"). ``agent_group`` is the
    group of the first coordinated agent the taxonomy knows; ``patient_group``
    is ``mixed`` when coordinated patients belong to different groups.

    Also: a doer named by a governing frame ("accused X of killings",
    "blamed the attacks on X", "X is responsible for the massacre":
    :func:`framing.syntax.carried_agent`); an organisation, nationality or
    acronym modifying the act ("RSF attacks", "Israeli shelling"); for a
    verb whose subject is itself an act ("the ambush killed nine"), that
    act's doer, or none. A time or a negative phrase ("nobody") is no doer;
    a cause word as doer ("the flood killed") is a ``cause``, not an agent.

    From real reports: a weapon or vehicle as doer stands for the actor
    modifying it, else none ("an Ostravian missile struck", "tanks fired":
    :func:`weapon_user`); an act as by-agent passes on its doer ("killed by
    army tank fire"); an act that is the occasion of a harm verb takes that
    verb's doer ("killed 12 in a raid": :func:`framing_act_doer`); listed
    examples take the wider act's doer ("atrocities, including killings");
    "at the hands of X" names X; a wire dateline taken for the subject is set
    aside (:func:`past_dateline`); a "which" clause hung on a place inside an
    act's phrase is about the act (:func:`act_antecedent`); an
    object-controlled victim of "shooting them" gives way to the subject of
    the controlling verb (:func:`disjoint_from_object`); reciprocal verbs
    name their sides (:func:`reciprocal_sides`). The conditional kinds of
    the lexicon (impact, outcome, resultative) are described in
    :func:`harm_lexicon`.

    An agent named only in another sentence or through a pronoun is not
    resolved (no coreference): "they" is ``pronoun``. A participle modifying
    a harm noun ("targeted killings") is not a separate event. Known
    failures: a nationality modifying an act names its victims as often as
    its doers ("the Rohingya genocide" reads Rohingya as the doer); a
    parser that attaches a clause to the sides of "clashes between the
    factions left 25 dead" puts it in ``agent``; a locative by-phrase
    ("dumped by the roadside") is read as a by-agent; a place name the
    tagger does not mark as a place, modifying an act in a headline
    ("Darani killings"), is read as its doer.

    hedge_cue: the cue of a hedge (same sentence) whose scope covers the
    trigger. source: the attribution whose content covers the trigger, else
    the first attribution of the sentence.
    """
    taxonomy = load_actors(actors)
    harm = harm_lexicon(lexicon)
    cause_set = cause_words(causes)
    nouns, verbs, phrasal = harm["noun"], harm["verb"], harm["phrasal"]
    tree = parse_tree(doc)
    node = tree.node
    passive_records = {
        p.start_char: (p, None if a is None else node(a), None if pt is None else node(pt))
        for p, a, pt in passive_triples(doc, stative=stative)
    }
    hedges, attributions = (find_hedges(doc), find_attributions(doc)) if context else ([], [])
    events = []
    article_text = doc_text(doc)
    # only these tokens can be triggers: every other part of speech reaches the
    # final ``else: continue`` (a gerund noun is tagged VBG), and a token that is
    # neither a harm noun nor a harm verb reaches a ``continue`` in both branches.
    # Screened on the strings (cheaply, then exactly); a token view for the few that pass.
    impact, weapons = harm["impact"], harm["weapon"]
    conditional = impact | harm["impact_noun"] | harm["outcome"] | harm["resultative"]
    words = screen_words(nouns, verbs | frozenset(phrasal) | conditional)
    triggers = []
    for i, (pos, tag, text, lemma) in enumerate(
        zip(tree.pos, tree.tag, tree.text, tree.lemma, strict=True)
    ):
        if pos not in ("NOUN", "PROPN", "VERB", "AUX", "ADJ") and tag != "VBG":
            continue
        lower = text.lower()
        if not (lemma.lower() in words or lower in words or lower.endswith(("ed", "ing", "ings"))):
            continue  # no lexicon word, no "-ed" / "-ing(s)" to strip: neither function matches
        if (
            verb_lemma(lemma, text, verbs) is not None
            or verb_lemma(lemma, text, frozenset(phrasal)) is not None
            or verb_lemma(lemma, text, impact | harm["resultative"] | harm["outcome"]) is not None
            or lemma.lower() in harm["impact_noun"]
            or lemma.lower() in harm["outcome"]
            or nominal_trigger(tree, i, nouns, verbs) is not None
        ):
            triggers.append(i)
    for token in map(node, triggers):
        agent = patient = None
        first = last = token.i
        form = lemma = None
        passive, passive_agent, passive_patient = passive_records.get(token.idx, (None, None, None))
        if token.pos_ in ("NOUN", "PROPN") or is_gerund_noun(token):
            match = nominal_trigger(tree, token.i, nouns, verbs)
            if match is None and token.tag_ == "VBG":
                lemma_v = verb_lemma(token.lemma_, token.text, verbs)
                match = (token.i, token.text.lower()) if lemma_v else None
            if match is not None and match[1] in cause_set and match[1] not in nouns:
                match = None  # a gerund listed as a cause: "as a result of trampling"
            carried = carried_agent(token) if token.lemma_.lower() in harm["outcome"] else None
            if (
                match is None
                and carried is not None
                and nominal_trigger(tree, carried.i, nouns, verbs) is None
                and not is_impact_noun(carried, harm, taxonomy)
            ):
                # "blamed the deaths on X"; "blamed army fire for the deaths" names the act as fire
                match = (token.i, token.lemma_.lower())
            if match is None and is_impact_noun(token, harm, taxonomy):
                weapon = [c.i for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in weapons]
                match = (min([token.i, *weapon]), token.lemma_.lower())
            if match is None or token.dep_ == "compound":
                continue
            first, lemma = match
            if is_label(token):
                continue  # "the killings constituted genocide": a label of acts already named
            form = "nominal"
            agent = nominal_agent(token, harm["support"], taxonomy) or framing_act_doer(token, verbs)
            patient = nominal_patient(token)
        elif token.pos_ in ("VERB", "AUX", "ADJ"):
            lemma = verb_lemma(token.lemma_, token.text, verbs)
            if lemma is None and verb_lemma(token.lemma_, token.text, impact) is not None:
                doer = passive_agent if passive is not None and passive.verb == token.text else subject(token)
                if impact_doer(doer, taxonomy, harm, tree):
                    lemma = verb_lemma(token.lemma_, token.text, impact)
            if lemma is None and verb_lemma(token.lemma_, token.text, harm["resultative"]) is not None:
                if (passive is not None and passive.verb == token.text) or to_death(token):
                    lemma = verb_lemma(token.lemma_, token.text, harm["resultative"])  # "were crushed"
            if lemma is None and verb_lemma(token.lemma_, token.text, harm["outcome"]) is not None:
                if dies_of(token, harm, cause_set, tree):
                    lemma = verb_lemma(token.lemma_, token.text, harm["outcome"])  # "died in a stampede"
            multiword = phrasal_verb(token, phrasal) if token.pos_ != "ADJ" else None
            if multiword is not None:
                lemma, word = multiword
                last = max(last, word.i)
            if lemma is None or object_excludes(token, harm["unless"].get(lemma, frozenset())):
                continue
            if passive is not None and passive.verb == token.text:
                form = "passive"
            elif token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and token.with_dep("det"):
                continue  # a participle used as a noun: "the wounded", "the dead"
            elif (
                token.dep_ == "amod"
                and token.tag_ in ("VBN", "JJ", "VBD")
                and token.text.lower().endswith(("ed", "en", "wn"))
            ):
                if nominal_trigger(tree, token.head.i, nouns) is not None:
                    continue  # "targeted killings": one event, the noun
                form = "adjectival"
                patient = token.head
            elif token.pos_ == "ADJ" or token.dep_ == "amod":
                continue  # "burning houses": a state, not an act
            elif lemma in harm["outcome"]:
                form = "active"
                agent, patient = hands_of(token), subject(token)  # the subject of "died" is the victim
            elif (
                lemma in harm["reciprocal"]
                and token.tag_ == "VBG"
                and not token.with_dep("nsubj", "aux", "auxpass", "dobj")
            ):
                # "amid fighting", "monitors fighting in Syria": the activity
                # named like a noun, whose doer is named as a noun's would be
                form = "nominal"
                agent = nominal_agent(token, harm["support"], taxonomy)
            else:
                form = "active"
                agent = subject(token)
                if agent is not None and relative_subject(token):
                    agent = act_antecedent(agent, nouns, verbs, weapons, taxonomy)
                if agent is not None:
                    agent = disjoint_from_object(token, agent)
                if agent is not None and (
                    nominal_trigger(tree, agent.i, nouns, verbs) or is_impact_noun(agent, harm)
                ):
                    # "massacres targeting Alawites", "Israeli shelling
                    # destroyed": the act does the harm, so its doer does
                    agent = nominal_agent(agent, harm["support"], taxonomy) or (
                        agent if mutual_sides(agent) else None
                    )
                objects = [o for o in token.with_dep("dobj") if o.i != last or multiword is None]
                patient = objects[0] if objects else target_object(token)
                if "person" in harm["unless"].get(lemma, ()):
                    # "fired tear gas at the marchers": the object is the
                    # munition, the target undergoes the act
                    patient = target_object(token) or patient
        else:
            continue
        act_doer = False
        if form == "passive":
            agent = passive_agent if passive_agent is not None else hands_of(token)
            if agent is not None and (
                nominal_trigger(tree, agent.i, nouns, verbs) or is_impact_noun(agent, harm)
            ):
                # "killed by Novarran tank fire": the act does the harm, so its doer does
                agent, act_doer = nominal_agent(agent, harm["support"], taxonomy), True
        if (
            agent is not None
            and agent.text.isupper()
            and (agent.i == 0 or tree.sent_id[agent.i - 1] != tree.sent_id[agent.i])
        ):
            agent = past_dateline(agent)  # "KELDAR (Reuters) - Rebels ambushed"
        if agent is not None and form in ("active", "passive") and agent.lemma_.lower() in weapons:
            agent = weapon_user(agent, taxonomy, weapons)  # "an Ostravian missile struck"
        if agent is not None and (agent.ent_type_ in ("DATE", "TIME") or names_nobody(agent)):
            agent = None  # a time ("began in April 2023") or "nobody claimed" names no doer
        sent_id = tree.sent_id[token.i]
        start, end = tree.idx[first], tree.idx[last] + len(tree.text[last])
        cause = "" if act_doer else harm_cause(token, agent, cause_set)
        if cause and agent is not None and agent.lemma_.lower() == cause:
            agent = None  # "the crush killed": a cause, not a doer
        if patient is not None and agent is not None and patient.i == agent.i:
            patient = None  # "blamed the attacks on X": the "on" object is the doer
        sides = mutual_sides(agent if agent is not None else token) or (
            reciprocal_sides(token, harm) if form in ("active", "nominal") else []
        )
        if form == "passive" and agent is passive_agent:
            agent_text, agent_head_text = passive.agent, passive.agent_head
        else:
            agent_text = phrase(agent, avoid=token) if agent is not None else ""
            agent_head_text = agent.text if agent is not None else ""
        if form == "passive":
            patient_text, patient_head_text = passive.patient, passive.patient_head
            patient_head_tok = passive_patient
        else:
            patient_text = phrase(patient, avoid=token) if patient is not None else ""
            patient_head_text = patient.text if patient is not None else ""
            patient_head_tok = patient
        agent_groups = ""
        if sides:
            agent_text = phrase(sides[0])
            agent_head_text = sides[0].text
            agent_group = MUTUAL
            agent_groups = ";".join(
                actor_group(taxonomy, side, role="agent", trigger=token) for side in sides
            )
        elif is_pronoun(agent):
            agent_group = PRONOUN
        else:
            agent_group = actor_group(taxonomy, agent, role="agent", trigger=token)
        events.append(
            HarmEvent(
                sent_id=sent_id,
                trigger=article_text[start:end],  # the Span's text
                lemma=lemma,
                form=form,
                agent=agent_text,
                agent_head=agent_head_text,
                agent_group=agent_group,
                agent_groups=agent_groups,
                patient=patient_text,
                patient_head=patient_head_text,
                patient_group=actor_group(taxonomy, patient_head_tok, role="patient", trigger=token),
                negated=is_negated(token, carriers=harm["support"]) or is_denied(token),
                cause=cause,
                hedge_cue=covering_hedge(hedges, sent_id, start, end),
                source=covering_source(attributions, sent_id, start, end),
                start_char=start,
                end_char=end,
            )
        )
    return events
