"""The speed-ups behind the measures change no result and keep no Doc alive."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest
import scipy.sparse as sp

from framing.agency import find_harm_events, find_passives
from framing.hedging import find_hedges
from framing.sentences import iter_sents, sent_index
from framing.sources import find_attributions
from framing.wording import _pair_cosines

TEXT = (
    "Gunmen killed 12 villagers near the border on Monday, the ministry said. "
    "Witnesses said the village was reportedly shelled by the army. "
    "\n\nAt least 30 people were wounded."
)


def _shuffled_rows(matrix, rng):
    """The same matrix with the column order inside each row shuffled (not canonical)."""
    matrix = matrix.tocsr(copy=True)
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        order = rng.permutation(end - start)
        matrix.indices[start:end] = matrix.indices[start:end][order]
        matrix.data[start:end] = matrix.data[start:end][order]
    matrix.has_sorted_indices = False
    return matrix


@pytest.mark.parametrize("shuffle", [False, True])
def test_pair_cosines_equal_scipy_to_the_bit(shuffle):
    rng = np.random.default_rng(7)
    matrix = sp.random(25, 400, density=0.2, format="csr", random_state=3)
    matrix.data = rng.random(matrix.nnz)
    if shuffle:
        matrix = _shuffled_rows(matrix, rng)
    cosine = _pair_cosines(matrix, matrix.shape[0])
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[0]):
            if i != j:
                assert cosine(i, j) == float(matrix[i].multiply(matrix[j]).sum())


def test_pair_cosines_without_matrix_are_nan():
    assert np.isnan(_pair_cosines(None, 3)(0, 1))


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
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
