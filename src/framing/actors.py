"""Actor taxonomies, and the noun phrases of an article that name actors.

Two things live here, the taxonomy and its one mention finder:

* :func:`load_actors` reads a study's taxonomy (:class:`ActorTaxonomy`), whose
  :meth:`ActorTaxonomy.classify` maps a noun phrase to a group;
* :func:`find_actor_mentions` finds the noun phrases of a Doc about people or
  armed groups (:class:`ActorMention`) and gives each its group.

Taxonomies map noun phrases to the groups a study compares.

Which actors matter, and what they are called, is study knowledge, so it lives
in a CSV file with the study's data (``data/study/actors.csv`` here), never in
code. Another study brings its own file. Columns::

    role     agent | patient     which set of groups the entry belongs to
    group    the group name      e.g. government_forces, alawite_civilians
    match    phrase | head | regex
    pattern  the normalised phrase, head lemma or regular expression
    note     why the entry is there (a source or a decision)
    label    optional: how figures name the group ("Assad loyalists"); the
             first non-empty label of a group's rows counts
    armed    optional: yes | no | empty: whether the group's people are armed
             (state forces, armed groups) or unarmed (civilians, residents);
             said on any of the group's rows, empty on the rest

The ``armed`` column describes a group, not a pattern: a row that says ``yes``
or ``no`` (any case) says it of every row of its group, in either role, and two
rows that disagree are refused with the file, the rows and the values, as is any
other value. The harm-event agent rules read it (:meth:`ActorTaxonomy.unarmed_groups`):
an unarmed group that only a modifier gave an agent phrase ("Dawali gunmen",
"Tellani fighters": a community before an armed head noun says where the doers
come from, not that they are unarmed) yields to the group of the head noun, unless
that one is unarmed too ("Dawali villagers"). A group none of a file's rows
describes (a file without the column) keeps what the packaged generic taxonomy
says of the group of the same id, the labelling guidelines' groups (``civilians``
``no``; ``state_forces``, ``armed_groups`` ``yes``; ``government`` neither), so a
taxonomy written before the column existed reads as it did; any other group is
not unarmed. A study whose unarmed people have a group of their own
(``residents``, ``protesters``) says ``no`` on one of its rows.

Matching (see :meth:`ActorTaxonomy.classify`): the noun phrase is normalised
(case, Unicode quotes and dashes folded, leading determiners dropped);
``phrase`` entries match whole words anywhere in it (the last word also
with its regular plural ending: ``phrase,rebel`` matches "rebels"), ``regex`` entries are
searched in it, ``head`` entries match the phrase's head lemma or the head as
written, lower-cased (so ``head,troops`` matches "troops", lemmatised "troop",
and ``head,russians`` matches a plural demonym the lemmatiser leaves as it is). The longest
matching phrase or regex wins, so "gunmen loyal to the government" beats
"gunmen"; a head entry applies only when no phrase or regex matches.

A ``regex`` entry is compiled with the ``regex`` package (the syntax of
Python's ``re``) and checked when the file is read: a group repeated
without bound whose body is only repeats or optional parts
(``^(\\w+\\s?)*gunmen$``), which takes Python's ``re`` exponential time to
fail on a phrase of twenty words, is refused with the file and row
(:func:`framing.patterns.check_regex`). Every search also runs with a time
limit (:data:`framing.patterns.REGEX_TIMEOUT`); a pattern that still runs past it raises
:class:`framing.errors.PatternTimeoutError` naming the file, the row and
the phrase, instead of hanging the run.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .docview import cache_per_doc, doc_text, sent_index
from .errors import TaxonomyError
from .io import read_cached
from .lexicons import lexicon_path, load_lexicon
from .memo import AnswersOf
from .patterns import check_regex, compile_regex, phrase_pattern, plural_stems, search_within_limit
from .syntax import Tree, parse_tree
from .syntax.extent import of_object, phrase_end, phrase_left, phrase_start
from .textnorm import SpellingMap, fold_text, fold_token, load_spelling_variants, load_stopwords, refuse_default

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "NO_AGENT",
    "UNASSIGNED",
    "ActorEntry",
    "ActorMention",
    "ActorTaxonomy",
    "find_actor_mentions",
    "load_actors",
    "load_people_nouns",
    "normalize_phrase",
    "unmatchable",
]

#: Group given when no actor is expressed at all.
NO_AGENT = "none"
_ROLES = {"agent", "patient"}
_MATCHES = {"phrase", "head", "regex"}
#: Values of the optional ``armed`` column (folded to lower case); empty says nothing.
_ARMED = {"yes": True, "no": False, "": None}
_DETERMINERS = re.compile(r"^(?:the|a|an|some|these|those|this|that)\s+")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {ord("\u2019"): "'", ord("\u2018"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}


def normalize_phrase(text: str) -> str:
    """Lower-case, fold quotes and dashes, squeeze spaces, drop a leading determiner."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    text = re.sub(r"\s+", " ", text).strip().lower()
    return _DETERMINERS.sub("", text)


@dataclass(frozen=True)
class ActorEntry:
    role: str
    group: str
    match: str
    pattern: str
    note: str = ""
    label: str = ""
    #: where the entry was read ("data/study/actors.csv, row 7"), for messages; not part of its identity
    where: str = field(default="", compare=False)


@dataclass(frozen=True)
class ActorTaxonomy:
    """A study's actor groups. Build with :func:`load_actors`."""

    entries: tuple[ActorEntry, ...]
    source: str = ""
    #: ``(group, armed)`` of each group whose rows fill the optional ``armed`` column, in file order
    armed: tuple[tuple[str, bool], ...] = ()

    def groups(self, role: str) -> list[str]:
        """The groups of one role, in file order, without duplicates."""
        _check_role(role)
        return list(dict.fromkeys(e.group for e in self.entries if e.role == role))

    def labels(self) -> dict[str, str]:
        """Display label of each group that has one (the file's optional ``label`` column)."""
        found: dict[str, str] = {}
        for entry in self.entries:
            if entry.label and entry.group not in found:
                found[entry.group] = entry.label
        return found

    @cached_property
    def unarmed_groups(self) -> frozenset[str]:
        """The groups of unarmed people: those the ``armed`` column says ``no`` of, and those it
        says nothing of that the packaged generic taxonomy says ``no`` of (see the module docstring)."""
        said = dict(self.armed)
        generic = dict(load_actors(None).armed)
        return frozenset(e.group for e in self.entries if said.get(e.group, generic.get(e.group)) is False)

    def classify(
        self,
        text: str,
        *,
        head: str | None = None,
        head_text: str | None = None,
        role: str = "agent",
    ) -> str | None:
        """The group of a noun phrase, or ``None`` when no entry matches.

        Parameters
        ----------
        text : str
            The noun phrase as written.
        head : str, optional
            Lemma of its syntactic head, for ``head`` entries.
        head_text : str, optional
            The head as written; a ``head`` entry matches the lemma or this
            surface form, lower-cased ("troops" is lemmatised "troop", and
            plural demonyms such as "Russians" keep their form as lemma), or its
            singular (:func:`framing.patterns.plural_stems`: "Gunmen" as a proper noun).
        role : {"agent", "patient"}

        Notes
        -----
        Callers decide what "no match" means: the agency tables call it
        ``other``, the actor-label table ``unassigned``.

        Answers are remembered per taxonomy (a taxonomy is immutable, and the
        same phrases recur across the articles of a corpus); the memo is
        bounded, so memory stays flat over long runs.
        """
        answers = _ANSWERS.answers(self)
        key = (text, head, head_text, role)
        found = answers.get(key, _MISSING)
        if found is _MISSING:
            found = answers[key] = self._match(text, head=head, head_text=head_text, role=role)
        return found

    def _match(self, text: str, *, head: str | None, head_text: str | None, role: str) -> str | None:
        _check_role(role)
        phrase = normalize_phrase(text)
        best, best_len = None, 0
        for entry in self.entries:
            if entry.role != role or entry.match == "head":
                continue
            found = _search(entry, phrase)
            if found and len(found.group(0)) > best_len:
                best, best_len = entry.group, len(found.group(0))
        if best is not None:
            return best
        heads = {normalize_phrase(h) for h in (head, head_text) if h}
        heads |= {form for h in (head_text,) if h for form in plural_stems(normalize_phrase(h))}
        if heads:
            for entry in self.entries:
                if entry.role == role and entry.match == "head" and entry.pattern in heads:
                    return entry.group
        return None


#: Per taxonomy, {(text, head, role): group}: every noun of every article is
#: classified, with the same phrases recurring; a few MB at most.
_ANSWERS = AnswersOf(max_owners=8, max_answers=1 << 17)
_MISSING = object()

_PATTERN_CACHE: dict[ActorEntry, object] = {}


def _search(entry: ActorEntry, phrase: str):
    """``entry``'s pattern searched in ``phrase`` (a regex entry within :data:`framing.patterns.REGEX_TIMEOUT`)."""
    pattern = _compiled(entry)
    if entry.match != "regex":
        return pattern.search(phrase)
    return search_within_limit(pattern, phrase, where=entry.where or "taxonomy")


def _compiled(entry: ActorEntry):
    pattern = _PATTERN_CACHE.get(entry)
    if pattern is None:
        if entry.match == "regex":
            pattern = compile_regex(entry.pattern)
        else:
            pattern = phrase_pattern(normalize_phrase(entry.pattern))
        _PATTERN_CACHE[entry] = pattern
    return pattern


def _check_role(role: str) -> None:
    if role not in _ROLES:
        raise ValueError(f"role must be 'agent' or 'patient', got {role!r}")


def load_actors(source: str | Path | pd.DataFrame | ActorTaxonomy | None = None) -> ActorTaxonomy:
    """Read an actor taxonomy.

    Parameters
    ----------
    source : str, Path, DataFrame, ActorTaxonomy or None
        A CSV file with the columns described in the module docstring, the same
        as a DataFrame, an already-built taxonomy (returned as is), or ``None``
        for the generic taxonomy shipped with framing
        (``framing/data/actors_generic.csv``): the groups and generic nouns of
        the labelling guidelines (state_forces: police, army, troops ...;
        armed_groups: militias, rebels, gunmen ...; civilians: protesters,
        mobs ...; government), so its groups are those the validation sets
        use, followed by the packaged world rows (``framing/data/actors_world.csv``):
        the countries of the world and their demonyms as ``state_forces`` (a
        demonym or a country name used as the actor stands for its forces, as
        the guidelines decide: "Russian forces", "an Israeli air strike",
        "the Russians") and well-known non-state armed groups with their
        aliases as ``armed_groups`` (Hamas, Hezbollah, the Houthis, Islamic
        State, al-Shabab, RSF ...). A head the generic rows know as another
        group still decides in the harm-event agent (:mod:`framing.agency.heads`:
        "Israeli settlers" are civilians, "Palestinian gunmen" armed groups,
        "the Iranian government" government). It knows no study's names.

        A study's own taxonomy (a file, a DataFrame) is read alone: neither the
        generic nor the world rows are added, so its reading of any name
        overrides the packaged one. A study that wants the world rows under its
        own appends them to its table (``pd.concat`` with the CSV at
        ``framing.lexicons.lexicon_path("actors_world")``); one that wants the
        generic groups without the world rows passes the generic file itself,
        ``lexicon_path("actors_generic")``.

    Returns
    -------
    ActorTaxonomy

    Raises
    ------
    ValueError
        Naming the file and row of an unknown role or match type, an empty
        group or pattern; :class:`framing.errors.TaxonomyError` (a
        ValueError) for a regular expression that is invalid or can
        backtrack catastrophically (:func:`framing.patterns.check_regex`),
        and for an ``armed`` value other than yes, no or empty, or two rows
        of one group that disagree about it (naming the file, rows and values).

    Warns
    -----
    UserWarning
        Naming the file and row of an entry that can never match any token
        shape (:func:`unmatchable`: a head pattern with a space, a pattern
        made only of stop words or with no letter or digit).
    """
    if isinstance(source, ActorTaxonomy):
        return source
    if source is None:
        return read_cached(lexicon_path("actors_generic"), _read_default)
    if isinstance(source, pd.DataFrame):
        return _build_taxonomy(source, "actor table")
    path = Path(source)
    if not path.is_file():
        raise ValueError(f"{path}: actor taxonomy file not found")
    return read_cached(path, _read_taxonomy)


def _read_default(generic: Path) -> ActorTaxonomy:
    """The packaged default: the generic rows, then the world rows (``actors_world.csv``)."""
    world = lexicon_path("actors_world")
    tables = [pd.read_csv(path, dtype=str, keep_default_na=False) for path in (generic, world)]
    return _build_taxonomy(pd.concat(tables, ignore_index=True), f"{generic} + {world.name}")


def _read_taxonomy(path: Path) -> ActorTaxonomy:
    return _build_taxonomy(pd.read_csv(path, dtype=str, keep_default_na=False), str(path))


def _build_taxonomy(table: pd.DataFrame, where: str) -> ActorTaxonomy:
    missing = {"role", "group", "match", "pattern"} - set(table.columns)
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(sorted(missing))}")
    entries = []
    for i, row in enumerate(table.itertuples(index=False), start=2):
        role, group, match, pattern = (str(getattr(row, c)).strip() for c in ("role", "group", "match", "pattern"))
        if role not in _ROLES:
            raise ValueError(f"{where}, row {i}: role {role!r} is not 'agent' or 'patient'")
        if match not in _MATCHES:
            raise ValueError(f"{where}, row {i}: match {match!r} is not phrase, head or regex")
        if not group or not pattern:
            raise ValueError(f"{where}, row {i}: empty group or pattern")
        if match == "regex":
            problem = check_regex(pattern)
            if problem:
                raise TaxonomyError(f"{where}, row {i}: regex {pattern!r} {problem}")
        note = str(getattr(row, "note", "")) if "note" in table.columns else ""
        label = str(getattr(row, "label", "")).strip() if "label" in table.columns else ""
        entry = ActorEntry(
            role,
            group,
            match,
            pattern if match == "regex" else normalize_phrase(pattern),
            note,
            label,
            f"{where}, row {i}",
        )
        problem = unmatchable(entry)
        if problem:
            warnings.warn(f"{where}, row {i}: {match} pattern {pattern!r} {problem}", stacklevel=3)
        entries.append(entry)
    return ActorTaxonomy(tuple(entries), source=where, armed=_armed_column(table, where))


def _armed_column(table: pd.DataFrame, where: str) -> tuple[tuple[str, bool], ...]:
    """``(group, armed)`` of each group the optional ``armed`` column describes (module docstring)."""
    if "armed" not in table.columns:
        return ()
    said: dict[str, tuple[bool, int, str]] = {}
    for i, (group, raw) in enumerate(zip(table["group"], table["armed"], strict=True), start=2):
        value = "" if pd.isna(raw) else str(raw).strip()  # a DataFrame's missing value says nothing
        if value.lower() not in _ARMED:
            raise TaxonomyError(f"{where}, row {i}: armed {value!r} is not yes, no or empty")
        if not value:
            continue
        group, armed = str(group).strip(), _ARMED[value.lower()]
        first = said.setdefault(group, (armed, i, value))
        if first[0] != armed:
            raise TaxonomyError(
                f"{where}, row {i}: armed {value!r} for group {group!r}, but row {first[1]} says {first[2]!r}; "
                "a group is armed or unarmed on all its rows"
            )
    return tuple((group, armed) for group, (armed, _, _) in said.items())


def unmatchable(entry: ActorEntry) -> str:
    """Why a taxonomy entry can never match a token shape, or "".

    A ``head`` entry is one token, so a pattern with a space never matches;
    a ``phrase`` or ``head`` made only of stop words (``the``, ``they``)
    names no actor and is dropped from the labels it would match; a pattern
    with no letter or digit left after normalisation matches no word.
    """
    if entry.match == "regex":
        return ""
    if not any(ch.isalnum() for ch in entry.pattern):
        return "has no letter or digit after normalisation, so it matches no word"
    if entry.match == "head" and " " in entry.pattern:
        return "has a space, but a head is one token, so it never matches (use match=phrase)"
    words = re.findall(r"[\w'-]+", entry.pattern)
    if words and all(fold_token(word) in load_stopwords(None) for word in words):
        return "is made only of stop words, which never head or label an actor"
    return ""


# =========================================================================== mentions

#: Entity types that make a noun phrase "about people or groups" on their own.
PEOPLE_ENTITY_TYPES = frozenset({"PERSON", "NORP"})
#: Group of a noun phrase about people that the taxonomy does not cover.
UNASSIGNED = "unassigned"


@dataclass(frozen=True)
class ActorMention:
    """A noun phrase naming people or an armed group."""

    start_char: int
    end_char: int
    sent_id: int
    text: str
    label: str
    head: str
    actor_group: str


def load_people_nouns(source=None) -> dict[str, str]:
    """The people/group head nouns: folded lemma -> kind.

    Parameters
    ----------
    source : None, str, Path or dict
        ``None`` for the packaged ``framing/data/people_nouns.csv``; the path of
        a CSV file with ``lemma, kind, rationale`` columns; a ready dict
        (returned as is). Kinds: person, armed, group, state, quantity.
    """
    if isinstance(source, dict):
        return source
    refuse_default(source, "people_nouns")
    return dict(_read_people_nouns(source))


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _read_people_nouns(source) -> dict[str, str]:
    table = load_lexicon("people_nouns" if source is None else source)
    return {fold_text(lemma): kind for lemma, kind in zip(table["lemma"], table["kind"], strict=True)}



# remembered per Doc and options: actor_mentions and actor_clauses both read the
# mentions of every article (about 2.5 ms an article, a quarter of the measures)
@cache_per_doc
def find_actor_mentions(
    doc: Doc,
    *,
    actors: str | Path | pd.DataFrame | ActorTaxonomy | None = None,
    people_nouns: str | Path | Mapping | Iterable[str] | None = None,
    spelling_variants: str | Path | SpellingMap | list | None = None,
    stop_words: str | Path | Mapping | Iterable[str] | None = None,
) -> list[ActorMention]:
    """Noun phrases about people or armed groups, with their actor group.

    A noun chunk (spaCy's ``doc.noun_chunks``) counts when its head noun is
    in the people/group lexicon (``framing/data/people_nouns.csv``:
    civilians, fighters, forces, loyalists ...), when its head is a PERSON or
    NORP entity, or when the taxonomy matches it. A count noun ("hundreds of
    civilians") hands over to its ``of`` object. The phrase is extended to
    the right by ``of`` phrases and adjective phrases, so
    "remnants of Assad's forces" and "gunmen loyal to the government" are
    one label; phrases nested inside a counted one are not counted again.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    actors : str, Path, DataFrame, ActorTaxonomy or None
        The study's taxonomy, read with :func:`load_actors` (``None``: the
        small generic one shipped with framing).
    people_nouns : None, path or dict
        Head-noun lemma -> kind (person, armed, group, state, quantity);
        ``None`` is the packaged list (:func:`load_people_nouns`).
    spelling_variants : None, path, SpellingMap or a list of these
    stop_words : None, path or iterable of str
        Leading stop words are dropped from labels ("many civilians" ->
        "civilians", "his supporters" -> "supporters").

    Returns
    -------
    list of ActorMention
        ``label`` is the phrase lower-cased, quotes and dashes folded,
        spelling variants mapped, leading articles, numbers and quantifiers
        dropped; ``actor_group`` is the taxonomy group (agent entries first,
        then patient entries) or ``"unassigned"``.

    Notes
    -----
    Pronouns and relative pronouns are skipped: "they" and "who" name an
    actor only through coreference, which is not resolved. A person named
    only by a proper noun the NER misses (tagged GPE or untagged) counts only
    if the taxonomy names it.
    """
    taxonomy = load_actors(actors)
    nouns = load_people_nouns(people_nouns)
    spelling = load_spelling_variants(spelling_variants)
    stops = load_stopwords(stop_words)
    sent_of = sent_index(doc)
    text, tree = doc_text(doc), parse_tree(doc)

    def span_text(start: int, end: int) -> str:
        # Span.text: the Doc's text from the first token to the end of the last
        return text[tree.idx[start] : tree.idx[end - 1] + len(tree.text[end - 1])]

    def head_lemma(i: int) -> str:
        return fold_token(tree.lemma[i] or tree.text[i])

    covered: set[int] = set()
    mentions = []
    for root in _candidate_heads(doc, tree):
        if root in covered or tree.pos[root] == "PRON":
            continue
        lemma = head_lemma(root)
        if nouns.get(lemma) == "quantity" or doc[root].like_num or tree.pos[root] == "NUM":
            target = of_object(tree, root)
            if target is None or tree.pos[target] == "PRON":
                continue
            root = target
            lemma = head_lemma(root)
        start = phrase_start(doc, tree, root, stops)
        core = span_text(start, root + 1)
        about_people = (
            (lemma in nouns and nouns[lemma] != "quantity")
            or doc[root].ent_type_ in PEOPLE_ENTITY_TYPES
            or _either_role(taxonomy, core, lemma, tree.text[root]) is not None
        )
        if not about_people:
            continue
        end = phrase_end(tree, root)
        phrase = span_text(start, end)
        group = _either_role(taxonomy, phrase, lemma, tree.text[root])
        label = " ".join(spelling.apply(word) for word in fold_text(phrase).split())
        if group is None:
            group = _either_role(taxonomy, label, lemma, tree.text[root])
        left = phrase_left(tree, root)
        if group is None and left < start:
            # the words the label leaves out may be the taxonomy's ("his supporters")
            group = _either_role(taxonomy, span_text(left, end), lemma, tree.text[root])
        covered.update(range(start, end))
        start_char = tree.idx[start]
        mentions.append(
            ActorMention(
                start_char,
                start_char + len(phrase),
                sent_of.get(root, -1),
                phrase,
                label,
                lemma,
                group or UNASSIGNED,
            )
        )
    mentions.sort(key=lambda m: m.start_char)  # a possessor comes before its chunk's head
    return mentions


def _candidate_heads(doc, tree: Tree):
    """Heads of the noun phrases that may name actors: every noun chunk's
    root, then every noun in possessive position ("the army's shelling",
    "Assad's stronghold": the possessor names an actor though its phrase may
    not), the last first so that a larger possessor ("the army's commander"
    in "the army's commander's car") comes before the one inside it."""
    for chunk in doc.noun_chunks:
        yield chunk.root.i
    for i in range(len(tree) - 1, -1, -1):
        if tree.dep[i] == "poss" and tree.pos[i] in ("NOUN", "PROPN"):
            yield i


def _either_role(taxonomy: ActorTaxonomy, text: str, head: str, head_text: str) -> str | None:
    """Agent entries first, then patient entries (a group is a group in either role)."""
    return taxonomy.classify(text, head=head, head_text=head_text, role="agent") or taxonomy.classify(
        text, head=head, head_text=head_text, role="patient"
    )
