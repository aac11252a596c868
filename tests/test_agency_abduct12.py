"""Taking people (round A, `agency_dev12_abduct.csv`): verbs of taking with a
person taken (carried off, drove away, whisked away, took away, made off
with, herded, dragged, bundled, marched), passive "taken" by an actor or from
a place (framing.agency.captures), trafficking, forced recruitment and forced
marriage; and what stays no harm: taking things, places or power, arrest and
care, "beat back", and a verb of taking that leads to the act a coordinated
harm verb names.

Invented sentences, written for these tests (not copied from a validation file).
"""

from __future__ import annotations

import pytest

from conftest import trigger_heads as triggers


def doers(parse_text, text):
    """(first word of the trigger, agent text) of each event framing finds."""
    import framing

    return [(e.trigger.split()[0], e.agent) for e in framing.find_harm_events(parse_text(text), context=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders carried off eleven girls from the Tarsin school on Friday.", [("carried", "Raiders")]),
        ("Armed men drove away 60 pupils in two lorries, a teacher said.", [("drove", "Armed men")]),
        ("Bandits whisked away nine travellers from a bus near Poru.", [("whisked", "Bandits")]),
        ("They took my daughter away and we never saw her again.", [("took", "They")]),
        ("The gunmen made off with 14 pupils from a village school.", [("made", "The gunmen")]),
        ("Masked men bundled the reporter into a van outside the station.", [("bundled", "Masked men")]),
        ("The militia has forcibly recruited hundreds of boys in the east.", [("recruited", "The militia")]),
        ("The women had been forced into marriage by rebel commanders.", [("forced", "rebel commanders")]),
        ("The girls were forced to marry fighters of the group.", [("forced", "")]),
        ("Gunmen spirited away 12 women from the well.", [("spirited", "Gunmen")]),
        ("The fighters took six nurses captive at the clinic.", [("took", "The fighters")]),
        ("The militants sold the girls into slavery.", [("sold", "The militants")]),
        # the entry's object is no second event: one row, with the doer of "forced"
        ("The rebels forced scores of women into sexual slavery.", [("forced", "The rebels")]),
        (
            "Rebels enslaved and trafficked dozens of women from the valley.",
            [("enslaved", "Rebels"), ("trafficked", "Rebels")],
        ),
    ],
)
def test_taking_people_is_harm(parse_text, text, expected):
    assert doers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive "taken": by an actor, or from a place
        ("My brothers were taken by men in uniform last spring.", ["taken"]),
        ("Forty villagers were taken from the market by gunmen.", ["taken"]),
        ("The 30 passengers, who were taken from a bus near Poru, are still missing.", ["taken"]),
        # care, custody and idioms
        ("The injured were taken to hospital by neighbours.", []),
        ("Six men were taken into custody after the riot.", []),
        ("The garrison was taken by surprise.", []),
        ("Nine soldiers were taken prisoner by the rebels.", []),
        ("Twelve nurses were taken captive by militants.", ["taken"]),
        ("Soldiers took the wounded to a field clinic.", []),
    ],
)
def test_taken_people(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things, places and power
        ("Protesters who had seized Kalashnikovs from a barracks fired on the police.", ["fired"]),
        ("The rebels took the airport after a day of shelling.", ["shelling"]),
        ("The officer took away the licences of two lorry drivers.", []),
        ("Floodwaters carried off two bridges in the north.", []),
        ("The herders drove away their goats before the rains.", []),
        ("A herdsman herded his cattle across the road.", []),
        # repelling a crowd or an attack; protection; a fight that drags on
        ("Police beat back the relatives at the gate of the morgue.", []),
        ("Troops beat back an assault by rebel fighters on the base.", ["assault"]),
        ("Bodyguards whisked the governor away to safety.", []),
        ("Rescuers dragged the children to safety.", []),
        ("The dispute over the budget dragged on for weeks.", []),
        # recruitment and conscription without force
        # lost trade, troop movements and arrests
        ("The unrest drove away tourists from the old town.", []),
        ("The colonel marched his troops to the river.", []),
        ("Officers bundled the suspect into a patrol car.", []),
        ("The army recruited 2,000 volunteers this spring.", []),
        ("The bank sold its shares into a falling market.", []),
        ("All men over 20 were conscripted into the army.", []),
    ],
)
def test_no_taking_of_people(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of taking that leads to the act the next verb names: one event
        ("Fighters dragged four men from a lorry and shot them by the road.", ["shot"]),
        ("Gunmen seized 20 passengers and marched them into the forest.", ["seized"]),
        ("Soldiers beat the student before driving him away.", ["beat"]),
        # different people: two events
        ("They shot dead nine men and took away dozens of women.", ["shot", "took"]),
        # alone, the taking is the act
        ("Militiamen dragged three farmers from their homes at night.", ["dragged"]),
    ],
)
def test_taking_that_leads_to_the_act(parse_text, text, expected):
    assert triggers(parse_text, text) == expected
