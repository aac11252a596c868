"""Which verbs are harm events only in some uses, and under which lemma (:func:`harm_sense`).

A harm verb of the lexicon always is. The lexicon's conditional kinds are events only in a harm
use, read from the grammar: an impact verb ("struck", "hit") with a doer, a person struck or a
building hit, or "to death"; a resultative verb ("crushed") in the passive, "to death" or with a
weapon on a person; an outcome verb ("died") with a cause; an instrument verb ("sprayed") with a
weapon; a capture verb ("taken") with a person taken by force (:mod:`framing.agency.captures`).
:func:`framing.agency.events.find_harm_events` calls it for every verb it considers.
"""

from __future__ import annotations

from collections.abc import Callable

from ..syntax import Node, subject
from .blasts import blast_doer
from .captures import taken_person
from .doers import dies_of, impact_doer, occasion_act, to_death
from .light import aimed_weapon, crushed_gathering, support_of_act, turned_gun
from .nominals import nominal_trigger, verb_lemma
from .senses import armed_instrument, body_part_struck, person_struck
from .standins import weapon_on_person
from .triggers import building_struck

__all__ = ["harm_sense"]


def harm_sense(
    token: Node,
    harm: dict,
    *,
    taxonomy,
    tree,
    passive,
    passive_agent: Node | None,
    passive_patient: Node | None,
    cause_set: frozenset[str],
    harm_verb: Callable[[Node], bool],
) -> str | None:
    """The lexicon lemma under which the verb ``token`` names a harm event, or ``None``.

    ``passive`` is the passive construction whose verb ``token`` may be (with its by-agent and
    patient); ``harm_verb`` tells a harm verb in a harm sense (for "struck ... killing").
    """
    verbs, impact, weapons, nouns = harm["verb"], harm["impact"], harm["weapon"], harm["noun"]
    lemma = verb_lemma(token.lemma_, token.text, verbs)
    acts = nouns | harm["impact_noun"]
    if lemma is None and verb_lemma(token.lemma_, token.text, impact) is not None and not support_of_act(token, acts):
        doer = passive_agent if passive is not None and passive.verb == token.text else subject(token)
        is_passive = passive is not None and passive.verb == token.text
        if doer is None and is_passive:  # "the village was flattened in a bombing raid": the act
            doer = occasion_act(token, harm, taxonomy)
        if (
            impact_doer(doer, taxonomy, harm, tree)
            or blast_doer(doer)  # "the shock wave flattened the warehouses" (lead decision D7)
            # "shelled the village, damaging a church": the participle of a harm verb shares its doer
            or (token.dep_ in ("advcl", "conj") and token.tag_ == "VBG" and harm_verb(token.head))
            or to_death(token)
            or building_struck(
                passive=is_passive,
                doer=doer,
                patient=passive_patient if is_passive else None,
                unless=harm["unless"].get(verb_lemma(token.lemma_, token.text, impact), frozenset()),
            )
            or person_struck(
                token,
                passive=is_passive,
                doer=doer,
                patient=passive_patient if is_passive else None,
                unless=harm["unless"].get(verb_lemma(token.lemma_, token.text, impact), frozenset()),
                is_harm_verb=harm_verb,
            )
            or body_part_struck(token, passive=is_passive)
        ):
            lemma = verb_lemma(token.lemma_, token.text, impact)
    if lemma is None and verb_lemma(token.lemma_, token.text, harm["resultative"]) is not None:
        is_passive = passive is not None and passive.verb == token.text
        if is_passive or to_death(token) or weapon_on_person(token, weapons) or crushed_gathering(token):
            lemma = verb_lemma(token.lemma_, token.text, harm["resultative"])  # "were crushed", "a van crushed"
    if lemma is None and verb_lemma(token.lemma_, token.text, harm["outcome"]) is not None:
        if dies_of(token, harm, cause_set, tree):
            lemma = verb_lemma(token.lemma_, token.text, harm["outcome"])  # "died in a stampede"
    if lemma is None and verb_lemma(token.lemma_, token.text, harm["instrument"]) is not None:
        names_act = lambda n: nominal_trigger(tree, n.i, nouns) is not None  # noqa: E731
        if aimed_weapon(token) and (armed_instrument(token, weapons, names_act) or turned_gun(token)):
            lemma = verb_lemma(token.lemma_, token.text, harm["instrument"])  # "sprayed homes with fire"
    if lemma is None and verb_lemma(token.lemma_, token.text, harm["capture"]) is not None:
        is_passive = passive is not None and passive.verb == token.text
        lemma = taken_person(token, harm, passive=is_passive, passive_patient=passive_patient, taxonomy=taxonomy)
    return lemma
