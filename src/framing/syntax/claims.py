"""Who a statement names as the doer of an act without making it the act's
subject, and whether a frame disowns the act.

"the killings were the work of X", "denounced the shelling as an atrocity
committed by X" (:func:`predicate_doer`), "suspicion fell on X"
(:func:`suspected_doer`), "X claimed responsibility, saying the bombing was
revenge" (:func:`claimed_in_statement`); "did not take part in the assault",
"played no part in", "no evidence that guards caused any of the deaths"
(:func:`is_disowned`). The frames are ``agent_frames.csv`` (with a rationale
per entry), read by :func:`agent_frames`; :func:`framing.syntax.carried_agent`
reads them too.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lexicon
from .clauses import SUBJECT_DEPS, VERB_POS, by_agent, names_someone, object_control_frames, subject
from .tree import Node
from .words import word_pairs, word_set

__all__ = [
    "agent_frames",
    "claimed_in_statement",
    "is_disowned",
    "names_nobody",
    "predicate_doer",
    "suspected_doer",
]


@lru_cache(maxsize=1)
def agent_frames() -> dict[tuple[str, str], str]:
    """``{(head lemma, preposition): act}`` from ``framing/data/agent_frames.csv``:
    ``prep_object`` when the act is the object of the preposition (an empty
    preposition: the head is the preposition, "behind the attacks"),
    ``direct_object`` when the act is the head's direct object ("blamed the
    attacks on X")."""
    table = load_lexicon("agent_frames")
    return {
        (head.strip().lower(), preposition.strip().lower()): act.strip()
        for head, preposition, act in zip(table["head"], table["preposition"], table["act"], strict=True)
    }


def names_nobody(noun: Node) -> bool:
    """A negative noun phrase: "nobody", "none", "no one", "no group"
    (``framing/data/negation_words.csv``, roles ``subject`` and ``determiner``)."""
    pairs = word_pairs("negation_words", "term", "role")
    if any(role == "subject" and noun.text.lower() == term for term, role in pairs):
        return True
    return any(c.dep_ == "det" and (c.text.lower(), "determiner") in pairs for c in noun.children)


def predicate_doer(act: Node) -> Node | None:
    """The doer a predicate noun names for the act it is said of: the "of"
    object of a ``predicate_of`` noun ("the killings were the work of X") or
    the by-agent of a passive participle on the predicate noun ("denounced
    the shelling as the latest atrocity committed by X", "the bombing was a
    crime committed by X"). The predicate is the copula's ``attr`` when the
    act is its subject, or the "as" object of the verb whose object the act
    is. None otherwise."""
    head = act.head
    if act.dep_ in SUBJECT_DEPS and head.lemma_.lower() == "be":
        predicates = head.with_dep("attr")
    elif act.dep_ == "dobj" and head.pos_ in VERB_POS:
        predicates = [
            o
            for p in (*head.with_dep("prep"), *act.with_dep("prep"))
            if p.text.lower() == "as"
            for o in p.with_dep("pobj")
        ]
    else:
        return None
    frames = agent_frames()
    for predicate in predicates:
        for preposition in predicate.with_dep("prep"):
            if frames.get((predicate.lemma_.lower(), preposition.text.lower())) == "predicate_of":
                objects = preposition.with_dep("pobj")
                if objects and objects[0].lemma_.lower() in word_set("conduct_nouns"):
                    objects = objects[0].with_dep("poss")  # "a consequence of the unit's actions": the unit
                if objects and (names_someone(objects[0]) or objects[0].pos_ == "PROPN"):
                    return objects[0]  # a doer, not "the work of minutes"
        for clause in predicate.with_dep("acl"):
            if clause.tag_ == "VBN":
                found = by_agent(clause)
                if found is not None:
                    return found
    return None


def _on_object(verb: Node) -> Node | None:
    """The object of the verb's "on" ("suspicion fell on X")."""
    for preposition in verb.with_dep("prep"):
        if preposition.text.lower() == "on":
            objects = preposition.with_dep("pobj")
            if objects:
                return objects[0]
    return None


def _suspicion_clause(verb: Node) -> bool:
    """``verb``'s subject is a noun of a ``suspicion`` frame ("suspicion fell on")."""
    frames = agent_frames()
    return any(frames.get((s.lemma_.lower(), "on")) == "suspicion" for s in verb.with_dep(*SUBJECT_DEPS))


def suspected_doer(act: Node) -> Node | None:
    """The one suspicion falls on for an act (``suspicion`` frames of
    ``agent_frames.csv``): the act as the object of the suspicion noun's
    preposition ("suspicion for the killing fell on X"), or the act nobody
    claimed in a clause coordinated with one whose subject is suspicion ("no
    group claimed the attack, but suspicion fell on X"; also "claimed
    responsibility for"). None otherwise, and when somebody claimed it."""
    frames = agent_frames()
    if act.dep_ == "pobj" and act.head.dep_ == "prep":
        noun = act.head.head
        if frames.get((noun.lemma_.lower(), "on")) == "suspicion" and noun.dep_ in SUBJECT_DEPS:
            return _on_object(noun.head)
    glued = _glued_suspicion(act, frames)
    if glued is not None:
        return glued
    holder = act
    if act.dep_ == "pobj" and act.head.head.dep_ == "dobj" and act.head.head.lemma_.lower() == "responsibility":
        holder = act.head.head  # "no group claimed responsibility for the attack"
    claim = holder.head
    if holder.dep_ != "dobj" or frames.get((claim.lemma_.lower(), "")) != "verb_subject":
        return None
    if not claim.with_dep("neg") and not any(names_nobody(s) for s in claim.with_dep(*SUBJECT_DEPS)):
        return None
    for verb in claim.with_dep("conj"):
        if _suspicion_clause(verb):
            return _on_object(verb)
    return None


def _glued_suspicion(act: Node, frames) -> Node | None:
    """ "No group has claimed responsibility for the attack but suspicion has
    fallen on X" parsed with "suspicion" as a conjunct of the act and
    "responsibility for the attack" as the subject of "fallen" (or "fallen"
    as a subjectless conjunct of "claimed"): the "on"
    object of the verb whose subject phrase holds the act (at most three
    links up), when a suspicion noun (``agent_frames.csv``) is the act's
    conjunct."""
    if not any(frames.get((c.lemma_.lower(), "on")) == "suspicion" for c in act.with_dep("conj")):
        return None
    node = act
    for _ in range(3):
        node = node.head
        if node.dep_ in SUBJECT_DEPS:
            fallen = node.head
            return _on_object(fallen) if _unclaimed(fallen.head) else None
        if node.dep_ == "dobj":  # "claimed [responsibility for the attack but suspicion] ... and has fallen on X"
            if not _unclaimed(node.head):
                return None
            verbs = [v for v in node.head.with_dep("conj") if not v.with_dep(*SUBJECT_DEPS)]
            return next((found for found in map(_on_object, verbs) if found is not None), None)
        if node.dep_ not in ("prep", "pobj"):
            return None
    return None


def _unclaimed(claim: Node) -> bool:
    """A claim verb (``verb_subject`` frame) that is negated or whose subject names nobody ("no group claimed")."""
    if agent_frames().get((claim.lemma_.lower(), "")) != "verb_subject":
        return False
    return bool(claim.with_dep("neg")) or any(names_nobody(s) for s in claim.with_dep(*SUBJECT_DEPS))


def claimed_in_statement(act: Node) -> Node | None:
    """Who claimed responsibility in a statement that names the act as the
    subject of its reported clause: "X claimed responsibility, saying the
    bombing was revenge for ..." (a reporting participle on a
    ``verb_subject`` frame verb whose object is a bare "responsibility").
    None otherwise ("X denied responsibility, saying the attack was ..."
    names no doer)."""
    clause = act.head
    if act.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    saying = clause.head
    if saying.dep_ not in ("advcl", "conj") or saying.lemma_.lower() not in word_set("reporting_verbs", "lemma"):
        return None
    claim = saying.head
    if agent_frames().get((claim.lemma_.lower(), "")) != "verb_subject":
        return None
    for held in claim.with_dep("dobj"):
        if held.lemma_.lower() == "responsibility" and not held.with_dep("prep"):
            return subject(claim)
    return None


def _negated(verb: Node) -> bool:
    return bool(verb.with_dep("neg"))


def is_disowned(act: Node) -> bool:
    """The act is disowned by a negated frame that names its doer.

    * "did not take part in the assault", "played no part in the attack",
      "never participated in the raids": the act is the object of the
      preposition of a frame noun (``prep_object``: part, role) or of a
      ``verb_prep`` verb, and the noun has a negative determiner or its verb
      a negation;
    * "X had nothing to do with the massacre": a ``do_with`` pronoun that is
      negative or the object of a negated verb;
    * "X was not responsible for the bombing", "X was not behind the attack":
      the act is the object of a negated adjective or preposition frame;
    * "has never claimed an attack on civilians": the object of a negated
      ``verb_subject`` verb;
    * "no evidence that guards caused any of the deaths", "no sign that
      troops fired": the clause of the act's verb is the complement of a
      negative noun of evidence (``negation_words.csv``, role ``evidence``;
      "no doubt that troops fired" asserts the act) (the act's own verb, or the verb whose subject
      or object it is).

    A quantifier over the act ("any of the deaths") stands for it. "No group
    claimed the attack" disowns nothing: the negative subject is not the doer.
    """
    frames, containers = agent_frames(), word_set("container_nouns")
    whole = act
    while whole.dep_ == "pobj" and whole.head.text.lower() == "of" and whole.head.head.lemma_.lower() in containers:
        whole = whole.head.head
    if whole.dep_ == "pobj" and whole.head.dep_ == "prep":
        preposition, word = whole.head.text.lower(), whole.head.head
        if frames.get((word.lemma_.lower(), preposition)) == "prep_object" and word.pos_ in ("NOUN", "PROPN"):
            if names_nobody(word) or (word.dep_ == "dobj" and _negated(word.head)):
                return True  # "played no part in the attack", "did not play a role in"
        if frames.get((word.lemma_.lower(), preposition)) == "prep_object" and word.pos_ == "ADJ":
            if word.dep_ == "acomp" and (_negated(word.head) or _negated(word)):
                return True  # "X was not responsible for the bombing"
        if frames.get((preposition, "")) == "prep_object" and word.pos_ in VERB_POS and _negated(word):
            return True  # "X was not behind the attack"
        pronoun = word.head if word.lemma_.lower() == "do" and preposition == "with" else word
        if frames.get((pronoun.lemma_.lower(), preposition)) == "do_with" and pronoun.dep_ == "dobj":
            having = pronoun.head
            denials = word_set("denial_verbs")
            denied = having.dep_ in ("xcomp", "ccomp", "pcomp") and having.head.lemma_.lower() in denials
            if names_nobody(pronoun) or _negated(having) or denied:
                return True  # "had nothing to do with the massacre", "denied having anything to do with"
        infinitive = word.pos_ in VERB_POS and word.dep_ == "xcomp" and word.head.lemma_.lower() == "be"
        if infinitive and (word.lemma_.lower(), preposition) in object_control_frames():
            if _negated(word) or _negated(word.head):
                return True  # "X is not to blame for the massacre"
        if word.pos_ in VERB_POS:
            for held in word.with_dep("dobj"):
                if frames.get((held.lemma_.lower(), preposition)) == "prep_object":
                    if names_nobody(held) or _negated(word):
                        return True  # "did not take part in the assault": "in" hung on the verb
            if frames.get((word.lemma_.lower(), preposition)) == "verb_prep" and _negated(word):
                return True  # "never participated in the raids"
    verb = whole.head
    if whole.dep_ == "dobj" and frames.get((verb.lemma_.lower(), "")) == "verb_subject" and _negated(verb):
        return True  # "has never claimed an attack"
    if act.pos_ in VERB_POS:
        verb = act  # "no evidence that its peacekeepers fired on civilians"
    elif whole.dep_ not in ("dobj", *SUBJECT_DEPS) or verb.pos_ not in VERB_POS:
        return False
    evidence = {term for term, role in word_pairs("negation_words", "term", "role") if role == "evidence"}
    noun = verb.head
    return verb.dep_ in ("acl", "ccomp") and noun.lemma_.lower() in evidence and names_nobody(noun)
