"""Who a harm event is put on when its subject or by-agent is not simply
the doer, and which conditional words name harm at all.

The rules read English news prose as real reports write it:

* a weapon or vehicle as doer stands for the actor modifying it ("an
  Ostravian missile struck", "tanks fired": :func:`weapon_user`);
* impact verbs and nouns ("struck", "a missile strike", "army fire") are
  harm only when a weapon, an act or a known actor does them
  (:func:`impact_doer`, :func:`is_impact_noun`);
* an act that is the occasion of a harm verb takes its doer ("killed 12 in
  a raid": :func:`framing_act_doer`), and a passive harm verb without a
  by-agent takes the doer of the act it happened in ("were killed in a
  rebel attack": :func:`occasion_act`), of a gapped coordinated passive
  ("shot dead and nine wounded by police": :func:`gapped_by_agent`) or of
  an elliptic partitive ("most of them by army bullets":
  :func:`partitive_by_agent`);
* a participle of result hung on a reporting verb or on a verb whose
  argument is an act takes the reported clause's subject or the act's doer
  (", officials said, killing nine": :func:`result_doer`);
* a possessed or bare definite agent the taxonomy does not know takes the
  group of the actor named before it in the sentence (:mod:`.anaphora`);
* a passive participle the parser read as an active verb names its by-agent,
  not its victim (:func:`misread_passive`);
* a wire dateline taken for the subject is set aside (:func:`past_dateline`);
* a "which" clause hung on a place inside an act's phrase is about the act
  (:func:`act_antecedent`);
* a pronoun object is not its own clause's subject (:func:`disjoint_from_object`);
* reciprocal verbs name their sides (:func:`reciprocal_sides`);
* labels of acts named elsewhere ("constituted genocide": :func:`is_label`),
  deaths with a cause (:func:`dies_of`) and resultatives (:func:`to_death`).
"""

from __future__ import annotations

from ..sources.datelines import dateline_end
from ..syntax import (
    Node,
    by_agent,
    carried_agent,
    listed_by_including,
    names_nobody,
    phrase,
    sibling_subjects,
    subject,
    word_pairs,
    word_set,
)
from .lexicon import phrasal_verb
from .misreads import RESULT_FRAMES, circumstance_holder, left_holder, left_small_clause, operation_doer
from .nominals import (
    hands_of,
    is_bare_gerund,
    names_actor,
    nominal_agent,
    nominal_trigger,
    stranded_object,
    support_lemma,
    verb_lemma,
)
from .roles import harm_cause, is_person, mutual_sides
from .sides import names_both_sides, names_side
from .standins import elided_weapon, pronoun_of_actor
from .triggers import strike_on_target

__all__ = [
    "ACT_FRAME_PREPOSITIONS",
    "OBJECT_PRONOUNS",
    "act_antecedent",
    "dies_of",
    "disjoint_from_object",
    "framing_act_doer",
    "gapped_by_agent",
    "impact_doer",
    "is_impact_noun",
    "is_label",
    "misread_passive",
    "occasion_act",
    "partitive_by_agent",
    "past_dateline",
    "reciprocal_sides",
    "relative_subject",
    "ranked_act",
    "result_doer",
    "to_death",
    "weapon_user",
]


#: Prepositions whose object is the act within which a harm verb's harm was
#: done ("killed 12 in a raid", "were shot during the assault").
ACT_FRAME_PREPOSITIONS = ("in", "during")


def framing_act_doer(noun: Node, verbs: frozenset[str]) -> Node | None:
    """The doer of an act noun named as the occasion of a harm verb: "Rebels
    killed 12 in a raid" (the raid is the rebels'), "were shot during an
    assault by soldiers" (the by-agent's), also in a relative clause on the
    noun ("the raid, in which soldiers killed 14": an active harm verb's subject). None when the noun is not the
    object of "in" / "during" under a harm verb, or that verb names no doer."""
    for clause in noun.with_dep("relcl"):  # "the massacre, in which soldiers killed 14 villagers"
        frame = [p for p in clause.with_dep("prep") if p.text.lower() in ACT_FRAME_PREPOSITIONS]
        if frame and any(o.tag_ == "WDT" for o in frame[0].with_dep("pobj")) and not clause.with_dep("auxpass"):
            if verb_lemma(clause.lemma_, clause.text, verbs) is not None:
                return subject(clause)
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.text.lower() not in ACT_FRAME_PREPOSITIONS:
        return None
    if ranked_act(noun):
        return None  # "killing eleven in the deadliest attack on police since 2018": a class, not this act's doer
    verb = preposition.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "killed 200 people in the crackdown": the parser hangs "in" on the object
    if verb.pos_ != "VERB" or verb_lemma(verb.lemma_, verb.text, verbs) is None:
        return None
    if verb.with_dep("auxpass") or verb.with_dep("agent"):
        return by_agent(verb)
    return subject(verb)


def ranked_act(noun: Node) -> bool:
    """An act noun ranked by a superlative ("the deadliest attack on police since 2018", "the
    worst massacre of civilians this year", "the most violent raid"): it names the class the act
    is measured against, so it does not take the doer of the harm verb it frames."""
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i:
            if child.tag_ == "JJS" or any(a.text.lower() == "most" for a in child.children):
                return True
    return False


def left_state_doer(participle: Node) -> Node | None:
    """The subject of "leave" whose object + participle is the state it
    brought about ("the attack left three people wounded", "stormed the
    hotel, leaving 20 guests injured"), wherever the parser hangs the
    participle (on the object, or on "leave" after its object); None otherwise."""
    holder = left_holder(participle)  # "killing six and leaving 50 others wounded", hung on "killing"
    if participle.tag_ != "VBN":
        return None
    if participle.dep_ in ("acl", "oprd", "ccomp") and holder.dep_ == "dobj":
        holder = holder.head
    elif participle.dep_ == "acl" and holder.dep_ == "conj" and holder.head.with_dep("dobj"):
        holder = holder.head  # "left nine people dead and dozens wounded": "dozens" read as a conjunct of "left"
    elif left_small_clause(participle, holder):
        pass  # "left nine dead and dozens wounded", "leaving 68 others injured": a small clause of "leave"
    elif not (participle.dep_ in ("oprd", "advcl", "xcomp", "ccomp") and holder.with_dep("dobj")):
        return None
    if holder.lemma_.lower() not in RESULT_FRAMES or holder.i > participle.i:
        return None
    return subject(holder)


def occasion_act(verb: Node, harm: dict, taxonomy) -> Node | None:
    """The act a passive harm verb without a by-agent happened in: the object of "in" / "during"
    on the verb that is a harm act noun or a bare gerund of a harm verb ("were killed in a rebel
    attack", "were killed in attacks by jihadists on two villages", "were wounded in shelling by the
    army"). The act's doer is the verb's (the labelling guidelines' "agent carried by a governing
    phrase"); None when there is no such act. A participle in the small clause of "leave" ("the
    attack left three people wounded") takes the subject of "leave" (an act there passes on its doer)."""
    left = left_state_doer(verb)
    if left is not None:
        return left
    for preposition in verb.with_dep("prep"):
        if preposition.text.lower() not in ACT_FRAME_PREPOSITIONS:
            continue
        for noun in preposition.with_dep("pobj", "pcomp"):
            if noun.dep_ == "pcomp" and not is_bare_gerund(noun):
                continue  # "killed in attacking the base": a clause, not an act named ("in shelling by X")
            if nominal_trigger(noun.tree, noun.i, harm["noun"], harm["verb"]) is not None or is_impact_noun(
                noun, harm, taxonomy
            ):
                return noun
            operation = operation_doer(noun, lambda word: names_actor(word, taxonomy))
            if operation is not None:
                return operation  # "killed in the ensuing Israeli operation"
    stranded = [c for c in verb.with_dep("advcl") if stranded_object(c) is not None]  # "in Israeli shelling"
    return stranded[0] if stranded and verb_lemma(stranded[0].lemma_, stranded[0].text, harm["verb"]) else None


def gapped_by_agent(verb: Node, taxonomy) -> Node | None:
    """The by-agent a passive verb shares with a coordinated passive whose
    auxiliary is gapped: "were shot dead and dozens wounded by police" (the
    later conjunct's by-agent) and "were shot by police and nine wounded"
    (the first conjunct's). Only an actor is shared (a person, or a phrase
    :func:`names_actor` knows): "bursts of gunfire" or "aircraft" stay with
    their own verb. None when neither conjunct names one."""
    found = None
    for conjunct in verb.with_dep("conj"):
        if conjunct.tag_ == "VBN" and not conjunct.with_dep("aux", "auxpass"):
            found = found or by_agent(conjunct)
        elif conjunct.pos_ in ("NUM", "NOUN"):  # "shot dead and nine injured by police": the participle hangs on "nine"
            for participle in conjunct.with_dep("acl"):
                if participle.tag_ == "VBN":
                    found = found or by_agent(participle)
    if found is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and not verb.with_dep("aux", "auxpass"):
        found = by_agent(verb.head) if verb.head.tag_ == "VBN" else None
    if found is not None and (is_person(found) or names_actor(found, taxonomy)):
        return found
    return None


#: Pronouns a partitive of the victims refers back with ("most of them", "two of whom").
PARTITIVE_PRONOUNS = ("them", "whom")


def partitive_by_agent(verb: Node) -> Node | None:
    """The by-phrase of an elliptic partitive after a passive harm verb:
    "twenty were killed, most of them by army bullets", "three were
    killed, two of them by drone strikes". The parser hangs the partitive
    anywhere; it is read after the verb in its sentence, before any other
    passive verb, with an "of them" and a "by" of its own."""
    tree = verb.tree
    sent = tree.sent_id[verb.i]
    for j in range(verb.i + 1, len(tree.text)):
        if tree.sent_id[j] != sent or tree.dep[j] == "auxpass":
            break
        node = tree.node(j)
        ofs = [p for p in node.with_dep("prep") if p.text.lower() == "of"]
        if not ofs or not any(o.text.lower() in PARTITIVE_PRONOUNS for o in ofs[0].with_dep("pobj")):
            continue
        for preposition in node.with_dep("prep", "agent"):
            if preposition.text.lower() == "by":
                objects = preposition.with_dep("pobj")
                if objects:
                    return objects[0]
    return None


#: Labels of a participle clause of result hung on a verb (", killing 12").
RESULT_DEPS = ("advcl", "dep")
#: Prepositions by which an act noun is an argument of a verb that is no act
#: itself: "blamed X for a strike", "accused X of a massacre", "came under
#: fire"; a time or circumstance ("after an attack", "during the raid") is not.
ACT_ARGUMENT_PREPOSITIONS = ("for", "of", "under")


def result_doer(participle: Node, harm: dict, taxonomy) -> Node | None:
    """Who a participle of result (", killing 12") is put on when the verb
    it hangs from does no harm itself.

    * A reporting verb (``framing/data/reporting_verbs.csv``) set into the
      report ("Rebels shelled the town, officials said, killing nine"):
      the subject of the clause it reports, its head or its complement.
    * A clause describing the object of a harm verb ("fire hit families
      walking home, wounding dozens"): that harm verb's subject.
    * A verb whose object or ``for`` / ``of`` / ``under`` object is a harm
      act with a named doer ("blamed the RSB for a drone strike that hit a
      school, killing 12", "came under fire from militia positions,
      wounding two"): that act, whose doer the caller takes.

    None otherwise: the participle keeps its controller ("stormed the
    church, killing 30")."""
    governor = participle.head
    left = left_state_doer(participle)  # "leaving 20 guests injured": a passive participle read as active
    if left is not None:
        return left
    if participle.tag_ != "VBG" or participle.dep_ not in RESULT_DEPS or governor.pos_ not in ("VERB", "AUX"):
        return None
    acts = harm["verb"] | harm["impact"]

    def does_harm(verb: Node) -> bool:  # a several-word entry only with its particle: not "had taken over"
        return verb_lemma(verb.lemma_, verb.text, acts) is not None or phrasal_verb(verb, harm["phrasal"]) is not None

    if does_harm(governor):
        return None
    if circumstance_holder(governor) is not None and does_harm(circumstance_holder(governor)):
        return subject(circumstance_holder(governor))  # "struck the station as people waited, killing 57"
    if governor.lemma_.lower() in word_set("reporting_verbs", "lemma"):
        if governor.dep_ in ("parataxis", "ccomp") and governor.head.i < governor.i:
            return subject(governor.head)
        reported = [c for c in governor.with_dep("ccomp") if c.i < participle.i]
        if reported:
            return subject(reported[0])
    victim = governor.head
    # the verb whose object (or target: "opened fire on inmates who ...") the clause describes
    holder = victim.head.head if victim.dep_ == "pobj" and victim.head.dep_ == "prep" else victim.head
    if governor.dep_ in ("acl", "relcl") and victim.dep_ in ("dobj", "pobj") and holder.pos_ == "VERB":
        # "hit families walking towards the village, wounding dozens": the act on the noun the clause describes
        if does_harm(holder):
            return subject(holder)
    nouns = harm["noun"]
    arguments = list(governor.with_dep("dobj"))
    for preposition in governor.with_dep("prep"):
        if preposition.text.lower() in ACT_ARGUMENT_PREPOSITIONS:
            arguments += preposition.with_dep("pobj")
    for act in arguments:
        if act.i > participle.i:
            continue
        if nominal_trigger(act.tree, act.i, nouns) is not None or is_impact_noun(act, harm, taxonomy):
            if nominal_agent(act, harm["support"], taxonomy) is not None:
                return act
    return None


#: Tags of a participle the tagger may give as a past tense ("Civilians shot dead by soldiers").
PARTICIPLE_TAGS = ("VBN", "VBD")


def misread_passive(verb: Node) -> bool:
    """A passive participle the parser read as an active verb, whose subject
    would be its victim:

    * with a by-agent of its own ("Civilians shot dead by soldiers were
      exhumed": an active verb has no by-agent);
    * hung on a form of "be" before it ("two students were on Tuesday shot
      dead": the adverbial split the passive);
    * a coordinated participle with no subject or object of its own after
      a passive ("districts were plundered, set alight and shelled").
    """
    if verb.tag_ not in PARTICIPLE_TAGS or verb.with_dep("auxpass", "aux"):
        return False
    if verb.with_dep("agent"):
        return True  # its subject, if any, is the victim
    if verb.with_dep("nsubj"):
        return False
    head = verb.head
    if verb.dep_ in ("dep", "advcl") and head.pos_ == "AUX" and head.lemma_.lower() == "be" and head.i < verb.i:
        return not head.with_dep("acomp", "attr")
    if verb.dep_ == "conj" and not verb.with_dep("dobj"):
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return bool(head.with_dep("auxpass"))
    return False


def past_dateline(agent: Node) -> Node | None:
    """The doer when the parser took a wire dateline for the subject
    ("KELDAR, Varo (Reuters) - Rebels ambushed ...": :func:`framing.sources.
    datelines.dateline_end`): a second subject of the same verb after the
    dateline, or the highest noun of the subject's phrase after it
    ("Rebels"), else None; any other agent as it is."""
    sent = agent.token.sent
    end = sent.start_char + dateline_end(sent.text)
    if agent.idx >= end:
        return agent
    tree = agent.tree
    for sibling in agent.head.children:
        if sibling.dep_ == agent.dep_ and sibling.idx >= end:
            return sibling  # "KELDAR (AP) - Gunmen killed": two subjects of one verb
    for i in tree.subtree(agent.i):
        if tree.idx[i] >= end and tree.idx[tree.head[i]] < end and tree.pos[i] in ("NOUN", "PROPN", "PRON"):
            return tree.node(i)
    return None


def is_label(noun: Node, harm: dict | None = None) -> bool:
    """An act noun that classifies acts named elsewhere: the object of a
    verb of ``framing/data/label_verbs.csv`` ("the killings constituted
    genocide"), or of its preposition ("may amount to war crimes"), or a
    ``label_noun`` of ``harm`` said of an act noun (:func:`_labelled`: "the
    killings were crimes against humanity", "described the executions as
    crimes")."""
    frames = word_pairs("label_verbs", "verb", "preposition")
    if harm is not None and noun.lemma_.lower() in harm["label_noun"]:
        said_of, acts = _labelled(noun), harm["noun"] | harm["impact_noun"] | harm["heard_noun"] | _ACT_PRONOUNS
        if any(a.lemma_.lower() in acts or a.text.lower() in acts for a in said_of):
            return True  # "called it / the strike a war crime", "this was genocide": the act named before
    if noun.dep_ in ("dobj", "attr"):
        return (noun.head.lemma_.lower(), "") in frames
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return (noun.head.head.lemma_.lower(), noun.head.text.lower()) in frames
    return False


#: Pronouns a label noun may be said of in place of the act ("called it a war crime").
_ACT_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them"})


def _labelled(noun: Node) -> list[Node]:
    """What a label noun is said of: the subject of its copula ("the killings
    were crimes"), the noun it is in apposition to ("the shelling, a war
    crime, ..."), the object of the verb whose "as" it follows
    ("described the executions as crimes", "were described as crimes"), or
    the first of two objects ("branded the bombing a war crime", "called the
    killings genocide": an object complement)."""
    head = noun.head
    if listed := listed_by_including(noun):
        return listed  # "318 war crimes, including killings, rape and looting": a label over the acts it lists
    if noun.dep_ in ("dobj", "oprd") and head.pos_ == "VERB":
        return [o for o in head.with_dep("dobj") if o.i < noun.i]
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        return head.with_dep("nsubj")
    if noun.dep_ == "appos":
        return [head]
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.text.lower() == "as":
        return head.head.with_dep("dobj", "nsubjpass")
    return []


def to_death(verb: Node) -> bool:
    """The verb has the resultative "to death" ("crushed to death")."""
    return any(
        c.dep_ == "prep" and c.text.lower() == "to" and any(o.lemma_.lower() == "death" for o in c.with_dep("pobj"))
        for c in verb.children
    )


def dies_of(verb: Node, harm: dict, causes: frozenset[str], tree) -> bool:
    """An outcome verb ("died") names harm: its clause names a cause
    ("in a stampede", "as a result of trampling") or a mechanism of harm
    ("of gunshot wounds") or a doer ("at the hands of the guards"), and the
    act that caused it is not itself named there ("died in the shelling" is
    the shelling's)."""
    mechanism = False
    for i in tree.subtree(verb.i):
        if i == verb.i or tree.pos[i] not in ("NOUN", "PROPN"):
            continue
        modifier = tree.dep[i] in ("compound", "amod") and tree.head[i] > i  # "gunshot wounds": the wound's
        if nominal_trigger(tree, i, harm["noun"]) is not None and not modifier:
            return False
        mechanism = mechanism or tree.lemma[i].lower() in harm["mechanism"]
    return mechanism or hands_of(verb) is not None or bool(harm_cause(verb, None, causes))


#: Object pronouns and the number of the noun they would corefer with.
OBJECT_PRONOUNS = {"them": ("NNS", "NNPS"), "him": ("NN", "NNP"), "her": ("NN", "NNP")}


def disjoint_from_object(verb: Node, agent: Node) -> Node | None:
    """The controller of a subjectless verb, checked against its object
    pronoun: a pronoun object cannot be its own clause's subject (binding
    Principle B; Chomsky 1981), so in "forced the men to kneel before
    shooting them" the men are not the shooters. A controller that is the
    object of a verb (object control: the likeliest referent of the pronoun)
    gives way to the subject of that verb ("soldiers ... forced the men").
    A controller named by the verb's own frame ("accused the settlers of
    attacking them", "ordered the soldier to kill him"), any other agent, one
    of another number, or a verb with its own subject, is kept."""
    objects = verb.with_dep("dobj")
    if not objects or verb.with_dep("nsubj", "nsubjpass"):
        return agent
    pronoun = objects[0].text.lower()
    if agent.text.lower() == pronoun and agent.i != objects[0].i and agent.dep_ == "dobj":
        # "accused them of helping ... and shot them": the same pronoun cannot be both; the controlling verb's subject
        return subject(agent.head) if agent.head.pos_ in ("VERB", "AUX") else agent
    numbers = OBJECT_PRONOUNS.get(pronoun)
    if numbers is None or agent.tag_ not in numbers:
        return agent
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if governor.i == agent.head.i:
        return agent  # the frame itself names the doer: "accused X of attacking them", "ordered X to kill him"
    if agent.dep_ == "dobj" and agent.head.pos_ in ("VERB", "AUX"):
        return subject(agent.head)
    return agent


def relative_subject(verb: Node) -> bool:
    """The subject of ``verb`` is a non-personal relative pronoun ("which", "that"),
    also that of the verb a subjectless conjunct shares it with ("which killed and injured")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not verb.with_dep("nsubj", "nsubjpass"):
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.text.lower() in ("which", "that") for c in verb.children)


def act_antecedent(antecedent: Node, nouns, verbs, weapons, taxonomy) -> Node:
    """The act a "which" clause is about when the parser attached it to a
    place or thing inside the act's phrase ("shelling by the army in the east,
    which killed": east -> shelling). Only for an antecedent that is the
    object of a preposition and neither an act, a weapon nor an actor; the
    nearest act noun before it in the sentence, else the antecedent."""
    tree = antecedent.tree
    if (
        antecedent.dep_ != "pobj"
        or nominal_trigger(tree, antecedent.i, nouns, verbs) is not None
        or antecedent.lemma_.lower() in weapons
        or taxonomy.classify(phrase(antecedent), head=antecedent.lemma_, head_text=antecedent.text) is not None
    ):
        return antecedent
    sent_id = tree.sent_id[antecedent.i]
    for j in range(antecedent.i - 1, -1, -1):
        if tree.sent_id[j] != sent_id:
            break
        if (tree.pos[j] in ("NOUN", "PROPN") or tree.tag[j] == "VBG") and nominal_trigger(
            tree, j, nouns, verbs
        ) is not None:
            return tree.node(j)
    return antecedent


def weapon_user(weapon: Node, taxonomy, weapons: frozenset[str]) -> Node | None:
    """Who a weapon named as a doer stands for: its possessor, or a modifier
    naming an actor (a nationality, an organisation, an acronym or a phrase
    the taxonomy knows: "an Ostravian missile", "a military aircraft",
    "the RSB's drones"), also through a weapon compound ("Liranian air-defence
    missile", "army tank shells"), or the by-agent of a reduced passive on it
    ("the bomb, planted by the Front,"); None when the weapon is all the text names
    ("tanks fired on the crowd", "a stray round killed a girl")."""
    for child in weapon.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > weapon.i:
            found = by_agent(child)  # "the bomb, planted by the Front,", "shells fired by the army"
            if found is not None and found.lemma_.lower() not in word_set("place_by_nouns"):  # "by the roadside"
                return found
        if child.i > weapon.i:
            continue
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return child
        if child.dep_ in ("amod", "compound", "nmod") and names_actor(child, taxonomy):
            return child
        if child.dep_ == "compound" and child.lemma_.lower() in weapons:
            found = weapon_user(child, taxonomy, weapons)
            if found is not None:
                return found
    return carried_agent(weapon)  # "a car bomb, which police blamed on the militants, killed"


def impact_doer(doer: Node | None, taxonomy, harm: dict, tree) -> bool:
    """An impact verb ("struck", "hit") names harm: its doer is a weapon, a
    harm act ("the strike hit a school") or an actor the taxonomy knows ("the
    army struck the town"), not a storm or a singer."""
    if doer is None:
        return False
    if doer.lemma_.lower() in harm["weapon"] or nominal_trigger(tree, doer.i, harm["noun"]) is not None:
        return True
    if elided_weapon(doer, harm, tree) or pronoun_of_actor(doer, taxonomy):
        return True  # "another hit the bakery", "the coalition said it had struck"
    if is_impact_noun(doer, harm):
        return True
    return taxonomy.classify(phrase(doer), head=doer.lemma_, head_text=doer.text, role="agent") is not None


def is_impact_noun(noun: Node, harm: dict, taxonomy=None) -> bool:
    """An impact noun ("strike", "fire") that names an act, not a labour
    strike or a blaze: modified by a weapon ("missile strike") or by an
    actor ("Ardesian fire", "police fire"), governed by a support verb
    ("carried out the strike", "exchanged fire"), in "under fire", or aimed
    at people or a building (:func:`framing.agency.triggers.strike_on_target`). A reciprocal one
    ("fight": ``reciprocal_nouns.csv``) is an act only as the occasion or doer of a harm verb ("killed
    in a fight"), or when it breaks out between named sides ("a fight broke out between X and Y"), not
    by its possessor ("the president's fight with parliament")."""
    lemma = noun.lemma_.lower()
    if lemma not in harm["impact_noun"] or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in word_set("reciprocal_nouns"):  # "a fight broke out between X and Y" (onset_verbs.csv)
        return noun.dep_ == "nsubj" and _onset(noun.head) and bool(mutual_sides(noun))
    for child in noun.children:
        if child.i < noun.i and child.dep_ == "compound" and child.lemma_.lower() in harm["weapon"]:
            return True
        if (
            taxonomy is not None
            and child.i < noun.i
            and child.dep_ in ("compound", "amod", "poss")
            and names_actor(child, taxonomy)
        ):
            return True
    if noun.dep_ == "pobj" and noun.head.text.lower() == "under":
        return True
    governor = noun.head
    if noun.dep_ == "dobj" and governor.lemma_.lower() in harm["reciprocal_support"]:
        return True
    if noun.dep_ in ("dobj", "nsubjpass") and support_lemma(governor, harm["support"] - harm["onset_support"]):
        return True
    return strike_on_target(noun, harm)  # "a second strike hit rescuers", "the strike on the convoy"


def _onset(verb: Node) -> bool:
    """A verb of ``framing/data/onset_verbs.csv`` ("broke out", "erupted"), with its particle."""
    words, lemma = word_set("onset_verbs"), verb.lemma_.lower()
    return verb.pos_ == "VERB" and (
        lemma in words or any(f"{lemma} {p.text.lower()}" in words for p in verb.with_dep("prt"))
    )


def reciprocal_sides(token: Node, harm: dict) -> list[Node]:
    """The sides of a reciprocal act named by its subject: a reciprocal verb
    without an object ("the army and the rebels clashed", "rival clans
    fought", "gangs fought with the police"), or a harm noun that a
    reciprocal support verb takes as object ("troops and rebels exchanged
    gunfire"). The subject's conjuncts, or the subject alone when it names
    both sides (:func:`.sides.names_both_sides`: "rival gangs"); [] for one
    side or a verb whose object is a side (:func:`.sides.opposed_sides` reads
    "the rebels fought the army"; "fought running battles" has none). A participle of result of such a verb is an act
    of the same sides ("the two gangs have fought for the port, killing hundreds")."""
    # "leaving 12 dead and wounding 40": a coordinated participle of result
    result = token.head if token.dep_ == "conj" and token.head.tag_ == "VBG" else token
    if token.tag_ == "VBG" and result.dep_ in RESULT_DEPS and not token.with_dep("nsubj"):
        verb = result.head
        if verb.pos_ == "VERB" and verb_lemma(verb.lemma_, verb.text, harm["reciprocal"]) is not None:
            return reciprocal_sides(verb, harm)
    if token.pos_ in ("NOUN", "PROPN"):
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in harm["reciprocal_support"]:
            return []
    else:
        verb = token
        if verb_lemma(verb.lemma_, verb.text, harm["reciprocal"]) is None:
            return []
        if any(names_side(o) for o in verb.with_dep("dobj")):  # not "fought running battles"
            return []
    doer = subject(verb)
    if doer is None or names_nobody(doer):
        return []
    sides = [doer, *[c for c in doer.conjuncts if c.i > doer.i], *sibling_subjects(doer)]  # "Troops, rebels clash"
    for preposition in [*verb.with_dep("prep"), *(token.with_dep("prep") if token is not verb else [])]:
        if preposition.text.lower() == "with":  # "fought with the police", "exchanged gunfire with an officer"
            sides += [o for o in preposition.with_dep("pobj")[:1] if o.lemma_.lower() not in harm["weapon"]]
    return sides if len(sides) > 1 or names_both_sides(doer) else []  # not "troops, backed by X, fought"
