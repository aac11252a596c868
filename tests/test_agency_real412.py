"""Harm events in shapes real prose broke (round real4, `agency_dev12_real4.csv`):
an act noun after an onset verb ("began intermittent firing"), fighting "for" a
goal, the Hajj rite of "stoning", a wound named by a body part ("struck in
the leg"), a count participle after an absolute "with" clause, "hurt" after
its count, theft beside another harm act, and a harm participle told as a
feeling.

Invented sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import trigger_heads as triggers


def _events(parse_text, text):
    import framing

    return [(e.trigger.split()[0], e.agent) for e in framing.find_harm_events(parse_text(text), context=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an onset verb's subject does the act noun it begins
        ("Masked gunmen entered the town and began intermittent firing.", [("firing", "Masked gunmen")]),
        ("The militia commenced heavy shelling of the camp at dawn.", [("shelling", "The militia")]),
        ("The army continued heavy bombardment of the port for a week.", [("bombardment", "The army")]),
        # not an act noun: nothing to begin
        ("The army began an investigation into the missing funds.", []),
        # "started the fire" stays arson, not a support verb over "fire"
        ("Prosecutors said a guard had started the fire that gutted the archive.", [("started", "a guard")]),
    ],
)
def test_onset_support_verbs(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting for a goal is a struggle, not an act
        ("The two movements have been fighting for independence since 1991.", []),
        ("Students fought for the right to assemble on campus.", []),
        # a fight for control between sides stays
        ("The two clans fought for control of the wells.", ["fought"]),
        # the Hajj rite stones no one; stoning a person is harm
        ("Pilgrims began the stoning of the devil before dawn.", []),
        ("The woman was stoned to death by a mob in the square.", ["stoned"]),
    ],
)
def test_struggles_and_rites(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body part names a wound, whoever the wounded and whatever hit him
        ("One man was shot dead and another was struck in the leg, a nurse said.", ["shot", "struck"]),
        ("The other boy was hit on the chest as the crowd ran.", ["hit"]),
        ("A medic was hit in the head by a rubber bullet.", ["hit"]),
        # no body part, or a figure of speech: nothing
        ("Another town was hit hard by the floods.", []),
        ("The company was hit in the pocket by the new tariffs.", []),
    ],
)
def test_body_part_wounds(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count of an absolute clause's later conjunct is a patient, not a doer
        (
            "Troops opened fire on the march, with three people killed, dozens wounded and a bank set ablaze.",
            [("opened", "Troops"), ("killed", ""), ("wounded", ""), ("set", "")],
        ),
        # "hurt" after its count is the gapped participle
        ("At least 30 people were killed and hundreds more hurt in the crush.", [("killed", ""), ("hurt", "")]),
    ],
)
def test_gapped_participles(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # theft beside another harm act is part of the raid
        ("Armed men raided the hamlet, shot two farmers and stole their goats.", ["raided", "shot", "stole"]),
        ("Gunmen stormed the market, shooting traders and stealing their goods.", ["shooting", "stealing"]),
        # a theft told alone, or a figure of speech, is no harm event
        ("The thieves stole three laptops from the office.", []),
        ("The young striker stole the show in the final.", []),
        # a harm participle told as a feeling
        ("Fans said they felt crushed by the defeat in the final.", []),
        ("Many voters felt hurt by the decision.", []),
        ("Two pilgrims were crushed by the crowd at the gate.", ["crushed"]),
    ],
)
def test_theft_and_feelings(parse_text, text, expected):
    assert triggers(parse_text, text) == expected
