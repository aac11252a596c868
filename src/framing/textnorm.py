"""Normalise the words of a parsed article before counting or comparing them.

Outlets differ in typography and house spelling as well as in wording:
curly or straight apostrophes, en or em dashes, ``Ahmad`` or ``Ahmed``,
``Tartous`` or ``Tartus``, ``defense`` or ``defence``. None of these is a
framing choice, so every wording measure counts words after the same steps:

1. Unicode NFKC, curly quotes and apostrophes folded to ``'`` and ``"``,
   every dash to ``-``, lower case (:func:`fold_text`);
2. tokens written together with a hyphen (``al-Sharaa``, ``pro-Assad``,
   ``Islamist-led``) joined into one word (:func:`doc_words`);
3. the spelling-variant map (``framing/data/spelling_variants.csv``, general
   romanisations of Arabic names and US/UK spellings, plus any study file of
   its own, such as the place names in ``data/study/spelling_variants.csv``):
   a ``prefix`` entry removes a leading ``al-`` / ``el-``, a ``word`` entry
   replaces a whole word (or each hyphen-joined part of one);
4. optionally the token's lemma from the parsed Doc instead of its form;
5. stop words (``framing/data/stopwords.csv``) are left to the caller, which
   decides how they apply to n-grams.

Punctuation is not a word; it separates runs of words, so an n-gram never
spans a comma, a quote mark or a sentence boundary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .docview import once_per_doc, sent_bounds, token_strings
from .lexicons import load_lexicon
from .memo import AnswersOf

__all__ = [
    "SpellingMap",
    "Word",
    "doc_words",
    "fold_text",
    "load_spelling_variants",
    "load_stopwords",
    "quoted_spans",
    "word_runs",
]

_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
}
_SPACE = re.compile(r"\s+")
# Opening and closing quotation marks, after NFKC; straight quotes toggle.
_OPEN_QUOTES = "\u201c\u00ab\u201e"
_CLOSE_QUOTES = "\u201d\u00bb"
_QUOTE_MARKS = re.compile("[" + _OPEN_QUOTES + _CLOSE_QUOTES + '"\n]')


def fold_text(text: str) -> str:
    """NFKC, quotes and dashes folded to ASCII, whitespace squeezed, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()


#: :func:`fold_text` of a token string, remembered: the same words recur in
#: every article, so each is folded once per process (at most 65,536 kept).
fold_token = lru_cache(maxsize=1 << 16)(fold_text)


@dataclass(frozen=True)
class SpellingMap:
    """Variant -> canonical spellings of words, and prefixes to strip.

    Build with :func:`load_spelling_variants`; apply with :meth:`apply` to a
    word already folded by :func:`fold_text`.
    """

    words: dict = field(default_factory=dict)
    prefixes: tuple = ()

    def apply(self, word: str) -> str:
        for prefix in self.prefixes:
            if word.startswith(prefix) and len(word) > len(prefix):
                word = word[len(prefix) :]
                break
        if not self.words:
            return word
        if word in self.words:
            return self.words[word]
        if "-" in word:
            return "-".join(self.words.get(part, part) for part in word.split("-"))
        return word

    def __hash__(self):  # dict field: hash by content so the map can key caches
        return hash((tuple(sorted(self.words.items())), self.prefixes))


def load_spelling_variants(source=None) -> SpellingMap:
    """The spelling-variant map.

    Parameters
    ----------
    source : None, str, Path, SpellingMap, or a list of these
        ``None`` for the packaged ``framing/data/spelling_variants.csv``
        (general romanisations of Arabic names and US/UK spellings); a CSV
        path with columns ``variant, canonical, match`` (``word`` or
        ``prefix``) and ``rationale``; a ready map (returned as is). A list
        merges its maps in order, a later word entry replacing an earlier one
        for the same variant: ``[None, "data/study/spelling_variants.csv"]``
        adds a study's own variants (place names, say) to the general ones;
        an empty list is no map at all.

    Raises
    ------
    ValueError
        If a row has an unknown ``match`` or an empty ``variant``.
    """
    if isinstance(source, list | tuple):
        words, prefixes = {}, []
        for part in source:
            loaded = load_spelling_variants(part)
            words.update(loaded.words)
            prefixes.extend(p for p in loaded.prefixes if p not in prefixes)
        return SpellingMap(words, tuple(prefixes))
    if isinstance(source, SpellingMap):
        return source
    refuse_default(source, "spelling_variants")
    table = load_lexicon("spelling_variants" if source is None else source)
    missing = [column for column in ("variant", "canonical") if column not in table.columns]
    if missing:
        raise ValueError(
            f"spelling variants {source}: no {', '.join(missing)} column; expected "
            "variant, canonical, match (word or prefix), rationale"
        )
    words, prefixes = {}, []
    for i, row in enumerate(table.itertuples(index=False), start=2):
        variant = fold_text(row.variant)
        match = getattr(row, "match", "word") or "word"
        if not variant:
            raise ValueError(
                f"spelling variants, row {i}: empty variant; give the spelling to replace"
            )
        if match == "prefix":
            prefixes.append(variant)
        elif match == "word":
            words[variant] = fold_text(row.canonical)
        else:
            raise ValueError(
                f"spelling variants, row {i}: match {match!r} is not 'word' or 'prefix'"
            )
    return SpellingMap(words, tuple(prefixes))


def load_stopwords(source: str | Path | Iterable[str] | None = None) -> frozenset[str]:
    """The stop-word set: ``None`` for the packaged list, a CSV path with a
    ``word`` column, or any iterable of words (empty for no stop words)."""
    refuse_default(source, "stop_words")
    if source is None or isinstance(source, (str, Path)):
        # load_lexicon reads the file once per version of it (an edited list is
        # read again); its words are folded once per distinct list, not per call
        source = frozenset(load_lexicon("stopwords" if source is None else source)["word"])
    if isinstance(source, frozenset):
        return _fold_stopwords(source)
    return frozenset(fold_text(w) for w in source)


def refuse_default(source, option: str) -> None:
    """Raise ValueError if ``source`` is the string ``"default"``.

    One spelling of "the packaged list" across the package: ``None``. A string
    is the path of the user's own file, and no file is called ``default``.
    """
    if isinstance(source, str) and source == "default":
        raise ValueError(f"{option}='default' is not a file; pass None for the packaged list")


@lru_cache(maxsize=16)
def _fold_stopwords(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_text(w) for w in words)


@dataclass(frozen=True)
class Word:
    """One normalised word of a Doc (hyphen-joined tokens count as one word)."""

    text: str
    start_char: int
    end_char: int
    sent_id: int
    token_i: int  # index of its last token in the Doc


_JOINERS = frozenset({"-", "\u2010", "\u2011"})
#: A letter or digit: ``[^\W_]`` is exactly the characters for which ``str.isalnum()`` is true.
_ALNUM = re.compile(r"[^\W_]")


# The token attributes doc_words reads, once per Doc as plain lists: several
# times faster than through a spaCy Token per access.
@once_per_doc
def _token_lists(doc) -> tuple[list, list, list, list, list, list]:
    """``(texts, has_space_after, is_space, is_break, idx, glued)`` of every token of ``doc``.

    ``is_break`` is the rule of :func:`doc_words` for a token that is not
    hyphen-joined: whitespace, punctuation other than a leading apostrophe, a
    bracket, a symbol, or no letter or digit at all. ``glued`` is True for a
    token that continues a word ending at the token before it: a hyphen right
    after it, or a word right after a hyphen that has no space after it.
    """
    tokens = token_strings(doc)
    breaks = [
        space
        or (punct and not text.startswith("'"))
        or bracket
        or pos == "SYM"
        or not _ALNUM.search(text)
        for text, space, punct, bracket, pos in zip(
            tokens.text,
            tokens.is_space,
            tokens.is_punct,
            tokens.is_bracket,
            tokens.pos,
            strict=True,
        )
    ]
    joiner = [text in _JOINERS for text in tokens.text]
    after, space = tokens.whitespace, tokens.is_space
    glued = [False] + [
        (joiner[i] and not after[i - 1]) or (joiner[i - 1] and not after[i - 1] and not space[i])
        for i in range(1, len(joiner))
    ]
    return tokens.text, after, space, breaks, tokens.idx, glued


def _make_word(text: str, start_char: int, end_char: int, sent_id: int, token_i: int) -> Word:
    # the frozen dataclass's __init__ sets each field through object.__setattr__;
    # filling __dict__ directly builds an equal record several times faster
    word = object.__new__(Word)
    word.__dict__.update(
        text=text, start_char=start_char, end_char=end_char, sent_id=sent_id, token_i=token_i
    )
    return word


def doc_words(
    doc,
    *,
    lemmas: bool = False,
    spelling: SpellingMap | None = None,
) -> Iterator[Word | None]:
    """Yield the normalised words of a Doc, ``None`` at every break.

    A break is punctuation, a line break or a sentence end; n-grams must not
    span one. Tokens joined by a hyphen with no space around it are one word.
    Numbers are words; symbols (``%``, ``$``) are breaks.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lemmas : bool, default False
        Use each token's lemma (``token.lemma_``) instead of its form; a
        hyphen-joined word is then the lemma of its last part joined to the
        forms of the others.
    spelling : SpellingMap, optional
        Applied to every word after folding.
    """
    texts, _, _, _, idx, _ = _token_lists(doc)
    for word in _word_tuples(doc, lemmas=lemmas, spelling=spelling):
        if word is None:
            yield None
        else:
            text, first, last, sent_id = word
            yield _make_word(text, idx[first], idx[last] + len(texts[last]), sent_id, last)


def word_text_runs(doc, *, lemmas: bool = False, spelling: SpellingMap | None = None):
    """The texts of :func:`word_runs` of :func:`doc_words`, without building a Word each.

    Yields one list of word strings per run between breaks: what counting
    n-grams needs, several times faster than reading :class:`Word` records.
    """
    run: list[str] = []
    for word in _word_tuples(doc, lemmas=lemmas, spelling=spelling):
        if word is None:
            if run:
                yield run
            run = []
        else:
            run.append(word[0])
    if run:
        yield run


def _word_tuples(doc, *, lemmas: bool, spelling: SpellingMap | None):
    """:func:`doc_words` as ``(text, first token, last token, sent_id)`` tuples or None."""
    texts, _, _, breaks, _, glued = _token_lists(doc)
    lemma_of = token_strings(doc).lemma if lemmas else None
    normalised = _normalised_words(spelling)

    def emit(first: int, last: int, sent_id: int):
        while last >= first and texts[last] in _JOINERS:  # "pro- and anti-": the hyphen is not part of it
            last -= 1
        if last < first:
            return None
        if lemmas:
            raw = "".join(texts[first:last]) + (lemma_of[last] or texts[last])
        else:
            raw = texts[first] if first == last else "".join(texts[first : last + 1])
        text = normalised.get(raw)
        if text is None:
            text = normalised[raw] = _normalise_word(raw, spelling)
        if not text:
            return None
        return text, first, last, sent_id

    for sent_id, (start, end) in enumerate(sent_bounds(doc)):
        first = -1  # first token of the word being built, -1 for none
        for i in range(start, end):
            if first >= 0:
                if glued[i]:
                    continue
                # the word's tokens are consecutive: its last is the previous token
                word = emit(first, i - 1, sent_id)
                if word is not None:
                    yield word
                first = -1
            if breaks[i]:
                yield None
            else:
                first = i
        if first >= 0:
            word = emit(first, end - 1, sent_id)
            if word is not None:
                yield word
        yield None


def _normalise_word(raw: str, spelling: SpellingMap | None) -> str:
    text = fold_text(raw)
    return spelling.apply(text) if spelling is not None else text


#: Per SpellingMap, {raw word: normalised word}. The same words recur in every
#: article, so each is folded and spelled once per map, not once per Doc.
_NORMALISED = AnswersOf(max_owners=8, max_answers=1 << 16)
_normalised_words = _NORMALISED.answers  # spelling map -> {raw word: normalised word}


def word_runs(words: Iterable[Word | None]) -> Iterator[list[Word]]:
    """Split the stream of :func:`doc_words` into runs between breaks."""
    run: list[Word] = []
    for word in words:
        if word is None:
            if run:
                yield run
            run = []
        else:
            run.append(word)
    if run:
        yield run


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (marks excluded), paragraph by paragraph.

    Curly quotes open and close; straight ``"`` toggles. A quote still open
    at the end of a paragraph closes there: news style opens every paragraph
    of a multi-paragraph quotation without closing the earlier ones.

    Notes
    -----
    Single quotes are ignored because ``'`` is also the apostrophe; a
    headline-style 'scare quote' is therefore not detected.
    """
    # only quote marks and line breaks change the state: jump from one to the next
    spans = []
    start = None  # where the open quotation's text starts
    for mark in _QUOTE_MARKS.finditer(text):
        ch, i = mark.group(), mark.start()
        if ch == "\n":  # a paragraph ends: a quote still open closes there
            if start is not None and start < i:
                spans.append((start, i))
            start = None
        elif ch in _OPEN_QUOTES or (ch == '"' and start is None):
            if start is None:
                start = i + 1
        elif start is not None:  # a closing mark, or a straight quote closing
            spans.append((start, i))
            start = None
    if start is not None and start < len(text):
        spans.append((start, len(text)))
    return spans
