"""Which actor a possessed or definite agent refers to.

A possessed or bare definite agent the taxonomy does not know takes the group
of the actor named before it in the sentence ("the army said its units had
killed": :func:`anaphor_antecedent`), and an unknown head that of a known noun
modifying it ("an army unit": :func:`agent_referent`).
"""

from __future__ import annotations

from ..syntax import SUBJECT_DEPS, Node, phrase, semantic_head, word_set

__all__ = [
    "DEFINITE_DETERMINERS",
    "DESCRIPTION_MODIFIERS",
    "agent_referent",
    "anaphor_antecedent",
    "same_clause_subject",
]

#: Determiners of a definite description that can take up an actor named
#: before it in the sentence ("the group", "this unit").
DEFINITE_DETERMINERS = ("the", "this", "that", "these", "those")
#: Dependents that make a description more than a bare definite noun.
DESCRIPTION_MODIFIERS = ("amod", "compound", "nummod", "poss", "prep", "relcl", "acl", "appos")


def anaphor_antecedent(agent: Node, taxonomy, *, known: bool = False) -> Node | None:
    """The actor named earlier in the sentence that a possessed or bare
    definite agent the taxonomy does not know refers to: "the RSB commander
    said his men had fired" (his men -> the RSB's), "the army said its units
    had killed 40", "a spokesman for the Front said the group had never
    targeted civilians".

    Only for a noun possessed by a pronoun ("his", "its", "their") or with a
    definite determiner and no other modifier, whose own phrase no entry of
    the taxonomy matches ("his troops" keeps the taxonomy's group); the
    antecedent is the nearest subject before the agent's phrase, in its
    sentence, that the taxonomy knows as an agent (or its possessor or
    modifier), else the nearest such noun. None otherwise.

    Notes
    -----
    The labelling guidelines of ``agency_real.csv`` give a definite
    description or a possessed noun "the group of what it plainly refers to
    in the same sentence"; an actor named only in another sentence is not
    taken (a pronoun alone stays ``pronoun``).
    """
    noun = semantic_head(agent)
    children = noun.children
    possessed = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children)
    definite = any(c.dep_ == "det" and c.text.lower() in DEFINITE_DETERMINERS for c in children) and not any(
        c.dep_ in DESCRIPTION_MODIFIERS for c in children
    )
    if not (possessed or definite) or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_ in word_set("doer_modifiers"):
        return None  # "the enemy" is never the speaker's side
    if definite and not possessed and noun.lemma_.lower() in word_set("anonymous_doers"):
        return None  # "the attacker", "the men": the unknown doer, not an actor named nearby
    if not known and taxonomy.classify(phrase(noun), head=noun.lemma_, head_text=noun.text, role="agent"):
        return None  # ``known``: also for a phrase the taxonomy knows (an owner: :mod:`.owners`)
    tree = noun.tree
    own = set(tree.subtree(agent.i))
    sent = tree.sent_id[agent.i]
    known = []
    for j in range(min(own) - 1, -1, -1):
        if tree.sent_id[j] != sent:
            break
        if tree.pos[j] not in ("NOUN", "PROPN") or j in own:
            continue
        candidate = tree.node(j)
        if same_clause_subject(candidate, noun):
            continue  # "Police blamed the gang for the killings": an object never means its own clause's subject
        if taxonomy.classify(phrase(candidate), head=candidate.lemma_, head_text=candidate.text, role="agent"):
            known.append(candidate)
    # a subject (or its possessor or modifier) first: "the militia attacked the police and its fighters"
    for candidate in known:
        holder = candidate.head if candidate.dep_ in ("poss", "compound") else candidate
        if holder.dep_ in SUBJECT_DEPS:
            return candidate
    return known[0] if known else None


def agent_referent(agent: Node, taxonomy) -> Node | None:
    """The word whose taxonomy group an agent the taxonomy does not know
    takes: the antecedent of a possessed or definite agent
    (:func:`anaphor_antecedent`), else a noun modifying its head that a
    ``head`` entry knows ("the army unit of Colonel X" -> army, "an army
    convoy"); None when there is none or the agent's own phrase is known."""
    found = anaphor_antecedent(agent, taxonomy)
    if found is not None:
        return found
    noun = semantic_head(agent)
    if taxonomy.classify(phrase(noun), head=noun.lemma_, head_text=noun.text, role="agent") is not None:
        return None
    for child in [*agent.children, *noun.children]:  # "army unit of X": "unit" is a partitive
        if child.i < child.head.i and child.dep_ == "compound" and child.pos_ == "NOUN":
            if taxonomy.classify(child.text, head=child.lemma_, head_text=child.text, role="agent") is not None:
                return child
    return None


def same_clause_subject(candidate: Node, noun: Node) -> bool:
    """``candidate`` is the subject of the verb whose object (direct, or of a preposition
    on it) ``noun`` is: a definite object does not refer to its own clause's subject
    ("Police blamed the gang": the gang is not the police), though a possessive may
    ("the army said its units" is another clause; "the militia and its fighters")."""
    if candidate.dep_ not in SUBJECT_DEPS:
        return False
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and holder.i == candidate.head.i and noun.tag_ != "PRP$"
