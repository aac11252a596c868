"""Headlines, kickers, standfirsts and captions (round A, `agency_dev12_headlines.csv`):
Title Case headlines tagged again in lower case (framing.headlines), verb lists joined
by a comma (framing.agency.headlists), headline participles whose subject is the victim,
kickers before a colon (framing.agency.kickers); and what must stay as it is.

Invented sentences, written for these tests (not copied from a validation file).
"""

from __future__ import annotations

import pytest


def doers(parse_text, text):
    """(trigger, agent) of each event framing finds."""
    import framing

    return [(e.trigger, e.agent) for e in framing.find_harm_events(parse_text(text), context=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Title Case: the verb is found and the whole subject is its doer
        ("Security Forces Shoot Dozens Of Marchers In Ovrin Square", [("Shoot", "Security Forces")]),
        ("Militiamen Kill 14, Torch Houses In Selby Villages", [("Kill", "Militiamen"), ("Torch", "Militiamen")]),
        ("Three Guards Killed In Ambush Near Tarrow", [("Killed", ""), ("Ambush", "")]),
        # comma-joined verb lists without "and"
        ("Gunmen kill 37, raze 80 houses in Omsel Ridge", [("kill", "Gunmen"), ("raze", "Gunmen")]),
        ("Looters ransack shops, set buses ablaze in Harl", [("ransack", "Looters"), ("set buses ablaze", "Looters")]),
        # the opening noun phrase, not its first word
        ("Suicide bomber attacks chapel in Varsk", [("attacks", "Suicide bomber")]),
        # a headline participle: its subject is the victim, and so is not the doer of the occasion
        ("51 marchers killed in crackdown on Elm rally", [("killed", ""), ("crackdown", "")]),
        ("Six killed, 20 wounded in bombing at Prell depot", [("killed", ""), ("wounded", ""), ("bombing", "")]),
        # kickers: a running story is no event and no doer; a named act keeps its row without doer
        ("Tarrow violence: mob torches 20 shops in Elm", [("torches", "mob")]),
        ("Prell war: rebels shell market near Oss", [("shell", "rebels")]),
        ("Omsel depot blast: army and rebels trade blame", [("blast", "")]),
        ("Varsk killings: witnesses accuse militia of massacre", [("killings", ""), ("massacre", "militia")]),
        # an act counted by a span takes the harm verb's doer (standfirst without final stop)
        (
            "Raiders have killed at least 40 herders in a week of raids across Oss, officials say",
            [("killed", "Raiders"), ("raids", "Raiders")],
        ),
    ],
)
def test_headline_shapes(parse_text, text, expected):
    assert doers(parse_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police Fire Tear Gas At Students In Harl",
        "Troops fire warning shots to disperse crowd at Oss border",
        "Police Disperse Marchers With Water Cannon In Elm",
        "Opposition Lawmakers Storm Out Of Parliament In Prell",
        "Tarrow unrest: curfew imposed in Elm after night of protests",
        "Varsk City crush Omsel Rovers 4-0 to top league",
        "Price rise kills hopes of quick recovery, bankers warn",
        "Bomb disposal team defuses device near Ovrin school",
    ],
)
def test_headline_near_misses_name_no_act(parse_text, text):
    assert doers(parse_text, text) == []


def test_title_case_retag_keeps_text_offsets_and_sentences(parse_text):
    from framing.headlines import is_title_case

    text = "Militiamen Kill 14, Torch Houses In Selby Villages\n\nMilitiamen killed 14 people in Selby, police said."
    doc = parse_text(text)
    assert doc.text == text
    sents = list(doc.sents)
    assert len(sents) == 2 and is_title_case(sents[0]) and not is_title_case(sents[1])
    assert [t.pos_ for t in doc[:2]] == ["NOUN", "VERB"]
    assert doc[0].text == "Militiamen" and doc[0].idx == 0
    assert "Selby" in {t.lemma_ for t in doc}  # a name keeps its casing


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the convoy near Oss on Monday, killing six.",  # prose: final stop
        "Police said: 'We Will Find Them'.",
        "Army",  # too short
        "RSF fighters shell Elm market",  # lower-case words
    ],
)
def test_only_title_case_headlines_are_retagged(nlp, text):
    from framing.headlines import is_title_case

    assert not any(is_title_case(s) for s in nlp(text).sents)


def test_subject_after_a_kicker_is_the_doer(parse_text):
    found = doers(parse_text, "Brell chapel attack: gunmen posing as mourners massacre 21")
    assert [t for t, _ in found] == ["attack", "massacre"]
    assert found[0][1] == "" and found[1][1].startswith("gunmen")
