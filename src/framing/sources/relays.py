"""Relayed attributions: one source passing on what another said.

"X was quoted by Y as saying ...", "Y quoted X as saying ...", "X was
cited in Y as saying ..." name two sources: the speaker and the outlet or
document that relays the words. Each gets its own reporting act (the
labelling guidelines of ``data/validation/sources_real.csv``): the speaker
with the verb phrase as it reports them ("quoted as saying", or "saying"
after an active "quoted ... as"), the relay with the verb and its
preposition ("quoted by", "cited in") or the active verb ("quoted").
"..., citing X, said" and "citing figures from X" attribute without
reporting a clause: the participle is an act of the clause's subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from .shapes import attribution_words

__all__ = ["Relay", "is_citing", "relay_parts"]

#: Prepositions whose object is the document or outlet that relays a
#: passive speaker's words ("quoted by the agency", "cited in a bulletin",
#: "quoted on state television"; a date is no relay: "quoted on Monday").
RELAY_PREPOSITIONS = frozenset({"by", "in", "on"})


@dataclass(frozen=True)
class Relay:
    """One reporting act of a relayed attribution: its source token and the
    tokens of its verb phrase as written ("quoted as saying", "quoted by")."""

    source: object
    verb_tokens: tuple


def _as_saying(verb):
    """The ("as", participle) pair of "quoted as saying", or None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for participle in prep.children:
                if participle.tag_ == "VBG" and participle.pos_ == "VERB":
                    return prep, participle
    return None


def relay_parts(verb, source=None) -> list[Relay] | None:
    """The speaker and relay acts of a "quoted/cited ... as saying" verb, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb whose lemma is a ``quoted_as_verb`` of
        ``framing/data/attribution_words.csv``.
    source : spacy.tokens.Token, optional
        The verb's subject, which an active "Y quoted X as saying" relays
        through.

    Returns
    -------
    list of Relay or None
        None when the verb relays nobody. Passive: the speaker (passive
        subject) with "quoted as saying" and, when named, the relay ("by" or
        "in" object) with "quoted by"; active: the relay (``source``) with the
        verb and the speaker (direct object) with the participle; a reduced
        relative ("a source cited by the agency"): the relay with "cited by".
    """
    if verb.lemma_.lower() not in attribution_words("quoted_as_verb"):
        return None
    children = list(verb.children)
    pair = _as_saying(verb)
    if pair is None:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            for agent in children:
                objects = [g for g in agent.children if g.dep_ == "pobj"] if agent.dep_ == "agent" else []
                if objects:
                    return [Relay(objects[0], (verb, agent))]
        return None
    as_, participle = pair
    speakers = [c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in attribution_words("expletive")]
    if speakers:
        parts = [Relay(speakers[0], (verb, as_, participle))]
        for prep in children:
            if prep.dep_ in {"agent", "prep"} and prep.lower_ in RELAY_PREPOSITIONS:
                objects = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]
                if objects:
                    parts.append(Relay(objects[0], (verb, prep)))
                    break
        return parts
    parts = [Relay(source, (verb,))] if source is not None else []
    objects = [c for c in children if c.dep_ == "dobj"]
    return parts + [Relay(objects[0], (participle,))] if objects else parts


def is_citing(verb) -> bool:
    """A participle "citing X" / "quoting X" with an object: an attribution of the
    clause's subject, not a clause it reports ("..., citing hospital staff")."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in attribution_words("quoted_as_verb")
        and verb.dep_ in {"advcl", "xcomp", "acl", "conj"}
        and any(c.dep_ == "dobj" for c in verb.children)
        and _as_saying(verb) is None
    )
