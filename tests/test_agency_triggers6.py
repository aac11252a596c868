"""Harm triggers of the sixth round (``agency_dev6_triggers.csv``): senses of
harm words on business, sport and farm pages that are no harm, baton charges,
ramming, starving as a method of war, an impact verb beside a harm verb, and
harm nouns that name a kind of act, a film's scene or a death already told.

Invented sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import trigger_heads as triggers
from framing.agency.lexicon import harm_lexicon
from framing.agency.senses import figurative_under_fire


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # baton charges: a crowd object or a striking weapon as the "with" object
        ("Riot police charged the marchers with batons near the bridge.", ["charged"]),
        ("Mounted officers charged the crowd outside the ministry.", ["charged"]),
        # ramming people or a boat with people aboard
        ("A driver rammed his van into a crowd of shoppers in Tesh.", ["rammed"]),
        ("A patrol boat rammed a fishing vessel off the cape.", ["rammed"]),
        # starving people as a method of war, active
        ("The envoy accused the militia of deliberately starving civilians in Orvo.", ["starving"]),
        ("Besieging troops are starving the town into submission.", ["starving"]),
        # an impact verb with no doer, beside a harm verb
        ("A clinic in Belu was hit overnight, killing four patients.", ["hit", "killing"]),
        ("Dozens of shops were destroyed or damaged in the raid.", ["destroyed", "damaged", "raid"]),
        # a content clause the parser hangs on "claims" like a reduced relative
        ("The court rejected claims that the sergeant had shot the prisoners.", ["shot"]),
        # enforced disappearance as a verb
        ("Three students were forcibly disappeared after the march.", ["disappeared"]),
        # a person as doer of "hurt" is still harm
        ("Guards hurt two inmates during the search, the inspector said.", ["hurt"]),
        # a resultative the parser hangs on the object ("set ablaze 14 vehicles")
        ("Rioters set ablaze nine buses at the depot.", ["set"]),
        # tabloid "glassed": with a person as patient only
        ("A young man was glassed during a brawl in Lome Street.", ["glassed"]),
    ],
)
def test_round6_harm_shapes_are_triggers(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told as the end of the act already named: one event
        ("A guard was stabbed in the chest and died of his wounds at dawn.", ["stabbed"]),
        ("Two porters were beaten with clubs, and one later died of his injuries.", ["beaten"]),
        # two victims' fates: two events
        ("Three men died of gunshot wounds and nine were hurt, medics said.", ["died", "hurt"]),
    ],
)
def test_a_death_after_the_act_is_not_counted_twice(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The frost killed thousands of sheep on the hill farms.",
        "Traders were slaughtered in the afternoon sell-off.",
        "The watchdog announced a crackdown on payday lenders.",
        "The brewery demolished its old bottling plant last spring.",
        "The council demolished the derelict cinema on Vale Road.",
        "The manager said his side had been robbed by the referee.",
        "The goalkeeper was left fighting for his life after a car crash.",
        "The airline was hit by a cyber attack on Tuesday.",
        "Critics called the curfew a tool of repression.",
        "The new film shows the massacre of a fishing village.",
        "The senate rammed the bill through in a single night.",
        "The prosecutor charged 30 protesters with unlawful assembly.",
        "A lorry packed with explosives was rammed into the gate of the base.",
        "The terrace of the cafe was glassed in last year.",
        "The cargo plane disappeared from radar over the gulf.",
        "The finance minister said the new levy would not hurt small farmers.",
        "Economists warned that the tariffs would hurt exporters.",
        "The claims, shot down by the ministry, were never repeated.",
    ],
)
def test_round6_non_harm_senses_find_nothing(parse_text, text):
    assert triggers(parse_text, text) == []


def test_under_nouns_come_from_the_lexicon(parse_text):
    doc = parse_text("The minister came under fire from backbenchers.")
    from framing.syntax import parse_tree

    tree = parse_tree(doc)
    fire = tree.node(next(t.i for t in doc if t.text == "fire"))
    assert harm_lexicon()["under_noun"] == frozenset({"fire", "attack"})
    assert figurative_under_fire(fire, harm_lexicon()["under_noun"], known_actor=lambda n: False)
    assert not figurative_under_fire(fire, frozenset(), known_actor=lambda n: False)
