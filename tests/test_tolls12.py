"""Toll shapes of the tolls12 round (tolls_dev12): a harm word written right after a bare
number ("N deaths and M injured"), a second figure for the same toll ("put the figure at N",
"gave a figure of N"), written numbers with "and" ("six hundred and forty"), "N more bodies",
"corpses", "apprehended", and the conjunct of a toll noun keeping its own measure.

Invented sentences (places and numbers made up), with sentences that must give no toll or
must stay as they are. Groups and measures follow
``data/validation/tolls_sources_real_guidelines.md``.
"""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import toll_rows
from framing.casualties.numbers import parse_number

GUIDELINE_VICTIMS = pd.DataFrame(
    [
        ("civilians", "head", "civilian", "guidelines"),
        ("security_forces", "head", "soldier", "guidelines"),
        ("children", "head", "child", "guidelines"),
        ("children", "head", "pupil", "guidelines"),
        ("security_forces", "head", "policeman", "guidelines"),
        ("women", "head", "woman", "guidelines"),
        ("total", "head", "people", "guidelines"),
        ("total", "head", "body", "guidelines"),
        ("total", "head", "corpse", "guidelines"),
        ("total", "head", "victim", "guidelines"),
    ],
    columns=["victims", "match", "pattern", "note"],
)


def tolls(parse_text, text):
    return toll_rows(parse_text(text), GUIDELINE_VICTIMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the harm word written right after a bare number gives its measure
        (
            "The ministry counted 140 deaths and more than 2,300 injured after the bombing in Telvar.",
            [(140, "total", "killed"), (2300, "total", "injured")],
        ),
        (
            "By nightfall the clinic in Orsk had recorded 38 deaths and 260 injured.",
            [(38, "total", "killed"), (260, "total", "injured")],
        ),
        # a toll noun coordinated with a count of people keeps its own measure
        (
            "Monitors recorded 1,200 people detained and 45 deaths in the crackdown on Pelgrad.",
            [(45, "total", "killed"), (1200, "total", "detained")],
        ),
        # a second figure for the same toll takes that toll's measure and group
        (
            "Police said 19 people were killed, while a local aid group put the figure at 27.",
            [(19, "total", "killed"), (27, "total", "killed")],
        ),
        (
            "At least 40 soldiers died in the ambush, but the rebels gave a figure of 65.",
            [(40, "security_forces", "killed"), (65, "security_forces", "killed")],
        ),
        (
            "The governor first put the number of dead at 120; hospital sources said 180.",
            [(120, "total", "killed"), (180, "total", "killed")],
        ),
        # written numbers joined by "and" are one number
        ("Three hundred and twelve people were injured in the stampede at Lirro.", [(312, "total", "injured")]),
        # "N more bodies", "corpses", "apprehended"
        ("Divers pulled seven more bodies from the lake near Ostren on Friday.", [(7, "total", "killed")]),
        ("Soldiers found 21 corpses in a ditch outside Varn.", [(21, "total", "killed")]),
        ("Border guards said 310 people were apprehended overnight.", [(310, "total", "detained")]),
        # "several hundred" is read like "hundreds": at least 200
        ("Local elders said several hundred people were killed in the raids on Amsel.", [(200, "total", "killed")]),
        # a fronted "Of the N X" set gives its group to the bare part
        (
            "Of the 420 soldiers sent to the pass, 65 were killed and 30 remain missing.",
            [(30, "security_forces", "missing"), (65, "security_forces", "killed")],
        ),
        ("Of the 90 dead, 61 were found in Harrowgate district.", [(61, "total", "killed"), (90, "total", "killed")]),
        # a status adjective on the counted noun yields to the verb of their death
        ("At least 55 displaced people were killed when shells hit the camp at Ruen.", [(55, "total", "killed")]),
        ("Some 70 wounded passengers were evacuated from the wreck by helicopter.", [(70, "other", "injured")]),
        # "N of them X" after a toll is a part of that toll, also when the parser makes X the root
        (
            "At least 95 people were killed, 41 of them children, when the militia shelled Varosk.",
            [(41, "children", "killed"), (95, "total", "killed")],
        ),
        # "N of them in PLACE": one part of a per-place list of the toll before it
        (
            "Police detained 640 people over the weekend, 210 of them in Brenmouth, the ministry said.",
            [(210, "total", "detained"), (640, "total", "detained")],
        ),
        # the active subject of a harm verb with its own object counts the doers, not the harmed
        (
            "Two suicide bombers killed at least 31 people at a bus station in Kirren.",
            [(31, "total", "killed")],
        ),
        ("Three gunmen held 25 hostages in the bank for two days.", [(25, "other", "other")]),
        ("Forty soldiers lost their lives in the assault on Tamsk.", [(40, "security_forces", "killed")]),
        ("About 5,000 villagers fled the town overnight.", [(5000, "other", "displaced")]),
        # one count of two coordinated nouns of different groups names no one group
        ("At least 45 pupils and teachers were killed in the school attacks.", [(45, "other", "killed")]),
        ("Nine soldiers and policemen were wounded in the ambush.", [(9, "security_forces", "injured")]),
        ("Among the dead were seven children and a 68-year-old baker.", [(7, "children", "killed")]),
        # must stay as they are
        (
            "Four soldiers were killed and 11 wounded near Dessa.",
            [(4, "security_forces", "killed"), (11, "security_forces", "injured")],
        ),
        (
            "The dead civilians, among them 17 women and eight children, had been shot in the street.",
            [(8, "children", "killed"), (17, "women", "killed")],
        ),
    ],
)
def test_tolls12_shapes(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 9 to 4 to approve the memorial for the victims.",
        "Parliament approved the inquiry into the killings by 212 votes to 40.",
        "Organisers put the turnout at 5,000, and police said nobody was hurt.",
        "Two hundred and fifty delegates attended the peace talks in Marrow.",
        "The bridge, rebuilt at a cost of 40 million dollars, lies 30 miles from the border.",
        "Only five people have been pulled alive from the rubble since the quake.",
        "The mayor said 300 would attend the funeral of the victims on Friday.",
    ],
)
def test_tolls12_no_toll(parse_text, text):
    assert tolls(parse_text, text) == []


def test_tolls12_cost_is_no_second_figure(parse_text):
    # a figure of something else ("the cost") does not restate the toll before it
    text = "The blast killed two people, and officials put the cost of the damage at 12 million."
    assert tolls(parse_text, text) == [(2, "total", "killed")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["six", "hundred", "and", "forty"], 640),
        (["Two", "thousand", "and", "five"], 2005),
    ],
)
def test_tolls12_and_numbers(words, value):
    assert parse_number(words) == value
