"""Harm triggers of round 2 (`agency_dev10_triggers2.csv`): blades on
people ("cut with machetes"), arson named "set afire", a bare "strike" in
a report of air or artillery war, and harm words that name no act of their
own: the aim of an act ("the strike targeted a car"), a threat
("threatened to kill the hostages") and a harm noun inside an institution's
name ("the Ministry of Homicide").

Invented sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import trigger_heads as triggers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blades on people: "cut" with a person as patient
        ("Gunmen cut three farmers with machetes near Tovra.", ["cut"]),
        ("A guard was cut across the face with a knife.", ["cut"]),
        ("They were shot and then cut with machetes.", ["shot", "cut"]),
        # "cut" with no person as patient, a lay-off, or a particle: no blade
        ("The ministry cut the food ration for displaced families.", []),
        ("The firm cut 200 workers last year.", []),
        ("The chairman cut the speaker off after a minute.", []),
        ("Officials cut the power to the northern districts.", []),
        # arson named "set afire"
        ("The trucks were set afire after the ambush.", ["set", "ambush"]),
        ("Militiamen set the grain lorries afire before dawn.", ["set"]),
    ],
)
def test_blades_and_arson(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "strike" in a sentence naming a weapon or an act of air war
        ("Three children died in the strike, which used two guided missiles.", ["strike"]),
        ("The clinic strike was the third in a string of raids on medical sites.", ["strike", "raids"]),
        (
            "The strikes were aimed at rebel positions and hit a crowded market.",
            ["strikes", "hit"],
        ),  # its "hit" is found since the light helper (a strike hits a market: framing.agency.light)
        # a labour strike stays no event
        ("Dock workers voted to extend their strike into a third week.", []),
        ("The strike by rail workers entered its second day.", []),
        ("Lorry drivers went on strike over fuel prices.", []),
    ],
)
def test_bare_strike_in_strike_report(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aim of an act names no act of its own
        ("Witnesses said the drone strike targeted a pickup truck.", ["drone"]),
        ("Three homes were damaged by a bombardment targeting a rebel post.", ["damaged", "bombardment"]),
        ("The missile attack was targeted at the city centre.", ["attack"]),
        ("The shelling, which targeted the rail yard, destroyed four houses.", ["shelling", "destroyed"]),
        # a person or a force that targets people: an act
        ("Soldiers targeted unarmed mourners at the funeral.", ["targeted"]),
        ("The army denied targeting civilians.", ["targeting"]),
        # a threat has not happened
        ("The gang threatened to kill the hostages if no ransom was paid.", []),
        ("A commander vowed to burn down every village that sheltered soldiers.", []),
        ("The gang killed two hostages after the deadline passed.", ["killed"]),
        # a harm noun in an institution's name
        ("Protesters called it the Ministry of Murder.", []),
        ("The Museum of Genocide reopened on Monday.", []),
        ("Police are investigating the murder of a driver.", ["murder"]),
    ],
)
def test_words_that_name_no_act(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # repression named by "the crushing of"
        ("Troops fired on students for the first time since the crushing of the 1994 protests.", ["fired", "crushing"]),
        ("The army's crushing of the uprising is still remembered.", ["crushing"]),
        ("The party suffered a crushing defeat in the vote.", []),
        ("The crushing of their hopes came quickly.", []),
        # a bomb blast on a path verb: both rows; a gas explosion or a storm: none
        ("The explosion tore through the bus station, wounding 14 people.", ["explosion", "wounding"]),  # D6
        ("A gas explosion ripped through the factory.", []),
        ("The storm tore through the town overnight.", []),
        # collateral damage: an outcome, a row only as what was caused
        ("The commander said the raid may have caused collateral damage.", ["raid", "collateral"]),
        ("The coalition promised to take steps to avoid collateral damage.", []),
        ("Critics say the phrase collateral damage hides the cost of war.", []),
    ],
)
def test_repression_blasts_and_outcomes(parse_text, text, expected):
    assert triggers(parse_text, text) == expected
