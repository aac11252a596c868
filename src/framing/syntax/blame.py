"""Blame laid on a doer by an idiom rather than by a frame verb's object.

"the attack bore the hallmarks of X" (:func:`hallmark_doer`), "X were to
blame for the slaughter", "X bears the blame for", "laid the blame for the
attack on X" (:func:`blame_idiom_doer`), "pointed the finger at X for the
bombing" (:func:`pointed_doer`) and "no group has claimed the attack, but
officials said X was responsible" (:func:`unclaimed_responsible`). The idiom
nouns are rows of ``agent_frames.csv`` (kinds ``bearer_of``, ``blame_noun``
and ``pointed_at``, each with a rationale); the grammar is here.
:func:`framing.syntax.carried_agent` reads these after its own frames.
"""

from __future__ import annotations

from .claims import agent_frames, names_nobody
from .clauses import SUBJECT_DEPS, VERB_POS, by_agent, names_someone, object_control_frames, resolve_relative, subject
from .tree import Node

__all__ = ["blame_idiom_doer", "do_with_doer", "hallmark_doer", "idiom_doer", "pointed_doer", "unclaimed_responsible"]

#: Relative pronouns that stand for the subject of a clause on an act ("the
#: killings, which bore the hallmarks of X").
SUBJECT_RELATIVES = ("which", "that")
#: Prepositions whose object a blame is laid on or rests with ("laid the
#: blame on X", "the blame lies with X").
LAID_ON = ("on", "with", "at")


def _kind(word: Node, preposition: str) -> str | None:
    return agent_frames().get((word.lemma_.lower(), preposition))


def _objects(word: Node, preposition: str) -> list[Node]:
    return [o for p in word.with_dep("prep") if p.text.lower() == preposition for o in p.with_dep("pobj")]


def _is_doer(noun: Node) -> bool:
    """A person, a named side or a proper name: not "the hallmarks of a professional hit"."""
    return names_someone(noun) or noun.pos_ == "PROPN"


def hallmark_doer(act: Node) -> Node | None:
    """X in "the attack bore the hallmarks of X" (a ``bearer_of`` noun as the
    object of a verb whose subject is the act, or "which" standing for it:
    "the killings, which bore the hallmarks of X"); for "the hallmarks of an
    operation carried out by X" the operation's by-agent. Only a person, a
    named side or a proper name is a doer (lead decision D2)."""
    verbs = [act.head] if act.dep_ == "nsubj" and act.head.pos_ in VERB_POS else []
    verbs += [
        c
        for c in act.children
        if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.text.lower() in SUBJECT_RELATIVES for s in c.children)
    ]
    for verb in verbs:
        if verb.with_dep("neg"):
            continue  # "the attack did not bear the hallmarks of X" lays nothing on X
        for held in verb.with_dep("dobj"):
            if _kind(held, "of") != "bearer_of" or names_nobody(held):
                continue
            for owner in _objects(held, "of"):
                if _is_doer(owner):
                    return owner
                for clause in owner.with_dep("acl"):
                    found = by_agent(clause) if clause.tag_ == "VBN" else None
                    if found is not None:
                        return found  # "the hallmarks of an operation carried out by X"
    return None


def blame_idiom_doer(act: Node) -> Node | None:
    """The doer of an act named by "blame" as an idiom, the act being the
    object of its "for":

    * "X were to blame for the slaughter" (the bare infinitive of a frame verb
      of ``object_control.csv`` with no object, under the copula): the
      copula's subject; "held X to blame for": the governing verb's object;
    * a ``blame_noun`` ("X bears the blame for", "took the blame for"): the
      subject of the verb whose object it is, unless the verb or the noun
      lays it "on"/"with"/"at" someone ("laid the blame for the attack on X",
      "the blame for the bombing lies with X"), who is then the doer.
    """
    if act.dep_ != "pobj" or act.head.dep_ != "prep" or act.head.text.lower() != "for":
        return None
    word = act.head.head
    if word.pos_ in VERB_POS and (word.lemma_.lower(), "for") in object_control_frames():
        if word.with_dep("dobj", "nsubjpass") or word.dep_ != "xcomp" or not word.with_dep("aux"):
            return None
        governor = word.head
        held = governor.with_dep("dobj")
        if held:
            return resolve_relative(held[0])  # "held X to blame for", "X, whom they held to blame"
        return subject(governor) if governor.lemma_.lower() == "be" else None
    if word.pos_ in VERB_POS:  # "laid [the blame] [for the massacre]": "for" hung on the verb
        word = next((o for o in word.with_dep("dobj") if _kind(o, "for") == "blame_noun"), word)
    if _kind(word, "for") != "blame_noun" or names_nobody(word):
        return None
    verb = word.head if word.dep_ in ("dobj", *SUBJECT_DEPS) and word.head.pos_ in VERB_POS else None
    holders = [h for h in (verb, word) if h is not None]
    for holder in holders:
        for preposition in LAID_ON:
            for laid in _objects(holder, preposition):
                if _is_doer(laid) or laid.pos_ == "PRON":
                    return laid
    for laid in _objects(act, "on"):  # "laid the blame for [the massacre [on X]]"
        if names_someone(laid):
            return laid
    if verb is not None and word.dep_ == "dobj":
        return subject(verb)  # "X bears the blame for the beating"
    return None


def pointed_doer(act: Node) -> Node | None:
    """X in "pointed the finger at X for the bombing" and "pointed the finger
    of blame for the bombings at X": the "at" object of a ``pointed_at``
    noun or of the verb whose object it is, when the act is the object of a
    "for" hung on the verb, the noun, the noun's "of" object or X itself."""
    if act.dep_ != "pobj" or act.head.dep_ != "prep" or act.head.text.lower() != "for":
        return None
    word = act.head.head
    if word.dep_ == "pobj" and word.head.text.lower() == "at":
        holder = word.head.head
        fingers = [holder, *holder.with_dep("dobj")]
        if any(_kind(f, "at") == "pointed_at" for f in fingers):
            return word  # "pointed the finger at [X [for the bombing]]"
        return None
    if word.dep_ == "pobj" and word.head.text.lower() == "of":
        word = word.head.head  # "the finger of [blame [for the bombings]]"
    fingers = [word, *word.with_dep("dobj")] if word.pos_ in VERB_POS else [word]
    for finger in fingers:
        if _kind(finger, "at") != "pointed_at":
            continue
        holders = [finger, finger.head] if finger.dep_ == "dobj" else [finger]
        for holder in holders:
            found = _objects(holder, "at")
            if found:
                return found[0]
    return None


def do_with_doer(act: Node) -> Node | None:
    """X in "X had nothing to do with the massacre", "denied having anything
    to do with the attack": the act is the object of "with" on "do", hung on
    a ``do_with`` pronoun of ``agent_frames.csv``; the subject of the verb
    whose object the pronoun is, is the doer (the negation is
    :func:`framing.syntax.claims.is_disowned`'s)."""
    if act.dep_ != "pobj" or act.head.text.lower() != "with" or act.head.head.lemma_.lower() != "do":
        return None
    pronoun = act.head.head.head
    if _kind(pronoun, "with") != "do_with" or pronoun.dep_ != "dobj" or pronoun.head.pos_ not in VERB_POS:
        return None
    return subject(pronoun.head)


#: Kinds of ``agent_frames.csv`` whose frame may stand bare in a later clause ("X was responsible").
BARE_KINDS = ("prep_object",)


def unclaimed_responsible(act: Node) -> Node | None:
    """X in "No group has claimed the attack, but officials said ... X was
    responsible": the act is the object of a negated ``verb_subject`` verb (a
    claim nobody made), and a clause coordinated with it holds a bare
    adjective frame ("responsible", "to blame") with no preposition of its
    own, or a verb of blame with none of its prepositions ("but X is
    suspected", "although officials blamed X"): :func:`_bare_blame` names the
    doer (as :func:`framing.syntax.claims.suspected_doer` reads "suspicion
    fell on X")."""
    holder = act
    if act.dep_ == "pobj" and act.head.head.dep_ == "dobj" and act.head.head.lemma_.lower() == "responsibility":
        holder = act.head.head  # "no group claimed responsibility for the attack"
    claim = holder.head
    if holder.dep_ != "dobj" or agent_frames().get((claim.lemma_.lower(), "")) != "verb_subject":
        return None
    if not claim.with_dep("neg") and not any(names_nobody(s) for s in claim.with_dep(*SUBJECT_DEPS)):
        return None
    for verb in claim.with_dep("conj", "advcl"):
        for word in map(verb.tree.node, verb.tree.subtree(verb.i)):
            found = _bare_blame(word)
            if found is not None and not names_nobody(found) and found.i != act.i:
                return found
    return None


def _bare_blame(word: Node) -> Node | None:
    """The one a frame with no act of its own names: "X was responsible" (a
    bare adjective frame: its subject), "X is suspected", "officials blamed
    X" (a ``bare_blame`` verb of ``agent_frames.csv`` with none of its
    ``object_control.csv`` prepositions: the passive subject or the object)."""
    prepositions = {p.text.lower() for p in word.with_dep("prep")}
    if word.with_dep("neg") or word.head.with_dep("neg"):
        return None  # "officials said X was not responsible": no doer is named
    if word.pos_ == "ADJ" and word.dep_ in ("acomp", "attr") and not prepositions:
        if any(agent_frames().get((word.lemma_.lower(), p)) in BARE_KINDS for p in ("for", "")):
            return subject(word.head)
        return None
    if word.pos_ != "VERB" or agent_frames().get((word.lemma_.lower(), "")) != "bare_blame":
        return None
    frames = {p for verb, p in object_control_frames() if verb == word.lemma_.lower()}
    if frames & prepositions or word.with_dep("xcomp", "ccomp"):
        return None
    held = word.with_dep("nsubjpass") if word.with_dep("auxpass") else word.with_dep("dobj")
    return resolve_relative(held[0]) if held else None


def idiom_doer(act: Node) -> Node | None:
    """The first doer :func:`hallmark_doer`, :func:`blame_idiom_doer`,
    :func:`pointed_doer`, :func:`do_with_doer` or :func:`unclaimed_responsible`
    names for ``act``."""
    for rule in (hallmark_doer, blame_idiom_doer, pointed_doer, do_with_doer, unclaimed_responsible):
        found = rule(act)
        if found is not None:
            return found
    return None
