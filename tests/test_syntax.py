"""Tests for framing.syntax: subjects, controllers, objects, conjuncts and phrases,
on hand-built Docs (no model) and on invented sentences the pipeline parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

import framing
from framing import syntax
from framing.syntax import words


def _doc(rows):
    """Doc from (word, tag, pos, dep, head index, lemma) rows."""
    text, tags, pos, deps, heads, lemmas = zip(*rows, strict=True)
    return Doc(
        Vocab(),
        words=list(text),
        tags=list(tags),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        lemmas=list(lemmas),
    )


def _node(doc, word):
    tree = syntax.parse_tree(doc)
    return tree.node([t.text for t in doc].index(word))


@pytest.fixture
def without(monkeypatch):
    """Drop one entry from a packaged word list for the length of a test."""

    def drop(name, column, value):
        real = words.load_lexicon

        def load(lexicon):
            table = real(lexicon)
            if lexicon == name:
                table = table[table[column] != value]
            return table

        monkeypatch.setattr(words, "load_lexicon", load)
        _clear()

    yield drop
    _clear()


def _clear():
    for cached in (
        words.word_set,
        words.word_pairs,
        syntax.object_control_frames,
        syntax.object_control_prepositions,
    ):
        cached.cache_clear()


# "Troops stormed the village and killed ten men ."
COORDINATED = [
    ("Troops", "NNS", "NOUN", "nsubj", 1, "troop"),
    ("stormed", "VBD", "VERB", "ROOT", 1, "storm"),
    ("the", "DT", "DET", "det", 3, "the"),
    ("village", "NN", "NOUN", "dobj", 1, "village"),
    ("and", "CC", "CCONJ", "cc", 1, "and"),
    ("killed", "VBD", "VERB", "conj", 1, "kill"),
    ("ten", "CD", "NUM", "nummod", 7, "ten"),
    ("men", "NNS", "NOUN", "dobj", 5, "man"),
    (".", ".", "PUNCT", "punct", 1, "."),
]

# "Police charged him with murdering the guard ."
CHARGED = [
    ("Police", "NNS", "NOUN", "nsubj", 1, "police"),
    ("charged", "VBD", "VERB", "ROOT", 1, "charge"),
    ("him", "PRP", "PRON", "dobj", 1, "he"),
    ("with", "IN", "ADP", "prep", 1, "with"),
    ("murdering", "VBG", "VERB", "pcomp", 3, "murder"),
    ("the", "DT", "DET", "det", 6, "the"),
    ("guard", "NN", "NOUN", "dobj", 4, "guard"),
    (".", ".", "PUNCT", "punct", 1, "."),
]

# "Hundreds of civilians , the army and police were killed ." (a hand-made coordination)
HUNDREDS = [
    ("Hundreds", "NNS", "NOUN", "nsubjpass", 7, "hundred"),
    ("of", "IN", "ADP", "prep", 0, "of"),
    ("civilians", "NNS", "NOUN", "pobj", 1, "civilian"),
    ("and", "CC", "CCONJ", "cc", 0, "and"),
    ("the", "DT", "DET", "det", 5, "the"),
    ("army", "NN", "NOUN", "conj", 0, "army"),
    ("were", "VBD", "AUX", "auxpass", 7, "be"),
    ("killed", "VBN", "VERB", "ROOT", 7, "kill"),
    ("by", "IN", "ADP", "agent", 7, "by"),
    ("gunmen", "NNS", "NOUN", "pobj", 8, "gunman"),
    (".", ".", "PUNCT", "punct", 7, "."),
]


def test_tree_reads_the_parse_as_spacy_does():
    doc = _doc(COORDINATED)
    tree = syntax.parse_tree(doc)
    assert tree is syntax.parse_tree(doc)  # once per Doc
    assert len(tree) == len(doc)
    for token in doc:
        assert tree.children(token.i) == [c.i for c in token.children]
        assert tree.lefts(token.i) == [c.i for c in token.lefts]
        assert tree.rights(token.i) == [c.i for c in token.rights]
        assert sorted(tree.subtree(token.i)) == [t.i for t in token.subtree]
        assert tree.right_edge(token.i) == token.right_edge.i
        node = tree.node(token.i)
        assert (node.text, node.lemma_, node.dep_, node.head.i) == (
            token.text,
            token.lemma_,
            token.dep_,
            token.head.i,
        )
        assert [c.i for c in node.conjuncts] == [c.i for c in token.conjuncts]
    assert tree.sent_id == [0] * len(doc)
    assert syntax.is_punct(tree, len(doc) - 1)


def test_subject_of_a_conjunct_is_the_first_conjuncts_subject():
    doc = _doc(COORDINATED)
    assert syntax.subject(_node(doc, "stormed")).text == "Troops"
    assert syntax.subject(_node(doc, "killed")).text == "Troops"
    assert syntax.controller(_node(doc, "stormed")) is None  # a root has no controller
    assert syntax.direct_object(_node(doc, "killed")).text == "men"
    assert syntax.direct_object(_node(doc, "Troops")) is None


def test_object_control_frame_names_the_object():
    doc = _doc(CHARGED)
    assert syntax.subject(_node(doc, "murdering")).text == "him"


def test_removing_an_object_control_frame_changes_the_controller(without):
    without("object_control", "verb", "charge")
    doc = _doc(CHARGED)
    assert ("charge", "with") not in syntax.object_control_frames()
    assert syntax.subject(_node(doc, "murdering")).text == "Police"


def test_object_control_lists_split_by_verb():
    assert {"of", "for", "from"} <= syntax.object_control_prepositions()
    assert ("charge", "with") in syntax.object_control_frames()
    assert not any(verb == "" for verb, _ in syntax.object_control_frames())


def test_by_agent_conjuncts_and_phrases():
    doc = _doc(HUNDREDS)
    verb = _node(doc, "killed")
    assert syntax.by_agent(verb).text == "gunmen"
    assert syntax.by_agent(_node(doc, "gunmen")) is None
    head = _node(doc, "Hundreds")
    assert [c.text for c in syntax.conjuncts(head)] == ["Hundreds", "army"]
    assert syntax.phrase(head) == "Hundreds of civilians and the army"
    assert syntax.phrase(head, drop_conj=True) == "Hundreds of civilians"
    assert syntax.is_bare(_node(doc, "civilians"))
    assert not syntax.is_bare(_node(doc, "army"))  # it has its own determiner


def test_semantic_head_of_a_partitive(without):
    doc = _doc(HUNDREDS)
    assert syntax.semantic_head(_node(doc, "Hundreds")).text == "civilians"
    assert syntax.semantic_head(_node(doc, "army")).text == "army"
    without("partitive_nouns", "term", "hundred")
    assert syntax.semantic_head(_node(doc, "Hundreds")).text == "Hundreds"


def test_governing_verb_climbs_to_a_verb():
    doc = _doc(COORDINATED)
    tree = syntax.parse_tree(doc)
    assert syntax.governing_verb(tree, 7) == 5  # "men" -> "killed"
    assert syntax.governing_verb(tree, 5) == 5
    assert syntax.governing_verb(tree, 0) == 1


def test_word_lists_are_data_files():
    for name in (
        "degree_adverbs",
        "get_auxiliaries",
        "partitive_nouns",
        "container_nouns",
        "clause_prepositions",
        "relative_pronouns",
        "patient_prepositions",
    ):
        table = framing.lexicons.load_lexicon(name)
        assert list(table.columns) == ["term", "rationale"], name
        assert (table["rationale"].str.len() > 0).all(), name
        assert syntax.word_set(name) == frozenset(table["term"])
    table = framing.lexicons.load_lexicon("object_control")
    assert list(table.columns) == ["verb", "preposition", "rationale"]
    assert (table["rationale"].str.len() > 0).all()


# ---------------------------------------------------------------- parsed sentences


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Commanders ordered the troops to fire on the crowd.", "fire", "troops"),
        ("The soldiers began to shoot at the protesters.", "shoot", "soldiers"),
        ("Gunmen ambushed a convoy, killing dozens of passengers.", "killing", "Gunmen"),
        ("The men who attacked the village fled.", "attacked", "men"),
        ("Prosecutors accused the settlers of attacking the farm.", "attacking", "settlers"),
        ("The militia stopped residents from leaving the town.", "leaving", "residents"),
        ("The police were accused of beating the students.", "beating", "police"),
    ],
)
def test_subject_in_parsed_sentences(parse_text, text, verb, expected):
    doc = parse_text(text)
    subject = syntax.subject(_node(doc, verb))
    assert subject is not None and subject.text == expected


def test_relative_pronoun_resolves_and_interrogative_names_nobody(parse_text):
    doc = parse_text("The men who attacked the village fled.")
    assert syntax.resolve_relative(_node(doc, "who")).text == "men"
    doc = parse_text("It is unclear who carried out the raid.")
    assert syntax.resolve_relative(_node(doc, "who")) is None


def test_sibling_subjects_join_the_phrase():
    # "230 personnel and 250 fighters were killed": both subjects hang from the verb
    doc = _doc(
        [
            ("230", "CD", "NUM", "nummod", 1, "230"),
            ("personnel", "NNS", "NOUN", "nsubjpass", 6, "personnel"),
            ("and", "CC", "CCONJ", "cc", 1, "and"),
            ("250", "CD", "NUM", "nummod", 4, "250"),
            ("fighters", "NNS", "NOUN", "nsubjpass", 6, "fighter"),
            ("were", "VBD", "AUX", "auxpass", 6, "be"),
            ("killed", "VBN", "VERB", "ROOT", 6, "kill"),
            (".", ".", "PUNCT", "punct", 6, "."),
        ]
    )
    head = _node(doc, "personnel")
    assert [s.text for s in syntax.sibling_subjects(head)] == ["fighters"]
    assert [c.text for c in syntax.conjuncts(head)] == ["personnel", "fighters"]
    assert syntax.phrase(head) == "230 personnel and 250 fighters"
