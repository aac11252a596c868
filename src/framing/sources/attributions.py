"""Reporting acts found in the dependency parse: who is cited, with which verb, for what.

* a reporting verb (``framing/data/reporting_verbs.csv``) with a subject or a
  "by" agent and some content: "X said (that) ...", "..., X said",
  "said X", "X told Y ...", "X reported / claimed / accused / warned ...";
* "according to X" and "per X" (the content is the clause it modifies);
* direct quotations (:func:`framing.sources.quotes.find_quotes`) linked to
  the reporting verb next to them; a quotation that continues after its
  attribution sentence (the next sentence, the next paragraph) extends that
  attribution's content.

The closed-class words the rules need by role (pronouns, expletives,
addressee verbs ...) are in ``framing/data/attribution_words.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..docview import cache_per_doc, doc_text, iter_sents, token_strings
from .datelines import dateline_end
from .quotes import find_quotes, is_inside, link_quotes
from .relays import is_citing, relay_parts
from .shapes import (
    attribution_words,
    coordinated_sources,
    inverted_object_source,
    named_head,
    reduced_passive,
    subject_in_fronted_phrase,
)
from .verbs import ReportingVerb, reporting_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DIRECT_SHARE", "MIN_QUOTE_WORDS", "Attribution", "find_attributions", "is_pronoun_source"]

#: A quotation shorter than this many words is a scare quote ("massacres"),
#: not reported speech, unless a reporting verb governs it.
MIN_QUOTE_WORDS = 4
#: Share of an attribution's content inside quote marks from which it counts
#: as a direct quotation (a decision: mostly the source's own words).
DIRECT_SHARE = 0.5

_SUBJECTS = {"nsubj", "csubj"}
_CONTENT = {"ccomp", "xcomp", "dobj", "parataxis", "oprd", "advcl", "attr"}
# Children of a source noun that are parentheticals, not part of its name.
_PARENTHETICAL = {"relcl", "appos", "punct", "parataxis", "acl", "advcl"}
# Verbs whose direct object is the addressee, not the content ("told the BBC").


def _words(role: str) -> frozenset[str]:
    """The words of ``role`` in ``framing/data/attribution_words.csv``."""
    return attribution_words(role)


@dataclass(frozen=True)
class Attribution:
    """One reporting act. Offsets are characters of the Doc text.

    ``start_char``/``end_char`` cover the reporting verb ("said",
    "according to"); ``content_start``/``content_end`` the reported clause or
    quotation (which may run into later sentences); ``source_start`` and
    ``source_end`` the source's noun phrase; ``source_lemma`` the lemma of its head
    ("witness" for "witnesses"), which the source taxonomy matches.
    """

    source: str
    source_head: str
    verb: str
    kind: str
    sent_id: int
    start_char: int
    end_char: int
    content_start: int
    content_end: int
    source_start: int = -1
    source_end: int = -1
    verb_lemma: str = ""
    source_context: str = ""
    source_lemma: str = ""


def is_pronoun_source(record: Attribution) -> bool:
    """The source is a bare personal pronoun ("he said"), kept as written."""
    head = record.source_head.lower()
    return head in _words("pronoun") and record.source.lower() == head


def _tok_span(tokens) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_space]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _trimmed(tokens) -> list:
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in {"that"} and tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _source_tokens(head, verb=None) -> list:
    """The source noun phrase: the head's subtree without parentheticals,
    contiguous around the head."""
    drop = {t.i for t in verb.subtree} if verb is not None and verb.head.i == head.i else set()
    for token in head.subtree:
        if (
            token.text in "()[]"
            or token.dep_ in {"relcl", "appos", "parataxis"}
            or token.i != head.i
            and token.head.i == head.i
            and token.dep_ in _PARENTHETICAL
        ):
            drop.update(t.i for t in token.subtree)
    kept = [t for t in head.subtree if t.i not in drop]
    left = [t for t in kept if t.i <= head.i]
    right = [t for t in kept if t.i > head.i]
    # keep the contiguous run that contains the head
    run = [head]
    for t in sorted(left, key=lambda t: -t.i):
        if t.i == run[0].i:
            continue
        if t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    for t in sorted(right, key=lambda t: t.i):
        if t.i == run[-1].i + 1:
            run.append(t)
        else:
            break
    # an opening bracket left without its closing one ends the name: "Observatory (SOHR"
    for k, t in enumerate(run):
        if t.text in "([" and t.i > head.i and not any(u.text in ")]" for u in run[k:]):
            run = run[:k]
            break
    return _trimmed(run) or [head]


def _subject(verb):
    """(source head, via) for a reporting verb, or (None, '')."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.lower_ not in {"there"}]
    if len(subjects) > 1:
        # "a blast that doctors said left 40 dead": the relative pronoun belongs to the reported
        # clause; the other subject is the speaker
        named = [c for c in subjects if c.lower_ not in _words("relative_pronoun")]
        if len(named) == 1 and named[0].lower_ not in _words("expletive"):
            return named[0], "subject"
        adjacent = [c for c in named if c.right_edge.i == verb.i - 1 and c.i < verb.i]
        if len(named) > 1 and len(adjacent) == 1 and verb.doc[adjacent[0].left_edge.i - 1].text == ",":
            return adjacent[0], "subject"  # "Ferry disaster: 40 feared dead, coastguard says"
        if len(named) == 2 and named[0].pos_ == "NOUN" and named[1].pos_ == "PROPN":
            if named[1].left_edge.i == named[0].i + 1:
                return named[1], "subject"  # "the charity Open Wells said", read as two subjects
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.lower_ not in {"there"}:
            if (
                child.lower_ in _words("relative_pronoun")
                and child.tag_ in {"WP", "WDT"}
                and verb.dep_ == "relcl"
                and verb.head.pos_ in {"NOUN", "PROPN"}
            ):
                return verb.head, "relative"  # "a shopkeeper who told me ...": the modified noun
            if child.lower_ in _words("expletive") - _words("pronoun"):
                # an active subject "it" refers ("..., it said"); the dummy "it"
                # of "it was said that" is a passive subject, never found here
                return None, ""
            if child.lower_ in _words("negative_subject") or (
                child.lower_ == "one" and any(g.lower_ == "no" for g in child.children)
            ):
                return None, ""
            return child, "subject"
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], "agent"
    if verb.lemma_.lower() in _words("quoted_as_verb") and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        # "X was quoted as saying ...": with no "by" agent the passive subject is the speaker
        for child in verb.children:
            if child.dep_ == "nsubjpass" and child.lower_ not in _words("expletive"):
                return child, "passive"
    inverted = inverted_object_source(verb)  # "..., reported the Lumbe Times." read as an object
    if inverted is not None:
        return inverted, "subject"
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and (verb.tag_ == "VBD" or verb.head.dep_ == "ROOT"):
        # a mis-parse: "The UN envoy called on ..." read as a reduced relative
        return verb.head, "head"
    after_comma = verb.i > 0 and verb.nbor(-1).text == ","
    # "Citing hospital records, the group said" (not "Reporting from the border, X said": no content)
    fronted = verb.dep_ == "advcl" and verb.i < verb.head.i and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    if verb.tag_ == "VBG" and (after_comma or fronted) and verb.dep_ in {"advcl", "xcomp", "acl", "conj"}:
        # "The ministry revised the toll, saying ...": the participle shares the
        # subject of the clause it hangs from, even when the parser attached it
        # to a noun or verb inside that clause ("X blamed crowds guarded by Y, saying")
        host = _clause_of(verb.head)
        if host is not None:
            return _subject(host)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "sources saying ...", "a statement saying ..."
        return verb.head, "head"
    fronted_subject = subject_in_fronted_phrase(verb)  # "In an interview with Radio X, Minister Y said"
    return (fronted_subject, "subject") if fronted_subject is not None else (None, "")


#: Dependency labels of a clause that stands in the sentence on its own
#: (a main clause or its conjunct), not inside a phrase or a reported clause:
#: "X said Y ..., adding that ..." is what X adds.
_OWN_CLAUSES = {"ROOT", "conj", "parataxis"}


def _clause_of(token):
    """The verb heading the clause ``token`` belongs to, climbing out of noun
    phrases, relative and participle clauses; None when there is none."""
    node = token
    while True:
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in _OWN_CLAUSES:
            return node
        if node.head.i == node.i:
            return None
        node = node.head


def _after_dateline(source, verb, end: int):
    """The subject of ``verb`` once a dateline the parser took for it is set
    aside: another subject after the dateline, or the highest noun of the
    subject's phrase after it ("TARVIN (AP) - Witnesses said"); else None."""
    candidates = [c for c in verb.children if c.dep_ in _SUBJECTS and c.idx >= end]
    after = [t for t in source.subtree if t.idx >= end]
    candidates += [t for t in after if t.head.idx < end]
    for token in candidates:
        if token.pos_ in {"NOUN", "PROPN", "PRON"}:
            return token
    return None


def _content_tokens(verb, source, entry: ReportingVerb) -> list:
    if inverted_object_source(verb) is not None:  # "..., reported the Times.": the clause before it
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own]
    tokens = []
    children = list(verb.children)
    for child in children:
        if child.dep_ in _CONTENT:
            if (
                child.dep_ in {"dobj", "dative"}
                and verb.lemma_ in _words("addressee_verb")
                and not (child.dep_ == "dobj" and any(c.dep_ == "dative" for c in children))
            ):
                continue  # the addressee: "told Reuters (that ...)"; "told me the story" keeps the story
            if child.dep_ == "advcl" and not (child.tag_ == "VBG" or entry.complements or _that_clause(child)):
                continue
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and entry.complements:
            if f"prep:{child.lower_}" in entry.complements or child.lower_ == "as":
                tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in {"of", "for", "as"} and verb.lemma_ in _words("charge_verb"):
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in _words("topic_preposition"):
            tokens.extend(child.subtree)  # "warned of an outbreak", "spoke about the raid"
    if not tokens:
        # "acknowledged in a brief statement that ...": the clause hangs on a noun of the verb's phrase
        clause = _noun_that_clause(verb)
        if clause is not None:
            tokens = list(clause.subtree)
    if verb.dep_ in {"parataxis", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} and not tokens:
        # "..., the group said" attached under the reported clause
        own = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in own]
    if not tokens:
        tokens = _fronted_content(verb)
    if verb.dep_ == "relcl" and not tokens and verb.head.dep_ in _SUBJECTS and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "a shooting that medics said left 87 dead": the relative pronoun is the subject of the reported clause
        own = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.head.subtree if t.i not in own]
    if verb.dep_ == "acl" and not tokens and any(c.dep_ == "agent" for c in verb.children):
        # "the toll reported by the monitor": the content is the modified noun
        own = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in own]
    if source is None:
        return tokens
    source_ids = outside_subtree(source, verb)
    return [t for t in tokens if t.i not in source_ids]


def outside_subtree(node, root) -> set[int]:
    """Indices of ``node``'s subtree that are not in ``root``'s subtree (both Tokens of one Doc)."""
    if node.i == root.i or root.is_ancestor(node):
        return set()  # the usual case, a subject under its verb: all inside
    if node.is_ancestor(root):
        return {t.i for t in node.subtree} - {t.i for t in root.subtree}
    return {t.i for t in node.subtree}  # separate branches


def _noun_that_clause(verb):
    """A "that"-clause (with the complementiser "that", not a relative pronoun)
    attached to the object of a preposition of ``verb``: "acknowledged in a
    statement that ...", "said on television that ..."."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.children:
                if clause.dep_ in {"relcl", "acl", "ccomp"} and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in clause.children
                ):
                    return clause
    return None


def _fronted_content(verb) -> list:
    """What a main verb ending a headline reports: "Bralin: 64 buried ..., activist
    says", parsed with no clause under the verb; the words before the comma that
    precedes its subject."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if verb.dep_ != "ROOT" or len(subjects) != 1 or subjects[0].left_edge.i == 0:
        return []
    start = subjects[0].left_edge.i
    if verb.doc[start - 1].text != ",":
        return []
    # a clause, or a headline's "Place: what happened" (a colon inside the phrase)
    fronted = [c for c in verb.children if c.i < start - 1 and not c.is_punct]
    fronted = [c for c in fronted if c.dep_ in {"dep", "ccomp", "parataxis"} or any(t.text == ":" for t in c.subtree)]
    return [t for c in fronted for t in c.subtree]


def _that_clause(clause) -> bool:
    """The clause opens with the complementiser "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _denies_content(verb) -> bool:
    """The verb's object denies any content: "said nothing", "said not a word", "no comment"."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in _words("negative_object"):
            return True
        if any(g.dep_ == "neg" or g.dep_ == "det" and g.lower_ == "no" for g in child.children):
            return True
    return False


def _complement_ok(verb, entry: ReportingVerb) -> bool:
    if not entry.complements:
        return True
    if "clause" in entry.complements and _has_clause(verb):
        return True
    for child in verb.children:
        for need in entry.complements:
            if need.startswith("prep:") and child.dep_ in {"prep", "prt"} and child.lower_ == need[5:]:
                return True
            if need.startswith("object:") and child.dep_ == "dobj" and child.lemma_.lower() in need[7:].split("|"):
                return True  # "put the figure in the hundreds", "raised the toll to 95"
            if child.dep_ == need:
                return True
    return False


def reports_clause(verb) -> bool:
    """The verb reports a clause or quotation: "added that ...", '"...," he added',
    "..., he added", "He added: ..." (not "added sugar to the tea")."""
    return _has_clause(verb)


def _has_clause(verb) -> bool:
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
        return True
    if _noun_that_clause(verb) is not None:
        return True
    if any(c.dep_ == "advcl" and _that_clause(c) for c in verb.children):
        return True  # "reported, without citing sources, that ...": the clause read as an adverbial
    if _fronted_content(verb) or inverted_object_source(verb) is not None:
        return True
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if verb.dep_ == "relcl" and len(subjects) == 2 and subjects[0].lower_ in _words("relative_pronoun"):
        return True  # "a shooting that medics said left 87 dead": the pronoun's clause is reported
    if verb.dep_ == "ccomp" and verb.i < verb.head.i:
        return False  # 'aides blamed "elements", a statement said': the verb is what the other reports
    if verb.dep_ in {"parataxis", "advcl", "ccomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "..., the group said" hangs under the clause it reports; a subordinate
        # clause with its own conjunction ("while the envoy called ...") does not
        return not (verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children))
    following = [t for t in verb.doc[verb.i + 1 : verb.i + 3] if not t.is_space]
    return bool(following) and following[0].text == ":"


@cache_per_doc  # asked for by the attributions, harm_events and casualties tables
def find_attributions(
    doc: Doc, *, lexicon: str | Path | None = None, min_quote_words: int = MIN_QUOTE_WORDS
) -> list[Attribution]:
    """Find the reporting acts of a Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed (dependency parse, lemmas, sentences).
    lexicon : str or Path, optional
        Reporting-verb lexicon: a CSV path; ``None`` reads the packaged file (columns ``lemma``,
        ``verb_class``, ``complement``, ``rationale``).
    min_quote_words : int
        Shortest quotation treated as speech when no reporting verb governs
        it directly (:data:`MIN_QUOTE_WORDS`).

    Returns
    -------
    list of Attribution
        In text order of the reporting verb.

    Notes
    -----
    * A pronoun source ("he said", "..., it said") is kept as written, the
      pronoun as ``source_head``; :func:`attributions` gives it the type of
      the last named source before it. The dummy "it" of "it was reported
      that" is a passive subject and gives no attribution.
    * A dateline ("GENEVA, March 3 (AFP) -", :mod:`framing.sources.datelines`)
      is never a source: when the parser takes it for the subject, the
      subject after it is used.
    * Passive reporting without an agent ("it was reported that", "X is said
      to") has no source and is a hedge (:mod:`framing.hedging`), not an
      attribution.
    * A participle after a comma (", saying ...") takes the subject of the
      clause it hangs from, climbing out of the noun phrases, relative and
      reported clauses the parser may attach it to; when the parser attaches it to the wrong verb ("the killings
      went on despite X, vowing ...") the source is wrong.
    * A reporting verb whose subject the parser missed is lost; a quotation
      neither governed by nor adjacent to a reporting verb is not attributed.
    """
    verbs = reporting_verbs(lexicon)
    text = doc_text(doc)
    quotes = [q for q in find_quotes(text)]
    sents = list(iter_sents(doc))
    tokens = token_strings(doc)
    # sentence id -> first character after its dateline ("GENEVA (AFP) -")
    datelines = {}
    for sent_id, sent in sents:
        length = dateline_end(text[sent.start_char : sent.end_char])
        if length:
            datelines[sent_id] = sent.start_char + length
    found: list[Attribution] = []
    for sent_id, sent in sents:
        for i in range(sent.start, sent.end):
            # only "according" and reporting verbs go on: a spaCy Token for these only
            lower = tokens.lower[i]
            if lower not in {"according", "per"} and (tokens.pos[i] != "VERB" or tokens.lemma[i].lower() not in verbs):
                continue
            token = doc[i]
            if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
                found.extend(_according(token, sent, sent_id, text))
                continue
            if lower == "per":
                found.extend(_per(token, sent, sent_id, text))
                continue
            entry = verbs.get(token.lemma_.lower())
            if entry is None or token.pos_ not in {"VERB"}:
                continue
            if (
                not (_complement_ok(token, entry) or is_citing(token) or relay_parts(token))
                or _denies_content(token)
                or reduced_passive(token)
            ):
                continue
            source, _ = _subject(token)
            if source is not None and source.idx < datelines.get(sent_id, -1):
                source = _after_dateline(source, token, datelines[sent_id])
            if source is None or is_inside(source.idx, quotes):
                continue
            if is_inside(token.idx, quotes):
                # a reporting verb inside a quotation is quoted speech, not the
                # outlet's attribution
                continue
            content = _content_tokens(token, source, entry)
            content = _trimmed(content)
            if content:
                c_start, c_end = _tok_span(content)
            else:
                c_start = c_end = -1
            # a particle written next to the verb is part of it ("called on"), one after the object not
            verb_tokens = [token, *[c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1]]
            relays = relay_parts(token, source)
            if relays:
                # "X was quoted by Y as saying": the speaker and the relay, one act each
                speakers = [(r.source, list(r.verb_tokens)) for r in relays]
            else:
                # "police and hospital officials said": one reporting act per coordinated source
                speakers = [(s, verb_tokens) for s in sorted([source, *coordinated_sources(source)], key=lambda t: t.i)]
            for speaker, act_tokens in speakers:
                source_toks = _source_tokens(speaker, token)
                s_start, s_end = _tok_span(source_toks)
                v_start, v_end = _tok_span(act_tokens)
                found.append(
                    Attribution(
                        source=text[s_start:s_end],
                        source_head=named_head(speaker).text,
                        verb=" ".join(t.text for t in sorted(act_tokens, key=lambda t: t.i)).lower(),
                        kind="indirect",
                        sent_id=sent_id,
                        start_char=v_start,
                        end_char=v_end,
                        content_start=c_start,
                        content_end=c_end,
                        source_start=s_start,
                        source_end=s_end,
                        verb_lemma=act_tokens[-1].lemma_.lower() if act_tokens[-1].tag_ == "VBG" else entry.lemma,
                        source_context=" ".join(t.text for t in speaker.subtree),
                        source_lemma=speaker.lemma_.lower(),
                    )
                )
    return link_quotes(found, quotes, sents, text, min_quote_words=min_quote_words, direct_share=DIRECT_SHARE)


def _per(token, sent, sent_id, text) -> list[Attribution]:
    """ "Per the latest UN figures, ...", "Per Reuters, ...": "per" as "according to".

    Only a "per" on the clause's verb whose object is a determined noun or a
    name: "3 dollars per litre" is a rate, not a source.
    """
    if token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
        return []
    objs = [c for c in token.children if c.dep_ == "pobj"]
    if not objs or not (objs[0].pos_ == "PROPN" or any(c.dep_ in {"det", "poss"} for c in objs[0].children)):
        return []
    return _according(token, sent, sent_id, text, source=objs[0], verb_tokens=[token], verb="per")


def _according(token, sent, sent_id, text, *, source=None, verb_tokens=None, verb="according to") -> list[Attribution]:
    """One attribution per source of "according to X (and Y)" / "per X"."""
    if source is None:
        to = next(c for c in token.children if c.lower_ == "to")
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return []
        source = objs[0]
        verb_tokens = [token, to]
    phrase = {t.i for t in token.subtree}
    head = token.head
    if head.i == token.i or head.pos_ not in {"VERB", "AUX"}:
        scope = [t for t in sent if t.i not in phrase]
    else:
        scope = [t for t in head.subtree if t.i not in phrase]
    content = _trimmed(scope)
    if not content:
        return []
    c_start, c_end = _tok_span(content)
    v_start, v_end = _tok_span(verb_tokens)
    return [
        _according_record(s, verb, sent_id, text, (v_start, v_end), (c_start, c_end))
        for s in sorted([source, *coordinated_sources(source)], key=lambda t: t.i)
    ]


def _according_record(source, verb, sent_id, text, verb_span, content_span) -> Attribution:
    s_start, s_end = _tok_span(_source_tokens(source))
    (v_start, v_end), (c_start, c_end) = verb_span, content_span
    return Attribution(
        source=text[s_start:s_end],
        source_head=named_head(source).text,
        verb=verb,
        kind="indirect",
        sent_id=sent_id,
        start_char=v_start,
        end_char=v_end,
        content_start=c_start,
        content_end=c_end,
        source_start=s_start,
        source_end=s_end,
        verb_lemma=verb,
        source_context=" ".join(t.text for t in source.subtree),
        source_lemma=source.lemma_.lower(),
    )
