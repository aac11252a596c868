"""The evidence page: every article with its marks, one self-contained HTML file.

``framing analyze`` writes ``OUT/evidence.html`` with :func:`write_evidence`,
so a reader can audit each number of the tables in the sentence it came
from: every harm event, passive, hedge, attribution and toll is an element
of the article text (``data-kind``; harm events also ``data-group``, their
agent group, and ``data-agentless``), with its table row in the tooltip.
Plain JavaScript in the page filters by outlet, agent group and kind (the
filter is also read from the address, ``evidence.html#kind=harm&outlet=X``),
and a second section puts the same fact side by side across outlets, from
:func:`framing.align_claims`. The page loads nothing: CSS and JavaScript are
inline, and every piece of article text is escaped.

:func:`mark_text` (text with nested marks as HTML) is also what
:func:`framing.show` draws in notebooks.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .actors import NO_AGENT
from .io import write_text
from .pipeline.publish import unescape_formulas

if TYPE_CHECKING:
    from .pipeline import Analysis

__all__ = [
    "MARK_KINDS",
    "MAX_EVIDENCE_ARTICLES",
    "PAGE_CSS",
    "Mark",
    "MarkKind",
    "evidence_page",
    "kind_of_table",
    "mark_text",
    "marks_of",
    "write_evidence",
]

logger = logging.getLogger("framing.evidence")

#: Most articles drawn on one page. Decision: past a few thousand articles a
#: single HTML page takes tens of megabytes and a browser stalls; the page says
#: when articles were left out (run ``framing analyze`` on a subset to see them).
MAX_EVIDENCE_ARTICLES = 2000


@dataclass(frozen=True)
class MarkKind:
    """How the rows of one table are drawn as marks.

    Attributes
    ----------
    kind : str
        The ``data-kind`` of its marks.
    table : str
        The table (pipeline name) whose rows are the marks.
    label : str
        Column shown as the mark's label ("" for the kind's name).
    details : tuple of str
        Columns listed in the mark's tooltip, when present and not empty.
    """

    kind: str
    table: str
    label: str
    details: tuple[str, ...]


#: The marks of the evidence page, in drawing order (outermost first when two
#: marks cover the same words). Decision: the five per-sentence tables a
#: reader audits in report.md ("per 100 sentences").
MARK_KINDS: tuple[MarkKind, ...] = (
    MarkKind(
        "harm",
        "harm_events",
        "agent_group",
        ("trigger", "form", "agent", "agent_group", "patient", "patient_group", "negated", "cause", "hedge_cue",
         "source"),
    ),
    MarkKind("passive", "passives", "", ("verb", "construction", "agent", "patient")),
    MarkKind("hedge", "hedges", "cue_type", ("cue_text", "cue_type", "target", "target_agent_group")),
    MarkKind(
        "source", "attributions", "source_type", ("source", "source_type", "verb", "verb_class", "kind", "content")
    ),
    MarkKind("toll", "casualties", "measure", ("number_text", "value", "measure", "qualifier", "victims", "source")),
)


@dataclass(frozen=True)
class Mark:
    """One marked span of an article's text (character offsets into the text).

    ``attrs`` are the element's ``data-*`` attributes as ``(name, value)``
    pairs (``kind`` first), ``label`` the short text drawn after the span and
    ``title`` its tooltip.
    """

    start: int
    end: int
    attrs: tuple[tuple[str, str], ...]
    label: str = ""
    title: str = ""

    @property
    def kind(self) -> str:
        """The mark's ``data-kind``."""
        return dict(self.attrs).get("kind", "")


def kind_of_table(table: pd.DataFrame) -> MarkKind | None:
    """The :data:`MARK_KINDS` entry a table's columns belong to (None if none fits)."""
    columns = set(table.columns)
    fits = [spec for spec in MARK_KINDS if set(spec.details) <= columns]
    return fits[0] if fits else None


def _text(value) -> str:
    """A cell as display text: missing values (NaN, None, NA) are ""."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def marks_of(table: pd.DataFrame, spec: MarkKind | None = None, *, label: str | None = None) -> list[tuple[str, Mark]]:
    """``(article_id, Mark)`` for every row of a tidy table with
    ``article_id``, ``start_char`` and ``end_char``, in row order.

    Parameters
    ----------
    table : pandas.DataFrame
        Any table with those three columns (one of the pipeline's, or a user's).
    spec : MarkKind, optional
        How to draw its rows; default :func:`kind_of_table`, else plain marks
        of kind ``"mark"`` with every other column in the tooltip.
    label : str, optional
        Column to label marks with, instead of the kind's.

    Raises
    ------
    ValueError
        If a needed column is missing.
    """
    missing = {"article_id", "start_char", "end_char"} - set(table.columns)
    if missing:
        raise ValueError(
            f"the table lacks column(s) {', '.join(sorted(missing))}: marks need the article and "
            "character offsets of each row (any framing table with start_char and end_char)"
        )
    if label is not None and label not in table.columns:
        raise ValueError(f"label={label!r} is not a column of the table ({', '.join(map(str, table.columns))})")
    spec = spec if spec is not None else kind_of_table(table)
    if spec is None:
        skip = {"article_id", "outlet", "sent_id", "sentence", "start_char", "end_char"}
        spec = MarkKind("mark", "", label or "", tuple(c for c in table.columns if c not in skip))
    label_column = label if label is not None else spec.label
    details = [column for column in spec.details if column in table.columns]
    found = []
    for row in table.to_dict("records"):
        attrs = [("kind", spec.kind)]
        if spec.kind == "harm":
            group = _text(row.get("agent_group"))
            attrs += [("group", group), ("agentless", "true" if group == NO_AGENT else "false")]
        elif spec.kind == "hedge" and _text(row.get("target_agent_group")):
            attrs.append(("target-group", _text(row["target_agent_group"])))
        start, end = int(row["start_char"]), int(row["end_char"])
        attrs += [("start", str(start)), ("end", str(end))]
        shown = _text(row.get(label_column)) if label_column else spec.kind
        if spec.kind == "harm" and shown == NO_AGENT:
            shown = "no agent"
        elif spec.kind in ("hedge", "source") and shown and label is None:
            shown = f"{spec.kind} · {shown}"  # "other" is also an agent group: say which list it is from
        lines = [f"{spec.kind} [{start}:{end}]"]
        lines += [f"{column}: {_text(row[column])}" for column in details if _text(row[column]) not in ("", "False")]
        found.append((_text(row["article_id"]), Mark(start, end, tuple(attrs), shown, "\n".join(lines))))
    return found


def mark_text(
    text: str,
    marks: Iterable[Mark],
    *,
    start: int = 0,
    end: int | None = None,
    ids: Iterable[str] = (),
    plain: bool = False,
) -> str:
    """HTML of ``text[start:end]`` with every mark an element around its words.

    Marks may nest or cross: a mark is one ``<mark>`` element carrying its
    ``data-*`` attributes, and where it crosses the end of an enclosing mark
    the rest of it is a continuation ``<mark class="cont" data-of=ID>`` with
    no ``data-kind``, so counting ``[data-kind]`` elements counts marks.
    Offsets are clipped to ``[start, end)``; an empty mark is left out. All
    text is escaped.

    Parameters
    ----------
    text : str
        The whole article text (offsets index it).
    marks : iterable of Mark
    start, end : int
        The slice of ``text`` to draw (a sentence); default all of it.
    ids : iterable of str
        An element id per mark (continuations point to it); default none.
    plain : bool, default False
        Plain text instead of HTML: each mark ``[words]{label}`` (a crossing
        mark closes and opens again where its enclosing mark ends), text unescaped.
    """
    open_, close, escape = (_open_plain, _close_plain, str) if plain else (_open, _close, html.escape)
    end = len(text) if end is None else end
    marks = list(marks)
    ids = list(ids) or [""] * len(marks)
    spans = []
    for order, (mark, mark_id) in enumerate(zip(marks, ids, strict=True)):
        lo, hi = max(mark.start, start), min(mark.end, end)
        if lo < hi:
            spans.append((lo, hi, order, mark, mark_id))
    # outer first: earlier start, then later end, then the order given
    spans.sort(key=lambda span: (span[0], -span[1], span[2]))
    cuts = sorted({start, end, *(s[0] for s in spans), *(s[1] for s in spans)})
    pieces: list[str] = []
    stack: list[tuple] = []
    opened: set[int] = set()
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        active = [span for span in spans if span[0] <= lo and span[1] >= hi]
        keep = 0
        while keep < len(stack) and stack[keep] in active:
            keep += 1
        for span in reversed(stack[keep:]):
            pieces.append(close(span, final=span[1] <= lo))
        del stack[keep:]
        for span in sorted((s for s in active if s not in stack), key=lambda s: (-s[1], s[0], s[2])):
            pieces.append(open_(span, first=span[2] not in opened))
            opened.add(span[2])
            stack.append(span)
        pieces.append(escape(text[lo:hi]))
    for span in reversed(stack):
        pieces.append(close(span, final=True))
    return "".join(pieces)


def _open(span, *, first: bool) -> str:
    _, _, _, mark, mark_id = span
    kind = html.escape(mark.kind)
    if not first:
        return f'<mark class="m cont k-{kind}" data-of="{html.escape(mark_id)}">'
    attrs = "".join(f' data-{name}="{html.escape(value)}"' for name, value in mark.attrs)
    ident = f' id="{html.escape(mark_id)}"' if mark_id else ""
    title = f' title="{html.escape(mark.title)}"' if mark.title else ""
    return f'<mark class="m k-{kind}"{ident}{attrs}{title}>'


def _close(span, *, final: bool) -> str:
    mark = span[3]
    label = f'<span class="lbl">{html.escape(mark.label)}</span>' if final and mark.label else ""
    return f"{label}</mark>"


def _open_plain(span, *, first: bool) -> str:
    return "["


def _close_plain(span, *, final: bool) -> str:
    label = span[3].label
    return "]{" + label + "}" if final and label else "]"


#: Colours per kind and the layout, shared by the page and framing.show.
PAGE_CSS = """
.m{padding:0 1px;border-radius:3px;line-height:1.9}
.m .m{padding:1px 2px}
.k-harm{background:#fbd3c9}.k-passive{background:#d9e4f5}.k-hedge{background:#fff0b3}
.k-source{background:#d8f0d8}.k-toll{background:#ead9f5}.k-mark{background:#e8e8e8}
.m[data-agentless="true"]{outline:2px dashed #b02a0a}
.lbl{font:600 0.62em sans-serif;text-transform:uppercase;margin-left:3px;color:#444;vertical-align:middle}
.m[data-agentless="true"]>.lbl{color:#b02a0a}
.m.off{background:none;outline:none}.m.off>.lbl{display:none}
.sent-block{margin:0.6em 0;line-height:1.9}.sent-meta{font:0.8em sans-serif;color:#555}
"""

_PAGE_STYLE = """
body{font:16px/1.6 Georgia,serif;max-width:62em;margin:1em auto;padding:0 1em;color:#222}
h1,h2,h3,.bar,table,.meta,#status{font-family:sans-serif}
.bar{position:sticky;top:0;background:#fff;padding:0.5em 0;border-bottom:1px solid #ccc;z-index:1}
.bar label{margin-right:1em}
article.doc{border-bottom:1px solid #ddd;padding:0.5em 0}
.meta{font-size:0.85em;color:#555}
.text{white-space:pre-wrap}
table{border-collapse:collapse;font-size:0.85em;width:100%}
td,th{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}
td.none{color:#999;text-align:center}
.facts{color:#555;font-size:0.9em}
"""

# Filters: the address (#outlet=..&group=..&kind=..&agentless=true) sets them on load,
# a change writes them back, so a filtered view can be linked to.
_PAGE_SCRIPT = """
(function(){
  var names=['outlet','group','kind'], box=document.getElementById('f-agentless');
  function sel(n){return document.getElementById('f-'+n);}
  function read(){
    var p=new URLSearchParams(location.hash.slice(1));
    names.forEach(function(n){var s=sel(n);s.value=p.get(n)||'';if(s.selectedIndex<0){s.value='';}});
    box.checked=p.get('agentless')==='true';
  }
  function apply(){
    var o=sel('outlet').value,g=sel('group').value,k=sel('kind').value,a=box.checked;
    var byMark=!!(g||k||a),nArt=0,nMark=0;
    document.querySelectorAll('article.doc').forEach(function(art){
      var hits=0;
      art.querySelectorAll('mark[data-kind]').forEach(function(m){
        var d=m.dataset,on=(!k||d.kind===k)&&(!g||d.group===g||d.targetGroup===g)&&(!a||d.agentless==='true');
        m.classList.toggle('off',!on);if(on){hits++;}
      });
      art.querySelectorAll('mark[data-of]').forEach(function(c){
        var m=document.getElementById(c.dataset.of);c.classList.toggle('off',!!m&&m.classList.contains('off'));
      });
      var show=(!o||art.dataset.outlet===o)&&(!byMark||hits>0);
      art.hidden=!show;if(show){nArt++;nMark+=hits;}
    });
    document.querySelectorAll('[data-claim-outlet]').forEach(function(c){c.hidden=!!o&&c.dataset.claimOutlet!==o;});
    document.getElementById('status').textContent='Showing '+nArt+' of '+
      document.querySelectorAll('article.doc').length+' articles, '+nMark+' marks.';
    var p=new URLSearchParams();
    names.forEach(function(n){if(sel(n).value){p.set(n,sel(n).value);}});
    if(a){p.set('agentless','true');}
    var hash=p.toString(),now=location.hash.slice(1);
    // an anchor (#articles, #s0-3) is left alone unless a filter is set
    if(hash!==now&&(hash||now.indexOf('=')>=0)){history.replaceState(null,'',hash?'#'+hash:location.pathname+location.search);}
  }
  read();apply();
  names.forEach(function(n){sel(n).addEventListener('change',apply);});
  box.addEventListener('change',apply);
  window.addEventListener('hashchange',function(){if(location.hash.indexOf('=')>=0){read();apply();}});
})();
"""


def _clean(table: pd.DataFrame) -> pd.DataFrame:
    """Text columns with "" for missing values, article ids as text."""
    table = table.copy()
    for column in table.columns:
        if not pd.api.types.is_numeric_dtype(table[column]) and not pd.api.types.is_bool_dtype(table[column]):
            table[column] = table[column].map(_text)
    if "article_id" in table.columns:
        table["article_id"] = table["article_id"].map(_text)
    return table


def _options(name: str, label: str, values: Iterable[str]) -> str:
    options = [f'<option value="">all {html.escape(label)}</option>']
    options += [f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values]
    return f'<label>{html.escape(label.capitalize())} <select id="f-{name}">{"".join(options)}</select></label>'


def _article_html(
    index: int, article: Mapping, marks: list[Mark], sentences: pd.DataFrame | None, counter: list
) -> str:
    text = _text(article["text"])
    aid = _text(article["article_id"])
    bounds = []
    if sentences is not None and len(sentences):
        bounds = [(int(r.sent_id), int(r.start_char), int(r.end_char)) for r in sentences.itertuples(index=False)]
    # sentences, and the text between them (a mark outside every sentence is drawn there)
    regions, at = [], 0
    for sent_id, lo, hi in sorted(bounds, key=lambda b: b[1]):
        lo, hi = max(lo, at), max(hi, at)
        if lo > at:
            regions.append((None, at, lo))
        regions.append((sent_id, lo, hi))
        at = hi
    regions.append((None, at, max(at, len(text))))
    pieces = []
    marks = sorted(marks, key=lambda m: (m.start, -m.end))
    for n, (sent_id, lo, hi) in enumerate(regions):
        last = n == len(regions) - 1
        inside = [m for m in marks if lo <= m.start < hi or (last and m.start >= hi)]
        ids = [f"m{counter[0] + i}" for i in range(len(inside))]
        counter[0] += len(inside)
        body = mark_text(text, inside, start=lo, end=hi, ids=ids)
        if sent_id is None:
            pieces.append(body)
        else:
            pieces.append(f'<span class="sent" id="s{index}-{sent_id}">{body}</span>')
    meta = [html.escape(_text(article.get("outlet")))]
    for column in ("date", "article_id"):
        if _text(article.get(column)):
            meta.append(html.escape(_text(article[column])))
    url = _text(article.get("url"))
    if url.startswith(("http://", "https://")):
        meta.append(f'<a href="{html.escape(url)}" rel="noopener noreferrer">{html.escape(url)}</a>')
    title = _text(article.get("title")) or aid
    return (
        f'<article class="doc" id="a{index}" data-outlet="{html.escape(_text(article.get("outlet")))}" '
        f'data-article="{html.escape(aid)}"><h3>{html.escape(title)}</h3>'
        f'<p class="meta">{" · ".join(meta)}</p><div class="text">{"".join(pieces)}</div></article>'
    )


def _claims_html(claims: pd.DataFrame, outlets: list[str], anchors: dict[str, int]) -> str:
    if claims is None or claims.empty:
        return "<p>No fact was found in more than one outlet (or the corpus was too large to align).</p>"
    present = [o for o in outlets if o in set(claims["outlet"])] + [
        o for o in dict.fromkeys(claims["outlet"]) if o not in outlets
    ]
    head = "".join(f'<th data-claim-outlet="{html.escape(o)}">{html.escape(o)}</th>' for o in present)
    rows = []
    for claim_id, group in claims.groupby("claim_id", sort=False):
        by_outlet = {row["outlet"]: row for row in group.to_dict("records")}
        cells = []
        for outlet in present:
            row = by_outlet.get(outlet)
            if row is None:
                cells.append(f'<td class="none" data-claim-outlet="{html.escape(outlet)}">not reported</td>')
                continue
            facts = [
                f"{name}: {html.escape(_text(row.get(name)))}"
                for name in ("voice", "agent_group", "hedge_cues", "sources", "numbers")
                if _text(row.get(name))
            ]
            index = anchors.get(_text(row["article_id"]))
            link = ""
            if index is not None:
                link = f' <a href="#s{index}-{int(row["sent_id"])}">in the article</a>'
            cells.append(
                f'<td data-claim-outlet="{html.escape(outlet)}" data-article="{html.escape(_text(row["article_id"]))}">'
                f'{html.escape(_text(row["sentence"]))}<div class="facts">{"<br>".join(facts)}{link}</div></td>'
            )
        terms = html.escape(_text(group["claim_terms"].iloc[0]))
        rows.append(f'<tr class="claim" data-claim="{int(claim_id)}"><th>{terms}</th>{"".join(cells)}</tr>')
    return f'<table id="claims-table"><tr><th>fact (its terms)</th>{head}</tr>{"".join(rows)}</table>'


def evidence_page(
    corpus: pd.DataFrame,
    tables: Mapping[str, pd.DataFrame],
    *,
    title: str = "framing evidence",
    max_articles: int = MAX_EVIDENCE_ARTICLES,
) -> str:
    """The evidence page of a corpus and its tables, as one HTML string.

    Parameters
    ----------
    corpus : pandas.DataFrame
        The corpus the tables were made from (``article_id``, ``outlet``,
        ``text``; ``title``, ``date``, ``url`` shown when present): offsets index its texts.
    tables : mapping of str to DataFrame
        Tables by pipeline name: the :data:`MARK_KINDS` tables that are
        present are drawn, ``sentences`` gives sentence anchors and
        ``align_claims`` the side-by-side section; any may be missing.
    title : str
        The page title.
    max_articles : int
        Articles drawn, in corpus order (the page says how many were left out).

    Returns
    -------
    str
        A complete HTML document: inline CSS and JavaScript, no external resource.
    """
    corpus = _clean(corpus.reset_index(drop=True))
    shown = corpus.iloc[:max_articles]
    drawn = set(shown["article_id"])
    marks: dict[str, list[Mark]] = {}
    counts = []
    for spec in MARK_KINDS:
        table = tables.get(spec.table)
        if table is None:
            continue
        found = [(aid, mark) for aid, mark in marks_of(_clean(table), spec) if aid in drawn]
        for article_id, mark in found:
            marks.setdefault(article_id, []).append(mark)
        extra = ""
        if spec.kind == "harm":
            extra = f" ({sum(dict(m.attrs)['agentless'] == 'true' for _, m in found)} with no agent)"
        counts.append(f"{html.escape(spec.kind)} {len(found)}{extra}")
    sentences = tables.get("sentences")
    by_article = {} if sentences is None else dict(tuple(_clean(sentences).groupby("article_id", sort=False)))
    anchors = {aid: i for i, aid in enumerate(shown["article_id"])}
    counter = [0]
    articles = [
        _article_html(i, row, marks.get(row["article_id"], []), by_article.get(row["article_id"]), counter)
        for i, row in enumerate(shown.to_dict("records"))
    ]
    outlets = list(dict.fromkeys(corpus["outlet"]))
    groups = []
    if tables.get("harm_events") is not None:
        groups = sorted(set(_clean(tables["harm_events"])["agent_group"]) - {""})
    kinds = [spec.kind for spec in MARK_KINDS if tables.get(spec.table) is not None]
    claims = tables.get("align_claims")
    left_out = ""
    if len(corpus) > len(shown):
        left_out = (
            f"<p><strong>{len(corpus) - len(shown)} of {len(corpus)} articles are not drawn</strong> "
            f"(at most {max_articles} per page): the counts below are of the articles drawn; "
            "the tables hold them all.</p>"
        )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(title)}</title><style>{_PAGE_STYLE}{PAGE_CSS}</style></head><body>",
            f"<h1>{html.escape(title)}</h1>",
            f"<p>{len(corpus)} articles from {len(outlets)} outlets. Marks: {', '.join(counts) or 'none'}. "
            "Hover a mark for its table row; a dashed outline is a harm event with no agent expressed.</p>",
            left_out,
            '<div class="bar">',
            _options("outlet", "outlets", outlets),
            _options("group", "agent groups", groups),
            _options("kind", "kinds", kinds),
            '<label><input type="checkbox" id="f-agentless"> only acts with no agent</label>',
            '<span id="status"></span> <a href="#articles">articles</a> · <a href="#claims">facts</a></div>',
            '<section id="claims"><h2>The same fact across outlets</h2>',
            _claims_html(None if claims is None else _clean(claims), outlets, anchors),
            '</section><section id="articles"><h2>Articles</h2>',
            *articles,
            f"</section><script>{_PAGE_SCRIPT}</script></body></html>",
            "",
        ]
    )


#: Rows read at a time from a run's CSV files, when only some articles are drawn.
READ_CHUNK_ROWS = 100_000


def _read_tables(
    analysis: Analysis | Mapping[str, pd.DataFrame], names: Iterable[str], articles: set[str] | None = None
) -> dict[str, pd.DataFrame]:
    """The tables of a run: from its CSV files when it wrote them (ids kept as text,
    empty cells as ""), else as held; only the rows of ``articles`` when given (read
    in chunks, so a large run's tables are never held whole)."""
    found = {}
    tables = getattr(analysis, "tables", analysis)
    out = getattr(analysis, "out", None)
    for name in names:
        if name not in tables:
            continue
        path = None if out is None else Path(out) / f"{name}.csv"
        if path is None or not path.exists():
            table = tables[name]
            if articles is not None and "article_id" in table.columns:
                table = table[table["article_id"].astype(str).isin(articles)]
            found[name] = table
        elif articles is None:
            found[name] = pd.read_csv(path, dtype={"article_id": str}, keep_default_na=False)
        else:
            chunks = pd.read_csv(path, dtype={"article_id": str}, keep_default_na=False, chunksize=READ_CHUNK_ROWS)
            parts = [chunk[chunk["article_id"].isin(articles)] for chunk in chunks]
            found[name] = pd.concat(parts) if parts else pd.read_csv(path, dtype={"article_id": str}, nrows=0)
        if path is not None and path.exists() and getattr(analysis, "escape_formulas", False):
            found[name] = unescape_formulas(found[name])  # the page shows the text, not the CSV's ' guard
    return found


def write_evidence(
    analysis: Analysis | Mapping[str, pd.DataFrame],
    corpus: pd.DataFrame,
    out: str | Path,
    *,
    max_articles: int = MAX_EVIDENCE_ARTICLES,
) -> Path:
    """Write ``out/evidence.html`` (atomically) for a run of :func:`framing.analyze`.

    Parameters
    ----------
    analysis : framing.pipeline.Analysis or mapping of str to DataFrame
        The run (its tables are read from its CSV files when it wrote them) or the tables.
    corpus : pandas.DataFrame
        The corpus the run analysed (the texts the offsets index).
    out : str or Path
        Directory to write to.
    max_articles : int
        See :func:`evidence_page`.

    Returns
    -------
    Path
        The page written.
    """
    names = [spec.table for spec in MARK_KINDS] + ["sentences", "align_claims"]
    drawn = None
    if len(corpus) > max_articles:
        drawn = set(corpus["article_id"].astype(str).iloc[:max_articles])
    page = evidence_page(corpus, _read_tables(analysis, names, drawn), max_articles=max_articles)
    path = write_text(page, Path(out) / "evidence.html")
    logger.info("evidence page: %s", path)
    return path
