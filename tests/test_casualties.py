"""Tests for framing.casualties: number reading, toll finding, tables."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from conftest import toll_rows
from framing.casualties import (
    CASUALTY_COLUMNS,
    MEASURES,
    QUALIFIERS,
    TOLL_TABLE_COLUMNS,
    find_casualties,
    is_vague,
    parse_number,
)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["1,000"], 1000),
        (["three", "hundred"], 300),
        (["twenty", "-", "five"], 25),
        (["1.2", "million"], 1_200_000),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["dozens"], 24),
        (["hundreds"], 200),
        (["tens", "of", "thousands"], 20_000),
        (["seven"], 7),
        (["banana"], None),
    ],
)
def test_parse_number(words, value):
    assert parse_number(words) == value


GOLD = [
    ("At least 45 civilians were killed in the shelling.", [(45, "at_least", "civilians")]),
    ("More than 1,200 people have died.", [(1200, "more_than", "total")]),
    ("Some 300 fighters were killed.", [(300, "about", "fighters")]),
    ("Nearly two hundred villagers died.", [(200, "nearly", "civilians")]),
    ("Dozens of soldiers were killed in the ambush.", [(24, "at_least", "security_forces")]),
    ("The death toll rose to 512.", [(512, "exact", "total")]),
    ("Up to 60 police officers were wounded.", [(60, "up_to", "security_forces")]),
    ("The monitor put the toll at 88.", [(88, "exact", "total")]),
    ("Gunmen shot dead eight protesters.", [(8, "exact", "civilians")]),
    ("At least 20 soldiers died and 40 surrendered.", [(20, "at_least", "security_forces")]),
    # hard negatives
    ("Many houses burned, but no one was killed.", []),
    ("The monitor counted 12 massacres targeting villagers.", []),
    ("A 13-year-old boy was killed.", []),
    ("About 10 per cent of the dead were children.", []),
    ("The war began in 2011 and has killed many.", []),
    ("Three months after the killings, the town is quiet.", []),
    ("Fighters destroyed 30 houses.", []),
    ("Hundreds of people fled their homes.", [(200, "at_least", "total")]),  # displaced: a toll of its measure
    ("The soldier, 24, died of his wounds.", []),
    # person nouns missing from the victims file fall back to people_nouns.csv
    ("Raiders killed 11 traders near Olvan.", [(11, "exact", "civilians")]),
    ("Twelve teachers drowned in the storm.", [(12, "exact", "civilians")]),
    ("The bomb killed four sergeants.", [(4, "exact", "security_forces")]),
    ("Five mercenaries were killed near the dam.", [(5, "exact", "fighters")]),
    # nouns derived from toll verbs
    ("Talks stalled after the killing of dozens of drivers.", [(24, "at_least", "civilians")]),
    ("The shooting of 14 students shocked the town.", [(14, "exact", "civilians")]),
    # the toll word in the verb's object / the toll noun phrase
    ("Medics put the number of dead at 63.", [(63, "exact", "total")]),
    # a population base is not a toll
    ("Six of the 90 tourists died on the ridge.", [(6, "exact", "civilians")]),
    ("A third of the 1,200 villagers were wounded.", []),
    ("Half of the 300 dead were women.", [(300, "exact", "total")]),
    # "one of N"
    ("The cook was one of 27 sailors killed in the blast.", [(27, "exact", "security_forces")]),
    # people counted outside the toll clause
    ("About 400 volunteers searched the rubble after the blast killed 9 people.", [(9, "exact", "total")]),
    ("Hundreds of mourners gathered after the killings.", []),
    # elliptical conjunct
    (
        "Three constables were killed and two injured.",
        [(3, "exact", "security_forces"), (2, "exact", "security_forces")],
    ),
    ("Relatives of the dead can ring 0161 496 0000.", []),
]


@pytest.mark.parametrize(("text", "expected"), GOLD)
def test_find_casualties_gold(parse_text, text, expected):
    found = [(c.value, c.qualifier, c.victims) for c in find_casualties(parse_text(text))]
    assert found == expected


# (value, qualifier, vague, measure, victims) per toll: invented sentences, one pattern each
MEASURE_GOLD = [
    # what was counted
    ("Raiders killed 14 herders near Tessaly.", [(14, "exact", False, "killed", "civilians")]),
    ("At least 35 villagers were wounded in the strike on Morvel.", [(35, "at_least", False, "injured", "civilians")]),
    ("Nine miners were hurt when the shell landed.", [(9, "exact", False, "injured", "civilians")]),
    ("Seventeen fishermen remain missing after the raid.", [(17, "exact", False, "missing", "civilians")]),
    ("The offensive has displaced 6,400 families from Quarrin.", [(6400, "exact", False, "displaced", "families")]),
    ("Police detained 52 students after the march.", [(52, "exact", False, "detained", "civilians")]),
    ("Troops arrested 18 farmers at the checkpoint.", [(18, "exact", False, "detained", "civilians")]),
    ("Volunteers buried 140 people in a pit near Sarnow.", [(140, "exact", False, "killed", "total")]),
    ("Militiamen shot dead eleven shepherds.", [(11, "exact", False, "killed", "civilians")]),
    ("The clinic counted 30 casualties after the blast.", [(30, "exact", False, "other", "total")]),
    (
        "At least 61 people were killed and 230 wounded in Belvar.",
        [(61, "at_least", False, "killed", "total"), (230, "exact", False, "injured", "total")],
    ),
    (
        "The raid killed 8 guards and injured 15 guards.",
        [(8, "exact", False, "killed", "security_forces"), (15, "exact", False, "injured", "security_forces")],
    ),
    # qualifiers: the number stays the stated bound
    ("Fewer than 10 miners died in the collapse.", [(10, "fewer_than", False, "killed", "civilians")]),
    ("Less than a dozen pilgrims were injured.", [(12, "fewer_than", False, "injured", "civilians")]),
    ("Up to 70 recruits were killed at the camp.", [(70, "up_to", False, "killed", "security_forces")]),
    ("No more than 15 guards were hurt in the riot.", [(15, "up_to", False, "injured", "security_forces")]),
    ("The death toll in Harnby exceeded 300 on Sunday.", [(300, "more_than", False, "killed", "total")]),
    ("By Monday the toll had climbed above 450.", [(450, "more_than", False, "killed", "total")]),
    ("The toll topped 90 overnight.", [(90, "more_than", False, "killed", "total")]),
    ("Over 200 soldiers were killed in the offensive.", [(200, "more_than", False, "killed", "security_forces")]),
    ("No fewer than 40 pilgrims drowned.", [(40, "at_least", False, "killed", "civilians")]),
    # vague quantities: lower bound, flagged, at_least unless a qualifier is stated
    ("Hundreds of villagers were killed in Oskel.", [(200, "at_least", True, "killed", "civilians")]),
    ("Scores of protesters were injured.", [(40, "at_least", True, "injured", "civilians")]),
    ("Dozens of residents are still missing.", [(24, "at_least", True, "missing", "civilians")]),
    ("Nearly hundreds of students were detained.", [(200, "nearly", True, "detained", "civilians")]),
    ("Thousands have been displaced by the shelling.", [(2000, "at_least", True, "displaced", "total")]),
    ("A dozen nurses were wounded.", [(12, "exact", False, "injured", "civilians")]),
    # unknown victims are kept as "other"
    ("At least 100 Palestinians were killed near the convoy.", [(100, "at_least", False, "killed", "other")]),
    ("The blast killed two dozen Yazidis.", [(24, "exact", False, "killed", "other")]),
    ("Officials said 300 Rohingya were missing.", [(300, "exact", False, "missing", "other")]),
    # breakdowns: one row per part, the whole keeps its own noun
    (
        "The assault killed 213 people, including 93 members of the security forces and 120 fighters.",
        [
            (213, "exact", False, "killed", "total"),
            (93, "exact", False, "killed", "security_forces"),
            (120, "exact", False, "killed", "fighters"),
        ],
    ),
    (
        "Medics said 40 people died, among them 12 children.",
        [(40, "exact", False, "killed", "total"), (12, "exact", False, "killed", "civilians")],
    ),
    (
        "The dead included 30 soldiers and 12 rebels.",
        [(30, "exact", False, "killed", "security_forces"), (12, "exact", False, "killed", "fighters")],
    ),
    # must yield nothing
    ("Shelling killed 200 sheep in the Dalra valley.", []),
    ("Thousands of families fled the fighting.", [(2000, "at_least", True, "displaced", "families")]),
    ("The mayor said 40 cars were destroyed and no one was hurt.", []),
    ("A man aged 62 died in hospital in Verrin.", []),
    ("The monitor listed 12 massacres targeting villagers.", []),
    ("Fighters burned 30 houses in Tolva.", []),
    ("Nobody was arrested after the beating of the two porters.", []),
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_GOLD)
def test_find_casualties_measure_qualifier_vague(parse_text, text, expected):
    found = [(c.value, c.qualifier, c.vague, c.measure, c.victims) for c in find_casualties(parse_text(text))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "victim_text"),
    [
        ("At least 100 Palestinians were killed near the convoy.", "At least 100 Palestinians"),
        (
            "At least 1,500 civilians belonging to the Varan minority were killed.",
            "At least 1,500 civilians belonging to the Varan minority",
        ),
        ("Rebels killed 40 people living in the camp.", "40 people living in the camp"),
        ("Investigators found 40 people killed in the raid.", "40 people"),
    ],
)
def test_victim_text_keeps_the_counted_noun_and_its_participle(parse_text, text, victim_text):
    (toll,) = find_casualties(parse_text(text))
    assert toll.victim_text == victim_text


def test_participle_modifier_names_the_group(parse_text):
    from conftest import STUDY

    doc = parse_text("At least 1,500 civilians belonging to the Alawite minority were killed.")
    assert [c.victims for c in find_casualties(doc)] == ["civilians"]
    assert [c.victims for c in find_casualties(doc, victims=STUDY / "victims.csv")] == ["alawite_civilians"]


@pytest.mark.parametrize(
    ("words", "vague"),
    [(["dozens"], True), (["tens", "of", "thousands"], True), (["a", "dozen"], False), (["300"], False)],
)
def test_is_vague(words, vague):
    assert is_vague(words) is vague


def test_toll_table_separates_measures():
    rows = pd.DataFrame(
        {
            "outlet": ["A", "A", "A"],
            "measure": ["injured", "killed", "killed"],
            "victims": ["total", "total", "total"],
            "value": [760, 104, 104],
            "qualifier": ["exact", "at_least", "exact"],
            "vague": [False, False, False],
            "number_text": ["760", "104", "104"],
            "source": ["", "", ""],
            "source_type": ["", "", ""],
        }
    )
    table = framing.toll_table(tolls=rows)
    assert list(zip(table["measure"], table["value"], table["n_mentions"], strict=True)) == [
        ("killed", 104, 2),
        ("injured", 760, 1),
    ]
    assert list(framing.toll_table(tolls=rows, measure="injured")["value"]) == [760]
    with pytest.raises(ValueError, match="measure 'dead'"):
        framing.toll_table(tolls=rows, measure="dead")


def test_toll_terms_without_measure_column_count_other(parse_text, tmp_path):
    from framing.lexicons import load_lexicon

    path = tmp_path / "terms.csv"
    load_lexicon("toll_terms").drop(columns="measure").to_csv(path, index=False)
    (toll,) = find_casualties(parse_text("Raiders killed 14 herders."), toll_terms=str(path))
    assert toll.measure == "other"


def test_offsets_cover_number(parse_text):
    doc = parse_text("Gunmen killed three hundred villagers.")
    (toll,) = find_casualties(doc)
    assert doc.text[toll.start_char : toll.end_char] == "three hundred"


def test_study_victims_taxonomy(parse_text):
    from conftest import STUDY

    doc = parse_text("About 250 pro-Assad fighters and 40 Alawite civilians were killed.")
    groups = [c.victims for c in find_casualties(doc, victims=STUDY / "victims.csv")]
    assert groups == ["pro_assad_fighters", "alawite_civilians"]


def test_casualties_and_toll_table(seed_parsed):
    from conftest import STUDY

    table = framing.casualties(seed_parsed, victims=STUDY / "victims.csv", sources=STUDY / "sources.csv")
    assert list(table.columns) == CASUALTY_COLUMNS
    assert table["value"].dtype == "int64" and table["sent_id"].dtype == "int64"
    assert table["vague"].dtype == "bool"
    assert set(table["qualifier"]) <= set(QUALIFIERS)
    assert set(table["measure"]) <= set(MEASURES) and "killed" in set(table["measure"])
    # the Observatory's civilian toll is reported by several outlets
    assert (table["value"].isin([745, 750])).sum() >= 3
    assert not table["value"].isin([2011, 13, 10]).any()
    tolls = framing.toll_table(tolls=table)
    assert list(tolls.columns) == TOLL_TABLE_COLUMNS
    assert tolls["n_mentions"].sum() == len(table)
    assert tolls["vague"].dtype == "bool"
    deaths = framing.toll_table(tolls=table, measure="killed")
    assert set(deaths["measure"]) == {"killed"}
    assert deaths["n_mentions"].sum() == (table["measure"] == "killed").sum()


def test_toll_table_needs_input():
    with pytest.raises(ValueError, match="tolls="):
        framing.toll_table()


def test_toll_table_row_order_invariant():
    rows = pd.DataFrame(
        {
            "outlet": ["A", "A", "B"],
            "measure": ["killed", "killed", "killed"],
            "victims": ["civilians", "civilians", "total"],
            "value": [745, 745, 1000],
            "qualifier": ["about", "exact", "more_than"],
            "vague": [False, False, False],
            "number_text": ["745", "745", "1,000"],
            "source": ["SOHR", "", ""],
            "source_type": ["monitor_ngo", "", ""],
        }
    )
    a = framing.toll_table(tolls=rows)
    assert a.loc[0, "n_mentions"] == 2 and a.loc[0, "source"] == "SOHR"


# --------------------------------------------------------------------------- options and data


def test_armed_side_is_read_from_the_side_column_not_the_rationale(parse_text, tmp_path):
    """Sergeants are state forces by the packaged 'side'; a file that says
    non_state sends them to fighters even though its rationale still says 'police'."""
    from framing.lexicons import load_lexicon

    doc = parse_text("The bomb killed four sergeants.")
    assert [c.victims for c in find_casualties(doc)] == ["security_forces"]
    people = load_lexicon("people_nouns")
    people.loc[people["lemma"] == "sergeant", ["side", "rationale"]] = ["non_state", "armed: police and custody"]
    path = tmp_path / "people.csv"
    people.to_csv(path, index=False)
    assert [c.victims for c in find_casualties(doc, people_nouns=str(path))] == ["fighters"]


def test_armed_people_nouns_have_a_side_and_others_none():
    from framing.lexicons import load_lexicon

    people = load_lexicon("people_nouns")
    armed = people["kind"] == "armed"
    assert set(people.loc[armed, "side"]) == {"state", "non_state"}
    assert (people.loc[~armed, "side"] == "").all()


def test_people_nouns_without_side_column_is_an_error(parse_text, tmp_path):
    from framing.lexicons import load_lexicon

    path = tmp_path / "people.csv"
    load_lexicon("people_nouns").drop(columns="side").to_csv(path, index=False)
    with pytest.raises(ValueError, match="missing column.*side"):
        find_casualties(parse_text("The bomb killed four sergeants."), people_nouns=str(path))


def test_packaged_lexicons_are_the_none_default(parse_text):
    doc = parse_text("At least 45 civilians were killed in the shelling.")
    named = find_casualties(doc, lexicon="quantities", toll_terms="toll_terms", people_nouns="people_nouns")
    assert find_casualties(doc) == named
    assert parse_number(["dozens"], lexicon=None) == 24


def test_unknown_keyword_is_a_type_error(seed_parsed, parse_text):
    with pytest.raises(TypeError):
        framing.casualties(seed_parsed, victim=None)  # a misspelling of victims=
    with pytest.raises(TypeError):
        find_casualties(parse_text("Ten died."), lexicons=None)
    with pytest.raises(TypeError):
        framing.toll_table(seed_parsed, lexicn=None)


# A taxonomy written from labelling guidelines that send unlisted groups to "other":
# no ``fallback`` row, so person nouns it lacks are not taken for civilians.
GUIDELINE_VICTIMS = pd.DataFrame(
    [
        ("civilians", "head", "civilian", "guidelines"),
        ("security_forces", "head", "soldier", "guidelines"),
        ("fighters", "head", "fighter", "guidelines"),
        ("children", "head", "child", "guidelines"),
        ("women", "head", "woman", "guidelines"),
        ("total", "head", "people", "guidelines"),
        ("total", "head", "body", "guidelines"),
    ],
    columns=["victims", "match", "pattern", "note"],
)


def guideline_tolls(parse_text, text):
    return toll_rows(parse_text(text), GUIDELINE_VICTIMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # person nouns the taxonomy lacks: "other" without a fallback row
        ("Floodwaters killed nine fishermen near Arlow.", [(9, "other", "killed")]),
        ("A shell killed 14 worshippers at the shrine in Pelt.", [(14, "other", "killed")]),
        # a toll word as the counted noun names no group
        (
            "By noon the clinic had counted 212 dead and 40 wounded.",
            [(40, "total", "injured"), (212, "total", "killed")],
        ),
        ("Field hospitals logged more than 600 casualties.", [(600, "total", "other")]),
        # taxonomy groups still win
        ("Snipers killed 6 civilians and 2 soldiers.", [(2, "security_forces", "killed"), (6, "civilians", "killed")]),
        ("Raiders burned 40 huts in Kolm.", []),
    ],
)
def test_guideline_taxonomy_groups(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


def test_fallback_row_names_the_person_group(parse_text):
    with_fallback = pd.concat(
        [
            GUIDELINE_VICTIMS,
            pd.DataFrame([("civilians", "fallback", "person", "decision")], columns=GUIDELINE_VICTIMS.columns),
        ]
    )
    doc = parse_text("Floodwaters killed nine fishermen near Arlow.")
    assert [c.victims for c in find_casualties(doc, victims=with_fallback)] == ["civilians"]
    assert [c.victims for c in find_casualties(doc)] == ["civilians"]  # the generic taxonomy has the row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # displaced, detained, missing and other counts, each in a shape of real reports
        ("Nearly 9,000 people have fled Orvel since Monday.", [(9000, "total", "displaced")]),
        ("About 1,500 residents were evacuated before the river burst its banks.", [(1500, "other", "displaced")]),
        ("The drought has uprooted 2 million, the agency said.", [(2000000, "total", "displaced")]),
        ("The quake left some 40,000 homeless.", [(40000, "total", "displaced")]),
        ("At least 3,000 refugees crossed the border on Friday.", [(3000, "other", "displaced")]),
        ("Police took 300 students into custody.", [(300, "other", "detained")]),
        ("More than 7,000 people were in detention after the protests.", [(7000, "total", "detained")]),
        ("The 40 detention centres were closed.", []),
        ("Insurgents took 17 soldiers prisoner at the pass.", [(17, "security_forces", "detained")]),
        ("The junta has jailed 45 journalists since the coup.", [(45, "other", "detained")]),
        ("Officials reported 60 arrests after the riot.", [(60, "total", "detained")]),
        ("Eighty people are still unaccounted for.", [(80, "total", "missing")]),
        # people seized by kidnappers are abducted (guidelines: other); "kidnapper" is a toll word for them
        ("Kidnappers seized 31 travellers on the highway.", [(31, "other", "other")]),
        ("Bandits kidnapped 31 travellers on the highway.", [(31, "other", "other")]),
        ("The fever has sickened more than 700 people.", [(700, "total", "other")]),
        ("Troops said they had neutralised 25 fighters.", [(25, "fighters", "killed")]),
        ("The floods have claimed 130 lives.", [(130, "total", "killed")]),
        # a toll noun naming people gives way to the clause's toll verb
        ("Some 200 refugees drowned off the cape.", [(200, "other", "killed")]),
        ("Six hostages were killed in the rescue attempt.", [(6, "other", "killed")]),
        # must yield nothing
        # a range parsed with the counted noun on its lower end keeps the noun's group
        ("Between 20 and 30 soldiers were killed at the pass.", [(20, "security_forces", "killed")]),
        # a proportion counts no one; "12 in two attacks" is still a count
        ("Four in five of the dead were men, officials said.", []),
        ("One in three of the injured was a child.", []),
        ("Gunmen killed 12 in two attacks on Sunday.", [(12, "total", "killed")]),
        ("The camp has room for 5,000 refugees.", []),
        ("The new shelter has beds for 300 displaced families.", []),
        ("There is space for 800 evacuees in the school.", []),
        # a count after "for" that is not a capacity stays a toll
        ("Prayers were said for 40 people killed in the crash.", [(40, "total", "killed")]),
        ("Refugees built 300 shelters near the border.", []),
        ("The court heard 14 cases on Monday.", []),
    ],
)
def test_guideline_measures(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number hangs on a compound: the phrase's head is what is counted
        ("A dozen aid workers were killed in the raid on Telmar.", [(12, "other", "killed")]),
        ("Two dozen rail workers were hurt when the bridge was shelled.", [(24, "other", "injured")]),
        # "members of X": X's group, else other (members are people)
        ("The bombing killed 12 members of the same family.", [(12, "other", "killed")]),
        ("Troops shot dead 31 members of the Varan sect.", [(31, "other", "killed")]),
        # must yield nothing
        ("The committee has 15 members.", []),
        ("Fifteen members of parliament met after the killings.", []),
    ],
)
def test_counted_noun_heads(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


def test_members_of_a_known_group(parse_text):
    doc = parse_text("Gunmen killed 23 members of the police in the north.")
    assert [(c.value, c.victims) for c in find_casualties(doc)] == [(23, "security_forces")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll word modifying the number or its noun gives the measure
        ("Shelling killed 40 people and left about 300 wounded.", [(40, "total", "killed"), (300, "total", "injured")]),
        (
            "The ministry reported 210 deaths and 1,900 people injured.",
            [(210, "total", "killed"), (1900, "total", "injured")],
        ),
        ("Clinics admitted 95 wounded patients overnight.", [(95, "other", "injured")]),
        # headline shapes: the count hangs on the toll word
        ("Flood kills 57 in northern valley", [(57, "total", "killed")]),
        ("Tunnel collapse: 12 dead, 30 hurt", [(12, "total", "killed"), (30, "total", "injured")]),
        # a toll that rose from one figure to another gives both
        ("The toll rose from 48 to 63 overnight.", [(48, "total", "killed"), (63, "total", "killed")]),
        # must yield nothing
        ("The ward has 60 beds for the wounded.", []),
        ("Trains ran from 9 to 11 after the deadly crash.", []),
    ],
)
def test_own_toll_words_and_headlines(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the dead named by a group is a toll of that group
        ("Of the 75 dead, 40 were women.", [(40, "women", "killed"), (75, "total", "killed")]),
        ("At least 9 of the dead were soldiers, the army said.", [(9, "security_forces", "killed")]),
        ("Of the 120 wounded, 35 were children.", [(35, "children", "injured"), (120, "total", "injured")]),
        ("Six of the dead were nurses.", [(6, "other", "killed")]),
        # a part picked out by a property is not
        ("Of the 60 dead, 41 had been shot in the head.", [(60, "total", "killed")]),
        ("Twelve of the wounded were in a critical condition.", []),
        ("At least 8 of the injured later died in hospital.", [(8, "total", "killed")]),
        # an elided noun takes the group of the toll it is coordinated with
        (
            "Two soldiers were killed and five others were wounded.",
            [(2, "security_forces", "killed"), (5, "security_forces", "injured")],
        ),
        (
            "Scores of fighters were killed in the assault, and at least 70 were captured.",
            [(40, "fighters", "killed"), (70, "fighters", "detained")],
        ),
        # but not across clauses that are not coordinated
        (
            "The strike killed 12 soldiers, raising the toll to 40.",
            [(12, "security_forces", "killed"), (40, "total", "killed")],
        ),
    ],
)
def test_partitive_and_elided_tolls(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age after "under" / "over" a noun, a population, are no tolls
        ("Two children under ten died of cholera in the camp.", [(2, "children", "killed")]),
        ("Six men over 70 were among the dead.", [(6, "other", "killed")]),
        ("Medics treated 900 wounded in a town with a population of 90,000.", [(900, "total", "injured")]),
        # displaced, missing and detained words
        ("About 8,000 people are sheltering in churches, the agency said.", [(8000, "total", "displaced")]),
        ("Some 20 miners are feared trapped in the shaft.", [(20, "other", "missing")]),
        ("At least 45 reporters remain behind bars.", [(45, "other", "detained")]),
        # a toll noun that names people, and the people a toll noun is about
        ("Some 3,000 refugees crossed the river overnight.", [(3000, "other", "displaced")]),
        ("The deaths of 52 spectators in the stand shocked the league.", [(52, "other", "killed")]),
        # an elided count borrows a noun only from a conjunct that is a toll
        ("About 300 passengers swam ashore and 7 drowned.", [(7, "total", "killed")]),
        # a headline count with its own participle
        ("Dorvan: 40 buried near school", [(40, "total", "killed")]),
        # under the rubble: missing, not dead
        ("Up to 300 people may still be buried under the rubble.", [(300, "total", "missing")]),
        ("Rescuers freed 12 people trapped in the wreckage.", [(12, "total", "missing")]),
        ("Villagers buried 30 people in a field.", [(30, "total", "killed")]),
    ],
)
def test_ages_shelter_and_people_nouns(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll noun naming people keeps its count when its compound names no known group
        ("An estimated 3,000 Varan refugees have crossed into Tolm since Monday.", [(3000, "other", "displaced")]),
        # a list of counts per place, the later ones with the verb left out
        (
            "Of those, 31 died in Arvel, 12 in Kesh, eight in Lom and five in Dara.",
            [(5, "total", "killed"), (8, "total", "killed"), (12, "total", "killed"), (31, "total", "killed")],
        ),
        # a toll word on a noun the count hangs from gives the measure
        (
            "Medics said the dead soldiers, among them 4 women, had been shot at a checkpoint.",
            [(4, "women", "killed")],
        ),
        # the "of" noun of a figure is what a bare figure counts
        (
            "A local militia put the number of civilians killed by the troops at more than 300.",
            [(300, "civilians", "killed")],
        ),
        ("The ministry put the number of dead at 63.", [(63, "total", "killed")]),
        # must yield nothing
        ("The number of schools in the district rose to 40 after the killings.", []),
    ],
)
def test_place_lists_path_words_and_figures(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range gives its lower end; a change of figure gives both
        ("Between 70 and 80 people were killed in the crush.", [(70, "total", "killed")]),
        ("Some 300 to 400 fighters were killed.", [(300, "fighters", "killed")]),
        ("The toll rose from 48 to 63 overnight.", [(48, "total", "killed"), (63, "total", "killed")]),
        # "N of them" with no group noun picks out a part by a property
        ("At least 27 people were wounded, four of them critically.", [(27, "total", "injured")]),
        ("The blast injured 112 people, 20 of them seriously.", [(112, "total", "injured")]),
        ("The raid killed 40 people, 15 of them children.", [(15, "children", "killed"), (40, "total", "killed")]),
        # a fronted set: its parts are tolls of their verbs
        ("Of those, 31 died in Arvel and 12 in Kesh.", [(12, "total", "killed"), (31, "total", "killed")]),
        # a group modifier of a toll noun
        ("The monitor said it had documented 1,383 civilian deaths.", [(1383, "civilians", "killed")]),
    ],
)
def test_ranges_parts_and_modified_toll_nouns(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 100 people were killed in the strikes, 30 of whom were children.",
            [(30, "children", "killed"), (100, "total", "killed")],
        ),
        ("Authorities reported 134 deaths and 2,000 injuries.", [(134, "total", "killed"), (2000, "total", "injured")]),
        (
            "A car bomb exploded, killing at least 12 people and wounding 30 others.",
            [(12, "total", "killed"), (30, "total", "injured")],
        ),
        ("The storm claimed the lives of 41 people.", [(41, "total", "killed")]),
        ("The crash killed all 62 people on board.", [(62, "total", "killed")]),
        # must yield nothing
        ("Some 1,200 people were rescued from the flood.", []),
        ("About 2,000 soldiers were deployed to the city.", []),
        ("The wounded were taken to 4 hospitals.", []),
    ],
)
def test_relative_parts_and_report_shapes(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # projections and conditions are no tolls
        ("Officials warned the toll could rise to 100.", []),
        ("If the dam fails, more than 5,000 people could die.", []),
        ("Aid workers said hundreds might still be trapped.", []),
        ("Up to 300 people may still be buried under the rubble.", [(300, "total", "missing")]),
        # money is no toll
        ("Compensation of $5,000 will be paid to the families of the 40 dead.", [(40, "total", "killed")]),
        # a fronted set picked out by a toll participle; its part picked out by another verb is no toll
        ("Of the 300 people arrested, 120 have been released.", [(300, "total", "detained")]),
        ("Thirty people have been hospitalised.", [(30, "total", "injured")]),
    ],
)
def test_projections_money_and_fronted_sets(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed 8 members of one family.", [(8, "other", "killed")]),
        ("Almost 90 percent of the 600 dead were men.", [(600, "total", "killed")]),
        ("Gunmen killed 40 Tavrinis in the village of Orsk.", [(40, "other", "killed")]),
        ("Eleven Velmari soldiers died in the ambush.", [(11, "security_forces", "killed")]),
    ],
)
def test_nested_counts_and_invented_demonyms(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the count on the auxiliary of the toll verb
        (
            "Some 14,000 people have been evacuated and 300 are missing.",
            [(300, "total", "missing"), (14000, "total", "displaced")],
        ),
        # headline shapes
        ("Quake toll passes 2,000 as rescuers dig", [(2000, "total", "killed")]),
        ("12 killed as gunmen storm hotel", [(12, "total", "killed")]),
        ("Dozens dead in market bombing", [(24, "total", "killed")]),
        ("At least 300 feared missing after ferry sinks", [(300, "total", "missing")]),
    ],
)
def test_auxiliary_subjects_and_headlines(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # homes as the object of a verb or of "from": displaced
        ("Nearly 9,000 people were forced from their homes in the valley.", [(9000, "total", "displaced")]),
        ("About 40,000 people have lost their homes, the agency said.", [(40000, "total", "displaced")]),
        # not elsewhere
        ("About 3,000 families returned to their homes after the ceasefire.", []),
        ("Gunmen burned 30 homes in the village.", []),
        ("Troops killed 7 people in their homes.", [(7, "total", "killed")]),
    ],
)
def test_homes_as_displacement(parse_text, text, expected):
    assert guideline_tolls(parse_text, text) == expected
