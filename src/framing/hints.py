"""Type aliases of the public signatures: what a corpus, a taxonomy or a word list may be given as.

The package ships ``py.typed``; these names keep the table functions' many
``corpus=``, ``actors=`` and ``lexicon=`` parameters annotated alike. A
function's docstring still says which of the forms it reads.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TypeAlias

import pandas as pd

from .actors import ActorTaxonomy
from .parse import ParsedCorpus
from .textnorm import SpellingMap

__all__ = ["CorpusInput", "SpellingInput", "TaxonomyInput", "WordListInput"]

#: A corpus: a table from :func:`framing.load_corpus`, a parsed corpus, or a path it reads.
CorpusInput: TypeAlias = pd.DataFrame | ParsedCorpus | str | os.PathLike
#: An actor, victim or source taxonomy: a CSV path, its table, a loaded taxonomy, or None for the default.
TaxonomyInput: TypeAlias = str | os.PathLike | pd.DataFrame | ActorTaxonomy | None
#: A word list (lexicon, stop words, person nouns...): a CSV path, or where the function's
#: docstring says so a mapping or the words themselves; None for the packaged list.
WordListInput: TypeAlias = str | os.PathLike | Mapping | Iterable[str] | None
#: Spelling variants: None, a path, a SpellingMap, or a list of these (merged in order).
SpellingInput: TypeAlias = str | os.PathLike | SpellingMap | list | None
