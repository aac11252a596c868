"""Toll shapes of the tolls6 round (tolls_dev6): possessive bases, populations,
conditionals and projections, "went missing", parts per place, manner verbs,
landslide burials, "swept away", civilian clothes, "all women", "1.2m".

Invented sentences (places and numbers made up), one group per rule, each with
sentences that must give no toll. Groups and measures follow
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
        ("women", "head", "woman", "guidelines"),
        ("total", "head", "people", "guidelines"),
        ("total", "head", "body", "guidelines"),
        ("total", "head", "victim", "guidelines"),
    ],
    columns=["victims", "match", "pattern", "note"],
)


def tolls(parse_text, text):
    return toll_rows(parse_text(text), GUIDELINE_VICTIMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share's base with a possessive determiner is the population, not a toll
        (
            "At least 62 of the town's 2,900 residents were killed when the mudslide hit Borrel.",
            [(62, "other", "killed")],
        ),
        ("Nearly 25 of the ship's 180 passengers drowned off Cape Lerran.", [(25, "other", "killed")]),
        # a population, also in millions, is no toll
        (
            "Tessim, a region with a population of 3.4 million, was the worst hit, with 58 killed in the storm.",
            [(58, "total", "killed")],
        ),
        (
            "The district has a population of 1.7 million and recorded 12 deaths from the cyclone.",
            [(12, "total", "killed")],
        ),
    ],
)
def test_bases_and_populations(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the Oskarn flood was expected to climb past 170 as crews reached the hills.",
        "The toll is likely to exceed 800 once the coastal towns are reached, the Velsk minister said.",
        "The number of dead is expected to rise above 45, officials in Marrak said.",
        "If we cannot reach the trapped families by Sunday, that would mean 200 deaths, the Dorra rescue chief said.",
    ],
)
def test_projections_give_no_toll(parse_text, text):
    assert tolls(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "went missing": the participle is the linking verb's complement, not a clause of its own
        (
            "At least 14 people were killed and 6 went missing when the Orrel river flooded.",
            [(6, "total", "missing"), (14, "total", "killed")],
        ),
        (
            "Three soldiers were killed and two went missing after the ambush near Kesso.",
            [(2, "security_forces", "missing"), (3, "security_forces", "killed")],
        ),
        # a part of a toll per named place is a toll; a part by a property is not
        ("Of the deaths, 1,320 were reported in the Dalvan province, the ministry said.", [(1320, "total", "killed")]),
        ("Of the 70 dead, 44 were in Serrow district.", [(44, "total", "killed"), (70, "total", "killed")]),
        ("Of the 70 dead, 44 had wounds to the head.", [(70, "total", "killed")]),
        # how people already counted died is a property, not a toll
        ("Officials said 16 of the victims had been beheaded and the rest were shot.", []),
        ("Doctors said 11 of the dead had been stabbed.", []),
        ("The coroner said 9 of the dead were decapitated.", []),
    ],
)
def test_went_missing_parts_and_manner(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # burial by a landslide or avalanche leaves people not yet found; a grave burial counts the dead
        ("A landslide buried 21 people in the village of Osk on Monday, officials said.", [(21, "total", "missing")]),
        ("The 38 victims were buried in a mass grave outside Terran on Friday.", [(38, "total", "killed")]),
        # "swept away" (missing); things swept away are no toll
        ("Nine people were swept away by floodwaters in Calvo on Sunday, police said.", [(9, "total", "missing")]),
        ("The river swept away at least 15 villagers near the Pell ford.", [(15, "other", "missing")]),
        ("The floods swept away 240 homes and three bridges in the Amsel valley.", []),
        ("The storm swept through 12 villages in the Amsel valley, killing 4 people.", [(4, "total", "killed")]),
    ],
)
def test_buried_and_swept_away(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clothes say the dead were civilians; other clothes say nothing
        ("Investigators found 31 bodies in civilian clothes near Morl.", [(31, "civilians", "killed")]),
        (
            "At least 7 bodies wearing civilian clothing were pulled from the Dessar river.",
            [(7, "civilians", "killed")],
        ),
        ("Investigators found 31 bodies in blue clothes near Morl.", [(31, "total", "killed")]),
        # an apposition with "all" names the group of every counted person
        (
            "The ministry said five of its citizens, all women, were killed in the attack on the Orvan hotel.",
            [(5, "women", "killed")],
        ),
        (
            "The ministry said five of its citizens were killed in the attack on the Orvan hotel.",
            [(5, "other", "killed")],
        ),
    ],
)
def test_clothes_and_all_of_group(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war has displaced 2.3m people, the Korran refugee agency said.", [(2300000, "total", "displaced")]),
        ("The agency said 0.6m people remained displaced at the end of the year.", [(600000, "total", "displaced")]),
        # "m" written apart from the numeral, or alone, is no multiplier (metres, a letter)
        ("The 4 m wave killed 12 people in Sarno.", [(12, "total", "killed")]),
    ],
)
def test_million_abbreviation(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("words", "value"),
    [(["1.2", "m"], 1_200_000), (["0.4", "m"], 400_000), (["a", "hundred"], 100), (["3", "million"], 3_000_000)],
)
def test_parse_number_fractions_of_multipliers(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "make up" / "account for" names the part's group; the base with its own
        # toll participle is a toll too
        (
            "Civilians made up 940 of the 1,210 killed in the siege, the monitor said.",
            [(940, "civilians", "killed"), (1210, "total", "killed")],
        ),
        (
            "Children accounted for 118 of the 640 people killed in the raids on Varos.",
            [(118, "children", "killed"), (640, "total", "killed")],
        ),
        # a base without a toll participle is the population, and "made up" of no group says nothing
        ("Farmers made up 30 of the 400 residents of Ulm, and 6 of them were killed.", [(6, "total", "killed")]),
        ("The convoy made up 12 of the 40 trucks that were hit, killing 3 drivers.", [(3, "other", "killed")]),
    ],
)
def test_share_verbs(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven nurses, all of them women, died when the clinic roof collapsed in Pardo.", [(7, "women", "killed")]),
        ("Nine of the hostages, all women, were still being held near Gilva.", [(9, "women", "other")]),
        # a partial statement does not change the group (guidelines)
        ("Seven nurses, most of them women, died when the clinic roof collapsed in Pardo.", [(7, "other", "killed")]),
    ],
)
def test_all_of_them_group(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed 22 people in Varsk, a province of 700,000 inhabitants.", [(22, "total", "killed")]),
        ("Shells killed three children in Orlan, a town of about 40,000 people.", [(3, "children", "killed")]),
        # the place's description holds no count: the toll stays
        ("The strike on Kessa, a town of the north, killed 14 people.", [(14, "total", "killed")]),
    ],
)
def test_named_place_population(parse_text, text, expected):
    assert tolls(parse_text, text) == expected
