"""Doers carried to an act by a governing word, round 3 (helper session
`carry3`, agency_dev11_carry3.csv): a support verb in its third-person form
that the lemmatizer clips ("regularly stages ambushes": "stages" -> "stag"),
the support verb "lay" ("an ambush laid by a patrol") and the support verb
"give" with a harm noun as its object ("gave them electric shocks"). Each
rule with invented sentences, including sentences that must yield no doer or
no event. Generic taxonomy (``actors=None``)."""

from __future__ import annotations

import pytest

import framing


def _events(parse_text, text):
    events = framing.find_harm_events(parse_text(text), context=False)
    return [(e.trigger, e.agent_head) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clipped third-person support verb after an adverb
        (
            "The Tarvel Front regularly stages ambushes and raids on army convoys in the north.",
            [("ambushes", "Front"), ("raids", "Front")],
        ),
        # the reduced relative of "lay" names the ambush's doer
        (
            "Six customs officers died in an ambush laid by a rebel unit near the border.",
            [("ambush", "unit")],
        ),
        # "give" with a harm noun as its object
        (
            "Former inmates said the guards beat the men and gave them electric shocks.",
            [("beat", "guards"), ("electric shocks", "guards")],
        ),
        # guards: no harm noun under "give", "lay" or "stage", or the harm noun is not its object
        ("The nurse gave the pupils a lesson in first aid.", []),
        ("The foundation stone laid by the mayor was unveiled on Monday.", []),
        ("The festival stages concerts and firework shows every summer.", []),
        ("Officials gave details of the attack on Monday.", [("attack", "")]),
    ],
)
def test_support_verbs_carry_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "subject X to <harm>": the act in the "to" phrase of an active support verb is its subject's (or the
# accused's when the verb is an accusation's gerund); a passive leaves the doer unknown, and a
# harmless noun yields no event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia subjected the town to intense shelling.", [("shelling", "militia")]),
        (
            "Residents accused the troops of subjecting the camp to heavy mortar fire for three days.",
            [("mortar fire", "troops")],
        ),
        ("Detainees were subjected to torture.", [("torture", "")]),
        ("The court subjected the case to review.", []),
    ],
)
def test_subject_to_harm_carries_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# a copula's predicate "a message / a warning from X" names the act's doer; "from" naming no person
# or side names none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bombings were a message from militants, the president said.", [("bombings", "militants")]),
        ("The bombing was a warning from the rebels, the governor said.", [("bombing", "rebels")]),
        ("The attack was a warning from history.", [("attack", "")]),
    ],
)
def test_predicate_names_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# an act noun after "with" on an active verb with an object is the subject's means, when the subject is a
# person or a named side; a passive, an intransitive verb or a subject that names no one yield no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He died as security forces tried to break up the crowd with gunfire.", [("gunfire", "forces")]),
        ("Troops dispersed the protesters with live fire.", [("live fire", "Troops")]),
        ("The town echoed with gunfire.", [("gunfire", "")]),
        ("The news was greeted with gunfire.", [("gunfire", "")]),
    ],
)
def test_act_as_means_takes_subject(parse_text, text, expected):
    assert _events(parse_text, text) == expected
