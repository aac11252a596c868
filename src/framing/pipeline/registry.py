"""The tables the pipeline makes: each names the function that makes it.

:data:`TABLES` lists every table once, in the order they are computed and
reported, as a :class:`TableSpec` holding the table function itself, so a
reader (or an editor's "go to definition") goes from a table name straight to
the code that computes it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..agency import harm_events, hedge_asymmetry, passives, responsibility
from ..casualties import casualties, toll_table
from ..claims import align_claims, prominence
from ..hedging import hedges
from ..sentences import sentences
from ..sources import attributions
from ..stories import group_stories
from ..tone import actor_clauses, actor_tone, outlet_tone, sentence_sentiment
from ..wording import (
    actor_labels,
    actor_mentions,
    distinctive_terms,
    event_labels,
    event_mentions,
    loaded_language,
    term_counts,
    text_reuse,
)
from .articles import articles

__all__ = [
    "KINDS",
    "LEXICON_OPTIONS",
    "TABLES",
    "TableSpec",
    "accepted_options",
    "available_tables",
    "lexicon_takers",
    "spec_of",
]

#: The word lists and taxonomies a run can replace with a study's own file, by
#: the name :func:`framing.analyze` takes them under (``lexicons={name: path}``;
#: the CLI's ``--name-with-dashes``): (the keyword of the table functions that
#: read it, the names of those functions, or None for every function with
#: that keyword). One name per list, since several functions call different
#: lists ``lexicon=``.
LEXICON_OPTIONS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "harm_terms": ("lexicon", ("harm_events",)),
    "harm_causes": ("causes", ("harm_events",)),
    "stative": ("stative", None),
    "victims": ("victims", None),
    "quantities": ("lexicon", ("casualties",)),
    "toll_terms": ("toll_terms", None),
    "hedge_cues": ("lexicon", ("hedges",)),
    "reporting_verbs": ("lexicon", ("attributions",)),
    "event_labels": ("lexicon", ("event_mentions", "event_labels")),
    "loaded_language": ("lexicon", ("loaded_language",)),
    "people_nouns": ("people_nouns", None),
    "stop_words": ("stop_words", None),
    "vader_domain": ("domain", None),
}

#: What a table is made from; see :class:`TableSpec`.
KINDS = ("article", "counts", "aggregate", "corpus")


@dataclass(frozen=True)
class TableSpec:
    """One table the pipeline makes.

    Attributes
    ----------
    function : callable
        The table function, called as ``function(corpus, **inputs, **options)``.
    kind : {"article", "counts", "aggregate", "corpus"}
        ``article``: a per-article table function, applied batch by batch and
        concatenated. ``counts``: the same, but the batch tables are partial
        counts summed over their key columns as they arrive. ``aggregate``:
        called once at the end on the tables named in ``inputs``. ``corpus``:
        compares articles with each other, so it needs the Docs it compares at
        once; made at the end on the whole corpus when small, story by story
        when large (see :mod:`framing.pipeline.endtables`).
    inputs : tuple of (keyword, table name)
        Which table is passed through which keyword: for an aggregate, the
        finished table; for a per-article table, the same batch's table (so
        ``hedges`` reuses the batch's ``harm_events`` instead of recomputing them).
    write : bool
        Whether the CLI writes it (term counts are an intermediate).
    options : tuple of (keyword, value)
        Fixed keyword arguments of the function for this table (``by="word"``).
    name : str
        Table (and CSV file) name: the function's name, unless ``options``
        make a second table of the same function (``loaded_words`` is
        ``loaded_language(by="word")``), which then needs a name of its own.
    min_outlets : int
        Outlets the corpus needs for the table to be computable: 2 for a table
        that compares outlets with each other. With fewer, a run skips the
        table and says why instead of failing.
    """

    function: Callable
    kind: str = "article"
    inputs: tuple[tuple[str, str], ...] = ()
    write: bool = True
    options: tuple[tuple[str, object], ...] = ()
    name: str = ""
    min_outlets: int = 1

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if not self.name:
            object.__setattr__(self, "name", self.function.__name__)
        keywords = {keyword for keyword, _ in self.inputs} | {keyword for keyword, _ in self.options}
        unknown = sorted(keywords - set(inspect.signature(self.function).parameters))
        if unknown:
            raise TypeError(f"{self.function.__qualname__}() takes no {', '.join(unknown)}= (table {self.name})")


_EVENTS = ("events", "harm_events")

#: Every table of the package, in the order they are computed and reported.
#: A table is listed once its function documents it; aggregates take the
#: finished tables through the keyword their function documents.
TABLES: tuple[TableSpec, ...] = (
    TableSpec(articles),
    TableSpec(sentences),
    TableSpec(passives),
    TableSpec(harm_events),
    TableSpec(actor_mentions),
    TableSpec(event_mentions),
    TableSpec(loaded_language, name="loaded_sentences", options=(("by", "sentence"),)),
    TableSpec(loaded_language, "counts", name="loaded_words", options=(("by", "word"),)),
    TableSpec(term_counts, "counts", write=False),
    TableSpec(attributions),
    TableSpec(hedges, inputs=(_EVENTS,)),
    TableSpec(casualties),
    TableSpec(sentence_sentiment),
    TableSpec(actor_clauses, inputs=(_EVENTS,)),
    TableSpec(
        prominence,
        inputs=(("tolls", "casualties"), ("attributions", "attributions"), ("hedges", "hedges"), _EVENTS),
    ),
    # aggregates, from the finished tables
    TableSpec(responsibility, "aggregate", (_EVENTS,)),
    TableSpec(hedge_asymmetry, "aggregate", (_EVENTS,)),
    TableSpec(actor_labels, "aggregate", (("mentions", "actor_mentions"),)),
    TableSpec(event_labels, "aggregate", (("mentions", "event_mentions"),)),
    TableSpec(distinctive_terms, "aggregate", (("counts", "term_counts"),), min_outlets=2),
    TableSpec(toll_table, "aggregate", (("tolls", "casualties"),)),
    TableSpec(outlet_tone, "aggregate", (("sentiment", "sentence_sentiment"),)),
    TableSpec(actor_tone, "aggregate", (("clauses", "actor_clauses"),)),
    TableSpec(group_stories, "aggregate"),
    # across articles: the whole corpus when small, story by story when large (pipeline.endtables)
    TableSpec(
        align_claims,
        "corpus",
        (("hedges", "hedges"), ("attributions", "attributions"), _EVENTS, ("sentences", "sentences")),
    ),
    TableSpec(text_reuse, "corpus"),
)


def spec_of(name: str, tables: Iterable[TableSpec] | None = None) -> TableSpec:
    """The spec of table ``name`` (in :data:`TABLES` unless ``tables`` is given)."""
    return next(spec for spec in (TABLES if tables is None else tables) if spec.name == name)


def available_tables(names: Iterable[str] | None = None, tables: Iterable[TableSpec] | None = None) -> list[TableSpec]:
    """The specs to run for ``names`` and the tables they need, in registry order.

    Parameters
    ----------
    names : iterable of str, optional
        Only these tables (and the tables they need); default all of :data:`TABLES`.
    tables : iterable of TableSpec, optional
        The registry to choose from; default :data:`TABLES`.

    Returns
    -------
    list of TableSpec

    Raises
    ------
    ValueError
        If ``names`` contains a table the registry does not know.
    """
    registry = tuple(TABLES if tables is None else tables)
    known = [spec.name for spec in registry]
    wanted = set(known) if names is None else set(names)
    unknown = sorted(wanted - set(known))
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    for spec in reversed(registry):  # a table needs its inputs (listed before it)
        if spec.name in wanted:
            wanted.update(table for _, table in spec.inputs)
    return [spec for spec in registry if spec.name in wanted]


def accepted_options(function: Callable, options: Mapping) -> dict:
    """The run-wide ``options`` (``actors=``, ``sources=`` ...) that ``function`` takes.

    A run passes its taxonomies to every table function that names them, and
    each word list of ``options["lexicons"]`` to the functions
    :data:`LEXICON_OPTIONS` names for it, under their keyword;
    :func:`framing.pipeline.analyze` refuses an option given by the user that
    none of the tables it makes takes.
    """
    params = inspect.signature(function).parameters
    taken = {key: value for key, value in options.items() if key in params and key != "lexicons"}
    for name, value in (options.get("lexicons") or {}).items():
        if function in lexicon_takers(name, [function]):
            taken[LEXICON_OPTIONS[name][0]] = value
    return taken


def lexicon_takers(name: str, functions: Iterable[Callable]) -> list[Callable]:
    """The ``functions`` that read the list :data:`LEXICON_OPTIONS` calls ``name``.

    Raises
    ------
    TypeError
        For a name :data:`LEXICON_OPTIONS` does not know, listing those it does.
    """
    if name not in LEXICON_OPTIONS:
        raise TypeError(f"no word list or taxonomy called {name!r}; choose from {', '.join(LEXICON_OPTIONS)}")
    keyword, names = LEXICON_OPTIONS[name]
    return [
        f
        for f in functions
        if keyword in inspect.signature(f).parameters and (names is None or f.__name__ in names)
    ]
