"""The packaged default taxonomy knows the world (agency_dev12_deftax.csv): countries and their
demonyms as ``state_forces`` when they name the actor of a violent act, alone or before a word of
forces, weapons or military acts (``framing/data/actors_world.csv``); well-known non-state armed
groups and their aliases as ``armed_groups``; the head noun still decides ("Israeli settlers",
"Palestinian gunmen", "the Iranian government", "a Russian man"); a study's own taxonomy is read
alone. Invented sentences with real names, generic taxonomy (``actors=None``), with sentences that
must yield nothing or must not change."""

from __future__ import annotations

import time

import pandas as pd
import pytest

import framing
from framing.actors import find_actor_mentions, load_actors
from framing.lexicons import lexicon_path
from framing.patterns import check_regex


def _events(parse_text, text, actors=None):
    events = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    return [(e.trigger, e.agent, e.agent_group) for e in events]


def _group(parse_text, text, trigger, actors=None):
    found = [g for t, _, g in _events(parse_text, text, actors) if trigger in t]
    assert found, _events(parse_text, text, actors)
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        # a demonym or a country name as the actor stands for its forces
        ("Russian troops shelled a hospital in the city overnight, officials said.", "shelled", "state_forces"),
        ("Algerian forces killed four smugglers near the Malian border.", "killed", "state_forces"),
        ("An Egyptian air strike killed nine fighters in the desert.", "killed", "state_forces"),
        ("Venezuelan soldiers shot dead two miners near the border.", "shot", "state_forces"),
        ("The Russians bombarded the port again on Friday, wounding five dockers.", "wounding", "state_forces"),
        ("Ukraine struck an ammunition depot, killing two guards.", "killing", "state_forces"),
        ("US troops killed a militant commander in a raid.", "killed", "state_forces"),
        ("Kenyan police opened fire on students, wounding three.", "opened fire", "state_forces"),
        # named armed groups and their aliases
        ("Al Shabaab fighters stormed a hotel in Kismayo, killing nine guests.", "killing", "armed_groups"),
        ("Hizbollah fired rockets at a border town, wounding a farmer.", "wounding", "armed_groups"),
        ("Boko Haram killed 30 herders near Lake Chad, residents said.", "killed", "armed_groups"),
        ("Daesh gunmen executed four shepherds in the hills.", "executed", "armed_groups"),
        ("The Houthis attacked a tanker off the coast, wounding two sailors.", "wounding", "armed_groups"),
        ("Rapid Support Forces troops looted and burned the market, killing 14.", "killing", "armed_groups"),
        ("Pakistani Taliban militants killed four police officers in an ambush.", "killed", "armed_groups"),
        # the head decides over a demonym (D8), and a hyphenated origin names no doer
        ("Israeli settlers torched cars in a village near Ramallah overnight.", "torched", "civilians"),
        ("Palestinian gunmen shot at a car near Jenin, wounding two people.", "wounding", "armed_groups"),
        ("The Iranian government hanged two men on Tuesday.", "hanged", "government"),
        ("Syrian civilians attacked the convoy with stones.", "attacked", "civilians"),
        ("Rwanda-backed rebels attacked the town, killing dozens.", "killing", "armed_groups"),
        # must not change: a private person of a nation, a given name that is also a country
        ("A Russian man stabbed two people at a bus stop.", "stabbed", "other"),
        ("Chad Smith shot his neighbour after an argument.", "shot", "other"),
        ("Attackers in Mali killed four traders.", "killed", "other"),
    ],
)
def test_world_names_in_the_default_taxonomy(parse_text, text, trigger, group):
    assert _group(parse_text, text, trigger) == group


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Somali refugees crossed into Kenya last month.",
        "Iraqi officials met Turkish diplomats in Ankara on Monday.",
        "Russian-made helicopters were delivered to the air force.",
        "The Sudanese capital was quiet as shops reopened.",
        "Egyptian police detained dozens of fans after the match.",
    ],
)
def test_no_event(parse_text, text):
    assert _events(parse_text, text) == []


def test_bare_weapon_of_foreign_make_names_no_doer(parse_text):
    assert _events(parse_text, "Russian-made drones killed three people in the city.") == [("killed", "", "none")]


def test_world_rows_make_no_people_of_places_or_refugees(parse_text):
    doc = parse_text("Syrian refugees and Israeli soldiers were seen in the Sudanese capital.")
    groups = {m.label: m.actor_group for m in find_actor_mentions(doc)}
    assert groups.get("israeli soldiers") == "state_forces"
    assert groups.get("syrian refugees") != "state_forces"
    assert not any("capital" in label for label in groups)


def test_a_study_taxonomy_is_read_alone(parse_text):
    study = pd.DataFrame(
        {"role": ["agent"], "group": ["allied_forces"], "match": ["phrase"], "pattern": ["russian"], "note": ["x"]}
    )
    text = "Russian troops shelled the village, killing two."
    assert _group(parse_text, text, "killing", actors=study) == "allied_forces"
    hamas = "Hamas gunmen killed two soldiers near the fence."
    assert _group(parse_text, hamas, "killed", actors=study) == "other"  # no world rows under a study's own


def test_the_generic_file_alone_switches_the_world_rows_off(parse_text):
    generic = lexicon_path("actors_generic")
    assert _group(parse_text, "Hamas gunmen killed two soldiers.", "killed", actors=generic) == "armed_groups"
    assert _group(parse_text, "Russian forces shelled the village.", "shelled", actors=generic) == "other"
    assert _group(parse_text, "Russian forces shelled the village.", "shelled") == "state_forces"


def test_world_regexes_are_safe_and_load_once():
    world = pd.read_csv(lexicon_path("actors_world"), dtype=str, keep_default_na=False)
    assert (world["note"] != "").all()
    assert set(world["group"]) == {"state_forces", "armed_groups"}
    for pattern in world.loc[world["match"] == "regex", "pattern"]:
        assert check_regex(pattern) == "", pattern
    assert load_actors(None) is load_actors(None)  # compiled once, cached by file version
    taxonomy = load_actors(None)
    start = time.perf_counter()
    for k in range(300):
        taxonomy._match(f"some {k} unknown men from nowhere", head="man", head_text="men", role="agent")
    assert time.perf_counter() - start < 2.0
