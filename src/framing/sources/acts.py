"""Reporting acts in the sense of the real-report labelling guidelines.

:func:`framing.find_attributions` keeps every attribution it finds, among
them labelling and appeal verbs ("called the bombing an act of terror",
"urged residents to leave") and reporting verbs inside what another source
reports ("the group said it had recorded 312 deaths"). The guidelines of
``data/validation/sources_real.csv`` (``tolls_sources_real_guidelines.md``)
count narrower acts: a verb that reports a clause, a quotation or a figure,
"according to" / "per", and the non-clausal attributions (put / raise /
revise the toll, citing, quoting, quoted by), and only the sentence's own
attribution frame. :func:`find_reporting_acts` applies that definition to
the attributions: the rules decide what an act is, and the validation
(:func:`framing.validation.reports.evaluate_sources_real`) scores what
they give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..docview import cache_per_doc
from .attributions import Attribution, find_attributions, reports_clause
from .relays import is_citing, relay_parts
from .shapes import attribution_words
from .verbs import reporting_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CLAUSE_ONLY_CLASSES", "PREPOSITIONAL_ACTS", "find_reporting_acts"]

#: Reporting-verb classes (``framing/data/reporting_verbs.csv``) whose acts the
#: guidelines count only when they report a clause: "labelling or appeal verbs
#: without a clause (called X a massacre, called on, blamed X on Y ...)" are not
#: reporting acts, not even with a quoted object ('blamed "anti-social elements"').
CLAUSE_ONLY_CLASSES = frozenset({"evaluative", "directive"})
#: Attributions by a preposition ("according to", "per"): their content is the
#: whole clause, so a reporting verb in it is still the sentence's own frame.
PREPOSITIONAL_ACTS = frozenset({"according to", "per"})


@cache_per_doc
def find_reporting_acts(doc: Doc) -> list[Attribution]:
    """The attributions of ``doc`` that are reporting acts in the guidelines' sense.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed as for :func:`framing.find_attributions`.

    Returns
    -------
    list of Attribution
        A subset of :func:`framing.find_attributions`, in its order.

    Notes
    -----
    An attribution is kept when

    * it is an "according to" / "per" attribution;
    * its verb reports a clause (:func:`framing.sources.attributions.reports_clause`);
      for a verb of :data:`CLAUSE_ONLY_CLASSES` or a charge verb ("accused X of
      ...") nothing else will do;
    * otherwise its content is a quotation, a gerund clause ("denied targeting
      civilians", "reported hearing gunfire"), a figure ("reported 23 deaths", "confirmed the figure"), or it
      is a non-clausal attribution (put / raise the toll, "citing X", "quoted by
      Y"). "claimed responsibility", "told residents to stay indoors" and
      "has claimed 2,000 lives" report nothing and are left out.

    and its verb is not negated ("officials have not said how many died",
    "the army did not confirm the figure": nothing is reported, as with
    "declined to comment"), and it is the sentence's own frame: a reporting verb in the clause another
    reporting verb reports is left out ("the group said it had recorded 312
    deaths": only "said"), unless its clause has its own speaker and stands
    beside the other as a contrast ("..., while the Observatory said") or a
    separate conjunct (", and a teacher told AFP ..."). A participle
    (", saying") and a reduced relative with its agent ("the 300 reported by
    opposition groups") are the writer's own attributions.
    A conjunct reported clause with its own subject after a comma ("the mayor
    said the town was shelled, and he had counted 30 bodies") is wrongly kept.
    """
    verbs = reporting_verbs()
    charges = attribution_words("charge_verb")
    starts = {t.idx: t for t in doc}
    records = find_attributions(doc)
    frames = {r.start_char for r in records if r.verb_lemma not in PREPOSITIONAL_ACTS}
    acts = []
    for record in records:
        verb = starts.get(record.start_char)
        if record.verb_lemma in PREPOSITIONAL_ACTS or verb is None:
            acts.append(record)
            continue
        entry = verbs.get(verb.lemma_.lower())
        clause_only = entry is not None and (entry.verb_class in CLAUSE_ONLY_CLASSES or entry.lemma in charges)
        if not reports_clause(verb) and (clause_only or not _reports_other(verb, record, entry)):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "officials have not said how many": nothing reported, as "declined to comment"
        if _embedded(verb, frames):
            continue  # a verb inside another act's reported clause: not the sentence's own frame
        acts.append(record)
    return acts


def _reports_other(verb, record: Attribution, entry) -> bool:
    """A quotation, a gerund clause, a figure or a non-clausal attribution."""
    if record.kind == "direct" or is_citing(verb) or relay_parts(verb):
        return True
    if entry is not None and any(c.startswith("object:") for c in entry.complements):
        return True  # "put / raised the toll": the verb's lexicon entry asks for a figure object
    if verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children) and _is_figure(verb.head):
        return True  # "the 300 reported by opposition groups"
    for child in verb.children:
        if child.dep_ in {"xcomp", "pcomp"} and child.tag_ == "VBG":
            return True  # "denied targeting civilians"
        if child.dep_ == "dobj" and _is_figure(child):
            return True
    return _perception_gerund(verb)


def _perception_gerund(verb) -> bool:
    """ "reported hearing gunfire": a perception gerund right after the verb, which
    the parser often reads as a noun compound of the object ("hearing" + "gunfire")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return False
    word = doc[verb.i + 1]
    if word.lower_ not in attribution_words("perception_gerund"):
        return False
    return word.head.i == verb.i or (word.dep_ == "compound" and word.head.head.i == verb.i)


def _is_figure(noun) -> bool:
    """A counted object ("23 deaths", "the figure"), not one that counts harm ("2,000 lives")."""
    if noun.lemma_.lower() in attribution_words("harm_object"):
        return False
    units = attribution_words("time_unit")
    if any(t.pos_ == "NUM" and t.head.lemma_.lower() not in units for t in noun.subtree):
        return True  # "23 deaths", "the killing of 85 people"; not "three days of mourning"
    return noun.lemma_.lower() in attribution_words("figure_noun")


def _own_clause(node) -> bool:
    """``node`` heads a clause standing beside the one above it, with its own
    speaker: "..., while the Observatory said", "..., and a teacher told AFP"."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in attribution_words("contrast_mark") for c in node.children)
    if node.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in node.children):
        # "X said A, and Y told AFP that B", with the second clause parsed as what X said
        start = node.left_edge.i
        return (
            start >= 2
            and node.doc[start - 1].dep_ == "cc"
            and node.doc[start - 2].text == ","
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        )
    if node.dep_ != "conj" or any(c.dep_ == "mark" for c in node.children):
        return False
    before = node.doc[max(node.head.i, node.i - 40) : node.i]
    coordinator = [t for t in before if t.dep_ == "cc" and t.head.i == node.head.i and t.i > 0]
    return (
        bool(coordinator)
        and node.doc[coordinator[-1].i - 1].text == ","
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    )


def _embedded(verb, frames) -> bool:
    """The verb is in a clause another reporting verb reports ("said it had recorded")."""
    if verb.tag_ == "VBG":
        return False  # ", saying ...", ", adding ...": a participle of the frame, not its content
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return False  # "the 300 reported by opposition groups": the writer's attribution of a figure
    node = verb
    while node.head.i != node.i:
        if _own_clause(node):
            return False
        if node.dep_ == "ccomp" and node.head.idx in frames and node.head.i < verb.i:
            return True
        node = node.head
    return False
