"""Kickers: the short label before a headline's colon ("Sudan war:", "Manipur violence:").

Real headlines open with a place ("Almara:"), a running story ("Manipur violence:",
"Sudan war:", "Lunde crisis:") or a named event ("Qadra City hospital blast:") and a
colon. The parser hangs the headline on the kicker, so the kicker is read as an act or
as the doer of the acts after the colon. Labelling (dev12_headlines, lead decision D10):
a kicker is never the agent of an act after its colon; a kicker naming a running story
(``framing/data/kicker_topics.csv``) is no event of its own; a kicker naming one act
("hospital blast:") is an event, whose modifier is its doer only if the taxonomy knows
it ("Darani killings:" names a place, not a doer).
"""

from __future__ import annotations

from ..syntax import Node, phrase, word_set

__all__ = ["MAX_KICKER_WORDS", "kicker_agent", "kicker_appos", "kicker_colon", "kicker_topic"]

#: Longest kicker, in tokens before the colon ("Qadra City hospital blast" has four).
MAX_KICKER_WORDS = 5


def kicker_colon(word: Node) -> int | None:
    """The index of the colon that closes the kicker of ``word``'s sentence, else None: a colon
    within the first :data:`MAX_KICKER_WORDS` + 1 tokens, after words that hold no verb, with the
    headline after it."""
    tree, i = word.tree, word.i
    start = i
    while start > 0 and tree.sent_id[start - 1] == tree.sent_id[i]:
        start -= 1
    for j in range(start + 1, min(start + MAX_KICKER_WORDS + 1, len(tree.text) - 1)):
        if tree.sent_id[j] != tree.sent_id[i] or tree.pos[j] in ("VERB", "AUX"):
            return None
        if tree.text[j] == ":":
            opens = tree.text[start][:1].isupper()
            return j if opens and tree.sent_id[j + 1] == tree.sent_id[i] else None
    return None


def kicker_topic(noun: Node) -> bool:
    """``noun`` is a kicker's running story ("Manipur violence:"): no event."""
    colon = kicker_colon(noun)
    topics = word_set("kicker_topics")
    return colon == noun.i + 1 and (noun.lemma_.lower() in topics or noun.text.lower() in topics)


def kicker_agent(trigger: Node, agent: Node, taxonomy) -> bool:
    """``agent`` is no doer of ``trigger`` because it lies in a kicker: the kicker of an act after
    the colon, or a modifier of a kicker's act the taxonomy does not know ("Darani killings:")."""
    colon = kicker_colon(trigger)
    if colon is None or agent.i >= colon:
        return False
    if trigger.i > colon:
        return True
    return taxonomy.classify(phrase(agent), head=agent.lemma_, head_text=agent.text, role="agent") is None


def kicker_appos(agent: Node | None) -> Node | None:
    """The headline's own subject when the parser made the kicker the subject and hung the
    subject after the colon on it ("Okorowa church attack: gunmen posing as churchgoers
    massacre 38": "gunmen", an apposition of "attack"), else None."""
    colon = None if agent is None else kicker_colon(agent)
    if colon is None or agent.i >= colon:
        return None
    return next((c for c in agent.with_dep("appos") if c.i > colon), None)
