"""Agent-group rules of round 2 (agency_dev10_groups2.csv): the head's own words name the group,
not a relative clause, apposition or prepositional phrase after it; a coordination the parser
hung before the head as a modifier keeps its first conjunct's group; a relative pronoun agent is
its antecedent; an act noun ranked by a superlative takes no doer. Invented sentences, generic
taxonomy (``actors=None``), including sentences that must not change."""

from __future__ import annotations

import pytest

import framing


def _events(parse_text, text, actors=None):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    return [(e.trigger, e.agent_group) for e in events]


def _groups(parse_text, text):
    return dict(_events(parse_text, text))


# The head's own words first: what a relative clause or a non-"of" prepositional phrase names
# is another actor ("gunmen who fought the army", "soldiers from a unit commanded by a rebel").
@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        (
            "Villagers were kidnapped by a gang of gunmen who exchanged shots with police on Monday.",
            "kidnapped",
            "armed_groups",
        ),
        ("A group of bandits who had been hiding from soldiers abducted nine travellers.", "abducted", "armed_groups"),
        ("Two herders were shot dead by men who wore police uniforms.", "shot", "other"),
        ("Militants who had fled an army offensive attacked a convoy near the border.", "attacked", "armed_groups"),
        ("A suicide bomber who had joined a rebel group blew himself up at a checkpoint.", "blew himself up", "other"),
        # must not change: an "of" phrase and an allegiance name the side; a known head stays
        ("Members of a rebel militia killed four farmers.", "killed", "armed_groups"),
        ("Troops under a rebel commander shelled the town.", "shelled", "armed_groups"),
        ("Police officers who were guarding the market shot two looters.", "shot", "state_forces"),
    ],
)
def test_the_head_names_the_group_not_its_relative_clause(parse_text, text, trigger, group):
    assert _groups(parse_text, text)[trigger] == group


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        ("Villagers and rebel fighters ambushed an army patrol near the bridge.", "ambushed", "civilians"),
        ("Protesters and militia fighters attacked the police station.", "attacked", "civilians"),
        # must not change: a plural modifier without a conjunction, an ordinary coordination
        ("Rebel fighters ambushed an army patrol near the bridge.", "ambushed", "armed_groups"),
        ("Soldiers and militiamen burned the village.", "burned", "state_forces"),
    ],
)
def test_a_coordination_hung_before_the_head_keeps_its_first_conjunct(parse_text, text, trigger, group):
    assert _groups(parse_text, text)[trigger] == group


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        (
            "The mourners attacked the soldiers, whom they blamed for the killing.",
            "killing",
            "the soldiers",
            "state_forces",
        ),
        # must not change: a relative subject already stands for its antecedent
        (
            "Rebels who stormed the prison killed three guards.",
            "killed",
            "Rebels who stormed the prison",
            "armed_groups",
        ),
    ],
)
def test_a_relative_pronoun_agent_is_its_antecedent(parse_text, text, trigger, agent, group):
    events = framing.find_harm_events(parse_text(text), context=False)
    found = {e.trigger: (e.agent, e.agent_group) for e in events}
    assert found[trigger] == (agent, group)


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        (
            "Gunmen ambushed a convoy, killing nine soldiers in the deadliest attack on the army since 2015.",
            "attack",
            "none",
        ),
        ("Rebels stormed the market, killing 20 traders in the worst massacre of the year.", "massacre", "none"),
        # must not change: an act of the same event without a superlative takes the doer
        ("Gunmen stormed the hospital, killing 30 people in a six-hour assault.", "assault", "armed_groups"),
        ("Rebels killed twelve villagers in a raid on Sunday.", "raid", "armed_groups"),
    ],
)
def test_an_act_ranked_by_a_superlative_takes_no_doer(parse_text, text, trigger, group):
    assert _groups(parse_text, text)[trigger] == group
