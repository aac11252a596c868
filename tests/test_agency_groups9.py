"""Agent-group rules found on agency_dev9_groups.csv (the group misses of heldout4/heldout5:
pronoun-like heads, actors named as a hyphenated modifier, things read as doers): each rule
with invented sentences, including sentences that must not change. Generic taxonomy
(``actors=None``) unless a test says otherwise."""

from __future__ import annotations

import pytest

import framing


def _events(parse_text, text, actors=None):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    return [(e.trigger, e.agent, e.agent_group) for e in events]


# A word of pronoun_nouns.csv standing alone names a doer by the act alone, as a pronoun does
# ("those who", "those behind", "everyone responsible", "anyone who", "whoever"): group pronoun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister vowed to punish those who burn churches.", [("burn", "those", "pronoun")]),
        ("The mayor said those behind the bombing would be caught.", [("bombing", "those", "pronoun")]),
        (
            "The king ordered the arrest of everyone responsible for the killings.",
            [("killings", "everyone", "pronoun")],
        ),
        ("Anyone who shoots a ranger will be jailed, the minister said.", [("shoots", "Anyone", "pronoun")]),
        ("Someone shot the guard at the gate, police said.", [("shot", "Someone", "pronoun")]),
        ("Detectives have vowed to find whoever killed the two nurses.", [("killed", "whoever", "pronoun")]),
        # must not change: "those" as a determiner, a modified "others", an interrogative "who"
        ("Those soldiers who fired on the crowd were arrested.", [("fired", "Those soldiers", "state_forces")]),
        ("The others shot the guards.", [("shot", "The others", "other")]),
        ("It is unclear who killed the two nurses.", [("killed", "", "none")]),
    ],
)
def test_a_pronoun_like_head_is_a_pronoun_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected
