"""Title Case headlines: tagged and parsed again through their lower-cased words.

The small English model reads a headline in Title Case ("Security Forces Shoot
Dozens Of Protesters In Tolbek Square") as a string of proper nouns: "Shoot"
becomes ``NNP``, "Gunmen Kill 22, Torch Houses" loses its second verb, and the
first capitalised word ("Security") becomes the subject. The same words in
lower case ("Security forces shoot dozens of protesters in tolbek square") are
tagged and parsed as a sentence. :func:`retag_title_case` does that for each
Title Case sentence of a Doc, and writes the new tags, lemmas and tree back on
the Doc's own tokens: the text, the tokens, every offset and the named
entities (found on the original casing) stay as they are, and so do the sentence
boundaries, except that a headline line the parser cut in two is one sentence
again (:func:`headline_units`). Only the pipeline's tagging, parsing and lemmatising components run again,
and only on those short sentences (a headline, a Title Case subheading), so an
article is still parsed once. Cost, measured once (2026-12-06, a shared 2-core machine
under load): 15 ms for the re-tag of a ten-word headline against 590 ms for the parse
of the 4,000-character article under it (2.5%); an article with no Title Case sentence
pays only the scan of its sentences.

What is Title Case (:func:`is_title_case`): a sentence without final
punctuation (a headline has none) of at most :data:`MAX_WORDS` tokens, with at
least :data:`MIN_WORDS` alphabetic words after the first, of which at least
:data:`MIN_SHARE` begin with a capital letter. Words in capitals (acronyms,
"RSF") are neither counted nor lowered. The first word keeps its capital.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = [
    "MAX_WORDS",
    "MIN_SHARE",
    "MIN_WORDS",
    "RETAG_COMPONENTS",
    "headline_units",
    "is_title_case",
    "retag_title_case",
]

#: Longest sentence (in tokens) read as a headline: wire headlines stay under 20 words.
MAX_WORDS = 30
#: Fewest alphabetic words after the first: "Troops Fire On Crowd" has three.
MIN_WORDS = 3
#: Share of those words that must begin with a capital ("of", "a" may stay lower case).
MIN_SHARE = 0.75
#: Components run again on the lower-cased words (ner is not: names are found on the casing as written).
RETAG_COMPONENTS = (
    "tok2vec",
    "tagger",
    "morphologizer",
    "parser",
    "attribute_ruler",
    "framing_attribute_ruler",
    "lemmatizer",
)
_FINAL = frozenset(".!?;")
_QUOTES = frozenset("\"'\u201d\u2019)")


def _ends_line(sent: Span) -> bool:
    """Whether ``sent`` ends a line or a sentence: final punctuation or a line break at its end."""
    words = [t for t in sent if not t.is_space]
    ends_space = sent[-1].is_space or "\n" in sent[-1].whitespace_
    return ends_space or not words or words[-1].text[-1:] in _FINAL


def headline_units(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, with a line the parser cut in two ("Gunmen Kill 22, Torch Houses" /
    "In Karsa Villages") joined again: a sentence without final punctuation or line break at its end
    runs on into the next, up to :data:`MAX_WORDS` tokens."""
    units, start = [], None
    for sent in doc.sents:
        start = sent.start if start is None else start
        if _ends_line(sent) or sent.end - start >= MAX_WORDS:
            units.append(doc[start : sent.end])
            start = None
    if start is not None:
        units.append(doc[start : len(doc)])
    return units


def is_title_case(sent: Span) -> bool:
    """Whether ``sent`` is a headline in Title Case (see the module notes)."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > MAX_WORDS:
        return False
    last = len(words) - 1
    while last > 0 and words[last].text in _QUOTES:
        last -= 1
    if words[last].text[-1:] in _FINAL:
        return False
    counted = [t.text for t in words[1:] if t.is_alpha and not (t.is_upper and len(t) > 1)]
    if len(counted) < MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in counted) >= MIN_SHARE * len(counted)


def _lowered(token) -> str:
    text = token.text
    return text if text.isupper() and len(text) > 1 else text.lower()


def retag_title_case(doc: Doc, nlp: Language) -> Doc:
    """``doc`` with each Title Case sentence tagged and parsed again in lower case (module notes)."""
    sents = [s for s in headline_units(doc) if is_title_case(s)]
    if not sents:
        return doc
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc as SpacyDoc

    attrs = [TAG, POS, MORPH, DEP, HEAD, LEMMA]
    array = doc.to_array(attrs)
    strings = doc.vocab.strings
    components = [(name, proc) for name, proc in nlp.pipeline if name in RETAG_COMPONENTS]
    for sent in sents:
        tokens = list(sent)
        fresh = SpacyDoc(
            doc.vocab,
            words=[tokens[0].text] + [_lowered(t) for t in tokens[1:]],
            spaces=[bool(t.whitespace_) for t in tokens],
            sent_starts=[True] + [False] * (len(tokens) - 1),
        )
        for _, proc in components:
            fresh = proc(fresh)
        for new, old in zip(fresh, tokens, strict=True):
            row = array[old.i]
            row[0], row[1] = new.tag, new.pos
            row[2] = strings.add(str(new.morph))
            row[3] = new.dep
            row[4] = (new.head.i - new.i) % 2**64  # HEAD is relative (as uint64), the sentence keeps its place
            row[5] = strings.add(old.text) if new.pos_ == "PROPN" else new.lemma  # a name keeps its casing
    doc.from_array(attrs, array)
    return doc
