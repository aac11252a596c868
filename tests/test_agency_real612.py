"""Real-prose shapes of the real6 probe (follow-up reports of massacres, strikes, crushes and abductions).

Invented sentences: a thing blamed for deaths (a weapon, a container, the heat) names no doer, and a
non-human one is the cause; the one whose death it was ("the boy's death") is no doer; a vague count
as the subject of a gapped passive participle ("were killed and many injured", "and 40 others
abducted") is the victims. Near misses keep their reading: someone blamed, an act blamed, a weapon
whose user is named, an active conjunct with an object of its own.
"""

from __future__ import annotations

import pytest

import framing
from conftest import actor_taxonomy

TAXONOMY_ROWS = [
    ("agent", "state_forces", "phrase", "tarvish"),
    ("agent", "state_forces", "head", "army"),
    ("agent", "state_forces", "head", "police"),
    ("agent", "state_forces", "head", "soldier"),
    ("agent", "armed_groups", "phrase", "saffron league"),
    ("agent", "armed_groups", "head", "militia"),
    ("agent", "armed_groups", "head", "rebel"),
    ("agent", "armed_groups", "head", "gunman"),
]


@pytest.fixture(scope="module")
def taxonomy():
    return actor_taxonomy(TAXONOMY_ROWS)


def _events(parse_text, taxonomy, text):
    found = framing.find_harm_events(parse_text(text), actors=taxonomy, context=False)
    return {e.trigger.split()[-1]: (e.agent, e.agent_group, e.cause) for e in found}


@pytest.mark.parametrize(
    ("text", "trigger", "cause"),
    [
        ("The army blamed a leaking gas cylinder for the deaths of six herders.", "deaths", "cylinder"),
        ("Officials blamed the deaths on a gas leak at the depot.", "deaths", "leak"),
        ("Relatives blamed the heat for the deaths of two marchers.", "deaths", "heat"),
        ("The Saffron League blamed stray bullets for the deaths of three boys.", "deaths", ""),
        ("Doctors blamed a mortar fragment for the girl's death.", "death", "fragment"),
        ("Residents blamed overcrowding for the deaths at the gate.", "deaths", "overcrowding"),
    ],
)
def test_a_blamed_thing_names_no_doer(parse_text, taxonomy, text, trigger, cause):
    found = _events(parse_text, taxonomy, text)
    assert trigger in found
    assert found[trigger][:2] == ("", "none")
    assert cause in found[trigger][2]
    if not cause:
        assert found[trigger][2] == ""  # a weapon is never a cause


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        ("The governor blamed the Saffron League for the deaths of 20 traders.", "deaths", "Saffron", "armed_groups"),
        ("The militia blamed Tarvish rockets for the deaths.", "deaths", "Tarvish", "state_forces"),
        ("The boy's death was blamed on the militia.", "death", "militia", "armed_groups"),
        ("Police blamed the rebels for the journalist's death.", "death", "rebels", "armed_groups"),
        ("The army's killing of the boy shocked the town.", "killing", "army", "state_forces"),
    ],
)
def test_someone_blamed_keeps_the_doer(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
    assert found[trigger][1] == group


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nine people were killed and many injured in the crush.", "injured"),
        ("Three guards were shot dead and 40 others abducted, the prison service said.", "abducted"),
        ("Six villagers were wounded by bullets and dozens more beaten.", "beaten"),
        ("Two officers were killed and several others wounded near the bridge.", "wounded"),
    ],
)
def test_a_vague_count_in_a_gapped_passive_is_the_victims(parse_text, taxonomy, text, trigger):
    found = _events(parse_text, taxonomy, text)
    assert trigger in found
    assert found[trigger][:2] == ("", "none")


def test_an_active_conjunct_with_its_own_object_keeps_its_subject(parse_text, taxonomy):
    found = _events(parse_text, taxonomy, "Four soldiers were killed and other gunmen attacked the post.")
    assert "gunmen" in found["attacked"][0]
    assert found["attacked"][1] == "armed_groups"


@pytest.mark.parametrize(
    "text",
    [
        "Officials blamed heavy rain for the collapse of the old bridge.",
        "The family blamed the hospital for the long delay in treatment.",
    ],
)
def test_blame_of_a_thing_with_no_harm_is_no_event(parse_text, taxonomy, text):
    assert framing.find_harm_events(parse_text(text), actors=taxonomy, context=False) == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # the last verb of a series hung on an absolute aside ("some carrying ..."): the series' subject
        (
            "Saffron League gunmen rode into Orvo on motorbikes, some carrying rifles, and attacked the market.",
            "attacked",
            "Saffron League gunmen",
            "armed_groups",
        ),
        # hung on a participle on an object ("patients receiving care")
        (
            "The militia blocked patients seeking treatment at the clinic and shot live rounds into the ward.",
            "shot",
            "militia",
            "armed_groups",
        ),
        # hung on a relative clause on an object in a comma series ("those who refused")
        (
            "Rebels seized the quarry, forced the workers to dig, beat those who refused and looted the stores.",
            "looted",
            "Rebels",
            "armed_groups",
        ),
        (
            "Witnesses said members of the Saffron League broke down doors, shot farmers, looted shops"
            " and burned huts.",
            "burned",
            "members of the Saffron League",
            "armed_groups",
        ),
    ],
)
def test_the_last_verb_of_a_series_takes_the_series_subject(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
    assert found[trigger][1] == group


@pytest.mark.parametrize(
    "text",
    [
        "Some carrying banners, the marchers walked through the town to the square.",
        "Police escorted pupils leaving the school and closed the road for an hour.",
        "The villagers who fled reached the camp and asked for food.",
    ],
)
def test_series_near_misses_have_no_event(parse_text, taxonomy, text):
    assert framing.find_harm_events(parse_text(text), actors=taxonomy, context=False) == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # acts "as part of a campaign of ..." hung on a verb take its subject
        (
            "Saffron League fighters killed 30 herders as part of a campaign of murder, rape and looting.",
            "rape",
            "Saffron League fighters",
            "armed_groups",
        ),
        (
            "Tarvish soldiers shot dozens of farmers as part of a wave of killings in the valley.",
            "killings",
            "Tarvish soldiers",
            "state_forces",
        ),
        # "and enforced disappearances" read as a verb and its object: the act list's doer
        (
            "Monitors accused the militia of killings and enforced disappearances.",
            "disappearances",
            "militia",
            "armed_groups",
        ),
    ],
)
def test_acts_of_a_campaign_share_the_doer(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
    assert found[trigger][1] == group


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The shelling was part of a campaign of terror, residents said.", "shelling"),
        ("Part of the killings took place at night, the report said.", "killings"),
    ],
)
def test_part_of_without_a_doing_verb_names_no_doer(parse_text, taxonomy, text, trigger):
    found = _events(parse_text, taxonomy, text)
    assert found[trigger][:2] == ("", "none")


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # an act raised out of a passive support verb: the support verb's by-agent
        (
            "The Orvo attack is likely to have been carried out by a faction of the Saffron League.",
            "attack",
            "Saffron League",
            "armed_groups",
        ),
        ("The massacre appears to have been committed by Tarvish soldiers.", "massacre", "Tarvish", "state_forces"),
        ("The bombing is believed to have been carried out by rebels.", "bombing", "rebels", "armed_groups"),
        # "no group claimed responsibility for the attack but suspicion has fallen on X", parsed with the
        # suspicion glued to the act
        (
            "No group has claimed responsibility for the attack but suspicion has fallen on the Saffron League.",
            "attack",
            "Saffron League",
            "armed_groups",
        ),
    ],
)
def test_responsibility_said_around_the_act_names_the_doer(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
    assert found[trigger][1] == group


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The attack is likely to have been planned for months.", "attack"),
        ("Police are investigating the attack and suspicion is growing among residents.", "attack"),
    ],
)
def test_no_responsibility_no_doer(parse_text, taxonomy, text, trigger):
    found = _events(parse_text, taxonomy, text)
    assert found[trigger][:2] == ("", "none")


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        (
            "Witnesses said soldiers teamed up with militia fighters in a night attack on Orvo.",
            "attack",
            "soldiers",
            "state_forces",
        ),
        (
            "Tarvish troops joined forces with a militia in an assault on the camp.",
            "assault",
            "Tarvish",
            "state_forces",
        ),
        ("Residents joined in the looting of the shops.", "looting", "Residents", None),
    ],
)
def test_taking_part_with_others_in_an_act_names_the_doer(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
    if group:
        assert found[trigger][1] == group


def test_joining_an_army_is_not_taking_part_in_an_act(parse_text, taxonomy):
    found = _events(parse_text, taxonomy, "She joined the army in 2010 after the attack on her village.")
    assert found["attack"][:2] == ("", "none")


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        (
            "After four years of battling the Saffron League, the army still faces raids in the hills.",
            "battling",
            "mutual",
        ),
        ("After months of shelling the town, Tarvish troops withdrew to the river.", "shelling", "state_forces"),
    ],
)
def test_a_gerund_in_a_fronted_span_of_time_takes_the_clause_subject(parse_text, taxonomy, text, trigger, group):
    found = _events(parse_text, taxonomy, text)
    assert found[trigger][1] == group


def test_fighting_a_blaze_for_hours_is_no_event(parse_text, taxonomy):
    text = "After hours of fighting the blaze, firefighters rested by the road."
    assert framing.find_harm_events(parse_text(text), actors=taxonomy, context=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents said many had been killed by shelling when the troops entered the town.",
        "Dozens were wounded by shooting near the square, medics said.",
    ],
)
def test_a_gerund_by_agent_of_a_passive_takes_no_doer_from_the_victims(parse_text, taxonomy, text):
    found = framing.find_harm_events(parse_text(text), actors=taxonomy, context=False)
    acts = [e for e in found if e.trigger in ("shelling", "shooting")]
    assert acts and all(e.agent == "" for e in acts)
