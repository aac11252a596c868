"""Harm triggers of round A, nouns helper (`agency_dev12_nouns.csv`): explosions
and blasts as lead decision D6 reads them, damage to buildings (D7), charges
(D9), headlines with a verb (D10), act nouns labelled by another noun
("called the strike a war crime"), deaths said to result from a side's
actions, participle clauses the parser folds into an object, and similes.

Invented sentences, written for these tests (not copied from any
validation file).
"""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows
from conftest import trigger_heads as triggers

ACTORS = actor_taxonomy(
    [
        ("agent", "state_forces", "phrase", "dravonian"),
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "officer"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "head", "troop"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "armed_groups", "phrase", "amber hand"),
        ("agent", "armed_groups", "head", "gunman"),
        ("agent", "armed_groups", "head", "militant"),
        ("agent", "armed_groups", "head", "raider"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # D6: a blast tied to harm is a row; its path verb is not
        ("A huge blast ripped through the fish market in Oster, killing at least 12 traders.", ["blast", "killing"]),
        ("The explosion wrecked the ticket hall and injured five porters.", ["explosion", "wrecked", "injured"]),
        ("A suicide blast at the cadets' passing-out parade was the worst attack of the year.", ["blast", "attack"]),
        ("The blast destroyed the front of the courthouse.", ["blast", "destroyed"]),
        ("Six pilgrims died in the blast.", ["blast"]),
        ("The blast left at least 14 people dead.", ["blast"]),
        ("The blast left a deep crater in the square.", []),
        ("There was a terrible explosion and the roof of the chapel caved in.", ["explosion"]),
        # D6: a blast blamed or claimed
        ("Officials blamed a Dravonian drone for the explosion at the water plant.", ["explosion"]),
        ("It was unclear who was behind the blast near the stadium.", ["blast"]),
        ("Bridge blast: the two governments trade blame", ["blast"]),
        ("The explosions were a message from the Amber Hand, the mayor said.", ["explosions"]),
        # D6: only heard, felt, seen, timed or counted; growth; an accident
        ("The explosion was heard forty kilometres away.", []),
        ("Residents felt the blast in the next valley.", []),
        ("Schools were closed on the day after the blast.", []),
        ("It was the biggest blast the port had seen in decades.", []),
        ("Economists warned of an explosion in household debt.", []),
        ("A boiler explosion injured three workers at the laundry.", ["injured"]),
        ("An explosion and fire at the refinery killed two engineers.", ["killed"]),
    ],
)
def test_blasts(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # D7: damage verbs with a particle, done by a blast, its wave, a weapon or an act
        ("The shock wave shattered the windows of the clinic and flattened two shops.", ["shattered", "flattened"]),
        ("The blast wave blew out the windows of the town hall.", ["blew"]),
        ("A guided bomb hit the school, bringing down its east wing.", ["hit", "bringing"]),
        ("Unknown forces shelled the hamlet at dawn, damaging a chapel and two barns.", ["shelled", "damaging"]),
        # no weapon, blast or act as doer; a person as object
        ("The storm brought down power lines across the county.", []),
        ("The news shattered the family.", []),
        ("Stray shells shattered the calm of the market town.", []),
        ("Her win shattered the national record.", []),
        ("The referee brought down the curtain on a tense final.", []),
    ],
)
def test_damage(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # D9: both crime nouns, and the act the charge is about
        (
            "Sergeant Ilka Voss was charged with second-degree murder and manslaughter in the death of a cyclist.",
            [("murder", "Sergeant Ilka Voss"), ("manslaughter", "Sergeant Ilka Voss")],
        ),
        (
            "Two officers were charged with assault in the beating of a street vendor.",
            [("assault", "Two officers"), ("beating", "Two officers")],
        ),
        # D10: a headline verb with its subject, after a place closed by a colon
        ("Lisk: Dravonian jet bombs clinic where families sheltered", [("bombs", "Dravonian")]),
        ("Raiders burn granary, abduct 12 farmers", [("burn", "Raiders"), ("abduct", "Raiders")]),
        # deaths said to result from a side's actions
        (
            "The report concluded that the deaths of the miners were a consequence of the police unit's actions.",
            [("deaths", "the police unit")],
        ),
        # an outcome whose act another trigger names with the same doer gets no row; one blamed on another side does
        (
            "Witnesses said the guards had shot at the prisoners and were responsible for the deaths of three of them.",
            [("shot", "the guards")],
        ),
        (
            "The ministry denied that its troops had fired on the marchers and blamed agitators for the deaths.",
            [("fired", "its troops"), ("deaths", "agitators")],
        ),
        # a weapon a relative clause blames on a side: that side is the doer of what it did
        (
            "A second truck bomb, which the police blamed on the Amber Hand, killed four guards.",
            [("killed", "the Amber Hand")],
        ),
        # a blast blamed on a side, the frame's preposition on the place
        ("Doctors blamed the blast at the bus depot on the Amber Hand.", [("blast", "the Amber Hand")]),
    ],
)
def test_agents(parse_text, text, expected):
    assert [(t.split()[0], a) for t, a in harm_rows(parse_text(text), ACTORS, "trigger", "agent")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label of an act already named gets no row; a strike called a crime is an attack
        ("The foreign ministry called the strike a war crime.", ["strike"]),
        ("The dockers' union called the strike a success.", []),
        # participle clauses the parser folds into the previous object
        ("Gunmen raided the town, killing dozens of people and burning stalls.", ["raided", "killing", "burning"]),
        ("Troops entered the camp, looting tents and torching stores.", ["looting", "torching"]),
        ("Students marched to the palace, singing hymns and burning flags.", []),
        ("The raiders killed scores of villagers and burning cars blocked the road.", ["killed"]),
        # a simile is no act; examples after a noun are
        ('"It was like driving sheep to the slaughter," her brother said.', []),
        ("Attacks like the bombing of the ferry terminal have killed hundreds.", ["Attacks", "bombing", "killed"]),
    ],
)
def test_labels_participles_similes(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


def test_folded_participles_take_the_clause_subject(parse_text):
    rows = harm_rows(
        parse_text("Troops entered the camp, looting tents and torching stores."), ACTORS, "trigger", "agent_group"
    )
    assert rows == [("looting", "state_forces"), ("torching", "state_forces")]
