"""Doers carried to an act by a governing word, round 2 (helper session
`carry2`, agency_dev10_carry2.csv): every harm gerund of an accusation list
takes the accused, also when the parser reads the first gerund as a modifier
of its object or hangs the later ones on the verb; the accused of a passive
frame whose by-phrase names the accuser; a frame participle after a verb
other than "be" ("stand accused of"); a date the parser hangs a frame's
preposition on is no doer. Each rule with invented sentences, including
sentences that must yield no doer or no event. Generic taxonomy
(``actors=None``)."""

from __future__ import annotations

import pytest

import framing


def _events(parse_text, text):
    events = framing.find_harm_events(parse_text(text), context=False)
    return [(e.trigger, e.agent_head, e.agent_group) for e in events]


# "accused X of burning houses, raping women and looting": each harm act of the list is the
# accused's, not the accuser's; a list of harmless acts yields nothing, and a gerund after a
# determiner ("the burning houses") is a state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses accused the militia of burning homes, raping women, and looting livestock.",
            [
                ("burning", "militia", "armed_groups"),
                ("raping", "militia", "armed_groups"),
                ("looting", "militia", "armed_groups"),
            ],
        ),
        (
            "A rights group accused the police of beating students, firing live rounds at crowds and detaining dozens.",
            [("beating", "police", "state_forces"), ("firing", "police", "state_forces")],
        ),
        (
            "The gang was charged with looting shops, beating guards and stealing cars.",
            # theft beside other harm acts is harm since real4 (steal: beside_harm)
            [
                ("looting", "gang", "armed_groups"),
                ("beating", "gang", "armed_groups"),
                ("stealing", "gang", "armed_groups"),
            ],
        ),
        (
            "The army accused the rebels of the attack, shelling their camp the next day.",
            [("attack", "rebels", "armed_groups"), ("shelling", "army", "state_forces")],
        ),
        ("The mayor accused the rebels of blocking roads and hoarding fuel.", []),
        ("The pilots saw burning houses and fleeing families.", []),
    ],
)
def test_each_act_of_an_accusation_list_takes_the_accused(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "X were accused by Y of killing and wounding": Y is the accuser; "X stand accused of": the
# subject of the verb the participle is said of; "had been raped" keeps no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels were accused by the army of killing two teachers and wounding a nurse.",
            [("killing", "rebels", "armed_groups"), ("wounding", "rebels", "armed_groups")],
        ),
        (
            "The militia has been accused by monitors of looting and burning villages.",
            [("looting", "militia", "armed_groups"), ("burning", "militia", "armed_groups")],
        ),
        ("Army units stand accused of killing dozens of herders.", [("killing", "units", "state_forces")]),
        ("The two soldiers remain charged with beating a prisoner.", [("beating", "soldiers", "state_forces")]),
        ("Survivors said they had been raped in front of their children.", [("raped", "", "none")]),
    ],
)
def test_accused_of_a_passive_frame_or_participle(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "blamed the bombing on Thursday on X": a date between the act and the frame's preposition.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister blamed the bombing on Friday on the rebels.", [("bombing", "rebels", "armed_groups")]),
        ("Officials blamed the ambush on the militia on Monday.", [("ambush", "militia", "armed_groups")]),
        ("The minister spoke about the bombing on Friday.", [("bombing", "", "none")]),
    ],
)
def test_a_date_is_no_doer_of_a_blame_frame(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "accused it of using guns against civilians, looting, and ...": a bare -ing act noun of the
# list that the parser joined to the first gerund's object takes the accused; the same list
# with no frame ("spoke of") names no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council accused it of using mortars against civilians, looting, and forcing families to flee.",
            [("looting", "it", "pronoun")],
        ),
        (
            "The rebels were blamed for shelling villages, looting, and seizing crops.",
            [("shelling", "rebels", "armed_groups"), ("looting", "rebels", "armed_groups")],
        ),
        (
            "He spoke of shelling, looting and killings.",
            [("shelling", "", "none"), ("looting", "", "none"), ("killings", "", "none")],
        ),
    ],
)
def test_a_bare_act_noun_of_an_accusation_list_takes_the_accused(parse_text, text, expected):
    assert _events(parse_text, text) == expected
