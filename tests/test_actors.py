"""Tests for the actor taxonomies: framing.actors and the study's data/study/actors.csv."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from conftest import STUDY

ACTORS = STUDY / "actors.csv"


@pytest.fixture(scope="module")
def study():
    return framing.load_actors(ACTORS)


def test_study_groups_are_exactly_those_of_issue_3(study):
    # "other" and "none" (and "mixed" for patients) are assigned by the measures, not listed
    assert set(study.groups("agent")) == {
        "government_forces",
        "assad_loyalists",
        "unidentified",
        "foreign_fighters",
    }
    assert set(study.groups("patient")) == {
        "alawite_civilians",
        "civilians",
        "security_forces",
        "pro_assad_fighters",
    }


def test_every_study_entry_has_a_note():
    table = pd.read_csv(ACTORS, dtype=str, keep_default_na=False)
    assert (table["note"].str.strip() != "").all()


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("Syrian security forces", "force", "government_forces"),
        ("Mr Sharaa's forces", "force", "government_forces"),
        ("Sunni Muslim gunmen loyal to the government", "gunman", "government_forces"),
        ("gunmen loyal to ousted leader Bashar al-Assad", "gunman", "assad_loyalists"),
        ("fighters loyal to Hayat Tahrir al-Sham (HTS)", "fighter", "government_forces"),
        ("the defence ministry", "ministry", "government_forces"),
        ("Assad loyalists who refused to give up their weapons", "loyalist", "assad_loyalists"),
        ("gunmen", "gunman", "unidentified"),
        ("unknown attackers", "attacker", "unidentified"),
        ("foreign jihadis", "jihadi", "foreign_fighters"),
        ("a widespread revenge operation", "operation", None),
        ("This past weekend", "weekend", None),
    ],
)
def test_study_agent_groups(study, text, head, expected):
    assert study.classify(text, head=head, role="agent") == expected


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("members of Syria's Alawite minority", "member", "alawite_civilians"),
        ("Many Alawite homes", "home", "alawite_civilians"),
        ("132 civilians", "civilian", "civilians"),
        ("About 230 security personnel", "personnel", "security_forces"),
        ("the new regime's forces", "force", "security_forces"),
        ("148 pro-Assad fighters", "fighter", "pro_assad_fighters"),
        ("close to 150 pro-Assad armed civilians", "civilian", "pro_assad_fighters"),
        ("fighters", "fighter", None),
    ],
)
def test_study_patient_groups(study, text, head, expected):
    assert study.classify(text, head=head, role="patient") == expected


def test_generic_taxonomy_knows_no_study_names():
    generic = framing.load_actors()
    assert generic.classify("Mr Sharaa's forces", head="force") is None
    assert generic.classify("the police", head="police") == "state_forces"


def test_longest_match_wins_and_head_is_fallback():
    table = pd.DataFrame(
        {
            "role": ["agent", "agent", "agent"],
            "group": ["unidentified", "loyal", "state"],
            "match": ["phrase", "phrase", "head"],
            "pattern": ["gunmen", "gunmen loyal to the king", "soldier"],
            "note": ["", "", ""],
        }
    )
    taxonomy = framing.load_actors(table)
    assert taxonomy.classify("the gunmen loyal to the king", head="gunman") == "loyal"
    assert taxonomy.classify("armed gunmen", head="gunman") == "unidentified"
    assert taxonomy.classify("three soldiers", head="soldier") == "state"
    assert taxonomy.classify("three soldiers", head="soldier", role="patient") is None


def test_bad_taxonomy_rows_are_named():
    table = pd.DataFrame({"role": ["actor"], "group": ["x"], "match": ["phrase"], "pattern": ["y"]})
    with pytest.raises(ValueError, match="row 2"):
        framing.load_actors(table)


def test_a_taxonomy_file_is_read_once_and_again_after_it_changes(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("role,group,match,pattern\nagent,state,head,soldier\n", encoding="utf-8")
    first = framing.load_actors(path)
    assert framing.load_actors(path) is first  # per-document calls reuse the parsed file
    path.write_text("role,group,match,pattern\nagent,state,head,soldier\nagent,rebels,head,rebel\n", encoding="utf-8")
    changed = framing.load_actors(path)
    assert changed is not first
    assert changed.classify("two rebels", head="rebel") == "rebels"


def test_lexicon_and_victim_files_are_reread_after_an_edit(tmp_path):
    from framing.casualties import load_victims
    from framing.lexicons import load_lexicon

    lexicon = tmp_path / "words.csv"
    lexicon.write_text("word,rationale\nslaughter,test\n", encoding="utf-8")
    assert list(load_lexicon(lexicon)["word"]) == ["slaughter"]
    lexicon.write_text("word,rationale\nslaughter,test\nmassacre,test\n", encoding="utf-8")
    assert list(load_lexicon(lexicon)["word"]) == ["slaughter", "massacre"]

    victims = tmp_path / "victims.csv"
    victims.write_text("victims,match,pattern,note\nchildren,head,child,\n", encoding="utf-8")
    first = load_victims(victims)
    assert load_victims(victims) is first
    victims.write_text("victims,match,pattern,note\nchildren,head,child,\nwomen,head,woman,\n", encoding="utf-8")
    assert load_victims(victims).classify("two women", head="woman", role="patient") == "women"


# --------------------------------------------------------------------------- the one mention finder


def test_the_actor_mention_finder_lives_in_actors():
    from framing import actors, wording

    assert actors.find_actor_mentions.__module__ == "framing.actors"
    assert wording.find_actor_mentions is actors.find_actor_mentions is framing.find_actor_mentions
    assert wording.ActorMention is actors.ActorMention


@pytest.mark.model
def test_find_actor_mentions_labels_and_groups(parse_text):
    from framing.actors import UNASSIGNED, find_actor_mentions

    taxonomy = pd.DataFrame(
        [
            ("agent", "loyalists", "phrase", "loyal to the old regime"),
            ("patient", "civilians", "head", "civilian"),
        ],
        columns=["role", "group", "match", "pattern"],
    )
    doc = parse_text(
        "Hundreds of civilians fled the town. Gunmen loyal to the old regime attacked the "
        "village. Many of the shepherds stayed."
    )
    mentions = find_actor_mentions(doc, actors=taxonomy)
    found = {m.label: m.actor_group for m in mentions}
    # a count noun hands over to its of-object; an adjective phrase stays in the label
    assert found["civilians"] == "civilians"
    assert found["gunmen loyal to the old regime"] == "loyalists"
    assert found["shepherds"] == UNASSIGNED  # about people, not in the taxonomy
    for m in mentions:
        assert doc.text[m.start_char : m.end_char] == m.text
    assert [m.sent_id for m in mentions] == sorted(m.sent_id for m in mentions)


def test_people_nouns_default_is_none_and_a_file_of_ones_own_is_read(tmp_path):
    from framing.actors import load_people_nouns

    assert load_people_nouns(None)["fighter"] == "armed"
    own = tmp_path / "nouns.csv"
    own.write_text("lemma,kind,rationale\nBeekeeper,person,a trade\n", encoding="utf-8")
    assert load_people_nouns(own) == {"beekeeper": "person"}
    with pytest.raises(ValueError, match="pass None"):
        load_people_nouns("default")


def _groups(*rows):
    return pd.DataFrame(rows, columns=["role", "group", "match", "pattern"])


def test_a_possessor_names_an_actor(parse_text):
    from framing.actors import find_actor_mentions

    taxonomy = _groups(("agent", "armed_group", "head", "militia"), ("agent", "unidentified", "head", "gunman"))
    doc = parse_text(
        "The militia's attack on the convoy failed. Witnesses saw the gunmen's faces. The rebel commander's men fled."
    )
    mentions = find_actor_mentions(doc, actors=taxonomy)
    found = {m.label: m.actor_group for m in mentions}
    assert found["militia"] == "armed_group"
    assert found["gunmen"] == "unidentified"
    # a possessor inside a phrase that is itself a mention is not counted again
    assert "rebel commander's men" in found and "rebel commander" not in found
    assert [m.start_char for m in mentions] == sorted(m.start_char for m in mentions)


def test_words_a_label_leaves_out_can_still_classify_it(parse_text):
    from framing.actors import find_actor_mentions

    taxonomy = _groups(("agent", "loyalists", "phrase", "his supporters"))
    doc = parse_text("Officials blamed his supporters for the unrest.")
    supporters = [m for m in find_actor_mentions(doc, actors=taxonomy) if m.head == "supporter"]
    assert [(m.label, m.actor_group) for m in supporters] == [("supporters", "loyalists")]


def test_a_name_is_one_word_of_an_adjective_phrase(parse_text):
    from framing.actors import find_actor_mentions

    doc = parse_text("The ambush was carried out by gunmen loyal to ousted leader Bashar al-Assad.")
    texts = [m.text for m in find_actor_mentions(doc)]
    assert "gunmen loyal to ousted leader Bashar al-Assad" in texts


@pytest.mark.parametrize(
    ("pattern", "text", "lemma", "surface", "expected"),
    [
        ("troops", "troops", "troop", "troops", "army"),
        ("troop", "troops", "troop", "troops", "army"),
        ("russians", "Russians", "Russians", "Russians", "army"),
        ("troops", "the troop", "troop", "troop", None),
        ("soldier", "soldiers", "soldier", "soldiers", "army"),
    ],
)
def test_head_entries_match_lemma_or_surface_form(pattern, text, lemma, surface, expected):
    table = pd.DataFrame({"role": ["agent"], "group": ["army"], "match": ["head"], "pattern": [pattern]})
    taxonomy = framing.load_actors(table)
    assert taxonomy.classify(text, head=lemma, head_text=surface, role="agent") == expected


@pytest.mark.parametrize(
    ("match", "pattern", "warned"),
    [
        ("head", "security forces", "has a space"),
        ("phrase", "the", "stop words"),
        ("head", "they", "stop words"),
        ("phrase", "--", "no letter or digit"),
        ("phrase", "security forces", None),
        ("head", "troops", None),
        ("regex", r"\bthe\b", None),
    ],
)
def test_an_entry_that_cannot_match_warns_with_file_and_row(tmp_path, match, pattern, warned):
    import warnings

    path = tmp_path / "actors.csv"
    rows = pd.DataFrame(
        {
            "role": ["agent", "agent"],
            "group": ["army", "army"],
            "match": ["head", match],
            "pattern": ["soldier", pattern],
        }
    )
    rows.to_csv(path, index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        framing.load_actors(path)
    messages = [str(w.message) for w in caught]
    if warned is None:
        assert messages == []
    else:
        assert len(messages) == 1 and warned in messages[0]
        assert str(path) in messages[0] and "row 3" in messages[0]


def test_packaged_and_study_taxonomies_load_without_warnings():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        framing.load_actors(None)
        framing.load_actors(STUDY / "actors.csv")


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("rebel", "Rebels of the northern front", "armed"),
        ("jihadist", "suspected jihadists", "armed"),
        ("militia", "two rival militias", "armed"),
        ("army", "the armies of both states", "armed"),
        ("security force", "local security forces", "armed"),
        ("gang", "gangs", "armed"),
        # the plural ending is only added to the last word, and only as a whole word
        ("rebel", "rebellious students", None),
        ("gang", "gangster films", None),
        ("army", "armistice talks", None),
        ("security force", "securities forces", None),
    ],
)
def test_a_phrase_entry_matches_the_plural_of_its_last_word(pattern, text, expected):
    taxonomy = framing.load_actors(_groups(("agent", "armed", "phrase", pattern)))
    assert taxonomy.classify(text, role="agent") == expected


@pytest.mark.parametrize(
    ("pattern", "head", "head_text", "expected"),
    [
        # a capitalised plural tagged as a proper noun keeps its surface form as lemma
        ("gunman", "Gunmen", "Gunmen", "armed"),
        ("militiaman", "militiamen", "militiamen", "armed"),
        ("militia", "Militias", "Militias", "armed"),
        ("military", "Militaries", "Militaries", "armed"),
        ("soldier", "Soldiers", "Soldiers", "armed"),
        # must not match: no plural of the entry, or a different word
        ("gunman", "Gunfire", "Gunfire", None),
        ("soldier", "Soldiering", "Soldiering", None),
        ("bus", "Bus", "Bus", "armed"),  # an exact head still matches
        ("mas", "mass", "mass", None),  # "-ss" is no plural ending
    ],
)
def test_a_head_entry_matches_the_singular_of_a_plural_written_head(pattern, head, head_text, expected):
    taxonomy = framing.load_actors(_groups(("agent", "armed", "head", pattern)))
    assert taxonomy.classify(head_text, head=head, head_text=head_text, role="agent") == expected


def test_plural_stems():
    from framing.patterns import plural_stems

    assert plural_stems("gunmen") == ("gunman",)
    assert plural_stems("forces") == ("force", "forc")
    assert plural_stems("press") == ()
    assert plural_stems("men") == ()  # too short to be "-men" of a longer noun
