"""VADER, adapted to conflict news: the analyzer, its lexicon option, and scores remembered per Doc.

framing scores with vaderSentiment's own ``SentimentIntensityAnalyzer``
(Hutto & Gilbert 2014), pinned in ``requirements.lock``. The only change is
to the analyzer's lexicon: ``framing/data/vader_domain.csv`` removes words
that are labels in conflict news rather than evaluations ("fighters *loyal*
to", "*security* forces") and adds harm and relief words VADER lacks
("massacre", "shelling", "ceasefire"), each rated like a named VADER entry.

The ``domain`` option of every tone function selects the lexicon:

* ``None`` (default): VADER with framing's packaged adjustment. It is the
  default because it raised macro-F1 on the held-out (``test``) half of
  ``data/validation/tone.csv`` (numbers: :func:`framing.validation.tone.evaluate_tone`).
* ``False``: VADER as shipped.
* a str or Path: VADER adjusted by your own CSV file, with the columns
  ``token``, ``action`` (add | set | remove) and ``valence`` (-4..+4).

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for
sentiment analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np

from ..docview import once_per_doc
from ..lexicons import lexicon_path, load_lexicon

#: Compound score at or beyond which a text is positive (>= +t) or negative
#: (<= -t); neutral in between. The thresholds recommended by VADER's authors
#: (Hutto & Gilbert 2014; vaderSentiment README, "scoring").
VADER_THRESHOLD = 0.05
#: Name of the packaged domain adjustment (``framing/data/vader_domain.csv``),
#: the lexicon of ``domain=None``.
DOMAIN_LEXICON = "vader_domain"

#: The type of the ``domain`` option (see the module docstring).
Domain = str | Path | Literal[False] | None


def _lexicon_file(domain: Domain) -> str | None:
    """The adjustment file ``domain`` selects (resolved, so it can key a cache), or None."""
    if domain is None:
        return str(lexicon_path(DOMAIN_LEXICON))
    if domain is False:
        return None
    if domain is True:
        raise ValueError(
            "domain=True is not an option: pass None for framing's packaged adjustment "
            "(the default), False for VADER as shipped, or the path of a CSV file"
        )
    if isinstance(domain, (str, Path)):
        path = Path(domain)
        if not path.is_file():
            raise ValueError(
                f"domain lexicon {path} not found; pass None, False or the path of a CSV file"
            )
        return str(path.resolve())
    raise ValueError(f"domain must be None, False or a CSV path, got {domain!r}")


def _read_adjustments(path: str) -> list[tuple[str, str, float | None]]:
    """``(token, action, valence)`` of each row of an adjustment file, checked."""
    table = load_lexicon(path)
    missing = {"token", "action", "valence"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    adjustments = []
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        token, action = row.token.strip().lower(), row.action.strip()
        if not token or any(ch.isspace() for ch in token):
            raise ValueError(
                f"{path}, row {row_no}: token {row.token!r} must be one word (VADER scores words)"
            )
        if action == "remove":
            adjustments.append((token, action, None))
        elif action in {"add", "set"}:
            try:
                valence = float(row.valence)
            except ValueError:
                raise ValueError(
                    f"{path}, row {row_no}: valence {row.valence!r} is not a number"
                ) from None
            if not -4.0 <= valence <= 4.0:
                raise ValueError(
                    f"{path}, row {row_no}: valence {valence} outside VADER's -4..+4 scale"
                )
            adjustments.append((token, action, valence))
        else:
            raise ValueError(f"{path}, row {row_no}: action {action!r} is not add, set or remove")
    return adjustments


#: Words on either side of a word that VADER's negation and idiom checks read
#: (``i - 3`` to ``i + 2``; vaderSentiment 3.3.2, ``_negation_check`` and
#: ``_special_idioms_check``).
_VADER_REACH = 3


@lru_cache(maxsize=1)
def _analyzer_class():
    """vaderSentiment's ``SentimentIntensityAnalyzer`` with its two per-word checks
    given only the words they read.

    VADER's ``_negation_check`` and ``_special_idioms_check`` lower-case the
    whole sentence on every call, once or more per sentiment word, so a
    sentence's cost grows with the square of its length (a one-sentence
    scraped page of 100,000 characters took minutes). Both read only the
    words from ``i - 3`` to ``i + 2`` (and the sentence length only to know
    whether ``i + 1`` and ``i + 2`` exist), so handing them that window, with
    ``i`` shifted, gives the same valence (tested on every sentence of the
    seed corpus and on generated ones) at a cost linear in the length.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    def windowed(check):
        def run(valence, words, *args):
            i = args[-1]
            if i < _VADER_REACH:  # no window needed; and the checks never index below 0 (VADER calls them for i > 2)
                return check(valence, words, *args)
            low = i - _VADER_REACH
            return check(valence, words[low : i + _VADER_REACH], *args[:-1], _VADER_REACH)

        return staticmethod(run)

    class LinearSentimentIntensityAnalyzer(SentimentIntensityAnalyzer):
        _negation_check = windowed(SentimentIntensityAnalyzer._negation_check)
        _special_idioms_check = windowed(SentimentIntensityAnalyzer._special_idioms_check)

    return LinearSentimentIntensityAnalyzer


@lru_cache(maxsize=8)
def _analyzer(path: str | None):
    # Built on first use, once per process and lexicon: the constructor reads
    # VADER's lexicon files, so importing framing.tone reads nothing.
    sia = _analyzer_class()()
    if path is not None:
        # polarity_scores reads self.lexicon on every call, so replacing it is enough
        lexicon = dict(sia.lexicon)
        for token, action, valence in _read_adjustments(path):
            if action == "remove":
                lexicon.pop(token, None)
            else:
                lexicon[token] = valence
        sia.lexicon = lexicon
    return sia


def analyzer(*, domain: Domain = None):
    """The process-wide VADER ``SentimentIntensityAnalyzer`` for a lexicon.

    Parameters
    ----------
    domain : None, False, str or Path, optional
        ``None`` (default): VADER's lexicon with framing's conflict-news
        adjustment (``framing/data/vader_domain.csv``); ``False``: VADER as
        shipped; a path: your own CSV file with the same columns (``token``,
        ``action`` in add | set | remove, ``valence``).

    Returns
    -------
    vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer
        A subclass of vaderSentiment's own class whose per-word checks cost
        constant time instead of the sentence's length (same scores; see
        :func:`_analyzer_class`); only its ``lexicon`` is replaced. One
        analyzer per lexicon, shared: do not change it.

    Raises
    ------
    ValueError
        For ``True`` (pass ``None``), a missing file, or a row of the file
        that is not a one-word token, a known action and a valence in -4..+4.
    """
    return _analyzer(_lexicon_file(domain))


def score_text(text: str, *, domain: Domain = None) -> dict[str, float]:
    """VADER scores of a text: ``{"compound", "pos", "neu", "neg"}``.

    ``domain`` selects the lexicon, as in :func:`analyzer`.
    """
    scores = analyzer(domain=domain).polarity_scores(text)
    return {key: float(scores[key]) for key in ("compound", "pos", "neu", "neg")}


def compound_label(compound, *, threshold: float = VADER_THRESHOLD):
    """Map compound scores to ``negative`` | ``neutral`` | ``positive``.

    Hutto & Gilbert's decision rule: positive if ``compound >= threshold``,
    negative if ``compound <= -threshold``, neutral otherwise. Accepts a
    number (returns a str) or an array-like (returns a numpy array of str).
    """
    values = np.asarray(compound, dtype=float)
    labels = np.where(
        values >= threshold, "positive", np.where(values <= -threshold, "negative", "neutral")
    )
    return str(labels) if labels.ndim == 0 else labels


@once_per_doc
def _scores_of(doc) -> dict:
    """{analyzer: {text: scores}} of one Doc, held as long as the Doc lives."""
    return {}


def polarity_memo(doc, sia) -> Callable[[str], dict]:
    """``sia.polarity_scores`` remembered per text for as long as ``doc`` lives.

    The sentence table and the actor clauses of a Doc score many of the same
    texts (a clause is often its whole sentence), so each text of a Doc is
    scored once. The memo is per Doc, so a text repeated in another article
    is scored again: run times do not depend on how much the articles of a
    corpus repeat each other. Callers must not change the returned dicts.
    """
    memo = _scores_of(doc).setdefault(sia, {})

    def polarity(text: str) -> dict:
        scores = memo.get(text)
        if scores is None:
            scores = memo[text] = sia.polarity_scores(text)
        return scores

    return polarity
