"""Report shapes that name who did it (agency_dev7): speakers' "our forces", unaligned and
government owners, frames the parser breaks, a stray "by" on an active verb.

Invented sentences. A small taxonomy in which the armed groups and the state forces field
forces (they list a retinue noun) and the government does not.
"""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows
from framing.agency import OTHER
from framing.agency.owners import UNALIGNED

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "head", "troop"),
        ("agent", "state_forces", "head", "troops"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "armed_groups", "phrase", "rebel"),
        ("agent", "armed_groups", "phrase", "militia"),
        ("agent", "armed_groups", "head", "fighter"),
        ("agent", "armed_groups", "head", "gunman"),
        ("agent", "armed_groups", "head", "gunmen"),
        ("agent", "government", "head", "government"),
        ("agent", "government", "head", "minister"),
        ("agent", "government", "head", "governor"),
    ],
)


def _groups(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent_group")


def test_unaligned_is_the_reserved_other():
    assert UNALIGNED == OTHER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first-person owner is the speaker of the reporting verb
        ("'Our units shelled the rebel camp,' the army said.", [("shelled", "state_forces")]),
        ("'Our forces burned the barracks,' the militia said in a statement.", [("burned", "armed_groups")]),
        # an owner with no side of its own (unaligned_owners.csv): other
        ("The mission said its troops had shot two looters.", [("shot", "other")]),
        ("The mission's soldiers shot a man at the gate.", [("shot", "other")]),
        # the government commands the state's forces: a retinue noun with no group of its own
        ("The governor's men beat the vendor to death.", [("beat", "state_forces")]),
        # must not change
        ("'We shelled the camp,' the army said.", [("shelled", "pronoun")]),
        ("The army said its troops had shot two looters.", [("shot", "state_forces")]),
        ("The minister's soldiers shot five students.", [("shot", "state_forces")]),
        ("The businessman's men beat the reporter.", [("beat", "other")]),
    ],
)
def test_owners_of_retinue_nouns(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame preposition the parser hangs on the act's own complement
        ("The inquiry attributed the killing of 40 miners to the militia.", [("killing", "armed_groups")]),
        # "X behind the act" on a noun (headlines)
        ("Rebels behind market bombing, police say", [("bombing", "armed_groups")]),
        # a comma "which" clause the parser broke
        (
            "Days after the raid, which villagers blamed on the militia, the bodies were found in a well.",
            [("raid", "armed_groups")],
        ),
        # a stray "by" hung on an active verb after the act it governs
        ("The council condemned the abduction of nine nurses by gunmen in the north.", [("abduction", "armed_groups")]),
        # a count of acts: the verb governing "dozens" governs the attacks
        ("The militia has carried out dozens of attacks on villages.", [("attacks", "armed_groups")]),
        # "found X guilty of ordering" read as a small clause
        ("A jury found the minister guilty of ordering the killing of a rival.", [("killing", "government")]),
        # must not change: a place after "by" is no doer, in a weapon's clause too
        ("A bomb planted by the roadside killed two soldiers.", [("killed", "none")]),
        ("The council condemned the killing of the boy by the roadside.", [("killing", "none")]),
        ("The council condemned the killing of the boy by a stray bullet.", [("killing", "none")]),
        ("The police attributed the killing to a feud.", [("killing", "none")]),
        # a generic doer word as the modifier of an act (doer_modifiers.csv): named, no group
        ("The bridge was damaged in enemy shelling overnight.", [("damaged", "other"), ("shelling", "other")]),
        ("The army said the enemy shelled the bridge.", [("shelled", "other")]),
        ("Morning shelling destroyed four houses in the village.", [("shelling", "none"), ("destroyed", "none")]),
    ],
)
def test_frames_the_parser_breaks(parse_text, text, expected):
    assert _groups(parse_text, text) == expected
