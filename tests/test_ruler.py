"""framing.ruler: the indexed attribute ruler finds exactly the matches of spaCy's own."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
import spacy
from spacy.pipeline import AttributeRuler

from framing.nlp import resolve_model
from framing.ruler import RuleIndex, Unsupported, use_indexed_ruler

# invented text (not from the corpus) with the word-specific rules' triggers:
# contractions, "ain't", "y'all", "nothin'", auxiliaries, determiners, spaces
INVENTED = [
    "Officials said they ain't sure who fired first, and y'all should've known that.\n\n"
    "Nothin' was left of the market; the army's statement didn't name anyone.",
    "Which  units were deployed?   Those that weren't   withdrawn had been ordered there by "
    "whoever commands them, reports say.",
    "The ministry's 'inquiry' -- announced on Monday -- has not yet reported; "
    "gonna take weeks, an aide admitted.\n",
    "",
    " ",
]

ATTRS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]


@pytest.fixture(scope="module")
def stock_and_indexed():
    name = resolve_model().name
    stock = spacy.load(name)
    indexed = spacy.load(name)
    assert use_indexed_ruler(indexed), "the installed pipeline's rules should all be indexable"
    return stock, indexed


def test_installed_pipeline_gets_the_indexed_ruler(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler).__name__ == "IndexedAttributeRuler"
    assert ruler.indexed
    assert len(ruler.attrs) > 100  # the model's rules were carried over


def test_docs_are_identical_to_spacys_ruler(stock_and_indexed, seed_corpus):
    stock, indexed = stock_and_indexed
    texts = list(seed_corpus["text"]) + INVENTED
    for text, a, b in zip(texts, stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), text[:60]
        assert [t.morph.to_json() for t in a] == [t.morph.to_json() for t in b]


def test_matches_equal_on_the_models_rules(stock_and_indexed, seed_corpus):
    stock, indexed = stock_and_indexed
    names = [n for n in stock.pipe_names if n not in ("attribute_ruler", "lemmatizer", "ner")]
    docs = list(stock.pipe(list(seed_corpus["text"]) + INVENTED, disable=["attribute_ruler", "lemmatizer", "ner"]))
    assert names  # tagger and parser ran
    total = 0
    for doc in docs:
        expected = stock.get_pipe("attribute_ruler").match(doc)
        assert indexed.get_pipe("attribute_ruler").match(doc) == expected
        total += len(expected)
    assert total > sum(len(doc) for doc in docs)  # the tag map alone matches every tagged token


def _random_rules(rng: random.Random, doc) -> list[dict]:
    """Random rules drawn from the Doc's own values, so many of them match."""
    tokens = list(doc)
    rules = []
    for _ in range(60):
        length = rng.choice([1, 1, 2, 3])
        start = rng.randrange(0, len(tokens) - length)
        pattern = []
        for token in tokens[start : start + length]:
            constraint = {}
            for attr in rng.sample(["LOWER", "TAG", "DEP", "ORTH", "POS", "IS_PUNCT", "IS_SPACE"], 2):
                value = {
                    "LOWER": token.lower_,
                    "ORTH": token.text,
                    "TAG": token.tag_,
                    "DEP": token.dep_,
                    "POS": token.pos_,
                    "IS_PUNCT": token.is_punct,
                    "IS_SPACE": token.is_space,
                }[attr]
                kind = rng.choice(["eq", "eq", "in", "not_in", "regex"]) if not isinstance(value, bool) else "eq"
                if kind == "eq":
                    constraint[attr] = value
                elif kind == "in":
                    constraint[attr] = {"IN": [value, rng.choice(tokens).text.lower()]}
                elif kind == "not_in":
                    constraint[attr] = {"NOT_IN": [rng.choice(tokens).tag_, ""]}
                else:
                    constraint[attr] = {"REGEX": "^" + re.escape(value[:1] or "x")}
            pattern.append(constraint)
        rules.append({"patterns": [pattern], "attrs": {"NORM": "x"}, "index": rng.choice([0, -1])})
    return rules


def test_random_rules_match_like_spacys_matcher(parse_text):
    rng = random.Random(20261203)
    docs = [parse_text(text) for text in INVENTED[:3]]
    total = 0
    for round_ in range(8):
        rules = _random_rules(rng, docs[round_ % 3])
        vocab = docs[0].vocab
        stock = AttributeRuler(vocab)
        stock.add_patterns(rules)
        indexed = AttributeRuler(vocab)
        indexed.add_patterns(rules)
        keys = [vocab.strings[str(i)] for i in range(len(rules))]
        index = RuleIndex([indexed.matcher.get(str(i))[1] for i in range(len(rules))], vocab.strings, keys)
        for doc in docs:
            expected = stock.match(doc)
            assert index.match(doc) == expected
            total += len(expected)
    assert total > 200, total  # the rules are drawn from the Docs, so many match


def test_unsupported_rules_fall_back_to_spacys_matcher(parse_text):
    doc = parse_text("They were killed, killed and killed again.")
    name = resolve_model().name
    nlp = spacy.load(name, exclude=["ner"])
    use_indexed_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.indexed
    ruler.add([[{"LOWER": "killed", "OP": "+"}]], {"NORM": "KILLED"})
    assert not ruler.indexed  # a quantifier: spaCy's matcher does the work
    stock = AttributeRuler(doc.vocab)
    stock.add([[{"LOWER": "killed", "OP": "+"}]], {"NORM": "KILLED"})
    matches = ruler.match(doc)
    assert [m[2:] for m in matches if m[0] == len(ruler.attrs) - 1] == [m[2:] for m in stock.match(doc)]
    ruler.clear()
    ruler.add([[{"LOWER": "killed"}]], {"NORM": "KILLED"})
    assert ruler.indexed  # rebuilt after the rules changed
    assert [m[2] for m in ruler.match(doc)] == [2, 4, 6]


@pytest.mark.parametrize(
    "token",
    [{"LOWER": {"FUZZY": "kill"}}, {"MORPH": "Number=Sing"}, {"_": {"x": 1}}, {"LENGTH": 3}, {}, {"IS_SPACE": 1}],
)
def test_rule_index_refuses_what_it_cannot_match_exactly(token, nlp):
    with pytest.raises(Unsupported):
        RuleIndex([[[token]]], nlp.vocab.strings, [0])


def test_pipeline_without_a_stock_ruler_is_left_alone():
    nlp = spacy.blank("en")
    assert use_indexed_ruler(nlp) is False
    assert nlp.pipe_names == []
