"""Shapes of real wire reports the agent rules missed (private real-text probe of helper real3):
a gapped count of the wounded read as a doer, a gerund act with a premodifier and a by-phrase of its
own read as a verb, an actor noun that the parser attaches as ``nmod`` when other modifiers follow.

Invented sentences (invented places, groups and numbers), with must-not-change cases for each rule.
"""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "head", "troops"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "state_forces", "phrase", "velorian"),
        ("agent", "armed_groups", "phrase", "militia"),
        ("agent", "armed_groups", "phrase", "gang"),
        ("agent", "armed_groups", "head", "gunmen"),
        ("agent", "armed_groups", "head", "militant"),
        ("agent", "civilians", "head", "villager"),
    ],
)


def _events(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count after "and" is the subject of a gapped passive: the wounded, not a doer
        (
            "At least 14 villagers were killed and more than 60 wounded in an attack on Tuesday.",
            [("killed", "", "none"), ("wounded", "", "none"), ("attack", "", "none")],
        ),
        (
            "Nine people were killed and 31 injured in a raid on the market in Osk.",
            [("killed", "", "none"), ("injured", "", "none"), ("raid", "", "none")],
        ),
        # must not change: a doer named by a by-agent, a count with "of", an active verb with an object
        (
            "Five people were killed and 20 wounded by militia gunmen on Friday.",
            [("killed", "militia gunmen", "armed_groups"), ("wounded", "militia gunmen", "armed_groups")],
        ),
        (
            "The gunmen killed three guards and two of them wounded a driver.",
            # "two of them" stays the doer; a part of people named only by a pronoun is a pronoun doer (real5)
            [("killed", "The gunmen", "armed_groups"), ("wounded", "two of them", "pronoun")],
        ),
    ],
)
def test_gapped_count_is_no_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "overnight shelling by X": a gerund act with a by-phrase of its own names X as its doer
        (
            "At least four civilians were killed during overnight shelling by Velorian forces as the army pushed on.",
            [("killed", "Velorian forces", "state_forces"), ("shelling", "Velorian forces", "state_forces")],
        ),
        (
            "The governor said that overnight shelling by Velorian forces of the town, Osk, had left five people dead.",
            [("shelling", "Velorian forces of the town", "state_forces")],
        ),
        (
            "Four villagers died in heavy overnight shelling by Velorian troops.",
            [("shelling", "Velorian troops", "state_forces")],
        ),
        # must not change: a frame's "by" hung on the gerund after its preposition, a verb's "by"
        (
            "The militia were accused of looting by the villagers.",
            [("looting", "The militia", "armed_groups")],
        ),
        (
            "The soldiers cleared the road by shelling the ridge.",
            [("shelling", "The soldiers", "state_forces")],
        ),
    ],
)
def test_gerund_with_own_by_phrase(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an actor noun before other modifiers of the act ("nmod"): the act's side
        ("A police anti-drug raid in the Lomas district left six dead.", [("raid", "police", "state_forces")]),
        ("An army night-time raid on the camp killed four.", None),
        # must not change: a modifier that names no actor
        ("An anti-drug raid in the Lomas district left six dead.", [("raid", "", "none")]),
    ],
)
def test_actor_modifier_before_other_modifiers(parse_text, text, expected):
    rows = _events(parse_text, text)
    if expected is None:
        assert rows[0][2] == "state_forces"
    else:
        assert rows == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past-tense conjunct continuing a passive: the shared subject is the victims
        (
            "The violence raged for three days as churches were set alight , Christians were burned alive in their"
            " homes or dragged out in the streets and lynched.",
            [("violence", "", "none"), ("set alight", "", "none"), ("burned", "", "none"), ("lynched", "", "none")],
        ),
        (
            "Two guards were tied up, dragged outside and shot by militia gunmen.",
            [("shot", "militia gunmen", "armed_groups")],
        ),
        # must not change: a conjunct with an object of its own is active, its subject the doer
        (
            "The soldiers were ambushed and killed three of the attackers.",
            [("ambushed", "", "none"), ("killed", "The soldiers", "state_forces")],
        ),
        (
            "The militia attacked the village and looted the market.",
            [("attacked", "The militia", "armed_groups"), ("looted", "The militia", "armed_groups")],
        ),
    ],
)
def test_past_tense_conjunct_of_a_passive(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "open" as a support verb of onset: its subject does the act it opens
        (
            "The Velorian forces opened intense gunfire at the town of Osk during the night, the agency reported.",
            [("gunfire", "The Velorian forces", "state_forces")],
        ),
        (
            "The militia opened a new assault on the garrison on Monday.",
            [("assault", "The militia", "armed_groups")],
        ),
        # must not change: the idiom "opened fire", an act that is no object of "open"
        ("Soldiers opened fire on the crowd.", [("opened fire", "Soldiers", "state_forces")]),
        ("Police opened an investigation into the killing of the journalist.", [("killing", "", "none")]),
    ],
)
def test_open_is_a_support_verb(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessor that names no actor gives way to an actor modifier after it
        (
            "Six people died on Friday, in one of the region's deadliest police raids, officials said.",
            [("raids", "police", "state_forces")],
        ),
        ("The province's latest army raids left two schools in ruins.", [("raids", "army", "state_forces")]),
        ("Residents fled the district's nightly militia attacks.", [("attacks", "militia", "armed_groups")]),
        # must not change: a possessor that names an actor, a possessor with no actor modifier after it
        (
            "The militia's night raids killed four.",
            [("raids", "The militia", "armed_groups"), ("killed", "The militia", "armed_groups")],
        ),
        ("The village's worst violence in a decade left nine dead.", [("violence", "The village", "other")]),
    ],
)
def test_actor_modifier_over_a_place_possessor(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X-related" / "X-linked" before an act: X, an actor the taxonomy knows, is its side
        (
            "Some 300 inmates have been killed in gang-related violence since March.",
            [("killed", "gang", "armed_groups"), ("violence", "gang", "armed_groups")],
        ),
        ("Residents fear more militia-linked attacks on the market.", [("attacks", "militia", "armed_groups")]),
        # must not change: X names no actor, or "linked" is no hyphenated modifier
        ("Dozens died in drug-related killings last year.", [("killings", "", "none")]),
        ("Militias linked to the army burned the village.", [("burned", "Militias", "armed_groups")]),
    ],
)
def test_affiliation_modifier_names_the_side(parse_text, text, expected):
    assert _events(parse_text, text) == expected
