"""Noun phrases: their text, their conjuncts and the noun they stand for."""

from __future__ import annotations

from .clauses import sibling_subjects
from .tree import Node, is_punct
from .words import word_set

__all__ = [
    "COMMANDER_DEPS",
    "CORE_PREPOSITIONS",
    "PREMODIFIERS",
    "STRANDED_ADJ_DEPS",
    "command_modifier",
    "conjuncts",
    "listed_by_including",
    "elided_noun",
    "is_act_by_object",
    "is_attire",
    "is_bare",
    "is_nonrestrictive",
    "phrase",
    "semantic_head",
]

#: Labels of the dependents before a noun that belong to its phrase.
PREMODIFIERS = ("det", "nummod", "amod", "compound", "poss", "quantmod", "nmod")
#: Prepositions whose phrase after a noun names what the noun belongs to, so :func:`phrase`
#: ``core`` keeps it: membership ("members of the militia", "a group of bandits") and command
#: ("troops under General X", "forces under the command of the junta").
CORE_PREPOSITIONS = ("of", "under")
#: Attachments under which a postnominal adjective phrase is stranded on the
#: verb instead of the noun it follows (a frequent error of the small parser).
STRANDED_ADJ_DEPS = frozenset({"advcl", "acomp", "oprd", "amod", "xcomp", "ccomp"})


def is_act_by_object(tree, i: int) -> bool:
    """Token ``i`` is the object of a "by" that hangs on a noun ("an attack by
    gunmen on the police post"): a target preposition the parser hangs on it
    ("on the police post") belongs to the act, not to the doer's phrase, so
    :func:`phrase` leaves it out (the doer is "gunmen", not a police unit)."""
    by = tree.head[i]
    return (
        tree.dep[i] == "pobj"
        and by != i
        and tree.text[by].lower() == "by"
        and tree.pos[tree.head[by]] in ("NOUN", "PROPN")
        and tree.head[by] != by
    )


def phrase(
    head: Node,
    *,
    avoid: Node | None = None,
    drop_conj: bool = False,
    drop_attire: bool = False,
    drop_agents: bool = False,
    drop_relative: bool = False,
    core: bool = False,
) -> str:
    """The text of the noun phrase headed by ``head``.

    Parameters
    ----------
    head : Node
    avoid : Node, optional
        A token whose clause is left out of the phrase (the trigger of an
        event: "the murdered men" -> "the men"), without cutting the phrase.
    drop_conj : bool, default False
        Leave out coordinated nouns ("the army and police" -> "the army").
    drop_attire : bool, default False
        Leave out what the head wears (:func:`is_attire`): "men wearing police
        uniforms" -> "men", "gunmen in army fatigues" -> "gunmen", so a side
        named by clothing is not read as the side the phrase names.
    drop_agents : bool, default False
        Leave out the by-agent of a verb inside the phrase ("militias backed
        by the army" -> "militias", "an attacker who was shot by police" ->
        "an attacker who was shot"): another actor, acting on the head, so
        not the side the phrase names; kept after a verb of command
        (``framing/data/command_verbs.csv``: "troops led by General X").
    drop_relative : bool, default False
        Leave out every relative clause in the phrase, restrictive or not ("a band
        of gunmen who exchanged fire with the army" -> "a band of gunmen"): it says
        what the head did or is, and the actors it names are others.
    core : bool, default False
        Keep only the head, what comes before it, its "of" and "under" phrases
        (:data:`CORE_PREPOSITIONS`), a participle of command (``command_verbs.csv``:
        "troops led by a rebel general") and a postnominal adjective phrase ("soldiers from the army's 9th division" ->
        "soldiers"; "a group of bandits" and "inmates loyal to the cartel", an
        allegiance, stay); implies
        ``drop_relative``. The head's own words, for the group of the phrase.

    Returns
    -------
    str
        The contiguous run of the head's subtree around the head, minus
        appositions, relative clauses set off by a comma and ``avoid``'s clause, plus later subjects of the same
        verb (:func:`~framing.syntax.clauses.sibling_subjects`) and a stranded
        postnominal adjective phrase ("gunmen loyal to the government"), with
        edge punctuation and conjunctions trimmed; as written in the text.
    """
    # token indices throughout: the phrase is read from the tree's lists
    tree, i = head.tree, head.i
    excluded, skipped = set(), set()
    act_by = is_act_by_object(tree, i)
    for child in tree.children(i):
        if avoid is not None and avoid.i != i and tree.is_descendant(avoid.i, child):
            skipped.update(tree.subtree(child))
        elif (
            (act_by and tree.dep[child] == "prep" and tree.text[child].lower() in word_set("target_prepositions"))
            or tree.dep[child] == "appos"
            or (drop_conj and tree.dep[child] in ("conj", "cc"))
            or (tree.dep[child] == "relcl" and is_nonrestrictive(tree, child))
            or (drop_attire and is_attire(tree.node(child)))
            or (
                core
                and child > i
                and not (tree.dep[child] == "prep" and tree.lemma[child].lower() in CORE_PREPOSITIONS)
                and tree.pos[child] != "ADJ"  # "inmates loyal to the cartel": an allegiance names the side
                and tree.lemma[child].lower() not in word_set("command_verbs")  # "troops led by a rebel general"
            )
        ):
            excluded.update(tree.subtree(child))
    if drop_relative or core:
        for t in tree.subtree(i):
            if tree.dep[t] == "relcl" and t != i:
                excluded.update(tree.subtree(t))
    if drop_agents:
        commands = word_set("command_verbs")
        for t in tree.subtree(i):
            if tree.dep[t] == "agent" and tree.head[t] != i and tree.lemma[tree.head[t]].lower() not in commands:
                excluded.update(tree.subtree(t))
    kept = set(tree.subtree(i)) - excluded - skipped
    start = end = i
    while start - 1 in kept or (start - 1 in skipped and start - 2 in kept):
        start -= 1
    while end + 1 in kept:
        end += 1
    siblings = sibling_subjects(head) if not (drop_conj or core) else []
    if siblings:
        kept |= {t for sibling in siblings for t in tree.subtree(sibling.i)}
        end = max(tree.right_edge(sibling.i) for sibling in siblings)
        kept |= {t for t in range(start, end + 1) if tree.dep[t] == "cc" and tree.head[t] == i}
        kept |= {t for t in range(start, end + 1) if tree.text[t] == ","}  # "Police, party members attacked"
    tokens = [t for t in range(start, end + 1) if t in kept]
    # A postnominal adjective phrase with its own complement ("fighters linked to
    # Assad") is often attached by the parser to the verb as a clause; right after
    # the noun phrase it modifies the noun.
    after = end + 1
    if (
        after < len(tree)
        and tree.pos[after] == "ADJ"
        and tree.dep[after] in STRANDED_ADJ_DEPS
        and not tree.is_descendant(i, after)
        and any(tree.dep[child] == "prep" and child > after for child in tree.children(after))
        and (avoid is None or not tree.is_descendant(avoid.i, after))
    ):
        tokens += range(after, tree.right_edge(after) + 1)
    dep = tree.dep
    while len(tokens) > 1 and (is_punct(tree, tokens[0]) or dep[tokens[0]] == "cc"):
        tokens.pop(0)
    while len(tokens) > 1 and (is_punct(tree, tokens[-1]) or dep[tokens[-1]] in ("cc", "case")):
        tokens.pop()
    text, space = tree.text, tree.whitespace
    return "".join(text[t] + " " if space[t] else text[t] for t in tokens[:-1]) + text[tokens[-1]]


def is_attire(child: Node) -> bool:
    """A dependent of a noun that says what it wears: a participle of
    wearing ("wearing uniforms", "dressed as police", "disguised in army
    fatigues") or "in" / "with" + clothing ("in police uniforms", "with
    militia armbands"). The words are ``framing/data/attire_words.csv``."""
    words = word_set("attire_words")
    if child.dep_ == "acl" and child.lemma_.lower() in words:
        return True
    if child.dep_ != "prep" or child.text.lower() not in ("in", "with"):
        return False
    return any(o.lemma_.lower() in words or o.text.lower() in words for o in child.with_dep("pobj"))


def is_nonrestrictive(tree, clause: int) -> bool:
    """A relative clause set off by a comma ("the war, which began in
    April, ..."): it adds to the noun phrase without delimiting it, so the
    phrase is read without it."""
    start = tree.left_edge(clause)
    return start > 0 and tree.text[start - 1] == ","


def conjuncts(head: Node) -> list[Node]:
    """``head``, its later conjuncts and its sibling subjects, in that order."""
    return [head, *[t for t in head.conjuncts if t.i > head.i], *sibling_subjects(head)]


def is_bare(token: Node) -> bool:
    """A conjunct with no determiner, number or modifier of its own before it:
    it shares those of the first conjunct ("Alawite cities and villages")."""
    return not any(c.dep_ in PREMODIFIERS and c.i < token.i for c in token.children)


#: Prepositions that name the whole a partitive noun is part of ("members of", "elements within").
PARTITIVE_PREPOSITIONS = ("of", "within", "inside", "among")


def semantic_head(token: Node) -> Node:
    """The noun a quantity or partitive stands for, else ``token``.

    "hundreds of civilians", "members of the militia", "1,000 of them" -> the
    object of "of". Partitive nouns: ``framing/data/partitive_nouns.csv``.
    """
    if token.pos_ == "NUM" or token.lemma_.lower() in word_set("partitive_nouns"):
        for child in token.children:  # and "elements within the army": a part inside its whole
            if child.dep_ == "prep" and child.text.lower() in PARTITIVE_PREPOSITIONS:
                objects = child.with_dep("pobj")
                if objects:
                    return objects[0]
    return token


#: Labels under which the parser hangs X of a hyphenated "X-led" on the participle.
COMMANDER_DEPS = ("npadvmod", "compound", "nmod", "amod")


def command_modifier(noun: Node) -> Node | None:
    """X in a hyphenated "X-led Y" ("the Kavarian-led coalition", "an
    army-run militia"): a participle of a command verb
    (``framing/data/command_verbs.csv``) before ``noun``, joined to the word
    before it by a hyphen. "Y led by X" names the side of Y (see :func:`phrase`),
    and so does "X-led Y"; "X-backed Y" does not (backing is no command)."""
    tree = noun.tree
    for participle in noun.children:
        if participle.i > noun.i or participle.dep_ not in ("amod", "compound") or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in word_set("command_verbs"):
            continue
        if participle.i < 2 or tree.text[participle.i - 1] not in ("-", "\u2010", "\u2011"):
            continue
        for leader in participle.children:
            if leader.dep_ in COMMANDER_DEPS and leader.i == participle.i - 2:
                return leader
    return None


def elided_noun(word: Node) -> Node | None:
    """The noun a bare number, ordinal or "another" stands for, named before it
    as the subject of an earlier clause of the sentence ("two strikes hit the
    street, and a third struck the building": strikes; "one shell landed in
    the river, but another hit the bakery": shell). None when ``word`` is no
    such word (``framing/data/elliptic_words.csv``, or a cardinal number), names
    its own noun ("a third of the houses"), or no earlier subject is a noun."""
    if word.pos_ not in ("NUM", "ADJ", "PRON", "DET", "NOUN"):
        return None
    if word.text.lower() not in word_set("elliptic_words") and word.tag_ != "CD":
        return None
    if any(c.dep_ == "prep" and c.text.lower() == "of" for c in word.children):
        return None
    tree = word.tree
    for j in range(word.i - 1, -1, -1):
        if tree.sent_id[j] != tree.sent_id[word.i]:
            break
        if tree.dep[j] in ("nsubj", "nsubjpass") and tree.pos[j] == "NOUN":
            return tree.node(j)
    return None


def listed_by_including(noun: Node) -> list[Node]:
    """The nouns an "including" phrase lists on ``noun`` or, after it, on the
    verb it is the object of ("registered 318 war crimes, including killings,
    rape and looting" gives killings, rape, looting); [] when there is none."""
    owners = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [])
    for owner in owners:
        for prep in owner.with_dep("prep"):
            if prep.text.lower() == "including" and prep.i > noun.i:
                return [n for h in prep.with_dep("pobj") for n in [h, *h.conjuncts]]
    return []
