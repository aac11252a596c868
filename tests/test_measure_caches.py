"""The speed-ups behind the measures change no result and keep no Doc alive."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pandas as pd
import pytest

from framing import stats
from framing.agency import find_harm_events, find_passives
from framing.docview import (
    iter_sents,
    sent_index,
    sentence_chars,
    token_strings,
)
from framing.hedging import find_hedges
from framing.sources import find_attributions
from framing.stats import bootstrap_ci, bootstrap_cis
from framing.textnorm import Word, doc_words, fold_text, load_spelling_variants, quoted_spans
from framing.tone import analyzer, find_actor_clauses, find_sentiment

TEXT = (
    "Gunmen killed 12 villagers near the border on Monday, the ministry said. "
    "Witnesses said the village was reportedly shelled by the army. "
    "\n\nAt least 30 people were wounded."
)


def test_cached_records_are_equal_and_fresh_lists(parse_text):
    doc = parse_text(TEXT)
    for find in (find_attributions, find_hedges, find_passives):
        first, second = find(doc), find(doc)
        assert first == second and first
        assert first is not second  # a caller may change its list
        first.clear()
        assert find(doc) == second


def test_sentence_ids_and_index_are_stable(parse_text):
    doc = parse_text(TEXT)
    spans = [(i, span.start, span.end) for i, span in iter_sents(doc)]
    assert [i for i, _, _ in spans] == list(range(len(spans)))
    assert all(not doc[start].is_space and not doc[end - 1].is_space for _, start, end in spans)
    index = sent_index(doc)
    index.clear()  # a copy: the next caller gets the full index
    assert sent_index(doc) == {k: i for i, start, end in spans for k in range(start, end)}


def test_caches_do_not_keep_the_doc_alive(parse_text):
    doc = parse_text(TEXT)
    find_harm_events(doc)  # fills every per-Doc cache (passives, hedges, attributions, text)
    sent_index(doc)
    list(doc_words(doc))  # token lists
    find_sentiment(doc)  # VADER scores per text
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None


# ------------------------------------------------------------ shared bootstrap draws


@pytest.mark.parametrize("grouped", [False, True])
@pytest.mark.parametrize("chunked", [False, True])
def test_shared_bootstrap_equals_the_general_bootstrap(grouped, chunked, monkeypatch):
    """bootstrap_cis (the vectorised mean, also bootstrap_ci's fast path) against
    bootstrap_ci's general path, which applies a statistic to every resample.
    A continuous column makes every unit distinct, so unit indices are drawn."""
    if chunked:  # several blocks of draws, as for a very large outlet
        monkeypatch.setattr(stats, "MAX_INDEX_CELLS", 5_000)
    rng = np.random.default_rng(11)
    for trial in range(6):
        n = int(rng.integers(1, 200))
        columns = [rng.integers(0, 2, n).astype(float) for _ in range(3)] + [rng.normal(size=n)]
        groups = rng.integers(0, max(1, n // 3), n).astype(str) if grouped else None
        options = {"n_resamples": 700, "confidence": 0.9, "random_state": trial}
        expected = [bootstrap_ci(values, groups=groups, statistic=_plain_mean, **options) for values in columns]
        found = bootstrap_cis(columns, groups=groups, **options)
        assert found == [pytest.approx(e, rel=1e-12, abs=1e-12) for e in expected]
        # bootstrap_ci's mean path is bootstrap_cis of one column
        assert bootstrap_ci(columns[-1], groups=groups, **options) == found[-1]


@pytest.mark.parametrize("grouped", [False, True])
def test_bootstrap_by_kinds_has_the_distribution_of_the_bootstrap_by_units(grouped, monkeypatch):
    """Shares of 0/1 values over many units are resampled as multinomial counts
    of the few distinct kinds of unit; the interval must be the one that
    drawing units gives, up to Monte Carlo error (20,000 resamples each)."""
    rng = np.random.default_rng(5)
    n = 3_000
    columns = [(rng.random(n) < p).astype(float) for p in (0.03, 0.3, 0.5)]
    groups = rng.integers(0, n // 2, n) if grouped else None  # clusters of 1-6 sentences
    options = {"n_resamples": 20_000, "confidence": 0.95, "random_state": 1}
    by_kinds = bootstrap_cis(columns, groups=groups, **options)
    monkeypatch.setattr(stats, "DISTINCT_UNITS_RATIO", 10**12)  # never by kinds
    by_units = bootstrap_cis(columns, groups=groups, **options)
    assert by_kinds != by_units  # different draws ...
    for (est_k, low_k, high_k), (est_u, low_u, high_u) in zip(by_kinds, by_units, strict=True):
        assert est_k == est_u
        width = high_u - low_u
        assert low_k == pytest.approx(low_u, abs=0.03 * width)  # ... the same interval
        assert high_k == pytest.approx(high_u, abs=0.03 * width)


class _CountingGenerator(np.random.Generator):
    """A numpy Generator that counts the random values it draws, and stops a test
    (instead of running for minutes) once they pass ``budget``."""

    def __init__(self, seed: int, budget: int):
        super().__init__(np.random.PCG64(seed))
        self.drawn = 0
        self.budget = budget

    def _count(self, drawn):
        self.drawn += np.size(drawn)
        if self.drawn > self.budget:
            raise AssertionError(f"drew {self.drawn:,} random values, more than {self.budget:,}")
        return drawn

    def integers(self, *args, **kwargs):
        return self._count(super().integers(*args, **kwargs))

    def multinomial(self, *args, **kwargs):
        return self._count(super().multinomial(*args, **kwargs))


def test_bootstrap_by_kinds_costs_the_same_for_a_large_corpus():
    """A share over a million observations draws as few random values as one over a
    thousand: one count per kind of unit and resample, not one index per unit.

    Work is counted (random values drawn) rather than timed, so a loaded machine
    cannot fail it; drawing a million indices 2,000 times fails at the first block."""
    rng = np.random.default_rng(2)
    drawn = []
    for n in (1_000, 1_000_000):
        values = (rng.random(n) < 0.2).astype(float)
        counting = _CountingGenerator(3, budget=10 * stats.N_BOOTSTRAP * 2)
        ((share, low, high), _) = bootstrap_cis([values, 1 - values], random_state=counting)
        assert low < share < high
        drawn.append(counting.drawn)
    assert drawn == [stats.N_BOOTSTRAP * 2, stats.N_BOOTSTRAP * 2]  # two kinds of observation: 0 and 1


def _plain_mean(values):
    return float(np.sum(values) / len(values))


def test_shared_bootstrap_of_nothing_is_nan():
    assert bootstrap_cis([]) == []
    ((estimate, low, high),) = bootstrap_cis([np.array([])])
    assert np.isnan(estimate) and np.isnan(low) and np.isnan(high)
    with pytest.raises(ValueError, match="one label per value"):
        bootstrap_cis([np.ones(3)], groups=["a", "b"])


# ------------------------------------------------------------ word stream


def _reference_words(doc, *, lemmas=False, spelling=None):
    """The token-by-token definition of framing.textnorm.doc_words (before the token lists)."""

    def joiner(token):
        return token.text in {"-", "\u2010", "\u2011"}

    def emit(parts, sent_id):
        while parts and joiner(parts[-1]):
            parts = parts[:-1]
        if not parts:
            return
        if lemmas:
            text = "".join(t.text for t in parts[:-1]) + (parts[-1].lemma_ or parts[-1].text)
        else:
            text = "".join(t.text for t in parts)
        text = fold_text(text)
        if spelling is not None:
            text = spelling.apply(text)
        if text:
            end = parts[-1].idx + len(parts[-1].text)
            yield Word(text, parts[0].idx, end, sent_id, parts[-1].i)

    for sent_id, sent in iter_sents(doc):
        parts = []
        for token in sent:
            if parts and (
                (joiner(token) and not parts[-1].whitespace_)
                or (joiner(parts[-1]) and not parts[-1].whitespace_ and not token.is_space)
            ):
                parts.append(token)
                continue
            if parts:
                yield from emit(parts, sent_id)
                parts = []
            if (
                token.is_space
                or (token.is_punct and not token.text.startswith("'"))
                or token.is_bracket
                or token.pos_ == "SYM"
                or not any(ch.isalnum() for ch in token.text)
            ):
                yield None
            else:
                parts.append(token)
        if parts:
            yield from emit(parts, sent_id)
        yield None


WORD_TEXT = (
    "Pro-Assad fighters and anti- and pro-government militias clashed in al-Qardaha - "
    "not in Tartous \u2013 on Friday. \u201cThe al-Sharaa government's forces,\u201d "
    'she said, "were well-armed." 12% of homes (in 3 villages) burned -\n\nOfficials '
    "say 1,500 people have been killed since pro- Assad remnants' attacks began."
)


@pytest.mark.parametrize("lemmas", [False, True])
@pytest.mark.parametrize("spelling", [[], None])
def test_word_stream_equals_its_token_by_token_definition(parse_text, lemmas, spelling):
    doc = parse_text(WORD_TEXT)
    spelling = load_spelling_variants(spelling)
    expected = list(_reference_words(doc, lemmas=lemmas, spelling=spelling))
    assert sum(word is not None for word in expected) > 30
    assert list(doc_words(doc, lemmas=lemmas, spelling=spelling)) == expected


# ------------------------------------------------------------ VADER scores per Doc


def test_remembered_scores_equal_vader(parse_text):
    doc = parse_text(TEXT)
    sia = analyzer()
    for record, (_, span) in zip(find_sentiment(doc), iter_sents(doc), strict=True):
        assert record.compound == sia.polarity_scores(span.text)["compound"]
    clauses = find_actor_clauses(doc)
    for clause in clauses:
        assert clause.compound == sia.polarity_scores(clause.clause)["compound"]


def test_token_lists_equal_token_attributes(parse_text):
    doc = parse_text(WORD_TEXT + " " + TEXT)
    tokens = token_strings(doc)
    got = list(
        zip(
            tokens.text,
            tokens.lower,
            tokens.lemma,
            tokens.pos,
            tokens.tag,
            tokens.dep,
            tokens.idx,
            tokens.whitespace,
            tokens.is_space,
            tokens.is_punct,
            tokens.is_alpha,
            tokens.is_bracket,
            strict=True,
        )
    )
    expected = [
        (
            t.text,
            t.lower_,
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.idx,
            bool(t.whitespace_),
            t.is_space,
            t.is_punct,
            t.is_alpha,
            t.is_bracket,
        )
        for t in doc
    ]
    assert got == expected
    assert token_strings(doc[:0].as_doc()).text == []


def _reference_quoted_spans(text):
    """framing.textnorm.quoted_spans as first written: character by character."""
    spans, offset = [], 0
    for paragraph in text.split("\n"):
        start = None
        for i, ch in enumerate(paragraph):
            if ch in "\u201c\u00ab\u201e" or (ch == '"' and start is None):
                if start is None:
                    start = i + 1
            elif ch in "\u201d\u00bb" or ch == '"':
                if start is not None:
                    spans.append((offset + start, offset + i))
                    start = None
        if start is not None and start < len(paragraph):
            spans.append((offset + start, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return spans


def test_quoted_spans_equal_the_character_by_character_definition():
    rng = np.random.default_rng(5)
    alphabet = list("ab \n\"\u201c\u201d\u00ab\u00bb\u201e'")
    texts = [WORD_TEXT, TEXT, "", '"', '\u201cx\n"y', 'a "b" \u201cc\u201d\u00ab']
    texts += ["".join(rng.choice(alphabet, size=int(rng.integers(0, 40)))) for _ in range(500)]
    for text in texts:
        assert quoted_spans(text) == _reference_quoted_spans(text), repr(text)


def test_sentence_texts_equal_the_spans_of_iter_sents(parse_text):
    doc = parse_text(WORD_TEXT + "\n\n" + TEXT)
    expected = [(i, s.start_char, s.end_char, s.text) for i, s in iter_sents(doc)]
    assert sentence_chars(doc) == expected


# ------------------------------------------------------------ CSV float formatting


def test_formatted_floats_write_the_bytes_pandas_writes(tmp_path):
    """write_table formats float columns itself; the file must be what
    to_csv(float_format=FLOAT_FORMAT) writes, for every kind of float."""
    from framing.io import FLOAT_FORMAT, write_table

    rng = np.random.default_rng(4)
    table = pd.DataFrame(
        {
            "edge": [0.0, -0.0, np.nan, np.inf, -np.inf, 1e-7, 123456789.0, 0.1 + 0.2, 2 / 3, 5.0],
            "nullable": pd.array([1.5, None, 2.0, 3.0, None, 0.0, 1.0, 2.0, 3.0, 4.0], dtype="Float64"),
            "single": np.float32([1 / 3] * 10),
            "scaled": rng.normal(size=10) * 10.0 ** rng.integers(-8, 9, 10),
            "text": ["a,b", 'say "x"', "", None, "é", "1.5", "nan", "x", "y", "z"],
            "count": range(10),
        }
    )
    expected = table.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    assert write_table(table, tmp_path / "t.csv").read_text(encoding="utf-8") == expected
    assert table["edge"].isna().sum() == 1  # the input is left as it was


# ------------------------------------------------------------ per-Doc memo


def test_cache_per_doc_keys_on_every_option_with_defaults_filled(parse_text):
    from framing.docview import cache_per_doc

    calls = []

    @cache_per_doc
    def records(doc, *, lexicon="default", limit=2):
        calls.append((lexicon, limit))
        return [len(doc), lexicon, limit]

    doc = parse_text("Two words.")
    assert records(doc) == [3, "default", 2]
    assert records(doc, lexicon="default") == [3, "default", 2]  # the defaults spelled out: a hit
    assert records(doc, limit=2, lexicon="default") == [3, "default", 2]
    assert calls == [("default", 2)]
    assert records(doc, limit=5) == [3, "default", 5]  # another option: computed
    assert records(doc, lexicon=["a", "list"]) == [3, ["a", "list"], 2]  # unhashable: not cached
    assert records(doc, lexicon=["a", "list"]) == [3, ["a", "list"], 2]
    assert calls == [("default", 2), ("default", 5), (["a", "list"], 2), (["a", "list"], 2)]
    first = records(doc)
    first.append("changed by a caller")
    assert records(doc) == [3, "default", 2]  # each call gets its own list
    with pytest.raises(TypeError):
        records(doc, colour="red")  # an unknown option fails as the function would
    other = parse_text("Two words.")
    records(other)
    assert len(calls) == 5  # another Doc: computed again


def test_arcs_are_the_heads_and_children_spacy_gives(seed_parsed):
    from framing.docview import arcs

    for doc in seed_parsed.docs:
        found = arcs(doc)
        assert found.heads == [t.head.i for t in doc]
        assert [found.children_of(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
        assert arcs(doc) is found  # once per Doc


@pytest.mark.parametrize("text", ["", " ", "One.  Two\n\nthree ", "Tabs\tand\u00a0spaces  end  ", "émigré — “x”"])
def test_doc_text_is_spacy_doc_text(parse_text, text):
    from framing.docview import doc_text

    doc = parse_text(text)
    assert doc_text(doc) == doc.text == text


def test_once_per_doc_computes_once_and_does_not_keep_the_doc(parse_text):
    from framing.docview import once_per_doc

    calls = []

    @once_per_doc
    def length(doc):
        calls.append(1)
        return [len(doc)]

    doc = parse_text("Three short words.")
    first = length(doc)
    assert length(doc) is first and calls == [1]
    assert length(parse_text("Three short words.")) == first and calls == [1, 1]  # another Doc
    alive = weakref.ref(doc)
    del doc, first
    gc.collect()
    assert alive() is None  # the memo holds the Doc weakly


def test_answers_of_is_per_owner_object_and_bounded():
    from framing.memo import AnswersOf

    memo = AnswersOf(max_owners=2, max_answers=3)
    first, second, third = object(), object(), object()
    memo.answers(first)["a"] = 1
    assert memo.answers(first) == {"a": 1}
    assert memo.answers(second) == {}  # another owner, its own answers
    for key in "bc":
        memo.answers(first)[key] = 0
    assert memo.answers(first) == {}  # at max_answers it starts again empty
    memo.answers(second)["x"] = 1
    memo.answers(third)  # a third owner past max_owners: every memo starts again
    assert memo.answers(second) == {}
