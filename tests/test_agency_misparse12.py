"""Finite verbs the parser hung as reduced relatives (round A, `agency_dev12_misparse.csv`):
a past-tense verb read as an ``acl`` of the last noun of its subject that has a direct object
of its own cannot be a passive, so its subject is the noun phrase it hangs on, with a whole
coordination ("Police and allied militias killed 40 people"), the first of two subjects of a
reporting verb ("Armed men killed 40, witnesses said") and the object of a verb of saying
("residents said youths armed with clubs torched shops"); a subjectless finite passive after a
participle makes that participle a reduced relative ("Pupils abducted last year were freed").
What stays: reduced relatives without an object, by-agents, participles that modify a subject
whose verb follows.

Invented sentences, written for these tests (not copied from a validation file).
"""

from __future__ import annotations

import pytest


def doers(parse_text, text):
    """(first word of the trigger, first word of the agent) of each event framing finds."""
    import framing

    events = framing.find_harm_events(parse_text(text), context=False)
    return [(e.trigger.split()[0], e.agent.split()[0] if e.agent else "") for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border police and allied militias killed 30 herders, witnesses said.", [("killed", "Border")]),
        ("Border police and allied militias killed at least 30 herders near Osk.", [("killed", "Border")]),
        ("Soldiers and allied gunmen gunned down four men near the mill.", [("gunned", "Soldiers")]),
        ("Heavily armed militiamen killed at least 25 farmers in the valley, elders said.", [("killed", "Heavily")]),
        ("Masked raiders killed two guards at the depot, police said.", [("killed", "Masked")]),
        ("Villagers said young men armed with machetes torched nine houses in Pell.", [("torched", "young")]),
        ("Raiders armed with rifles fired on pilgrims near the shrine.", [("fired", "Raiders")]),
        ("Elders say a band led by two men killed and burned the bodies of six.", [("killed", "a"), ("burned", "a")]),
    ],
)
def test_misparsed_main_verb_gets_its_subject(parse_text, text, expected):
    assert doers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The herders killed in the attack were buried near Osk on Monday.", [("killed", ""), ("attack", "")]),
        ("The number of herders killed rose to 30, officials said.", [("killed", "")]),
        ("Pupils abducted from the college last year were freed on Sunday.", [("abducted", "")]),
        ("Militias armed by the government attacked the village of Pell.", [("attacked", "Militias")]),
        ("A lorry carrying grain reached the camp on Friday.", []),
        ("Guards armed with rifles stood at the gate of the depot.", []),
        ("Troops sent to the district opened fire on the crowd.", [("opened", "Troops")]),
        ("Witnesses said gunmen on motorbikes killed three traders.", [("killed", "gunmen")]),
        ("Herders killed and dumped in the canal were found on Monday.", [("killed", "")]),
        ("Guards abducted in the raid were released on Monday.", [("abducted", ""), ("raid", "")]),
        ("Herders shot and burned by soldiers were found in a ditch.", [("shot", "soldiers"), ("burned", "soldiers")]),
    ],
)
def test_reduced_relatives_stay(parse_text, text, expected):
    assert doers(parse_text, text) == expected


def test_agent_phrase_stops_before_the_reporting_clause(parse_text):
    import framing

    for text, agent in [
        ("Masked raiders killed two guards, police said.", "Masked raiders"),
        ("Wardens armed with clubs beat the prisoners, inmates said.", "Wardens armed with clubs"),
    ]:
        assert [e.agent for e in framing.find_harm_events(parse_text(text), context=False)] == [agent]
