"""Agreement of VADER with hand labels on news-style sentences (``data/validation/tone.csv``).

The file holds sentences written for this purpose (invented places and
names, none from the study corpus), each labelled ``negative``, ``neutral``
or ``positive`` by this rule:

* negative: the sentence describes harm happening (violence, deaths,
  injury, destruction, displacement, suffering, threat) or evaluates
  something negatively;
* positive: it describes relief, safety, agreement, reconstruction, aid
  arriving or praise;
* neutral: background, procedure and logistics, including sentences about
  deaths that describe no act, only how a toll is counted, revised, compared,
  published or verified ("The toll covers the period from Thursday to Sunday").

Rows alternate between a ``dev`` half (seen while writing the domain
lexicon ``framing/data/vader_domain.csv``) and a ``test`` half (held out;
used to decide that the adjustment is the default, ``domain=None``). VADER's
compound score is mapped to a label with Hutto & Gilbert's +-0.05 rule
(:func:`framing.tone.compound_label`).

Only the sentence text is scored, exactly as :func:`framing.sentence_sentiment`
scores a parsed sentence, so no parse is needed here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .metrics import label_report, spearman_rho

__all__ = [
    "LABELS",
    "LEXICONS",
    "METRIC_COLUMNS",
    "evaluate_tone",
    "load_tone_labels",
    "tone_predictions",
]

#: Labels of the validation file, in ordinal order (for the rank correlation).
LABELS = ("negative", "neutral", "positive")
#: Lexicon variants compared: measure name -> ``domain`` option of framing.tone.
LEXICONS = {"vader": False, "vader_domain": None}
#: Columns of :func:`evaluate_tone`.
METRIC_COLUMNS = ["measure", "metric", "value", "n", "subset"]

_DEFAULT_PATH = Path("data") / "validation" / "tone.csv"


def load_tone_labels(path: str | Path | None = None) -> pd.DataFrame:
    """Read and check the labelled sentences (columns ``sentence, label, split, note``).

    Raises
    ------
    ValueError
        Naming the file and row of an unknown label or split, an empty or
        duplicated sentence.
    """
    path = Path(path) if path is not None else _DEFAULT_PATH
    if not path.is_file():
        raise ValueError(
            f"{path}: tone validation file not found; pass path= (data/validation/tone.csv)"
        )
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"sentence", "label", "split"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        if not row.sentence.strip():
            raise ValueError(f"{path}, row {row_no}: empty sentence")
        if row.label not in LABELS:
            raise ValueError(
                f"{path}, row {row_no}: label {row.label!r} is not one of {', '.join(LABELS)}"
            )
        if row.split not in {"dev", "test"}:
            raise ValueError(f"{path}, row {row_no}: split {row.split!r} is not dev or test")
    duplicated = table["sentence"].duplicated()
    if duplicated.any():
        raise ValueError(
            f"{path}, row {int(np.flatnonzero(duplicated)[0]) + 2}: duplicated sentence"
        )
    return table


def tone_predictions(
    path: str | Path | None = None, *, threshold: float | None = None
) -> pd.DataFrame:
    """The labelled sentences with VADER's compound and label under each lexicon.

    Returns
    -------
    pandas.DataFrame
        ``sentence, label, split, note``, then for each measure of
        :data:`LEXICONS` ``<measure>_compound`` (float64) and
        ``<measure>_label`` (str).
    """
    from ..tone import VADER_THRESHOLD, compound_label, score_text

    threshold = VADER_THRESHOLD if threshold is None else threshold
    table = load_tone_labels(path)
    if "note" not in table.columns:
        table["note"] = ""
    for measure, domain in LEXICONS.items():
        compound = np.array(
            [score_text(text, domain=domain)["compound"] for text in table["sentence"]]
        )
        table[f"{measure}_compound"] = compound
        table[f"{measure}_label"] = compound_label(compound, threshold=threshold)
    return table


def _metrics(gold, predicted, compound) -> list[tuple[str, float, int]]:
    n = len(gold)
    report = label_report(gold, predicted, LABELS)
    rows = [("accuracy", float(report["accuracy"]), n), ("macro_f1", float(report["macro_f1"]), n)]
    for label, (p, r, f, s) in report["per_label"].items():
        rows += [
            (f"precision_{label}", float(p), int(s)),
            (f"recall_{label}", float(r), int(s)),
            (f"f1_{label}", float(f), int(s)),
        ]
    ordinal = pd.Series([LABELS.index(label) for label in gold], dtype=float)
    rho = spearman_rho(ordinal, np.asarray(compound, dtype=float))
    rows.append(("spearman_rho", float(rho), n))
    return rows


def evaluate_tone(
    path: str | Path | None = None, *, threshold: float | None = None
) -> pd.DataFrame:
    """VADER's agreement with the hand labels, with and without the domain lexicon.

    Parameters
    ----------
    path : str or Path, optional
        The labelled file; default ``data/validation/tone.csv`` under the
        working directory.
    threshold : float, optional
        Compound threshold; default :data:`framing.tone.VADER_THRESHOLD`.

    Returns
    -------
    pandas.DataFrame
        Tidy: ``measure`` (``vader`` | ``vader_domain``), ``metric``
        (accuracy, macro_f1, precision_/recall_/f1_ per label, spearman_rho
        between compound and the ordinal label), ``value`` (float64), ``n``
        (int64: sentences, or the label's support for per-label metrics),
        ``subset`` (``all`` | ``dev`` | ``test``).

    References
    ----------
    Hutto, C. J. & Gilbert, E. (2014). VADER. *ICWSM-14* (the +-0.05 rule;
    r = 0.49 with human ratings on New York Times editorial sentences).
    """
    table = tone_predictions(path, threshold=threshold)
    rows = []
    for measure in LEXICONS:
        for subset in ("all", "dev", "test"):
            part = table if subset == "all" else table[table["split"] == subset]
            for metric, value, n in _metrics(
                list(part["label"]), list(part[f"{measure}_label"]), part[f"{measure}_compound"]
            ):
                rows.append((measure, metric, value, n, subset))
    result = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    return result.astype(
        {"measure": "str", "metric": "str", "value": "float64", "n": "int64", "subset": "str"}
    )
