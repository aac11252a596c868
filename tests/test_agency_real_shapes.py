"""Shapes of real news prose the agent rules missed (agency_dev8): an anonymous doer named by a
definite noun, a target phrase hung on the by-agent of an act, a second subject the parser joined
to the first clause's object, acts listed under a label noun, one possessor for a list of acts.

Invented sentences, with must-not-change cases for each rule.
"""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows
from framing.syntax import phrase, subject

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "head", "troop"),
        ("agent", "state_forces", "head", "troops"),
        ("agent", "state_forces", "head", "officer"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "state_forces", "phrase", "junta"),
        ("agent", "armed_groups", "phrase", "rebel"),
        ("agent", "armed_groups", "phrase", "militia"),
        ("agent", "armed_groups", "phrase", "gang"),
        ("agent", "armed_groups", "head", "fighter"),
        ("agent", "armed_groups", "head", "gunman"),
        ("agent", "armed_groups", "head", "gunmen"),
        ("agent", "armed_groups", "head", "militant"),
        ("agent", "armed_groups", "head", "bandit"),
        ("agent", "civilians", "head", "protester"),
        ("agent", "civilians", "head", "rioter"),
        ("agent", "civilians", "head", "villager"),
    ],
)


def _events(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group")


def _groups(parse_text, text):
    return [(trigger, group) for trigger, _, group in _events(parse_text, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite anonymous doer is not the police officer who reports it, nor the soldiers it fought
        ("Sergio Lam, a police officer in Tarvo, said the attacker shot a cashier.", [("shot", "other")]),
        ("An army spokesman said the assailants had stabbed two guards.", [("stabbed", "other")]),
        ("When soldiers arrived, the men opened fire on them.", [("opened fire", "other")]),
        ("Police officers said the killers had burned the farmhouse.", [("burned", "other")]),
        # must not change: a description the taxonomy knows, an owner's pronoun, an organisation noun
        ("A police officer said the gunman shot a cashier.", [("shot", "armed_groups")]),
        ("The rebel commander said his fighters had ambushed the convoy.", [("ambushed", "armed_groups")]),
        ("The army said its soldiers had killed four militants.", [("killed", "state_forces")]),
    ],
)
def test_anonymous_doers_keep_their_own_group(parse_text, text, expected):
    assert _groups(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "group"),
    [
        # the parser hangs the act's target on its doer: "on the police post" is not part of the doer
        ("An attack by bandits on a police van injured three officers.", "attack", "bandits", "armed_groups"),
        ("A raid by rioters on the army depot wounded a guard.", "raid", "rioters", "civilians"),
        (
            "An attack by militants against the police station killed two officers.",
            "attack",
            "militants",
            "armed_groups",
        ),
        ("An attack by police on the camp killed four protesters.", "attack", "police", "state_forces"),
        # must not change: a doer's own "of" phrase stays ("members of the gang")
        ("An attack by members of the gang left two dead.", "attack", "members of the gang", "armed_groups"),
    ],
)
def test_a_target_phrase_is_not_part_of_the_by_agent(parse_text, text, trigger, agent, group):
    found = {t: (a, g) for t, a, g in _events(parse_text, text)}
    assert found[trigger] == (agent, group)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the second subject the parser joined to the first clause's object ("fire and police")
        ("The gunmen opened fire and police returned fire, killing one of them.", "returned fire", "police"),
        ("Militants attacked the checkpoint and soldiers killed two of them.", "killed", "soldiers"),
        ("Rebels ambushed the convoy and the soldiers fired back.", "fired", "the soldiers"),
        # must not change: one doer for both verbs, and a coordinated object
        ("The gunmen stormed the bank and shot the guard.", "shot", "The gunmen"),
        ("Soldiers burned the houses and the granary.", "burned", "Soldiers"),
    ],
)
def test_a_subject_joined_to_the_previous_object(parse_text, text, trigger, expected):
    found = {t: a for t, a, _ in _events(parse_text, text)}
    assert found[trigger] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause after a verb of saying or thinking keeps its coordinated subject
        "Witnesses said the army and the militia shelled the town.",
        "Residents believe the army and the militia shelled the town.",
    ],
)
def test_a_real_coordinated_subject_is_kept(parse_text, text):
    doc = parse_text(text)
    verb = next(t for t in doc if t.text == "shelled")
    from framing.syntax import parse_tree

    node = parse_tree(doc).node(verb.i)
    assert phrase(subject(node)) == "the army and the militia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts listed under a label noun after a verb of responsibility share its doer
        (
            "Monitors accused the army of war crimes including the execution of prisoners.",
            ("execution", "state_forces"),
        ),
        (
            "The report blamed the militia for abuses that included the rape of women.",
            ("rape", "armed_groups"),
        ),
        (
            "Investigators accused the rebels of crimes including the abduction of two nurses"
            " and the burning of a clinic.",
            ("burning", "armed_groups"),
        ),
        # must not change: an example list under a noun, and a plain frame
        ("The army was accused of atrocities, including the killing of 20 villagers.", ("killing", "state_forces")),
        ("Rights groups accused police of shooting protesters.", ("shooting", "state_forces")),
    ],
)
def test_listed_acts_share_the_doer_of_the_label(parse_text, text, expected):
    assert expected in _groups(parse_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one possessor for a list of bare act nouns
        (
            "Villagers fled the militia's looting, arson and killings.",
            [("looting", "armed_groups"), ("arson", "armed_groups"), ("killings", "armed_groups")],
        ),
        (
            "The junta's air raids and artillery attacks killed dozens.",
            [("raids", "state_forces"), ("attacks", "state_forces"), ("killed", "state_forces")],
        ),
        # the later acts hung on the first act's target ("on farms, kidnappings and killings")
        (
            "Villagers fled the militia's raids on farms, kidnappings and killings.",
            [("raids", "armed_groups"), ("kidnappings", "armed_groups"), ("killings", "armed_groups")],
        ),
        # must not change: a conjunct with its own determiner is a separate act
        ("The army's shelling and an ambush left nine dead.", [("shelling", "state_forces"), ("ambush", "none")]),
    ],
)
def test_a_possessor_is_shared_by_bare_conjuncts(parse_text, text, expected):
    found = _groups(parse_text, text)
    for item in expected:
        assert item in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame's preposition hung on a place noun between the object and the act
        ("Monitors accused the militia in Dorna of the killings.", ("killings", "armed_groups")),
        ("Residents blamed the army in Tarvo for the shelling of the market.", ("shelling", "state_forces")),
        # must not change: a place inside the act's own phrase
        ("Monitors accused the army of shelling the hospital in Varro.", ("shelling", "state_forces")),
    ],
)
def test_a_frame_across_a_place_phrase(parse_text, text, expected):
    assert expected in _groups(parse_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act in the "with" phrase of a verb of response is the subject's
        ("The rebels fired rockets and the army responded with air strikes.", ("air strikes", "state_forces")),
        ("Police retaliated with gunfire.", ("gunfire", "state_forces")),
        # must not change: a passive names the victim as subject; "hit" without "back" is no response
        ("The town was hit with shelling.", ("shelling", "none")),
        ("The militants hit the base with shelling.", ("shelling", "none")),
    ],
)
def test_a_response_with_an_act(parse_text, text, expected):
    assert expected in _groups(parse_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive frame whose by-phrase stands between the verb and the frame's preposition
        ("The militia was accused by monitors of attacks on aid convoys.", ("attacks", "armed_groups")),
        # must not change: the plain passive frame
        ("The militia was accused of attacks on aid convoys.", ("attacks", "armed_groups")),
    ],
)
def test_a_passive_frame_across_a_by_phrase(parse_text, text, expected):
    assert expected in _groups(parse_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to death" with no object: the subject is the victim, not the doer
        ('"Some were shot, many burned to death in their huts," a survivor said.', ("burned", "none")),
        ("Three prisoners burned to death in their cells.", ("burned", "none")),
        # must not change: an object makes it active; a by-agent still names the doer
        ("Soldiers beat the driver to death.", ("beat", "state_forces")),
        ("Two men were beaten to death by rioters.", ("beaten", "civilians")),
    ],
)
def test_to_death_without_an_object_names_the_victim(parse_text, text, expected):
    found = [(t.split()[0], g) for t, g in _groups(parse_text, text)]
    assert expected in found
