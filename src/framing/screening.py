"""Screen articles for HTML left in the text and for text that is not English.

Both reach the measures silently otherwise: a ``<p>`` or ``&nbsp;`` becomes a
token that can be taken for an agent or a source, and an article in another
language is parsed by the English pipeline into nonsense (an Indonesian
article gets a tone of 0 and "yang" as its most distinctive term).
:func:`framing.load_corpus` calls :func:`screen_corpus`, which warns about
each such article by id, or drops it, or stops, as the user chooses.

The language check is a small offline test, not a language identifier: the
share of an article's words that are English stop words (the packaged
``stopwords.csv``). Function words make up about a third of any English
prose and almost none of another language's, so a low share says "not
English" without saying which language it is. No package for language
identification is a dependency of framing (none is installed with it).
"""

from __future__ import annotations

import html.entities
import re
import warnings
from dataclasses import dataclass

import pandas as pd

from .errors import CorpusError, CorpusWarning
from .textnorm import fold_text, load_stopwords

__all__ = [
    "ENGLISH_MIN_STOPWORD_SHARE",
    "HTML_ELEMENTS",
    "LANGUAGE_MIN_WORDS",
    "SCREEN_ACTIONS",
    "MarkupFound",
    "english_stopword_share",
    "find_markup",
    "screen_corpus",
]

#: What to do with an article that fails a check (``on_markup=``, ``on_language=``).
SCREEN_ACTIONS = ("warn", "error", "drop", "ignore")

#: Below this share of English stop words an article is taken as not English.
#: Measured (tests/test_screening.py holds the invented paragraphs): English
#: news prose written for the tests 0.45 and 0.52, the five seed articles 0.37
#: to 0.42, the labelled validation sentences of data/validation in groups of
#: ten 0.45 on average and 0.34 at least; paragraphs written for the tests in
#: Indonesian 0.00, French 0.02, Spanish 0.06 and 0.03, German 0.07, Portuguese
#: 0.17 and 0.11 ("a", "as", "do" are English too), Italian 0.09, Dutch 0.02,
#: Turkish and Arabic 0.00. Decision: 0.25, between the two groups. An English
#: text that is mostly names (a list of officials) can fall below it (0.15 on
#: an invented one) and is then flagged.
ENGLISH_MIN_STOPWORD_SHARE = 0.25

#: Fewer words than this and the language is not judged: a text of a few
#: sentences has too few function words for the share to mean anything (an
#: invented 20-word English text of names and a byline scored 0.20).
LANGUAGE_MIN_WORDS = 30

#: Element names that mark a tag as HTML rather than prose in angle brackets
#: ("<5 dead>" is not a tag, "<p>" is): the elements of the WHATWG HTML Living
#: Standard that hold or lay out text, which is what a scraper leaves behind.
HTML_ELEMENTS = frozenset(
    """a abbr article aside b blockquote body br caption cite code dd del details div dl dt em
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins
    label li link main meta nav noscript ol option p picture pre q s script section select small
    source span strong style sub summary sup table tbody td template th thead time title tr u ul
    video""".split()
)

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Tags and entities quoted in a warning: enough to recognise the problem.
_SHOWN = 3


@dataclass(frozen=True)
class MarkupFound:
    """HTML found in a text: how many tags and entities, and the first few of them."""

    n_tags: int
    n_entities: int
    examples: tuple[str, ...]

    def describe(self) -> str:
        """``"3 HTML tags and 1 entity (<p>, </p>, &nbsp;)"``."""
        parts = []
        if self.n_tags:
            parts.append(f"{self.n_tags} HTML tag{'s' if self.n_tags != 1 else ''}")
        if self.n_entities:
            parts.append(f"{self.n_entities} HTML entit{'ies' if self.n_entities != 1 else 'y'}")
        return f"{' and '.join(parts)} ({', '.join(self.examples)})"


def find_markup(text: str) -> MarkupFound | None:
    """HTML tags (of :data:`HTML_ELEMENTS`) and named or numeric entities in ``text``.

    Returns
    -------
    MarkupFound or None
        None when the text holds neither.

    Notes
    -----
    An entity counts only if HTML defines it (``&amp;``, ``&#8217;``), so
    "R&D;" in prose is not markup; a tag counts only if its element is one of
    :data:`HTML_ELEMENTS`, so "<5 dead>" is not.
    """
    tags = [m.group(0) for m in _TAG.finditer(text) if m.group(1).lower() in HTML_ELEMENTS]
    entities = [
        m.group(0)
        for m in _ENTITY.finditer(text)
        if m.group(1).startswith("#") or f"{m.group(1)};" in html.entities.html5
    ]
    if not tags and not entities:
        return None
    examples = tuple(dict.fromkeys(tags + entities))[:_SHOWN]
    return MarkupFound(len(tags), len(entities), examples)


def english_stopword_share(text: str) -> tuple[float, int]:
    """The share of the words of ``text`` that are packaged English stop words, and the word count.

    Words are runs of letters (an apostrophe inside a word kept: "don't"),
    folded as the term counts fold them.
    """
    stopwords = load_stopwords(None)
    words = [fold_text(word) for word in _WORD.findall(text)]
    if not words:
        return 0.0, 0
    return sum(word in stopwords for word in words) / len(words), len(words)


def _check_action(value, option: str) -> str:
    if value not in SCREEN_ACTIONS:
        raise ValueError(f"{option} must be one of {', '.join(map(repr, SCREEN_ACTIONS))}, got {value!r}")
    return value


def screen_corpus(corpus: pd.DataFrame, *, on_markup: str = "warn", on_language: str = "warn") -> pd.DataFrame:
    """Warn about, drop or refuse articles with HTML in their text or not in English.

    Parameters
    ----------
    corpus : pandas.DataFrame
        A corpus table (``article_id``, ``text`` ...).
    on_markup, on_language : {"warn", "error", "drop", "ignore"}
        For an article with HTML tags or entities (:func:`find_markup`), or
        whose share of English stop words is below
        :data:`ENGLISH_MIN_STOPWORD_SHARE` (at least :data:`LANGUAGE_MIN_WORDS`
        words): ``"warn"`` keeps it and issues a :class:`framing.CorpusWarning`
        naming the article and what was found; ``"drop"`` removes it from the
        table, with the same warning saying so; ``"error"`` raises; ``"ignore"``
        does not look.

    Returns
    -------
    pandas.DataFrame
        The table, without the dropped articles (index reset when any is dropped).

    Raises
    ------
    framing.CorpusError
        With ``"error"``, for the first article found; or when every article is dropped.
    ValueError
        For an action not in :data:`SCREEN_ACTIONS`.
    """
    actions = {
        "on_markup": _check_action(on_markup, "on_markup"),
        "on_language": _check_action(on_language, "on_language"),
    }
    dropped = []
    for position, (article_id, text) in enumerate(zip(corpus["article_id"], corpus["text"], strict=True)):
        for option, problem in _problems(text, actions):
            action = actions[option]
            if action == "error":
                raise CorpusError(
                    f"article {article_id!r}: {problem}; clean the text first, or pass "
                    f"{option}='drop' to leave such articles out or 'warn' to keep them"
                )
            if action == "drop":
                dropped.append(position)
                warnings.warn(f"article {article_id!r}: {problem}; dropped ({option}='drop')", CorpusWarning, 3)
                break
            warnings.warn(
                f"article {article_id!r}: {problem}; kept (pass {option}='drop' to leave it out)", CorpusWarning, 3
            )
    if not dropped:
        return corpus
    if len(dropped) == len(corpus):
        raise CorpusError("no articles left: every article was dropped by on_markup= / on_language=")
    return corpus.drop(index=corpus.index[dropped]).reset_index(drop=True)


def _problems(text: str, actions: dict[str, str]):
    """``(option, description)`` of each check ``text`` fails (checks set to "ignore" are not run)."""
    if actions["on_markup"] != "ignore":
        markup = find_markup(text)
        if markup is not None:
            yield "on_markup", f"HTML left in the text: {markup.describe()}"
    if actions["on_language"] != "ignore":
        share, n_words = english_stopword_share(text)
        if n_words >= LANGUAGE_MIN_WORDS and share < ENGLISH_MIN_STOPWORD_SHARE:
            yield (
                "on_language",
                f"probably not English: {share:.0%} of its {n_words} words are English stop words "
                f"(English prose has a third or more; the threshold is {ENGLISH_MIN_STOPWORD_SHARE:.0%})",
            )
