"""Agent rules found on agency_dev5.csv (real-report shapes of prison riots, cartel
ambushes, election violence, pogroms, sieges, air strikes, police killings and militia
raids): each rule with invented sentences, including sentences that must not change.
Generic taxonomy (``actors=None``) unless a test says otherwise."""

from __future__ import annotations

import pytest

import framing
from framing.syntax import parse_tree, phrase


def _events(parse_text, text):
    events = framing.find_harm_events(parse_text(text), context=False)
    return [(e.trigger, e.agent_head, e.agent_group) for e in events]


# A finite verb the parser hung as a modifier inside a long subject ("killed" as an acl of
# "people") takes the top noun of that subject; a reduced relative keeps its own reading.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A militia raid on a camp for displaced people killed 31, the agency said.",
            [
                ("raid", "militia", "armed_groups"),
                # "displaced" is no harm verb (the guidelines list no displacement: strig5)
                ("killed", "militia", "armed_groups"),
            ],
        ),
        # must not change: a real reduced relative, and a passive participle with its by-agent
        ("The men killed in the raid were buried on Friday.", [("killed", "", "none"), ("raid", "", "none")]),
        ("Villagers shot by soldiers were taken to hospital.", [("shot", "soldiers", "state_forces")]),
    ],
)
def test_a_finite_verb_misread_as_a_modifier_takes_the_top_noun(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A subjectless clause right after a stranded adjective clause ("soldiers loyal to X") takes
# the adjective's subject; a clause with its own subject keeps it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses said soldiers loyal to the junta opened fire after the crowd refused to leave.",
            [("opened fire", "soldiers", "state_forces")],
        ),
        # must not change
        ("Witnesses said the soldiers opened fire on the crowd.", [("opened fire", "soldiers", "state_forces")]),
    ],
)
def test_a_verb_after_a_stranded_adjective_clause_takes_its_subject(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# What a doer wears does not say whose side he is on: "men in police uniforms" is no police.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop was looted by men in police uniforms.", [("looted", "men", "other")]),
        ("The houses were torched by men wearing army fatigues.", [("torched", "men", "other")]),
        ("Gunmen wearing army uniforms shot two guards.", [("shot", "Gunmen", "armed_groups")]),
        # must not change: membership ("of", "from") still names the side
        ("Members of the militia killed 12 villagers.", [("killed", "Members", "armed_groups")]),
        ("Fighters from the militia killed 12 villagers.", [("killed", "Fighters", "armed_groups")]),
        ("Police in riot gear beat the marchers.", [("beat", "Police", "state_forces")]),
    ],
)
def test_attire_is_left_out_of_the_agent_group(parse_text, text, expected):
    assert _events(parse_text, text) == expected


def test_phrase_drops_attire_only_when_asked(parse_text):
    doc = parse_text("The shop was looted by men in police uniforms.")
    tree = parse_tree(doc)
    men = tree.node(next(t.i for t in doc if t.text == "men"))
    assert phrase(men) == "men in police uniforms"
    assert phrase(men, drop_attire=True) == "men"


# Coordinated acts share the "by" phrase the parser hangs on a later bare conjunct; a gerund
# subject names its doer as a noun would; a conjunct with its own determiner shares nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling and sniping by the rebels killed 40 civilians in March.",
            [("Shelling", "rebels", "armed_groups"), ("killed", "rebels", "armed_groups")],
        ),
        (
            "Killings and rapes by soldiers were documented in the report.",
            [("Killings", "soldiers", "state_forces"), ("rapes", "soldiers", "state_forces")],
        ),
        # must not change
        (
            "The raid and the killings by police were condemned.",
            [("raid", "", "none"), ("killings", "police", "state_forces")],
        ),
    ],
)
def test_coordinated_acts_share_a_by_phrase(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "the massacre, in which soldiers killed 14": the act noun takes the subject of an active harm
# verb in a relative clause on it; a passive or an outcome verb names no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The raid, in which militia fighters killed nine farmers, was condemned.",
            [("raid", "fighters", "armed_groups"), ("killed", "fighters", "armed_groups")],
        ),
        # must not change
        ("The attack, in which three people died, was condemned.", [("attack", "", "none")]),
        (
            "The raid, during which 12 people were killed, lasted an hour.",
            [("raid", "", "none"), ("killed", "", "none")],
        ),
    ],
)
def test_an_act_takes_the_doer_of_a_harm_verb_in_its_relative_clause(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "a militia accused of atrocities": a reduced passive relative of an object-control frame puts
# the act on the noun it modifies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels, a militia accused of atrocities, entered the town.", [("atrocities", "militia", "armed_groups")]),
        ("Soldiers suspected of torture were suspended.", [("torture", "Soldiers", "state_forces")]),
        # must not change: no frame, no doer
        ("Reports of torture reached the capital.", [("torture", "", "none")]),
    ],
)
def test_a_reduced_relative_frame_names_the_noun_it_modifies(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# "the attack left three people wounded": a participle in the small clause of "leave" takes the
# subject of "leave" (an act passes on its doer); a blast or a storm names no doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A rebel attack on the convoy left four soldiers wounded.",
            [("attack", "rebel", "armed_groups"), ("wounded", "rebel", "armed_groups")],
        ),
        ("Militants stormed the hotel, leaving 20 guests injured.", [("injured", "Militants", "armed_groups")]),
        # the blast names no doer; it is an act of its own when it leaves people injured (lead decision D6)
        ("The blast left 20 people injured.", [("blast", "", "none"), ("injured", "", "none")]),
    ],
)
def test_the_small_clause_of_leave_takes_its_subject(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# A participle of result of a reciprocal verb is an act of the same sides (mutual); of a verb with
# an object ("fought the army") it keeps its controller.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two militias have fought for the port since May, killing dozens.", ["mutual", "mutual"]),
        ("Troops and rebels clashed near the border, killing 12 and wounding 40.", ["mutual", "mutual", "mutual"]),
        # the object is the other side: "fought" is mutual (framing.agency.sides), the participle keeps its controller
        ("The rebels fought the army for the town, killing 30 soldiers.", ["mutual", "armed_groups"]),
        ("The rebels stormed the town, killing 30 soldiers.", ["armed_groups"]),
    ],
)
def test_a_participle_of_result_of_a_reciprocal_verb_is_mutual(parse_text, text, expected):
    assert [group for _, _, group in _events(parse_text, text)] == expected


# A participle of result hung on a relative clause that describes the target of a harm verb
# goes back to that harm verb's doer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers opened fire on villagers who had gathered at the well, killing seven.",
            [("opened fire", "Soldiers", "state_forces"), ("killing", "Soldiers", "state_forces")],
        ),
        # must not change: a clause under a verb that does no harm keeps its controller
        (
            "Police escorted marchers who had gathered at the square, chanting slogans.",
            [],
        ),
    ],
)
def test_a_result_on_a_relative_clause_of_a_target_takes_the_harm_verb_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# An exchange of fire named as the occasion of a harm verb without "between" is mutual between
# its "with" object and the verb's other party, or between the verb's doer and its victim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police killed two robbers in a shootout on Friday.",
            [("killed", "Police", "state_forces"), ("shootout", "Police", "mutual")],
        ),
        (
            "Three soldiers were wounded in a gunbattle with rebels.",
            [("wounded", "", "none"), ("gunbattle", "soldiers", "mutual")],
        ),
        # must not change: a one-sided act, and a shootout that is no occasion of a harm verb
        (
            "Gunmen killed a guard during a robbery.",
            [("killed", "Gunmen", "armed_groups"), ("robbery", "Gunmen", "armed_groups")],
        ),
        ("A shootout was reported near the market.", [("shootout", "", "none")]),
    ],
)
def test_an_exchange_of_fire_is_mutual(parse_text, text, expected):
    assert _events(parse_text, text) == expected


# The grammar layer itself: the subject of a misread main verb, of a clause after a stranded
# adjective clause, and of a verb whose gerund subject was hung as an adverbial clause.
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("A militia attack on a camp for displaced people killed 22, the UN said.", "killed", "attack"),
        ("Witnesses said soldiers loyal to the junta opened fire.", "opened", "soldiers"),
        ("Shelling and sniping by the rebels killed 40 civilians in March.", "killed", "Shelling"),
        # must not change
        ("The men killed in the raid were buried on Friday.", "buried", "men"),
        ("After shelling the town, the army withdrew.", "withdrew", "army"),
    ],
)
def test_subjects_the_parser_misplaced(parse_text, text, verb, expected):
    from framing.syntax import subject

    doc = parse_text(text)
    tree = parse_tree(doc)
    found = subject(tree.node(next(t.i for t in doc if t.text == verb)))
    assert (found.text if found is not None else None) == expected


# A bare "others" names a doer as a pronoun does (the labelling guidelines list it with them);
# with a determiner or a modifier it is a noun phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some of the attackers hid in the crowd, while others waited outside and fired through the windows.",
            [("fired", "others", "pronoun")],
        ),
        # must not change
        ("Two other gunmen fired on the crowd.", [("fired", "gunmen", "armed_groups")]),
        ("The others shot the guards.", [("shot", "others", "other")]),
    ],
)
def test_a_bare_others_is_a_pronoun_doer(parse_text, text, expected):
    assert _events(parse_text, text) == expected
