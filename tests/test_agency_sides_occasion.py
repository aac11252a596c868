"""Harm done in a reciprocal event between named sides, and a possessor as a side (framing.agency.sides).

Invented sentences in the shapes of reports of herder-farmer clashes, clan feuds, street brawls and
police gun battles: a passive harm verb without a doer whose occasion ("in", "during") is a reciprocal
event between named sides takes those sides (``occasion_sides``; the guidelines: acts caused by the
reciprocal event are also mutual), "their gun battle with X" has the possessor and X as sides
(``possessed_sides``), and the shapes that name no two sides stay as they were.
"""

from __future__ import annotations

import pytest

import framing


def _events(parse_text, text):
    return [(e.trigger, e.agent_group, e.agent) for e in framing.find_harm_events(parse_text(text), context=False)]


def _group_of(parse_text, text, trigger):
    return [(group, agent) for found, group, agent in _events(parse_text, text) if found == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "first_side"),
    [
        ("Eight people were killed in clashes between nomads and farmers near the river.", "killed", "nomads"),
        ("Twelve villagers were killed in an outbreak of violence between the two clans.", "killed", "the two clans"),
        ("Six people were killed during three days of fighting between the army and the rebels.", "killed", "army"),
        ("Two men were shot dead in a feud between the Orlo clan and the Vesk clan.", "shot", "Orlo"),
        ("Five fans were injured in a brawl between rival supporters after the match.", "injured", "rival supporters"),
        ("Dozens of homes were burned in clashes between herders and farmers last week.", "burned", "herders"),
        # a gapped passive shares the occasion of its partner ("killed and 20 injured in clashes")
        ("Five people were killed and 20 injured in clashes between nomads and farmers.", "killed", "nomads"),
        ("Two policemen were wounded amid clashes between protesters and troops.", "wounded", "protesters"),
        # crossfire between named sides (the ruling of 2026-12-06; the guidelines' reciprocal clause)
        ("A girl was killed in crossfire between the police and gang members.", "killed", "police"),
        # the event as the subject of "leave" ("dozens" read as a conjunct of "left")
        (
            "Clashes between rival party supporters left at least nine people dead and dozens wounded in the city.",
            "wounded",
            "rival party supporters",
        ),
    ],
)
def test_a_harm_done_in_a_reciprocal_event_between_sides_is_mutual(parse_text, text, trigger, first_side):
    found = _group_of(parse_text, text, trigger)
    assert found and found[0][0] == "mutual"
    assert first_side in found[0][1]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # crossfire with no sides named (crossfire between named sides is mutual: the ruling of 2026-12-06)
        ("A girl was killed in crossfire as the raid went on.", "killed", "none"),
        # a time span, not two sides
        ("At least 12 people were killed between Monday and Wednesday in the district.", "killed", "none"),
        # a fight with no sides named
        ("Three people were killed in a fight over land, police said.", "killed", "none"),
        # a by-phrase names the instrument: the round-1 reading of a stray bullet stays
        ("A boy was wounded by a stray bullet during clashes between the two gangs.", "wounded", "none"),
        # the attack names its doer: the clashes are only a time
        (
            "Four people were killed in an attack by gunmen after clashes between herders and farmers.",
            "killed",
            "armed_groups",
        ),
    ],
)
def test_no_two_sides_no_mutual_victim_verb(parse_text, text, trigger, expected):
    found = _group_of(parse_text, text, trigger)
    assert found and found[0][0] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        ("Police said their gun battle with the kidnappers lasted two hours.", "gun battle", "their"),
        ("The army said its clashes with the rebels had ended.", "clashes", "its"),
        ("Vigilantes said their gunfight with the bandits lasted until dawn.", "gunfight", "their"),
    ],
)
def test_a_possessor_and_the_opponent_of_a_reciprocal_act_are_its_sides(parse_text, text, trigger, sides):
    assert _group_of(parse_text, text, trigger) == [("mutual", sides)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Police said their raid on the compound had freed 12 women.", "raid", [("pronoun", "their")]),
        ("The army said its shelling of the town had stopped.", "shelling", [("pronoun", "its")]),
    ],
)
def test_a_possessor_without_an_opponent_is_a_pronoun(parse_text, text, trigger, expected):
    assert _group_of(parse_text, text, trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor vowed to step up the fight against corruption.",
        "Talks to end the crisis between the two parties collapsed on Friday.",
    ],
)
def test_no_harm_event(parse_text, text):
    assert _events(parse_text, text) == []


# A physical fight that a harm verb takes as its occasion is a harm event
# (harm_terms.csv, kind impact_noun); a fight that is a struggle without violence is none.
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nine people were killed in a fight between herders and farmers.", "fight"),
        ("Before the shooting, a fight broke out between some traders and a group of herders.", "fight"),
    ],
)
def test_a_fight_a_harm_happened_in_is_a_mutual_event(parse_text, text, trigger):
    assert [group for group, _ in _group_of(parse_text, text, trigger)] == ["mutual"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor's fight against corruption has won him few friends.",
        "The fight over the budget dragged on for weeks.",
        "The champion lost the title fight in the capital.",
        "Her long fight with cancer ended last year.",
        "A fight between the two boxers is planned for May.",
        "The president's fight with parliament over the budget continues.",
        "A fight broke out over the budget in parliament.",
    ],
)
def test_a_fight_without_violence_is_no_event(parse_text, text):
    assert _events(parse_text, text) == []


# A fight against a result, an outcome or a verdict is a contest, not violence (harm_terms.csv).
@pytest.mark.parametrize(
    "text",
    [
        "The opposition vowed to fight the election result.",
        "The family said it would fight the verdict in a higher court.",
    ],
)
def test_fighting_a_result_is_no_event(parse_text, text):
    assert _events(parse_text, text) == []
