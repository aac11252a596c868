"""The clause a finite verb at the end of a series belongs to, when the parser
hangs it on a clause of another kind.

Real reports list what the doers did in one long series: "members of X broke
down doors, shot civilians, looted property and burned houses"; "X drove
into the town, some carrying rocket launchers, and attacked the school"; "X
and Y blocked patients receiving care and shot live bullets into the ward";
"X seized the mine, beat those who refused and looted the stores". The
parser often joins the last verb to an absolute aside, to a participle or
relative clause on an object, or to a verb it read as a noun, and the last
verb then takes that clause's subject ("some", "patients", "those") as its
doer. A finite verb with an object of its own cannot be coordinated with a
participle or an absolute clause, so it belongs to the verb that clause
hangs on (:func:`series_holder`).
"""

from __future__ import annotations

from .tree import Node
from .words import word_set

__all__ = ["misread_verb", "series_holder", "series_participle_holder", "series_root_holder", "span_holder"]

#: Finite verb tags: a past tense or a present one.
FINITE = ("VBD", "VBZ", "VBP")
#: Participle tags.
PARTICIPLE = ("VBG", "VBN")
VERBS = ("VERB", "AUX")


def misread_verb(word: Node) -> bool:
    """A verb the tagger read as a noun in a series of verbs: a conjunct of
    a verb with a direct object of its own ("broke down doors, [shot]
    civilians, looted property")."""
    return word.pos_ == "NOUN" and word.dep_ == "conj" and word.head.pos_ in VERBS and bool(word.with_dep("dobj"))


def _has_own(word: Node, *deps: str) -> bool:
    return bool(word.with_dep(*deps))


def _aside_holder(head: Node) -> Node | None:
    """The verb an absolute aside ("some carrying rocket launchers", ``aside_subjects.csv``
    as its subject, after a comma) hangs on, or the clause before it that the parser
    hung on the aside ("X drove into the town, some camouflaged and ... attacked")."""
    subjects = head.with_dep("nsubj")
    if not subjects:
        return None
    part = subjects[0]
    tree = head.tree
    if part.text.lower() not in word_set("aside_subjects") or part.with_dep("det"):
        return None
    if part.i == 0 or tree.text[part.i - 1] != ",":
        return None
    if head.tag_ in PARTICIPLE and head.dep_ in ("advcl", "conj") and head.head.pos_ in VERBS and head.head.i < part.i:
        return head.head
    for child in head.children:
        if child.dep_ in ("ccomp", "advcl", "conj") and child.pos_ in VERBS and tree.right_edge(child.i) < part.i:
            if child.with_dep("nsubj", "nsubjpass"):
                return child
    return None


def series_holder(verb: Node) -> Node | None:
    """The verb whose subject a finite conjunct ``verb`` shares, when its
    head is an absolute aside, a participle or relative clause on an object,
    or None when the usual first conjunct is right.

    * an absolute aside: "X rode into Karsi, some carrying launchers, and
      attacked the market" (the verb the aside hangs on);
    * a participle on an object: "blocked patients receiving care and shot
      bullets into the ward" (the verb whose object it is);
    * a relative clause on an object in a comma series: "seized the mine,
      beat those who refused and looted the stores" (the verb of the series).

    The conjunct is finite and has an object of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or not _has_own(verb, "dobj"):
        return None
    if _has_own(verb, "nsubj", "nsubjpass"):
        return None
    head = verb.head
    found = _aside_holder(head)
    if found is not None:
        return found
    owner = head.head
    if head.dep_ == "acl" and head.tag_ == "VBG" and owner.dep_ == "dobj" and owner.head.pos_ in VERBS:
        return owner.head  # "blocked [patients receiving care] and shot"
    if (
        head.dep_ == "relcl"
        and not _has_own(head, "dobj")
        and owner.dep_ == "dobj"
        and owner.head.dep_ == "conj"
        and owner.head.i > 0
        and head.tree.text[owner.head.i - 1] == ","
    ):
        return owner.head  # "seized the mine, forced the workers to dig, beat [those who refused] and looted"
    return None


def series_root_holder(verb: Node) -> Node | None:
    """The first verb of a series the parser hung below a subjectless root as
    if it were reported speech: "Rebels seized the quarry, forced the workers
    to dig, beat ..." read as "[Rebels seized the quarry], forced ...". The
    root has no subject of its own and an object; the clause before it has a
    subject and ends at a comma right before the root. None otherwise ("X
    killed nine, police said": the root has its own subject)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or _has_own(verb, "nsubj", "nsubjpass", "expl"):
        return None
    if not _has_own(verb, "dobj"):
        return None
    tree = verb.tree
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i < verb.i and child.tag_ in FINITE and child.with_dep("nsubj"):
            if tree.right_edge(child.i) == verb.i - 2 and tree.text[verb.i - 1] == ",":
                return child
    return None


def series_participle_holder(verb: Node) -> Node | None:
    """The verb of a series whose object the parser hung the next verb of the
    series on as a participle: "broke down doors, shot farmers, looted shops
    and burned huts" read as "farmers [looted shops ...]". A participle with a
    direct object of its own after a comma is no reduced passive; it is the
    next finite verb, whose subject is the series' (the verb whose object the
    noun is). None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or not _has_own(verb, "dobj"):
        return None
    if _has_own(verb, "nsubj", "nsubjpass", "aux", "auxpass") or verb.i == 0 or verb.tree.text[verb.i - 1] != ",":
        return None
    noun = verb.head
    if noun.dep_ == "dobj" and noun.head.pos_ in VERBS and noun.head.i < noun.i:
        return noun.head
    return None


def span_holder(verb: Node) -> Node | None:
    """The verb of the clause a span of time is fronted on, for a gerund in
    the span's "of" phrase: "After four years of battling X, the army still
    faces ...", "after months of shelling the town, troops ..." (the span,
    ``duration_nouns.csv``, is the object of a preposition hung on the verb).
    None otherwise."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.text.lower() != "of":
        return None
    span = preposition.head
    if span.dep_ != "pobj" or span.lemma_.lower() not in word_set("duration_nouns"):
        return None
    holder = span.head.head
    return holder if span.head.dep_ == "prep" and holder.pos_ in VERBS else None
