"""Actor taxonomies: map noun phrases to the groups a study compares.

Which actors matter, and what they are called, is study knowledge, so it lives
in a CSV file with the study's data (``data/study/actors.csv`` here), never in
code. Another study brings its own file. Columns::

    role     agent | patient     which set of groups the entry belongs to
    group    the group name      e.g. government_forces, alawite_civilians
    match    phrase | head | regex
    pattern  the normalised phrase, head lemma or regular expression
    note     why the entry is there (a source or a decision)

Matching (see :meth:`ActorTaxonomy.classify`): the noun phrase is normalised
(case, Unicode quotes and dashes folded, leading determiners dropped);
``phrase`` entries match whole words anywhere in it, ``regex`` entries are
searched in it, ``head`` entries match the phrase's head lemma. The longest
matching phrase or regex wins, so "gunmen loyal to the government" beats
"gunmen"; a head entry applies only when no phrase or regex matches.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .io import read_cached
from .memo import AnswersOf

__all__ = ["ActorEntry", "ActorTaxonomy", "load_actors", "normalize_phrase", "NO_AGENT"]

#: Group given when no actor is expressed at all.
NO_AGENT = "none"
_ROLES = {"agent", "patient"}
_MATCHES = {"phrase", "head", "regex"}
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


@dataclass(frozen=True)
class ActorTaxonomy:
    """A study's actor groups. Build with :func:`load_actors`."""

    entries: tuple[ActorEntry, ...]
    source: str = ""

    def groups(self, role: str) -> list[str]:
        """The groups of one role, in file order, without duplicates."""
        _check_role(role)
        return list(dict.fromkeys(e.group for e in self.entries if e.role == role))

    def classify(self, text: str, *, head: str | None = None, role: str = "agent") -> str | None:
        """The group of a noun phrase, or ``None`` when no entry matches.

        Parameters
        ----------
        text : str
            The noun phrase as written.
        head : str, optional
            Lemma of its syntactic head, for ``head`` entries.
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
        key = (text, head, role)
        found = answers.get(key, _MISSING)
        if found is _MISSING:
            found = answers[key] = self._match(text, head=head, role=role)
        return found

    def _match(self, text: str, *, head: str | None, role: str) -> str | None:
        _check_role(role)
        phrase = normalize_phrase(text)
        best, best_len = None, 0
        for entry in self.entries:
            if entry.role != role or entry.match == "head":
                continue
            found = _compiled(entry).search(phrase)
            if found and len(found.group(0)) > best_len:
                best, best_len = entry.group, len(found.group(0))
        if best is not None:
            return best
        if head:
            head_norm = normalize_phrase(head)
            for entry in self.entries:
                if entry.role == role and entry.match == "head" and entry.pattern == head_norm:
                    return entry.group
        return None


#: Per taxonomy, {(text, head, role): group}: every noun of every article is
#: classified, with the same phrases recurring; a few MB at most.
_ANSWERS = AnswersOf(max_owners=8, max_answers=1 << 17)
_MISSING = object()

_PATTERN_CACHE: dict[ActorEntry, re.Pattern] = {}


def _compiled(entry: ActorEntry) -> re.Pattern:
    pattern = _PATTERN_CACHE.get(entry)
    if pattern is None:
        if entry.match == "regex":
            pattern = re.compile(entry.pattern)
        else:
            words = normalize_phrase(entry.pattern)
            pattern = re.compile(r"(?<![\w'-])" + re.escape(words) + r"(?![\w-])")
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
        for the small generic taxonomy shipped with framing
        (``framing/data/actors_generic.csv``: police, army, militants,
        civilians ...), which knows no study's names.

    Returns
    -------
    ActorTaxonomy

    Raises
    ------
    ValueError
        Naming the file and row of an unknown role or match type, an empty
        group or pattern, or an invalid regular expression.
    """
    if isinstance(source, ActorTaxonomy):
        return source
    if source is None:
        from .lexicons import lexicon_path

        source = lexicon_path("actors_generic")
    if isinstance(source, pd.DataFrame):
        return _build_taxonomy(source, "actor table")
    path = Path(source)
    if not path.is_file():
        raise ValueError(f"{path}: actor taxonomy file not found")
    return read_cached(path, _read_taxonomy)


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
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"{where}, row {i}: invalid regex {pattern!r} ({err})") from None
        note = str(getattr(row, "note", "")) if "note" in table.columns else ""
        entries.append(ActorEntry(role, group, match, pattern if match == "regex" else normalize_phrase(pattern), note))
    return ActorTaxonomy(tuple(entries), source=where)
