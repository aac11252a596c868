"""Doers in shapes of real reports the parser misreads (a private probe of real reports, helper
real2): the side of "X-led" strikes, a reduced relative of belief read as the main clause, a
participle hung on a vehicle, an actor modifying a military operation, a "by" phrase the parser hung
on the verb after "in the raid".

Invented sentences, invented sides, with must-not-change cases for each rule.
"""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "phrase", "vardanian"),
        ("agent", "state_forces", "phrase", "vardania"),
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "armed_groups", "phrase", "gang"),
        ("agent", "armed_groups", "phrase", "militia"),
        ("agent", "armed_groups", "head", "fighter"),
        ("agent", "armed_groups", "head", "gunman"),
        ("agent", "armed_groups", "head", "gunmen"),
        ("agent", "armed_groups", "head", "militant"),
        ("agent", "civilians", "head", "rioter"),
        ("agent", "civilians", "head", "resident"),
        ("agent", "civilians", "head", "mob"),
        ("agent", "civilians", "head", "crowd"),
    ],
)


def _groups(parse_text, text):
    return [(t, g) for t, _, g in harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side before a hyphenated verb of command leads the act
        (
            "A Vardanian-led air strike killed nine people in Osk.",
            [("air strike", "state_forces"), ("killed", "state_forces")],
        ),
        (
            "Army-led raids destroyed four villages near Telm.",
            [("raids", "state_forces"), ("destroyed", "state_forces")],
        ),
        # must not change: a participle that is no verb of command, a modifier naming no side
        ("A long-planned air strike killed nine people in Osk.", [("air strike", "none"), ("killed", "none")]),
        (
            "A well-aimed strike by the army destroyed the depot.",
            [("strike", "state_forces"), ("destroyed", "state_forces")],
        ),
    ],
)
def test_leading_side_of_an_act(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X believed to be ..." is a reduced relative on the subject of the harm verb
        (
            "Gunmen believed to be members of the Red Fang gang opened fire on a bus, killing six passengers.",
            [("opened fire", "armed_groups"), ("killing", "armed_groups")],
        ),
        ("Fighters thought to belong to the militia ambushed a patrol near Osk.", [("ambushed", "armed_groups")]),
        # must not change: a clause with its own subject after a verb of belief
        ("Residents believed soldiers fired on the crowd.", [("fired", "state_forces")]),
        ("Police believed the gunmen had shot the driver.", [("shot", "armed_groups")]),
    ],
)
def test_reduced_relative_of_belief(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle the parser hung on the vehicle the doers came on
        (
            "The gunmen raided the market on dozens of motorbikes shooting in all directions.",
            [("raided", "armed_groups"), ("shooting", "armed_groups")],
        ),
        ("Militants arrived in the town on motorcycles firing at shoppers.", [("firing", "armed_groups")]),
        # must not change: a participle on people is theirs
        ("Police arrested dozens of rioters looting shops.", [("looting", "civilians")]),
    ],
)
def test_participle_on_a_vehicle(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an actor modifying a military operation named as the occasion of a passive harm
        ("Eleven people were killed in the ensuing Vardanian operation.", [("killed", "state_forces")]),
        ("Four villagers were wounded during an army offensive near Osk.", [("wounded", "state_forces")]),
        # must not change: an operation with no actor named
        ("Eleven people were killed in the operation.", [("killed", "none")]),
        ("Two nurses were injured in a rescue operation.", [("injured", "none")]),
    ],
)
def test_actor_of_a_military_operation(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "by" after "in the raid" that the parser hung on the active verb is the raid's
        ("A farmer said he lost three sons in the raid by about 20 soldiers.", [("raid", "state_forces")]),
        # must not change: a place after "by"
        ("She lost two brothers in the attack by the roadside.", [("attack", "none")]),
    ],
)
def test_by_phrase_after_an_act_in_a_phrase(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare later act of a list shares the actor modifying the first
        (
            "Thousands fled for fear of army repression and atrocities.",
            [("repression", "state_forces"), ("atrocities", "state_forces")],
        ),
        # must not change: a later act with a modifier or determiner of its own
        (
            "Army raids and militia attacks killed twelve people.",
            [("raids", "state_forces"), ("attacks", "armed_groups"), ("killed", "state_forces")],
        ),
        ("Police raids and the killings angered residents.", [("raids", "state_forces"), ("killings", "none")]),
    ],
)
def test_actor_shared_by_a_list_of_acts(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two passives joined by "while" share the act one of them names as its occasion
        (
            "At least 35 people were killed while several others were injured in Vardanian strikes on Osk.",
            [("killed", "state_forces"), ("injured", "state_forces"), ("strikes", "state_forces")],
        ),
        # must not change: a clause of "while" that is no passive, a by-agent of its own
        ("Two soldiers were killed while patrolling the border.", [("killed", "none")]),
        (
            "Two people were killed in the shelling while three were wounded by gunmen.",
            [("killed", "none"), ("shelling", "none"), ("wounded", "armed_groups")],
        ),
    ],
)
def test_occasion_shared_across_while(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main verb misread as a modifier after the by-phrase of a reduced relative
        (
            "A mob enraged by blasphemy allegations torched at least five churches in Osk on Wednesday.",
            [("torched", "civilians")],
        ),
        (
            "A crowd angered by corruption allegations burned at least three police posts in Telm.",
            [("burned", "civilians")],
        ),
        # must not change: a reduced relative the parser read right, a passive of the main clause
        ("Residents angered by the curfew burned three police posts.", [("burned", "civilians")]),
        ("Five churches were torched by a mob in Osk.", [("torched", "civilians")]),
    ],
)
def test_main_verb_after_a_reduced_relative_by_phrase(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a verb of use is a means: the purpose clause is the subject's act
        (
            "Residents said Red Fang gunmen had used nearby houses to fire on army positions.",
            [("fire", "armed_groups")],
        ),
        ("The militia used drones to bomb the market.", [("bomb", "armed_groups")]),
        # must not change: a person used, an object of command
        ("The gang used residents to attack the police post.", [("attack", "civilians")]),
        ("The commander ordered soldiers to fire on the crowd.", [("fire", "state_forces")]),
    ],
)
def test_purpose_clause_of_a_verb_of_use(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive small clause of a verb of sight read as a clause with its own subject
        (
            "A photographer said he saw three suspected gang members killed and set on fire.",
            [("killed", "none"), ("set on fire", "none")],
        ),
        # must not change: an active bare form, a by-agent, a person doing the act
        ("Witnesses saw soldiers kill two men.", [("kill", "state_forces")]),
        ("She watched militiamen killed by soldiers.", [("killed", "state_forces")]),
    ],
)
def test_passive_small_clause_of_sight(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated verb the parser read as an adjective on the next object
        (
            "Witnesses said soldiers executed villagers and looted shops, clinics, and homes.",
            [("executed", "state_forces"), ("looted", "state_forces")],
        ),
        (
            "The gunmen killed the guards and looted shops, offices and homes in Telm.",
            [("killed", "armed_groups"), ("looted", "armed_groups")],
        ),
        # must not change: participles on the objects of a verb that is no harm
        ("Residents returned to find destroyed homes and looted shops.", [("destroyed", "none"), ("looted", "none")]),
    ],
)
def test_coordinated_verb_read_as_adjective(parse_text, text, expected):
    assert _groups(parse_text, text) == expected
