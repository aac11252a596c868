"""Agent-group rules found on agency_dev9_groups.csv (the group misses of heldout4/heldout5:
pronoun-like heads, actors named as a hyphenated modifier, things read as doers): each rule
with invented sentences, including sentences that must not change. Generic taxonomy
(``actors=None``) unless a test says otherwise."""

from __future__ import annotations

import pytest

import framing
from conftest import actor_taxonomy


def _events(parse_text, text, actors=None):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    return [(e.trigger, e.agent, e.agent_group) for e in events]


# A word of pronoun_nouns.csv standing alone names a doer by the act alone, as a pronoun does
# ("those who", "those behind", "everyone responsible", "anyone who", "whoever"): group pronoun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister vowed to punish those who burn churches.", [("burn", "those", "pronoun")]),
        ("The mayor said those behind the bombing would be caught.", [("bombing", "those", "pronoun")]),
        (
            "The king ordered the arrest of everyone responsible for the killings.",
            [("killings", "everyone", "pronoun")],
        ),
        ("Anyone who shoots a ranger will be jailed, the minister said.", [("shoots", "Anyone", "pronoun")]),
        ("Someone shot the guard at the gate, police said.", [("shot", "Someone", "pronoun")]),
        ("Detectives have vowed to find whoever killed the two nurses.", [("killed", "whoever", "pronoun")]),
        # must not change: "those" as a determiner, a modified "others", an interrogative "who"
        ("Those soldiers who fired on the crowd were arrested.", [("fired", "Those soldiers", "state_forces")]),
        ("The others shot the guards.", [("shot", "The others", "other")]),
        ("It is unclear who killed the two nurses.", [("killed", "", "none")]),
    ],
)
def test_a_pronoun_like_head_is_a_pronoun_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


REBELS = [("agent", "armed_groups", "phrase", "rebel"), ("agent", "armed_groups", "head", "terrorist")]
KAVARIA = [
    ("agent", "state_forces", "phrase", "kavarian"),
    ("agent", "armed_groups", "phrase", "militia"),
    ("agent", "armed_groups", "head", "gunman"),
    ("agent", "state_forces", "phrase", "police"),
]


# "X-led Y" names Y's side as "Y led by X" does (command_verbs.csv): a head the taxonomy
# does not know takes X's group, and an act noun takes X as its doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents accused the Kavarian-led alliance of razing homes.",
            [("razing", "the Kavarian-led alliance", "state_forces")],
        ),
        ("A Kavarian-led task force raided the camp.", [("raided", "A Kavarian-led task force", "state_forces")]),
        (
            "A Kavarian-led assault on the barracks killed 30 soldiers.",
            [("assault", "Kavarian", "state_forces"), ("killed", "Kavarian", "state_forces")],
        ),
        (
            "A police-run raid killed two men.",
            [("raid", "police", "state_forces"), ("killed", "police", "state_forces")],
        ),
        # must not change: a head the taxonomy knows keeps its group; backing is no command
        ("A Kavarian-led militia ambushed a bus.", [("ambushed", "A Kavarian-led militia", "armed_groups")]),
        ("Kavarian-backed forces ambushed a bus.", [("ambushed", "Kavarian-backed forces", "other")]),
        ("Kavarian-backed gunmen ambushed a bus.", [("ambushed", "Kavarian-backed gunmen", "armed_groups")]),
    ],
)
def test_an_x_led_head_takes_the_leaders_group(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA)) == expected


# A thing that hurts (glass, debris, a gunshot: weapon kind in harm_terms.csv) names no doer,
# nor does it give one to the act the harm happened in; its modifier may name one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven shoppers were hurt by flying glass.", [("hurt", "", "none")]),
        ("Two firefighters were injured by falling debris.", [("injured", "", "none")]),
        ("A guard was burned by acid during the robbery.", [("burned", "", "none"), ("robbery", "", "none")]),
        (
            "A sergeant was killed by a gunshot to the chest during the raid.",
            [("killed", "", "none"), ("gunshot", "", "none"), ("raid", "", "none")],
        ),
        # must not change: a doer named for the thing, and a by-agent that is a person
        ("A woman was hurt by glass thrown by rioters.", [("hurt", "rioters", "civilians")]),
        (
            "A sergeant was killed by gunmen during the raid.",
            [("killed", "gunmen", "armed_groups"), ("raid", "gunmen", "armed_groups")],
        ),
        ("The glass company was hit hard by the crisis.", []),
    ],
)
def test_a_thing_that_hurts_names_no_doer(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + [("agent", "civilians", "head", "rioter")])) == expected


# After a verb of subject control (subject_control_verbs.csv) the infinitive's doer is the
# subject, not the object, which is the means ("used a school to fire"); object control stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses said the gunmen had used a mosque to fire on the police.",
            [("fire", "the gunmen", "armed_groups")],
        ),
        ("Police used batons to beat the marchers.", [("beat", "Police", "state_forces")]),
        # must not change: object control
        ("The colonel ordered the police to fire on the marchers.", [("fire", "the police", "state_forces")]),
        ("The militia forced the villagers to burn their homes.", [("burn", "the villagers", "other")]),
    ],
)
def test_a_purpose_infinitive_after_use_takes_the_subject(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA)) == expected


# A labelling adjective (loaded_language.csv: terrorist) in the name a speaker gives an act
# (naming_verbs.csv: "what it called", "described ... as") classifies the act: no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army condemned what it called a terrorist attack on the village.", [("attack", "", "none")]),
        (
            "The ministry described the shooting as a terrorist attack.",
            [("shooting", "", "none"), ("attack", "", "none")],
        ),
        # must not change: a modifier that is no label, and a label outside a naming verb
        ("The minister called it a rebel attack on civilians.", [("attack", "rebel", "armed_groups")]),
        (
            "A terrorist attack killed 12 people.",
            [("attack", "terrorist", "armed_groups"), ("killed", "terrorist", "armed_groups")],
        ),
    ],
)
def test_a_label_in_a_speakers_name_for_an_act_is_no_doer(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + REBELS)) == expected


# A bare ordinal, number or "another" (elliptic_words.csv) stands for a noun named before it;
# standing for a weapon or an act it names no doer, and an impact verb it does is harm.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first missile hit the car park, and a second struck the clinic minutes later.",
            [("hit", "", "none"), ("struck", "", "none")],
        ),
        ("One shell landed in a field, but another hit the clinic.", [("hit", "", "none")]),
        # must not change: standing for a person, it is kept as written; a partitive names its own noun
        (
            "One gunman fired into the crowd while another shot a guard.",
            [("fired", "One gunman", "armed_groups"), ("shot", "another", "other")],
        ),
        ("Two soldiers were killed and a third was wounded.", [("killed", "", "none"), ("wounded", "", "none")]),
    ],
)
def test_an_elided_weapon_names_no_doer(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA)) == expected


# An ergative harm verb with no object (undergoer_verbs.csv: burn): the subject undergoes it
# and names no doer, unless it is a known actor, names a doer by the act, or the verb is coordinated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients burned in their beds as the ward caught fire.", [("burned", "", "none")]),
        ("The market burned for two days.", [("burned", "", "none")]),
        # must not change
        ("Soldiers burned the village.", [("burned", "Soldiers", "state_forces")]),
        ("The attackers burned for hours.", [("burned", "The attackers", "other")]),
        ("They burned.", [("burned", "They", "pronoun")]),
    ],
)
def test_an_intransitive_burn_has_no_doer(parse_text, text, expected):
    assert (
        _events(parse_text, text, actor_taxonomy(KAVARIA + [("agent", "state_forces", "head", "soldier")])) == expected
    )


# An adverbial clause under a head the parser tags a noun but that has a subject of its own
# (a headline verb: "Gunmen storm school") takes that subject, as under a verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen storm army-run school in Dorn, killing scores of pupils", [("killing", "Gunmen", "armed_groups")]),
        # must not change: an adverbial clause under a verb
        ("Gunmen stormed a school in Dorn, killing scores of pupils.", [("killing", "Gunmen", "armed_groups")]),
    ],
)
def test_a_headline_verb_tagged_a_noun_keeps_its_subject(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA)) == expected


# A harm gerund on a passive harm verb is that act's result: its doer is the by-agent (none
# when unnamed), not the passive subject, which underwent the act.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The village was shelled by rebels, killing five people.",
            [("shelled", "rebels", "armed_groups"), ("killing", "rebels", "armed_groups")],
        ),
        ("A school used as a shelter was hit, killing 17 people.", [("hit", "", "none"), ("killing", "", "none")]),
        # must not change: an active governor gives its subject
        ("Troops stormed the camp, killing 12.", [("killing", "Troops", "state_forces")]),
    ],
)
def test_a_result_of_a_passive_act_takes_its_by_agent(parse_text, text, expected):
    assert (
        _events(parse_text, text, actor_taxonomy(KAVARIA + REBELS + [("agent", "state_forces", "head", "troop")]))
        == expected
    )


# An agent head the taxonomy does not know takes the group of a modifier it knows
# ("military interrogators", "army commandos"); a known head keeps its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Military interrogators beat the detainees.", [("beat", "Military interrogators", "state_forces")]),
        ("Army commandos shot two men.", [("shot", "Army commandos", "state_forces")]),
        # must not change: a known head, and a modifier the taxonomy does not know
        ("Army rebels shot two men.", [("shot", "Army rebels", "armed_groups")]),
        ("Masked intruders shot two men.", [("shot", "Masked intruders", "other")]),
    ],
)
def test_an_unknown_head_takes_a_known_modifiers_group(parse_text, text, expected):
    rows = KAVARIA + REBELS + [("agent", "state_forces", "head", "army"), ("agent", "state_forces", "head", "military")]
    assert _events(parse_text, text, actor_taxonomy(rows)) == expected


# A partitive of weapons ("one of its bombs") is read as the weapons it counts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said one of its shells had gone astray, killing a family of five.", [("killing", "its", "pronoun")]),
        ("Two of the rebel rockets hit the school.", [("hit", "rebel", "armed_groups")]),
        # must not change: a partitive of people
        ("Two of the gunmen shot a guard.", [("shot", "Two of the gunmen", "armed_groups")]),
    ],
)
def test_a_partitive_of_weapons_is_read_as_the_weapons(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + REBELS)) == expected


# A retinue noun possessed by "whose" takes the group of the noun its relative clause is on.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militia commander Tarn Vosk, whose men are accused of raping women in the camps, denied the charges.",
            [("raping", "whose men", "armed_groups")],
        ),
        # must not change: "whose" on a noun that is no retinue
        (
            "The village, whose mayor was shot by the militia, lies empty.",
            [("shot", "the militia", "armed_groups")],
        ),
    ],
)
def test_whose_retinue_takes_the_owner_of_the_clause(parse_text, text, expected):
    fielding = [("agent", "armed_groups", "head", "fighter")]  # a side that fields forces (owners._fielding_groups)
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + fielding)) == expected


# "the opposition" (doer_modifiers.csv) names the other side: it never takes up the speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president's office said the opposition was responsible for the violence.",
            [("violence", "the opposition", "other")],
        ),
        # must not change: a definite description that takes up the actor named before it
        (
            "A spokesman for the militia said the group had never attacked civilians.",
            [("attacked", "the group", "armed_groups")],
        ),
    ],
)
def test_the_opposition_is_not_the_speaker(parse_text, text, expected):
    rows = KAVARIA + [("agent", "government", "head", "president"), ("agent", "government", "head", "office")]
    assert _events(parse_text, text, actor_taxonomy(rows)) == expected


# A possessed agent is classified without its possessor first: the possessed noun names the
# actor ("Kavaria's defence ministry" is a ministry); with nothing known there, the whole phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kavaria's defence ministry denied striking the hospital.",
            [("striking", "Kavaria's defence ministry", "government")],
        ),
        # must not change: the same group either way, and an owned noun the taxonomy does not know
        ("Kavaria's troops shelled the town.", [("shelled", "Kavaria's troops", "state_forces")]),
        ("Kavaria's drone pilots struck the convoy.", [("struck", "Kavaria's drone pilots", "state_forces")]),
    ],
)
def test_a_possessed_agent_is_read_without_its_possessor_first(parse_text, text, expected):
    rows = [
        ("agent", "state_forces", "phrase", "kavaria"),
        ("agent", "state_forces", "head", "troop"),
        ("agent", "government", "head", "ministry"),
    ]
    assert _events(parse_text, text, actor_taxonomy(rows)) == expected


# A finite verb misread as a modifier inside a long subject reaches the top noun also
# through a by-phrase in that subject ("a mob enraged by rumours torched ...").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mob enraged by blasphemy rumours torched at least five churches in Dorn on Friday.",
            [("torched", "A mob", "civilians")],
        ),
        # must not change: a real reduced relative with its by-agent
        ("Churches torched by the mob were rebuilt.", [("torched", "the mob", "civilians")]),
    ],
)
def test_a_misread_finite_verb_climbs_through_a_by_phrase(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + [("agent", "civilians", "head", "mob")])) == expected


# A verb particle the parser reads as a preposition counts when its object is a person
# ("an army truck ran over a woman"); the vehicle's modifier names the doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An army truck ran over a woman in the market.", [("ran over", "army", "state_forces")]),
        ("Soldiers ran over two protesters.", [("ran over", "Soldiers", "state_forces")]),
        # must not change: no person under it
        ("The truck ran over the bridge.", []),
        ("The meeting ran over time.", []),
    ],
)
def test_a_particle_read_as_a_preposition_on_a_person(parse_text, text, expected):
    rows = KAVARIA + [("agent", "state_forces", "head", "army"), ("agent", "state_forces", "head", "soldier")]
    assert _events(parse_text, text, actor_taxonomy(rows)) == expected


# A resultative verb (crush) with a weapon or vehicle as subject and a person as object is harm
# in the active too; the vehicle's modifier names the doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An army truck crushed two women at the checkpoint.", [("crushed", "army", "state_forces")]),
        # must not change: no person crushed, or no weapon doing it
        # changed (light helper, lead's brief 2026-12-06): crushing a gathering of people is a crackdown,
        # harm; the tanks are a bare vehicle, so no agent
        ("Tanks crushed the uprising.", [("crushed", "", "none")]),
        ("The army crushed the rebels in the election.", []),
    ],
)
def test_a_vehicle_crushing_a_person_is_harm(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + [("agent", "state_forces", "head", "army")])) == expected


# An impact verb whose doer is a pronoun taking up a known actor named as an earlier subject
# ("the army said it had struck") names harm; the pronoun stays a pronoun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it had struck a weapons depot.", [("struck", "it", "pronoun")]),
        # must not change: no known actor before it, or no harm sense
        ("The singer said she had hit the high note.", []),
        ("It struck me that the plan was weak.", []),
    ],
)
def test_an_impact_verb_of_a_pronoun_for_a_known_actor(parse_text, text, expected):
    assert _events(parse_text, text, actor_taxonomy(KAVARIA + [("agent", "state_forces", "head", "army")])) == expected
