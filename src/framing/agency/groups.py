"""Who a harm event's agent is, as a group: the taxonomy's, or a reserved one (:data:`RESERVED_GROUPS`).

The reading of an agent phrase once the grammar has found it (:mod:`.events`): the sides of a
reciprocal act (``mutual``), a pronoun (``pronoun``), an owner's or a referent's group, else the
taxonomy's group of the phrase (``other`` when it knows none).
"""

from __future__ import annotations

from collections.abc import Callable

from ..actors import NO_AGENT, load_people_nouns
from ..sources.datelines import dateline_end
from ..syntax import Node, command_modifier, conjuncts, is_bare, phrase, semantic_head
from ..textnorm import fold_token
from .anaphora import agent_referent
from .doers import left_state_doer, reciprocal_sides
from .heads import duty_described, head_group, headline_first_conjunct
from .owners import owner_group
from .roles import exchange_sides, is_pronoun, mutual_sides
from .sides import (
    engaged_sides,
    event_sides,
    occasion_sides,
    opposed_sides,
    pitted_sides,
    possessed_sides,
    set_off_sides,
)

__all__ = ["MIXED", "MUTUAL", "OTHER", "PRONOUN", "RESERVED_GROUPS", "actor_group", "name_agent"]

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


def actor_group(taxonomy, head: Node | None, *, role: str, trigger: Node) -> str:
    """The taxonomy group of the phrase headed by ``head``.

    Agent: the first conjunct the taxonomy knows; patient: ``mixed`` when
    conjuncts belong to different groups. A bare conjunct shares the first
    one's modifiers and is skipped; a quantity is classified by the noun it
    stands for ("hundreds of civilians"). An agent head the taxonomy does not
    know takes the group of the X of "X-led" (:func:`.syntax.command_modifier`:
    "the Kavarian-led alliance"; "a Kavarian-led militia" stays a militia).

    An agent's group is read from the head's own words first (:func:`_core`: "a band of gunmen
    who exchanged fire with the army" is gunmen's), then from the phrase without its relative
    clauses ("men who wore police uniforms" is ``other``).
    """
    if head is None:
        return NO_AGENT
    groups = []
    first = split_premodifier(head) if role == "agent" else None
    if first is not None:  # "Villagers and Ulmar Front fighters" parsed as one noun: the first conjunct's group
        found = taxonomy.classify(phrase(first, drop_conj=True), head=first.lemma_, head_text=first.text, role=role)
        if found is not None:
            return found
    for k, conjunct in enumerate(conjuncts(head)):
        if k > 0 and is_bare(conjunct):
            continue
        text = phrase(conjunct, avoid=trigger, drop_conj=True, drop_attire=True, drop_agents=True)
        noun = semantic_head(conjunct)
        found = None
        owned = possessed_text(noun, text)
        if owned and role == "agent":  # "Ithmar's defence ministry": the ministry's group, not Ithmar's
            found = taxonomy.classify(owned, head=noun.lemma_, head_text=noun.text, role=role)
        if found is None and role == "agent":  # the head's own words first: "gunmen who fought the army"
            found = taxonomy.classify(_core(conjunct, trigger), head=noun.lemma_, head_text=noun.text, role=role)
            text = phrase(
                conjunct, avoid=trigger, drop_conj=True, drop_attire=True, drop_agents=True, drop_relative=True
            )
        if found is None:
            found = taxonomy.classify(text, head=noun.lemma_, head_text=noun.text, role=role)
        leader = command_modifier(noun) if found is None and role == "agent" else None
        if leader is not None:  # "the Kavarian-led coalition": a head it does not know takes its leader's group
            found = taxonomy.classify(phrase(leader), head=leader.lemma_, head_text=leader.text, role=role)
        if found is None and role == "agent":  # "military interrogators": a head it does not know, its modifier's
            found = modifier_group(taxonomy, noun)
        if found is not None:
            if role == "agent":  # the head decides over a state's name before it: "Korvathi settlers"
                return armed_head(taxonomy, noun, head_group(taxonomy, noun, found))
            groups.append(found)
    groups = list(dict.fromkeys(groups))
    if not groups:
        return OTHER
    return groups[0] if len(groups) == 1 else MIXED


def armed_head(taxonomy, noun: Node, found: str) -> str:
    """``found``, the group of an agent phrase, unless it is a group of unarmed people (the taxonomy's
    ``armed`` column: :attr:`framing.actors.ActorTaxonomy.unarmed_groups`) that came from the head's
    modifiers while the head alone names a group that is not: "Dawali gunmen" (a community before
    "gunmen") is the gunmen's group; "Dawali villagers" and "rebel soldiers" keep theirs."""
    unarmed = taxonomy.unarmed_groups
    if found not in unarmed:
        return found
    own = taxonomy.classify(noun.text, head=noun.lemma_, head_text=noun.text, role="agent")
    if own is None or own in unarmed:
        return found
    return own


def split_premodifier(noun: Node) -> Node | None:
    """The first conjunct of a coordination the parser hung before ``noun`` as one of its
    modifiers ("Villagers and Front fighters", "Protesters and off-duty soldiers", "the RSB and
    security forces"): a plural noun or a proper name before the head with a conjunction of its
    own, which a modifier never has; else None."""
    for child in noun.children:
        if (
            child.i < noun.i
            and child.dep_ in ("nmod", "compound")
            and child.tag_ in ("NNS", "NNPS", "NNP")
            and any(grand.dep_ == "cc" for grand in child.children)
            and (child.tag_ == "NNP" or any(grand.dep_ == "conj" for grand in child.children))
        ):
            return child
    return None


def _core(conjunct: Node, trigger: Node) -> str:
    """The agent phrase's own words (:func:`.syntax.phrase` ``core``): the head, its premodifiers
    and "of" phrases, without the relative clauses, appositions and other prepositional phrases
    that name other actors ("soldiers from the army's 9th division", "fighters loyal to X")."""
    return phrase(conjunct, avoid=trigger, drop_conj=True, drop_attire=True, drop_agents=True, core=True)


def possessed_text(noun: Node, text: str) -> str:
    """``text`` (the phrase of ``noun``) without the possessor it opens with
    ("Ithmar's defence ministry" -> "defence ministry"), or "" when it opens
    with none. The possessed noun names the actor; its owner is another one
    (a state's ministry is a ministry; a state's troops are read the same either way)."""
    for owner in noun.with_dep("poss"):
        if owner.tag_ == "PRP$" or owner.i > noun.i:
            continue
        own = phrase(owner)
        if text.startswith(own):
            rest = text[len(own) :].lstrip()
            for marker in ("'s", "’s", "'", "’"):
                if rest.startswith(marker):
                    return rest[len(marker) :].strip()
    return ""


#: Entity types of a modifier that says where a person comes from, not what the person is.
ORIGIN_ENTITIES = ("NORP", "GPE")


def modifier_group(taxonomy, noun: Node) -> str | None:
    """The group of the first modifier before ``noun`` the taxonomy knows as an
    agent, a noun or adjective on its own ("military interrogators", "army
    commandos"), for a head it does not know; None when none is known.

    A nationality or a place (a NORP or GPE entity) before a private person
    (``people_nouns.csv`` kind ``person``: "a Russian man", "Syrian refugees") says
    where the person comes from, not that the person is its state's forces (the
    head decides: lead decision D8), so it gives no group; nor does a given name
    before a surname (both in one PERSON entity: "Jordan", "Chad" are also countries)."""
    private = load_people_nouns(None).get(fold_token(noun.lemma_ or noun.text)) == "person"
    for child in noun.children:
        if private and child.ent_type_ in ORIGIN_ENTITIES:
            continue
        if child.ent_type_ == "PERSON" and noun.ent_type_ == "PERSON":  # a given name ("Chad Smith")
            continue
        if child.i < noun.i and child.dep_ in ("amod", "compound", "nmod") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            found = taxonomy.classify(child.text, head=child.lemma_, head_text=child.text, role="agent")
            if found is not None:
                return found
    return None


def name_agent(
    token: Node,
    agent: Node | None,
    *,
    form: str,
    taxonomy,
    harm: dict,
    harm_verb: Callable[[Node], bool],
    passive=None,
    passive_agent: Node | None = None,
) -> tuple[str, str, str, str]:
    """``agent``, ``agent_head``, ``agent_group`` and ``agent_groups`` of the event at ``token``.

    The sides of a reciprocal act come first ("fighting between X and Y",
    "X clashed with Y", "X fought Y", "in a shootout", "opened fire on Y,
    setting off a gunfight": :mod:`.sides`): group ``mutual``, the sides' groups
    joined by ";". A pronoun or possessive determiner is ``pronoun``; a
    possessed retinue noun takes its owner's group (:func:`.owners.owner_group`),
    a possessed or definite agent the taxonomy does not know its referent's
    (:func:`.anaphora.agent_referent`); else :func:`actor_group`.
    """
    sides = (
        mutual_sides(agent if agent is not None else token)
        or (  # and "a shootout between X and Y" by
            mutual_sides(token) if form == "nominal" else []  # which a bystander was killed: its own sides
        )
        or (reciprocal_sides(token, harm) if form in ("active", "nominal") else [])
    )
    if not sides and form == "active":  # "X fought Y", "fought against Y"
        sides = opposed_sides(token, harm, taxonomy)
    if not sides and form == "nominal":  # "in a shootout", "opened fire on Y, setting off a gunfight"
        sides = (
            exchange_sides(token, _harm_or_outcome(harm_verb, harm))
            or set_off_sides(token, harm_verb)
            or engaged_sides(token)  # "engaged in fighting with X", "locked in fighting"
            or pitted_sides(token)  # "clashes pitting X against Y"
            or possessed_sides(token, taxonomy)  # "their gun battle with the bandits"
        )
    if not sides and form == "passive" and agent is None and passive_agent is None:
        # "killed in clashes between X and Y" (not "by a stray bullet during"); "clashes between X and Y left 9 wounded"
        sides = occasion_sides(token) or event_sides(left_state_doer(token))
    if sides:
        groups = ";".join(actor_group(taxonomy, side, role="agent", trigger=token) for side in sides)
        return _after_dateline(phrase(sides[0])), sides[0].text, MUTUAL, groups
    if form == "passive" and agent is not None and agent is passive_agent:
        text, head_text = passive.agent, passive.agent_head
    else:
        text = phrase(agent, avoid=token) if agent is not None else ""
        head_text = agent.text if agent is not None else ""
    text = _after_dateline(text)
    if is_pronoun(agent) or (agent is not None and agent.tag_ == "PRP$"):  # "its shelling", "their attacks"
        return text, head_text, PRONOUN, ""
    antecedent = relative_antecedent(agent)
    if antecedent is not None:  # "the villagers, whom they blamed for the killing": the villagers
        agent = antecedent
        text, head_text = _after_dateline(phrase(agent, avoid=token)), agent.text
    first = headline_first_conjunct(agent)
    if first is not None:  # "admits soldiers, 'vigilantes' killed": the list, its first conjunct's group
        group = actor_group(taxonomy, first, role="agent", trigger=token)
        return _listed(first, agent), head_text, group, ""
    if agent is not None and duty_described(semantic_head(agent)):
        return text, head_text, OTHER, ""  # "the people who are supposed to keep us safe": a role, no side
    referent = agent_referent(agent, taxonomy) if agent is not None else None
    group = owner_group(agent, taxonomy) or actor_group(taxonomy, referent or agent, role="agent", trigger=token)
    return text, head_text, group, ""


def _listed(first: Node, last: Node) -> str:
    """The words from ``first`` to ``last`` as written, with a closing quote mark (a headline's list)."""
    tree, end = first.tree, last.i
    if end + 1 < len(tree.text) and tree.text[end + 1] in ("'", "\u2019", '"', "\u201d"):
        end += 1
    return "".join(tree.text[j] + (" " if tree.whitespace[j] and j < end else "") for j in range(first.i, end + 1))


def relative_antecedent(agent: Node | None) -> Node | None:
    """The noun a relative pronoun agent stands for ("whom they accused of the killing", "who
    they said had killed": the noun the relative clause hangs on), else None."""
    if agent is None or agent.tag_ not in ("WP", "WDT") or agent.text.lower() not in ("who", "whom", "which", "that"):
        return None
    clause = agent.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.pos_ in ("VERB", "AUX", "ADP", "NOUN"):
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return None


def _after_dateline(text: str) -> str:
    """An agent phrase without the wire dateline the parser hung on it ("LONDON (Reuters) - Police")."""
    cut = dateline_end(text)
    return text[cut:].lstrip() if cut and cut < len(text) else text


def _harm_or_outcome(harm_verb: Callable[[Node], bool], harm: dict) -> Callable[[Node], bool]:
    """A harm verb, or an outcome verb whose subject took part ("died in a gunfight with X")."""
    return lambda verb: harm_verb(verb) or verb.lemma_.lower() in harm["outcome"]
