"""Harm triggers of the ninth round (heldout4/heldout5 misses and false
alarms, `agency_dev9_triggers.csv`): deaths named by their mechanism
("drowned", "suffocated") or a cause of death ("died of smoke inhalation"),
wrecking named by a property verb with a building or vehicle as patient
("her home gutted", "pulled down the home of"), a building hit in the
passive with no doer, shot and fire nouns ("gunshots", "friendly fire"),
"degrading treatment", a harm noun naming an attempt, a label as an object
complement ("branded the bombing a war crime"), an abstract patient that
makes a harm verb a metaphor ("murdered the economy", "torched what
remained of public faith"), a fiction scene showing a harm verb, the path
of an act ("bombings tore through"), starting a fire, a death caused by a
person or blamed on an activity, slogans ("chanted 'hang him'") and
reprisals named as a pattern.

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
        # a death named by its mechanism, the victim as subject
        ("Forty migrants drowned when their boat sank off Cape Varo.", ["drowned"]),
        ("Nine fans suffocated in the crush at the north gate.", ["suffocated"]),
        ("Several workers asphyxiated in the flooded tunnel.", ["asphyxiated"]),
        ("Militiamen drowned four captives in the river.", ["drowned"]),
        ("The fire spread through the cells, suffocating dozens of inmates.", ["suffocating"]),
        ("Six people choked to death on the smoke.", ["choked"]),
        # a death tied to a cause or mechanism
        ("Most of the guests died of smoke inhalation, the coroner said.", ["died"]),
        ("Three divers died from carbon monoxide poisoning.", ["died"]),
        ("The boy died of burns a week later.", ["died"]),
        ("Two protesters died of gunshot wounds in hospital.", ["died"]),
        # a property verb with a building or vehicle as patient
        ("Rioters pulled down the house of a shopkeeper in Orvo.", ["pulled"]),
        ("She came home to find her shop gutted.", ["gutted"]),
        ("Arsonists gutted the union's offices overnight.", ["gutted"]),
        ("A police car was overturned and torched outside the stadium.", ["overturned", "torched"]),
        ("The crowd smashed shops and cars along the main road.", ["smashed"]),
        ("Their homes were broken into and looted.", ["broken", "looted"]),
        ("Gunmen broke into the clinic before dawn.", ["broke"]),
        # a building hit in the passive, no doer named
        ("The army admitted that the clinic had been hit by mistake.", ["hit"]),
        # an impact verb in the passive that happened in a harm act
        ("The village was flattened in a bombing raid on Monday.", ["flattened", "raid"]),
        # shot and fire nouns
        ("Villagers heard gunshots throughout the night.", ["gunshots"]),
        # a blast only heard is no act (lead decision D6, which reverses the heard_noun reading)
        ("She said she heard the second explosion from her shop.", []),
        ("The blasts could be heard across the valley.", []),
        ("A corporal was killed by friendly fire near Velm.", ["killed", "friendly"]),
        # ill-treatment named as treatment; an attempt named by its act
        ("The inquiry condemned the inhuman and degrading treatment of prisoners.", ["degrading"]),
        ("The minister survived an assassination attempt in Velm.", ["assassination"]),
        # a bare strike aimed at people or a building or vehicle
        ("A second strike hit medics who had rushed to help the wounded.", ["strike", "hit"]),
        ("The strike on the convoy killed four drivers.", ["strike", "killed"]),
        # euphemisms of harm to civilians and of a suicide attack
        ("The army admitted the raid may have caused collateral damage.", ["raid", "collateral"]),
        ("The group said two of its fighters carried out the martyrdom operation.", ["martyrdom"]),
        # poisoning a person; a killing named by its legal term
        ("The opposition leader was poisoned with a nerve agent.", ["poisoned"]),
        ("Police are investigating the homicide of a taxi driver.", ["homicide"]),
        # the path of an act named as its subject
        ("Two suicide bombings tore through the crowded bus station.", ["bombings", "tore"]),
        # starting a fire, by a person
        ("Police said a guard had started the blaze in the east wing.", ["started"]),
        ("The fire was started by two inmates.", ["started"]),
        # a death caused by a person, or blamed on an activity
        ("The owner was charged with causing death by negligence.", ["death"]),
        ("There was no proof that the guards caused any of the deaths.", ["deaths"]),
        ("Investigators blamed the deaths on overcrowding.", ["deaths"]),
    ],
)
def test_found(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death verb with no victim, or a listed sense
        ("The music drowned out the speeches.", []),
        ("Small businesses are drowning in debt after the crisis.", []),
        ("The economy suffocated under the sanctions.", []),
        ("She choked back tears as she spoke.", []),
        ("The ferry overturned near the pier.", []),
        # a property verb with no building or vehicle as patient
        ("The court overturned the verdict on appeal.", []),
        ("The reforms gutted the labour law.", []),
        ("Fans were gutted by the defeat.", []),
        ("Protesters pulled down a statue of the general.", []),
        ("The sprinter smashed the world record in Velm.", []),
        ("The crowd broke into applause.", []),
        # an impact verb of damage, or a building hit by a named cause
        ("The house got damaged in the storm.", []),
        ("The school was hit by a power cut on Monday.", []),
        ("Whole streets were flattened in the earthquake.", []),
        # an explosion not named as heard stays a weapon or a cause
        ("Our correspondent reports heavy explosions in the east.", []),
        ("A gas explosion at the mine killed nine workers.", ["killed"]),
        # a wound is not a shot fired
        ("Doctors treated twelve people for gunshot wounds.", []),
        # an abstract patient: a metaphor
        ("Critics said the tariffs had murdered the fishing industry.", []),
        ("The opposition said the minister had murdered the economy.", []),
        ("His reputation was shot to pieces by the recordings.", []),
        ("The scandal torched what remained of public faith in the police.", []),
        ("The verdict torched whatever trust remained in the courts.", []),
        # protest burning of tyres harms no one's property
        ("Supporters torched tyres and blocked the highway.", []),
        # a label of an act already named
        ("The charity branded the bombing a war crime.", ["bombing"]),
        ("The envoy called the shelling a crime against humanity.", ["shelling"]),
        ("Rights groups condemned the attack and called it a war crime.", ["attack"]),
        ("The general was convicted of war crimes.", ["war"]),
        # a bomb blast on a path verb is an act; the path verb gets no row (lead decision D6); a storm is not
        ("The blast tore through the market.", ["blast"]),
        ("The storm ripped through the coastal towns.", []),
        # a fire started by no person or actor, or with no object
        ("An electrical fault started the fire.", []),
        ("Campers started a fire to keep warm.", []),
        # a labour strike
        ("A rail strike hit commuters across the south.", []),
        ("The strike on Monday closed the ports.", []),
        # poisoning with no person as patient
        ("The row has poisoned relations between the two capitals.", []),
        ("The spill poisoned the river near the mine.", []),
        ("A fire started in the kitchen of the hotel.", []),
        # a death caused by a thing, or blamed on a doer the taxonomy reads elsewhere
        ("Heart failure caused his death.", []),
        ("Troops fired on the crowd, causing dozens of deaths.", ["fired"]),
        # a slogan is no act; a reported act after a verb of crying out is one
        ('Protesters chanted "hang him" outside the court.', []),
        ('The crowd shouted "burn it down" at the gates.', []),
        ("Witnesses shouted that soldiers were beating a boy.", ["beating"]),
        # reprisals named as a pattern
        ("Analysts warned of a cycle of reprisals in the valley.", []),
        # a fiction scene, not an event; footage of a real event is one
        ("The film's opening scene shows soldiers burning a village.", []),
        ("Footage from the square shows soldiers beating protesters.", ["beating"]),
    ],
)
def test_not_found_or_kept(parse_text, text, expected):
    assert triggers(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Rioters pulled down the house of a shopkeeper in Orvo.", "Rioters"),
        ("She came home to find her shop gutted.", ""),
        ("Forty migrants drowned when their boat sank off Cape Varo.", ""),
        ("A corporal was killed by friendly fire near Velm.", ""),
        ("The colonel was accused of plotting the assassination attempt.", "The colonel"),
        ("Police said a guard had started the blaze in the east wing.", "a guard"),
        ("The owner was charged with causing death by negligence.", "The owner"),
        # a cause blamed for the deaths names no doer (framing.agency.things; once a strict xfail)
        ("Investigators blamed the deaths on overcrowding.", ""),
        ("Two suicide bombings tore through the crowded bus station.", ""),
    ],
)
def test_agent(parse_text, text, agent):
    found = events(parse_text, text)
    assert found and found[0].agent == agent
