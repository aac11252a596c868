"""Toll shapes of prison riots, boat sinkings, kidnappings, sieges and strikes (tolls_dev5).

Invented sentences, one group per rule, each with sentences that must give
no toll. Groups and measures follow ``data/validation/tolls_sources_real_guidelines.md``.
"""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import toll_rows

GUIDELINE_VICTIMS = pd.DataFrame(
    [
        ("civilians", "head", "civilian", "guidelines"),
        ("protesters", "head", "protester", "guidelines"),
        ("security_forces", "head", "soldier", "guidelines"),
        ("security_forces", "head", "officer", "guidelines"),
        ("security_forces", "head", "guard", "guidelines"),
        ("fighters", "head", "fighter", "guidelines"),
        ("fighters", "head", "terrorist", "guidelines"),
        ("children", "head", "child", "guidelines"),
        ("children", "head", "pupil", "guidelines"),
        ("women", "head", "woman", "guidelines"),
        ("total", "head", "people", "guidelines"),
        ("total", "head", "body", "guidelines"),
        ("total", "head", "victim", "guidelines"),
        ("total", "head", "casualty", "tolls_dev5_victims"),
    ],
    columns=["victims", "match", "pattern", "note"],
)  # the guidelines' "others" row is left out: a stop word never heads an actor (load_victims warns of it)


def tolls(parse_text, text):
    return toll_rows(parse_text(text), GUIDELINE_VICTIMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "jail", "bars" and "hospital" are toll words only bare after in / into / to / behind
        ("Twelve protesters are still in jail, their lawyers said.", [(12, "protesters", "detained")]),
        ("The bombing killed 9 people and left 40 in hospital.", [(9, "total", "killed"), (40, "total", "injured")]),
        ("The jail was built for 300 inmates but held 650.", []),
        ("The minister ordered 40 inmates moved to federal jails.", []),
        ("The strike on the hospital killed 11 people.", [(11, "total", "killed")]),
    ],
)
def test_place_words_only_after_a_preposition(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hold" counts people held: passive, a participle, or a counted noun object
        ("He said he was held for a week with 80 other men in a warehouse.", [(80, "other", "detained")]),
        ("The militants are still holding 14 hostages.", [(14, "other", "other")]),
        ("Forty villagers were still being held by their captors.", [(40, "other", "other")]),
        # held: no one counted
        ("The stadium held 40,000 fans for the final.", []),
        ("Leaders held 3 meetings on the ceasefire.", []),
    ],
)
def test_custody_verbs_and_captivity(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people set free, transferred or exchanged are no toll, even as hostages or prisoners
        ("The army said 95 hostages had been freed in a raid.", []),
        ("Authorities released 210 prisoners under the deal.", []),
        ("Officials ordered the transfer of 60 prisoners to another jail.", []),
        ("The rebels freed 12 hostages but are still holding eight others.", [(8, "total", "other")]),
        # a release word elsewhere does not stop a toll of its own verb
        ("Six hostages were killed before the rest were freed.", [(6, "other", "killed")]),
    ],
)
def test_people_set_free_are_no_toll(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kidnapper is a toll word for the people it holds, never for its own count
        ("Kidnappers have seized at least 900 people this year.", [(900, "total", "other")]),
        ("A gang of 12 kidnappers stormed the village at night.", []),
        ("Police said 7 kidnappers were killed in the shootout.", [(7, "fighters", "killed")]),
    ],
)
def test_agent_toll_nouns(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of nearly 300 hurt": "one" picks a member of the counted set
        ("Hamid was one of nearly 300 pilgrims hurt in the crush.", [(300, "other", "injured")]),
        ("She was one of more than 40 people killed.", [(40, "total", "killed")]),
        ("One soldier was killed in the ambush.", [(1, "security_forces", "killed")]),
    ],
)
def test_one_of_a_qualified_count(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun set counted as a toll verb's object or subject is a toll of that verb
        ("A shell hit a van carrying pupils, killing 11 of them.", [(11, "total", "killed")]),
        ("Rebels hold 40 hostages, 12 of whom are presumed dead.", [(12, "total", "missing"), (40, "other", "other")]),
        # a pronoun set picked out by a property is not
        ("Ninety people were hurt, 20 of them seriously.", [(90, "total", "injured")]),
        (
            "Ninety people were injured, and 20 of them were in critical condition.",
            [(90, "total", "injured")],
        ),
    ],
)
def test_pronoun_parts_of_toll_verbs(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "presumed dead", "feared dead": missing
        ("Another 34 miners are presumed dead.", [(34, "other", "missing")]),
        ("At least 20 fishermen were feared dead after the storm.", [(20, "other", "missing")]),
        # "believed to have died" stays a death toll (tolls_real t129)
        ("More than 500 people are believed to have died.", [(500, "total", "killed")]),
        # "or" between two measures: dead and harmed together
        ("Some 70 people were killed or injured in the blast.", [(70, "total", "other")]),
        ("More than 800 migrants have died or gone missing this year.", [(800, "other", "other")]),
        ("Some 70 people were killed and injured in the blasts.", [(70, "total", "killed")]),
    ],
)
def test_presumed_dead_and_alternative_measures(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure noun is the subject of the number's verb: its "of" noun and toll words
        ("The number of inmates killed has risen to 34.", [(34, "other", "killed")]),
        ("The number of children injured in the attack rose to 19.", [(19, "children", "injured")]),
        ("The number of applicants has risen to 3,000.", []),
        # a breakdown the parser hangs on an adverbial clause belongs to the toll it follows
        (
            "More than 50 people are missing after the boat capsized, among them 16 children.",
            [(16, "children", "missing"), (50, "total", "missing")],
        ),
        ("Some 300 people attended after the march ended, among them 40 children.", []),
    ],
)
def test_figure_subjects_and_misattached_breakdowns(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new lexicon rows: "eliminated" is a death count; fans and patients are people
        ("The army said it eliminated dozens of terrorists.", [(24, "fighters", "killed")]),
        ("The army eliminated 14 checkpoints along the road.", []),
        ("Medics treated more than 300 fans outside the stadium.", [(300, "other", "injured")]),
        ("The clinic treated 1,200 cholera patients last month.", [(1200, "other", "injured")]),
        ("The stadium holds 30,000 fans.", []),
    ],
)
def test_dev5_lexicon_rows(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lose" with a counted object is a death toll
        ("The army said it had lost 17 soldiers in the fighting.", [(17, "security_forces", "killed")]),
        ("Around 40,000 people have lost their homes.", [(40000, "total", "displaced")]),
        ("The company lost 300 jobs after the factory was bombed.", []),
        ("The families lost contact with 12 boats overnight.", []),
    ],
)
def test_loss_verb_with_a_counted_object(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people rescued or released, as a participle on the count's noun: no toll
        ("Of the 58 people rescued, 11 were taken to hospital.", [(11, "total", "injured")]),
        ("Of the 40 hostages released on Friday, six needed treatment.", []),
        # a fronted set of people detained stays a toll though its part is released
        ("Of the 200 people arrested, 80 have been released.", [(200, "total", "detained")]),
        # the release verb frees its object, not the people a figure names
        ("The ministry released the names of 12 people killed in the raid.", [(12, "total", "killed")]),
        # a counted toll noun of people is no cue for another count
        (
            "The riot left two guards and 19 prisoners dead.",
            [(2, "security_forces", "killed"), (19, "other", "killed")],
        ),
    ],
)
def test_release_shapes_and_counted_person_nouns(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "half a million", headline "N hurt", "a hundred more"
        ("Nearly half a million people have been displaced.", [(500000, "total", "displaced")]),
        ("Kesra: 12 dead, 30 hurt as bus plunges into gorge", [(12, "total", "killed"), (30, "total", "injured")]),
        (
            "The attack killed 21 people and wounded a hundred more.",
            [(21, "total", "killed"), (100, "total", "injured")],
        ),
        # an age range is no count
        ("The dead were aged between 8 and 15.", []),
        ("Between 8 and 15 people died in the fire.", [(8, "total", "killed")]),
    ],
)
def test_half_a_million_headline_hurt_and_age_ranges(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted "Of the N X" set is no toll unless a toll word picks it out; the part takes the
        # set's group (tolls12: as the heldout5 and heldout7 labels give "Of the N men/girls ..., M ...")
        (
            "Of the 1,200 troops sent to the region in May, 47 have been killed.",
            [(47, "security_forces", "killed")],
        ),
        ("Of the 17 people arrested, nine were charged with murder.", [(17, "total", "detained")]),
        ("Of the 64 dead, 38 were women.", [(38, "women", "killed"), (64, "total", "killed")]),
    ],
)
def test_fronted_sets(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll noun with its own count is no cue for another count in the clause
        ("Thousands took to the streets on Friday to mourn the 52 victims.", [(52, "total", "other")]),
        ("The navy picked up 340 migrants and recovered 8 bodies.", [(8, "total", "killed")]),
        # a toll noun that is the subject of a specific verb takes that verb's measure
        (
            "The victims, 14 men and 3 women, were buried in a mass grave.",
            [(3, "women", "killed"), (14, "other", "killed")],
        ),
    ],
)
def test_counted_toll_nouns_and_subject_verbs(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # per-place lists with the verb gapped: each count is a toll of the first one's verb and group
        (
            "Twelve people were killed in Arva, eight in Soltan and three in Meda.",
            [(3, "total", "killed"), (8, "total", "killed"), (12, "total", "killed")],
        ),
        (
            "The army said 30 soldiers were killed in Dara and 12 in Kesh.",
            [(12, "security_forces", "killed"), (30, "security_forces", "killed")],
        ),
        # a place with a number in apposition that has no place of its own stays no count
        ("Residents of Block 7 said 14 neighbours had been killed.", [(14, "other", "killed")]),
    ],
)
def test_gapped_per_place_lists(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measure of a toll verb is not taken from a participle clause it governs
        (
            "The outbreak has sickened over 9,000 people in the camps, killing 112.",
            [(112, "total", "killed"), (9000, "total", "other")],
        ),
        ("Troops shot 14 protesters dead on Friday.", [(14, "protesters", "killed")]),
    ],
)
def test_measure_not_from_a_governed_clause(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more words of harm from wire and NGO reports
        ("Security forces rounded up at least 300 men in the village.", [(300, "other", "detained")]),
        ("Delegates held a second round of talks with 12 mediators.", []),
        ("Three more victims succumbed to their injuries overnight.", [(3, "total", "killed")]),
        ("The rebels beheaded 11 villagers and burned their homes.", [(11, "other", "killed")]),
        ("Thirty-one workers suffocated in the collapsed tunnel.", [(31, "other", "killed")]),
        ("Some 40 people were stabbed in the attack on the market.", [(40, "total", "other")]),
        ("The gunmen took 26 passengers captive.", [(26, "other", "other")]),
    ],
)
def test_more_harm_words(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trapped alone is "other" (guidelines: trapped miners); believed, feared or under rubble: missing
        ("Forty miners remain trapped 200 metres underground.", [(40, "other", "other")]),
        ("Rescuers are searching for 15 people believed trapped under the rubble.", [(15, "total", "missing")]),
        ("Scores of people are feared trapped after the block collapsed.", [(40, "total", "missing")]),
    ],
)
def test_trapped_people(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headline verbs the parser reads as counted nouns
        ("Over 100,000 flee as fighting nears Karsa", [(100000, "total", "displaced")]),
        ("12 die as bus plunges into river", [(12, "total", "killed")]),
        # the first part of a hyphenated word is no toll word
        ("The 12 die-hard fans stayed in the stadium.", []),
    ],
)
def test_headline_verbs_and_hyphenated_words(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "feared to have drowned" is a death toll; only "feared / presumed dead" is missing
        ("Nearly 300 migrants are feared to have drowned.", [(300, "other", "killed")]),
        # a counted toll noun the count is placed among stays its cue
        ("Among the 18 victims were four nurses and a doctor.", [(4, "other", "other"), (18, "total", "other")]),
    ],
)
def test_feared_to_have_died_and_among_counted_nouns(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modifier names the group of a noun the taxonomy sends to total
        ("OCHA recorded 1,432 civilian casualties in August.", [(1432, "civilians", "other")]),
        ("Police found 12 civilian bodies near the bridge.", [(12, "civilians", "killed")]),
        ("Police found 12 bodies near the bridge.", [(12, "total", "killed")]),
        # "killed or maimed": dead and hurt together
        ("At least 230 children have been killed or maimed this year.", [(230, "children", "other")]),
    ],
)
def test_modifier_groups_and_maimed(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every number of a list of ages is an age
        ("The victims were aged 19, 23 and 41.", []),
        (
            "The attack killed 19, 23 and 41 people in three towns.",
            [(19, "total", "killed"), (23, "total", "killed"), (41, "total", "killed")],
        ),
        # peacekeepers are soldiers of a peace mission
        ("Four peacekeepers were among those wounded.", [(4, "security_forces", "injured")]),
    ],
)
def test_age_lists_and_peacekeepers(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown the parser hangs on a noun of an adverbial clause still belongs to the toll
        (
            "More than 1,000 people have been detained since the protests began, including 85 journalists.",
            [(85, "other", "detained"), (1000, "total", "detained")],
        ),
        ("Crowds gathered after the protests began, including 85 journalists.", []),
    ],
)
def test_breakdown_on_an_adverbial_noun(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group holding counted people: hostages (other); a state holding them: detained
        ("Bandits are still holding more than 80 villagers seized last week.", [(80, "other", "other")]),
        ("The army is holding 120 suspects at the base.", [(120, "other", "detained")]),
        ("Police said 40 people were being held at the station.", [(40, "total", "detained")]),
        # a place that holds people is no custody
        ("The stadium held 40,000 fans for the final.", []),
    ],
)
def test_holders_of_people(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death sentence is not a death
        ("A military court sentenced 12 men to death over the killings.", []),
        ("The death penalty was handed to 7 men convicted of the murders.", []),
        # a participle of no harm on the count's noun keeps its own toll words to itself
        ("Police arrested 4 men suspected of the killings.", [(4, "other", "detained")]),
        ("Troops executed 9 men accused of spying.", [(9, "other", "killed")]),
    ],
)
def test_sentences_and_participles_of_no_harm(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a counted toll noun of people takes the verb that says what happened to them
        (
            "The jihadists executed 15 captives, including three women.",
            [(3, "women", "killed"), (15, "other", "killed")],
        ),
        ("The group is holding 30 captives.", [(30, "other", "other")]),
        (
            "Rebels killed 20 hostages, among them 4 children.",
            [(4, "children", "killed"), (20, "other", "killed")],
        ),
    ],
)
def test_parts_of_counted_person_toll_nouns(parse_text, text, expected):
    assert tolls(parse_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members named by a people-noun compound
        ("Rescue teams said 27 crew members were unaccounted for.", [(27, "other", "missing")]),
        ("The strike hit 30 aid groups' offices.", []),
        # a breakdown's part is no partner of a later elided count
        (
            "Clashes left 16 dead, among them 4 soldiers, and scores injured.",
            [(4, "security_forces", "killed"), (16, "total", "killed"), (40, "total", "injured")],
        ),
        # a figure in commas after "toll" is the toll; after a person, an age
        ("The official toll, 94, is widely believed to be an undercount.", [(94, "total", "killed")]),
        ("The soldier, 24, died in hospital.", []),
    ],
)
def test_members_breakdown_partners_and_appositive_figures(parse_text, text, expected):
    assert tolls(parse_text, text) == expected
