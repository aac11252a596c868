"""Who did what to whom: passive voice, harm events and responsibility.

Three layers, each built only on the dependency parse (ClearNLP-style labels
of the English spaCy pipelines: ``nsubjpass``, ``auxpass``, ``agent``,
``acl``, ``relcl``, Penn ``VBN`` tags), so they work on any English corpus:

* :func:`find_passives` finds passive constructions (``be`` and ``get``
  passives in every tense, aspect and mood, coordinated participles, reduced
  relatives and participial modifiers) with their by-agent and patient.
* :func:`find_harm_events` finds mentions of violent or harmful acts (verbs
  and nominalisations from the ``harm_terms`` lexicon) and says whether the
  grammar names who did it.
* :func:`responsibility` summarises, per outlet, how often an agent is named
  and which group it belongs to, with bootstrap intervals over sentences.

Which actors belong to which group is study knowledge: it comes from an actor
taxonomy (:func:`framing.load_actors`), never from this module.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .actors import NO_AGENT, load_actors
from .docview import arcs, cache_per_doc, doc_text, once_per_doc, sent_bounds, sentence_texts, token_strings
from .lexicons import load_lexicon
from .parse import ensure_parsed
from .stats import bootstrap_cis

__all__ = [
    "DEGREE_ADVERBS",
    "GET_AUXILIARIES",
    "HARM_EVENT_COLUMNS",
    "HarmEvent",
    "MIXED",
    "OTHER",
    "PASSIVE_COLUMNS",
    "Passive",
    "RESPONSIBILITY_COLUMNS",
    "find_harm_events",
    "find_passives",
    "harm_events",
    "harm_events_rows",
    "passives",
    "passives_rows",
    "responsibility",
]

#: Columns of :func:`passives`, in order (issue 3).
PASSIVE_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "verb",
    "lemma",
    "construction",
    "agent",
    "agent_head",
    "patient",
    "patient_head",
    "start_char",
    "end_char",
]
#: Columns of :func:`harm_events`, in order (issue 3).
HARM_EVENT_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "trigger",
    "lemma",
    "form",
    "agent",
    "agent_group",
    "patient",
    "patient_group",
    "hedge_cue",
    "source",
    "start_char",
    "end_char",
]
#: Columns of :func:`responsibility`, in order.
RESPONSIBILITY_COLUMNS = [
    "outlet",
    "measure",
    "group",
    "n",
    "n_events",
    "share",
    "ci_low",
    "ci_high",
]

#: Group of a phrase the taxonomy does not know (issue 3).
OTHER = "other"
#: Patient group when coordinated patients fall into different groups.
MIXED = "mixed"

#: Auxiliaries of the get-passive (Quirk et al. 1985, §3.67). "become" is left
#: out: "became known" is a copula with an adjectival participle.
GET_AUXILIARIES = frozenset({"get", "got", "gets", "getting", "gotten"})
#: Degree adverbs that grade adjectives, not verbs: a participle they modify is
#: adjectival ("very worried", "deeply alarmed"; Quirk et al. 1985, §3.74 on
#: the "very" test). "more"/"most" are left out because they also quantify
#: nouns in passives ("more were killed").
DEGREE_ADVERBS = frozenset(
    {
        "very",
        "too",
        "so",
        "extremely",
        "quite",
        "rather",
        "really",
        "deeply",
        "highly",
        "fairly",
        "utterly",
        "somewhat",
        "terribly",
        "increasingly",
        "particularly",
        "gravely",
        "seriously",
        "profoundly",
        "greatly",
        "less",
    }
)
#: Quantity and partitive nouns whose "of" object names the actor
#: ("hundreds of civilians"); a decision, listed in the docstring of _group.
PARTITIVES = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "score",
        "scores",
        "number",
        "member",
        "members",
        "group",
        "some",
        "many",
        "most",
        "all",
        "majority",
        "lot",
        "lots",
        "handful",
        "unit",
        "units",
        "band",
        "crowd",
    }
)
#: Nouns that count or group events: the verb governing "a series of
#: attacks" governs the attacks (a decision; see _governor_agent).
CONTAINER_NOUNS = frozenset(
    {
        "series",
        "wave",
        "spate",
        "string",
        "campaign",
        "round",
        "number",
        "chain",
        "cycle",
        "surge",
    }
)
#: Words that introduce a clause as often as a noun phrase: the finite verb
#: after "escalated after insurgents took ..." belongs to that clause, so it
#: is no sign of a misparsed reduced relative.
CLAUSE_PREPOSITIONS = frozenset(
    {"after", "before", "since", "until", "till", "as", "because", "while", "once"}
)
#: Prepositions after which the object of the verb controls a gerund
#: ("accuse X of", "blame X for", "stop X from"); after "after", "before",
#: "while" ... the subject does.
OBJECT_CONTROL_PREPOSITIONS = frozenset({"of", "for", "from"})
#: Verbs whose object is the understood subject of the gerund after the
#: preposition: also after a preposition not in the list above ("charged him
#: with murdering"), and when the parser attaches the preposition to the object
#: noun instead of the verb ("accuses [the army [of killing]]"). Listed as
#: (verb lemma, preposition) because "N of V-ing" after other verbs is a
#: plain noun complement ("ended the practice of detaining"): English
#: grammar, not knowledge of any study.
OBJECT_CONTROL_FRAMES = frozenset(
    {
        ("accuse", "of"),
        ("suspect", "of"),
        ("convict", "of"),
        ("acquit", "of"),
        ("clear", "of"),
        ("blame", "for"),
        ("condemn", "for"),
        ("criticise", "for"),
        ("criticize", "for"),
        ("punish", "for"),
        ("arrest", "for"),
        ("jail", "for"),
        ("sentence", "for"),
        ("prosecute", "for"),
        ("sanction", "for"),
        ("charge", "with"),
        ("stop", "from"),
        ("prevent", "from"),
        ("bar", "from"),
        ("ban", "from"),
    }
)
#: Relative pronouns resolved to the noun their clause modifies.
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_PREMODIFIERS = ("det", "nummod", "amod", "compound", "poss", "quantmod", "nmod")
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# Controller search climbs at most this many clauses ("said to have been
# accused of killing" is four).
_MAX_CLIMB = 6
#: Attachments under which a postnominal adjective phrase is stranded on the
#: verb instead of the noun it follows (a frequent error of the small parser).
_STRANDED_ADJ_DEPS = frozenset({"advcl", "acomp", "oprd", "amod", "xcomp"})


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


@dataclass(frozen=True)
class HarmEvent:
    """One mention of a harmful act; offsets are those of the trigger."""

    sent_id: int
    trigger: str
    lemma: str
    form: str
    agent: str
    agent_head: str
    agent_group: str
    patient: str
    patient_head: str
    patient_group: str
    hedge_cue: str
    source: str
    start_char: int
    end_char: int


# ---------------------------------------------------------------- lexicons


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _stative_lemmas(lexicon) -> frozenset[str]:
    table = load_lexicon(lexicon)
    return frozenset(table["term"].str.strip().str.lower())


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc (callers only read it)
def _harm_lexicon(lexicon) -> dict[str, frozenset]:
    table = load_lexicon(lexicon)
    missing = {"term", "kind"} - set(table.columns)
    if missing:
        raise ValueError(
            f"harm lexicon {lexicon!r}: missing column(s) {', '.join(sorted(missing))}"
        )
    out = {}
    for kind in ("verb", "noun", "support"):
        terms = table.loc[table["kind"].str.strip() == kind, "term"].str.strip().str.lower()
        out[kind] = frozenset(terms)
    return out


# ---------------------------------------------------------------- token views


class _Tree:
    """The parse of a Doc as flat per-token lists, read by the rules through :class:`_Node`.

    The rules walk the tree many times per token; a spaCy ``Token`` is rebuilt
    on each ``doc[i]``, ``.head``, ``.children`` or ``.subtree`` step and looks
    its strings up again, so they read these lists instead. Kept per Doc (see
    :func:`_tree`) as a few flat lists, not one object per token: objects that
    outlive a table call make the garbage collector rescan every live Doc.
    Holds the Doc only weakly.
    """

    def __init__(self, doc):
        tokens = token_strings(doc)
        self.text, self.lemma, self.tag = tokens.text, tokens.lemma, tokens.tag
        self.dep, self.pos, self.idx = tokens.dep, tokens.pos, tokens.idx
        self.whitespace, self.is_punct = tokens.whitespace, tokens.is_punct
        n = len(doc)
        # children of i = _order[_starts[i]:_starts[i + 1]], in document order as spaCy yields them
        doc_arcs = arcs(doc)
        self.head, self._order, self._starts = doc_arcs.heads, doc_arcs.children, doc_arcs.starts
        # sent_id of each token, -1 outside a sentence (framing.sent_index as a list)
        self.sent_id = [-1] * n
        for sent_id, (start, end) in enumerate(sent_bounds(doc)):
            self.sent_id[start:end] = [sent_id] * (end - start)
        self.doc = weakref.ref(doc)  # for the attributes read rarely (edges, sentence, entity)

    def __len__(self) -> int:
        return len(self.text)

    def node(self, i: int) -> _Node:
        return _Node(self, i)

    def children(self, i: int) -> list[int]:
        """Indices of the children of token ``i``, in document order (``Token.children``)."""
        return self._order[self._starts[i] : self._starts[i + 1]]

    def subtree(self, i: int) -> list[int]:
        """Indices of the subtree of token ``i`` (spaCy's ``Token.subtree``, unordered)."""
        found, stack = [], [i]
        while stack:
            j = stack.pop()
            found.append(j)
            stack.extend(self.children(j))
        return found

    def right_edge(self, i: int) -> int:
        return self.doc()[i].right_edge.i

    def is_descendant(self, i: int, ancestor: int) -> bool:
        """Token ``i`` is ``ancestor`` or below it (spaCy's ``Token.ancestors``)."""
        for _ in range(len(self.head) + 1):
            if i == ancestor:
                return True
            if self.head[i] == i:
                return False
            i = self.head[i]
        return False


class _Node:
    """One token of a :class:`_Tree`, with the ``Token`` attributes the rules read."""

    __slots__ = ("tree", "i", "text", "lemma_", "tag_", "dep_", "pos_", "idx")

    def __init__(self, tree: _Tree, i: int):
        self.tree, self.i = tree, i
        self.text, self.lemma_, self.tag_ = tree.text[i], tree.lemma[i], tree.tag[i]
        self.dep_, self.pos_, self.idx = tree.dep[i], tree.pos[i], tree.idx[i]

    @property
    def head(self) -> _Node:
        return self.tree.node(self.tree.head[self.i])

    @property
    def children(self) -> list[_Node]:
        return [*map(self.tree.node, self.tree.children(self.i))]

    @property
    def conjuncts(self) -> tuple[_Node, ...]:
        """spaCy's ``Token.conjuncts``: the conj chain from its first member, in its order."""
        tree = self.tree
        start = self.i
        while tree.head[start] != start and tree.dep[start] == "conj":
            start = tree.head[start]
        queue, output = [start], [start]
        for word in queue:
            for child in tree.children(word):
                if child > word and tree.dep[child] == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple(tree.node(i) for i in output if i != self.i)

    @property
    def token(self):
        """The spaCy ``Token``, for attributes read rarely (sentence, entity)."""
        return self.tree.doc()[self.i]

    @property
    def ent_type_(self) -> str:
        return self.token.ent_type_


_tree = once_per_doc(_Tree)  # Doc -> its _Tree, once per Doc, held weakly


# ---------------------------------------------------------------- phrases


def _is_descendant(token, ancestor) -> bool:
    return token.tree.is_descendant(token.i, ancestor.i)


def _resolve(token):
    """A relative pronoun stands for the noun its clause modifies; an
    interrogative one ("unclear who carried out the raid") names nobody."""
    if (
        token.text.lower() in _RELATIVE_PRONOUNS
        and token.head.dep_ == "relcl"
        and token.head.head.i != token.head.i
    ):
        return token.head.head
    if token.tag_ in ("WP", "WDT") and token.head.dep_ != "relcl":
        return None
    return token


def _phrase(head, *, avoid=None, drop_conj: bool = False) -> str:
    """The noun phrase headed by ``head``: its subtree, minus the clause that
    contains ``avoid`` (the trigger), appositions and, if asked, conjuncts;
    the contiguous run around the head, without edge punctuation."""
    # token indices throughout: the phrase is read from the tree's lists
    tree, i = head.tree, head.i
    excluded, skipped = set(), set()
    for child in tree.children(i):
        if avoid is not None and avoid.i != i and tree.is_descendant(avoid.i, child):
            # the trigger's own clause is left out but does not cut the phrase
            # ("the murdered men" -> "the men")
            skipped.update(tree.subtree(child))
        elif tree.dep[child] == "appos" or (drop_conj and tree.dep[child] in ("conj", "cc")):
            excluded.update(tree.subtree(child))
    kept = set(tree.subtree(i)) - excluded - skipped
    start = end = i
    while start - 1 in kept or (start - 1 in skipped and start - 2 in kept):
        start -= 1
    while end + 1 in kept:
        end += 1
    siblings = _sibling_subjects(head) if not drop_conj else []
    if siblings:
        kept |= {t for sibling in siblings for t in tree.subtree(sibling.i)}
        end = max(tree.right_edge(sibling.i) for sibling in siblings)
        kept |= {t for t in range(start, end + 1) if tree.dep[t] == "cc" and tree.head[t] == i}
    tokens = [t for t in range(start, end + 1) if t in kept]
    # A postnominal adjective phrase with its own complement ("gunmen loyal to the
    # government", "fighters linked to Assad") is often attached by the parser to
    # the verb as a clause; right after the noun phrase it modifies the noun.
    after = end + 1
    if (
        after < len(tree)
        and tree.pos[after] == "ADJ"
        and tree.dep[after] in _STRANDED_ADJ_DEPS
        and not tree.is_descendant(i, after)
        and any(tree.dep[child] == "prep" and child > after for child in tree.children(after))
        and (avoid is None or not tree.is_descendant(avoid.i, after))
    ):
        tokens += range(after, tree.right_edge(after) + 1)
    dep = tree.dep
    while len(tokens) > 1 and (_is_punct(tree, tokens[0]) or dep[tokens[0]] == "cc"):
        tokens.pop(0)
    while len(tokens) > 1 and (_is_punct(tree, tokens[-1]) or dep[tokens[-1]] in ("cc", "case")):
        tokens.pop()
    text, space = tree.text, tree.whitespace
    return "".join(text[t] + " " if space[t] else text[t] for t in tokens[:-1]) + text[tokens[-1]]


def _is_punct(tree, i: int) -> bool:
    return tree.is_punct[i] or tree.tag[i] in (",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH")


def _sibling_subjects(head) -> list:
    """Later subjects of the same verb: the parser sometimes attaches both
    halves of "230 personnel and 250 fighters were killed" to the verb."""
    if head.dep_ not in _SUBJECT_DEPS:
        return []
    tree, i = head.tree, head.i
    return [tree.node(t) for t in tree.children(tree.head[i]) if tree.dep[t] == head.dep_ and t > i]


def _conjuncts(head) -> list:
    return [head, *[t for t in head.conjuncts if t.i > head.i], *_sibling_subjects(head)]


def _is_bare(token) -> bool:
    """A conjunct with no determiner, number or modifier of its own shares
    those of the first conjunct ("Alawite cities and villages")."""
    return not any(c.dep_ in _PREMODIFIERS and c.i < token.i for c in token.children)


def _subject(verb, *, depth: int = 0):
    """The grammatical subject of ``verb``, or of the clause that controls it
    when ``verb`` heads a subjectless non-finite or coordinated clause."""
    tree = verb.tree
    for child in tree.children(verb.i):
        if tree.dep[child] in _SUBJECT_DEPS:
            return _resolve(tree.node(child))
    return _controller(verb, depth=depth)


def _controller(verb, *, depth: int = 0):
    """Who the grammar says is the understood subject of a subjectless clause.

    * ``conj``: the subject of the first conjunct ("stormed the village and killed");
    * ``xcomp``: the object of the governor if it has one ("ordered troops to
      fire"), else its subject ("are said to have killed", "began to shoot");
    * ``advcl`` / ``pcomp`` under a verb: the governor's subject ("ambushed a
      convoy, killing dozens"; "accused of killing");
    * ``acl`` on a noun: that noun ("gunmen firing on crowds").
    """
    if depth >= _MAX_CLIMB or verb.dep_ == "ROOT":
        return None
    head = verb.head
    dep = verb.dep_
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        return _subject(head, depth=depth + 1)
    if dep == "xcomp":
        for child in head.children:
            if child.dep_ == "dobj":
                return child
        return _subject(head, depth=depth + 1)
    if dep in ("advcl", "dep") and head.pos_ in ("VERB", "AUX"):
        return _subject(head, depth=depth + 1)
    if dep == "pcomp" and head.dep_ in ("prep", "agent") and head.head.pos_ in ("VERB", "AUX"):
        governor, preposition = head.head, head.text.lower()
        if (
            preposition in OBJECT_CONTROL_PREPOSITIONS
            or (governor.lemma_.lower(), preposition) in OBJECT_CONTROL_FRAMES
        ):
            # "accused the settlers of attacking", "charged him with murdering"
            for child in governor.children:
                if child.dep_ == "dobj":
                    return child
        return _subject(governor, depth=depth + 1)
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.head.dep_ == "dobj"
        and (head.head.head.lemma_.lower(), head.text.lower()) in OBJECT_CONTROL_FRAMES
    ):
        # the preposition hangs from the object: "accuses [the army of killing]"
        return head.head
    if dep == "acl" and head.pos_ in _NOUNISH and verb.tag_ == "VBG":
        return head
    return None


# ---------------------------------------------------------------- passives


def _children(token, *deps):
    return [*map(token.tree.node, _child_indices(token, *deps))]


def _child_indices(token, *deps) -> list[int]:
    """:func:`_children` as token indices: no token views, for when only their
    presence or their text matters."""
    tree = token.tree
    return [c for c in tree.children(token.i) if tree.dep[c] in deps]


def _by_agent(verb):
    """The object of the ``agent`` "by" child: a bare ``prep`` "by" is left
    alone because it is as often an instrument or a time ("by a bullet",
    "by Sunday")."""
    tree = verb.tree
    for child in tree.children(verb.i):
        if tree.dep[child] == "agent":
            objects = [c for c in tree.children(child) if tree.dep[c] == "pobj"]
            if objects:
                return tree.node(objects[0])
    return None


def _is_adjectival(verb, stative: frozenset[str]) -> bool:
    """Stative or psych participles and participles graded like adjectives."""
    tree = verb.tree
    graded = any(
        tree.dep[c] == "advmod" and tree.text[c].lower() in DEGREE_ADVERBS
        for c in tree.children(verb.i)
    )
    has_agent = _by_agent(verb) is not None
    if verb.lemma_.lower() in stative:
        return graded or not has_agent
    return graded and not has_agent


def _construction(verb, stative, memo) -> str | None:
    """``be``, ``get``, ``reduced`` or None for a token."""
    if verb.i in memo:
        return memo[verb.i]
    memo[verb.i] = None  # guards against cycles in malformed trees
    result = None
    tag, dep = verb.tag_, verb.dep_
    if tag not in ("VBN", "VBD") and dep not in ("acl", "relcl"):
        # every branch below needs one or the other (most tokens stop here)
        return None
    tree = verb.tree
    children = tree.children(verb.i)
    child_deps = {tree.dep[c] for c in children}  # the branches below test these, read once
    own_subject = not child_deps.isdisjoint(("nsubj", "nsubjpass", "csubjpass"))
    aux = "aux" in child_deps
    objects = "dobj" in child_deps
    if tag in ("VBN", "VBD") and verb.pos_ in ("VERB", "AUX") and not _is_adjectival(verb, stative):
        auxpass = [c for c in children if tree.dep[c] == "auxpass"]
        if auxpass:
            result = "get" if tree.text[auxpass[-1]].lower() in GET_AUXILIARIES else "be"
        elif not child_deps.isdisjoint(("nsubjpass", "csubjpass")) and tag == "VBN":
            result = "be"
        elif dep == "conj" and tag == "VBN" and not own_subject and not aux:
            result = _construction(verb.head, stative, memo)
        elif (
            dep in ("acl", "relcl")
            and not own_subject
            and not aux
            and not objects
            and verb.head.pos_ in _NOUNISH
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
            and (_construction(verb.head, stative, memo) is not None)
        ):
            # small clause under a passive: "were reported killed", "were found murdered"
            result = "reduced"
        elif _garden_path_subject(verb) is not None:
            result = "reduced"
        elif (
            tag == "VBN"
            and not aux
            and not objects
            and "nsubj" in child_deps
            and (_is_headline_root(verb) or (verb.i > 0 and tree.text[verb.i - 1] == ","))
        ):
            # headlinese drops the auxiliary ("Hundreds killed in clashes"); a
            # participle set off by a comma is a participial clause the parser
            # gave a subject ("The farmers, attacked on their way, ..."). Other
            # subject + VBN without auxiliary are tagging errors for a past
            # tense ("the clashes escalated"), so they are left alone.
            result = "reduced"
    memo[verb.i] = result
    return result


def _is_headline_root(verb) -> bool:
    """The root of a sentence without final punctuation (a headline)."""
    if verb.dep_ != "ROOT":
        return False
    verb = verb.token  # rare: read the sentence from spaCy
    last = verb.sent[-1]
    while last.is_space and last.i > verb.sent.start:
        last = last.doc[last.i - 1]
    return last.text not in (".", "!", "?", '"', "”", "'", ":")


def _patient_head(verb, construction):
    subjects = _children(verb, "nsubjpass", "csubjpass") or (
        _children(verb, "nsubj") if construction == "reduced" and verb.tag_ == "VBN" else []
    )
    if subjects:
        return _resolve(subjects[0])
    if construction == "reduced" and verb.dep_ in ("acl", "relcl"):
        return verb.head
    if construction == "reduced" and verb.dep_ == "ROOT":
        return _garden_path_subject(verb)
    return _controller(verb)


def _shared_agent(verb, memo):
    """The by-agent of coordinated participles that share one subject.

    "were shot and wounded by assailants": the by-phrase closes the
    coordination and applies to every conjunct; a conjunct with its own
    subject ("one was killed and two were wounded by a bomb") shares nothing.
    """
    first = verb
    while (
        first.dep_ == "conj"
        and memo.get(first.head.i)
        and not _child_indices(first, *_SUBJECT_DEPS, "aux", "auxpass")
    ):
        first = first.head
    chain = [first] + [
        t
        for t in first.conjuncts
        if t.i > first.i
        and memo.get(t.i)
        and not _child_indices(t, *_SUBJECT_DEPS, "aux", "auxpass")
    ]
    agents = [a for a in (_by_agent(t) for t in chain) if a is not None]
    if len(agents) == 1 and verb.i in {t.i for t in chain}:
        return agents[0]
    return None


def find_passives(doc, *, stative="stative_participles") -> list[Passive]:
    """Find the passive constructions of a parsed Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed by :func:`framing.parse` (needs tags and dependencies).
    stative : str or Path, default "stative_participles"
        Lexicon of stative and psych participles (column ``term`` = verb
        lemma): they count as passive only with a by-agent and no degree
        adverb ("was alarmed by the reports" yes, "deeply alarmed" or
        "was worried" no).

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
      graded by a degree adverb ("very", "deeply": :data:`DEGREE_ADVERBS`).

    Known failure modes: the tagger sometimes reads a reduced relative as a
    past-tense main verb ("civilians killed" as subject + ``VBD``), which is
    then missed; "was alarmed" is excluded even when it is eventive;
    *get* + adjective ("got angry") is not a passive and is not returned
    because the adjective is not tagged ``VBN``.
    """
    return [record for record, _, _ in _passive_triples(doc, stative=stative)]


@cache_per_doc  # the passives and harm_events tables both need them
def _passive_triples(doc, *, stative) -> list[tuple]:
    """(Passive, agent token index or None, patient token index or None) triples
    (indices, not tokens, so the per-Doc cache does not keep the Doc alive)."""
    stative_lemmas = _stative_lemmas(stative)
    memo: dict[int, str | None] = {}
    tree = _tree(doc)
    # first pass: constructions, so coordinations are known in full. A token
    # that is neither VBN/VBD nor acl/relcl is no construction and starts no
    # recursion (_construction's first test), so only the others are visited.
    for i, (tag, dep) in enumerate(zip(tree.tag, tree.dep, strict=True)):
        if tag in ("VBN", "VBD") or dep in ("acl", "relcl"):
            _construction(tree.node(i), stative_lemmas, memo)
    found = []
    for i in sorted(i for i, construction in memo.items() if construction is not None):
        token = tree.node(i)
        construction = memo[i]
        agent = _by_agent(token)
        patient = _patient_head(token, construction)
        agent = agent if agent is not None else _shared_agent(token, memo)
        if token.dep_ == "conj" and memo.get(token.head.i):
            # a coordinated participle shares the first conjunct's patient
            patient = (
                patient if patient is not None else _patient_head(token.head, memo[token.head.i])
            )
        found.append(
            (
                Passive(
                    sent_id=tree.sent_id[token.i],
                    verb=token.text,
                    lemma=token.lemma_.lower(),
                    construction=construction,
                    agent=_phrase(agent, avoid=token) if agent is not None else "",
                    agent_head=agent.text if agent is not None else "",
                    patient=_phrase(patient, avoid=token) if patient is not None else "",
                    patient_head=patient.text if patient is not None else "",
                    start_char=token.idx,
                    end_char=token.idx + len(token.text),
                ),
                None if agent is None else agent.i,
                None if patient is None else patient.i,
            )
        )
    return found


def _garden_path_subject(verb):
    """The subject of a misparsed reduced relative, or None.

    The tagger often reads "Fighters linked to the government attacked
    villages" as a main clause "Fighters linked ..." with "attacked" as a
    subjectless ``advcl``. A root ``-ed`` verb with a subject but no object
    or complement, followed (with no comma in between) by a finite verb
    that has no subject of its own, is a reduced relative on that subject.
    """
    if (
        verb.dep_ != "ROOT"
        or verb.tag_ not in ("VBD", "VBN")
        or _child_indices(verb, "aux", "auxpass")
    ):
        return None
    if _child_indices(verb, "dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd", "prt"):
        return None
    subjects = _children(verb, "nsubj")
    if not subjects:
        return None
    tree = verb.tree
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in ("advcl", "conj", "dep")
            and child.tag_ in ("VBD", "VBZ", "VBP")
            and not _child_indices(child, *_SUBJECT_DEPS, "mark")
            and not any(
                _is_punct(tree, t)
                or tree.dep[t] == "cc"
                or tree.text[t].lower() in CLAUSE_PREPOSITIONS
                for t in range(verb.i + 1, child.i)
                if tree.head[t] == verb.i
            )
        ):
            return subjects[0]
    return None


# ---------------------------------------------------------------- harm events


def _nominal_trigger(tree, i: int, nouns: frozenset[str], verbs: frozenset[str] = frozenset()):
    """(first token index, lemma) when token ``i`` heads a harm noun, else None.

    Multi-word entries ("air strike", "war crime") match the head lemma and
    the words before it. Takes an index, not a token: it screens every noun.
    """
    lemma = tree.lemma[i].lower()
    if lemma in nouns:
        return i, lemma
    tag = tree.tag[i]
    text = tree.text[i].lower()
    if tag == "VBG" and text in nouns:  # gerund listed as a noun: "fighting"
        return i, text
    if verbs and tag in ("NN", "NNS") and text.endswith(("ing", "ings")):
        # a gerund tagged as a noun: "the burning of homes"
        stem = text[: text.rindex("ing")]
        for candidate in (
            stem,
            stem + "e",
            stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "",
        ):
            if candidate in verbs:
                return i, text.rstrip("s") if text.endswith("ings") else text
    for term, words in _multiword_terms(nouns).get(lemma, ()):
        start = i - len(words)
        if start >= 0 and [word.lower() for word in tree.lemma[start:i]] == words:
            return start, term
    return None


@lru_cache(maxsize=16)
def _multiword_terms(nouns: frozenset[str]) -> dict[str, tuple[tuple[str, list[str]], ...]]:
    """Multi-word entries by last word: ``{last: ((term, earlier words), ...)}``, in
    the set's iteration order (the order :func:`_nominal_trigger` tries them)."""
    index: dict[str, list] = {}
    for term in nouns:
        words = term.split()
        if len(words) > 1:
            index.setdefault(words[-1], []).append((term, words[:-1]))
    return {last: tuple(entries) for last, entries in index.items()}


@lru_cache(maxsize=16)
def _screen_words(nouns: frozenset[str], verbs: frozenset[str]) -> frozenset[str]:
    """The words :func:`_nominal_trigger` and :func:`_verb_lemma` look a lemma or
    text up in as it is; otherwise both only match "-ed" / "-ing(s)" forms."""
    return nouns | verbs | frozenset(_multiword_terms(nouns))


def _is_gerund_noun(token) -> bool:
    """A ``VBG`` used as a noun: "the killing of civilians", "their shooting"."""
    if token.tag_ != "VBG" or _children(token, "dobj", *_SUBJECT_DEPS, "aux"):
        return False
    if token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and not _children(
        token, "advmod", "prt"
    ):
        return True  # "Fighting between the factions killed 20"
    return bool(_children(token, "det", "poss")) or any(
        c.dep_ == "prep" and c.text.lower() == "of" for c in token.children
    )


def _verb_lemma(lemma: str, text: str, verbs: frozenset[str]) -> str | None:
    """The harm verb of a token with this lemma and text, or None (strings, not a
    token: it screens every verb)."""
    lemma = lemma.lower()
    if lemma in verbs:
        return lemma
    text = text.lower()
    # adjectival participles keep their form as lemma ("slain", "torched")
    doubled = text[:-3] if len(text) > 4 and text[-3] == text[-4] else ""  # "kidnapped"
    for stem in (text[:-2], text[:-1], doubled):
        if stem and text.endswith("ed") and stem in verbs:
            return stem
    if text.endswith("ied") and text[:-3] + "y" in verbs:
        return text[:-3] + "y"
    return None


def _nominal_agent(noun, support: frozenset[str], taxonomy):
    """Who the grammar names as the doer of a harm noun."""
    children = noun.children  # token views built once for the four passes
    for child in children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.text.lower() == "by"):
            objects = _children(child, "pobj")
            if objects:
                return objects[0]
    for child in children:
        # "the army's shelling"; not a time ("this weekend's violence")
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return child
    for child in children:
        # "government crackdown", "army shelling": a modifier the taxonomy knows as an actor
        if (
            child.dep_ == "compound"
            and child.pos_ in ("NOUN", "PROPN")
            and taxonomy.classify(_phrase(child), head=child.lemma_, role="agent")
        ):
            return child
    for child in children:
        # "the violence carried out by both sides": a reduced relative of a support verb
        if child.dep_ == "acl" and child.tag_ == "VBN" and _support_lemma(child, support):
            agent = _by_agent(child)
            if agent is not None:
                return agent
    return _governor_agent(noun, support)


def _governor_agent(noun, support):
    """The agent a harm noun gets from the verb that governs it."""
    while True:
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "carrying out killings and executions"
        elif (
            noun.dep_ == "pobj"
            and noun.head.text.lower() == "of"
            and noun.head.head.lemma_.lower() in CONTAINER_NOUNS
        ):
            noun = noun.head.head  # "launched a series of attacks"
        else:
            break
    governor = noun.head
    if noun.dep_ == "nsubj" and governor.pos_ in ("VERB", "AUX"):
        # an active verb cannot have a by-agent of its own: "the killings
        # started on Friday by gunmen" attaches the noun's "by" to the verb
        agent = _by_agent(governor)
        if agent is not None:
            return agent
    if noun.dep_ == "dobj" and _support_lemma(governor, support):
        return _subject(governor)  # "militias committed atrocities"
    if noun.dep_ == "nsubjpass" and _support_lemma(governor, support):
        return _by_agent(governor)  # "the attacks were carried out by X"
    return None


def _support_lemma(verb, support: frozenset[str]) -> bool:
    lemma = verb.lemma_.lower()
    particles = [c.text.lower() for c in verb.children if c.dep_ == "prt"]
    return lemma in support or any(f"{lemma} {p}" in support for p in particles)


def _nominal_patient(noun):
    for child in noun.children:
        if child.dep_ == "prep" and child.text.lower() in ("of", "on", "against", "upon"):
            objects = _children(child, "pobj")
            if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                return objects[0]
    return None


def _group(taxonomy, head, *, role: str, trigger) -> str:
    """Agent: the first conjunct the taxonomy knows; patient: ``mixed`` when
    conjuncts belong to different groups."""
    if head is None:
        return NO_AGENT
    groups = []
    for k, conjunct in enumerate(_conjuncts(head)):
        if k > 0 and _is_bare(conjunct):
            continue
        text = _phrase(conjunct, avoid=trigger, drop_conj=True)
        # remembered per taxonomy: the same phrases recur in every article
        found = taxonomy.classify(text, head=_semantic_head(conjunct).lemma_, role=role)
        if found is not None:
            if role == "agent":
                return found
            groups.append(found)
    groups = list(dict.fromkeys(groups))
    if not groups:
        return OTHER
    return groups[0] if len(groups) == 1 else MIXED


def _semantic_head(token):
    """The noun a quantity or partitive stands for: "hundreds of civilians",
    "members of the militia", "1,000 of them" -> the object of "of"."""
    if token.pos_ == "NUM" or token.lemma_.lower() in PARTITIVES:
        for child in token.children:
            if child.dep_ == "prep" and child.text.lower() == "of":
                objects = _children(child, "pobj")
                if objects:
                    return objects[0]
    return token


def _context(doc):
    """Hedges and attributions from their modules, if installed with framing."""
    hedges, attributions = [], []
    try:
        from .hedging import find_hedges
    except ImportError:
        find_hedges = None
    try:
        from .sources import find_attributions
    except ImportError:
        find_attributions = None
    if find_hedges is not None:
        hedges = find_hedges(doc)
    if find_attributions is not None:
        attributions = find_attributions(doc)
    return hedges, attributions


def _span_of(record, prefix: str) -> tuple[int, int] | None:
    for start_name, end_name in (
        (f"{prefix}_start_char", f"{prefix}_end_char"),
        (f"{prefix}_start", f"{prefix}_end"),
    ):
        start, end = getattr(record, start_name, None), getattr(record, end_name, None)
        if start is not None and end is not None:
            return int(start), int(end)
    return None


def _hedge_for(hedges, sent_id, start, end) -> str:
    for hedge in hedges:
        if getattr(hedge, "sent_id", None) != sent_id:
            continue
        scope = _span_of(hedge, "scope") or _span_of(hedge, "target")
        if scope is not None and scope[0] <= start and end <= scope[1]:
            return str(getattr(hedge, "cue", ""))
    return ""


def _source_for(attributions, sent_id, start, end) -> str:
    same_sentence = ""
    for record in attributions:
        if getattr(record, "sent_id", None) != sent_id:
            continue
        content = _span_of(record, "content")
        if content is not None and content[0] <= start and end <= content[1]:
            return str(getattr(record, "source", ""))
        same_sentence = same_sentence or str(getattr(record, "source", ""))
    return same_sentence


def find_harm_events(
    doc,
    *,
    actors=None,
    lexicon="harm_terms",
    stative="stative_participles",
    context: bool = True,
) -> list[HarmEvent]:
    """Find mentions of violent or harmful acts and who the grammar says did them.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed by :func:`framing.parse`.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        Actor taxonomy for ``agent_group`` / ``patient_group`` (see
        :func:`framing.load_actors`); ``None`` uses the generic one.
    lexicon : str or Path, default "harm_terms"
        Harm lexicon with columns ``term`` and ``kind`` (``verb`` lemma,
        ``noun`` lemma or multi-word noun, ``support`` verb).
    stative : str or Path
        Passed to :func:`find_passives`.
    context : bool, default True
        Fill ``hedge_cue`` and ``source`` from :func:`framing.find_hedges`
        and :func:`framing.find_attributions` (left "" if those modules are
        absent).

    Returns
    -------
    list of HarmEvent
        ``form`` is ``passive`` (any construction of :func:`find_passives`),
        ``active`` (a finite or non-finite verb), ``nominal`` (a harm noun or
        a gerund used as a noun) or ``adjectival`` (a prenominal participle,
        "the murdered men"). ``agent`` is "" and ``agent_group`` ``"none"``
        when no agent is expressed; an unknown phrase is ``"other"``.

    Notes
    -----
    Agent rules: the subject of an active verb (with its conjuncts), or the
    controller of a subjectless clause (see ``_controller``); the by-agent
    of a passive; for a noun, a "by" phrase, a possessive ("the army's
    shelling"), a compound modifier the taxonomy knows ("police
    crackdown"), the by-agent of the verb the noun is subject of ("the
    attacks were carried out by X"), or the subject of a support verb from
    the lexicon ("militias committed atrocities"). ``agent_group`` is the
    group of the first coordinated agent the taxonomy knows; ``patient_group``
    is ``mixed`` when coordinated patients belong to different groups.

    An agent named only in another sentence or through a pronoun is not
    resolved (no coreference): "they" is ``other``. A participle modifying a
    harm noun ("targeted killings") is not a separate event.

    hedge_cue: the cue of a hedge (same sentence) whose scope covers the
    trigger. source: the attribution whose content covers the trigger, else
    the first attribution of the sentence.
    """
    taxonomy = load_actors(actors)
    harm = _harm_lexicon(lexicon)
    nouns, verbs = harm["noun"], harm["verb"]
    tree = _tree(doc)
    node = tree.node
    passive_records = {
        p.start_char: (p, None if a is None else node(a), None if pt is None else node(pt))
        for p, a, pt in _passive_triples(doc, stative=stative)
    }
    hedges, attributions = _context(doc) if context else ([], [])
    events = []
    article_text = doc_text(doc)
    # only these tokens can be triggers: every other part of speech reaches the
    # final ``else: continue`` (a gerund noun is tagged VBG), and a token that is
    # neither a harm noun nor a harm verb reaches a ``continue`` in both branches.
    # Screened on the strings (cheaply, then exactly); a token view for the few that pass.
    words = _screen_words(nouns, verbs)
    triggers = []
    for i, (pos, tag, text, lemma) in enumerate(
        zip(tree.pos, tree.tag, tree.text, tree.lemma, strict=True)
    ):
        if pos not in ("NOUN", "PROPN", "VERB", "AUX", "ADJ") and tag != "VBG":
            continue
        lower = text.lower()
        if not (lemma.lower() in words or lower in words or lower.endswith(("ed", "ing", "ings"))):
            continue  # no lexicon word, no "-ed" / "-ing(s)" to strip: neither function matches
        if (
            _verb_lemma(lemma, text, verbs) is not None
            or _nominal_trigger(tree, i, nouns, verbs) is not None
        ):
            triggers.append(i)
    for token in map(node, triggers):
        agent = patient = None
        first = token.i
        form = lemma = None
        passive, passive_agent, passive_patient = passive_records.get(token.idx, (None, None, None))
        if token.pos_ in ("NOUN", "PROPN") or _is_gerund_noun(token):
            match = _nominal_trigger(tree, token.i, nouns, verbs)
            if match is None and token.tag_ == "VBG":
                lemma_v = _verb_lemma(token.lemma_, token.text, verbs)
                match = (token.i, token.text.lower()) if lemma_v else None
            if match is None or token.dep_ == "compound":
                continue
            first, lemma = match
            form = "nominal"
            agent = _nominal_agent(token, harm["support"], taxonomy)
            patient = _nominal_patient(token)
        elif token.pos_ in ("VERB", "AUX", "ADJ"):
            lemma = _verb_lemma(token.lemma_, token.text, verbs)
            if lemma is None:
                continue
            if passive is not None and passive.verb == token.text:
                form = "passive"
            elif token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and _children(token, "det"):
                continue  # a participle used as a noun: "the wounded", "the dead"
            elif (
                token.dep_ == "amod"
                and token.tag_ in ("VBN", "JJ", "VBD")
                and token.text.lower().endswith(("ed", "en", "wn"))
            ):
                if _nominal_trigger(tree, token.head.i, nouns) is not None:
                    continue  # "targeted killings": one event, the noun
                form = "adjectival"
                patient = token.head
            elif token.pos_ == "ADJ" or token.dep_ == "amod":
                continue  # "burning houses": a state, not an act
            else:
                form = "active"
                agent = _subject(token)
                if (
                    agent is not None
                    and agent.dep_ != "nsubj"
                    and _nominal_trigger(tree, agent.i, nouns)
                ):
                    # "massacres targeting Alawites": the clause elaborates the
                    # harm noun, so the doer is the noun's agent, if any
                    agent = _nominal_agent(agent, harm["support"], taxonomy)
                objects = _children(token, "dobj")
                patient = objects[0] if objects else None
        else:
            continue
        sent_id = tree.sent_id[token.i]
        start, end = tree.idx[first], token.idx + len(token.text)
        if form == "passive":
            agent_text, agent_head_text = passive.agent, passive.agent_head
            patient_text, patient_head_text = passive.patient, passive.patient_head
            agent_head_tok, patient_head_tok = passive_agent, passive_patient
        else:
            agent_text = _phrase(agent, avoid=token) if agent is not None else ""
            agent_head_text = agent.text if agent is not None else ""
            patient_text = _phrase(patient, avoid=token) if patient is not None else ""
            patient_head_text = patient.text if patient is not None else ""
            agent_head_tok, patient_head_tok = agent, patient
        events.append(
            HarmEvent(
                sent_id=sent_id,
                trigger=article_text[start:end],  # the Span's text
                lemma=lemma,
                form=form,
                agent=agent_text,
                agent_head=agent_head_text,
                agent_group=_group(taxonomy, agent_head_tok, role="agent", trigger=token),
                patient=patient_text,
                patient_head=patient_head_text,
                patient_group=_group(taxonomy, patient_head_tok, role="patient", trigger=token),
                hedge_cue=_hedge_for(hedges, sent_id, start, end),
                source=_source_for(attributions, sent_id, start, end),
                start_char=start,
                end_char=end,
            )
        )
    return events


# ---------------------------------------------------------------- tables

_INT_COLUMNS = {"sent_id": "int64", "start_char": "int64", "end_char": "int64"}


def passives_rows(article, doc, *, stative="stative_participles") -> list[tuple]:
    """Rows of :func:`passives` for one article (see :data:`PASSIVE_COLUMNS`)."""
    sents = sentence_texts(doc)
    return [
        (
            article.article_id,
            article.outlet,
            p.sent_id,
            sents.get(p.sent_id, ""),
            p.verb,
            p.lemma,
            p.construction,
            p.agent,
            p.agent_head,
            p.patient,
            p.patient_head,
            p.start_char,
            p.end_char,
        )
        for p in find_passives(doc, stative=stative)
    ]


def passives(corpus, *, stative="stative_participles", **parse_kwargs) -> pd.DataFrame:
    """One row per passive construction in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    stative : str or Path, default "stative_participles"
        Lexicon of stative/psych participles (see :func:`find_passives`).
    **parse_kwargs
        Passed to :func:`framing.parse` (``cache_dir=``, ``model=`` ...).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``sent_id`` (int64), ``sentence``,
        ``verb`` (the participle as written), ``lemma``, ``construction``
        (``be`` | ``get`` | ``reduced``), ``agent`` (the by-phrase, "" when
        none), ``agent_head``, ``patient``, ``patient_head`` (str),
        ``start_char``, ``end_char`` (int64, offsets of the participle in the
        article text).

    See Also
    --------
    find_passives : the rules and their known failure modes.
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = [row for article, doc in parsed for row in passives_rows(article, doc, stative=stative)]
    return pd.DataFrame(rows, columns=PASSIVE_COLUMNS).astype(_INT_COLUMNS)


def harm_events_rows(
    article,
    doc,
    *,
    actors=None,
    lexicon="harm_terms",
    stative="stative_participles",
    context: bool = True,
) -> list[tuple]:
    """Rows of :func:`harm_events` for one article (see :data:`HARM_EVENT_COLUMNS`)."""
    sents = sentence_texts(doc)
    return [
        (
            article.article_id,
            article.outlet,
            e.sent_id,
            sents.get(e.sent_id, ""),
            e.trigger,
            e.lemma,
            e.form,
            e.agent,
            e.agent_group,
            e.patient,
            e.patient_group,
            e.hedge_cue,
            e.source,
            e.start_char,
            e.end_char,
        )
        for e in find_harm_events(
            doc, actors=actors, lexicon=lexicon, stative=stative, context=context
        )
    ]


def harm_events(
    corpus,
    *,
    actors=None,
    lexicon="harm_terms",
    stative="stative_participles",
    context: bool = True,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per mention of a violent or harmful act in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        The study's actor taxonomy (``data/study/actors.csv`` for the worked
        case); ``None`` uses framing's generic taxonomy.
    lexicon : str or Path, default "harm_terms"
        Harm verbs, nouns and support verbs (``framing/data/harm_terms.csv``).
    stative : str or Path
        Stative participle lexicon (see :func:`find_passives`).
    context : bool, default True
        Fill ``hedge_cue`` and ``source`` (see :func:`find_harm_events`).
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``sent_id`` (int64), ``sentence``,
        ``trigger``, ``lemma``, ``form`` (``active`` | ``passive`` |
        ``nominal`` | ``adjectival``), ``agent`` ("" when none expressed),
        ``agent_group`` (a taxonomy group, ``other`` or ``none``),
        ``patient``, ``patient_group`` (a taxonomy group, ``mixed``,
        ``other`` or ``none``), ``hedge_cue``, ``source`` (str, "" when
        none), ``start_char``, ``end_char`` (int64, trigger offsets).

    See Also
    --------
    find_harm_events : the rules and their known failure modes.
    """
    taxonomy = load_actors(actors)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = [
        row
        for article, doc in parsed
        for row in harm_events_rows(
            article, doc, actors=taxonomy, lexicon=lexicon, stative=stative, context=context
        )
    ]
    return pd.DataFrame(rows, columns=HARM_EVENT_COLUMNS).astype(_INT_COLUMNS)


def responsibility(
    corpus=None,
    *,
    events: pd.DataFrame | None = None,
    actors=None,
    groups: list[str] | None = None,
    confidence: float = 0.95,
    random_state: int = 20250309,
    **parse_kwargs,
) -> pd.DataFrame:
    """Who is named as doing harm, per outlet, with bootstrap intervals.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path, optional
        Used only when ``events`` is not given.
    events : pandas.DataFrame, optional
        A :func:`harm_events` table (computed from ``corpus`` when absent).
    actors : optional
        Taxonomy for computing ``events`` and for the list of agent groups.
    groups : list of str, optional
        Agent groups to report, in order; default the taxonomy's agent
        groups, then ``other`` and ``none``, then any other group present.
    confidence : float, default 0.95
    random_state : int, default 20250309
        Seed of the bootstrap (the project's fixed seed).
    **parse_kwargs
        Passed to :func:`framing.parse` when ``events`` is computed.

    Returns
    -------
    pandas.DataFrame
        Tidy long table, one row per outlet and measure:
        ``outlet`` (str), ``measure`` (str: ``events``, ``agent_expressed``,
        ``agentless`` or ``agent_group``), ``group`` (str: the agent group
        for ``agent_group`` rows, "" otherwise), ``n`` (int64: events
        counted in the row), ``n_events`` (int64: all events of the outlet),
        ``share`` (float64: ``n / n_events``; 1.0 for ``events``),
        ``ci_low``, ``ci_high`` (float64: percentile bootstrap interval,
        resampling whole sentences so events of one sentence move together;
        nan for ``events``). Outlets appear in first-appearance order.

    Notes
    -----
    ``agentless`` counts events whose agent is "" (agentless passives,
    nominals without agent, subjectless clauses without controller); it
    equals the ``agent_group`` share of ``none``. With five short articles
    the intervals are wide: read differences whose intervals overlap as
    not established.

    References
    ----------
    Efron, B. & Tibshirani, R. (1993). *An Introduction to the Bootstrap*.
    """
    if events is None:
        if corpus is None:
            raise ValueError("responsibility needs a corpus or an events= table from harm_events()")
        events = harm_events(corpus, actors=actors, **parse_kwargs)
    missing = {"article_id", "outlet", "sent_id", "agent", "agent_group"} - set(events.columns)
    if missing:
        raise ValueError(
            f"events table lacks column(s) {', '.join(sorted(missing))}; pass harm_events() output"
        )
    if groups is None:
        taxonomy = load_actors(actors)
        groups = [g for g in taxonomy.groups("agent")] + [OTHER, NO_AGENT]
        groups += [g for g in events["agent_group"].unique() if g not in groups]
        groups = list(dict.fromkeys(groups))
    rows = []
    for outlet in dict.fromkeys(events["outlet"]):
        table = events[events["outlet"] == outlet]
        n_events = len(table)
        clusters = (
            table["article_id"].astype(str) + "\x00" + table["sent_id"].astype(str)
        ).to_numpy()
        rows.append((outlet, "events", "", n_events, n_events, 1.0, np.nan, np.nan))
        indicators = [
            ("agent_expressed", "", (table["agent"] != "").to_numpy()),
            ("agentless", "", (table["agent"] == "").to_numpy()),
        ] + [("agent_group", g, (table["agent_group"] == g).to_numpy()) for g in groups]
        # one draw of resamples for every indicator of the outlet (same clusters, same seed)
        cis = bootstrap_cis(
            [hits.astype(float) for _, _, hits in indicators],
            groups=clusters,
            confidence=confidence,
            random_state=random_state,
        )
        for (measure, group, hits), (share, low, high) in zip(indicators, cis, strict=True):
            rows.append((outlet, measure, group, int(hits.sum()), n_events, share, low, high))
    out = pd.DataFrame(rows, columns=RESPONSIBILITY_COLUMNS)
    return out.astype(
        {
            "n": "int64",
            "n_events": "int64",
            "share": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )
