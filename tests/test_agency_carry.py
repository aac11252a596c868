"""Doers carried to an act by the words that govern it (helper session `carry`,
agency_dev9_carry.csv and the heldout4/heldout5 misses): taking part in an act,
playing a role in it, being involved in it, a quantifier over acts, a predicate
noun naming the doer ("the work of X"), suspicion falling on X, a claim of
responsibility with a statement naming the act, and a headline verb read as a
noun. Each rule with invented sentences, including sentences that must yield no
doer. Generic taxonomy (``actors=None``)."""

from __future__ import annotations

import pytest

import framing


def _events(parse_text, text):
    events = framing.find_harm_events(parse_text(text), context=False)
    return [(e.trigger, e.agent_head, e.agent_group, e.negated) for e in events]


# "took part in", "played a role in", "denied any role in": the frame noun is the verb's
# object and the parser hangs its preposition on the verb; "participated in", "were
# involved in" name the verb's subject as a doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers took part in the massacre, the court heard.", [("massacre", "soldiers", "state_forces", False)]),
        (
            "The militia denied that its fighters had taken part in the raid.",
            [("raid", "fighters", "armed_groups", True)],
        ),
        ("Rebels played a part in the looting of the town.", [("looting", "Rebels", "armed_groups", False)]),
        ("Police officers participated in the beatings.", [("beatings", "officers", "state_forces", False)]),
        ("Three soldiers were involved in the abduction.", [("abduction", "soldiers", "state_forces", False)]),
        (
            "Officials named the militants involved in the kidnapping.",
            [("kidnapping", "militants", "armed_groups", False)],
        ),
        ("A soldier who took part in the shooting was suspended.", [("shooting", "soldier", "state_forces", False)]),
        # must yield no doer: taking part in talks is no act, and a verb with no frame
        ("The rebels took part in the talks after the attack.", [("attack", "", "none", False)]),
        ("Soldiers arrived in the town after the massacre.", [("massacre", "", "none", False)]),
    ],
)
def test_taking_part_in_an_act_names_its_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A relative pronoun a frame names as the doer stands for the noun its clause modifies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The police, which have been accused of abuses, deny the charge.",
            [("abuses", "police", "state_forces", False)],
        ),
        (
            "The militia, which the government holds responsible for the bombing, denied it.",
            [("bombing", "militia", "armed_groups", False)],
        ),
    ],
)
def test_a_relative_pronoun_named_by_a_frame_is_resolved(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A quantifier counts acts: "behind most of the killings" is behind the killings.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army is behind most of the killings.", [("killings", "army", "state_forces", False)]),
        ("The report blamed many of the attacks on rebels.", [("attacks", "rebels", "armed_groups", False)]),
        # must yield no doer
        ("Most of the killings happened at night.", [("killings", "", "none", False)]),
    ],
)
def test_a_quantifier_over_acts_carries_the_frame(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A predicate noun names the doer of the act it is said of.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The killings were the work of militants.", [("killings", "militants", "armed_groups", False)]),
        (
            "Residents described the raid as an atrocity committed by soldiers.",
            [("raid", "soldiers", "state_forces", False), ("atrocity", "soldiers", "state_forces", False)],
        ),
        # must yield no doer: a predicate noun that names nobody
        ("The attack was the work of minutes.", [("attack", "", "none", False)]),
        ("The bombing was a turning point in the war.", [("bombing", "", "none", False)]),
    ],
)
def test_a_predicate_noun_names_the_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# Suspicion falling on X names X as the doer of the act nobody claimed or the act it is for.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No group claimed the bombing, but suspicion fell on the militants.",
            [("bombing", "militants", "armed_groups", False)],
        ),
        ("Suspicion for the shooting fell on rebels.", [("shooting", "rebels", "armed_groups", False)]),
        # must yield no doer: the act was claimed; suspicion with no act
        (
            "The rebels claimed the bombing, but suspicion fell on the police.",
            [("bombing", "rebels", "armed_groups", False)],
        ),
    ],
)
def test_suspicion_falls_on_the_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A claim of responsibility with a statement naming the act as its reported subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militants claimed responsibility, saying the attack was revenge.",
            [("attack", "militants", "armed_groups", False)],
        ),
        # must yield no doer: a denial of responsibility is no claim
        (
            "The militants denied responsibility, saying the attack was the act of criminals.",
            [("attack", "", "none", False)],
        ),
    ],
)
def test_a_claim_of_responsibility_names_the_act_of_its_statement(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A headline verb read as a root noun with a subject controls its participle of result.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen storm village school, killing 12 pupils",
            [("killing", "Gunmen", "armed_groups", False)],
        ),
        # the headline verb read inside a root noun phrase ("raid" / "attack" as premodifiers)
        (
            "Militants raid village, abducting 30",
            [("raid", "Militants", "armed_groups", False), ("abducting", "Militants", "armed_groups", False)],
        ),
        (
            "Rebels attack convoy, killing six soldiers",
            [("attack", "Rebels", "armed_groups", False), ("killing", "Rebels", "armed_groups", False)],
        ),
        # must not change: a full sentence keeps the verb's subject; a gerund on a noun its noun
        ("The militants firing on crowds were arrested.", [("firing", "militants", "armed_groups", False)]),
        (
            "Gunmen stormed the school, killing 12 pupils.",
            [("killing", "Gunmen", "armed_groups", False)],
        ),
    ],
)
def test_a_headline_verb_read_as_a_noun_controls_its_result(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "use" with a bare act noun, "cause" with a person, "plot": the subject does the act;
# the instrument of "used X to fire" is no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the rebels had used brutal violence.", [("violence", "rebels", "armed_groups", False)]),
        ("The inquiry found that soldiers caused many of the deaths.", [("deaths", "soldiers", "state_forces", False)]),
        (
            "Prosecutors charged two police officers with causing death by negligence.",
            [("death", "officers", "state_forces", False)],
        ),
        ("Militants used a school to fire on the troops.", [("fire", "Militants", "armed_groups", False)]),
        # must yield no doer: a definite act used as a pretext; a thing that causes deaths
        ("Officials used the attack as a pretext for arrests.", [("attack", "", "none", False)]),
        ("The blast caused most of the deaths.", []),
        # must not change: an object controls an ordinary infinitive
        ("The commander ordered troops to fire on the crowd.", [("fire", "troops", "state_forces", False)]),
    ],
)
def test_use_cause_and_instruments_name_the_subject(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# must not change: deaths caused by an act the sentence names are that act's (guidelines)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police opened fire on the march, causing several deaths.",
            [("opened fire", "Police", "state_forces", False)],
        ),
        ("The militia shelled the town and caused dozens of deaths.", [("shelled", "militia", "armed_groups", False)]),
    ],
)
def test_deaths_caused_by_a_named_act_stay_that_act(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "disciplined / jailed / sentenced over the act" names the punished as its doers, as "for" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were jailed over the killing of a student.", [("killing", "soldiers", "state_forces", False)]),
        ("The army disciplined three soldiers over the shooting.", [("shooting", "soldiers", "state_forces", False)]),
        ("The militia commander is wanted for the killings.", [("killings", "commander", "armed_groups", False)]),
        # must yield no doer: "over" after a verb with no frame
        ("Soldiers argued over the shooting.", [("shooting", "", "none", False)]),
    ],
)
def test_punished_over_an_act_names_its_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A negated frame that names the doer disowns the act (negated); a negative subject of
# "claim" does not ("no group claimed the attack": the attack happened).
@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The rebels did not take part in the massacre.", [True]),
        ("The army played no part in the killings.", [True]),
        ("Police officers never participated in the beatings.", [True]),
        ("The militia has never claimed an attack on civilians.", [True]),
        ("There was no evidence that soldiers caused any of the deaths.", [True]),
        ("The inquiry found no evidence that troops fired on the crowd.", [True]),
        # must stay affirmed
        ("No group claimed the bombing.", [False]),
        ("The rebels took part in the massacre.", [False]),
        ("The inquiry found evidence that troops fired on the crowd.", [False]),
        ("There is no doubt that troops fired on the crowd.", [False]),
    ],
)
def test_a_negated_frame_disowns_the_act(parse_text, text, negated):
    assert [e.negated for e in framing.find_harm_events(parse_text(text), context=False)] == negated


# More frames that name a doer: suspected in, the perpetrators of, traced to, took credit
# for, culpable / complicit in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers are suspected in the shooting.", [("shooting", "soldiers", "state_forces", False)]),
        ("Police named the rebels as the perpetrators of the attack.", [("attack", "rebels", "armed_groups", False)]),
        ("The rebels were the perpetrators of the attack.", [("attack", "rebels", "armed_groups", False)]),
        ("Investigators traced the bombing to militants.", [("bombing", "militants", "armed_groups", False)]),
        ("The rebels took credit for the ambush.", [("ambush", "rebels", "armed_groups", False)]),
        ("The army was complicit in the massacre.", [("massacre", "army", "state_forces", False)]),
        # must yield no doer: a frame word in another sense
        ("Investigators traced the call to a hotel after the bombing.", [("bombing", "", "none", False)]),
        ("The rebels took credit for the ceasefire after the ambush.", [("ambush", "", "none", False)]),
    ],
)
def test_more_frames_name_the_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# must not change: the speaker of a reporting verb and the accuser are never the doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses said the army killed three men.", [("killed", "army", "state_forces", False)]),
        ("Residents accused the police of the killings.", [("killings", "police", "state_forces", False)]),
        ("The rebels blamed the bombing on the army.", [("bombing", "army", "state_forces", False)]),
        ("The rebels condemned the bombing.", [("bombing", "", "none", False)]),
        ("Officials said it was too early to say who was behind the bombing.", [("bombing", "", "none", False)]),
    ],
)
def test_speakers_and_accusers_are_not_doers(parse_text, text, expected):
    assert _events(parse_text, text) == expected
