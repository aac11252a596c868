"""The English grammar every measure reads: one tree view, one set of rules.

* :mod:`framing.syntax.tree`: :func:`parse_tree` (a Doc's dependency tree as
  flat per-token lists, :class:`Tree`) and :class:`Node` (one token of it,
  with the ``Token`` attributes the rules read).
* :mod:`framing.syntax.clauses`: who a clause is about: :func:`subject`
  (with :func:`controller` for subjectless clauses: coordination, control
  verbs, object control), :func:`direct_object`, :func:`by_agent`,
  :func:`resolve_relative`, :func:`sibling_subjects`, :func:`governing_verb`.
* :mod:`framing.syntax.spans`: which tokens a clause holds
  (:func:`clause_indices`, :func:`clause_tokens`; a dependent clause with
  its own subject is cut out) and their words (:func:`indices_text`).
* :mod:`framing.syntax.phrases`: noun phrases: :func:`phrase` (the text),
  :func:`conjuncts`, :func:`is_bare`, :func:`semantic_head`.
* :mod:`framing.syntax.frames`: what a governing word says about an act:
  :func:`carried_agent` (the doer named by "accused X of", "X is
  responsible for", "blamed the attacks on X"), :func:`is_negated` and
  :func:`is_denied`.
* :mod:`framing.syntax.claims`: who a statement names as a doer without
  making it the subject ("the work of X", "suspicion fell on X", "claimed
  responsibility, saying the bombing ...") and :func:`is_disowned` ("did
  not take part in the assault", "no evidence that guards caused").
* :mod:`framing.syntax.extent`: how far a noun phrase used as an actor label
  reaches (:func:`~framing.syntax.extent.phrase_start`, :func:`~framing.syntax.extent.phrase_end`:
  "gunmen loyal to the government"), for :func:`framing.actors.find_actor_mentions`.
* :mod:`framing.syntax.words`: the English function words these rules read,
  from packaged data files.

Labels are ClearNLP-style, as the English spaCy pipelines give them; the
rules know grammar only, never which words matter to a measure.
"""

from .claims import is_disowned
from .clauses import (
    MAX_CLIMB,
    NOUNISH,
    SUBJECT_DEPS,
    VERB_POS,
    by_agent,
    controller,
    direct_object,
    frame_gerund,
    governing_verb,
    object_control_frames,
    object_control_prepositions,
    resolve_relative,
    sibling_subjects,
    stranded_by_agent,
    subject,
)
from .frames import (
    COMPLEMENT_DEPS,
    MAX_DENIAL_CLIMB,
    agent_frames,
    carried_agent,
    is_denied,
    is_negated,
    names_nobody,
    predicate_subject,
    predicate_verb,
)
from .misparsed import armed_clause, has_own_object
from .phrases import (
    PREMODIFIERS,
    STRANDED_ADJ_DEPS,
    command_modifier,
    conjuncts,
    elided_noun,
    is_bare,
    listed_by_including,
    phrase,
    semantic_head,
)
from .spans import (
    CLAUSAL_DEPS,
    CLAUSE_SUBJECT_DEPS,
    ClauseArcs,
    clause_arcs,
    clause_indices,
    clause_text,
    clause_tokens,
    indices_text,
)
from .tree import PUNCT_TAGS, Node, Tree, is_punct, parse_tree
from .words import word_pairs, word_set

__all__ = [
    "CLAUSAL_DEPS",
    "CLAUSE_SUBJECT_DEPS",
    "COMPLEMENT_DEPS",
    "MAX_DENIAL_CLIMB",
    "MAX_CLIMB",
    "NOUNISH",
    "PREMODIFIERS",
    "PUNCT_TAGS",
    "STRANDED_ADJ_DEPS",
    "SUBJECT_DEPS",
    "VERB_POS",
    "ClauseArcs",
    "Node",
    "Tree",
    "agent_frames",
    "by_agent",
    "carried_agent",
    "frame_gerund",
    "clause_arcs",
    "clause_indices",
    "clause_text",
    "clause_tokens",
    "command_modifier",
    "conjuncts",
    "listed_by_including",
    "controller",
    "direct_object",
    "elided_noun",
    "governing_verb",
    "indices_text",
    "is_bare",
    "is_denied",
    "is_disowned",
    "is_negated",
    "names_nobody",
    "is_punct",
    "object_control_frames",
    "object_control_prepositions",
    "parse_tree",
    "phrase",
    "predicate_subject",
    "predicate_verb",
    "resolve_relative",
    "semantic_head",
    "sibling_subjects",
    "has_own_object",
    "armed_clause",
    "stranded_by_agent",
    "subject",
    "word_pairs",
    "word_set",
]
