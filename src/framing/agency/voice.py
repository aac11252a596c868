"""Passive voice: which participles are passives, with their by-agent and patient."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..docview import cache_per_doc
from ..hints import WordListInput
from ..lexicons import load_lexicon
from ..syntax import (
    NOUNISH,
    SUBJECT_DEPS,
    Node,
    armed_clause,
    by_agent,
    controller,
    has_own_object,
    is_punct,
    parse_tree,
    phrase,
    resolve_relative,
    word_set,
)
from .heads import stranded_by_allegiance

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["STATIVE_LEXICON", "Passive", "find_passives", "passive_triples"]

#: The packaged lexicon of stative and psych participles (``stative=None``).
STATIVE_LEXICON = "stative_participles"


@dataclass(frozen=True)
class Passive:
    """One passive construction; offsets are those of the participle."""

    sent_id: int
    verb: str
    lemma: str
    construction: str
    agent: str
    agent_head: str
    patient: str
    patient_head: str
    start_char: int
    end_char: int


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def stative_lemmas(lexicon=None) -> frozenset[str]:
    """The verb lemmas of a stative-participle lexicon (``None``: the packaged one)."""
    table = load_lexicon(STATIVE_LEXICON if lexicon is None else lexicon)
    return frozenset(table["term"].str.strip().str.lower())


def is_adjectival(verb: Node, stative: frozenset[str]) -> bool:
    """Stative or psych participles and participles graded like adjectives.

    Graded: a degree adverb of adjectives (``framing/data/degree_adverbs.csv``)
    modifies it ("very worried", "deeply alarmed"; Quirk et al. 1985, §3.74).
    """
    tree = verb.tree
    degree = word_set("degree_adverbs")
    graded = any(
        tree.dep[c] == "advmod" and tree.text[c].lower() in degree for c in tree.children(verb.i)
    )
    has_agent = by_agent(verb) is not None
    if verb.lemma_.lower() in stative:
        return graded or not has_agent
    return graded and not has_agent


def construction(verb: Node, stative: frozenset[str], memo: dict) -> str | None:
    """``be``, ``get``, ``reduced`` or None for a token (``memo``: token index -> answer)."""
    if verb.i in memo:
        return memo[verb.i]
    memo[verb.i] = None  # guards against cycles in malformed trees
    result = None
    tag, dep = verb.tag_, verb.dep_
    tree = verb.tree
    children = tree.children(verb.i)
    child_deps = {tree.dep[c] for c in children}  # the branches below test these, read once
    if tag == "VB" and dep == "conj" and "agent" in child_deps:
        # a participle spelled like the base form, tagged as one: "crushed or
        # run over by the lorries" ("run", "come", "become")
        tag = "VBN"
    if tag not in ("VBN", "VBD") and dep not in ("acl", "relcl"):
        # every branch below needs one or the other (most tokens stop here)
        return None
    own_subject = not child_deps.isdisjoint(("nsubj", "nsubjpass", "csubjpass"))
    aux = "aux" in child_deps
    objects = "dobj" in child_deps
    if tag in ("VBN", "VBD") and verb.pos_ in ("VERB", "AUX") and not is_adjectival(verb, stative):
        auxpass = [c for c in children if tree.dep[c] == "auxpass"]
        if auxpass:
            # get-passive auxiliaries: framing/data/get_auxiliaries.csv (Quirk et al. 1985, §3.67)
            result = "get" if tree.text[auxpass[-1]].lower() in word_set("get_auxiliaries") else "be"
        elif not child_deps.isdisjoint(("nsubjpass", "csubjpass")) and tag == "VBN":
            result = "be"
        elif dep == "conj" and tag == "VBN" and not own_subject and not aux:
            result = construction(verb.head, stative, memo)
        elif is_gapped(verb):
            # "100 were killed and 760 injured": the auxiliary is gapped
            result = construction(verb.head, stative, memo) or "reduced"
        elif "nsubj" in child_deps and not aux and not objects and is_small_clause(verb):
            # "with dozens detained", "saw his friend shot": a participle with
            # its own subject in an absolute or small clause is passive
            result = "reduced"
        elif (
            dep in (*SUBJECT_DEPS, "dobj", "pobj")
            and "nsubj" in child_deps
            and "agent" in child_deps
            and not aux
            and not objects
        ):
            # "Civilians shot dead by gunmen were found": a participle with
            # a by-agent standing for a noun phrase is a reduced relative
            # on the noun the parser made its subject
            result = "reduced"
        elif (
            dep in ("acl", "relcl")
            and not own_subject
            and not aux
            and not objects
            and not has_own_object(verb)  # "a posse led by two men [killed and burned] the bodies"
            and not armed_clause(verb)  # "gunmen armed with rifles [fired] on worshippers"
            and verb.head.pos_ in NOUNISH
            and not stranded_by_allegiance(verb)  # "Soldiers loyal to the junta fired on": the main verb
        ):
            # "VBD" here is the tagger's confusion of the -ed form in a reduced relative
            result = "reduced" if (tag == "VBN" or dep == "acl") else None
        elif dep == "advcl" and tag == "VBN" and not own_subject and not aux and not objects:
            # participial clause: "Backed by Iran, the militia ..."
            result = "reduced"
        elif (
            dep in ("xcomp", "oprd")
            and tag == "VBN"
            and not own_subject
            and not aux
            and not objects
            and (construction(verb.head, stative, memo) is not None)
        ):
            # small clause under a passive: "were reported killed", "were found murdered"
            result = "reduced"
        elif garden_path_subject(verb) is not None:
            result = "reduced"
        elif (
            tag == "VBN"
            and not aux
            and not objects
            and "nsubj" in child_deps
            and (headline_participle(verb) or (verb.i > 0 and tree.text[verb.i - 1] == ","))
        ):
            # headlinese drops the auxiliary ("Hundreds killed in clashes"); a
            # participle set off by a comma is a participial clause the parser
            # gave a subject ("The farmers, attacked on their way, ..."). Other
            # subject + VBN without auxiliary are tagging errors for a past
            # tense ("the clashes escalated"), so they are left alone.
            result = "reduced"
    memo[verb.i] = result
    return result


def is_gapped(verb: Node) -> bool:
    """A coordinated participle whose subject is a count, with no auxiliary,
    after a passive with one: the auxiliary is gapped ("100 were killed and
    760 injured", "four were killed and six others captured"), so the count
    is a patient; also after an absolute "with" clause or a reduced
    relative ("with dozens detained and 40 killed", "hundreds of activists
    detained and 40 killed"), also when the parser hung it on the main verb
    (:func:`_after_absolute`). Only a count: "the curfew was lifted and markets
    reopened" is an active verb the tagger read as a participle."""
    tree = verb.tree
    head = verb.head
    subjects = tree.with_dep(verb.i, "nsubj")
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and bool(subjects)
        and (
            tree.pos[subjects[0]] == "NUM"
            or tree.node(subjects[0]).ent_type_ == "CARDINAL"  # "dozens more", "hundreds"
            or bool(tree.with_dep(subjects[0], "nummod"))
        )
        and not tree.with_dep(verb.i, "aux", "auxpass", "dobj")
        and (
            (
                head.tag_ == "VBN"
                and (bool(tree.with_dep(head.i, "auxpass")) or is_small_clause(head) or head.dep_ == "acl")
            )
            or _after_absolute(verb)
        )
    )


def _after_absolute(verb: Node) -> bool:
    """The parser hung a later conjunct of an absolute "with" clause on the
    main verb ("opened fire, with five killed, dozens wounded and shops set
    ablaze": "wounded" a conjunct of "opened"): the head has a "with" or
    "without" whose participle comes before the verb."""
    earlier = [c for c in verb.head.children if c.i < verb.i]
    if any(c.dep_ == "advcl" and c.tag_ == "VBN" and is_small_clause(c) for c in earlier):
        return True  # "with" read as the mark of an adverbial clause
    return any(
        c.dep_ == "prep"
        and c.text.lower() in ("with", "without")
        and any(p.tag_ == "VBN" and p.i < verb.i for p in c.with_dep("pcomp"))
        for c in earlier
    )


def is_small_clause(verb: Node) -> bool:
    """A participle heading an absolute clause after "with" / "without"
    ("with hundreds detained") or the complement of a verb of
    ``framing/data/small_clause_verbs.csv`` ("saw his friend shot", "found
    him murdered"): its subject is its patient. Quirk et al. 1985, 15.58 and 16.52."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.text.lower() in ("with", "without"):
        return True  # the tagger reads this -ed form as a past tense as often as not
    if verb.dep_ == "advcl" and any(m.text.lower() in ("with", "without") for m in verb.with_dep("mark")):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and head.lemma_.lower() in word_set("small_clause_verbs")
    )


def is_headline_root(verb: Node) -> bool:
    """The root of a sentence without final punctuation (a headline)."""
    if verb.dep_ != "ROOT":
        return False
    token = verb.token  # rare: read the sentence from spaCy
    last = token.sent[-1]
    while last.is_space and last.i > token.sent.start:
        last = last.doc[last.i - 1]
    return last.text not in (".", "!", "?", '"', "”", "'", ":")


def headline_participle(verb: Node) -> bool:
    """A participle without auxiliary that heads a headline or one of its comma-joined parts:
    "Hundreds killed in clashes" (the root), "Nine killed, 40 wounded in bombing" ("killed",
    hung on the root participle "wounded" as its clausal complement or conjunct). Its subject
    is the victim."""
    if verb.tag_ != "VBN" or verb.with_dep("aux", "auxpass", "dobj"):
        return False
    if is_headline_root(verb):
        return True
    head = verb.head
    return verb.dep_ in ("ccomp", "conj") and head.tag_ == "VBN" and not head.with_dep("aux", "dobj") and (
        is_headline_root(head)
    )


def garden_path_subject(verb: Node) -> Node | None:
    """The subject of a misparsed reduced relative, or None.

    The tagger often reads "Fighters linked to the government attacked
    villages" as a main clause "Fighters linked ..." with "attacked" as a
    subjectless ``advcl``. A root ``-ed`` verb with a subject but no object
    or complement, followed (with no comma in between) by a finite verb
    that has no subject of its own, is a reduced relative on that subject.
    A word that introduces a clause as often as a noun phrase
    (``framing/data/clause_prepositions.csv``: "escalated after insurgents
    took ...") in between makes the later verb its own clause.
    """
    tree = verb.tree
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or tree.with_dep(verb.i, "aux", "auxpass"):
        return None
    if tree.with_dep(verb.i, "dobj", "xcomp", "attr", "acomp", "dative", "oprd", "prt"):
        return None
    subjects = verb.with_dep("nsubj")
    if not subjects:
        return None
    complements = verb.with_dep("ccomp")
    if any(not _finite_passive(c) for c in complements):
        return None
    if any(_unjoined_passive(c) for c in verb.with_dep("conj")):
        return subjects[0]  # "Men killed and dumped in the river were found": "were found" hung as a conjunct
    for child in verb.children:
        if (
            child.i > verb.i
            and (
                (child.dep_ in ("advcl", "conj", "dep") and child.tag_ in ("VBD", "VBZ", "VBP"))
                or _finite_passive(child)  # "Students abducted last year were freed": "were freed" read as ccomp
            )
            and not tree.with_dep(child.i, *SUBJECT_DEPS, "mark")
            and not any(
                is_punct(tree, t)
                or tree.dep[t] == "cc"
                or tree.text[t].lower() in word_set("clause_prepositions")
                for t in range(verb.i + 1, child.i)
                if tree.head[t] == verb.i
            )
        ):
            return subjects[0]
    return None


def _finite_passive(verb: Node) -> bool:
    """A subjectless clausal complement with a finite passive auxiliary ("were freed"):
    the main verb of a subject the parser hung on an earlier participle."""
    return verb.dep_ == "ccomp" and any(a.tag_ in ("VBD", "VBZ", "VBP") for a in verb.with_dep("auxpass", "aux"))


def _unjoined_passive(verb: Node) -> bool:
    """A subjectless conjunct with a finite passive auxiliary that no conjunction or comma
    introduces ("killed and dumped in the river [were found]"; not "retreated and were pursued")."""
    auxiliaries = verb.with_dep("auxpass", "aux")
    if verb.dep_ != "conj" or not auxiliaries or verb.with_dep(*SUBJECT_DEPS, "cc", "mark"):
        return False
    first = min(auxiliaries, key=lambda a: a.i)
    before = verb.tree.node(first.i - 1)
    return first.tag_ in ("VBD", "VBZ", "VBP") and before.dep_ != "cc" and not is_punct(verb.tree, before.i)


def patient_head(verb: Node, kind: str) -> Node | None:
    """The patient of a passive of construction ``kind``: its passive subject,
    the noun a reduced relative modifies, or the controller of its clause."""
    subjects = verb.with_dep("nsubjpass", "csubjpass") or (
        verb.with_dep("nsubj")
        if (kind == "reduced" and (verb.tag_ == "VBN" or verb.with_dep("agent")))
        or is_gapped(verb)
        else []
    )
    if subjects:
        return resolve_relative(subjects[0])
    if kind == "reduced" and verb.dep_ in ("acl", "relcl"):
        return verb.head
    if kind == "reduced" and verb.dep_ == "ROOT":
        return garden_path_subject(verb)
    return controller(verb)


def shared_agent(verb: Node, memo: dict) -> Node | None:
    """The by-agent of coordinated participles that share one subject.

    "were shot and wounded by assailants": the by-phrase closes the
    coordination and applies to every conjunct; a conjunct with its own
    subject ("one was killed and two were wounded by a bomb") shares nothing.
    """
    tree = verb.tree
    first = verb
    while (
        first.dep_ == "conj"
        and memo.get(first.head.i)
        and not tree.with_dep(first.i, *SUBJECT_DEPS, "aux", "auxpass")
    ):
        first = first.head
    chain = [first] + [
        t
        for t in first.conjuncts
        if t.i > first.i and memo.get(t.i) and not tree.with_dep(t.i, *SUBJECT_DEPS, "aux", "auxpass")
    ]
    agents = [a for a in (by_agent(t) for t in chain) if a is not None]
    if len(agents) == 1 and verb.i in {t.i for t in chain}:
        return agents[0]
    return None


def find_passives(doc: Doc, *, stative: WordListInput = None) -> list[Passive]:
    """Find the passive constructions of a parsed Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed by :func:`framing.parse` (needs tags and dependencies).
    stative : str or Path, optional
        Lexicon of stative and psych participles (column ``term`` = verb
        lemma); ``None`` reads the packaged ``stative_participles.csv``.
        They count as passive only with a by-agent and no degree adverb
        ("was alarmed by the reports" yes, "deeply alarmed" or "was worried" no).

    Returns
    -------
    list of Passive
        In document order: ``sent_id``, ``verb`` (the participle as
        written), ``lemma``, ``construction`` (``be`` | ``get`` | ``reduced``),
        ``agent`` (the by-phrase noun phrase or ""), ``agent_head``,
        ``patient`` (the passive subject, the noun a reduced relative
        modifies, or the controller of a subjectless passive clause),
        ``patient_head``, ``start_char``, ``end_char`` of the participle.

    Notes
    -----
    Rules, from the dependency parse only:

    * be/get passive: a ``VBN`` with an ``auxpass`` child (``get``
      when that auxiliary is a form of *get*) or a passive subject; tense,
      aspect, mood and infinitive ("had been being held", "may have been",
      "to be held", "being targeted") all carry ``auxpass``;
    * coordinated participles ("were looted and then set on fire") inherit
      the construction, patient and, when they have none, the by-agent;
    * reduced: a ``VBN`` ``acl``/``relcl`` without auxiliary, subject or
      object ("civilians killed in ...", "footage shared by Reuters"), a
      subjectless participial ``advcl`` ("Backed by Iran, ..."), and a
      headline ``VBN`` root with a subject and no auxiliary ("Hundreds killed");
    * excluded: prenominal participles (``amod``: "the ousted president"),
      stative/psych participles (lexicon) without by-agent, and participles
      graded by a degree adverb ("very", "deeply": ``degree_adverbs.csv``).

    Known failure modes: the tagger sometimes reads a reduced relative as a
    past-tense main verb ("civilians killed" as subject + ``VBD``), which is
    then missed; "was alarmed" is excluded even when it is eventive;
    *get* + adjective ("got angry") is not a passive and is not returned
    because the adjective is not tagged ``VBN``.
    """
    return [record for record, _, _ in passive_triples(doc, stative=stative)]


@cache_per_doc  # the passives and harm_events tables both need them
def passive_triples(doc, *, stative=None) -> list[tuple]:
    """(Passive, agent token index or None, patient token index or None) triples
    (indices, not tokens, so the per-Doc cache does not keep the Doc alive)."""
    lemmas = stative_lemmas(stative)
    memo: dict[int, str | None] = {}
    tree = parse_tree(doc)
    # first pass: constructions, so coordinations are known in full. A token
    # that is neither VBN/VBD nor acl/relcl (nor a coordinated VB, which may be
    # a participle spelled as the base form) is no construction and starts no
    # recursion (construction's first test), so only the others are visited.
    for i, (tag, dep) in enumerate(zip(tree.tag, tree.dep, strict=True)):
        if tag in ("VBN", "VBD") or dep in ("acl", "relcl") or (tag == "VB" and dep == "conj"):
            construction(tree.node(i), lemmas, memo)
    found = []
    for i in sorted(i for i, kind in memo.items() if kind is not None):
        token = tree.node(i)
        kind = memo[i]
        agent = by_agent(token)
        patient = patient_head(token, kind)
        agent = agent if agent is not None else shared_agent(token, memo)
        if token.dep_ == "conj" and memo.get(token.head.i):
            # a coordinated participle shares the first conjunct's patient
            patient = patient if patient is not None else patient_head(token.head, memo[token.head.i])
        found.append(
            (
                Passive(
                    sent_id=tree.sent_id[token.i],
                    verb=token.text,
                    lemma=token.lemma_.lower(),
                    construction=kind,
                    agent=phrase(agent, avoid=token) if agent is not None else "",
                    agent_head=agent.text if agent is not None else "",
                    patient=phrase(patient, avoid=token) if patient is not None else "",
                    patient_head=patient.text if patient is not None else "",
                    start_char=token.idx,
                    end_char=token.idx + len(token.text),
                ),
                None if agent is None else agent.i,
                None if patient is None else patient.i,
            )
        )
    return found
