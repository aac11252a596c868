"""Tests for framing.agency: passives, harm events, responsibility."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

import framing
from conftest import STUDY, VALIDATION
from framing.agency import (
    HARM_EVENT_COLUMNS,
    HEDGE_ASYMMETRY_COLUMNS,
    PASSIVE_COLUMNS,
    RESPONSIBILITY_COLUMNS,
)

ACTORS = STUDY / "actors.csv"


# ------------------------------------------------------------ hand-built Docs (no model)


def _doc(rows):
    """Doc from (word, tag, pos, dep, head index, lemma) rows."""
    words, tags, pos, deps, heads, lemmas = zip(*rows, strict=True)
    return Doc(
        Vocab(),
        words=list(words),
        tags=list(tags),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        lemmas=list(lemmas),
    )


def test_be_passive_with_agent_from_hand_built_doc():
    doc = _doc(
        [
            ("The", "DT", "DET", "det", 1, "the"),
            ("houses", "NNS", "NOUN", "nsubjpass", 3, "house"),
            ("were", "VBD", "AUX", "auxpass", 3, "be"),
            ("burned", "VBN", "VERB", "ROOT", 3, "burn"),
            ("by", "IN", "ADP", "agent", 3, "by"),
            ("militias", "NNS", "NOUN", "pobj", 4, "militia"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ]
    )
    [passive] = framing.find_passives(doc)
    assert (passive.verb, passive.construction, passive.agent, passive.patient) == (
        "burned",
        "be",
        "militias",
        "The houses",
    )
    assert doc.text[passive.start_char : passive.end_char] == "burned"
    [event] = framing.find_harm_events(doc, context=False)
    assert (event.form, event.agent_head, event.agent_group, event.patient_group) == (
        "passive",
        "militias",
        "armed_groups",
        "other",
    )


def test_stative_participle_with_degree_adverb_is_not_passive():
    doc = _doc(
        [
            ("He", "PRP", "PRON", "nsubjpass", 3, "he"),
            ("was", "VBD", "AUX", "auxpass", 3, "be"),
            ("deeply", "RB", "ADV", "advmod", 3, "deeply"),
            ("alarmed", "VBN", "VERB", "ROOT", 3, "alarm"),
            ("by", "IN", "ADP", "agent", 3, "by"),
            ("reports", "NNS", "NOUN", "pobj", 4, "report"),
        ]
    )
    assert framing.find_passives(doc) == []


def test_get_passive_and_coordinated_participle_share_subject():
    doc = _doc(
        [
            ("Shops", "NNS", "NOUN", "nsubjpass", 2, "shop"),
            ("got", "VBD", "AUX", "auxpass", 2, "get"),
            ("looted", "VBN", "VERB", "ROOT", 2, "loot"),
            ("and", "CC", "CCONJ", "cc", 2, "and"),
            ("torched", "VBN", "VERB", "conj", 2, "torch"),
            ("by", "IN", "ADP", "agent", 4, "by"),
            ("rioters", "NNS", "NOUN", "pobj", 5, "rioter"),
        ]
    )
    found = [(p.verb, p.construction, p.agent_head, p.patient_head) for p in framing.find_passives(doc)]
    # the closing by-phrase applies to both coordinated participles
    assert found == [("looted", "get", "rioters", "Shops"), ("torched", "get", "rioters", "Shops")]


def test_prenominal_participle_is_adjectival_event_not_passive():
    doc = _doc(
        [
            ("the", "DT", "DET", "det", 2, "the"),
            ("murdered", "VBN", "VERB", "amod", 2, "murder"),
            ("men", "NNS", "NOUN", "ROOT", 2, "man"),
        ]
    )
    assert framing.find_passives(doc) == []
    [event] = framing.find_harm_events(doc, context=False)
    assert (event.trigger, event.form, event.agent, event.agent_group, event.patient) == (
        "murdered",
        "adjectival",
        "",
        "none",
        "the men",
    )


def test_nominal_with_possessive_agent_and_of_patient():
    doc = _doc(
        [
            ("the", "DT", "DET", "det", 1, "the"),
            ("army", "NN", "NOUN", "poss", 3, "army"),
            ("'s", "POS", "PART", "case", 1, "'s"),
            ("shelling", "NN", "NOUN", "ROOT", 3, "shelling"),
            ("of", "IN", "ADP", "prep", 3, "of"),
            ("villages", "NNS", "NOUN", "pobj", 4, "village"),
        ]
    )
    [event] = framing.find_harm_events(doc, context=False)
    assert (event.form, event.agent, event.agent_group, event.patient_head) == (
        "nominal",
        "the army",
        "state_forces",
        "villages",
    )


def test_two_subjects_of_one_verb_are_read_as_coordinated():
    # the parser sometimes attaches both halves of a coordination to the verb
    doc = _doc(
        [
            ("40", "CD", "NUM", "nummod", 1, "40"),
            ("police", "NNS", "NOUN", "nsubjpass", 7, "police"),
            ("and", "CC", "CCONJ", "cc", 1, "and"),
            ("12", "CD", "NUM", "nummod", 4, "12"),
            ("villagers", "NNS", "NOUN", "nsubjpass", 7, "villager"),
            ("were", "VBD", "AUX", "aux", 7, "be"),
            ("also", "RB", "ADV", "advmod", 7, "also"),
            ("killed", "VBN", "VERB", "ROOT", 7, "kill"),
        ]
    )
    [event] = framing.find_harm_events(doc, context=False)
    assert event.patient == "40 police and 12 villagers"
    assert event.patient_group == "mixed"


# ------------------------------------------------------------ gold sentences (real model)

PASSIVE_CASES = [
    ("More than 300 people have been killed since January.", [("killed", "be", "")]),
    ("The hostages had been being held in a basement.", [("held", "be", "")]),
    ("The suspects may have been executed by the militia.", [("executed", "be", "militia")]),
    (
        "The detainees are expected to be released.",
        [("expected", "be", ""), ("released", "be", "")],
    ),
    ("Residents fear being targeted by armed groups.", [("targeted", "be", "groups")]),
    ("He got arrested by border guards.", [("arrested", "get", "guards")]),
    ("The shops were looted and then set on fire.", [("looted", "be", ""), ("set", "be", "")]),
    (
        "Civilians killed in the shelling were buried.",
        [("killed", "reduced", ""), ("buried", "be", "")],
    ),
    ("Footage shared by local activists showed the damage.", [("shared", "reduced", "activists")]),
    ("A watchdog based in Geneva counted the dead.", [("based", "reduced", "")]),
    ("Fighters linked to the army attacked the market.", [("linked", "reduced", "")]),
    ("Hundreds killed in clashes on the coast", [("killed", "reduced", "")]),
    (
        "At least 40 people were reported killed.",
        [("reported", "be", ""), ("killed", "reduced", "")],
    ),
    ("The man who was shot by soldiers died.", [("shot", "be", "soldiers")]),
    # must find nothing
    ("The ousted governor fled to the mountains.", []),
    ("The president said he was deeply alarmed by the reports.", []),
    ("Aid workers were worried about the water supply.", []),
    ("The square is crowded every evening.", []),
    ("The rebels had attacked the base before dawn.", []),
    ("The children were terrified.", []),
    ("The protests escalated two weeks after the vote.", []),
    ("The riots spread three days after police officers shot a teenager.", []),
    ("Officials said calm needed to be restored.", [("restored", "be", "")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_CASES)
def test_find_passives_gold(parse_text, text, expected):
    found = [(p.verb, p.construction, p.agent_head) for p in framing.find_passives(parse_text(text))]
    assert found == expected


HARM_CASES = [
    (
        "Syrian security forces are accused of killing more than 1,000 civilians.",
        [("killing", "active", "forces")],
    ),
    (
        "Gunmen ambushed a bus, killing nine passengers.",
        [("ambushed", "active", "Gunmen"), ("killing", "active", "Gunmen")],
    ),
    (
        "The militia and its allies have killed hundreds of farmers.",
        [("killed", "active", "militia")],
    ),
    (
        "The killing of the mayor by insurgents shocked the region.",
        [("killing", "nominal", "insurgents")],
    ),
    ("The revenge killings were started on Friday by armed men.", [("killings", "nominal", "")]),
    ("The attacks were carried out by a splinter faction.", [("attacks", "nominal", "faction")]),
    (
        "Militiamen committed atrocities against the villagers.",
        [("atrocities", "nominal", "Militiamen")],
    ),
    (
        # an act that kills: its doer is the doer of the killing
        "Air strikes by the coalition killed 14 civilians.",
        [("Air strikes", "nominal", "coalition"), ("killed", "active", "coalition")],
    ),
    ("Farmers accused settlers of attacking them.", [("attacking", "active", "settlers")]),
    ("It is unclear who carried out the raid.", [("raid", "nominal", "")]),
    ("Targeted killings continued.", [("killings", "nominal", "")]),
    (
        "Loyalist fighters launched a wave of attacks on police stations.",
        [("attacks", "nominal", "fighters")],
    ),
    (
        "The rebels were accused of carrying out abductions and executions.",
        [("abductions", "nominal", "rebels"), ("executions", "nominal", "rebels")],
    ),
    (
        "Investigators documented the violence committed by both militias.",
        [("violence", "nominal", "militias")],
    ),
    ("The campaign included the burning of homes.", [("burning", "nominal", "")]),
    # the object controls the gerund even when the parser hangs "of" from the object
    ("The report accuses the army of killing civilians.", [("killing", "active", "army")]),
    ("Activists accused militias of torturing detainees.", [("torturing", "active", "militias")]),
    ("Rights groups blamed the militia for shelling the town.", [("shelling", "active", "militia")]),
    ("Prosecutors charged the officer with killing two protesters.", [("killing", "active", "officer")]),
    # ... but only after a verb of that frame: here "of killing" just says which practice
    ("They condemned the practice of killing prisoners.", [("killing", "active", "")]),
    # must find nothing
    ("Workers went on strike over unpaid wages.", []),
    ("The wounded were taken to hospital.", []),
    ("Footage showed burning houses.", []),
]


@pytest.mark.parametrize(("text", "expected"), HARM_CASES)
def test_find_harm_events_gold(parse_text, text, expected):
    found = [(e.trigger, e.form, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


def test_coordinated_agent_text_covers_both_and_group_from_first(parse_text):
    doc = parse_text("Mr Sharaa's forces and rival groups have killed at least 1,200 civilians.")
    [event] = framing.find_harm_events(doc, actors=ACTORS, context=False)
    assert event.agent == "Mr Sharaa's forces and rival groups"
    assert event.agent_group == "government_forces"
    assert event.patient_group == "civilians"


def test_patient_group_mixed_for_coordinated_patients(parse_text):
    doc = parse_text("Gunmen killed 20 Alawite villagers and 12 security personnel.")
    [event] = framing.find_harm_events(doc, actors=ACTORS, context=False)
    assert event.patient_group == "mixed"


def test_bare_conjunct_shares_modifiers_and_sibling_subjects_are_coordinated(parse_text):
    doc = parse_text("Gunmen attacked Alawite towns and villages.")
    [event] = framing.find_harm_events(doc, actors=ACTORS, context=False)
    assert event.patient_group == "alawite_civilians"
    doc = parse_text("About 40 security personnel and 12 pro-Assad fighters have been killed.")
    [event] = framing.find_harm_events(doc, actors=ACTORS, context=False)
    assert event.patient == "About 40 security personnel and 12 pro-Assad fighters"
    assert event.patient_group == "mixed"


# "Militants behead aid worker in desert" was a known failure (the tagger reads 'behead' as an
# adjective); a headline verb is now read (framing.agency.senses.headline_verb, tests/test_agency_senses.py).
KNOWN_FAILURES = [
    pytest.param(
        "The rebels were defeated and their leader captured.",
        "passive",
        ["defeated", "captured"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a gapped auxiliary ('their leader [was] captured') is not recovered",
        ),
    ),
    pytest.param(
        "The children got lost in the chaos.",
        "passive",
        [],
        marks=pytest.mark.xfail(strict=True, reason="'got lost' (became lost) is read as a get-passive"),
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), KNOWN_FAILURES)
def test_known_failures(parse_text, text, kind, expected):
    doc = parse_text(text)
    if kind == "harm":
        found = [e.trigger for e in framing.find_harm_events(doc, context=False)]
    else:
        found = [p.verb for p in framing.find_passives(doc)]
    assert found == expected


# ------------------------------------------------------------ tables on the seed corpus


@pytest.fixture(scope="module")
def seed_events(seed_parsed):
    return framing.harm_events(seed_parsed, actors=ACTORS)


def test_passives_table_columns_and_dtypes(seed_parsed):
    table = framing.passives(seed_parsed)
    assert (
        list(table.columns)
        == PASSIVE_COLUMNS
        == [
            "article_id",
            "outlet",
            "sent_id",
            "sentence",
            "verb",
            "lemma",
            "construction",
            "agent",
            "agent_head",
            "patient",
            "patient_head",
            "start_char",
            "end_char",
        ]
    )
    assert {c: str(table[c].dtype) for c in ("sent_id", "start_char", "end_char")} == dict.fromkeys(
        ("sent_id", "start_char", "end_char"), "int64"
    )
    assert len(table) > 20
    assert set(table["construction"]) <= {"be", "get", "reduced"}
    articles = seed_parsed.articles
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    for row in table.itertuples():
        assert texts[row.article_id][row.start_char : row.end_char] == row.verb
    # "Video footage shared by Reuters" (BBC): a reduced relative with its by-agent
    shared = table[(table["verb"] == "shared") & (table["agent_head"] == "Reuters")]
    assert len(shared) >= 1 and set(shared["construction"]) == {"reduced"}


def test_harm_events_table_columns_and_groups(seed_events, seed_parsed):
    table = seed_events
    assert (
        list(table.columns)
        == HARM_EVENT_COLUMNS
        == [
            "article_id",
            "outlet",
            "sent_id",
            "sentence",
            "trigger",
            "lemma",
            "form",
            "agent",
            "agent_group",
            "agent_groups",
            "patient",
            "patient_group",
            "negated",
            "cause",
            "hedge_cue",
            "source",
            "start_char",
            "end_char",
        ]
    )
    assert str(table["sent_id"].dtype) == "int64"
    assert str(table["negated"].dtype) == "bool"
    assert table["cause"].map(type).eq(str).all() and table["agent_groups"].map(type).eq(str).all()
    assert set(table["form"]) <= {"active", "passive", "nominal", "adjectival"}
    agent_groups = {
        "government_forces",
        "assad_loyalists",
        "unidentified",
        "foreign_fighters",
        "other",
        "pronoun",
        "mutual",
        "none",
    }
    assert set(table["agent_group"]) <= agent_groups
    assert set(table["patient_group"]) <= {
        "alawite_civilians",
        "civilians",
        "security_forces",
        "pro_assad_fighters",
        "mixed",
        "other",
        "none",
    }
    assert ((table["agent"] == "") == (table["agent_group"] == "none")).all()
    # thetimes.gr's headline sentence: "Syrian security forces accused of killing ..."
    times = table[(table["article_id"] == "thetimes-gr_2025-03-09") & (table["trigger"] == "killing")]
    assert "government_forces" in set(times["agent_group"])


def test_responsibility_layout_and_consistency(seed_events):
    table = framing.responsibility(events=seed_events, actors=ACTORS)
    assert list(table.columns) == RESPONSIBILITY_COLUMNS
    assert {c: str(table[c].dtype) for c in ("n", "n_events", "share", "ci_low", "ci_high")} == {
        "n": "int64",
        "n_events": "int64",
        "share": "float64",
        "ci_low": "float64",
        "ci_high": "float64",
    }
    assert list(dict.fromkeys(table["outlet"])) == list(dict.fromkeys(seed_events["outlet"]))
    for _outlet, part in table.groupby("outlet"):
        groups = part[part["measure"] == "agent_group"]
        assert groups["n"].sum() == part.loc[part["measure"] == "events", "n"].item()
        agentless = part.loc[part["measure"] == "agentless", "share"].item()
        assert agentless == pytest.approx(groups.loc[groups["group"] == "none", "share"].item())
        shares = part[part["measure"] != "events"]
        assert (shares["ci_low"] <= shares["share"] + 1e-12).all()
        assert (shares["share"] <= shares["ci_high"] + 1e-12).all()


def _events(agents, groups, sents, outlet="A"):
    return pd.DataFrame(
        {
            "article_id": "a1",
            "outlet": outlet,
            "sent_id": sents,
            "agent": agents,
            "agent_group": groups,
        }
    )


def test_responsibility_known_answer_and_row_order():
    events = pd.concat(
        [
            _events(["x", "", "", "y"], ["unidentified", "none", "none", "other"], [0, 0, 1, 2]),
            _events(["z"], ["unidentified"], [0], outlet="B"),
        ],
        ignore_index=True,
    )
    table = framing.responsibility(events=events, groups=["unidentified", "other", "none"])
    a = table[table["outlet"] == "A"].set_index(["measure", "group"])
    assert a.loc[("events", ""), "n"] == 4
    assert a.loc[("agentless", ""), "share"] == pytest.approx(0.5)
    assert a.loc[("agent_expressed", ""), "share"] == pytest.approx(0.5)
    assert a.loc[("agent_group", "unidentified"), "n"] == 1
    b = table[table["outlet"] == "B"].set_index(["measure", "group"])
    assert b.loc[("agent_group", "unidentified"), "share"] == 1.0
    shuffled = framing.responsibility(
        events=events.sample(frac=1, random_state=3), groups=["unidentified", "other", "none"]
    )
    pd.testing.assert_frame_equal(shuffled, table)


def test_responsibility_needs_corpus_or_events():
    with pytest.raises(ValueError, match="events="):
        framing.responsibility()


# ------------------------------------------------------------ validation targets


@pytest.fixture(scope="module")
def agency_metrics(parse_cache):
    from framing.validation.agency import evaluate_agency

    return evaluate_agency(VALIDATION / "agency.csv", cache_dir=parse_cache)


def test_validation_file_is_large_enough():
    from framing.validation.agency import load_agency_labels

    labels = load_agency_labels(VALIDATION / "agency.csv")
    assert len(labels) >= 150
    assert (labels["passives"] == "").sum() >= 30  # hard negatives
    assert set(labels["split"]) == {"dev", "test"}


@pytest.mark.parametrize(
    ("measure", "metric", "target"),
    [
        ("passive", "f1", 0.95),
        ("harm_event", "agent_head_accuracy", 0.90),
        ("passive", "agent_head_accuracy", 0.90),
        ("harm_event", "form_accuracy", 0.90),
    ],
)
def test_validation_targets(agency_metrics, measure, metric, target):
    value = agency_metrics.query("measure == @measure and metric == @metric and subset == 'all'")["value"].item()
    assert value >= target
    assert np.isfinite(value)


def test_passivepy_comparison_from_committed_predictions(agency_metrics, parse_cache):
    from framing.validation.agency import (
        agency_predictions,
        compare_passivepy,
        evaluate_agency,
        load_passivepy_predictions,
    )

    passivepy = load_passivepy_predictions(VALIDATION / "passivepy_predictions.csv")
    assert set(passivepy["dataset"]) == {"validation", "corpus"}
    predictions = agency_predictions(VALIDATION / "agency.csv", cache_dir=parse_cache)
    metrics = evaluate_agency(predictions=predictions, passivepy=passivepy)
    ours = metrics.query("measure == 'passive' and metric == 'recall' and subset == 'all'")["value"].item()
    theirs = metrics.query("measure == 'passivepy_passive' and metric == 'recall' and subset == 'all'")["value"].item()
    assert 0 < theirs < ours  # PassivePy misses reduced passives
    disagreements = compare_passivepy(predictions, passivepy)
    assert set(disagreements["right"]) <= {"framing", "passivepy"}
    assert (disagreements["framing"] != disagreements["passivepy"]).all()


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the parser strands "loyal" on the verb (advcl); the agent keeps its modifier
        (
            "The revenge killings started on Friday by Sunni Muslim gunmen loyal to the government.",
            "Sunni Muslim gunmen loyal to the government",
        ),
        (
            "Dozens of farmers were shot by militiamen loyal to the northern warlord.",
            "militiamen loyal to the northern warlord",
        ),
    ],
)
def test_stranded_postnominal_adjective_stays_in_the_agent(parse_text, text, agent):
    events = framing.find_harm_events(parse_text(text))
    assert [e.agent for e in events] == [agent]


# ---------------------------------------------------------------- hedge asymmetry


def _hedged_events():
    return pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b", "b", "b"],
            "outlet": ["X", "X", "X", "Y", "Y", "Y"],
            "sent_id": [0, 1, 2, 0, 1, 2],
            "agent_group": ["gov", "gov", "rebels", "gov", "rebels", "rebels"],
            "hedge_cue": ["allegedly", "", "", "", "accused of", None],
        }
    )


def test_hedge_asymmetry_known_answer():
    table = framing.hedge_asymmetry(events=_hedged_events())
    assert list(table.columns) == HEDGE_ASYMMETRY_COLUMNS
    assert table["outlet"].tolist() == ["X", "X", "Y", "Y"]
    x_gov = table[(table["outlet"] == "X") & (table["agent_group"] == "gov")].iloc[0]
    assert (x_gov["n_events"], x_gov["n_hedged"]) == (2, 1)
    assert x_gov["share_hedged"] == pytest.approx(0.5)
    assert x_gov["ci_low"] <= 0.5 <= x_gov["ci_high"]
    assert table["n_events"].dtype == "int64" and table["share_hedged"].dtype == "float64"


def test_hedge_asymmetry_row_order_and_pooling():
    events = _hedged_events()
    shuffled = events.sample(frac=1, random_state=1)
    a = framing.hedge_asymmetry(events=events).sort_values(["outlet", "agent_group"]).reset_index(drop=True)
    b = framing.hedge_asymmetry(events=shuffled).sort_values(["outlet", "agent_group"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(
        a[["outlet", "agent_group", "n_events", "n_hedged", "share_hedged"]],
        b[["outlet", "agent_group", "n_events", "n_hedged", "share_hedged"]],
    )
    pooled = framing.hedge_asymmetry(events=events, groups=["gov"])
    assert set(pooled["agent_group"]) == {"gov", "other"}


def test_hedge_asymmetry_needs_columns():
    with pytest.raises(ValueError, match="hedge_cue"):
        framing.hedge_asymmetry(events=_hedged_events().drop(columns="hedge_cue"))


# ---------------------------------------------------------------- English word lists (data files)


@pytest.fixture
def without(monkeypatch):
    """Drop one entry from a packaged word list for the length of a test."""
    from framing.syntax import words

    def drop(name, value):
        real = words.load_lexicon

        def load(lexicon):
            table = real(lexicon)
            return table[table["term"] != value] if lexicon == name else table

        monkeypatch.setattr(words, "load_lexicon", load)
        words.word_set.cache_clear()

    yield drop
    words.word_set.cache_clear()


def test_degree_adverb_list_decides_adjectival_participles(without):
    rows = [
        ("The", "DT", "DET", "det", 1, "the"),
        ("village", "NN", "NOUN", "nsubjpass", 4, "village"),
        ("was", "VBD", "AUX", "auxpass", 4, "be"),
        ("very", "RB", "ADV", "advmod", 4, "very"),
        ("isolated", "VBN", "VERB", "ROOT", 4, "isolate"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ]
    assert framing.find_passives(_doc(rows)) == []  # "very isolated": a state
    without("degree_adverbs", "very")
    [passive] = framing.find_passives(_doc(rows))
    assert (passive.verb, passive.construction) == ("isolated", "be")


def test_get_auxiliary_list_names_the_construction(without):
    rows = [
        ("The", "DT", "DET", "det", 1, "the"),
        ("man", "NN", "NOUN", "nsubjpass", 3, "man"),
        ("got", "VBD", "AUX", "auxpass", 3, "get"),
        ("arrested", "VBN", "VERB", "ROOT", 3, "arrest"),
        (".", ".", "PUNCT", "punct", 3, "."),
    ]
    [passive] = framing.find_passives(_doc(rows))
    assert passive.construction == "get"
    without("get_auxiliaries", "got")
    [passive] = framing.find_passives(_doc(rows))
    assert passive.construction == "be"


def test_container_noun_list_passes_the_agent_through(without):
    rows = [
        ("Militias", "NNS", "NOUN", "nsubj", 1, "militia"),
        ("launched", "VBD", "VERB", "ROOT", 1, "launch"),
        ("a", "DT", "DET", "det", 3, "a"),
        ("series", "NN", "NOUN", "dobj", 1, "series"),
        ("of", "IN", "ADP", "prep", 3, "of"),
        ("attacks", "NNS", "NOUN", "pobj", 4, "attack"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    [event] = framing.find_harm_events(_doc(rows), context=False)
    assert (event.trigger, event.form, event.agent) == ("attacks", "nominal", "Militias")
    without("container_nouns", "series")
    [event] = framing.find_harm_events(_doc(rows), context=False)
    assert event.agent == ""


def test_patient_preposition_list_finds_the_patient(without):
    rows = [
        ("Attacks", "NNS", "NOUN", "nsubj", 3, "attack"),
        ("on", "IN", "ADP", "prep", 0, "on"),
        ("villages", "NNS", "NOUN", "pobj", 1, "village"),
        ("continued", "VBD", "VERB", "ROOT", 3, "continue"),
        (".", ".", "PUNCT", "punct", 3, "."),
    ]
    [event] = framing.find_harm_events(_doc(rows), context=False)
    assert event.patient == "villages"
    without("patient_prepositions", "on")
    [event] = framing.find_harm_events(_doc(rows), context=False)
    assert event.patient == ""


def test_former_word_list_constants_read_the_data_files():
    from framing import agency

    assert "very" in agency.DEGREE_ADVERBS and "gotten" in agency.GET_AUXILIARIES
    assert ("charge", "with") in agency.OBJECT_CONTROL_FRAMES
    assert agency.OBJECT_CONTROL_PREPOSITIONS == frozenset({"of", "for", "from"})
    assert {"hundreds", "members"} <= agency.PARTITIVES and "series" in agency.CONTAINER_NOUNS
    with pytest.raises(AttributeError):
        agency.NO_SUCH_LIST  # noqa: B018


def test_file_options_default_to_none():
    import inspect

    for function in (
        framing.find_passives,
        framing.passives,
        framing.find_harm_events,
        framing.harm_events,
        framing.find_hedges,
        framing.hedges,
    ):
        for name in ("stative", "lexicon"):
            parameter = inspect.signature(function).parameters.get(name)
            if parameter is not None:
                assert parameter.default is None, (function.__name__, name)


# ------------------------------------------- acts real reports name, and who they are put on
# Invented sentences in the shapes of reports of shootings, massacres, shelling and crowd
# crushes; names (Varo, Kessar, Morrow) are invented. Generic taxonomy.

#: text -> [(trigger, agent_head, agent_group)]
REPORT_CASES = [
    # the act of firing, and its near-misses
    ("Police opened fire on students near the campus.", [("opened fire", "Police", "state_forces")]),
    ("Soldiers fired on villagers waiting for flour.", [("fired", "Soldiers", "state_forces")]),
    ("Artillery units shelled the northern districts.", [("shelled", "units", "other")]),
    ("The militia wiped out two hamlets.", [("wiped out", "militia", "armed_groups")]),
    ("The premier fired the minister last week.", []),
    ("The crew shot a film in the valley.", []),
    ("A fire broke out in the market.", []),
    (
        "The report documents repression and disappearances.",
        [("repression", "", "none"), ("disappearances", "", "none")],
    ),
    # doers named by the governing verb or adjective
    (
        "The monitors accused the Varo Guard of carrying out executions, abductions and the burning of homes.",
        [("executions", "Guard", "other"), ("abductions", "Guard", "other"), ("burning", "Guard", "other")],
    ),
    (
        "The Varo militia was accused of torture and looting.",
        [("torture", "militia", "armed_groups"), ("looting", "militia", "armed_groups")],
    ),
    ("The minister blamed the Varo Guard for the killings.", [("killings", "Guard", "other")]),
    ("Officials blamed the attacks on the Kessar Brigade.", [("attacks", "Brigade", "other")]),
    ("The Kessar Brigade is responsible for the massacre.", [("massacre", "Brigade", "other")]),
    ("Investigators held the Varo militia responsible for the massacre.", [("massacre", "militia", "armed_groups")]),
    ("The Varo militia claimed responsibility for the bombing.", [("bombing", "militia", "armed_groups")]),
    ("Nobody has claimed responsibility for the ambush.", [("ambush", "", "none")]),
    ("The rebels staged attacks on three checkpoints.", [("attacks", "rebels", "armed_groups")]),
    ("The air force carried out airstrikes on the town.", [("airstrikes", "force", "state_forces")]),
    # an actor named as a modifier of the act, and an act as the subject of harm
    (
        "An army airstrike killed six people.",
        [("airstrike", "army", "state_forces"), ("killed", "army", "state_forces")],
    ),
    # the packaged world rows (framing/data/actors_world.csv) know real demonyms and armed groups
    (
        "Israeli shelling destroyed the clinic.",
        [("shelling", "Israeli", "state_forces"), ("destroyed", "Israeli", "state_forces")],
    ),
    ("RSF attacks left dozens dead.", [("attacks", "RSF", "armed_groups")]),
    ("Last night's raid killed a nurse.", [("raid", "", "none"), ("killed", "", "none")]),
    # wrong doers removed: gapped numbers, times, victims of reduced passives
    ("At least 100 were killed and 760 injured.", [("killed", "", "none"), ("injured", "", "none")]),
    # the time is no doer, and neither is the war: a state of affairs names no doer unless it
    # names its sides (labelling guidelines: "the war between X and Y has killed" is mutual; war
    # is no trigger), framing.agency.owners.is_event_noun; this case once pinned "war" as other
    ("The war, which began in April 2023, has killed thousands.", [("killed", "", "none")]),
    ("Civilians shot dead by gunmen were found in a ditch.", [("shot", "gunmen", "armed_groups")]),
    ("Villagers beaten by militiamen were treated at the clinic.", [("beaten", "militiamen", "armed_groups")]),
    # reserved groups: sides of a reciprocal act, a pronoun
    (
        "Fighting between the army and the rebels killed 40 people.",
        [("Fighting", "army", "mutual"), ("killed", "army", "mutual")],
    ),
    ("Clashes between rival clans left three dead.", [("Clashes", "clans", "mutual")]),
    ("We saw seven people they slaughtered.", [("slaughtered", "they", "pronoun")]),
    ("He stabbed the guard and fled.", [("stabbed", "He", "pronoun")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_CASES)
def test_harm_events_in_the_shapes_of_reports(parse_text, text, expected):
    found = [
        (e.trigger, e.agent_head, e.agent_group) for e in framing.find_harm_events(parse_text(text), context=False)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting between the army and the rebels killed 40 people.", ["state_forces;armed_groups"] * 2),
        ("Clashes between rival clans left three dead.", ["other"]),
        ("Soldiers fired on villagers waiting for flour.", [""]),
    ],
)
def test_agent_groups_name_both_sides_of_a_mutual_act(parse_text, text, expected):
    events = framing.find_harm_events(parse_text(text), context=False)
    assert [e.agent_groups for e in events] == expected
    assert all((e.agent_group == "mutual") == bool(e.agent_groups) for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops did not fire on the crowd.", [True]),
        ("The guards never fired on the marchers.", [True]),
        ("No one was killed in the raid.", [True, False]),
        ("No shots were fired at the convoy.", [True]),
        ("The army denied that its soldiers shot the protesters.", [True]),
        ("The army denied shooting the protesters.", [True]),
        ("The officers rejected claims that they beat the detainees.", [True]),
        ("The brigade did not deny firing on the crowd.", [False]),
        ("The spokesman said troops shot two men.", [False]),
        ("The army denied the charge and fired again.", [False]),
        ("No group has claimed the killings.", [False]),
        ("The militia never carried out attacks on the camp.", [True]),
    ],
)
def test_negated_and_denied_acts(parse_text, text, expected):
    assert [e.negated for e in framing.find_harm_events(parse_text(text), context=False)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most victims were killed in a stampede.", ["stampede"]),
        ("Dozens were killed as a result of trampling.", ["trampling"]),
        ("A fire broke out in the market and killed nine traders.", ["fire"]),
        ("A landslide killed nine villagers.", ["landslide"]),
        ("A surge of fans at the gate killed seven people.", ["surge"]),
        ("Several pilgrims died of asphyxia in the crowd.", ["asphyxia"]),
        ("Troops opened fire on the crowd.", [""]),
        ("The shops were looted and then set on fire.", ["", ""]),  # "set on fire" is arson, not a cause
        ("Gunmen killed four guards at the gate.", [""]),
    ],
)
def test_non_human_cause(parse_text, text, expected):
    events = framing.find_harm_events(parse_text(text), context=False)
    assert [e.cause for e in events] == expected
    assert all(e.agent_group == "none" for e in events if e.cause)


def test_responsibility_counts_only_none_as_agentless():
    events = _events(
        ["the army and the rebels", "they", "", "police"],
        ["mutual", "pronoun", "none", "police"],
        [0, 1, 2, 3],
    )
    table = framing.responsibility(events=events, groups=["police", "other", "pronoun", "mutual", "none"])
    shares = table.set_index(["measure", "group"])["share"]
    assert shares[("agentless", "")] == pytest.approx(0.25)
    assert shares[("agent_expressed", "")] == pytest.approx(0.75)
    assert shares[("agent_group", "mutual")] == pytest.approx(0.25)
    assert shares[("agent_group", "pronoun")] == pytest.approx(0.25)


def test_reserved_groups_follow_the_taxonomy_by_default():
    events = _events(["they", ""], ["pronoun", "none"], [0, 1])
    table = framing.responsibility(events=events)
    groups = table.loc[table["measure"] == "agent_group", "group"].tolist()
    assert groups[-4:] == ["other", "pronoun", "mutual", "none"]


def test_harm_lexicon_without_unless_column_still_reads(tmp_path):
    path = tmp_path / "harm.csv"
    path.write_text("term,kind,rationale\nfire,verb,test\nopen fire,verb,test\n", encoding="utf-8")
    lexicon = framing.agency.events.harm_lexicon(str(path))
    assert lexicon["verb"] == frozenset({"fire"})
    assert lexicon["phrasal"] == {"open": frozenset({"fire"})}
    # no listed objects: only the abstract nouns every verb shares ("murdered the economy")
    assert lexicon["unless"] == {"fire": lexicon["abstract"], "open fire": lexicon["abstract"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six were shot dead and 40 wounded.", [("shot", "be", "Six"), ("wounded", "be", "40")]),
        ("Four were killed and six others captured.", [("killed", "be", "Four"), ("captured", "be", "six others")]),
        ("The curfew was lifted and markets reopened.", [("lifted", "be", "The curfew")]),
        (
            "Villagers beaten by militiamen were treated.",
            [("beaten", "reduced", "Villagers"), ("treated", "be", "Villagers beaten by militiamen")],
        ),
    ],
)
def test_gapped_and_misparsed_reduced_passives(parse_text, text, expected):
    found = [(p.verb, p.construction, p.patient) for p in framing.find_passives(parse_text(text))]
    assert found == expected


# A weapon or vehicle as the doer names no side by itself; its modifier may. Impact verbs
# ("struck", "hit", "slammed into") are harm only when a weapon, an act or a known actor does
# them. Invented sentences in the shapes of reports of missile, drone and tank attacks.
WEAPON_CASES = [
    ("A Kessarian rocket struck a hospital in Morrow.", [("struck", "Kessarian", "other")]),
    ("Army helicopters strafed the convoy.", [("strafed", "Army", "state_forces")]),
    ("A military drone hit a wedding party near Varo.", [("hit", "military", "state_forces")]),
    ("Tanks fired on the crowd at the gate.", [("fired", "", "none")]),
    ("A stray bullet killed a boy in Morrow.", [("killed", "", "none")]),
    (
        "The clinic collapsed after being hit by a Kessarian artillery shell.",
        [("hit", "Kessarian", "other")],
    ),
    (
        "Police rockets slammed into the market, wrecking stalls.",
        [("slammed", "Police", "state_forces"), ("wrecking", "Police", "state_forces")],
    ),
    ("Seven died as a rocket strike hit the depot.", [("rocket strike", "", "none"), ("hit", "", "none")]),
    ("The rebels struck a checkpoint at dawn.", [("struck", "rebels", "armed_groups")]),
    (
        "The shelling damaged a school and two mosques.",
        [("shelling", "", "none"), ("damaged", "", "none")],
    ),
    # a weapon with a reduced passive names that passive's by-agent; a bare mine or plane names nobody
    ("The bomb, planted by the militia, killed four people.", [("killed", "militia", "armed_groups")]),
    ("A landmine killed two boys herding goats.", [("killed", "", "none")]),
    ("Villagers said the planes that bombed the school came from the north.", [("bombed", "", "none")]),
    # an act named as the by-agent: its doer is the doer
    (
        "Four farmers were killed by army tank fire.",
        [("killed", "army", "state_forces"), ("tank fire", "army", "state_forces")],
    ),
    # must find nothing: impact verbs without a weapon, act or actor, a labour strike
    ("The storm struck the coast overnight.", []),
    ("Her second album hit the charts in May.", []),
    ("The unions struck a deal with the ministry.", []),
    ("Dock workers began a strike on Monday.", []),
    ("Rising prices hit poorer families hardest.", []),
    ("The ship was damaged in a storm.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEAPON_CASES)
def test_weapons_name_no_doer_and_impact_verbs_need_one(parse_text, text, expected):
    found = [
        (e.trigger, e.agent_head, e.agent_group) for e in framing.find_harm_events(parse_text(text), context=False)
    ]
    assert found == expected


# A participle with its own subject and no auxiliary is passive in a gapped coordination after a
# count, an absolute "with" clause and the small clause of a perception or causative verb: its
# subject is the victim, not the doer. Shapes of casualty reports; sentences invented.
SMALL_CLAUSE_CASES = [
    ("Six guards were shot and dozens more wounded by shrapnel.", [("shot", "be", ""), ("wounded", "be", "shrapnel")]),
    ("The raids went on, with scores of students detained.", [("detained", "reduced", "")]),
    (
        "Unrest spread, with hundreds arrested and at least nine killed.",
        [("arrested", "reduced", ""), ("killed", "reduced", "")],
    ),
    ("A neighbour saw the driver beaten outside the depot.", [("beaten", "reduced", "")]),
    (
        "The purge went on, with scores of officers dismissed and at least 30 executed.",
        [("dismissed", "reduced", ""), ("executed", "reduced", "")],
    ),
    ("Villagers found the teacher murdered in his home.", [("murdered", "reduced", "")]),
    # must find nothing: active verbs after "with" or a perception verb, a past tense after a count
    ("He saw that the soldiers killed the driver.", []),
    ("With the army advancing, residents fled.", []),
    ("Three rebel units attacked and two others retreated.", []),
]


@pytest.mark.parametrize(("text", "expected"), SMALL_CLAUSE_CASES)
def test_participles_in_gapped_absolute_and_small_clauses_are_passive(parse_text, text, expected):
    found = [(p.verb, p.construction, p.agent_head) for p in framing.find_passives(parse_text(text))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six guards were shot and dozens more wounded by shrapnel.", [("shot", ""), ("wounded", "")]),
        ("Unrest spread, with hundreds arrested and at least nine killed.", [("killed", "")]),
        ("A neighbour saw the driver beaten outside the depot.", [("beaten", "")]),
    ],
)
def test_the_victim_of_a_small_clause_is_not_its_doer(parse_text, text, expected):
    found = [(e.trigger, e.agent) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# The gerund after a reduced passive relative ("X accused of", "X suspected of") is controlled
# by the noun the participle modifies, as in headlines and identifications of suspects.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two soldiers suspected of killing a shopkeeper.", [("killing", "soldiers")]),
        ("Militia accused of torturing prisoners in Varo", [("torturing", "Militia")]),
        ("The court named three officers charged with shooting the marchers.", [("shooting", "officers")]),
        # an active participle's gerund stays with the participle's own subject
        ("Witnesses accused of lying described the killing of the guard.", [("killing", "")]),
    ],
)
def test_a_reduced_passive_relative_controls_its_gerund(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# An act named as the occasion of a harm verb ("killed 12 in a raid") is done by that verb's doer;
# headline and lead shapes of reports of raids and ambushes. Invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bandits kill nine farmers in raid on Kessar",
            [("kill", "Bandits"), ("raid", "Bandits")],
        ),
        (
            "Insurgents killed four soldiers during an ambush near Varo.",
            [("killed", "Insurgents"), ("ambush", "Insurgents")],
        ),
        # a passive harm verb without a by-agent takes the doer of the act it happened in
        # (decided for agency_real.csv s046/s200: "killed in an RSB attack" names the RSB)
        (
            "Two guards were wounded in the assault by the militia.",
            [("wounded", "militia"), ("assault", "militia")],
        ),
        (
            "Eleven pupils were shot during an attack carried out by gunmen.",
            [("shot", "gunmen"), ("attack", "gunmen")],
        ),
        (
            "Dozens of villagers were killed in a militia attack on Kessar.",
            [("killed", "militia"), ("attack", "militia")],
        ),
        ("Security forces killed 40 people in the crackdown.", [("killed", "forces"), ("crackdown", "forces")]),
        # no doer to pass on, or the act is not the occasion of a harm verb
        ("Nine people were killed in an attack on the market.", [("killed", ""), ("attack", "")]),
        ("The general spoke in the assault on the town.", [("assault", "")]),
    ],
)
def test_an_act_framing_a_harm_verb_shares_its_doer(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A passive harm verb without a by-agent shares one named elsewhere in its sentence: the by-agent of
# a coordinated passive whose auxiliary is gapped, when it names an actor, and the by-phrase of an
# elliptic partitive of the victims ("most of them by police bullets"). Invented sentences in the
# shapes of casualty reports from protests and air wars.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four marchers were shot dead and dozens more wounded by police in Varo.",
            [("shot", "police"), ("wounded", "police")],
        ),
        (
            "Two farmers were beaten by soldiers and three others detained.",
            [("beaten", "soldiers")],
        ),
        (
            "Thirty people were killed during the unrest, most of them by police bullets, the commission said.",
            [("killed", "police")],
        ),
        (
            "Six reporters were killed this year, four of them by army air strikes, the union said.",
            [("killed", "army"), ("air strikes", "army")],
        ),
        # no actor to share: a weapon or an act as the gapped by-agent, a partitive without "by"
        (
            "Some were shot in the back and others cut down by bursts of gunfire.",
            [("shot", ""), ("cut down", ""), ("gunfire", "")],  # bursts count the gunfire, an act
        ),
        ("Thirty people were killed, most of them in the capital.", [("killed", "")]),
        ("Nine people were killed in an attack on the market.", [("killed", ""), ("attack", "")]),
    ],
)
def test_a_passive_shares_a_by_agent_named_in_its_sentence(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Acts listed as examples of a wider act share the doer the grammar names for it, as in the
# summaries of rights reports. Invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia was accused of abuses, including beatings and the torture of detainees.",
            [("abuses", "militia"), ("beatings", "militia"), ("torture", "militia")],
        ),
        (
            "Rebels committed crimes such as looting and arson.",
            [("crimes", "Rebels"), ("looting", "Rebels"), ("arson", "Rebels")],
        ),
        (
            "The guards carried out atrocities, including executions.",
            [("atrocities", "guards"), ("executions", "guards")],
        ),
        pytest.param(
            "The atrocities by the guards, including executions, were documented.",
            [("atrocities", "guards"), ("executions", "guards")],
            marks=pytest.mark.xfail(
                strict=True, reason="the parser hangs 'including' on the by-agent, not on the act"
            ),
        ),
        # no doer named for the wider act: none for the examples
        ("Attacks on villages, including the shelling of Varo, continued.", [("Attacks", ""), ("shelling", "")]),
        # "as" without "such" is no list of examples
        ("He spoke as the killings went on.", [("killings", "")]),
    ],
)
def test_listed_examples_share_the_doer_of_the_wider_act(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Reciprocal acts name their sides through a coordinated or plural subject ("clashed", "fought",
# "exchanged gunfire"); "fire" is an act when an actor, a weapon or a frame names it. Shapes of
# reports of gang wars, border fighting and shootings at crowds; invented sentences.
RECIPROCAL_CASES = [
    ("Soldiers and smugglers clashed near Varo.", [("clashed", "Soldiers", "mutual", "state_forces;other")]),
    ("Two rival militias fought for control of the port.", [("fought", "militias", "mutual", "armed_groups")]),
    (
        "Militants and soldiers exchanged gunfire near the bridge.",
        [("gunfire", "Militants", "mutual", "armed_groups;state_forces")],
    ),
    ("Rebels fought with the police in Kessar.", [("fought", "Rebels", "mutual", "armed_groups;state_forces")]),
    # an object that is the other side names it (framing.agency.sides); "their way" names one side
    ("The rebels fought the army for the pass.", [("fought", "rebels", "mutual", "armed_groups;state_forces")]),
    ("The rebels fought their way into the town.", [("fought", "rebels", "armed_groups", "")]),
    ("Nobody was fighting in the village.", [("fighting", "", "none", "")]),
    # a bare gerund names the activity, as the noun would: its governor's subject is no side
    ("The monitor, which tracks fighting in the north, said nine died.", [("fighting", "", "none", "")]),
    ("Markets closed amid fighting.", [("fighting", "", "none", "")]),
    ("Twelve people were killed between Monday and Wednesday.", [("killed", "", "none", "")]),
    # "between" hung on the verb the act is the subject of still names the sides; one plural place does not
    (
        "Fighting broke out between the army and the rebels near Varo.",
        [("Fighting", "army", "mutual", "state_forces;armed_groups")],
    ),
    (
        "Gunbattles raged for days between soldiers and gang members.",
        [("Gunbattles", "soldiers", "mutual", "state_forces;armed_groups")],
    ),
    ("The shelling went on between the two villages.", [("shelling", "", "none", "")]),
    # "fire" named by an actor or a frame is the act; a blaze and a labour strike are not
    ("Residents blamed army fire for the deaths.", [("fire", "army", "state_forces", "")]),
    ("The bus came under fire from the militia.", [("fire", "militia", "armed_groups", "")]),
    ("Fire destroyed the market overnight.", [("destroyed", "", "none", "")]),
    ("The mayor fought corruption for a decade.", []),
    ("Teachers began a strike over pay.", []),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL_CASES)
def test_reciprocal_acts_and_fire_named_as_an_act(parse_text, text, expected):
    events = framing.find_harm_events(parse_text(text), context=False)
    assert [(e.trigger, e.agent_head, e.agent_group, e.agent_groups) for e in events] == expected


# Objects that give a harm verb a sense that is no harm are read also as the passive subject, the
# of-object of a partitive, with their modifier, and after "to" / "with"; and verbs of crowd crushes,
# arson and euphemism. Invented sentences; the first group must find nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The amendment was killed in the upper house.", []),
        ("The crew shot most of the documentary near Varo.", []),
        ("The guitarist shot to fame with a single album.", []),
        ("The spokesman shot down rumours of a coup.", []),
        ("The editor fired off an email to the board.", []),
        ("The agency was bombarded with complaints.", []),
        ("The order will be executed next week.", []),
        ("Guards fired warning shots over the crowd.", []),
        ("Police fired tear gas at the marchers.", []),
        # the harm senses stay
        ("Police fired live rounds at the marchers.", [("fired", "Police")]),
        ("Two prisoners were executed at dawn.", [("executed", "")]),
        ("Militants set fire to the clinic.", [("set fire", "Militants")]),
        ("The fighting has claimed hundreds of lives.", [("fighting", ""), ("claimed", "")]),
        ("Dozens were trampled by the crowd at the gate.", [("trampled", "crowd")]),
        ("Two boys were pushed and run over by a police truck.", [("run over", "police")]),
    ],
)
def test_senses_that_are_no_harm_and_crowd_and_arson_verbs(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Verbs of violence that real reports use (blades, stoning, arson, repression of protests, robbery),
# and their near-misses. Invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders hacked two herders to death near Kessar.", [("hacked", "Raiders")]),
        ("The mob set the chapel ablaze.", [("set the chapel ablaze", "mob")]),
        ("Police cracked down on the marchers in Varo.", [("cracked down", "Police")]),
        ("The regime has repressed every protest since May.", [("repressed", "regime")]),
        ("Militiamen robbed and beat the traders.", [("robbed", "Militiamen"), ("beat", "Militiamen")]),
        # found; no doer: a state of affairs (framing.agency.owners.is_event_noun)
        ("The conflict has taken the lives of 300 people.", [("taken the lives", "")]),
        # must find nothing
        ("Someone hacked the ministry's website overnight.", []),
        ("The talks set the stage for a truce.", []),
        ("Two men robbed a bank in the capital.", []),
    ],
)
def test_verbs_of_violence_from_reports(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A support verb in its -ing form after a control frame ("accused X of staging the massacre").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels accused the army of staging the massacre.", [("massacre", "army")]),
        ("Monitors accused the guards of committing atrocities.", [("atrocities", "guards")]),
        ("The court heard of the staging of a play.", []),
    ],
)
def test_support_verbs_in_ing_form_pass_the_controller(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# "at the hands of X" names the doer of a passive or an act noun. Invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four detainees were beaten at the hands of the police.", [("beaten", "police", "state_forces")]),
        ("The abuses at the hands of the militia went on for years.", [("abuses", "militia", "armed_groups")]),
        # other hands are no doer
        ("The minister shook hands with the soldiers who fired on the crowd.", [("fired", "soldiers", "state_forces")]),
        ("The wounded were killed with their hands tied.", [("killed", "", "none")]),
    ],
)
def test_at_the_hands_of_names_the_doer(parse_text, text, expected):
    found = [
        (e.trigger, e.agent_head, e.agent_group) for e in framing.find_harm_events(parse_text(text), context=False)
    ]
    assert found == expected


# A wire dateline the parser takes for the subject is set aside; the subject is the noun after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KELDAR, Varo (Reuters) - Gunmen killed nine traders near the market.", [("killed", "Gunmen")]),
        (
            "TARVIN (AP) - Rebels of the northern front ambushed a convoy, killing four soldiers.",
            [("ambushed", "Rebels"), ("killing", "Rebels")],
        ),
        # an acronym subject is no dateline
        ("NATO troops killed two fighters.", [("killed", "troops")]),
        ("UNICEF said gunmen killed nine children.", [("killed", "gunmen")]),
    ],
)
def test_a_dateline_is_not_the_doer(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Whoever ordered an act is named as its author (a support verb, like "carry out").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The colonel, who is accused of ordering the massacre, fled.", [("massacre", "colonel")]),
        ("The general ordered the shelling of the old town.", [("shelling", "general")]),
        ("The general did not order the shelling.", [("shelling", "general")]),
        ("The judge ordered an inquiry into the killings.", [("killings", "")]),
    ],
)
def test_the_one_who_ordered_an_act_is_its_author(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A label for acts already named is no act of its own; an act named only by the label is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court ruled that the shootings constituted war crimes.", [("shootings", "")]),
        ("Investigators said the raids may amount to crimes against humanity.", [("raids", "")]),
        ("The commander was convicted of genocide.", [("genocide", "commander")]),
        ("The panel described the killings as a massacre.", [("killings", ""), ("massacre", "")]),
    ],
)
def test_a_label_of_named_acts_is_no_act(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Verbs of beating, demolition and hostage-taking from reports of raids and detentions, with their
# metaphors. Invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards clubbed two inmates to death.", [("clubbed", "Guards")]),
        ("The prisoners were flogged in the square.", [("flogged", "")]),
        ("Soldiers demolished forty homes in Varo.", [("demolished", "Soldiers")]),
        ("Airstrikes flattened the market.", [("Airstrikes", ""), ("flattened", "")]),
        ("The gunmen took nine villagers hostage.", [("took nine villagers hostage", "gunmen")]),
        # must find nothing
        ("He flogged his old car to a dealer.", []),
        ("The minister demolished the opposition's argument.", []),
        ("Rate rises flattened the housing market.", []),
        ("High tariffs strangled trade with the north.", []),
    ],
)
def test_verbs_of_beating_demolition_and_hostage_taking(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Deaths are an outcome; they are the act only when a frame of responsibility names who caused them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials blamed the deaths on the militia.", [("deaths", "militia")]),
        ("The army is responsible for the deaths of six boys.", [("deaths", "army")]),
        ("The deaths of six boys shocked the town.", []),
        ("The death toll rose to 40.", []),
        ("Troops fired on the crowd, causing dozens of deaths.", [("fired", "Troops")]),
    ],
)
def test_deaths_are_an_act_only_when_blamed(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# "died" is harm only with a cause or mechanism and no act named for it; "crushed" only in the
# passive or "to death"; "returned fire" is shooting. Shapes of crowd-crush and shooting reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine pilgrims died in a stampede at the gate.", [("died", "", "stampede")]),
        ("Two marchers died of gunshot wounds in hospital.", [("died", "", "")]),
        ("Three boys died at the hands of the guards.", [("died", "guards", "")]),
        ("Dozens were crushed as the crowd surged.", [("crushed", "", "")]),
        ("A girl was crushed to death at the gate.", [("crushed", "", "")]),
        ("The soldiers returned fire.", [("returned fire", "soldiers", "")]),
        # must find only the act, or nothing
        ("Four traders died in the shelling.", [("shelling", "", "")]),
        ("The poet died in 1998 in his sleep.", []),
        ("The party crushed its rivals in the vote.", []),
        ("The voters returned the mayor to office.", []),
    ],
)
def test_deaths_with_a_cause_crushing_and_return_fire(parse_text, text, expected):
    found = [(e.trigger, e.agent_head, e.cause) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A "which" clause the parser hangs on a place inside an act's phrase is about the act.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN documented heavy shelling by army units in the valley, which killed four shepherds.",
            [("shelling", "units"), ("killed", "units")],
        ),
        (
            "The attack on the market, which wounded nine, was blamed on militants.",
            [("attack", "militants"), ("wounded", "militants")],
        ),
        # an antecedent that names an actor or a weapon stays
        ("Residents fled the militia, which killed two elders.", [("killed", "militia")]),
        ("Rebels shelled the port at dawn, which frightened residents.", [("shelled", "Rebels")]),
    ],
)
def test_which_after_an_act_is_about_the_act(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A pronoun object is not its own clause's subject (Principle B): an object-controlled victim is
# not the doer of "shooting them". Shapes of witness accounts of executions; invented sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses said guards forced the prisoners to kneel before shooting them.", [("shooting", "guards")]),
        ("Militiamen rounded up the farmers who fled and beat them.", [("beat", "Militiamen")]),
        # a subject-controlled verb, or another number, keeps its controller
        ("Soldiers rounded up men at the market and shot them.", [("shot", "Soldiers")]),
        ("The captain ordered the recruits to kill him.", [("kill", "recruits")]),
        ("The colonel ordered the sergeant to shoot him.", [("shoot", "sergeant")]),
        ("The villagers accused the settlers of attacking them.", [("attacking", "settlers")]),
    ],
)
def test_a_pronoun_object_is_not_the_controller(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# Objects and patients that make a harm word a metaphor, from politics, sport and business pages.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition launched an attack on the budget.", []),
        ("The mayor was charged with abuse of power.", []),
        ("The home side beat the champions 3-1.", []),
        ("The bank targeted inflation of two percent.", []),
        ("Protesters burned tyres on the main road.", []),
        ("Investors shelled out millions for the port.", []),
        ("The ministry destroyed documents about the deal.", []),
        # the harm senses stay
        ("Rebels launched an attack on the barracks.", [("attack", "Rebels")]),
        ("Police beat the detainees with batons.", [("beat", "Police")]),
        ("Militiamen burned homes in the valley.", [("burned", "Militiamen")]),
    ],
)
def test_metaphors_of_politics_sport_and_business(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A participle of result hung on a verb that does no harm itself: on a reporting verb set into the
# report it takes the reported clause's doer; on a verb whose argument is an act with a named doer, that
# doer. Otherwise it keeps its controller. Invented sentences in the shapes of wire leads.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels shelled the market on Monday, officials said, killing nine traders.",
            [("shelled", "Rebels"), ("killing", "Rebels")],
        ),
        (
            "Army tanks pounded the old town for days, the UN envoy said, killing dozens.",
            [("pounded", "Army"), ("killing", "Army")],
        ),
        (
            "A bus came under fire from militia positions near Varo, wounding six passengers.",
            [("fire", "positions"), ("wounding", "positions")],
        ),
        (
            "Residents blamed the militia for an air strike that hit the clinic, killing four nurses.",
            [("air strike", "militia"), ("hit", "militia"), ("killing", "militia")],
        ),
        (
            "Gunfire from militia fighters hit families walking home, wounding dozens.",
            [("Gunfire", "fighters"), ("hit", "fighters"), ("wounding", "fighters")],
        ),
        # must keep the controller: the governor is the act, or its act names no doer
        (
            "Gunmen raided the village at dawn, killing eleven people.",
            [("raided", "Gunmen"), ("killing", "Gunmen")],
        ),
        (
            "Soldiers entered the town after an attack on the market, killing two boys.",
            [("attack", ""), ("killing", "Soldiers")],
        ),
        (
            "The mayor spoke to reporters, describing the scene.",
            [],
        ),
    ],
)
def test_a_participle_of_result_takes_the_doer_of_the_act(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


# A possessed or bare definite agent the taxonomy does not know takes the group of the actor named
# before it in the sentence (the labelling guidelines' "group of what it plainly refers to in the
# same sentence"), and an unknown head the group of a known noun modifying it; a pronoun stays a
# pronoun, a known head keeps its group, a description with modifiers or without an antecedent
# stays "other". Invented sentences; generic taxonomy.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said its units had killed 40 insurgents.", [("killed", "units", "state_forces")]),
        ("The rebel commander admitted that his men had looted shops.", [("looted", "men", "armed_groups")]),
        ("A militia leader ordered some of his men to kill the prisoners.", [("kill", "some", "armed_groups")]),
        (
            "A spokesman for the militia said the group had never attacked civilians.",
            [("attacked", "group", "armed_groups")],
        ),
        # a subject before a nearer object
        (
            "The rebels raided an army base and their men killed two guards.",
            [("raided", "rebels", "armed_groups"), ("killed", "men", "armed_groups")],
        ),
        # an unknown head takes the group of a known noun modifying it
        ("An army unit shelled the village at dawn.", [("shelled", "unit", "state_forces")]),
        ("A police patrol beat two boys near the station.", [("beat", "patrol", "state_forces")]),
        # must not change
        ("A farm worker beat two boys near the station.", [("beat", "worker", "other")]),
        ("The group later claimed responsibility for the bombing.", [("bombing", "group", "other")]),
        ("The army said it had killed 40 insurgents.", [("killed", "it", "pronoun")]),
        # a known retinue head serves its owner (framing.agency.owners): the labelling guidelines
        # decide "his troops" of a paramilitary leader as armed_groups "although troops is generic
        # state vocabulary", so this case, once pinned as state_forces, now follows the guidelines
        ("The rebel commander said his soldiers had shelled the town.", [("shelled", "soldiers", "armed_groups")]),
        ("Police said the men who shot the driver fled.", [("shot", "men", "other")]),
        ("Villagers said the local men had beaten the thief.", [("beaten", "men", "other")]),
    ],
)
def test_a_possessed_or_definite_agent_takes_the_group_of_its_antecedent(parse_text, text, expected):
    events = framing.find_harm_events(parse_text(text), context=False)
    assert [(e.trigger, e.agent_head, e.agent_group) for e in events] == expected


# A passive participle the parser reads as an active verb (a reduced relative with a by-agent, a
# passive split by an adverbial, a participle coordinated after a passive) names its by-agent or no
# one, never its victim. Invented sentences in the shapes of reports of executions and sieges.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers shot dead by soldiers during the raid were buried on Friday.",
            [("shot", "soldiers"), ("raid", "soldiers")],
        ),
        ("Two pupils were on Tuesday shot dead near the school, their teachers said.", [("shot", "")]),
        (
            "Whole streets were looted, set alight and shelled until nothing was left.",
            [("looted", ""), ("set alight", ""), ("shelled", "")],
        ),
        # must not change: an active verb with its own subject or object
        ("Soldiers shot dead three farmers near the dam.", [("shot", "Soldiers")]),
        ("The houses were looted and the militia shelled the market.", [("looted", ""), ("shelled", "militia")]),
    ],
)
def test_a_passive_read_as_active_does_not_make_its_victim_the_doer(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected


def test_a_participle_hung_on_be_or_coordinated_after_a_passive_is_passive():
    """Hand-built parses of the misreadings: "were on Tuesday shot dead" with "shot" a past
    tense hung on "were", and "were plundered and shelled" with "shelled" a past tense."""
    from framing.agency.doers import misread_passive
    from framing.syntax import parse_tree

    vocab = Vocab()
    split = Doc(
        vocab,
        words=["Students", "were", "on", "Tuesday", "shot", "dead"],
        heads=[1, 1, 1, 2, 1, 4],
        deps=["nsubj", "ROOT", "prep", "pobj", "dep", "oprd"],
        pos=["NOUN", "AUX", "ADP", "PROPN", "VERB", "ADJ"],
        tags=["NNS", "VBD", "IN", "NNP", "VBD", "JJ"],
        lemmas=["student", "be", "on", "Tuesday", "shoot", "dead"],
    )
    coordinated = Doc(
        vocab,
        words=["Homes", "were", "looted", "and", "shelled"],
        heads=[2, 2, 2, 2, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj"],
        pos=["NOUN", "AUX", "VERB", "CCONJ", "VERB"],
        tags=["NNS", "VBD", "VBN", "CC", "VBD"],
        lemmas=["home", "be", "loot", "and", "shell"],
    )
    active = Doc(
        vocab,
        words=["Rebels", "shelled", "homes"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "dobj"],
        pos=["NOUN", "VERB", "NOUN"],
        tags=["NNS", "VBD", "NNS"],
        lemmas=["rebel", "shell", "home"],
    )
    assert misread_passive(parse_tree(split).node(4))
    assert misread_passive(parse_tree(coordinated).node(4))
    assert not misread_passive(parse_tree(active).node(1))


# More shapes of real reports: the same object pronoun cannot be a verb's controller and its object;
# a fronted passive participle names the doer of the act it is said of; a gapped passive hangs on a
# number ("and five injured by soldiers"); a conjunct shares its verb's relative subject. Invented
# sentences; the last cases must not change.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers rounded up the men, accused them of spying and shot them near the river.", [("shot", "Soldiers")]),
        (
            "Carried out by militiamen over two days, the massacre took the lives of 90 villagers.",
            [("massacre", "militiamen"), ("took the lives", "militiamen")],
        ),
        (
            "Two were shot dead and five injured by soldiers near the gate.",
            [("shot", "soldiers"), ("injured", "soldiers")],
        ),
        (
            "Monitors documented heavy shelling by the army in the north, which killed and wounded dozens of people.",
            [("shelling", "army"), ("killed", "army"), ("wounded", "army")],
        ),
        # must not change
        ("Police accused them of looting and arrested them.", [("looting", "them")]),
        ("Praised by the mayor, the police patrol left the town.", []),
    ],
)
def test_pronoun_objects_fronted_participles_and_gapped_numbers(parse_text, text, expected):
    found = [(e.trigger, e.agent_head) for e in framing.find_harm_events(parse_text(text), context=False)]
    assert found == expected
