"""Tests for framing.wording and framing.textnorm."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import framing
from conftest import STUDY
from framing import wording
from framing.textnorm import fold_text, load_spelling_variants, quoted_spans

# --------------------------------------------------------------------------- helpers


def _doc(words, spaces=None, sent_starts=None, pos=None, lemmas=None):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    n = len(words)
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces if spaces is not None else [True] * n,
        sent_starts=sent_starts if sent_starts is not None else [True] + [False] * (n - 1),
        pos=pos,
        lemmas=lemmas,
    )


def _corpus(rows):
    return framing.load_corpus(
        pd.DataFrame(rows, columns=["article_id", "outlet", "text"]), clean=False
    )


@pytest.fixture(scope="module")
def parse_small(parse_cache):
    def _parse(rows):
        from framing.parse import parse

        return parse(_corpus(rows), cache_dir=parse_cache, progress=False)

    return _parse


def _counts(table):
    return pd.DataFrame(table, columns=["outlet", "term", "count"])


# --------------------------------------------------------------------------- normalisation


def test_fold_text_folds_quotes_dashes_and_case():
    assert fold_text("Syria\u2019s \u201cPeace\u201d \u2013 Now") == 'syria\'s "peace" - now'


def test_spelling_map_word_and_prefix():
    spelling = load_spelling_variants()
    assert spelling.apply("ahmad") == "ahmed"
    assert spelling.apply("al-sharaa") == "sharaa"
    assert spelling.apply("militants") == "militants"
    assert spelling.apply("tartous") == "tartous"  # places are the study's, not the package's
    assert load_spelling_variants([]).apply("ahmad") == "ahmad"
    study = load_spelling_variants([None, STUDY / "spelling_variants.csv"])
    assert study.apply("ahmad") == "ahmed"
    assert study.apply("tartous") == "tartus"
    assert study.apply("khmeimim") == "hmeimim"
    assert study.apply("pro-tartous") == "pro-tartus"


def test_spelling_maps_merge_in_order(tmp_path):
    first = tmp_path / "first.csv"
    first.write_text("variant,canonical,match,rationale\ncolour,color,word,x\nal-,,prefix,x\n")
    second = tmp_path / "second.csv"
    second.write_text("variant,canonical,match,rationale\ncolour,hue,word,x\nal-,,prefix,x\nbin-,,prefix,x\n")
    merged = load_spelling_variants([first, second])
    assert merged.apply("colour") == "hue"  # the later file wins
    assert merged.prefixes == ("al-", "bin-")  # each prefix once, in order
    assert load_spelling_variants([second, first]).apply("colour") == "color"
    assert load_spelling_variants([]).words == {}


def test_quoted_spans_curly_straight_and_open_paragraph():
    text = 'He said \u201cno\u201d and "yes".\n"First para\nnext'
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans == ["no", "yes", "First para"]


# --------------------------------------------------------------------------- term counts


def test_find_terms_stopwords_and_hyphen_words():
    words = ["The", "pro", "-", "Assad", "fighters", "of", "the", "regime", "fled", "."]
    spaces = [True, False, False, True, True, True, True, True, False, False]
    doc = _doc(words, spaces=spaces)
    terms = wording.find_terms(doc, ngram_range=(1, 2))
    unigrams = [t.term for t in terms if t.n == 1]
    bigrams = [t.term for t in terms if t.n == 2]
    assert unigrams == ["pro-assad", "fighters", "regime", "fled"]
    # n-grams starting or ending with a stop word are dropped; none spans the full stop
    assert bigrams == ["pro-assad fighters", "regime fled"]
    first = terms[0]
    assert doc.text[first.start_char : first.end_char] == "pro-Assad"


def test_find_terms_lemmas_option():
    doc = _doc(["Clashes", "erupted"], lemmas=["clash", "erupt"])
    assert [t.term for t in wording.find_terms(doc, ngram_range=(1, 1), lemmas=True)] == [
        "clash",
        "erupt",
    ]
    assert [t.term for t in wording.find_terms(doc, ngram_range=(1, 1))] == ["clashes", "erupted"]


def test_find_terms_rejects_bad_range():
    with pytest.raises(ValueError, match="ngram_range"):
        wording.find_terms(_doc(["a"]), ngram_range=(2, 1))


@pytest.mark.model
def test_term_counts_fold_typography_and_spelling(parse_small):
    parsed = parse_small(
        [
            ("a1", "Alpha", "Ahmad al-Sharaa\u2019s forces entered Tartous."),
            ("b1", "Beta", "Ahmed Sharaa's forces entered Tartus."),
        ]
    )
    counts = wording.term_counts(
        parsed, ngram_range=(1, 1), spelling_variants=[None, STUDY / "spelling_variants.csv"]
    )
    assert list(counts.columns) == ["outlet", "term", "count"]
    alpha = set(counts.loc[counts.outlet == "Alpha", "term"])
    beta = set(counts.loc[counts.outlet == "Beta", "term"])
    assert alpha == beta == {"ahmed", "sharaa", "forces", "entered", "tartus"}


@pytest.mark.model
def test_term_counts_per_article_sum_to_outlet(seed_parsed):
    by_article = wording.term_counts(seed_parsed, by="article")
    by_outlet = wording.term_counts(seed_parsed)
    assert list(by_article.columns) == wording.TERM_COUNT_COLUMNS
    assert by_article["count"].dtype == "int64"
    assert all(
        pd.api.types.is_string_dtype(by_article[c]) for c in ("article_id", "outlet", "term")
    )
    summed = by_article.groupby(["outlet", "term"])["count"].sum()
    assert summed.to_dict() == by_outlet.set_index(["outlet", "term"])["count"].to_dict()
    # no curly apostrophe survives normalisation
    assert not by_outlet["term"].str.contains("\u2019").any()


# --------------------------------------------------------------------------- distinctive terms


def test_log_odds_known_answer():
    # A: x=3, y=1; B: x=1, y=3; pooled prior a_x = a_y = 4, a_0 = 8
    counts = _counts([("A", "x", 3), ("A", "y", 1), ("B", "x", 1), ("B", "y", 3)])
    table = wording.distinctive_terms(counts=counts, comparisons=("pairs",))
    row = table[(table.outlet == "A") & (table.term == "x")].iloc[0]
    delta = math.log(7 / (4 + 8 - 7)) - math.log(5 / (4 + 8 - 5))
    z = delta / math.sqrt(1 / 7 + 1 / 5)
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(z)
    assert row["z"] == pytest.approx(1.1492, abs=1e-4)
    assert row["count"] == 3 and row["count_other"] == 1
    assert row["rate_per_1000"] == pytest.approx(750.0)
    assert row["comparison"] == "B"


def test_log_odds_against_rest_known_answer():
    # rest of A = B + C pooled
    counts = _counts(
        [("A", "x", 2), ("A", "y", 2), ("B", "x", 0), ("B", "y", 4), ("C", "y", 4), ("C", "x", 0)]
    )
    counts = counts[counts["count"] > 0]
    table = wording.distinctive_terms(counts=counts, comparisons=("rest",))
    row = table[(table.outlet == "A") & (table.term == "x")].iloc[0]
    alpha_x, alpha_0 = 2.0, 12.0  # pooled: x=2, y=10
    delta = math.log((2 + alpha_x) / (4 + alpha_0 - 2 - alpha_x)) - math.log(
        (0 + alpha_x) / (8 + alpha_0 - 0 - alpha_x)
    )
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(delta / math.sqrt(1 / 4 + 1 / 2))


def test_identical_outlets_score_zero():
    rows = [("A", "x", 5), ("A", "y", 2), ("A", "z", 1)]
    counts = _counts(rows + [("B", t, c) for _, t, c in rows] + [("C", t, c) for _, t, c in rows])
    table = wording.distinctive_terms(counts=counts)
    assert np.allclose(table["z"], 0.0)
    assert np.allclose(table["log_odds"], 0.0)


def test_swapping_groups_flips_sign():
    counts = _counts(
        [("A", "x", 4), ("A", "y", 1), ("A", "w", 2), ("B", "x", 1), ("B", "y", 5), ("C", "w", 3)]
    )
    table = wording.distinctive_terms(counts=counts, comparisons=("pairs",)).set_index(
        ["outlet", "comparison", "term"]
    )
    ab = table.loc[("A", "B")]
    ba = table.loc[("B", "A")].reindex(ab.index)
    assert np.allclose(ab["z"], -ba["z"])
    assert np.allclose(ab["log_odds"], -ba["log_odds"])


def test_row_order_changes_nothing():
    counts = _counts(
        [("A", "x", 4), ("A", "y", 1), ("B", "x", 1), ("B", "y", 5), ("B", "two words", 2)]
    )
    first = wording.distinctive_terms(counts=counts)
    shuffled = wording.distinctive_terms(
        counts=counts.sample(frac=1, random_state=3).reset_index(drop=True)
    )
    # outlet order follows first appearance, so fix it to compare
    key = ["outlet", "comparison", "term"]
    pd.testing.assert_frame_equal(
        first.sort_values(key).reset_index(drop=True),
        shuffled.sort_values(key).reset_index(drop=True),
    )


def test_ngram_lengths_have_their_own_totals():
    counts = _counts([("A", "x", 1), ("A", "x y", 2), ("B", "x", 3), ("B", "x y", 2)])
    table = wording.distinctive_terms(counts=counts, comparisons=("rest",))
    row = table[(table.outlet == "A") & (table.term == "x y")].iloc[0]
    assert row["n"] == 2
    assert row["rate_per_1000"] == pytest.approx(1000.0)  # A's only bigram


def test_background_prior_changes_scores_and_handles_unseen_terms():
    counts = _counts([("A", "x", 3), ("A", "y", 1), ("B", "x", 1), ("B", "y", 3)])
    background = pd.DataFrame({"term": ["x", "z"], "count": [100, 50]})
    pooled = wording.distinctive_terms(counts=counts, comparisons=("pairs",))
    informed = wording.distinctive_terms(
        counts=counts, comparisons=("pairs",), background=background
    )
    assert np.isfinite(informed["z"]).all()
    x_pooled = pooled[(pooled.outlet == "A") & (pooled.term == "x")]["z"].iloc[0]
    x_informed = informed[(informed.outlet == "A") & (informed.term == "x")]["z"].iloc[0]
    assert x_informed != pytest.approx(x_pooled)
    # the prior pseudo-count for y is (0 + 1) / (100 + 50 + ... ) share of a_0 = 8 -> small
    assert informed[(informed.outlet == "A") & (informed.term == "y")]["z"].iloc[0] < 0


def test_min_count_filters_and_default_keeps_everything():
    counts = _counts([("A", "x", 1), ("B", "y", 1), ("A", "w", 3)])
    table = wording.distinctive_terms(counts=counts, comparisons=("rest",))
    assert set(table["term"]) == {"x", "y", "w"}
    assert set(
        wording.distinctive_terms(counts=counts, comparisons=("rest",), min_count=2)["term"]
    ) == {"w"}


def test_distinctive_terms_errors():
    with pytest.raises(ValueError, match="two outlets"):
        wording.distinctive_terms(counts=_counts([("A", "x", 1)]))
    with pytest.raises(ValueError, match="corpus= or counts="):
        wording.distinctive_terms()
    with pytest.raises(ValueError, match="comparisons"):
        wording.distinctive_terms(
            counts=_counts([("A", "x", 1), ("B", "x", 1)]), comparisons=("all",)
        )


@pytest.mark.model
def test_distinctive_terms_seed_columns(seed_parsed):
    table = wording.distinctive_terms(seed_parsed)
    assert list(table.columns) == wording.DISTINCTIVE_COLUMNS
    assert table["n"].dtype == "int64" and table["count"].dtype == "int64"
    assert table["z"].dtype == "float64"
    assert set(table["comparison"]) == {"rest", *seed_parsed.articles["outlet"]}
    assert table["z"].notna().all()
    # small-corpus defaults keep terms: every outlet has hundreds in its comparison with the rest
    per_outlet = table[table.comparison == "rest"].groupby("outlet").size()
    assert (per_outlet > 200).all()


# --------------------------------------------------------------------------- actor labels

TAXONOMY = pd.DataFrame(
    [
        ("agent", "state_forces", "phrase", "security forces"),
        ("agent", "state_forces", "head", "soldier"),
        ("agent", "loyalists", "regex", r"\bremnants? of\b"),
        ("agent", "loyalists", "phrase", "loyal to the old regime"),
        ("patient", "civilians", "head", "civilian"),
    ],
    columns=["role", "group", "match", "pattern"],
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen loyal to the old regime attacked the village.",
            [("gunmen loyal to the old regime", "loyalists")],
        ),
        (
            "The remnants of the old army fled into the hills.",
            [("remnants of the old army", "loyalists")],
        ),
        ("Hundreds of civilians fled the town of Varnok.", [("civilians", "civilians")]),
        (
            "The security forces arrested two men.",
            [("security forces", "state_forces"), ("men", "unassigned")],
        ),
        ("The committee published a report on the economy.", []),
        ("They said it would rain on Tuesday.", []),
    ],
)
def test_find_actor_mentions_gold(parse_text, text, expected):
    mentions = wording.find_actor_mentions(parse_text(text), actors=TAXONOMY)
    assert [(m.label, m.actor_group) for m in mentions] == expected


@pytest.mark.model
def test_actor_labels_counts_and_columns(parse_small):
    parsed = parse_small(
        [
            (
                "a1",
                "Alpha",
                "Security forces shot civilians. Civilians fled as security forces advanced.",
            ),
            ("b1", "Beta", "Militants killed soldiers near Varnok."),
        ]
    )
    mentions = wording.actor_mentions(parsed, actors=TAXONOMY)
    assert list(mentions.columns) == wording.ACTOR_MENTION_COLUMNS
    assert mentions["start_char"].dtype == "int64"
    table = wording.actor_labels(parsed, mentions=mentions)
    assert list(table.columns) == wording.ACTOR_LABEL_COLUMNS
    as_dict = {(r.outlet, r.actor_group, r.label): r.count for r in table.itertuples()}
    assert as_dict[("Alpha", "state_forces", "security forces")] == 2
    assert as_dict[("Alpha", "civilians", "civilians")] == 2
    assert as_dict[("Beta", "unassigned", "militants")] == 1
    assert as_dict[("Beta", "state_forces", "soldiers")] == 1


# --------------------------------------------------------------------------- event labels


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fierce clashes erupted in the port city.", [("clash", "symmetric_conflict", False)]),
        ("The death toll rose to forty.", [("death toll", "aggregate_neutral", False)]),
        (
            "Monitors described revenge killings in three villages.",
            [("revenge killing", "one_sided_atrocity", False)],
        ),
        ('A witness called it "a massacre".', [("massacre", "one_sided_atrocity", True)]),
        ("Rebels killed a farmer and fled.", []),
        ("The minister will clash with unions over pay.", []),
    ],
)
def test_find_event_labels_gold(parse_text, text, expected):
    found = wording.find_event_labels(parse_text(text))
    assert [(m.label, m.category, m.quoted) for m in found] == expected


@pytest.mark.model
def test_event_labels_shares_and_ci(parse_small):
    parsed = parse_small(
        [
            ("a1", "Alpha", "The massacre shocked the town. Violence spread. Violence continued."),
            ("b1", "Beta", "Clashes erupted. The clashes ended."),
        ]
    )
    table = wording.event_labels(parsed, by="category", n_resamples=200)
    assert list(table.columns) == ["outlet", "category", "count", "share", "ci_low", "ci_high", "ci_unit"]
    assert set(table["ci_unit"]) == {"sentence"}  # one article per outlet
    alpha = table[table.outlet == "Alpha"].set_index("category")
    assert alpha.loc["one_sided_atrocity", "count"] == 1
    assert alpha.loc["one_sided_atrocity", "share"] == pytest.approx(1 / 3)
    assert alpha.loc["symmetric_conflict", "share"] == 0
    assert (table["ci_low"] <= table["share"]).all() and (table["share"] <= table["ci_high"]).all()
    beta = table[table.outlet == "Beta"].set_index("category")
    assert beta.loc["symmetric_conflict", "share"] == pytest.approx(1.0)
    by_label = wording.event_labels(parsed, n_resamples=200)
    assert list(by_label.columns) == wording.EVENT_LABEL_COLUMNS
    assert set(by_label["label"]) == {"massacre", "violence", "clash"}


# --------------------------------------------------------------------------- loaded language


@pytest.mark.model
def test_loaded_language_rate_and_words(parse_small):
    parsed = parse_small(
        [
            (
                "a1",
                "Alpha",
                'Brutal attackers rampaged through Varnok. Officials called them "terrorists".',
            ),
            ("b1", "Beta", "Attackers entered Varnok. Officials gave no details."),
        ]
    )
    rates = wording.loaded_language(parsed, n_resamples=200)
    assert list(rates.columns) == wording.LOADED_RATE_COLUMNS
    alpha = rates.set_index("outlet").loc["Alpha"]
    assert alpha["count"] == 3 and alpha["count_quoted"] == 1
    assert alpha["rate_per_1000"] == pytest.approx(1000 * 3 / alpha["n_words"])
    assert rates.set_index("outlet").loc["Beta", "count"] == 0
    own_voice = wording.loaded_language(parsed, include_quoted=False, n_resamples=200).set_index(
        "outlet"
    )
    assert own_voice.loc["Alpha", "count"] == 2
    words = wording.loaded_language(parsed, by="word")
    assert list(words.columns) == wording.LOADED_WORD_COLUMNS
    assert set(words["word"]) == {"brutal", "rampage", "terrorist"}
    sentences = wording.loaded_language(parsed, by="sentence")
    assert list(sentences.columns) == wording.LOADED_SENTENCE_COLUMNS


# --------------------------------------------------------------------------- text reuse

_SHARED = "Large crowds sought refuge at a military base near the coastal town of Varnok"


@pytest.mark.model
def test_text_reuse_finds_copied_sentence(parse_small):
    parsed = parse_small(
        [
            ("a1", "Alpha", f"{_SHARED}, officials said. Nobody else spoke."),
            (
                "b1",
                "Beta",
                f"Rain fell all week. {_SHARED.replace('a military', 'a military')}, according to witnesses.",
            ),
            (
                "c1",
                "Gamma",
                "An entirely different story about harvest prices and tractors appeared.",
            ),
        ]
    )
    pairs = wording.text_reuse(parsed, n=6)
    assert list(pairs.columns) == wording.REUSE_COLUMNS
    ab = pairs[(pairs.article_id == "a1") & (pairs.other_article_id == "b1")].iloc[0]
    assert ab["shared_words"] == len(_SHARED.split())
    assert ab["n_passages"] == 1
    assert ab["coverage"] == pytest.approx(len(_SHARED.split()) / ab["n_words"])
    ac = pairs[(pairs.article_id == "a1") & (pairs.other_article_id == "c1")].iloc[0]
    assert ac["shared_words"] == 0
    assert ab["tfidf_cosine"] > ac["tfidf_cosine"]
    passages = wording.text_reuse(parsed, by="passage")
    assert list(passages.columns) == wording.PASSAGE_COLUMNS
    first = passages[passages.article_id == "a1"].iloc[0]
    assert first["text"] == _SHARED
    # too-short overlaps are not reuse
    assert wording.text_reuse(parsed, n=20)["shared_words"].sum() == 0


@pytest.mark.model
def test_text_reuse_ignores_typography(parse_small):
    parsed = parse_small(
        [
            (
                "a1",
                "Alpha",
                "The envoy said he was \u201cdeeply alarmed\u201d by Syria\u2019s coastal violence today.",
            ),
            (
                "b1",
                "Beta",
                'The envoy said he was "deeply alarmed" by Syria\'s coastal violence today.',
            ),
        ]
    )
    pairs = wording.text_reuse(parsed)
    assert (pairs["coverage"] == 1.0).all()
    assert pairs["tfidf_cosine"].to_numpy() == pytest.approx([1.0, 1.0])


# --------------------------------------------------------------------------- lexicons


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("stopwords", {"word", "source"}),
        ("spelling_variants", {"variant", "canonical", "match", "rationale"}),
        ("event_labels", {"label", "category", "pos", "rationale"}),
        ("loaded_language", {"word", "kind", "source"}),
        ("people_nouns", {"lemma", "kind", "rationale"}),
    ],
)
def test_lexicons_have_rationale_for_every_entry(name, columns):
    from framing.lexicons import load_lexicon

    table = load_lexicon(name)
    assert columns <= set(table.columns)
    reason = "rationale" if "rationale" in table.columns else "source"
    assert (table[reason].str.len() > 0).all()
    first = table.columns[0]
    assert not table[first].duplicated().any()


def test_event_label_categories_are_the_three():
    from framing.lexicons import load_lexicon

    assert set(load_lexicon("event_labels")["category"]) == set(wording.EVENT_CATEGORIES)


# --------------------------------------------------------------------------- validation and known failures


@pytest.mark.model
def test_validation_actor_mentions(parse_cache):
    from conftest import VALIDATION
    from framing.validation.wording import METRIC_COLUMNS, evaluate_actor_mentions

    metrics = evaluate_actor_mentions(
        VALIDATION / "wording_actor_mentions.csv", cache_dir=parse_cache
    )
    assert list(metrics.columns) == METRIC_COLUMNS == ["measure", "metric", "value", "n", "subset"]
    assert set(metrics["subset"]) == {"all", "dev", "heldout"}
    # asserted on the development sentences; held-out scores are reported, not tuned to
    value = metrics[metrics["subset"] == "dev"].set_index("metric")["value"]
    assert value["precision"] >= 0.9
    assert value["recall"] >= 0.7
    assert value["negatives_clean"] == 1.0


@pytest.mark.model
def test_validation_event_labels(parse_cache):
    from conftest import VALIDATION
    from framing.validation.wording import evaluate_event_labels

    metrics = evaluate_event_labels(VALIDATION / "wording_event_labels.csv", cache_dir=parse_cache)
    assert set(metrics["subset"]) == {"all", "dev", "heldout"}
    value = metrics[metrics["subset"] == "dev"].set_index("metric")["value"]
    assert value["precision"] >= 0.9
    assert value["recall"] >= 0.9


@pytest.mark.model
@pytest.mark.xfail(
    strict=True, reason="a word list cannot tell a figurative 'massacre' from a real one"
)
def test_figurative_event_word_is_not_a_label(parse_text):
    assert (
        wording.find_event_labels(parse_text("The minister's speech was a massacre of the facts."))
        == []
    )


@pytest.mark.model
def test_person_noun_from_the_expanded_lexicon_is_found(parse_text):
    mentions = wording.find_actor_mentions(
        parse_text("An elderly shepherd was found dead near the well.")
    )
    assert [m.label for m in mentions] == ["elderly shepherd"]


@pytest.mark.model
@pytest.mark.xfail(
    strict=True,
    reason="people nouns outside the lexicon and not tagged PERSON/NORP are missed",
)
def test_person_noun_outside_lexicon_is_found(parse_text):
    mentions = wording.find_actor_mentions(
        parse_text("An elderly beekeeper was found dead near the well.")
    )
    assert [m.label for m in mentions] == ["elderly beekeeper"]


def test_default_string_is_refused_with_the_one_spelling():
    from framing.textnorm import load_spelling_variants, load_stopwords

    with pytest.raises(ValueError, match="pass None for the packaged list"):
        load_stopwords("default")
    with pytest.raises(ValueError, match="pass None for the packaged list"):
        load_spelling_variants("default")
    assert load_stopwords([]) == frozenset()
    assert "the" in load_stopwords(None)


def test_packaged_lexicons_are_spelled_none_and_default_is_refused():
    doc = _doc(["Gunmen", "killed", "civilians"])
    with pytest.raises(ValueError, match="pass None for the packaged list"):
        wording.find_event_labels(doc, lexicon="default")
    with pytest.raises(ValueError, match="pass None for the packaged list"):
        wording.find_loaded_words(doc, lexicon="default")
    with pytest.raises(ValueError, match="pass None for the packaged list"):
        wording.find_actor_mentions(doc, people_nouns="default")
    from framing.actors import load_people_nouns

    assert load_people_nouns(None)["civilian"] == "person"


@pytest.mark.parametrize(
    ("rows", "typo"),
    [
        (wording.term_count_rows, {"ngram_rnage": (1, 2)}),
        (wording.actor_label_rows, {"people_noun": None}),
        (wording.event_label_rows, {"lexicn": None}),
        (wording.loaded_language_rows, {"lexicn": None}),
    ],
)
def test_per_article_rows_refuse_a_misspelled_option(rows, typo):
    from types import SimpleNamespace

    article = SimpleNamespace(article_id="a1", outlet="A")
    with pytest.raises(TypeError, match=next(iter(typo))):
        rows(article, _doc(["Gunmen", "killed", "civilians"]), **typo)


def test_actor_labels_refuses_a_misspelled_option_before_parsing():
    corpus = _corpus([("a1", "A", "Gunmen killed civilians.")])
    with pytest.raises(TypeError, match="peple_nouns"):  # reaches framing.parse, which refuses it
        wording.actor_labels(corpus, peple_nouns=None)


def test_actor_labels_refuses_a_misspelled_option_when_parsed(parse_small):
    parsed = parse_small([("a1", "A", "Gunmen killed civilians.")])
    with pytest.raises(TypeError, match="peple_nouns"):
        wording.actor_labels(parsed, peple_nouns=None)
