"""Sides of reciprocal acts named outside a "between" phrase (framing.agency.sides).

Invented sentences in the shapes of reports of gunfights, sieges and gang wars: a reciprocal verb
with its opponent as object, an exchange of fire set off by a harm act, one plural phrase naming
both sides, and the shapes that name one side or none (they must not be mutual).
"""

from __future__ import annotations

import pytest

import framing


def _groups(parse_text, text):
    return [(e.trigger, e.agent_group) for e in framing.find_harm_events(parse_text(text), context=False)]


# A reciprocal verb whose object, or whose "with" / "against" object, is another side.
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Army commandos fought the attackers for eight hours.", "fought"),
        ("The government has been fighting the rebels since 2014.", "fighting"),
        ("The militia battled government troops for the crossing.", "battled"),
        ("Residents said militiamen fought army units inside the compound.", "fought"),
        ("The police fought running battles with youths in the suburb.", "fought"),
        ("Government forces are fighting against the insurgents in the north.", "fighting"),
        ("A soldier was killed while fighting the insurgents near the river.", "fighting"),
        ("Two policemen died while fighting the robbers outside the bank.", "fighting"),
    ],
)
def test_a_reciprocal_verb_with_its_opponent_is_mutual(parse_text, text, trigger):
    assert (trigger, "mutual") in _groups(parse_text, text)


# One side only: an ally, a purpose, "their way", or a struggle that is no fight between sides.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops, backed by allied special forces, have been fighting to retake the city.",
            [("fighting", "state_forces")],
        ),
        ("Rebels fought alongside the militia to retake the bridge.", [("fought", "armed_groups")]),
        ("Government soldiers fought their way into the old town.", [("fought", "state_forces")]),
        ("Both officers were fighting for their lives in hospital.", []),
        ("The boy's mother fought back tears outside the court.", []),
        ("Firefighters fought fires in the warehouse district.", []),
        ("Volunteers fought the blaze for six hours.", []),
    ],
)
def test_one_side_is_no_mutual_act(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


# Joint action is not reciprocal: the coordinated doers keep the first one's group.
def test_joint_action_is_not_mutual(parse_text):
    found = _groups(parse_text, "Both the army and the rebels are accused of shelling the town.")
    assert found == [("shelling", "state_forces")]


# One plural phrase names both sides only with a word of side_words.csv or coordinated modifiers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rival gangs clashed in the port city.", "mutual"),
        ("The two clans fought for the grazing land.", "mutual"),
        ("Members of two rival gangs fought for the market.", "mutual"),
        ("Tarsovan and Pellish troops exchanged fire across the border.", "mutual"),
        ("Troops, rebels clash near border", "mutual"),
        ("Rival mobs fought running battles with sticks in the old quarter.", "mutual"),
        ("The suspect exchanged gunfire with an off-duty officer at the entrance.", "mutual"),
        ("Police and gang members traded gunfire for an hour.", "mutual"),
        # must not be mutual: one side, or an indefinite count of people
        ("Government troops fought for control of the port.", "state_forces"),
        ("A man fought with a knife outside the bar.", "other"),
        ("Two soldiers fought their way into the compound.", "state_forces"),
    ],
)
def test_one_plural_phrase_names_both_sides_only_with_a_side_word(parse_text, text, expected):
    assert _groups(parse_text, text)[0][1] == expected


# An exchange of fire set off by a harm act: that act's doer and its target (or the exchange's "with").
@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        (
            "Militants fired on the patrol from a ridge, setting off an exchange of fire that lasted two hours.",
            "exchange of fire",
            "Militants",
        ),
        (
            "Gang members opened fire on the officers from rooftops, the police said, setting off an exchange "
            "of fire that lasted for hours.",
            "exchange of fire",
            "members",
        ),
        (
            "The bandits attacked the village at dawn, setting off a gunbattle with local vigilantes.",
            "gunbattle",
            "bandits",
        ),
        ("Gunmen ambushed the convoy, and a fierce shootout followed.", "shootout", "Gunmen"),
        ("Rebels attacked the base overnight, sparking clashes that left 12 dead.", "clashes", "Rebels"),
    ],
)
def test_an_exchange_of_fire_set_off_by_an_act_has_its_doer_and_target_as_sides(parse_text, text, trigger, side):
    events = {e.trigger: e for e in framing.find_harm_events(parse_text(text), context=False)}
    assert (events[trigger].agent_group, events[trigger].agent_head) == ("mutual", side)
    assert events[trigger].agent_groups.count(";") == 1  # two sides


# No act sets the exchange off with a target, or the fight is named without its sides: no sides.
@pytest.mark.parametrize(
    "text",
    [
        "Residents fled as a gunfight raged in the market.",
        "Most of the dead were bystanders caught in crossfire, the ministry said.",
        "Clashes erupted in the capital on Friday.",
        "Gunmen opened fire, triggering a gunfight.",
    ],
)
def test_an_exchange_without_named_sides_is_not_mutual(parse_text, text):
    assert all(group != "mutual" for _, group in _groups(parse_text, text))


# "Fighting between X and Y lasted": a second side the parser made a subject of the verb is taken back;
# "killed in crossfire between X and Y" puts the killing on both sides (the guidelines; ruling of 2026-12-06);
# a by-phrase naming only a weapon ("hit by a stray bullet in the exchange of fire") keeps no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heavy fighting between the patrol and the heavily armed men lasted more than two hours.",
            [("fighting", "mutual")],
        ),
        (
            "A girl was killed in crossfire between police and gang members.",
            [("killed", "mutual"), ("crossfire", "mutual")],
        ),
        ("Two soldiers died in a gunfight with smugglers.", [("gunfight", "mutual")]),
        (
            "A fresh exchange of fire started between the gunmen and the troops at noon.",
            [("exchange of fire", "mutual")],
        ),
        (
            "A woman was hit by a stray bullet in the exchange of fire between gang members and police.",
            [("hit", "none"), ("exchange of fire", "mutual")],
        ),
    ],
)
def test_between_sides_and_crossfire_victims(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


# The subject of a verb of taking part (participation_verbs.csv) is a side of the fight it is "in";
# "fighting" / "fight" named as the occasion of a harm verb has its "with" object as the other side.
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebels are engaged in heavy fighting with government forces around the airport.", "fighting", "mutual"),
        ("The army and the rebels have been locked in fighting for weeks.", "fighting", "mutual"),
        ("The two clans have been embroiled in clashes since March.", "clashes", "mutual"),
        ("Youths took part in clashes with police on Friday.", "clashes", "mutual"),
        ("Three soldiers were killed in fighting with insurgents near the border.", "fighting", "mutual"),
        # one side only: no sides, the side named is the doer (as "troops, backed by X, have been fighting": heldout4)
        ("Troops are engaged in fighting in the north.", "fighting", "state_forces"),
        ("Residents were trapped in the fighting for days.", "fighting", "none"),
    ],
)
def test_a_side_taking_part_in_a_fight(parse_text, text, trigger, expected):
    assert (trigger, expected) in _groups(parse_text, text)


# A verb of opposing_verbs.csv names both sides of the act it describes; without both, no sides.
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Heavy clashes pitting police against protesters erupted on Friday.", "clashes", "mutual"),
        (
            "The fighting, which pits government troops against the front, has displaced thousands.",
            "fighting",
            "mutual",
        ),
        ("The fighting, which began in May, has displaced thousands.", "fighting", "none"),
    ],
)
def test_a_verb_that_pits_one_side_against_another(parse_text, text, trigger, expected):
    assert (trigger, expected) in _groups(parse_text, text)
