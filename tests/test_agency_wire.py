"""Two shapes of wire copy the parser breaks, read back by the grammar: a subject the parser
makes the apposition of a dateline ("ORSA (AP) - Gunmen ... killed"), and a passive's by-phrase
it hangs on an earlier preposition's object ("were stabbed at a checkpoint by a man")."""

from __future__ import annotations

import pytest

import framing
from conftest import actor_taxonomy, harm_rows

TAXONOMY = actor_taxonomy(
    [
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "state_forces", "phrase", "police"),
        ("agent", "armed_groups", "head", "gunman"),
        ("agent", "armed_groups", "head", "gunmen"),
    ],
)


def _events(parse_text, text):
    return harm_rows(parse_text(text), TAXONOMY, "trigger", "agent", "agent_group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORSA, Varnesia (AP) - Gunmen on motorcycles killed at least 17 villagers on Tuesday.",
            [("killed", "Gunmen on motorcycles", "armed_groups")],
        ),
        (
            "KELDAR (Reuters) - Soldiers loyal to the junta shot dead four protesters.",
            [("shot", "Soldiers loyal to the junta", "state_forces")],
        ),
        # must not change: a dash inside a sentence is no dateline
        ("The minister - a former general - ordered the killings.", [("killings", "The minister", "other")]),
    ],
)
def test_a_subject_after_a_dateline_is_the_subject(parse_text, text, expected):
    assert _events(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two soldiers were stabbed at a checkpoint by a man who then fled.",
            [("stabbed", "a man who then fled", "other")],
        ),
        ("The boy was wounded at home by Varian soldiers.", [("wounded", "Varian soldiers", "state_forces")]),
        # must not change: a thing or a place after "by" is no doer
        ("A man was killed near the border by the roadside.", [("killed", "", "none")]),
    ],
)
def test_a_by_phrase_hung_on_an_earlier_object_is_the_passives(parse_text, text, expected):
    assert _events(parse_text, text) == expected


def test_the_stranded_by_phrase_is_read_only_where_the_parser_strands_it(parse_text):
    from framing.syntax import parse_tree, stranded_by_agent

    doc = parse_text("Two soldiers were stabbed at a checkpoint by a man who then fled.")
    tree = parse_tree(doc)
    stabbed = tree.node(next(t.i for t in doc if t.text == "stabbed"))
    assert stranded_by_agent(stabbed).text == "man"
    # the passives table keeps the construction's own by-phrase only (it may be the act's)
    assert [p.agent for p in framing.find_passives(doc)] == [""]
    # stranded the same way, but a thing: no agent
    tree_doc = parse_text("The driver was injured at the junction by a falling tree.")
    by = next(t for t in tree_doc if t.text == "by")
    assert (by.dep_, by.head.text) == ("prep", "junction")  # the parse this guard is for
    injured = parse_tree(tree_doc).node(next(t.i for t in tree_doc if t.text == "injured"))
    assert stranded_by_agent(injured) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the dateline on the subject: the agent's text leaves it out
        ("LONDON (Reuters) - Police shot dead two men in a raid.", [("shot", "Police"), ("raid", "Police")]),
        # must not change: a capitalised word that opens the phrase but is no dateline
        ("UN peacekeepers fired on the crowd.", [("fired", "UN peacekeepers")]),
    ],
)
def test_the_agent_text_leaves_out_a_dateline(parse_text, text, expected):
    assert harm_rows(parse_text(text), TAXONOMY, "trigger", "agent") == expected
