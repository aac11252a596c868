"""Responsibility carried to a harm act by an idiom of blame (framing.syntax.blame, framing.agency.blamed).

Invented sentences in the shapes of real reports of bombings and massacres: "bore the hallmarks of X",
"X were to blame for", "bears the blame for", "laid the blame for ... on X", "pointed the finger at X
for", "no group has claimed the attack, but ... X was responsible", a blast blamed on a doer or on an
act, a weapon or act noun whose relative clause lays it on X passing X to its verb, a statement that
claims an act naming its author, "the ambush, in which ... were killed", and negated frames ("was not
behind"). Near misses: the same idioms said of things that are no harm, a speaker, and an act in
another clause, which must keep their old reading.
"""

from __future__ import annotations

import pytest

import framing
from conftest import actor_taxonomy

TAXONOMY_ROWS = [
    ("agent", "state_forces", "phrase", "marovian"),
    ("agent", "state_forces", "head", "army"),
    ("agent", "state_forces", "head", "police"),
    ("agent", "state_forces", "head", "soldier"),
    ("agent", "armed_groups", "phrase", "thorn covenant"),
    ("agent", "armed_groups", "phrase", "lowland front"),
    ("agent", "armed_groups", "head", "militant"),
    ("agent", "armed_groups", "head", "rebel"),
    ("agent", "armed_groups", "phrase", "gang"),
]


@pytest.fixture(scope="module")
def taxonomy():
    return actor_taxonomy(TAXONOMY_ROWS)


def _events(parse_text, taxonomy, text):
    found = framing.find_harm_events(parse_text(text), actors=taxonomy, context=False)
    return {e.trigger.split()[-1]: (e.agent, e.agent_group, e.negated) for e in found}


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # "bore the hallmarks of X" (lead decision D2), also through "which" and "an operation carried out by X"
        ("The shooting bore the hallmarks of the Thorn Covenant, officials said.", "shooting", "Thorn", "armed_groups"),
        (
            "Nobody has claimed the beheadings, which bore the hallmarks of the Lowland Front.",
            "beheadings",
            "Lowland",
            "armed_groups",
        ),
        (
            "The ambush bore all the hallmarks of an operation carried out by the Thorn Covenant.",
            "ambush",
            "Thorn",
            "armed_groups",
        ),
        # "X were to blame for", "bears the blame for", "laid the blame for ... on X"
        (
            "A priest said Marovian soldiers were to blame for the killing of 12 farmers.",
            "killing",
            "Marovian",
            "state_forces",
        ),
        (
            "The report says the police bear the blame for the torture of two students.",
            "torture",
            "police",
            "state_forces",
        ),
        ("The governor laid the blame for the lynching on a gang from the port.", "lynching", "gang", "armed_groups"),
        # "pointed the finger at X for", the act's relative verb takes X too
        (
            "The minister pointed the finger at the Lowland Front for the ambush that killed nine guards.",
            "killed",
            "Lowland",
            "armed_groups",
        ),
        # nobody claimed it, but X was said to be responsible in a later clause
        (
            "No group has claimed the bombing, but investigators said an informant told them the Thorn Covenant "
            "was responsible.",
            "bombing",
            "Thorn",
            "armed_groups",
        ),
        # a bare verb of blame in a clause after a claim nobody made
        (
            "No one has claimed responsibility for the shooting, although police suspect the Lowland Front.",
            "shooting",
            "Lowland",
            "armed_groups",
        ),
        # the frame's "on" hung on the by-agent's object
        (
            "The beatings, blamed by witnesses on the police, went on for hours.",
            "beatings",
            "police",
            "state_forces",
        ),
        # a bare strike a frame lays on armed people is an act
        (
            "The strike, which villagers blamed on Marovian troops, was condemned abroad.",
            "strike",
            "Marovian",
            "state_forces",
        ),
        # a weapon or act noun whose relative clause lays it on X passes X to its verb
        (
            "A truck bomb, which officials blamed on the militants, killed 14 people near the market.",
            "killed",
            "militants",
            "armed_groups",
        ),
        # a blast blamed on an act takes that act's doer (D6)
        (
            "Doctors blamed a Marovian drone strike for the explosion at the clinic.",
            "explosion",
            "Marovian",
            "state_forces",
        ),
        # a text that claims an act names its author
        (
            "A communique from the Lowland Front took responsibility for the kidnapping of three engineers.",
            "kidnapping",
            "Lowland",
            "armed_groups",
        ),
        ("Responsibility for the massacre was claimed by the Thorn Covenant.", "massacre", "Thorn", "armed_groups"),
        # "which officials said killed": the relative pronoun is the subject of the reported clause
        (
            "The army blamed the Lowland Front for the ambush, which officials said killed six drivers.",
            "killed",
            "Lowland",
            "armed_groups",
        ),
        # the act a relative "in which" clause right after it names
        (
            "The rebels claimed the raid, in which four policemen were shot dead.",
            "shot",
            "rebels",
            "armed_groups",
        ),
    ],
)
def test_an_idiom_of_blame_names_the_doer(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert trigger in found
    assert agent in found[trigger][0]
    assert found[trigger][1] == group
    assert found[trigger][2] is False


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The army said the Lowland Front was not behind the massacre.", "massacre", "Lowland"),
        ("The ministry said Marovian soldiers were not responsible for the beating.", "beating", "Marovian"),
        ("The bishop said the rebels are not to blame for the killings.", "killings", "rebels"),
        ("The Lowland Front said it had nothing to do with the ambush.", "ambush", "it"),
        ("The Thorn Covenant denied having anything to do with the kidnapping.", "kidnapping", "Thorn"),
    ],
)
def test_a_negated_frame_of_blame_keeps_the_doer_and_negates(parse_text, taxonomy, text, trigger, agent):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
    assert found[trigger][2] is True


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a blast a frame of responsibility asks the doer of is an act, with no doer named (D6)
        ("It is still unclear who was behind the explosions near the barracks.", "explosions", True),
        ("Investigators want to know who was responsible for the blast.", "blast", True),
        # not a blast whose cause is asked ("who caused" is no frame of responsibility)
        ("It is unclear who caused the explosion at the paint factory.", "explosion", False),
    ],
)
def test_a_blast_whose_doer_is_asked_is_an_act(parse_text, taxonomy, text, trigger, expected):
    found = _events(parse_text, taxonomy, text)
    assert (trigger in found) is expected
    if expected:
        assert found[trigger][1] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said poor planning was to blame for the delays at the border.",
        "The minister said the new budget had nothing to do with the protests.",
        "The new stadium bore the hallmarks of the architect's earlier designs.",
        "Critics pointed the finger at the central bank for the collapse of the currency.",
        "The coach took the blame for the defeat and resigned on Monday.",
        "A statement from the club apologised for the late kick-off.",
        "Residents blamed the explosion on a faulty gas cylinder in the kitchen.",
        "The union blamed the strike on the company's refusal to raise wages.",
        "Ministers blamed the strike on the opposition and its allies in the unions.",
    ],
)
def test_an_idiom_of_blame_said_of_no_harm_makes_no_event(parse_text, taxonomy, text):
    assert _events(parse_text, taxonomy, text) == {}


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # the blame covers one act; a shooting in another clause keeps no doer
        (
            "Police blamed the gang for the arson attack on the depot, while a separate shooting killed two guards.",
            "killed",
            "",
            "none",
        ),
        # a negated bare frame after a claim nobody made names no doer
        ("Nobody has claimed the ambush, and the army said the rebels were not responsible.", "ambush", "", "none"),
        # a negated hallmark lays nothing on X
        ("The shooting did not bear the hallmarks of the Thorn Covenant.", "shooting", "", "none"),
        # an arrest after a claim nobody made names no doer
        ("No group has claimed the attack, and police arrested four men in the port.", "attack", "", "none"),
        # a speaker is never the doer
        ("Officials said the ambush bore the hallmarks of the Lowland Front.", "ambush", "Lowland", "armed_groups"),
        # a subject doer stays, whatever else is blamed
        (
            "Officials said soldiers shot dead a driver, and blamed the Thorn Covenant for the unrest.",
            "shot",
            "soldiers",
            "state_forces",
        ),
        # "the raid on the bank, in which ...": the clause may be about the bank, so no doer passes
        (
            "Police said the rebels had planned the raid on the bank, in which a clerk was wounded.",
            "wounded",
            "",
            "none",
        ),
    ],
)
def test_a_blame_does_not_reach_another_act_or_the_speaker(parse_text, taxonomy, text, trigger, agent, group):
    found = _events(parse_text, taxonomy, text)
    assert trigger in found
    assert found[trigger][1] == group
    assert (agent in found[trigger][0]) if agent else found[trigger][0] == ""


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # a frame noun's possessor is the one it is said of
        ("Marovian radio rejected claims of the Thorn Covenant's involvement in the bombing.", "bombing", "Thorn"),
        # "had a hand in", "had something to do with": the subject took part
        ("Prosecutors say two soldiers had a hand in the beating of the driver.", "beating", "soldiers"),
        ("Police believe the gang had something to do with the stabbing.", "stabbing", "gang"),
        # "accused X in the slayings"
        ("Farmers accused Marovian soldiers in the killing of their headman.", "killing", "Marovian"),
        # "linked the bombing to X" (the act as object) and "linked X to the bombing" (X as object)
        ("Prosecutors linked the shooting to the Thorn Covenant.", "shooting", "Thorn"),
        ("Prosecutors linked the Thorn Covenant to the shooting.", "shooting", "Thorn"),
        # a quantifier over the act stands for it
        ("The inquiry found that the militants were responsible for much of the looting.", "looting", "militants"),
    ],
)
def test_a_frame_reaches_the_act_through_a_possessor_or_a_quantifier(parse_text, taxonomy, text, trigger, agent):
    found = _events(parse_text, taxonomy, text)
    assert agent in found[trigger][0]
