"""An unarmed group from a modifier yields to an armed head noun (the taxonomy's ``armed`` column)."""

from __future__ import annotations

import pytest

import framing

TAXONOMY = """role,group,match,pattern,note
agent,civilians,phrase,tellani,invented community
agent,civilians,head,villager,generic
agent,armed_groups,head,gunman,generic
agent,armed_groups,head,fighter,generic
agent,armed_groups,phrase,rebel,generic
agent,state_forces,head,soldier,generic
"""


@pytest.fixture
def actors(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(TAXONOMY)
    return framing.load_actors(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tellani gunmen ambushed a bus near Orvath.", "armed_groups"),
        ("Tellani fighters attacked the town of Brisk.", "armed_groups"),
        # guards: an unarmed head keeps the community's group; an armed modifier still names the side
        ("Tellani villagers attacked a police post.", "civilians"),
        ("Rebel soldiers shelled the outskirts of Mazra.", "armed_groups"),
        ("Soldiers shelled the outskirts of Mazra.", "state_forces"),
    ],
)
def test_an_armed_head_beats_an_unarmed_modifier(parse_text, actors, text, expected):
    [event] = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    assert event.agent_group == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides blamed each other for the fighting.", "pronoun"),
        ("The clans accused one another of the killings.", "pronoun"),
        # guard: 'other' with no reciprocal determiner is a noun phrase
        ("The other gunmen killed two guards.", "armed_groups"),
    ],
)
def test_a_reciprocal_pronoun_is_a_pronoun(parse_text, actors, text, expected):
    [event] = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    assert event.agent_group == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army denied that any of its soldiers had taken part in the killings.", "state_forces"),
        ("Each of the gunmen shot a guard.", "armed_groups"),
        # guard: a quantifier with no "of" phrase names nobody the taxonomy knows
        ("Few shot at the guards.", "other"),
    ],
)
def test_a_partitive_quantifier_takes_its_nouns_group(parse_text, actors, text, expected):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    assert [e.agent_group for e in events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot had been hit by two Strela-K rockets fitted with cluster warheads.", "none"),
        ("BM-21 rockets hit the town.", "none"),
        # guards: a modifier naming a side still names the weapon's user
        ("Rebel rockets hit the town.", "armed_groups"),
    ],
)
def test_a_weapon_model_name_is_no_doer(parse_text, actors, text, expected):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    assert [e.agent_group for e in events] == [expected]
