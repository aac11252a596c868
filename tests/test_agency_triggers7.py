"""Harm triggers of the seventh round, found by a probe of real news
excerpts: 'slain' as an adjective, 'those shot by', 'set ... on fire' with
the preposition hung inside the object, blade, scalding and smothering verbs, a
text noun a force's name makes a position ("an attack on an army post"),
arson in the passive ("fires were set by"), reprisal named as a motive or
a risk, 'crimes' as the label of acts named before a copula, and
'coordinate' as a support verb.

Invented sentences, written for these tests.
"""

from __future__ import annotations

import pytest

import framing
from conftest import trigger_heads as triggers


def events(parse_text, text):
    return framing.find_harm_events(parse_text(text), context=False)




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'slain' as an adjective: a killing named through its victims
        ("Mourners gathered for the funerals of the slain officers in Varno.", ["slain"]),
        ("Two officers were slain by gunmen in Varno.", ["slain"]),
        # blades, scalding, smothering: harm with a person as patient
        ("Militiamen were accused of slashing three farmers to death near Korra.", ["slashing"]),
        ("A guard was slashed with a machete at the gate.", ["slashed"]),
        ("Dozens of prisoners were scalded with boiling water by guards.", ["scalded"]),
        ("Witnesses said soldiers were smothering the detainees with plastic bags.", ["smothering"]),
        # a text noun that a force's name modifies is its position or unit
        ("The army reported an attack by the Tarsu Front on an army post near Velm.", ["attack"]),
        ("The Tarsu Front claimed an attack on a police post near Velm.", ["attack"]),
        # arson in the passive
        ("Fires were set by the militia in the market district.", ["set"]),
        ("Fires were set in the market overnight.", ["set"]),
        # an irregular participle the tagger reads as a noun after "those"
        ("Among those shot by police was a fourteen-year-old boy.", ["shot"]),
        ("Two of those shot by snipers died in hospital.", ["shot"]),
        # "on fire" hung inside the object or another phrase of "set"
        ("The attackers set dozens of homes and a school on fire.", ["set"]),
        ("Gunmen set houses in three villages on fire overnight.", ["set"]),
        ("Rioters set houses, shops and cars on fire in Orvo.", ["set"]),
        # reprisals as acts
        ("The army carried out reprisals against villagers in Orvo.", ["reprisals"]),
        ("Reprisals by the militia killed twelve farmers.", ["Reprisals", "killed"]),
        # a label noun that is the only act named, or not after a copula
        ("The general was convicted of war crimes.", ["war"]),
        ("The report listed war crimes committed by both armies.", ["war"]),
    ],
)
def test_found(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # must not change: no person as patient
        ("The airline slashed prices and jobs last year.", []),
        ("Careful cooks never scald the milk.", []),
        ("Firefighters smothered the flames with foam.", []),
        # 'shot' as a noun
        ("A shot rang out near the gate.", []),
        ("The striker's shot went wide.", []),
        ("Those shots by the striker won the game.", []),
        # 'set' with a fire that is no arson
        ("The chef set the pans on the stove near the fire.", []),
        # a text noun is still a text
        ("The senator launched an attack on the police in a post on social media.", []),
        ("Fans attacked the coach in a newspaper column.", []),
        # 'set' with an object that is no fire
        ("The table was set for dinner.", []),
        ("The record was set by a runner from Velm.", []),
        # reprisal as a motive or a risk
        ("Many residents did not speak out for fears of reprisal.", []),
        ("Witnesses spoke on condition of anonymity for fear of reprisals.", []),
        ("Residents feared reprisals from the army.", []),
        ("Youths burned two settlements in reprisal, police said.", ["burned"]),
        # 'crimes' as a label of acts named as the copula's subject
        ("Investigators said the killings were crimes against humanity.", ["killings"]),
        ("The shelling of the hospital was a war crime, the envoy said.", ["shelling"]),
        ("The killings and rapes in Orvo are crimes that must be punished.", ["killings", "rapes"]),
        ("The shelling of the hospital, a war crime under international law, killed nine.", ["shelling", "killed"]),
        ("Rights groups described the executions as crimes against humanity.", ["executions"]),
        ("The militia committed crimes against villagers in Orvo.", ["crimes"]),
        # seizing things or territory is no harm
        ("Rebels seized the town and two trucks of grain.", []),
        ("Police seized the weapons of the gang.", []),
        ("Gunmen seized three aid workers from their car.", ["seized"]),
    ],
)
def test_not_found_or_kept(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The massacre was allegedly coordinated by the Velm militia.", "the Velm militia"),
        ("The raids were coordinated by the army.", "the army"),
        ("Fires were set by the militia in the market district.", "the militia"),
    ],
)
def test_agent(parse_text, text, agent):
    found = events(parse_text, text)
    assert found and found[0].agent.startswith(agent)
