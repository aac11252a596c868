"""Whose side an agent phrase names (framing.agency.owners and phrase(drop_agents=True)).

Invented sentences. A small taxonomy in which the armed groups and the state forces field
forces (they list a retinue noun: fighter, soldier, troops) and the government does not.
"""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "head", "troop"),
        ("agent", "state_forces", "head", "troops"),
        ("agent", "state_forces", "head", "guard"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "armed_groups", "phrase", "rebel"),
        ("agent", "armed_groups", "phrase", "militia"),
        ("agent", "armed_groups", "head", "fighter"),
        ("agent", "armed_groups", "head", "warlord"),
        ("agent", "government", "head", "president"),
        ("agent", "government", "head", "minister"),
        ("agent", "government", "phrase", "osk"),
    ],
)


def _events(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent_head", "agent_group")


# A possessed retinue noun serves its owner: the owner's group when it fields forces, else the
# noun's own group without its possessor; a pronoun owner only from a subject antecedent.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The warlord's bodyguards beat the journalist.", [("beat", "bodyguards", "armed_groups")]),
        ("The warlord's men abducted dozens of boys.", [("abducted", "men", "armed_groups")]),
        ("The warlord's forces looted the market.", [("looted", "forces", "armed_groups")]),
        ("The militia commander said his troops had burned the village.", [("burned", "troops", "armed_groups")]),
        (
            "The rebel chief admitted that some of his soldiers had killed prisoners.",
            [("killed", "some", "armed_groups")],
        ),
        # an owner that fields no forces: the retinue noun's own group, not the owner's
        ("The president's guards fired on the protesters.", [("fired", "guards", "state_forces")]),
        ("The minister's soldiers shot five students.", [("shot", "soldiers", "state_forces")]),
        ("President Osk's guards beat the protesters.", [("beat", "guards", "state_forces")]),
        # must not change
        ("The army said its soldiers had killed four attackers.", [("killed", "soldiers", "state_forces")]),
        ("The farmer's sons beat the thief.", [("beat", "sons", "other")]),
        ("Villagers said the army's allied militia killed 11 herders.", [("killed", "militia", "armed_groups")]),
        # a pronoun whose nearest actor is no subject does not overrule the noun's own group
        (
            "Fighting broke out between the rebels and an army convoy, and its fighters attacked the market.",
            [("attacked", "fighters", "armed_groups")],
        ),
    ],
)
def test_a_possessed_retinue_noun_takes_its_owners_group(parse_text, text, expected):
    found = [event for event in _events(parse_text, text) if event[0] != "Fighting"]
    assert found == expected


# A place or a count after "by" is where or how many, not who.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A migrant was shot dead by the roadside near the crossing.", [("shot", "", "none")]),
        ("The victims were shot by the river and buried.", [("shot", "", "none")]),
        ("The convoy was attacked by the side of the highway.", [("attacked", "", "none")]),
        ("Farmers were killed by the dozen.", [("killed", "", "none")]),
        # must not change
        ("Four men were shot by police at a checkpoint.", [("shot", "police", "state_forces")]),
        ("The mayor was stabbed by a man who had waited by the roadside.", [("stabbed", "man", "other")]),
    ],
)
def test_a_place_after_by_is_no_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


def test_place_by_object_reads_the_noun(parse_text):
    from framing.agency.owners import place_by_object
    from framing.syntax import by_agent, parse_tree

    tree = parse_tree(parse_text("He was shot by the roadside."))
    verb = next(tree.node(i) for i in range(len(tree)) if tree.text[i] == "shot")
    assert place_by_object(by_agent(verb))
    tree = parse_tree(parse_text("He was shot by a soldier."))
    verb = next(tree.node(i) for i in range(len(tree)) if tree.text[i] == "shot")
    assert not place_by_object(by_agent(verb))
    assert not place_by_object(None)


# The group is read without the by-agent of a verb inside the agent phrase (another actor acting
# on the head), except after a verb of command.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militias backed by the army looted the market.", [("looted", "Militias", "armed_groups")]),
        ("Gunmen backed by the police attacked the market.", [("attacked", "Gunmen", "other")]),
        (
            "The senator was gunned down by a lone man who was later shot by police.",
            [("gunned", "man", "other"), ("shot", "police", "state_forces")],
        ),
        # must not change: a commander's side stays
        ("Troops led by a rebel general shelled the town.", [("shelled", "Troops", "armed_groups")]),
        ("Soldiers loyal to the rebel general shelled the town.", [("shelled", "Soldiers", "armed_groups")]),
        ("Police officers shot two protesters.", [("shot", "officers", "state_forces")]),
    ],
)
def test_the_group_leaves_out_other_actors_by_agents(parse_text, text, expected):
    assert _events(parse_text, text) == expected


def test_phrase_drop_agents_keeps_the_text_otherwise(parse_text):
    from framing.syntax import parse_tree, phrase

    tree = parse_tree(parse_text("Militias backed by the army looted the market."))
    head = tree.node(0)
    assert phrase(head) == "Militias backed by the army"
    assert phrase(head, drop_agents=True) == "Militias backed"


# "implicate X in" names the doer, as "accuse X of" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inquiry implicated the army in the killings.", [("killings", "army", "state_forces")]),
        ("Militia fighters were implicated in the massacre.", [("massacre", "fighters", "armed_groups")]),
        # must not change
        ("The inquiry found no link to the killings.", [("killings", "", "none")]),
    ],
)
def test_implicated_in_names_the_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# Who orders, directs, plans or leads an act owns it (verb_subject frames of agent_frames.csv).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel leaders ordered the massacre.", [("massacre", "leaders", "armed_groups")]),
        (
            "Prosecutors accused the police commander of directing the torture of detainees.",
            [("torture", "commander", "state_forces")],
        ),
        ("The militia had planned the raid on the bank.", [("raid", "militia", "armed_groups")]),
        ("The raid was led by army commandos.", [("raid", "commandos", "state_forces")]),
        # must not change: the act is no object of the verb
        ("The minister ordered an investigation into the killings.", [("killings", "", "none")]),
        ("Police led the investigation into the shooting.", [("shooting", "", "none")]),
    ],
)
def test_who_orders_or_leads_an_act_owns_it(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A weapon or vehicle said to belong to an actor stands for that actor.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The village was bombed by aircraft believed to belong to the army.", [("bombed", "army", "state_forces")]),
        ("Aircraft belonging to the militia bombed the village.", [("bombed", "militia", "armed_groups")]),
        # must not change
        ("Aircraft bombed the village.", [("bombed", "", "none")]),
        ("The village was bombed by aircraft that flew in from the north.", [("bombed", "", "none")]),
    ],
)
def test_a_weapon_said_to_belong_to_an_actor_stands_for_it(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A state of affairs as the subject of a harm verb is no doer, unless it names its sides.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The feud has killed 40 people since 2015.", [("killed", "", "none")]),
        ("The conflict has killed thousands of civilians.", [("killed", "", "none")]),
        # must not change
        ("The war between the army and the rebels has killed thousands.", [("killed", "army", "mutual")]),
        ("The militia has killed thousands of civilians.", [("killed", "militia", "armed_groups")]),
    ],
)
def test_a_state_of_affairs_is_no_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A gerund under a predicative adjective ("guilty of ordering") is controlled by the one the
# adjective is said of: the object of a verb that has one, else its subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army commander was found guilty of ordering the shelling of the market.",
            [("shelling", "commander", "state_forces")],
        ),
        (
            "The rebel general was found responsible for ordering the killings.",
            [("killings", "general", "armed_groups")],
        ),
        # must not change: a noun after the adjective keeps its frame reading
        ("The militia was found guilty of the killings.", [("killings", "militia", "armed_groups")]),
    ],
)
def test_a_gerund_under_a_predicative_adjective(parse_text, text, expected):
    assert _events(parse_text, text) == expected


def test_controller_of_a_gerund_under_a_predicative_adjective(parse_text):
    from framing.syntax import controller, parse_tree

    tree = parse_tree(parse_text("The colonel was found guilty of ordering the shelling."))
    gerund = next(tree.node(i) for i in range(len(tree)) if tree.text[i] == "ordering")
    assert controller(gerund).text == "colonel"


# The "of" object of a noun of prosecution is named as the doer of its "for" act.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters demanded the arrest of three soldiers for the killing of a student.",
            [("killing", "soldiers", "state_forces")],
        ),
        (
            "The court upheld the conviction of two militia fighters for the massacre.",
            [("massacre", "fighters", "armed_groups")],
        ),
        # must not change: no noun of prosecution
        ("The report of the commission for the killings was published.", [("killings", "", "none")]),
    ],
)
def test_the_accused_of_a_prosecution_noun_did_its_act(parse_text, text, expected):
    assert _events(parse_text, text) == expected
