"""A bare harm gerund named as the occasion of a passive or a death ("were wounded in
shelling by the army") is the act named like a noun: its doer is its own (a by-agent,
an actor modifier), never the clause's subject, who is the victim."""

from __future__ import annotations

import pytest

from conftest import actor_taxonomy, harm_rows

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "head", "army"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "armed_groups", "phrase", "rebel"),
        ("agent", "armed_groups", "head", "militia"),
    ],
)


def _events(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gerund's by-agent is the doer of the gerund and of the passive it is the occasion of
        (
            "Two people were wounded in shelling by the army overnight.",
            [("wounded", "the army", "state_forces"), ("shelling", "the army", "state_forces")],
        ),
        (
            "Homes were destroyed during shelling by the militia.",
            [("destroyed", "the militia", "armed_groups"), ("shelling", "the militia", "armed_groups")],
        ),
        # a death in the act: the one who died is not the one who shelled
        ("Five civilians died during shelling by rebel forces.", [("shelling", "rebel forces", "armed_groups")]),
        # no doer named: none, not the victims
        ("A boy was hurt in shelling.", [("hurt", "", "none"), ("shelling", "", "none")]),
        ("The town was hit with shelling on Monday.", [("shelling", "", "none")]),
        ("The area was hit with heavy shelling by the army.", [("shelling", "the army", "state_forces")]),
        # must not change: "charged with" a gerund with its own object is a clause of the charged
        ("Soldiers were charged with shooting protesters.", [("shooting", "Soldiers", "state_forces")]),
        # must not change: a gerund with its own object is a clause, whose subject is the verb's
        (
            "Three soldiers were killed in attacking the base.",
            [("killed", "", "none"), ("attacking", "Three soldiers", "state_forces")],
        ),
        (
            "Rebels ambushed a convoy in the north, killing 12 soldiers.",
            [("ambushed", "Rebels", "armed_groups"), ("killing", "Rebels", "armed_groups")],
        ),
        (
            "Civilians were killed in a rebel attack.",
            [("killed", "rebel", "armed_groups"), ("attack", "rebel", "armed_groups")],
        ),
    ],
)
def test_a_bare_gerund_of_occasion_has_its_own_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


def test_a_modifier_the_parser_strands_as_the_prepositions_object(parse_text):
    """ "in enemy shelling overnight" is parsed with "enemy" as the object of "in" and
    "shelling" as a clause of its own: the object is then the gerund's modifier and doer."""
    from framing.agency.nominals import stranded_object
    from framing.syntax import parse_tree

    text = "Two people were wounded in enemy shelling overnight."
    doc = parse_text(text)
    tree = parse_tree(doc)
    shelling = tree.node(next(t.i for t in doc if t.text == "shelling"))
    assert (shelling.dep_, doc[shelling.i - 1].dep_) == ("advcl", "pobj")  # the misparse this rule is for
    assert stranded_object(shelling).text == "enemy"
    assert _events(parse_text, text) == [("wounded", "enemy", "other"), ("shelling", "enemy", "other")]
    # a stranded word that names no one is no doer
    assert _events(parse_text, "Two people were wounded in heavy shelling overnight.") == [
        ("wounded", "", "none"),
        ("shelling", "", "none"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reciprocal act with its own "between" sides keeps them, whatever the harm verb's by-agent
        (
            "She was killed by a stray bullet during a shootout between the gang and police.",
            [("killed", "", "none"), ("shootout", "the gang and police", "mutual")],
        ),
        (
            "Police killed two men in clashes between protesters and troops.",
            [("killed", "Police", "other"), ("clashes", "protesters and troops", "mutual")],
        ),
        # "left X dead and dozens wounded": the gapped small clause of "leave", not "dozens" as doers
        (
            "Clashes between rival militias left nine people dead and dozens wounded.",
            [("Clashes", "rival militias", "mutual"), ("wounded", "rival militias", "mutual")],
        ),
        # must not change: an act without sides takes the occasion's doer
        (
            "Rebels killed 12 in a raid on the village.",
            [("killed", "Rebels", "armed_groups"), ("raid", "Rebels", "armed_groups")],
        ),
    ],
)
def test_the_sides_of_a_reciprocal_occasion(parse_text, text, expected):
    assert _events(parse_text, text) == expected
