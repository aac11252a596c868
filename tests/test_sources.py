"""Tests for framing.sources: quotation pairing, attribution finding, the table."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.sources import ATTRIBUTION_COLUMNS, find_attributions, find_quotes, load_sources

GOLD = [
    # (text, [(source_head, verb, kind)])
    (
        "The ministry said that twelve soldiers died in the ambush.",
        [("ministry", "said", "indirect")],
    ),
    ("Twelve soldiers died in the ambush, the ministry said.", [("ministry", "said", "indirect")]),
    (
        "Twelve soldiers died in the ambush, said a local official.",
        [("official", "said", "indirect")],
    ),
    (
        "A nurse told reporters that the clinic had run out of blood.",
        [("nurse", "told", "indirect")],
    ),
    (
        "According to the Red Crescent, forty families fled.",
        [("Crescent", "according to", "indirect")],
    ),
    ("The rebels claimed they had captured the airport.", [("rebels", "claimed", "indirect")]),
    ('"We will not leave our homes," a farmer said.', [("farmer", "said", "direct")]),
    ('The mayor said: "Nobody is safe in this town tonight."', [("mayor", "said", "direct")]),
    (
        "Activists accused the police of firing on the crowd.",
        [("Activists", "accused", "indirect")],
    ),
    ("The toll reported by the monitor rose to forty.", [("monitor", "reported", "indirect")]),
    ("The agency warned of food shortages in the north.", [("agency", "warned", "indirect")]),
    (
        "The governor updated the figures, saying nine miners had died.",
        [("governor", "saying", "indirect")],
    ),
    ("The medic added that the wards were full.", [("medic", "added", "indirect")]),
    # hard negatives
    ("Nobody said anything as the convoy left.", []),
    ("The cook added salt to the soup.", []),
    ("The students posted photos of the flood.", []),
    ("It was reported that the bridge had collapsed.", []),
    ("The soldiers are said to have fled.", []),
    ("The report was published on Monday.", []),
    ("He told a joke.", []),
]


@pytest.mark.parametrize(("text", "expected"), GOLD)
def test_find_attributions_gold(parse_text, text, expected):
    found = [(a.source_head, a.verb, a.kind) for a in find_attributions(parse_text(text))]
    assert found == expected


def test_content_and_offsets(parse_text):
    doc = parse_text("The ministry said that twelve soldiers died in the ambush.")
    (record,) = find_attributions(doc)
    assert doc.text[record.start_char : record.end_char] == "said"
    assert doc.text[record.content_start : record.content_end] == "twelve soldiers died in the ambush"
    assert record.source == "The ministry"


def test_quote_spanning_sentences_extends_content(parse_text):
    text = '"We will rebuild every house," the governor said.\n"Nobody will be forgotten, I promise you all."'
    doc = parse_text(text)
    (record,) = find_attributions(doc)
    assert record.kind == "direct"
    assert doc.text[record.content_start : record.content_end].endswith("I promise you all.")


def test_find_quotes_pairs_curly_and_straight():
    text = 'He said \u201cwe stay\u201d and "we fight" today.'
    assert [text[s:e] for s, e in find_quotes(text)] == ["we stay", "we fight"]


def test_find_quotes_ignores_apostrophes():
    text = "The country\u2019s leader said \u2018enough\u2019."
    assert [text[s:e] for s, e in find_quotes(text)] == ["enough"]


def test_unbalanced_quote_degrades_one_quote():
    text = 'He said "we stay. Later she said "we go" and "we run".'
    assert [text[s:e] for s, e in find_quotes(text)] == ["we go", "we run"]


def test_multi_paragraph_quote_convention():
    text = '"First paragraph of the speech.\n"Second paragraph," he said.'
    assert [text[s:e] for s, e in find_quotes(text)] == [
        "First paragraph of the speech.",
        "Second paragraph,",
    ]


def test_unbalanced_quotes_do_not_lose_the_document(parse_text):
    doc = parse_text('The army said "the road is open. The monitor said that ten people died.')
    heads = [a.source_head for a in find_attributions(doc)]
    assert heads == ["army", "monitor"]


def test_load_sources_classifies_and_rejects_bad_rows():
    table = pd.DataFrame(
        {
            "source_type": ["un", "witness"],
            "match": ["phrase", "head"],
            "pattern": ["united nations", "witness"],
            "note": ["", ""],
        }
    )
    taxonomy = load_sources(table)
    assert taxonomy.classify("the United Nations envoy") == "un"
    assert taxonomy.classify("two people", head="witness") == "witness"
    with pytest.raises(ValueError, match="missing column"):
        load_sources(table.drop(columns="source_type"))


def test_attributions_table_columns_and_types(seed_parsed):
    from conftest import STUDY

    table = framing.attributions(seed_parsed, sources=STUDY / "sources.csv")
    assert list(table.columns) == ATTRIBUTION_COLUMNS
    for column in ("sent_id", "start_char", "end_char", "content_start", "content_end"):
        assert table[column].dtype == "int64"
    assert set(table["kind"]) == {"direct", "indirect"}
    assert "monitor_ngo" in set(table["source_type"])
    assert "according to" in set(table["verb"])
    assert (table["content"].str.len() > 0).all()


def test_validation_scores_meet_targets(parse_cache):
    from conftest import VALIDATION
    from framing.validation.sources import METRIC_COLUMNS, evaluate_sources

    metrics = evaluate_sources(VALIDATION, cache_dir=parse_cache)
    assert list(metrics.columns) == METRIC_COLUMNS == ["measure", "metric", "value", "n", "subset"]
    assert set(metrics["subset"]) == {"all", "dev", "heldout"}
    f1 = metrics[metrics["metric"] == "f1"].set_index(["subset", "measure"])["value"]
    assert len(f1) == 9
    assert (f1["all"] >= 0.90).all(), f1.to_dict()
    # the held-out sentences: at least 25 per measure
    assert (f1.index.get_level_values("subset") == "heldout").sum() == 3
    n = metrics[(metrics["metric"] == "f1") & (metrics["subset"] == "heldout")]["n"]
    assert (n >= 25).all()
    # The earlier held-out rows tuned the rules and are now dev. The new held-out
    # set measures the rules as they are: its score is reported, not asserted.
    assert (f1["dev"] >= 0.90).all(), f1.to_dict()


def test_split_must_be_consistent(tmp_path, parse_cache):
    from framing.validation.sources import evaluate_hedges

    path = tmp_path / "hedges.csv"
    pd.DataFrame(
        {
            "sentence": ["Gunmen reportedly fled.", "Gunmen reportedly fled."],
            "cue": ["reportedly", ""],
            "split": ["dev", "heldout"],
        }
    ).to_csv(path, index=False)
    with pytest.raises(ValueError, match="both"):
        evaluate_hedges(path, cache_dir=parse_cache)


def test_score_items_known_answer():
    from collections import Counter

    from framing.validation.sources import score_items

    gold = {"a": Counter({"x": 1}), "b": Counter({"y": 1}), "c": Counter()}
    found = {"a": Counter({"x": 1}), "b": Counter(), "c": Counter({"z": 1})}
    table = score_items(gold, found, "m", subset="heldout").set_index("metric")
    assert table.loc["precision", "value"] == pytest.approx(0.5)
    assert table.loc["recall", "value"] == pytest.approx(0.5)
    assert table.loc["f1", "n"] == 3 and table.loc["f1", "subset"] == "heldout"


@pytest.mark.parametrize(
    "text, expected",
    [
        # passive "quoted as saying" with no agent: the passive subject speaks
        ("The mayor was quoted as saying that the bridge had collapsed overnight.", [("mayor", "quoted as saying")]),
        ("The mayor was quoted in the local paper.", []),
        ("The general conceded that his troops had shelled the market.", [("general", "conceded")]),
        ("The minister maintained that the convoy carried only food.", [("minister", "maintained")]),
        ("The engineers maintained the road through the winter.", []),
        # a that-clause on a noun inside the verb's own phrase is the content
        (
            "The police chief acknowledged in a brief statement that two protesters had died.",
            [("chief", "acknowledged")],
        ),
        # a relative pronoun subject resolves to the noun it modifies
        ("I met a shopkeeper who told me that the militia had looted the square.", [("shopkeeper", "told")]),
        # a negative object is no reported content
        ("The spokesman said nothing about the arrests.", []),
        ("The spokesman said nothing had changed at the checkpoint.", [("spokesman", "said")]),
    ],
)
def test_general_attribution_patterns(parse_text, text, expected):
    found = [(a.source_head, a.verb) for a in find_attributions(parse_text(text))]
    assert found == expected


def test_outside_subtree_is_the_set_difference_of_subtrees():
    """outside_subtree(node, root) == node's subtree minus root's, for every pair of a tree."""
    import spacy
    from spacy.tokens import Doc

    from framing.sources.attributions import outside_subtree

    words = ["The", "army", "said", "that", "gunmen", "fired", "at", "homes", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 6, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    for node in doc:
        for root in doc:
            expected = {t.i for t in node.subtree} - {t.i for t in root.subtree}
            assert outside_subtree(node, root) == expected, (node.text, root.text)


def test_packaged_reporting_verbs_are_the_none_default(parse_text):
    from framing.sources import verb_classes

    doc = parse_text("The ministry said that twelve soldiers died.")
    assert find_attributions(doc) == find_attributions(doc, lexicon="reporting_verbs")
    assert verb_classes() == verb_classes("reporting_verbs")
    assert verb_classes()["say"] == "neutral"


def test_unknown_keyword_is_a_type_error(seed_parsed, parse_text):
    with pytest.raises(TypeError):
        framing.attributions(seed_parsed, source=None)  # a misspelling of sources=
    with pytest.raises(TypeError):
        find_attributions(parse_text("He said so."), lexicons=None)


def test_sources_package_reexports_the_old_names():
    import framing.sources as sources

    for name in sources.__all__:
        assert getattr(sources, name) is not None
    assert framing.attributions is sources.attributions
    assert framing.find_attributions is sources.find_attributions


# (source, source_head, verb) per attribution: invented sentences, one pattern each
SOURCE_GOLD = [
    # a pronoun source is kept, the pronoun as its head
    ("The convoy was struck near the bridge, it said.", [("it", "it", "said")]),
    ("It said 40 people had died at the Tolvan crossing.", [("It", "It", "said")]),
    ("She said the shelters in Marrow were full.", [("She", "She", "said")]),
    ("They told reporters the road to Ambry was closed.", [("They", "They", "told")]),
    ("It was reported that the depot at Sarn had burned.", []),
    ("It is claimed that the raid lasted an hour.", []),
    # a dateline is never a source, whatever the agency
    (
        "KORVIA (Nordpress): The interior ministry said 12 drones were downed.",
        [("The interior ministry", "ministry", "said")],
    ),
    ("BELMAR (Wirecast) - Police said 14 people were killed.", [("Police", "Police", "said")]),
    ("OSTRAVEN, June 9 (Globus) - The agency said the camp was shelled.", [("The agency", "agency", "said")]),
    (
        "TELVIK, Upper Province (NPA) — Witnesses said the troops fired on the crowd.",
        [("Witnesses", "Witnesses", "said")],
    ),
    ("DUNMERE CITY — Residents said the power had been cut for a week.", [("Residents", "Residents", "said")]),
    ("Harlow (Newsline) - The governor said the dam had held.", [("The governor", "governor", "said")]),
    ("The Lantern Relief Agency (LRA) said the camp had no water.", [("The Lantern Relief Agency", "Agency", "said")]),
    # a participle after a comma belongs to the subject of the clause it hangs from
    (
        "Orlan attributed the deaths to crowds that surged toward trucks guarded by the Veska militia, "
        "saying its soldiers fired only warning shots.",
        [("Orlan", "Orlan", "saying")],
    ),
    (
        "Orlan blamed the Veska militia, saying its soldiers fired only warning shots.",
        [("Orlan", "Orlan", "blamed"), ("Orlan", "Orlan", "saying")],
    ),
    (
        "The army said the rebels who held the bridge were retreating, adding that 20 were captured.",
        [("The army", "army", "said"), ("The army", "army", "adding")],
    ),
    ("A statement saying 30 people died was posted online.", [("A statement", "statement", "saying")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_GOLD)
def test_pronoun_dateline_and_participle_sources(parse_text, text, expected):
    found = [(a.source, a.source_head, a.verb) for a in find_attributions(parse_text(text))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("KORVIA (Nordpress): The ministry said", len("KORVIA (Nordpress):")),
        ("OSTRAVEN, June 9 (Globus) - The agency said", len("OSTRAVEN, June 9 (Globus) -")),
        ("Harlow (Newsline) - The governor said", len("Harlow (Newsline) -")),
        ("The Lantern Relief Agency (LRA): a report", 0),
        ("The agency (LRA) said", 0),
        ("Witnesses - two of them - said", 0),
    ],
)
def test_dateline_end(text, end):
    from framing.sources.datelines import dateline_end

    assert dateline_end(text) == end


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Witnesses said the troops fired on the crowd.", "witness"),
        ("A witness said the troops fired on the crowd.", "witness"),
        ("Two bystanders said the troops fired on the crowd.", "other"),
        ("The agencies said the camp had no water.", "agency"),
    ],
)
def test_plural_heads_match_the_taxonomy_by_lemma(parse_text, text, source_type):
    from framing.sources import classify_source

    taxonomy = load_sources(
        pd.DataFrame(
            {
                "source_type": ["witness", "agency"],
                "match": ["head", "head"],
                "pattern": ["witness", "agency"],
                "note": ["", ""],
            }
        )
    )
    (record,) = find_attributions(parse_text(text))
    assert classify_source(taxonomy, record) == source_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labelling and appeal verbs count as reporting acts only with a reported clause
        ("The envoy called on both armies to hold their fire.", []),
        ("The governor called the bombing an act of terror.", []),
        ("The army blamed the deaths on smugglers.", []),
        ("A doctor who asked not to be named said 12 patients had died.", [("doctor", "said")]),
        ("The mayor warned that the toll could rise.", [("mayor", "warned")]),
        (
            "The minister warned the death toll would rise, officials said.",
            [("minister", "warned"), ("officials", "said")],
        ),
        # a charge verb with no reported clause
        ("Residents accused the militia of looting shops.", []),
        # a reporting verb in the clause another one reports is not the sentence's own frame
        ("The group said it had recorded 312 deaths.", [("group", "said")]),
        ("The mayor said a nurse told him the clinic was empty.", [("mayor", "said")]),
        # a perception gerund reports a clause even when parsed as a compound noun
        ("People living nearby reported hearing screams and a single gunshot.", [("People", "reported")]),
        ("Residents reported hearing gunfire.", [("Residents", "reported")]),
        ("Witnesses reported seeing smoke over the barracks.", [("Witnesses", "reported")]),
        ("The tribunal delayed the hearing of the case.", []),
        ("The guards reported the incident to their commander.", []),
        # a speaker the parser hung onto a fronted phrase
        (
            "In an interview with Radio Lumo, Defence Minister Arno Felt said the strikes would continue.",
            [("Felt", "said")],
        ),
        ("In a call with the Velmar Post, the mayor said the town was surrounded.", [("mayor", "said")]),
        ("In talks with the rebels, the envoy and the general agreed on a truce.", []),
        # an inverted frame the parser read as a verb and its object
        ("The attack lasted nearly an hour, reported the Lumbe Times.", [("Times", "reported")]),
        ("Five people died, reported state television.", [("television", "reported")]),
        ("The rebels stormed the base, claimed victory.", []),
        ("Police arrested the driver, seized his phone and reported the case to prosecutors.", []),
        # clarify reports a clause
        ("The ministry later clarified that none of the dead were soldiers.", [("ministry", "clarified")]),
        ("The ministry clarified its guidance on curfews.", []),
        # participles and separate clauses are
        (
            "The army admitted that a shell hit the school, saying an inquiry was under way.",
            [("army", "admitted"), ("army", "saying")],
        ),
        (
            "The army says 45 soldiers died; the rebels claim the figure is higher.",
            [("army", "says"), ("rebels", "claim")],
        ),
    ],
)
def test_reporting_acts_of_the_real_report_guidelines(parse_text, text, expected):
    from framing.sources import find_reporting_acts as reporting_acts

    found = [(a.source_head, a.verb) for a in reporting_acts(parse_text(text))]
    assert found == expected


def test_find_attributions_keeps_labelling_and_appeal_verbs(parse_text):
    # the package's attributions (and attributions.csv) count them; only the real-report scoring leaves them out
    found = find_attributions(parse_text("The envoy called on both armies to hold their fire."))
    assert [(a.source_head, a.verb) for a in found] == [("envoy", "called")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A militia commander boasted that his men had taken the bridge.", [("commander", "boasted")]),
        ("The monitor documented 140 killings in the first week.", [("monitor", "documented")]),
        ("The health office recorded 2,300 deaths by Friday.", [("office", "recorded")]),
        ("Volunteers counted 61 bodies along the river.", [("Volunteers", "counted")]),
        (
            "The station, quoting a police source, said the gunmen had fled.",
            [("station", "quoting"), ("station", "said")],
        ),
        # must yield nothing
        ("A video recorded by a resident showed the blast.", []),
        ("The farmers counted on the rains.", []),
    ],
)
def test_count_and_quoting_verbs(parse_text, text, expected):
    assert [(a.source_head, a.verb) for a in find_attributions(parse_text(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines and participle phrases leave out the passive auxiliary: the subject is reported on
        ("Army accused of shelling market in Velna\nThe army denied it.", [("army", "denied")]),
        ("Militia blamed for massacre in north\nOfficials said 40 died.", [("Officials", "said")]),
        ("Rebels said to hold airport\nResidents fled.", []),
        ("Troops accused of killing 30 protesters face an inquiry, the ministry said.", [("ministry", "said")]),
        # active verbs keep their source
        ("Police say 30 killed in raid on camp\nResidents fled.", [("Police", "say")]),
        ("The army blamed the militia for the massacre.", [("army", "blamed")]),
        ("The rebels claimed to have downed a drone.", [("rebels", "claimed")]),
        ("The commander vowed to retake the town.", [("commander", "vowed")]),
        ("He said to reporters that the road was closed.", [("He", "said")]),
    ],
)
def test_reduced_passives_have_no_source(parse_text, text, expected):
    assert [(a.source_head, a.verb) for a in find_attributions(parse_text(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "per" as "according to", but not a rate
        ("Per the latest ministry figures, 9,000 people have fled.", [("figures", "per")]),
        ("Per Reuters, the talks failed.", [("Reuters", "per")]),
        ("Fuel costs 3 dollars per litre.", []),
        ("Each family gets one tent per household.", []),
        # a relative pronoun beside the speaker belongs to the reported clause
        ("Clinics were overwhelmed after a blast that doctors said left 40 dead.", [("doctors", "said")]),
        ("A nurse who said she saw the raid was detained.", [("nurse", "said")]),
    ],
)
def test_per_and_speakers_inside_relative_clauses(parse_text, text, expected):
    assert [(a.source_head, a.verb) for a in find_attributions(parse_text(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated sources: one reporting act each
        ("Police and hospital officials said 20 people were hurt.", [("Police", "said"), ("officials", "said")]),
        ("The army and the interior ministry said 8 soldiers died.", [("army", "said"), ("ministry", "said")]),
        ("Residents and aid workers told Reuters the camp was shelled.", [("Residents", "told"), ("workers", "told")]),
        ("He and his brother said the gunmen fled.", [("He", "said"), ("brother", "said")]),
        # one source
        ("The ministry of health and population said 12 people died.", [("ministry", "said")]),
    ],
)
def test_coordinated_sources(parse_text, text, expected):
    assert [(a.source_head, a.verb) for a in find_attributions(parse_text(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # put / raised a figure: a non-clausal attribution when the object is a toll or figure
        ("The health ministry raised the toll to 95 on Monday.", [("ministry", "raised")]),
        ("Rights groups put the figure in the thousands.", [("groups", "put")]),
        ("A local militia put the number of villagers killed by the troops at more than 300.", [("militia", "put")]),
        # must yield nothing
        ("Residents raised concerns about the water supply.", []),
        ("Volunteers put the bodies in a truck.", []),
    ],
)
def test_figure_objects_of_put_and_raise(parse_text, text, expected):
    assert [(a.source_head, a.verb) for a in find_attributions(parse_text(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relayed words: the speaker and the relay get one act each
        (
            "The port's harbour master was quoted by the Velda Courier as saying that two ferries had sunk.",
            [("master", "quoted as saying"), ("Courier", "quoted by")],
        ),
        (
            "A rebel spokesman was cited in a militia newsletter as saying the bridge had been mined.",
            [("spokesman", "cited as saying"), ("newsletter", "cited in")],
        ),
        (
            "Regional radio quoted a fire officer as saying the blaze was out.",
            [("radio", "quoted"), ("officer", "saying")],
        ),
        (
            "The governor was quoted on state radio as saying that 30 people had died.",
            [("governor", "quoted as saying"), ("radio", "quoted on")],
        ),
        ("The governor was quoted on Monday as saying that 30 people had died.", [("governor", "quoted as saying")]),
        ("The mayor was quoted in the local paper.", []),
        # "citing X": an act of the clause's subject, after the clause or fronted
        (
            "The broadcaster, citing two police sources, said the suspect had been arrested.",
            [("broadcaster", "citing"), ("broadcaster", "said")],
        ),
        (
            "Citing ambulance records, the charity said 40 people were treated for burns.",
            [("charity", "citing"), ("charity", "said")],
        ),
        (
            "An official cited by the Tamsin agency said the dam had held.",
            [("agency", "cited by"), ("official", "said")],
        ),
        # a fronted participle with no content is no act
        ("Reporting from the coast, our correspondent said the roads were flooded.", [("correspondent", "said")]),
        # a role noun with a name in apposition is headed by the surname
        ("The camp's doctor, Dr Ines Marlow, said supplies had run out.", [("Marlow", "said")]),
        ("One farmer, Petr Salo, told reporters the well was poisoned.", [("Salo", "told")]),
        ("The charity Open Wells said 12 pumps were broken.", [("Wells", "said")]),
        ("The Observatory, a monitoring group, said 9 fighters died.", [("Observatory", "said")]),
        # "according to A and B": one act each
        (
            "Nine people drowned, according to the coastguard and a local fisherman.",
            [("coastguard", "according to"), ("fisherman", "according to")],
        ),
        # a contrasting or separate conjunct clause with its own speaker is its own frame
        (
            "The army said the road was open, while aid workers said convoys were still blocked.",
            [("army", "said"), ("workers", "said")],
        ),
        (
            "Farmers said the fields had flooded overnight, and a local official told AFP that 30 homes were lost.",
            [("Farmers", "said"), ("official", "told")],
        ),
        # ... but a verb inside what another source reports is not
        ("The mayor said that a nurse had told him the clinic was empty.", [("mayor", "said")]),
        # a figure object, a gerund clause and a reduced relative with its agent report something
        ("The monitor recorded the deaths of 41 people in March.", [("monitor", "recorded")]),
        ("The police denied using live rounds.", [("police", "denied")]),
        (
            "Officials said 20 people died, well below the 90 reported by residents.",
            [("Officials", "said"), ("residents", "reported")],
        ),
        ("The governor later revised the toll to 33.", [("governor", "revised")]),
        # a "that" clause after an interrupting phrase is still the reported clause
        (
            "The Herald reported, without naming its sources, that the pilot had been arrested.",
            [("Herald", "reported")],
        ),
        # a capitalised preposition inside a name: the name's last word heads it
        ("Engineers Without Frontiers said two bridges had fallen.", [("Frontiers", "said")]),
        # a labelling verb in the clause another source reports is not an act of its own
        ('The organisers blamed "outside agitators", a statement from the club said.', [("statement", "said")]),
        # headlines: "..., X says" reports what comes before the comma, X is the subject next to the verb
        ("Tanker fire: 12 feared dead, harbour police say", [("police", "say")]),
        ("Kessa: 30 buried near the mosque, imam says", [("imam", "says")]),
        # ... but a fronted adjunct reports nothing
        ("In a televised address, the governor called the attack a crime.", []),
        # must not fire: nothing reported
        ("Speaking in the capital, the president announced three days of mourning.", []),
        ("Officials have not said how many people were on the ferry.", []),
        ("The ministry did not confirm the figure.", []),
        ("A separatist group claimed responsibility for the bombing.", []),
        ("Soldiers told villagers to leave before nightfall.", []),
        ("The epidemic has claimed 300 lives this year.", []),
        ('The minister blamed "foreign hands" for the riots.', []),
        ("KORVA, June 2 (Reuters) - Floods swept away 40 houses on Sunday.", []),
    ],
)
def test_reporting_acts_new_shapes(parse_text, text, expected):
    from framing.sources import find_reporting_acts

    found = [(a.source_head, a.verb) for a in find_reporting_acts(parse_text(text))]
    assert found == expected


def test_relayed_speaker_rows_in_the_attributions_table(parse_text):
    # both acts of "quoted by Y as saying" reach find_attributions, with the speaker's own source phrase
    found = find_attributions(
        parse_text("The harbour master was quoted by the Velda Courier as saying two ferries sank.")
    )
    assert [(a.source, a.verb, a.verb_lemma) for a in found] == [
        ("The harbour master", "quoted as saying", "say"),
        ("the Velda Courier", "quoted by", "quote"),
    ]
