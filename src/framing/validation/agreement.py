"""Agreement between two people labelling the same sentences.

A gold label is only as good as the agreement of two careful annotators on
it: when they often disagree, a measure cannot be expected to agree with
either much better. ``data/validation/tone_second_annotator.csv`` labels the
sentences of ``tone.csv`` a second time, blind to the first labels; this
module compares the two with the chance-corrected coefficients of
:class:`nltk.metrics.agreement.AnnotationTask`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from nltk.metrics.agreement import AnnotationTask

from .tone import load_tone_labels

__all__ = ["AGREEMENT_COLUMNS", "annotator_agreement", "tone_agreement"]

#: Columns of :func:`annotator_agreement` and :func:`tone_agreement`.
AGREEMENT_COLUMNS = ["metric", "value", "n"]

_DEFAULT_SECOND = Path("data") / "validation" / "tone_second_annotator.csv"


def annotator_agreement(first: Sequence[str], second: Sequence[str]) -> pd.DataFrame:
    """Observed agreement, Cohen's kappa and Krippendorff's alpha of two labellings.

    Parameters
    ----------
    first, second : sequence of str
        The two annotators' labels of the same items, in the same order.

    Returns
    -------
    pandas.DataFrame
        ``metric`` (``observed_agreement``: share of items labelled alike;
        ``cohen_kappa``; ``krippendorff_alpha``, nominal), ``value``
        (float64), ``n`` (int64, items).

    Raises
    ------
    ValueError
        When the labellings differ in length or are empty.

    Notes
    -----
    Kappa corrects the observed agreement by the agreement expected from each
    annotator's own label shares; alpha uses the pooled shares of both and
    corrects for small samples. Both are 1 for perfect agreement and 0 for
    agreement at chance level. When every item gets one and the same label
    from both, the chance agreement is 1 and both coefficients are undefined
    (nltk raises ``ZeroDivisionError``).

    References
    ----------
    Cohen, J. (1960). A coefficient of agreement for nominal scales.
    *Educational and Psychological Measurement* 20(1).
    Krippendorff, K. (2004). *Content Analysis: An Introduction to Its
    Methodology*, 2nd ed., ch. 11.
    Artstein, R. & Poesio, M. (2008). Inter-coder agreement for
    computational linguistics. *Computational Linguistics* 34(4).
    """
    if len(first) != len(second):
        raise ValueError(f"{len(first)} labels from the first annotator but {len(second)} from the second")
    if not len(first):
        raise ValueError("no items to compare")
    data = [("first", str(i), label) for i, label in enumerate(first)]
    data += [("second", str(i), label) for i, label in enumerate(second)]
    task = AnnotationTask(data=data)
    n = len(first)
    rows = [
        ("observed_agreement", float(task.avg_Ao()), n),
        ("cohen_kappa", float(task.kappa()), n),
        ("krippendorff_alpha", float(task.alpha()), n),
    ]
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS).astype({"value": "float64", "n": "int64"})


def tone_agreement(path: str | Path | None = None, second: str | Path | None = None) -> pd.DataFrame:
    """Agreement of the two annotations of the tone sentences.

    Parameters
    ----------
    path : str or Path, optional
        The first labelling; default ``data/validation/tone.csv`` under the
        working directory.
    second : str or Path, optional
        The second labelling (columns ``sentence`` and ``label``, the same
        sentences); default ``data/validation/tone_second_annotator.csv``.

    Returns
    -------
    pandas.DataFrame
        As :func:`annotator_agreement`.

    Raises
    ------
    ValueError
        When the second file is missing, lacks a column or does not label
        exactly the sentences of the first.
    """
    first = load_tone_labels(path)
    second_path = Path(second) if second is not None else _DEFAULT_SECOND
    if not second_path.is_file():
        raise ValueError(f"{second_path}: second annotation not found; pass second=")
    other = pd.read_csv(second_path, dtype=str, keep_default_na=False)
    missing = {"sentence", "label"} - set(other.columns)
    if missing:
        raise ValueError(f"{second_path}: missing column(s) {', '.join(sorted(missing))}")
    labels = dict(zip(other["sentence"], other["label"], strict=True))
    if set(labels) != set(first["sentence"]) or len(other) != len(first):
        raise ValueError(f"{second_path}: does not label exactly the sentences of the first file")
    return annotator_agreement(list(first["label"]), [labels[s] for s in first["sentence"]])

