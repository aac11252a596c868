"""framing's VADER scores are vaderSentiment's, with framing's domain lexicon applied.

framing scores with vaderSentiment's own ``SentimentIntensityAnalyzer``; the
only change is to its lexicon (``framing/data/vader_domain.csv``). These
tests build the reference here, from vaderSentiment and the CSV file read
with the standard library, and require the very dicts it returns (same keys
in the same order, same floats down to the sign of zero) on invented
sentences: hand-made edge cases and seeded random word salads built from the
words VADER's rules react to. They also check that a Doc's memo scores each
text once.
"""

from __future__ import annotations

import csv
import gc
import random

import pytest

from framing import tone
from framing.lexicons import lexicon_path
from framing.tone.vader import polarity_memo

vader = pytest.importorskip("vaderSentiment.vaderSentiment")

EDGE_CASES = [
    "",
    " ",
    "\n\t ",
    "!",
    "?? ??",
    "good",
    "GOOD",
    "GOOD day",
    "not good",
    "NOT good at all!!!",
    "isn't good",
    "It wasn't bad, but it wasn't great either.",
    "never so good",
    "never this bad",
    "they were never so very happy",
    "without doubt a good idea",
    "without a doubt, a good idea",
    "Without any doubt: a great idea.",
    "It was kind of good.",
    "It was kind of",
    "kind",
    "kind of kind of kind",
    "It was sort of bad and kinda sad.",
    "just enough good",
    "at least it is good",
    "the very least good thing",
    "least good",
    "the least good thing",
    "no good",
    "no",
    "no no no",
    "no problem or worry",
    "no love nor joy",
    "no, not good",
    "good but bad but good",
    "but",
    "BUT good",
    "good good good but bad bad bad",
    "bad, bad, bad but good, good",
    "happy :) sad :( ok :D",
    ":) :) :)",
    "I love it 💘 and 💋 and 😁",
    "💘💘💘",
    "💘 💘",
    "a💘b",
    " 💘 good 😁 ",
    "The bomb was the bomb.",
    "the shit is bad ass and a badass bus stop",
    "yeah right, the kiss of death",
    "to die for, a beating heart",
    "It is to die for",
    "EXTREMELY bad and VERY good",
    "extremely BAD",
    "ALL CAPS TEXT IS HERE AND BAD",
    "Mixed CAPS and SMALL words, really GREAT",
    "very very very good",
    "hardly good and barely bad",
    "The troops killed 14 civilians, shelling the market!!!!!",
    "Was it good??",
    "Was it good???",
    "Was it good????",
    "Was it good????? Yes!",
    "'good' \"bad\" (great) [awful] {nice}",
    "...good... ...bad...",
    "--kind-of-- sort-of sortof kindof kinda sorta",
    "uh-uh good, nope bad, ain't great",
    "didn't love, doesn't hate, can't stand",
    "Despite the horror, rarely has hope been so strong.",
    "seldom good, nothing bad, nowhere happy, none better",
    "Ünïcödé GOOD ÉTÉ bad",
    "İstanbul good",
    "ß good ẞ",
    "tab\tseparated\tgood\twords",
    "line\nbreaks\rgood\u2028bad",
    "non\u00a0breaking good",
    "good\u200bbad",
    # "but": the reference weights the first slot holding an equal value ("love" 3.2
    # halved is "(-:" 1.6), not necessarily the word's own slot
    "I love it but (-:",
    "LOVE (-: but (-: love",
    # contractions with "n't" outside the negation list
    "it hadn't've been good",
    "they cain't be happy",
    # "least" first: the word two before is then the last word of the text
    "least good at",
    "least bad very",
    # special cases after the lexicon word, with three words before it
    "they said it was the kiss of death",
    "and then a beating heart stopped",
]

#: Invented news sentences: harm and relief words the domain file adds or removes.
NEWS = [
    "Security forces clashed with fighters loyal to the colonel near Brava.",
    "Entire families were reportedly executed at the checkpoint.",
    "The massacre in the valley left 40 dead, residents said.",
    "Shelling resumed overnight despite the ceasefire.",
    "The United Nations welcomed the truce and called for aid to flow.",
    "Rebels said the loyalists had fled before the airstrike.",
    "A spokesman for the security council declined to comment.",
    "Gunmen abducted two teachers; the army said it was searching for them.",
]


def _domain_reference():
    """vaderSentiment's analyzer with vader_domain.csv applied, built without framing."""
    reference = vader.SentimentIntensityAnalyzer()
    lexicon = dict(reference.lexicon)
    with open(lexicon_path(tone.DOMAIN_LEXICON), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["action"] == "remove":
                del lexicon[row["token"]]
            else:
                lexicon[row["token"]] = float(row["valence"])
    reference.lexicon = lexicon
    return reference


def _word_salads(n: int, seed: int = 8) -> list[str]:
    """Random texts from the words VADER's rules react to, in every case shape."""
    special = [w for phrase in vader.SPECIAL_CASES for w in phrase.split()]
    boosters = [w for phrase in vader.BOOSTER_DICT for w in phrase.split()]
    words = (
        special
        + boosters
        + list(vader.NEGATE)
        + ["good", "bad", "great", "killed", "kind", "of", "least", "at", "very", "no", "or"]
        + ["nor", "but", "never", "so", "this", "without", "doubt", "love", "hate", "war"]
        + ["peace", "the", "a", "troops", "said", ":)", ":(", "💘", "😁", "!", "?", ",", "."]
        + ["(-:", "massacre", "executed", "loyal", "security", "ceasefire", "mayn't", "zero"]
    )
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        picked = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(words)
            shape = rng.random()
            if shape < 0.15:
                word = word.upper()
            elif shape < 0.25:
                word = word.capitalize()
            if rng.random() < 0.15:
                word += rng.choice(["!", "?", ",", "...", "!!", "'", ")"])
            picked.append(word)
        texts.append(rng.choice([" ", "  ", " \n"]).join(picked))
    return texts


TEXTS = EDGE_CASES + NEWS + _word_salads(1000)


@pytest.fixture(scope="module", params=["domain", "shipped"])
def analyzers(request):
    """(framing's analyzer, the reference built here) for one lexicon."""
    if request.param == "domain":
        return tone.analyzer(), _domain_reference()
    return tone.analyzer(domain=False), vader.SentimentIntensityAnalyzer()


def test_analyzer_is_vadersentiments_own(analyzers):
    ours, _ = analyzers
    assert isinstance(ours, vader.SentimentIntensityAnalyzer)
    # only the two per-word checks are replaced (by windowed calls of VADER's own)
    replaced = {name for name in vars(type(ours)) if not name.startswith("__")}
    assert replaced == {"_negation_check", "_special_idioms_check"}


def test_windowed_checks_score_every_word_sequence_as_vader_does(analyzers):
    import random

    ours, reference = analyzers
    rng = random.Random(7)
    words = (
        "not never no so this without doubt kind of sort least at very but good bad killed love hate "
        "great terrible the a is isn't won't hardly barely extremely quite nor or"
    ).split()
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        assert repr(ours.polarity_scores(text)) == repr(reference.polarity_scores(text)), text


def test_lexicon_is_vaders_with_the_domain_file_applied(analyzers):
    ours, reference = analyzers
    assert ours.lexicon == reference.lexicon


def test_scores_are_the_reference_dicts(analyzers):
    ours, reference = analyzers
    for text in TEXTS:
        # repr: same keys in the same order and the same floats, -0.0 included
        assert repr(ours.polarity_scores(text)) == repr(reference.polarity_scores(text)), text


def test_score_text_is_the_reference_compound():
    reference = _domain_reference()
    for text in NEWS:
        expected = reference.polarity_scores(text)
        got = tone.score_text(text)
        assert got == {key: expected[key] for key in ("compound", "pos", "neu", "neg")}, text


def test_the_domain_file_changes_scores():
    plain, domain = tone.analyzer(domain=False), tone.analyzer()
    changed = [t for t in NEWS if plain.polarity_scores(t) != domain.polarity_scores(t)]
    assert len(changed) >= 5


class _Counting:
    """An analyzer that counts the texts it scores."""

    def __init__(self):
        self.calls: list[str] = []

    def polarity_scores(self, text):
        self.calls.append(text)
        return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}


def _blank_doc(text: str):
    import spacy

    return spacy.blank("en")(text)


def test_memo_scores_each_text_once_per_doc():
    doc, counting = _blank_doc("Gunmen killed villagers."), _Counting()
    polarity = polarity_memo(doc, counting)
    texts = ["a", "b", "a", "a", "b", "c"]
    results = [polarity(text) for text in texts]
    assert counting.calls == ["a", "b", "c"]
    assert results[0] is results[2]  # the remembered dict itself
    # a second memo of the same Doc and analyzer shares the answers
    polarity_memo(doc, counting)("a")
    assert counting.calls == ["a", "b", "c"]


def test_memo_is_per_doc_and_per_analyzer():
    first, second = _blank_doc("One."), _blank_doc("One.")
    counting, other = _Counting(), _Counting()
    polarity_memo(first, counting)("x")
    polarity_memo(second, counting)("x")  # another article: scored again
    polarity_memo(first, other)("x")  # another lexicon: scored again
    assert counting.calls == ["x", "x"] and other.calls == ["x"]


def test_memo_is_freed_with_the_doc():
    counting = _Counting()
    doc = _blank_doc("One.")
    polarity_memo(doc, counting)("x")
    del doc
    gc.collect()
    polarity_memo(_blank_doc("One."), counting)("x")
    assert counting.calls == ["x", "x"]


@pytest.mark.model
def test_sentences_and_clauses_of_a_doc_are_scored_once(parse_text, monkeypatch):
    doc = parse_text(
        "Police arrested dozens of protesters. Gunmen killed 12 villagers, but the army restored calm."
    )
    sia = tone.analyzer()
    calls: list[str] = []
    score = sia.polarity_scores

    def counted(text):
        calls.append(text)
        return score(text)

    monkeypatch.setattr(sia, "polarity_scores", counted)
    sentences = tone.find_sentiment(doc)
    clauses = tone.find_actor_clauses(doc)
    tone.find_sentiment(doc)
    assert len(calls) == len(set(calls))
    # the first sentence is also the clause of an actor mention: scored once for both
    assert any(c.clause == "Police arrested dozens of protesters." for c in clauses)
    assert calls.count("Police arrested dozens of protesters.") == 1
    assert len(sentences) == 2
