"""Light verbs, places and misparsed lists (round A, `agency_dev12_light.csv`): "crush" with a
gathering of people (a crackdown), a post or column fired on (a position, not a text), a munition
or a strike hitting a market or a street, a weapon turned on people, the first of two coordinated
act nouns that the parser hangs on the second, "complicit in" with "in" on the copula, and bare
-ing acts misparsed after a place; and what stays no harm.

Invented sentences, written for these tests (not copied from a validation file).
"""

from __future__ import annotations

import pytest


def doers(parse_text, text):
    """(first word of the trigger, agent text) of each event framing finds."""
    import framing

    return [(e.trigger.split()[0], e.agent) for e in framing.find_harm_events(parse_text(text), context=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police crushed the protests in Verin with live ammunition.", [("crushed", "Riot police")]),
        ("The army crushed a rebellion in the hill districts in 1998.", [("crushed", "The army")]),
        ("Border troops opened fire on our post before dawn.", [("opened", "Border troops")]),
        ("Masked men fired on the checkpoint post near Ulla.", [("fired", "Masked men")]),
        ("Two rockets hit a busy market in Pell.", [("hit", "")]),
        ("The raids were aimed at a depot but hit the street behind it.", [("raids", ""), ("hit", "")]),
        ("The battalion turned its guns on the crowd outside the depot.", [("turned", "The battalion")]),
        (
            "Families fled the junta's bombing and sniper fire in the west.",
            [("bombing", "the junta"), ("sniper", "the junta")],
        ),
        ("Senior officers were complicit in the torture of the prisoners.", [("torture", "Senior officers")]),
        ("Officials accused the guards of firing on the bus themselves.", [("firing", "the guards")]),
        ("The enemy struck an airstrike on the school at noon.", [("airstrike", "The enemy")]),
        ("Troops, ruling party members beat the strikers with clubs.", [("beat", "Troops, ruling party members")]),
        (
            "Bandits went from door to door in Essa, looting and burning.",
            [("looting", "Bandits"), ("burning", "Bandits")],
        ),
    ],
)
def test_light_shapes_find_the_act_and_its_doer(parse_text, text, expected):
    assert doers(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governing coalition crushed the opposition in the regional elections.",
        "The senator attacked the plan in a long Facebook post on Sunday.",
        "Her new single hit the market in May.",
        "Thousands of students hit the streets of the capital on Friday.",
        "The coach turned his anger on the referee after the final whistle.",
        "The fighters turned over their guns to the monitors at the camp.",
        "There has been a lull in attacks on the northern towns since the truce.",
        "Several delegates took part in the march to the assembly.",
        "Officials went from village to village, counting and registering voters.",
        "The owners fired the chief executive themselves.",
        "The two unions struck a deal with the port authority.",
    ],
)
def test_light_near_misses_stay_without_an_event(parse_text, text):
    assert doers(parse_text, text) == []
