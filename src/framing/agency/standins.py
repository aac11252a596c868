"""Words that stand in for a doer or a victim without naming one.

* a weapon or thing that is all the text names ("killed by a gunshot", "hurt by
  flying glass"): :func:`is_bare_weapon`;
* a bare number or ordinal standing for a weapon or act named before it ("two
  strikes hit the street, and a third struck the building"): :func:`elided_weapon`;
* a weapon or vehicle doing a resultative act to a person ("a police van
  crushed a protester"): :func:`weapon_on_person`;
* the subject of an ergative harm verb with no object, which undergoes it
  ("patients burned in their beds"): :func:`undergoer_subject`;
* the subject a past-tense conjunct shares with an earlier passive ("were burned
  alive or dragged out and lynched"): the victims: :func:`passive_conjunct_head`;
* a bare count that is the subject of a gapped passive participle ("were
  killed and 33 wounded"): the victims, no doer: :func:`gapped_count`;
* the passive harm verb whose result a gerund names ("the village was shelled
  by rebels, killing five": the by-agent's): :func:`passive_act_head`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..syntax import Node, elided_noun, names_nobody, phrase, semantic_head, subject, word_set
from .blasts import blast_doer
from .nominals import nominal_trigger
from .owners import is_event_noun
from .roles import is_person, mutual_sides, partitive_object

__all__ = [
    "elided_weapon",
    "gapped_count",
    "passive_conjunct_head",
    "is_bare_weapon",
    "names_no_doer",
    "passive_act_head",
    "pronoun_of_actor",
    "undergoer_subject",
    "weapon_on_person",
]


def is_bare_weapon(weapon: Node) -> bool:
    """A weapon named with no modifier or possessor before it ("a gunshot",
    "the bullets"): it is all the text names, so it names no doer. One with a
    modifier the taxonomy does not know ("coalition aircraft") is kept as
    written."""
    return not any(c.i < weapon.i and c.dep_ in ("amod", "compound", "poss", "nmod") for c in weapon.children)


def undergoer_subject(token: Node, taxonomy) -> bool:
    """An ergative harm verb (``framing/data/undergoer_verbs.csv``: burn) used
    with no object: "patients burned in their beds", "the market burned": the
    subject undergoes the act and names no doer. Not when the taxonomy knows
    the subject as an actor, the subject names a doer by the act alone
    ("the attackers burned"), or the verb is coordinated ("rioters burned and
    looted": the object is shared or left out)."""
    if token.lemma_.lower() not in word_set("undergoer_verbs") or token.with_dep("dobj", "nsubjpass", "auxpass"):
        return False
    if token.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in token.children):
        return False
    doer = subject(token)
    if doer is None or doer.lemma_.lower() in word_set("anonymous_doers") or doer.tag_ == "PRP":
        return False
    return taxonomy.classify(phrase(doer), head=doer.lemma_, head_text=doer.text, role="agent") is None


def passive_act_head(token: Node, is_harm: Callable[[Node], bool]) -> Node | None:
    """The passive harm verb a harm gerund is the result of: "the village was
    shelled by rebels, killing five", "a school was hit, killing 17". Its doer
    is that act's by-agent (none when unnamed), not the passive subject, which
    underwent the act. None for any other clause ("troops stormed the camp,
    killing 12": the subject's)."""
    head = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or head.pos_ != "VERB" or not head.with_dep("auxpass"):
        return None
    return head if is_harm(head) else None


def weapon_on_person(verb: Node, weapons: frozenset[str]) -> bool:
    """A resultative verb (crush) with a weapon or vehicle as subject and a
    person as object: "a police armoured vehicle crushed a protester" names
    harm in the active too; "tanks crushed the uprising", "the army crushed
    the rebellion" do not."""
    doer = subject(verb)
    objects = verb.with_dep("dobj")
    if doer is None or not objects or semantic_head(doer).lemma_.lower() not in weapons:
        return False
    return is_person(partitive_object(objects[0]))


def elided_weapon(word: Node, harm: dict, tree) -> bool:
    """A bare number, ordinal or "another" standing for a weapon or an act named
    before it (:func:`.syntax.elided_noun`): "two strikes hit the street, and
    a third struck the building", "another hit the bakery". Like the weapon or
    act it stands for, it names no doer."""
    noun = elided_noun(word)
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    if lemma in harm["weapon"] or lemma in harm["impact_noun"]:
        return True
    return nominal_trigger(tree, noun.i, harm["noun"]) is not None


def gapped_count(word: Node) -> bool:
    """A bare count ("33", "more than 80") that the parser made the subject of a
    participle coordinated with an earlier verb and left without an auxiliary
    or object: "were killed and more than 80 wounded in an attack", "left seven
    dead and 33 wounded". The count is a gapped passive subject, the victims,
    so neither the participle nor an act named in its phrase takes it as the
    doer. A count with a determiner or an "of" ("the two", "two of the
    gunmen") is a description and is kept."""
    if word.dep_ != "nsubj" or word.with_dep("det", "prep"):
        return False
    verb = word.head
    if word.pos_ == "NUM":
        return verb.tag_ == "VBN" and verb.dep_ == "conj" and not verb.with_dep("aux", "auxpass", "dobj")
    return _gapped_quantifier(word, verb)


def _gapped_quantifier(word: Node, verb: Node) -> bool:
    """A vague count (``framing/data/gapped_quantifiers.csv``: "many",
    "others" after a number, "dozens more") as the subject of a participle
    coordinated with a passive that has its auxiliary: "were killed and many
    injured", "were wounded by bullets and 60 others kidnapped" (the tagger
    reads the second as a past tense as often as not). The passive head keeps
    the gap a passive, so "were killed and many others fled" is no different
    and an active conjunct with an object of its own ("and others attacked the
    post") is left alone."""
    if word.lemma_.lower() not in word_set("gapped_quantifiers") and word.text.lower() not in word_set(
        "gapped_quantifiers"
    ):
        return False
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.with_dep("aux", "auxpass", "dobj"):
        return False
    return bool(verb.head.with_dep("auxpass")) and verb.head.i < word.i


def passive_conjunct_head(verb: Node) -> Node | None:
    """The passive participle a conjunct the tagger read as a past tense
    (``VBD``, no subject, auxiliary or object of its own) continues: "Muslims
    were burned alive or dragged out and lynched", "guards were beaten and
    robbed". The shared subject is then the patient of both, so the conjunct
    takes no doer from it (the passive's by-agent is read by the caller).
    The chain of conjuncts is followed up while each link lacks a subject,
    auxiliary and object; None when it ends at no passive."""
    node = verb  # a base form equal to its participle also ("were shot and then cut with machetes")
    while node.dep_ == "conj" and node.tag_ in ("VBD", "VBN", "VB"):
        if node.with_dep("nsubj", "nsubjpass", "aux", "dobj") and node is not verb:
            return None
        if node is verb and (
            verb.tag_ not in ("VBD", "VB")
            or verb.with_dep("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
            or (verb.tag_ == "VB" and verb.text.lower() != verb.lemma_.lower())
        ):
            return None
        head = node.head
        if head.tag_ == "VBN" and head.with_dep("auxpass"):
            return head
        node = head
    return None


def pronoun_of_actor(pronoun: Node, taxonomy) -> bool:
    """A personal pronoun that takes up an actor the taxonomy knows, named as an
    earlier subject of its sentence ("the coalition said it had struck only
    military targets", "the army says they hit the depot"): with an impact verb
    it names harm as the actor would. The pronoun is not resolved (its group
    stays ``pronoun``)."""
    if pronoun.tag_ != "PRP" or pronoun.text.lower() in ("i", "me", "you"):
        return False
    tree = pronoun.tree
    for j in range(pronoun.i - 1, -1, -1):
        if tree.sent_id[j] != tree.sent_id[pronoun.i]:
            break
        if tree.dep[j] in ("nsubj", "nsubjpass") and tree.pos[j] in ("NOUN", "PROPN"):
            candidate = tree.node(j)
            if taxonomy.classify(phrase(candidate), head=candidate.lemma_, head_text=candidate.text, role="agent"):
                return True
    return False


def names_no_doer(agent: Node, harm: dict, tree) -> bool:
    """An agent phrase that names no doer of the act: a weapon standing for an
    elided strike ("and a third struck the building"), the count of a gapped
    passive ("killed and more than 80 wounded": the wounded), a date or time
    ("the war, which began in April 2023, has killed"), a phrase naming nobody
    ("no one claimed"), a blast's wave ("the shock wave flattened the
    warehouses"), or an event that is no reciprocal act between sides."""
    return (
        elided_weapon(agent, harm, tree)
        or gapped_count(agent)
        or agent.ent_type_ in ("DATE", "TIME")
        or names_nobody(agent)
        or blast_doer(agent)
        or (is_event_noun(agent) and not mutual_sides(agent))
    )
