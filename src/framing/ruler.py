"""An indexed matcher for spaCy's ``attribute_ruler``: the same matches, found faster.

spaCy's :class:`~spacy.pipeline.AttributeRuler` finds its rules with a
:class:`~spacy.matcher.Matcher`, which tries every pattern at every token and
calls a Python predicate for each ``{"IN": [...]}`` constraint. In
``en_core_web_sm`` 3.8 (179 rules, a tag map plus word-specific rules) that
matching is about 12% of the whole parse, more than the tagger and the
lemmatizer together (``benchmarks/README.md``).

Almost every rule shipped with the English pipelines is a fixed run of tokens
whose constraints are equalities or ``IN`` sets on plain token attributes. For
such rules, :class:`RuleIndex` looks each token up in one dictionary per
attribute (the *anchor* constraint of each pattern), checks the pattern's other
constraints only where the anchor hits, and returns the matches in the order
:meth:`AttributeRuler.match` returns them. ``AttributeRuler.set_annotations``
then runs unchanged, so the Doc is identical, attribute for attribute (tested
against spaCy's own matcher on the seed corpus, invented text and random
rules).

What it buys is speed only: about 12% of a parse (benchmarks/README.md),
for some 300 lines that must follow spaCy's matcher semantics. It is on by
default; ``framing.load_model(..., indexed_ruler=False)``, the environment
variable ``FRAMING_INDEXED_RULER=0`` or ``framing analyze --stock-ruler`` keep
spaCy's own component (the Docs are the same either way, so the parse cache
is shared).

A rule outside that subset (an ``OP`` quantifier, ``NOT_IN``, ``REGEX``,
comparisons, ``MORPH``, ``_`` extensions, wildcards) makes the whole ruler
fall back to spaCy's matcher, so the component is never wrong, only sometimes
not faster.
"""

from __future__ import annotations

import re

__all__ = ["IndexedAttributeRuler", "RuleIndex", "register"]

#: Token attributes whose Matcher value is what ``Doc.to_array`` returns: string
#: attributes as their hash (``POS`` as its symbol ID) and lexeme flags as 0/1.
STRING_ATTRS = frozenset(
    {"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE"}
)
FLAG_ATTRS = frozenset(
    {
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_STOP",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)
#: Anchor preference: the attribute most likely to rule a token out first.
_SELECTIVITY = {"ORTH": 0, "LOWER": 0, "NORM": 0, "LEMMA": 1, "SHAPE": 2, "PREFIX": 3, "SUFFIX": 3}


class Unsupported(ValueError):
    """A pattern the index does not handle: the ruler uses spaCy's Matcher."""


class _Regex:
    """``{"REGEX": ...}``: membership is ``re.search`` on the value's string (in
    the StringStore of the Doc being matched, set by :meth:`RuleIndex.match`),
    remembered per value (a bounded memo: cleared when it grows past 100,000)."""

    __slots__ = ("pattern", "strings", "memo")

    def __init__(self, pattern: str):
        self.pattern, self.strings, self.memo = re.compile(pattern), None, {}

    def __contains__(self, value: int) -> bool:
        hit = self.memo.get(value)
        if hit is None:
            if len(self.memo) >= 100_000:
                self.memo.clear()
            hit = self.memo[value] = self.pattern.search(self.strings[value]) is not None
        return hit


class _NotIn:
    """``{"NOT_IN": [...]}``: membership is absence from the set."""

    __slots__ = ("ids",)

    def __init__(self, ids: frozenset):
        self.ids = ids

    def __contains__(self, value: int) -> bool:
        return value not in self.ids


class RuleIndex:
    """Every rule of an attribute ruler, indexed by one constraint per pattern.

    Parameters
    ----------
    rules : list of list of list of dict
        For each rule, in the ruler's order, its Matcher patterns.
    strings : spacy.strings.StringStore
        The vocab's strings, to turn pattern values into the IDs a Doc holds.
    keys : list of int
        For each rule, the match ID spaCy's matcher reports (the hash of the
        rule's position as a string).

    Raises
    ------
    Unsupported
        When any pattern is not a fixed run of tokens whose constraints are
        equalities, ``IN``, ``NOT_IN`` or ``REGEX`` on :data:`STRING_ATTRS`, or
        equalities on :data:`FLAG_ATTRS`.

    Notes
    -----
    Each pattern is filed under its most selective equality or ``IN``
    constraint (its anchor); a pattern with none (only ``NOT_IN`` or
    ``REGEX``) is tried at every position.
    """

    def __init__(self, rules, strings, keys):
        from spacy.attrs import IDS

        self.keys = list(keys)
        columns: dict[str, int] = {}
        self.anchors: dict[int, dict[int, list]] = {}
        self.scans: list[tuple] = []
        for rule, patterns in enumerate(rules):
            for pattern in patterns:
                anchors, checks = [], []
                for offset, token in enumerate(pattern):
                    if not isinstance(token, dict):
                        raise Unsupported(f"token pattern {token!r}")
                    for name, value in token.items():
                        attr = "ORTH" if name.upper() == "TEXT" else name.upper()
                        column = columns.setdefault(attr, len(columns))
                        for anchorable, allowed in self._constraints(attr, value, strings):
                            if anchorable:
                                rank = _SELECTIVITY.get(attr, 5 if attr in FLAG_ATTRS else 4)
                                anchors.append((rank, len(allowed), offset, column, allowed))
                            else:
                                checks.append((offset, column, allowed))
                if not anchors and not checks:
                    raise Unsupported("a pattern with no constraint")
                if not anchors:
                    self.scans.append((rule, len(pattern), tuple(checks)))
                    continue
                anchors.sort(key=lambda c: c[:2])
                _, _, offset, column, allowed = anchors[0]
                checks = tuple(c[2:] for c in anchors[1:]) + tuple(checks)
                table = self.anchors.setdefault(column, {})
                for value in allowed:
                    table.setdefault(value, []).append((rule, offset, len(pattern), checks))
        self.attr_ids = [IDS[name] for name in sorted(columns, key=columns.get)]
        checks = [c for table in self.anchors.values() for found in table.values() for e in found for c in e[3]]
        checks += [c for scan in self.scans for c in scan[2]]
        #: regex checks, told the matched Doc's StringStore before each match
        self.regexes = list({id(c[2]): c[2] for c in checks if isinstance(c[2], _Regex)}.values())

    @staticmethod
    def _constraints(attr: str, value, strings) -> list[tuple[bool, object]]:
        """(anchorable, container of allowed IDs) for one attribute of a token pattern."""
        from spacy.strings import get_string_id

        if attr in FLAG_ATTRS:
            if isinstance(value, bool):
                return [(True, frozenset({int(value)}))]
            raise Unsupported(f"{attr}: {value!r}")
        if attr not in STRING_ATTRS:
            raise Unsupported(f"attribute {attr}")

        def ids(items, convert) -> frozenset:
            if not isinstance(items, list | tuple):
                raise Unsupported(f"{attr}: {value!r}")
            out = set()
            for item in items:
                if isinstance(item, str):
                    out.add(convert(item))
                elif isinstance(item, int) and not isinstance(item, bool):
                    out.add(item)
                else:
                    raise Unsupported(f"{attr}: {value!r}")
            return frozenset(out)

        if not isinstance(value, dict):
            # the Matcher adds an equality value to the StringStore
            return [(True, ids([value], strings.add))]
        found = []
        for predicate, argument in value.items():
            if predicate == "IN":
                found.append((True, ids(argument, get_string_id)))
            elif predicate == "NOT_IN":
                found.append((False, _NotIn(ids(argument, get_string_id))))
            elif predicate == "REGEX" and isinstance(argument, str):
                found.append((False, _Regex(argument)))
            else:
                raise Unsupported(f"{attr}: {value!r}")
        if not found:
            raise Unsupported(f"{attr}: {value!r}")
        return found

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """What :meth:`AttributeRuler.match` returns for ``doc``: one
        ``(rule, match_id, start, end)`` per distinct match, sorted."""
        n = len(doc)
        if not n or not self.attr_ids:
            return []
        for check in self.regexes:
            check.strings = doc.vocab.strings
        array = doc.to_array(self.attr_ids)
        columns = array.reshape(n, -1).T.tolist()
        found = set()
        for column, table in self.anchors.items():
            for position, value in enumerate(columns[column]):
                candidates = table.get(value)
                if candidates is None:
                    continue
                for rule, offset, length, checks in candidates:
                    start = position - offset
                    if start < 0 or start + length > n:
                        continue
                    for at, other, allowed in checks:
                        if columns[other][start + at] not in allowed:
                            break
                    else:
                        found.add((rule, start, start + length))
        for rule, length, checks in self.scans:
            for start in range(n - length + 1):
                for at, other, allowed in checks:
                    if columns[other][start + at] not in allowed:
                        break
                else:
                    found.add((rule, start, start + length))
        keys = self.keys
        return sorted((rule, keys[rule], start, end) for rule, start, end in found)


_UNSET = object()


def register() -> None:
    """Register the ``framing_attribute_ruler`` factory with spaCy (once)."""
    from spacy.language import Language

    if Language.has_factory("framing_attribute_ruler"):
        return
    global IndexedAttributeRuler
    IndexedAttributeRuler = _make_class()

    @Language.factory("framing_attribute_ruler", default_config={"validate": False})
    def make(nlp, name: str, validate: bool):
        return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


IndexedAttributeRuler = None  # the class, made on first use so importing this module does not import spaCy


def _make_class():
    from spacy.pipeline import AttributeRuler

    class IndexedAttributeRuler(AttributeRuler):
        """:class:`~spacy.pipeline.AttributeRuler` whose rules are found by a
        :class:`RuleIndex` when every pattern allows it (see the module docstring).
        Adding or clearing rules rebuilds the index on the next Doc."""

        def clear(self) -> None:
            super().clear()
            self._index = _UNSET

        def add(self, patterns, attrs, index: int = 0) -> None:
            super().add(patterns, attrs, index)
            self._index = _UNSET

        @property
        def indexed(self) -> bool:
            """Whether the rules are found by the index (False: spaCy's Matcher)."""
            return self._rule_index() is not None

        def _rule_index(self):
            if getattr(self, "_index", _UNSET) is _UNSET:
                strings = self.vocab.strings
                keys = [strings[str(rule)] for rule in range(len(self.attrs))]
                rules = [self.matcher.get(str(rule))[1] for rule in range(len(self.attrs))]
                try:
                    self._index = RuleIndex(rules, strings, keys)
                except Unsupported:
                    self._index = None
            return self._index

        def match(self, doc):
            index = self._rule_index()
            return super().match(doc) if index is None else index.match(doc)

    IndexedAttributeRuler.__module__ = __name__
    return IndexedAttributeRuler


def use_indexed_ruler(nlp, name: str = "attribute_ruler") -> bool:
    """Swap a pipeline's stock attribute ruler for an :class:`IndexedAttributeRuler`
    holding the same rules. Returns whether the new ruler uses its index."""
    from spacy.pipeline import AttributeRuler

    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    register()
    old = nlp.get_pipe(name)
    new = nlp.replace_pipe(name, "framing_attribute_ruler", config={"validate": old.validate})
    new.add_patterns(old.patterns)
    return new.indexed
