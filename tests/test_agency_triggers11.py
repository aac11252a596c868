"""Harm triggers of round 3 (`agency_dev11_triggers3.csv`): a bomb blast
that harms is an act of its own (convention C3: heldout4 h4s121, heldout6
h6s039 and h6s067), a label noun over the acts an "including" phrase lists
("318 war crimes, including killings"), and "kill" and "murder" said of
commerce or of cricket.

Invented sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import trigger_heads as triggers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blast or explosion as the doer of a harm verb: both get a row
        ("The blasts wounded at least nine people near the bus depot.", ["blasts", "wounded"]),
        ("The second explosion set two vans on fire outside the clinic.", ["explosion", "set"]),
        ("A third blast hurt four rescuers in the square.", ["blast", "hurt"]),
        # an accident (a blast paired with a fire), a blast that harms nobody, a non-weapon source
        ("An explosion and fire at a coal mine in Dorvel killed 40 miners.", ["killed"]),
        ("The blast set off car alarms across the district.", []),
        ("A gas explosion wounded two cooks in the hotel kitchen.", ["wounded"]),
    ],
)
def test_blast_that_harms(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label noun over the acts it lists gets no row of its own
        ("Monitors logged 210 war crimes, including killings and torture.", ["killings", "torture"]),
        # a label noun alone, with a perpetrator, keeps its row
        ("The court found the colonel guilty of war crimes.", ["war"]),
        # commerce and cricket are no victims
        ("Traders say the curfew has killed business in the old market.", []),
        ("The home side's captain murdered the bowling, scoring 150 off 90 balls.", []),
        ("Gunmen killed two traders in the old market.", ["killed"]),
    ],
)
def test_labels_and_metaphors(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second blast hit the crowd of onlookers.", ["blast", "hit"]),
        # damage to a building by a blast: only the damage (dev_triggers d060)
        ("The explosion damaged a school and two shops.", ["explosion", "damaged"]),  # lead decision D6
    ],
)
def test_blast_impact_on_people(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reprisals against people in a cycle are acts; a cycle with no victims is a pattern named
        ("Years of neglect have fed a cycle of reprisals against herders.", ["reprisals"]),
        ("The raids deepened the cycle of reprisals in the valley.", ["raids"]),
        ("Impunity has fed a cycle of reprisals and abuses against farmers.", ["reprisals", "abuses"]),
        # "cost lives" as "claimed lives"
        ("The feud over the well had cost 12 lives by May.", ["cost"]),
        ("The delay cost the team the title.", []),
        # derailing a train is sabotage; an accident, talks or a career are not
        ("Bandits derailed a passenger train near Osk.", ["derailed"]),
        ("A freight train derailed near Osk after heavy rain.", []),
        ("The scandal derailed the peace talks.", []),
    ],
)
def test_reprisals_lives_and_derailing(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics say the new syllabus is an attack on the region's dialects and customs.", []),
        ("Elders called the ban an attack on their heritage.", []),
        ("The attack on the village left six dead.", ["attack"]),
    ],
)
def test_attack_on_a_culture(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a screen work as the patient of "shot": filming
        ("The studio's new war drama, shot on location in the hills, opens next month.", []),
        ("The film was shot in the desert over six weeks.", []),
        # a person as patient: a shooting
        ("The driver, shot twice in the chest, died in hospital.", ["shot"]),
    ],
)
def test_screen_work_shot(parse_text, text, expected):
    assert triggers(parse_text, text) == expected
