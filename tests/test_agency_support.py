"""Verbs of phase and intensity carry an act's doer as support verbs do ("the pirates broke off
the attack", "the army stepped up its shelling"), and a possessive pronoun that names the doer
("its shelling", "their attacks") is the reserved group ``pronoun``, as a personal pronoun is."""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows

TAXONOMY = actor_taxonomy(
    [("agent", "state_forces", "head", "army"), ("agent", "armed_groups", "phrase", "rebel")],
)


def _events(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pirates broke off the attack.", [("attack", "The pirates", "other")]),
        ("Rebels resumed shelling the town on Monday.", [("shelling", "Rebels", "armed_groups")]),
        ("The army called off the assault on the town.", [("assault", "The army", "state_forces")]),
        # a possessive pronoun names a doer without saying who
        ("The army stepped up its shelling of the town.", [("shelling", "its", "pronoun")]),
        ("The coalition halted its air strikes.", [("air strikes", "its", "pronoun")]),
        # must not change: a verb that asks for an end of acts names no doer
        ("Diplomats called for a halt to the attacks.", [("attacks", "", "none")]),
        ("The government suspended the minister over the killings.", [("killings", "", "none")]),
    ],
)
def test_phase_verbs_and_possessive_pronouns(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a natural disaster named as the killer is a cause, not a doer
        ("The hurricane killed at least 12 people.", [("killed", "", "none", "hurricane")]),
        ("Doctors warned that the heatwave could kill hundreds.", [("kill", "", "none", "heatwave")]),
        # a thing used or left behind names no side by itself
        ("Unexploded ordnance still maims farmers every month.", [("maims", "", "none", "")]),
        ("Several policemen were wounded by stones.", [("wounded", "", "none", "")]),
        ("Bulldozers demolished their homes.", [("demolished", "", "none", "")]),
        # must not change: the side that threw or drove is named
        ("Rebels killed two soldiers with machetes.", [("killed", "Rebels", "armed_groups", "")]),
    ],
)
def test_causes_and_things_are_no_doers(parse_text, text, expected):
    assert harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group", "cause") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intransitive "to death": its subject is the one who died, not a doer
        ("At least 28 people have starved to death in the town.", [("starved", "", "none")]),
        ("Five people burned to death in the fire.", [("burned", "", "none")]),
        # must not change: with an object, the subject did it
        ("Soldiers beat a man to death in the square.", [("beat", "Soldiers", "other")]),
        ("Guards beat to death two prisoners.", [("beat", "Guards", "other")]),
    ],
)
def test_the_subject_of_an_intransitive_to_death_is_the_victim(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite object does not refer back to its own clause's subject
        ("Police blamed the gang for the killings.", [("killings", "the gang", "other")]),
        # must not change: a possessive or a subject of another clause still refers back
        ("The army said its units had killed 40 fighters.", [("killed", "its units", "state_forces")]),
        ("The army said the unit had killed 40 fighters.", [("killed", "the unit", "state_forces")]),
    ],
)
def test_a_definite_object_is_not_its_clauses_subject(parse_text, text, expected):
    assert _events(parse_text, text) == expected
