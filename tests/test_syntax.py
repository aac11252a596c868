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


def test_expletive_clause_has_no_controller():
    # "Rebels shelled the town and there were casualties": "there" fills the
    # subject position of the second conjunct, which is not about the rebels
    doc = _doc(EXPLETIVE)
    assert syntax.subject(_node(doc, "shelled")).text == "Rebels"
    assert syntax.subject(_node(doc, "were")) is None
    assert "expl" not in syntax.SUBJECT_DEPS and "expl" in syntax.CLAUSE_SUBJECT_DEPS


EXPLETIVE = [
    ("Rebels", "NNS", "NOUN", "nsubj", 1, "rebel"),
    ("shelled", "VBD", "VERB", "ROOT", 1, "shell"),
    ("the", "DT", "DET", "det", 3, "the"),
    ("town", "NN", "NOUN", "dobj", 1, "town"),
    ("and", "CC", "CCONJ", "cc", 1, "and"),
    ("there", "EX", "PRON", "expl", 6, "there"),
    ("were", "VBD", "VERB", "conj", 1, "be"),
    ("casualties", "NNS", "NOUN", "attr", 6, "casualty"),
]


# ---------------------------------------------------------------- clauses as spans
# The clause of a token, rebuilt here the plain way by walking spaCy Tokens and
# compared with framing.syntax.spans, which reads the per-Doc flat lists.


def _governing_verb(token):
    while True:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            return token
        if token.head.i == token.i:
            return token
        token = token.head


def _own_clause(child) -> bool:
    if child.dep_ not in syntax.CLAUSAL_DEPS:
        return False
    if child.dep_ == "conj" and child.pos_ not in {"VERB", "AUX"}:
        return False
    return any(grand.dep_ in syntax.CLAUSE_SUBJECT_DEPS for grand in child.children)


def _clause(verb) -> list[int]:
    kept, stack = [], [verb]
    while stack:
        head = stack.pop()
        kept.append(head.i)
        children = list(head.children)
        separate = [child for child in children if _own_clause(child)]
        cut = {child.i for child in separate}
        for child in separate:
            if child.dep_ == "conj":
                cut.update(t.i for t in children if t.dep_ in {"cc", "preconj"} and t.i < child.i)
        stack.extend(child for child in children if child.i not in cut)
    return sorted(kept)


def test_clauses_match_token_walk(seed_parsed):
    checked = 0
    for _, doc in seed_parsed:
        tree = syntax.parse_tree(doc)
        for token in doc:
            verb = _governing_verb(token)
            assert syntax.governing_verb(tree, token.i) == verb.i
            assert syntax.clause_indices(tree, verb.i) == _clause(verb)
            checked += 1
    assert checked > 1000


def test_hand_built_clauses_match_token_walk():
    # a conjoined noun with a subject child stays in (only a conjoined verb is a
    # separate clause); a conjoined verb with its own subject is cut with its "but"
    words = ["Gunmen", "killed", "men", "and", "women", "they", "said", ",", "but", "police", "fled"]
    heads = [1, 1, 1, 2, 2, 4, 4, 1, 1, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "relcl", "punct", "cc", "nsubj", "conj"]
    pos = ["NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "PRON", "VERB", "PUNCT", "CCONJ", "NOUN", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    tree = syntax.parse_tree(doc)
    for token in doc:
        verb = _governing_verb(token)
        assert syntax.clause_indices(tree, verb.i) == _clause(verb)
    assert [doc[i].text for i in syntax.clause_indices(tree, 1)] == words[:7] + [","]


def test_expletive_marks_a_clause_of_its_own():
    doc = _doc(EXPLETIVE)
    tree = syntax.parse_tree(doc)
    assert syntax.clause_indices(tree, 1) == [0, 1, 2, 3]
    assert syntax.clause_indices(tree, 6) == [5, 6, 7]
    assert [t.text for t in syntax.clause_tokens(doc[7])] == ["there", "were", "casualties"]


def test_expletive_clause_in_a_parsed_sentence(parse_text):
    doc = parse_text("Rebels shelled the town and there were heavy casualties.")
    rebels = {t.text for t in syntax.clause_tokens(doc[0])}
    casualties = {t.text for t in syntax.clause_tokens(next(t for t in doc if t.text == "casualties"))}
    assert "there" not in rebels and "casualties" not in rebels
    assert "Rebels" not in casualties and "there" in casualties


def _words(doc, indices) -> str:
    parts, previous = [], None
    for i in indices:
        if previous is not None and i != previous + 1 and not parts[-1].endswith(" "):
            parts.append(" ")
        parts.append(doc[i].text_with_ws)
        previous = i
    return "".join(parts).strip().strip(",;:").strip()


def test_clause_text_matches_token_join(seed_parsed):
    for _, doc in seed_parsed:
        tree = syntax.parse_tree(doc)
        for token in doc:
            indices = syntax.clause_indices(tree, token.i)
            assert syntax.indices_text(tree, indices) == _words(doc, indices)
            # and with gaps of every kind: every other token, whitespace tokens included
            assert syntax.indices_text(tree, indices[::2]) == _words(doc, indices[::2])
    assert syntax.clause_text([]) == ""


# ---------------------------------------------------------------- frames: doers, negation, denial


def _word(doc, text):
    tree = syntax.parse_tree(doc)
    return tree.node([t.text for t in doc].index(text))


@pytest.mark.parametrize(
    ("text", "noun", "doer"),
    [
        ("Monitors accused the Varo Guard of killings.", "killings", "Guard"),
        ("The militia was accused of crimes.", "crimes", "militia"),
        ("The mayor blamed the rebels for the killings.", "killings", "rebels"),
        ("Officials blamed the attacks on the Kessar Brigade.", "attacks", "Brigade"),
        ("Investigators blamed the massacre on a paramilitary unit.", "massacre", "unit"),
        ("Prosecutors charged the commander with murder.", "murder", "commander"),
        ("The Kessar Brigade is responsible for the massacre.", "massacre", "Brigade"),
        ("Investigators held the militia responsible for the massacre.", "massacre", "militia"),
        ("The militia claimed responsibility for the bombing.", "bombing", "militia"),
        ("Insurgents are believed to be behind the attack.", "attack", "Insurgents"),
        ("The militia is guilty of war crimes.", "crimes", "militia"),
        # a verb whose subject owns the act that is its object, and frames read in a clause on the act
        ("The Varo Guard claimed the bombing of the bridge.", "bombing", "Guard"),
        ("The ambush was claimed by a separatist group.", "ambush", "group"),
        ("The raid, which the Kessar Brigade claimed on Sunday, left six dead.", "raid", "Brigade"),
        ("The shelling, which the mayor blamed on rebel gunners, hit two schools.", "shelling", "gunners"),
        ("A bombing blamed on the Varo Guard wrecked the depot.", "bombing", "Guard"),
        ("Police said the killings, which they blamed on bandits, began in May.", "killings", "bandits"),
        # must name nobody: no frame, or a frame with no doer in it
        ("The raid, which the mayor described on Sunday, left six dead.", "raid", None),
        ("The attack, which lasted two hours, was repelled.", "attack", None),
        ("A bombing reported by the Varo Guard wrecked the depot.", "bombing", None),
        ("The report claimed that the attacks had stopped.", "attacks", None),
        ("The mayor spoke of the killings.", "killings", None),
        ("The council warned residents of attacks.", "attacks", None),
        ("Officials condemned the attacks.", "attacks", None),
    ],
)
def test_carried_agent(parse_text, text, noun, doer):
    found = syntax.carried_agent(_word(parse_text(text), noun))
    assert (found.text if found is not None else None) == doer


@pytest.mark.parametrize(
    ("text", "word", "negated", "denied"),
    [
        ("Troops did not fire on the crowd.", "fire", True, False),
        ("Nobody fired at the convoy.", "fired", True, False),
        ("No attacks were reported overnight.", "attacks", True, False),
        ("The militia never carried out attacks.", "attacks", True, False),
        ("The army denied that its soldiers shot the protesters.", "shot", False, True),
        ("The army denied responsibility for the killings.", "killings", False, True),
        ("The army did not deny shooting the protesters.", "shooting", False, False),
        ("Police did not say who shot the man.", "shot", False, False),
        ("The army denied the charge and fired again.", "fired", False, False),
        ("Troops fired on the crowd.", "fired", False, False),
        ("The truce did not stop the killing.", "killing", False, False),
        ("Police said the murder was not political.", "murder", False, False),
        ("The soldiers refused to fire on civilians.", "fire", False, True),
    ],
)
def test_negation_and_denial(parse_text, text, word, negated, denied):
    node = _word(parse_text(text), word)
    carriers = frozenset({"carry out", "commit"})
    assert (syntax.is_negated(node, carriers=carriers), syntax.is_denied(node)) == (negated, denied)


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("The war, which began in April, has killed thousands.", "war", "The war"),
        ("The men who fired were arrested.", "men", "The men who fired"),
    ],
)
def test_a_relative_clause_set_off_by_a_comma_is_not_in_the_phrase(parse_text, text, head, expected):
    assert syntax.phrase(_word(parse_text(text), head)) == expected


def test_a_ccomp_listed_after_another_takes_its_subject():
    """A hand-built parse of a list of verbs hung side by side on "say": "Groups say the army
    burns villages, carries out raids" (both ccomp of "say"); a ccomp with no earlier sibling has
    no controller."""
    words = ["Groups", "say", "army", "burns", "villages", ",", "carries", "raids"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 3, 1, 3, 3, 1, 6],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct", "ccomp", "dobj"],
        pos=["NOUN", "VERB", "NOUN", "VERB", "NOUN", "PUNCT", "VERB", "NOUN"],
        tags=["NNS", "VBP", "NN", "VBZ", "NNS", ",", "VBZ", "NNS"],
    )
    tree = syntax.parse_tree(doc)
    assert syntax.subject(tree.node(6)).text == "army"
    alone = Doc(
        Vocab(),
        words=["Groups", "say", "carries", "raids"],
        heads=[1, 1, 1, 2],
        deps=["nsubj", "ROOT", "ccomp", "dobj"],
        pos=["NOUN", "VERB", "VERB", "NOUN"],
        tags=["NNS", "VBP", "VBZ", "NNS"],
    )
    assert syntax.subject(syntax.parse_tree(alone).node(2)) is None
