"""Read the lexicons shipped with the package (``framing/data/*.csv``).

Lexicons are data, not code: each file has a header and a ``rationale`` or
``source`` column saying why an entry is there. Only this module and
:mod:`framing.actors` read them; measure modules receive the parsed tables.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .io import read_cached

__all__ = ["lexicon_path", "load_lexicon", "words_by_role"]


def lexicon_path(name: str) -> Path:
    """Path of the packaged lexicon ``name`` (without ``.csv``)."""
    path = Path(str(resources.files("framing") / "data" / f"{name}.csv"))
    if not path.is_file():
        raise FileNotFoundError(f"framing ships no lexicon named {name!r} (looked for {path})")
    return path


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)


def load_lexicon(name_or_path: str | Path) -> pd.DataFrame:
    """Load a lexicon as a DataFrame of strings.

    Parameters
    ----------
    name_or_path : str or Path
        The name of a packaged lexicon (``"harm_terms"``) or the path of a CSV
        file with the same columns, to use a study's own list instead.

    Returns
    -------
    pandas.DataFrame
        A fresh copy; every column ``str``, missing values as ``""``.
    """
    text = str(name_or_path)
    if text.endswith(".csv") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: lexicon file not found")
    else:
        path = lexicon_path(text)
    return read_cached(path, _read).copy()


@lru_cache(maxsize=16)
def words_by_role(name: str) -> dict[str, frozenset[str]]:
    """The words of a packaged ``role, word, rationale`` list, grouped by role.

    Parameters
    ----------
    name : str
        A packaged lexicon with columns ``role``, ``word`` and ``rationale``
        (``"attribution_words"``, ``"toll_context_words"``): closed-class
        words a rule needs by role (pronouns, units, time prepositions).

    Returns
    -------
    dict
        role -> frozenset of lower-case words. Read once per process.
    """
    table = load_lexicon(name)
    missing = {"role", "word", "rationale"} - set(table.columns)
    if missing:
        raise ValueError(f"word list {name!r}: missing column(s) {', '.join(sorted(missing))}")
    grouped: dict[str, set[str]] = {}
    for role, word in zip(table["role"], table["word"], strict=True):
        grouped.setdefault(role, set()).add(word.lower())
    return {role: frozenset(words) for role, words in grouped.items()}
