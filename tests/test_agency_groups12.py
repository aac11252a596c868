"""Agent-group rules of round 12 (agency_dev12_groups.csv, lead decision D8): the head noun decides
over a state's name before it and over an allegiance after it; role nouns of state staff (guards,
warders, conscripts) and of private persons (settlers, inmates, youths); a country ranking a record
and an unknown place name before an act name no doer; the victims' share after a passive takes
its doer; a vehicle in a formation names no side; a headline's comma list keeps its first
conjunct. Invented sentences, generic taxonomy (``actors=None``), with sentences that must yield
nothing or must not change."""

from __future__ import annotations

import pandas as pd
import pytest

import framing


def _events(parse_text, text, actors=None):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    return [(e.trigger, e.agent, e.agent_group) for e in events]


def _groups(parse_text, text):
    return {trigger: group for trigger, _, group in _events(parse_text, text)}


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        # role nouns: the role decides (D8)
        ("A prison warder beat a detainee with a rubber hose, his lawyer said.", "beat", "state_forces"),
        ("Border guards opened fire on a group of migrants, killing two.", "opened fire", "state_forces"),
        ("A policeman shot dead a motorcyclist who failed to stop.", "shot", "state_forces"),
        ("Security personnel opened fire on the students, killing three.", "opened fire", "state_forces"),
        ("Settlers from a nearby outpost set fire to three cars in the village.", "set fire", "civilians"),
        ("Youths armed with machetes attacked a bus at the junction.", "attacked", "civilians"),
        ("Inmates set fire to mattresses and beat a guard unconscious.", "beat", "civilians"),
        ("An armed group abducted six aid workers near the border.", "abducted", "armed_groups"),
        # must not change: a bare sniper and men in uniform fit no group; a modifier names the side
        ("A sniper shot a woman crossing the bridge.", "shot", "other"),
        ("Men in uniform dragged two students from the dormitory and beat them.", "beat", "other"),
        ("Army snipers shot dead four protesters from rooftops.", "shot", "state_forces"),
        ("Gang members shot dead a police officer.", "shot", "armed_groups"),
    ],
)
def test_role_nouns_name_their_group(parse_text, text, trigger, group):
    assert _groups(parse_text, text)[trigger] == group


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        ("Soldiers loyal to President Arno Brisk opened fire on the march.", "opened fire", "state_forces"),
        ("Fighters loyal to the government burned down a market.", "burned", "armed_groups"),
        ("Forces loyal to the president shelled the district overnight.", "shelled", "state_forces"),
        ("Soldiers loyal to the junta fired on worshippers leaving a mosque.", "fired", "state_forces"),
        ("Pro-government forces opened fire on the marchers.", "opened fire", "state_forces"),
        ("Regime forces shelled the town overnight.", "shelled", "state_forces"),
        # must not change: an owner that fields forces gives its group; a militia stays one
        ("Troops loyal to a rebel general shelled the town.", "shelled", "armed_groups"),
        ("Pro-government militiamen burned three villages.", "burned", "armed_groups"),
        ("Each side accused the other of firing first.", "firing", "pronoun"),
    ],
)
def test_an_allegiance_names_an_owner_not_the_group(parse_text, text, trigger, group):
    assert _groups(parse_text, text)[trigger] == group


TAXONOMY = [
    {"role": "agent", "group": "state_forces", "match": "phrase", "pattern": "marvonian"},
    {"role": "agent", "group": "state_forces", "match": "phrase", "pattern": "marvonia"},
    {"role": "agent", "group": "state_forces", "match": "head", "pattern": "soldier"},
    {"role": "agent", "group": "armed_groups", "match": "phrase", "pattern": "militia"},
    {"role": "agent", "group": "armed_groups", "match": "head", "pattern": "fighter"},
    {"role": "agent", "group": "civilians", "match": "head", "pattern": "settler"},
    {"role": "agent", "group": "civilians", "match": "head", "pattern": "villager"},
    {"role": "agent", "group": "government", "match": "head", "pattern": "government"},
]


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        ("Marvonian settlers torched two houses in the valley.", "torched", "civilians"),
        ("A Marvonian militia attacked the border post.", "attacked", "armed_groups"),
        ("Fighters loyal to the Marvonian government attacked the camp.", "attacked", "armed_groups"),
        # must not change: the state's own forces, a modifier on an unknown head
        ("Marvonian soldiers shelled the village.", "shelled", "state_forces"),
        ("Marvonian jets bombed the depot.", "bombed", "state_forces"),
    ],
)
def test_a_states_name_before_a_known_head_says_whose_not_what(parse_text, text, trigger, group):
    import pandas as pd

    actors = framing.load_actors(pd.DataFrame(TAXONOMY))
    groups = {t: g for t, _, g in _events(parse_text, text, actors=actors)}
    assert groups[trigger] == group


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        ("Marvonia's deadliest attack in a decade killed 40 people at a wedding.", "attack", "", "none"),
        # must not change: a target names a doer; an actor that is no state keeps its record
        ("Marvonia's deadliest bombing of the valley killed 40 people.", "bombing", "Marvonia", "state_forces"),
        ("It was the militia's deadliest raid this year.", "raid", "the militia", "armed_groups"),
    ],
)
def test_a_country_ranking_a_record_is_no_doer(parse_text, text, trigger, agent, group):
    import pandas as pd

    actors = framing.load_actors(pd.DataFrame(TAXONOMY))
    found = {t: (a, g) for t, a, g in _events(parse_text, text, actors=actors)}
    assert found[trigger] == (agent, group)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        ("Survivors of the Telvo shooting say police fired without warning.", "shooting", "", "none"),
        ("Twelve men were killed by gunmen, most of them shot in the head.", "shot", "gunmen", "armed_groups"),
        ("Rogue elements of the police were behind the killing of the lawyer.", "killing", None, "state_forces"),
        ("A column of tanks opened fire on the crowd.", "opened fire", "", "none"),
        ("A convoy of militiamen attacked the village at dawn.", "attacked", None, "armed_groups"),
        ("The people who are meant to protect us are killing our sons.", "killing", None, "other"),
        ("Army admits soldiers, militiamen killed 30 villagers", "killed", None, "state_forces"),
        # must not change: a crowd without a duty clause, a victims' share with no by-phrase
        ("Angry people who had gathered outside the court beat the suspect to death.", "beat", None, "civilians"),
        (
            "A convoy was ambushed by militants, several of whom were later killed by troops.",
            "killed",
            "troops",
            "state_forces",
        ),
    ],
)
def test_words_beside_the_act_that_are_no_doer(parse_text, text, trigger, agent, group):
    found = {t: (a, g) for t, a, g in _events(parse_text, text)}
    got_agent, got_group = found[trigger]
    assert got_group == group
    if agent is not None:
        assert got_agent == agent


def test_a_participle_read_as_a_base_form_after_a_passive_takes_no_doer_from_the_victims(parse_text):
    found = {
        t: (a, g)
        for t, a, g in _events(parse_text, "As they ran for the trees, they were shot and then cut with knives.")
    }
    assert found["cut"] == ("", "none")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired warning shots into the air to scatter the crowd.",
        "Border guards detained forty migrants near the river.",
        "Soldiers loyal to the president paraded through the capital on Saturday.",
        "The commander fired his deputy after the failed offensive.",
        "Security personnel searched every bag at the stadium gate.",
        "Settlers planted olive trees on the hill above the village.",
    ],
)
def test_near_misses_yield_no_event(parse_text, text):
    assert _events(parse_text, text) == []


# A proper name and a conjunction hung before a plural head ("the RSB and security forces") is the first
# conjunct (guidelines: coordinated agents get the group of the first conjunct); a modifier without its own
# conjunction, or a common noun, stays a modifier of the head.
@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        ("The TLF and security forces attacked the market on Monday.", "attacked", "armed_groups"),
        ("The Tarvo Front and security forces attacked the market on Monday.", "attacked", "armed_groups"),
        ("Police and protesters fought in the square.", "fought", "mutual"),
        ("Security and defence forces opened fire on the crowd.", "opened fire", "state_forces"),
        ("Government forces shelled the town overnight.", "shelled", "state_forces"),
    ],
)
def test_a_proper_name_conjoined_before_the_head_is_the_first_conjunct(parse_text, text, trigger, group):
    taxonomy = pd.DataFrame(
        [
            {"role": "agent", "group": "armed_groups", "match": "phrase", "pattern": "tlf", "note": "invented"},
            {"role": "agent", "group": "armed_groups", "match": "phrase", "pattern": "tarvo front", "note": "invented"},
            {"role": "agent", "group": "state_forces", "match": "phrase", "pattern": "security forces", "note": "g"},
            {"role": "agent", "group": "state_forces", "match": "phrase", "pattern": "defence forces", "note": "g"},
            {"role": "agent", "group": "state_forces", "match": "phrase", "pattern": "government forces", "note": "g"},
            {"role": "agent", "group": "state_forces", "match": "head", "pattern": "police", "note": "g"},
            {"role": "agent", "group": "civilians", "match": "head", "pattern": "protester", "note": "g"},
        ]
    )
    assert _groups_with(parse_text, text, taxonomy).get(trigger) == group


def _groups_with(parse_text, text, taxonomy):
    return {trigger: group for trigger, _, group in _events(parse_text, text, actors=taxonomy)}
