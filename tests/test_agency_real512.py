"""Shapes real prose broke on the real5 probe (police and army violence at home, strikes, crowd
crushes): crowd-control gas coordinated with rounds, the small clause of "leaving N injured",
a part of people named by a pronoun ("some of them") as the doer.

Invented sentences, written for these tests (not copied from any validation file).
"""

from __future__ import annotations

import pytest

from conftest import harm_rows
from conftest import trigger_heads as triggers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gas coordinated with rounds: the rounds make it a shooting
        ("Riot police in Dannet fired tear gas and rubber bullets at the striking dockers.", ["fired"]),
        ("Troops fired teargas and live rounds into the square, a medic said.", ["fired"]),
        ("Officers fired tear gas and metal pellets at mourners leaving the cemetery.", ["fired"]),
        ("Guards fired live ammunition and tear gas at the inmates in the yard.", ["fired"]),
        # crowd-control rounds alone, or with other crowd-control means: no shot at anyone
        ("Police fired teargas at the mourners outside the cemetery.", []),
        ("Police fired tear gas shells at the crowd near the bus station.", []),
        ("Troops fired tear gas and stun grenades to clear the bridge.", []),
        ("Police fired tear gas and water cannon at the marchers on Sunday.", []),
        ("Officers shot tear gas at the students from the overpass.", []),
        # dismissal keeps its sense with a coordinated person
        ("The club fired the head coach and his assistant on Monday.", []),
    ],
)
def test_gas_beside_rounds(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


ACTORS = [
    ("agent", "state_forces", "phrase", "police"),
    ("agent", "state_forces", "head", "soldier"),
    ("agent", "state_forces", "head", "troops"),
    ("agent", "armed_groups", "head", "gunmen"),
    ("agent", "civilians", "head", "villager"),
]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # the participle of "leaving N injured" takes the doer of the clause that leaves them
        (
            "Police broke up the sit-in with batons, leaving at least 30 students injured.",
            "injured",
            "Police",
            "state_forces",
        ),
        (
            "Soldiers fired on the march, killing six people and leaving more than 50 others wounded.",
            "wounded",
            "Soldiers",
            "state_forces",
        ),
        ("Gunmen stormed the bus depot, leaving four drivers seriously hurt.", "hurt", "Gunmen", "armed_groups"),
    ],
)
def test_leaving_injured(parse_text, text, trigger, agent, group):
    from conftest import actor_taxonomy

    rows = harm_rows(parse_text(text), actor_taxonomy(ACTORS), "trigger", "agent", "agent_group")
    assert (trigger, agent, group) in rows


@pytest.mark.parametrize(
    "text",
    [
        "The verdict left the victims' families devastated.",
        "The storm left hundreds of villagers homeless.",
        "The strike by dock workers left the port idle for a week.",
    ],
)
def test_leaving_without_harm(parse_text, text):
    assert triggers(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "agent", "group"),
    [
        # a part of people named only by a pronoun is a pronoun doer
        ("Some of them set the parked buses on fire, a witness said.", "Some of them", "pronoun"),
        ("Several of them opened fire on the guards at the gate.", "Several of them", "pronoun"),
        ("Two of them stabbed a shopkeeper near the market.", "Two of them", "pronoun"),
        # a part of a named group keeps the group's
        ("Some of the gunmen fired into the crowd from a balcony.", "Some of the gunmen", "armed_groups"),
        ("Most of the soldiers opened fire on the crowd.", "Most of the soldiers", "state_forces"),
    ],
)
def test_part_of_pronoun(parse_text, text, agent, group):
    from conftest import actor_taxonomy

    rows = harm_rows(parse_text(text), actor_taxonomy(ACTORS), "agent", "agent_group")
    assert rows and rows[0] == (agent, group)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crowd-crush prose: a relative clause of the crush, a reduced passive of people
        ("Revellers pushed into the lane, causing a deadly crush where at least 60 people died.", [("died", "crush")]),
        ("A crowd surge where more than 30 fans died followed the concert.", [("died", "surge")]),
        ("A crush formed at the stadium exit, resulting in spectators being asphyxiated.", [("asphyxiated", "")]),
        # a panic or chaos that kills is a cause, not a doer
        ("The panic that swept through the hall killed 19 people.", [("killed", "panic")]),
        # must not change: a place where people died is no cause, and names no act
        ("The village where 40 people died was shelled again on Monday.", [("shelled", "")]),
        ("The hospital where the boy died was later renamed.", []),
    ],
)
def test_crush_causes(parse_text, text, expected):
    assert harm_rows(parse_text(text), None, "trigger", "cause") == expected


def test_panic_is_no_doer(parse_text):
    assert harm_rows(parse_text("The panic that swept through the hall killed 19 people."), None, "agent_group") == [
        ("none",)
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # a participle of result hung on a clause of circumstance takes the act's doer, not the waiting people
        (
            "Two Marvish rockets hit the bus terminal as hundreds of travellers waited for buses, killing 21.",
            "killing",
            "Marvish",
            "state_forces",
        ),
        ("Gunmen raided the camp while the families slept, wounding nine.", "wounding", "Gunmen", "armed_groups"),
    ],
)
def test_result_after_circumstance(parse_text, text, trigger, agent, group):
    from conftest import actor_taxonomy

    taxonomy = actor_taxonomy([*ACTORS, ("agent", "state_forces", "phrase", "marvish")])
    rows = harm_rows(parse_text(text), taxonomy, "trigger", "agent", "agent_group")
    assert (trigger, agent, group) in rows


def test_waiting_clause_without_harm(parse_text):
    # must not change: no harm verb in the main clause, no act
    assert triggers(parse_text, "Residents fled as the fighting spread, leaving the town empty.") == []
