"""Tone by actor and role: the clauses in which actors appear, scored with VADER.

:func:`find_actor_clauses` scores the *clause* (:mod:`framing.syntax.spans`)
in which an actor appears, with the actor's role in it: ``agent`` or
``patient`` of a harm event (from :func:`framing.harm_events`), or only
``mentioned`` (an actor mention, :func:`framing.actors.find_actor_mentions`,
that the study's actor taxonomy classifies, in a sentence where that group
is neither agent nor patient of a harm event). :func:`actor_clauses` is the
corpus table, :func:`actor_tone` its per-outlet summary.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..actors import UNASSIGNED, find_actor_mentions, load_actors
from ..agency import HARM_EVENT_COLUMNS, harm_events, harm_events_rows
from ..docview import sent_index
from ..groups import group_order, grouped_by
from ..hints import CorpusInput, SpellingInput, TaxonomyInput, WordListInput
from ..parse import check_parse_options, ensure_parsed
from ..stats import bootstrap_ci, resampling_clusters
from ..syntax import clause_indices, governing_verb, indices_text, parse_tree
from ..textnorm import load_spelling_variants, load_stopwords
from .sentiment import require_columns
from .vader import Domain, analyzer, polarity_memo

#: Roles of :func:`actor_tone`, in display order.
ROLES = ("agent", "patient", "mentioned")
#: Actor groups that mean "no actor expressed" in the agency tables; such rows
#: describe no actor and are left out of the actor tables.
NO_ACTOR_GROUPS = frozenset({"none", ""})

#: Columns of :func:`actor_clauses`, in order.
ACTOR_CLAUSE_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "role",
    "actor_group",
    "actor",
    "clause",
    "start_char",
    "end_char",
    "compound",
]
#: Columns of :func:`actor_tone`, in order.
ACTOR_TONE_COLUMNS = ["outlet", "actor_group", "role", "n", "mean_compound", "ci_low", "ci_high", "ci_unit"]
#: Fields of a harm event that :func:`find_actor_clauses` reads.
EVENT_FIELDS = ("sent_id", "start_char", "end_char", "agent", "agent_group", "patient", "patient_group")
_Event = namedtuple("_Event", EVENT_FIELDS)


@dataclass(frozen=True)
class ActorClause:
    """The clause in which an actor appears, its role there, and the clause's tone.

    ``start_char``/``end_char`` span the clause (its first to last token; a
    clause with a dependent clause removed from its middle is not contiguous,
    ``clause`` holds its actual words).
    """

    sent_id: int
    role: str
    actor_group: str
    actor: str
    clause: str
    start_char: int
    end_char: int
    compound: float


def _event_tuples(events: pd.DataFrame) -> list:
    """The rows of a harm events table as ``_Event`` records, with the values
    ``itertuples`` would give: read column by column, since iterating a pandas
    string column (as ``itertuples`` does) reads it one element at a time."""
    return list(map(_Event._make, zip(*(events[name].tolist() for name in EVENT_FIELDS), strict=True)))


def _event_records(events) -> list:
    """Harm events as records (``sent_id``, offsets, ``agent[_group]``, ``patient[_group]``)."""
    if events is None:
        return []
    if isinstance(events, pd.DataFrame):
        require_columns(events, EVENT_FIELDS, name="events", producer="harm_events")
        return _event_tuples(events)
    return list(events)


def find_actor_clauses(
    doc,
    *,
    events=None,
    actors=None,
    people_nouns=None,
    spelling_variants=None,
    stop_words=None,
    domain: Domain = None,
) -> list[ActorClause]:
    """Tone of the clauses in which actors appear, by role.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    events : DataFrame or iterable of records, optional
        This article's harm events (rows of :func:`framing.harm_events`, or
        :func:`framing.find_harm_events` records): fields ``sent_id``,
        ``start_char``, ``end_char`` (of the trigger), ``agent``,
        ``agent_group``, ``patient``, ``patient_group``. ``None``: no events,
        so every classified actor is ``mentioned``.
    actors : optional
        Actor taxonomy for the ``mentioned`` role; see :func:`framing.load_actors`.
    people_nouns, spelling_variants, stop_words : optional
        How actor mentions are found, as in
        :func:`framing.actors.find_actor_mentions` (``None``: the packaged
        lists), so the ``mentioned`` role reads the mentions of
        :func:`framing.actor_mentions`.
    domain : optional
        Lexicon; see :func:`framing.tone.analyzer`.

    Returns
    -------
    list of ActorClause
        For each event, one ``agent`` record (its agent group) and one
        ``patient`` record (its patient group), both scoring the clause of the
        trigger; groups meaning "none expressed" are skipped. Then one
        ``mentioned`` record per actor mention
        (:func:`framing.actors.find_actor_mentions`) that the taxonomy
        classifies, unless its group, or the group its text has with the
        agent or the patient entries, is the agent or patient group of an
        event in the same sentence; it scores the clause of the mention's head.

    Notes
    -----
    The tone is the clause's, not a judgement of the actor: in "gunmen
    killed villagers" both the agent and the patient sit in one negative
    clause. The contrast between roles and outlets is what is informative.
    An event whose trigger offsets do not fall on this Doc's tokens is skipped.
    """
    sia = analyzer(domain=domain)
    polarity = polarity_memo(doc, sia)  # a clause that is a whole sentence is scored once
    index = sent_index(doc)
    cache: dict[int, tuple[str, int, int, float]] = {}

    tree = parse_tree(doc)

    def scored(i: int):
        verb = governing_verb(tree, i)
        if verb not in cache:
            indices = clause_indices(tree, verb)
            text = indices_text(tree, indices)
            compound = float(polarity(text)["compound"]) if text else 0.0
            first, last = indices[0], indices[-1]
            cache[verb] = (text, tree.idx[first], tree.idx[last] + len(tree.text[last]), compound)
        return cache[verb]

    records: list[ActorClause] = []
    roles_in_sentence: dict[int, set[str]] = {}
    for event in _event_records(events):
        span = doc.char_span(int(event.start_char), int(event.end_char), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        trigger = span.root
        sent_id = index.get(trigger.i, int(event.sent_id))
        text, start, end, compound = scored(trigger.i)
        for role, actor, group in (
            ("agent", event.agent, event.agent_group),
            ("patient", event.patient, event.patient_group),
        ):
            group = (
                ""
                if group is None or (isinstance(group, float) and np.isnan(group))
                else str(group)
            )
            roles_in_sentence.setdefault(sent_id, set()).add(group)
            if group in NO_ACTOR_GROUPS:
                continue
            records.append(
                ActorClause(sent_id, role, group, str(actor), text, start, end, compound)
            )
    taxonomy = load_actors(actors)
    for mention in find_actor_mentions(
        doc,
        actors=taxonomy,
        people_nouns=people_nouns,
        spelling_variants=spelling_variants,
        stop_words=stop_words,
    ):
        if mention.actor_group == UNASSIGNED:
            continue
        # A mention has one group (agent entries first), but an event may have
        # classified the same phrase with the patient entries ("Rebels killed
        # twelve soldiers": the soldiers are its patient, not also mentioned).
        named = {
            mention.actor_group,
            *(taxonomy.classify(mention.text, head=mention.head, role=role) for role in ("agent", "patient")),
        }
        if named & roles_in_sentence.get(mention.sent_id, set()):
            continue
        head = doc.char_span(mention.start_char, mention.end_char).root
        text, start, end, compound = scored(head.i)
        records.append(
            ActorClause(
                mention.sent_id,
                "mentioned",
                mention.actor_group,
                mention.text,
                text,
                start,
                end,
                compound,
            )
        )
    records.sort(key=lambda r: (r.sent_id, r.start_char, ROLES.index(r.role)))
    return records


def _article_events(article, doc, actors):
    """This article's harm events, as :func:`framing.harm_events` finds them."""
    return pd.DataFrame(harm_events_rows(article, doc, actors=actors), columns=HARM_EVENT_COLUMNS)


def actor_clause_rows(
    article,
    doc,
    *,
    events=None,
    actors=None,
    people_nouns=None,
    spelling_variants=None,
    stop_words=None,
    domain: Domain = None,
) -> list[tuple]:
    """Rows of :func:`actor_clauses` for one article (columns :data:`ACTOR_CLAUSE_COLUMNS`).

    ``events`` are this article's harm events; when ``None`` they are
    computed with :mod:`framing.agency` for this article. The other options
    are :func:`find_actor_clauses`'s.
    """
    if events is None:
        events = _article_events(article, doc, actors)
    elif isinstance(events, pd.DataFrame) and "article_id" in events.columns:
        events = events[events["article_id"] == article.article_id]
    return [
        (
            article.article_id,
            article.outlet,
            r.sent_id,
            r.role,
            r.actor_group,
            r.actor,
            r.clause,
            r.start_char,
            r.end_char,
            r.compound,
        )
        for r in find_actor_clauses(
            doc,
            events=events,
            actors=actors,
            people_nouns=people_nouns,
            spelling_variants=spelling_variants,
            stop_words=stop_words,
            domain=domain,
        )
    ]


def _actor_clause_table(rows: list[tuple]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=ACTOR_CLAUSE_COLUMNS)
    return table.astype(
        {
            "article_id": "str",
            "outlet": "str",
            "sent_id": "int64",
            "role": "str",
            "actor_group": "str",
            "actor": "str",
            "clause": "str",
            "start_char": "int64",
            "end_char": "int64",
            "compound": "float64",
        }
    )


def actor_clauses(
    corpus: CorpusInput,
    *,
    actors: TaxonomyInput = None,
    events: pd.DataFrame | None = None,
    people_nouns: WordListInput = None,
    spelling_variants: SpellingInput = None,
    stop_words: WordListInput = None,
    domain: Domain = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per actor appearance with its role and the tone of its clause.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    actors : str, Path, DataFrame or ActorTaxonomy, optional
        The study's actor taxonomy (:func:`framing.load_actors`), used for
        the harm events (when computed here) and the ``mentioned`` role.
    events : pandas.DataFrame, optional
        A :func:`framing.harm_events` table of the same corpus; computed here
        when absent.
    people_nouns, spelling_variants, stop_words : optional
        How actor mentions are found (:func:`framing.actors.find_actor_mentions`).
    domain : optional
        Lexicon; see :func:`framing.tone.analyzer`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (str), ``outlet`` (str), ``sent_id`` (int64),
        ``role`` (str: agent | patient | mentioned), ``actor_group`` (str),
        ``actor`` (str: for agent and patient the phrase of the harm events
        table, "" when it gives none; for ``mentioned`` the mention's
        ``text`` as :func:`framing.actor_mentions` gives it), ``clause`` (str, the words scored), ``start_char``,
        ``end_char`` (int64, the clause's first and last character),
        ``compound`` (float64, VADER compound of the clause).

    See Also
    --------
    find_actor_clauses : the definition of roles and clauses.
    """
    check_parse_options(parse_kwargs)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    if events is None:
        events = harm_events(parsed, actors=actors)
    require_columns(events, ["article_id", *EVENT_FIELDS], name="events", producer="harm_events")
    # one pass over the table, not a DataFrame filter and itertuples per article
    by_article: dict[str, list] = {}
    for article_id, record in zip(events["article_id"].tolist(), _event_tuples(events), strict=True):
        by_article.setdefault(article_id, []).append(record)
    # the lexicons resolved once, not once per article
    options = dict(
        actors=load_actors(actors),
        # passed on unread (a path or None; the file is read once and cached), so
        # the options stay hashable and a Doc's mentions are found once for both
        # actor_mentions and actor_clauses (framing.actors.find_actor_mentions)
        people_nouns=people_nouns,
        spelling_variants=load_spelling_variants(spelling_variants),
        stop_words=load_stopwords(stop_words),
        domain=domain,
    )
    rows = []
    for article, doc in parsed:
        article_events = by_article.get(article.article_id, [])
        rows.extend(actor_clause_rows(article, doc, events=article_events, **options))
    return _actor_clause_table(rows)


def actor_tone(
    corpus: CorpusInput | None = None,
    *,
    actors: TaxonomyInput = None,
    events: pd.DataFrame | None = None,
    clauses: pd.DataFrame | None = None,
    people_nouns: WordListInput = None,
    spelling_variants: SpellingInput = None,
    stop_words: WordListInput = None,
    domain: Domain = None,
    by: str = "outlet",
    **parse_kwargs,
) -> pd.DataFrame:
    """Mean tone of the clauses in which each actor group appears, per outlet and role.

    Parameters
    ----------
    corpus : optional
        Articles, used only when ``clauses`` is not given.
    actors : optional
        The study's actor taxonomy (:func:`framing.load_actors`).
    events : pandas.DataFrame, optional
        A :func:`framing.harm_events` table, passed to :func:`actor_clauses`.
    clauses : pandas.DataFrame, optional
        An :func:`actor_clauses` table; computed from ``corpus`` when absent.
    people_nouns, spelling_variants, stop_words : optional
        Passed to :func:`actor_clauses`.
    domain : optional
        Lexicon; see :func:`framing.tone.analyzer`.
    by : str, default "outlet"
        Group clauses by this column: ``outlet`` or any article metadata
        column, from ``clauses`` or joined from ``corpus`` by article
        (:func:`framing.with_metadata`).
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        One row per (outlet, actor_group, role) observed: ``outlet`` (str;
        named after ``by``), ``actor_group`` (str), ``role`` (str: agent |
        patient | mentioned), ``n`` (int64, clauses), ``mean_compound``,
        ``ci_low``, ``ci_high`` (float64; 95% percentile bootstrap),
        ``ci_unit`` (str: ``article`` when the cell's clauses come from more
        than one article, whole articles being resampled, else ``sentence``,
        so several appearances in one sentence are not counted as
        independent). Sorted
        by outlet (first appearance), role (agent, patient, mentioned) and
        actor group.

    Notes
    -----
    A cell with a handful of clauses has a wide interval; with five short
    articles most cells are small. VADER's validity on news is limited and
    measured in :mod:`framing.validation.tone`.

    References
    ----------
    Hutto, C. J. & Gilbert, E. (2014). VADER. *ICWSM-14*.
    """
    check_parse_options(parse_kwargs)
    if clauses is None:
        if corpus is None:
            raise ValueError("actor_tone needs a corpus or a clauses= table")
        clauses = actor_clauses(
            corpus,
            actors=actors,
            events=events,
            people_nouns=people_nouns,
            spelling_variants=spelling_variants,
            stop_words=stop_words,
            domain=domain,
            **parse_kwargs,
        )
    require_columns(
        clauses,
        ["article_id", "sent_id", "role", "actor_group", "compound"],
        name="clauses",
        producer="tone.actor_clauses",
    )
    clauses = grouped_by(clauses, by, corpus, name="clauses")
    outlets = group_order(clauses[by].tolist())
    article_ids = clauses["article_id"].to_numpy()
    sent_ids = clauses["sent_id"].to_numpy()
    compound = clauses["compound"].to_numpy(dtype=float)
    grouped = clauses.groupby([by, "actor_group", "role"], sort=False)
    positions = grouped.indices
    rows = []
    for outlet, group, role in grouped.size().index:  # the groups in the order groupby yields them
        at = positions[(outlet, group, role)]
        clusters, unit = resampling_clusters(article_ids[at], sent_ids[at])
        estimate, low, high = bootstrap_ci(compound[at], groups=clusters)
        rows.append((outlet, group, role, len(at), estimate, low, high, unit))
    table = pd.DataFrame(rows, columns=[by, *ACTOR_TONE_COLUMNS[1:]])
    if not table.empty:
        table = (
            table.assign(
                _o=table[by].map(outlets.index),
                _r=table["role"].map(lambda r: ROLES.index(r) if r in ROLES else len(ROLES)),
            )
            .sort_values(["_o", "_r", "actor_group"], kind="stable")
            .drop(columns=["_o", "_r"])
        )
    return table.reset_index(drop=True).astype(
        ({"outlet": "str"} if by == "outlet" else {})
        | {
            "actor_group": "str",
            "role": "str",
            "ci_unit": "str",
            "n": "int64",
            "mean_compound": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )

