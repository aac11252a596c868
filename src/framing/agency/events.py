"""Harm events: mentions of violent acts (verbs, nouns, participles) and who did them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..actors import NO_AGENT, load_actors
from ..docview import doc_text
from ..hedging import find_hedges
from ..lexicons import load_lexicon
from ..links import covering_hedge, covering_source
from ..sources import find_attributions
from ..syntax import Node, conjuncts, is_bare, parse_tree, phrase, semantic_head, subject
from .nominals import (
    is_gerund_noun,
    nominal_agent,
    nominal_patient,
    nominal_trigger,
    screen_words,
)
from .voice import passive_triples

__all__ = [
    "HARM_LEXICON",
    "MIXED",
    "OTHER",
    "HarmEvent",
    "actor_group",
    "find_harm_events",
    "harm_lexicon",
    "verb_lemma",
]

#: Group of a phrase the taxonomy does not know.
OTHER = "other"
#: Patient group when coordinated patients fall into different groups.
MIXED = "mixed"
#: The packaged harm lexicon (``lexicon=None``).
HARM_LEXICON = "harm_terms"


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


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc (callers only read it)
def harm_lexicon(lexicon=None) -> dict[str, frozenset]:
    """``{"verb": lemmas, "noun": lemmas, "support": verbs}`` of a harm lexicon
    (``None``: the packaged ``harm_terms.csv``)."""
    lexicon = HARM_LEXICON if lexicon is None else lexicon
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


def verb_lemma(lemma: str, text: str, verbs: frozenset[str]) -> str | None:
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


def actor_group(taxonomy, head: Node | None, *, role: str, trigger: Node) -> str:
    """The taxonomy group of the phrase headed by ``head``.

    Agent: the first conjunct the taxonomy knows; patient: ``mixed`` when
    conjuncts belong to different groups. A bare conjunct shares the first
    one's modifiers and is skipped; a quantity is classified by the noun it
    stands for ("hundreds of civilians").
    """
    if head is None:
        return NO_AGENT
    groups = []
    for k, conjunct in enumerate(conjuncts(head)):
        if k > 0 and is_bare(conjunct):
            continue
        text = phrase(conjunct, avoid=trigger, drop_conj=True)
        found = taxonomy.classify(text, head=semantic_head(conjunct).lemma_, role=role)
        if found is not None:
            if role == "agent":
                return found
            groups.append(found)
    groups = list(dict.fromkeys(groups))
    if not groups:
        return OTHER
    return groups[0] if len(groups) == 1 else MIXED


def find_harm_events(
    doc,
    *,
    actors=None,
    lexicon=None,
    stative=None,
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
    lexicon : str or Path, optional
        Harm lexicon with columns ``term`` and ``kind`` (``verb`` lemma,
        ``noun`` lemma or multi-word noun, ``support`` verb); ``None`` reads
        the packaged ``harm_terms.csv``.
    stative : str or Path, optional
        Passed to :func:`find_passives`.
    context : bool, default True
        Fill ``hedge_cue`` and ``source`` from :func:`framing.find_hedges`
        and :func:`framing.find_attributions`, joined by offset
        (:mod:`framing.links`).

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
    controller of a subjectless clause (see :func:`framing.syntax.controller`);
    the by-agent of a passive; for a noun, a "by" phrase, a possessive ("the
    army's shelling"), a compound modifier the taxonomy knows ("police
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
    harm = harm_lexicon(lexicon)
    nouns, verbs = harm["noun"], harm["verb"]
    tree = parse_tree(doc)
    node = tree.node
    passive_records = {
        p.start_char: (p, None if a is None else node(a), None if pt is None else node(pt))
        for p, a, pt in passive_triples(doc, stative=stative)
    }
    hedges, attributions = (find_hedges(doc), find_attributions(doc)) if context else ([], [])
    events = []
    article_text = doc_text(doc)
    # only these tokens can be triggers: every other part of speech reaches the
    # final ``else: continue`` (a gerund noun is tagged VBG), and a token that is
    # neither a harm noun nor a harm verb reaches a ``continue`` in both branches.
    # Screened on the strings (cheaply, then exactly); a token view for the few that pass.
    words = screen_words(nouns, verbs)
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
            verb_lemma(lemma, text, verbs) is not None
            or nominal_trigger(tree, i, nouns, verbs) is not None
        ):
            triggers.append(i)
    for token in map(node, triggers):
        agent = patient = None
        first = token.i
        form = lemma = None
        passive, passive_agent, passive_patient = passive_records.get(token.idx, (None, None, None))
        if token.pos_ in ("NOUN", "PROPN") or is_gerund_noun(token):
            match = nominal_trigger(tree, token.i, nouns, verbs)
            if match is None and token.tag_ == "VBG":
                lemma_v = verb_lemma(token.lemma_, token.text, verbs)
                match = (token.i, token.text.lower()) if lemma_v else None
            if match is None or token.dep_ == "compound":
                continue
            first, lemma = match
            form = "nominal"
            agent = nominal_agent(token, harm["support"], taxonomy)
            patient = nominal_patient(token)
        elif token.pos_ in ("VERB", "AUX", "ADJ"):
            lemma = verb_lemma(token.lemma_, token.text, verbs)
            if lemma is None:
                continue
            if passive is not None and passive.verb == token.text:
                form = "passive"
            elif token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and token.with_dep("det"):
                continue  # a participle used as a noun: "the wounded", "the dead"
            elif (
                token.dep_ == "amod"
                and token.tag_ in ("VBN", "JJ", "VBD")
                and token.text.lower().endswith(("ed", "en", "wn"))
            ):
                if nominal_trigger(tree, token.head.i, nouns) is not None:
                    continue  # "targeted killings": one event, the noun
                form = "adjectival"
                patient = token.head
            elif token.pos_ == "ADJ" or token.dep_ == "amod":
                continue  # "burning houses": a state, not an act
            else:
                form = "active"
                agent = subject(token)
                if (
                    agent is not None
                    and agent.dep_ != "nsubj"
                    and nominal_trigger(tree, agent.i, nouns)
                ):
                    # "massacres targeting Alawites": the clause elaborates the
                    # harm noun, so the doer is the noun's agent, if any
                    agent = nominal_agent(agent, harm["support"], taxonomy)
                objects = token.with_dep("dobj")
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
            agent_text = phrase(agent, avoid=token) if agent is not None else ""
            agent_head_text = agent.text if agent is not None else ""
            patient_text = phrase(patient, avoid=token) if patient is not None else ""
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
                agent_group=actor_group(taxonomy, agent_head_tok, role="agent", trigger=token),
                patient=patient_text,
                patient_head=patient_head_text,
                patient_group=actor_group(taxonomy, patient_head_tok, role="patient", trigger=token),
                hedge_cue=covering_hedge(hedges, sent_id, start, end),
                source=covering_source(attributions, sent_id, start, end),
                start_char=start,
                end_char=end,
            )
        )
    return events
