"""Attribution: who is cited, with which verb, for what.

One :class:`Attribution` per reporting act, found in the dependency parse
(:mod:`framing.sources.attributions`):

* a reporting verb (``framing/data/reporting_verbs.csv``) with a subject or a
  "by" agent and some content: "X said (that) ...", "..., X said",
  "said X", "X told Y ...", "X reported / claimed / accused / warned ...";
* "according to X" (the content is the clause it modifies);
* direct quotations, found in the raw text by pairing quote marks, linked to
  the reporting verb next to them; a quotation that continues after its
  attribution sentence (the next sentence, the next paragraph) extends that
  attribution's content.

The verb is kept as written ("said", "claimed", "alleged"): the choice is
what the framing analysis compares. ``source_type`` comes from a study's
source taxonomy (``data/study/sources.csv``, columns ``source_type``,
``match``, ``pattern``, ``note``), matched like the actor taxonomy
(:mod:`framing.actors`): the longest phrase or regex wins, a head entry
applies when none matches.

Quote marks are paired one by one: an opening mark with no closing mark
before the next opening mark, or the end of its paragraph, is dropped, so an
unbalanced mark loses one quotation and never the rest of the document.

Files: ``quotes.py`` (quote marks paired), ``verbs.py`` (the reporting-verb
lexicon), ``datelines.py`` (wire datelines, never a source),
``attributions.py`` (:func:`find_attributions`, the grammar of a
reporting act), ``relays.py`` ("quoted by Y as saying", "citing X"),
``acts.py`` (:func:`find_reporting_acts`: the reporting acts of the
labelling guidelines, the sentence's own frame), ``taxonomy.py`` (a study's source types), ``tables.py``
(:func:`attributions`, one row per reporting act).
"""

from __future__ import annotations

from .acts import find_reporting_acts
from .attributions import DIRECT_SHARE, MIN_QUOTE_WORDS, Attribution, find_attributions
from .quotes import find_quotes
from .tables import ATTRIBUTION_COLUMNS, attribution_rows, attributions
from .taxonomy import SOURCE_TYPE_OTHER, classify_source, load_sources
from .verbs import verb_classes

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "DIRECT_SHARE",
    "MIN_QUOTE_WORDS",
    "SOURCE_TYPE_OTHER",
    "Attribution",
    "attribution_rows",
    "attributions",
    "classify_source",
    "find_attributions",
    "find_quotes",
    "find_reporting_acts",
    "load_sources",
    "verb_classes",
]
