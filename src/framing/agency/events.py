"""Harm events: mentions of violent acts (verbs, nouns, participles) and who did them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors import load_actors
from ..docview import doc_text
from ..hedging import find_hedges
from ..hints import TaxonomyInput, WordListInput
from ..links import covering_hedge, covering_source
from ..sources import find_attributions
from ..syntax import (
    Node,
    by_agent,
    carried_agent,
    frame_gerund,
    is_denied,
    is_disowned,
    is_negated,
    parse_tree,
    phrase,
    semantic_head,
    stranded_by_agent,
    subject,
)
from . import standins
from .aims import names_no_act, noun_names_no_act
from .asides import victim_share_doer
from .blamed import armed_doer, relative_occasion, text_author
from .blasts import blast_act, blast_words, damage_act
from .captures import leads_to_act
from .conditional import harm_sense
from .doers import (
    act_antecedent,
    disjoint_from_object,
    gapped_by_agent,
    impact_doer,
    is_impact_noun,
    is_label,
    misread_passive,
    occasion_act,
    partitive_by_agent,
    past_dateline,
    relative_subject,
    result_doer,
    to_death,
    weapon_user,
)
from .groups import MIXED, MUTUAL, OTHER, PRONOUN, RESERVED_GROUPS, actor_group, name_agent
from .headlists import headline_act, headline_no_act, listed_subject, occasion_doer
from .kickers import kicker_agent
from .lexicon import HARM_LEXICON, harm_lexicon, phrasal_verb
from .misreads import coordinated_verb, framed_or_coordinated, perceived_passive, vehicle_participle_doer, while_partner
from .nominals import (
    counted_act,
    hands_of,
    is_gerund_noun,
    names_activity,
    names_actor,
    nominal_agent,
    nominal_patient,
    nominal_trigger,
    screen_words,
    verb_lemma,
)
from .outcomes import drop_named_outcomes
from .owners import by_doer, place_by_object, weapon_owner
from .participles import folded_participle
from .record import HarmEvent
from .roles import (
    cause_words,
    harm_cause,
    mutual_sides,
    object_excludes,
    target_object,
)
from .senses import (
    contest_excludes,
    dismissed,
    figurative_under_fire,
    fired_at_nobody,
    gerund_excludes,
    harm_only_beside,
    harmless_without_object,
    modified_noun_excludes,
    no_new_event,
    occasion_of_harm,
    particle_excludes,
    sports_score,
    thing_patient,
)
from .standins import is_bare_weapon, passive_act_head, undergoer_subject
from .things import blamed_thing, dead_owner
from .triggers import (
    abstract_object,
    candidate_triggers,
    death_caused,
    died_by,
    known_doer,
    slogan,
    trigger_verbs,
    verb_act,
)
from .voice import passive_triples

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "HARM_LEXICON",
    "MIXED",
    "MUTUAL",
    "OTHER",
    "PRONOUN",
    "RESERVED_GROUPS",
    "HarmEvent",
    "actor_group",
    "find_harm_events",
    "harm_lexicon",
    "phrasal_verb",
    "verb_lemma",
]


def find_harm_events(
    doc: Doc,
    *,
    actors: TaxonomyInput = None,
    lexicon: WordListInput = None,
    stative: WordListInput = None,
    causes: WordListInput = None,
    context: bool = True,
) -> list[HarmEvent]:
    """Find mentions of violent or harmful acts and who the grammar says did them.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed by :func:`framing.parse`.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        Actor taxonomy for ``agent_group`` / ``patient_group`` (see
        :func:`framing.load_actors`); ``None`` uses the generic one. Its
        optional ``armed`` column says which groups are of unarmed people, whose
        group a modifier gives yields to an armed head ("Dawali gunmen").
    lexicon : str or Path, optional
        Harm lexicon with columns ``term`` and ``kind`` (``verb`` lemma,
        ``noun`` lemma or multi-word noun, ``support`` verb); ``None`` reads
        the packaged ``harm_terms.csv``.
    stative : str or Path, optional
        Passed to :func:`find_passives`.
    causes : str or Path, optional
        Non-human cause words (column ``term``); ``None`` reads the packaged
        ``harm_causes.csv``.
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
        when no agent is expressed; an unknown phrase is ``"other"``, a
        personal pronoun ``"pronoun"``, the sides of a reciprocal act
        ``"mutual"`` (both in ``agent``, their groups in ``agent_groups``).
        ``negated``: the act is negated or denied in its sentence; ``cause``:
        the non-human cause it is put on ("stampede"), else "".

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

    Also: a doer named by a governing frame ("accused X of killings",
    "blamed the attacks on X", "X is responsible for the massacre":
    :func:`framing.syntax.carried_agent`); an organisation, nationality or
    acronym modifying the act ("RSF attacks", "Israeli shelling"); for a
    verb whose subject is itself an act ("the ambush killed nine"), that
    act's doer, or none. A time or a negative phrase ("nobody") is no doer;
    a cause word as doer ("the flood killed") is a ``cause``, not an agent.

    From real reports: a weapon or vehicle as doer stands for the actor
    modifying it, else none ("an Ostravian missile struck", "tanks fired":
    :func:`weapon_user`); an act as by-agent passes on its doer ("killed by
    army tank fire"); an act that is the occasion of a harm verb takes that
    verb's doer ("killed 12 in a raid": :func:`framing_act_doer`); listed
    examples take the wider act's doer ("atrocities, including killings");
    "at the hands of X" names X; a wire dateline taken for the subject is set
    aside (:func:`past_dateline`); a "which" clause hung on a place inside an
    act's phrase is about the act (:func:`act_antecedent`); an
    object-controlled victim of "shooting them" gives way to the subject of
    the controlling verb (:func:`disjoint_from_object`); reciprocal verbs
    name their sides (:func:`reciprocal_sides`), also with "between" on the
    verb ("fighting broke out between X and Y"). A passive without a
    by-agent takes the doer of the act it happened in ("killed in a rebel
    attack"), of a gapped coordinated passive ("shot dead and nine wounded
    by police") or of an elliptic partitive ("most of them by army
    bullets"); a passive the parser read as active names its by-agent, not
    its victim (:func:`misread_passive`); a participle of result set after
    a reporting verb or a verb whose argument is an act takes that act's
    doer (", officials said, killing nine": :func:`result_doer`); a
    possessed or definite agent the taxonomy does not know takes the group
    of the actor named before it in the sentence ("the army said its units
    had killed": :func:`agent_referent`); a possessed retinue noun takes
    its owner's group ("the warlord's bodyguards", "his troops" of a rebel
    leader) and a place or count after "by" is no doer ("dumped by the
    roadside"): :mod:`.owners`. The conditional kinds of
    the lexicon (impact, outcome, resultative) are described in
    :func:`harm_lexicon`.

    An agent named only in another sentence or through a pronoun is not
    resolved (no coreference): "they" is ``pronoun``. A participle modifying
    a harm noun ("targeted killings") is not a separate event. Known
    failures: a nationality modifying an act names its victims as often as
    its doers ("the Rohingya genocide" reads Rohingya as the doer); a
    parser that attaches a clause to the sides of "clashes between the
    factions left 25 dead" puts it in ``agent``; a place name the
    tagger does not mark as a place, modifying an act in a headline
    ("Darani killings"), is read as its doer.

    hedge_cue: the cue of a hedge (same sentence) whose scope covers the
    trigger. source: the attribution whose content covers the trigger, else
    the first attribution of the sentence.
    """
    taxonomy = load_actors(actors)
    harm = harm_lexicon(lexicon)
    cause_set = cause_words(causes)
    nouns, verbs, phrasal = harm["noun"], harm["verb"], harm["phrasal"]
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
    impact, weapons = harm["impact"], harm["weapon"]
    conditional = impact | harm["impact_noun"] | harm["outcome"] | harm["resultative"] | harm["instrument"]
    conditional |= trigger_verbs(harm) | harm["heard_noun"]  # "drowned", "gutted": read in framing.agency.triggers
    conditional |= harm["capture"]  # "were taken by gunmen": read in framing.agency.captures
    conditional |= frozenset(entry.split()[0] for entry in blast_words("damage"))  # "shattered": framing.agency.blasts
    words = screen_words(nouns, verbs | frozenset(phrasal) | conditional)

    def act_noun(noun: Node) -> bool:  # "bombings tore through"
        return nominal_trigger(tree, noun.i, nouns, verbs) is not None

    def harm_verb(verb: Node) -> bool:  # a harm verb in a harm sense: "killed in the strike"
        found = verb_lemma(verb.lemma_, verb.text, verbs)
        if found is None:
            return False
        unless = harm["unless"].get(found, frozenset())
        # not "the fight dragged on" (a particle), nor "seized the town" (no person taken)
        excluded = object_excludes(verb, unless, weapons) or particle_excludes(verb, unless)
        return not (excluded or thing_patient(verb, unless, weapons))

    def act_verb(verb: Node) -> bool:  # a harm verb, or one of several words ("set them on fire")
        return harm_verb(verb) or phrasal_verb(verb, phrasal) is not None

    def bare_impact_act(noun: Node) -> bool:  # "killed in the strike", "the strike killed 12"
        lemma_n = noun.lemma_.lower()
        if lemma_n not in harm["impact_noun"] or lemma_n in cause_set:
            return False
        return occasion_of_harm(noun, is_harm_verb=harm_verb)

    def blast_doer_named(noun: Node) -> bool:  # "blamed X / an air strike / a drone for the blast", not "a gas leak"
        return known_doer(noun, taxonomy) or act_noun(noun) or bare_impact_act(noun) or noun.lemma_.lower() in weapons

    def blamed(noun: Node) -> bool:  # "the strike, which X blamed on Y forces" (blasts: framing.agency.blasts)
        carried, lemma_n = carried_agent(noun), noun.lemma_.lower()
        if lemma_n in harm["impact_noun"] and lemma_n not in cause_set and noun.pos_ == "NOUN":
            return carried is not None and armed_doer(carried)  # not "blamed the strike on the union"
        return False

    def blamed_act(agent: Node, noun: Node) -> bool:  # the doer a frame names for the noun is itself an act
        if mutual_sides(agent) or carried_agent(noun) is None or carried_agent(noun).i != agent.i:
            return False
        return act_noun(agent) or is_impact_noun(agent, harm, taxonomy) or bare_impact_act(agent)

    def consumed_by_phrasal(noun: Node) -> bool:  # the fire a verb entry is named with: one event, the verb's
        head = noun.head
        if noun.dep_ == "pobj" and head.text.lower() == "with":  # "sprayed homes with automatic fire"
            return verb_lemma(head.head.lemma_, head.head.text, harm["instrument"]) is not None
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            head = head.head  # the entry's preposition and object: "forced ... into slavery", "set ... on fire"
        found = phrasal_verb(head, phrasal) if noun.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" else None
        return found is not None and found[1].i == noun.i  # "opened sniper fire"

    triggers = candidate_triggers(tree, harm, words, conditional)
    for token in map(node, triggers):
        agent = patient = None
        first = last = token.i
        form = lemma = None
        passive, passive_agent, passive_patient = passive_records.get(token.idx, (None, None, None))
        passive_agent = None if place_by_object(passive_agent) else passive_agent  # "shot by the roadside"
        headline = headline_act(token, verbs | impact, harm["unless"])  # "Rebels shell capital", "kill 9, raze"
        if headline is not None:
            lemma, form, agent = headline[0], "active", headline[1]
            if agent is not None and agent.lemma_.lower() in weapons and agent.i > 0:
                before = node(agent.i - 1)  # "Vrelian jet bombs theatre": the tagger hangs both words on the object
                agent = before if before.dep_ == "amod" and names_actor(before, taxonomy) else agent
            if lemma in impact and not impact_doer(agent, taxonomy, harm, tree):
                continue
            if agent is not None and nominal_trigger(tree, agent.i, nouns, verbs) is not None:
                agent = nominal_agent(agent, harm["support"], taxonomy)  # "Airstrikes pound town": the act's doer
        elif token.pos_ in ("NOUN", "PROPN") or is_gerund_noun(token):
            match = nominal_trigger(tree, token.i, nouns, verbs)
            if match is None and token.tag_ == "VBG":
                lemma_v = verb_lemma(token.lemma_, token.text, verbs)
                match = (token.i, token.text.lower()) if lemma_v else None
            if match is not None and match[1] in cause_set and match[1] not in nouns:
                match = None  # a gerund listed as a cause: "as a result of trampling"
            # "caused the deaths", "blamed on overloading"; "the blast killed 20" (lead decision D6)
            caused, causer = death_caused(token, harm, lambda n: known_doer(n, taxonomy))
            match = (
                (token.i, token.lemma_.lower())
                if match is None and (caused or blast_act(token, harm, blast_doer_named) or blamed(token))
                else match
            )
            # "blamed the deaths on X", "the first death at the hands of the police"
            carried = carried_agent(token) or hands_of(token) if token.lemma_.lower() in harm["outcome"] else None
            if (
                match is None
                and carried is not None
                and nominal_trigger(tree, carried.i, nouns, verbs) is None
                and not is_impact_noun(carried, harm, taxonomy)
            ):
                # "blamed the deaths on X"; "blamed army fire for the deaths" names the act as fire
                match = (token.i, token.lemma_.lower())
            if match is None and (
                is_impact_noun(token, harm, taxonomy)
                or bare_impact_act(token)  # not "killed in the fire", a blaze (cause_set)
            ):
                weapon = [c.i for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in weapons]
                match = (min([token.i, *weapon]), token.lemma_.lower())
            if (
                match is None
                # a modifier: "a killing blow", or part of its head's act ("a reprisal attack"),
                # unless the head only frames the act ("the shooting death", "a killing spree")
                or (
                    token.dep_ in ("compound", "amod")
                    and token.i < token.head.i
                    and not framed_or_coordinated(token, harm["act_head"])  # "the rebels' shelling and sniper fire"
                )
                or figurative_under_fire(token, harm["under_noun"], known_actor=lambda n: names_actor(n, taxonomy))
                or no_new_event(token, harm, harm_verb)  # "the speech was an attack on", "a tool of repression"
                or nominal_trigger(tree, token.i, harm["no_harm"]) is not None  # "a heart attack"
                or consumed_by_phrasal(token)
                or noun_names_no_act(token) or headline_no_act(token, verbs | impact, harm["unless"])  # "Sudan war:"
            ):
                continue
            first, lemma = match
            if is_label(token, harm):
                continue  # "the killings constituted genocide": a label of acts already named
            patient = nominal_patient(token)
            gerund_of = None if lemma in nouns else verb_lemma(lemma, lemma, verbs)
            if gerund_excludes(token, patient, harm["unless"].get(gerund_of or "", frozenset())):
                continue  # a gerund of a verb entry: "the hanging of the portrait", "bag snatching"
            if patient is not None and {patient.lemma_.lower(), patient.text.lower()} & harm["unless_noun"].get(
                lemma, frozenset()
            ):
                continue  # "an attack on the budget", "abuse of power": no harm
            form = "nominal"
            agent = nominal_agent(token, harm["support"], taxonomy) or occasion_doer(token, verbs) or causer
            if agent is None and (folded := folded_participle(token, harm["unless"].get(lemma, frozenset()))):
                form, agent = "active", subject(folded)  # "stormed the settlement, looting shops and torching homes"
            if agent is None and token.dep_ in ("compound", "amod", "nmod") and token.i < token.head.i:
                agent = nominal_agent(token.head, harm["support"], taxonomy)  # "plotted the assassination attempt"
            if agent is not None and agent.i != token.i and blamed_act(agent, token):
                agent = nominal_agent(agent, harm["support"], taxonomy)  # "blamed an air strike for the explosion"
            agent = text_author(agent, harm)[1]  # "a statement from X took responsibility for the bombing"
        elif token.pos_ in ("VERB", "AUX", "ADJ"):
            lemma = harm_sense(
                token, harm, taxonomy=taxonomy, tree=tree, passive=passive, passive_agent=passive_agent,
                passive_patient=passive_patient, cause_set=cause_set, harm_verb=harm_verb,
            )
            dies_by = died_by(token, harm)  # "passengers drowned": the death by its mechanism
            lemma = dies_by or lemma
            found = (
                None
                if lemma is not None
                else verb_act(token, harm, passive_patient, taxonomy=taxonomy, is_act=act_noun)
            )
            if found is None and lemma is None:  # "the shock wave shattered windows" (lead decision D7)
                found = damage_act(token, lambda n: impact_doer(n, taxonomy, harm, tree))
                found = None if found is None else (*found, None)
            small = found[2] if found is not None else None
            if found is not None:  # "her home gutted", "pulled down the home of"
                lemma, last = found[0], max(last, found[1].i)
            multiword = phrasal_verb(token, phrasal) if token.pos_ != "ADJ" else None
            if multiword is not None:
                lemma, word = multiword
                last = max(last, word.i)
            unless = harm["unless"].get(lemma, frozenset())
            if (
                lemma is None
                or object_excludes(token, unless, harm["weapon"])
                or modified_noun_excludes(token, unless)  # "the film, shot on location"
                or particle_excludes(token, unless)  # "prices shot up"
                or contest_excludes(token, unless)  # "crushed in the elections"
                or dismissed(token, unless)  # "the minister was fired"
                or (thing_patient(token, unless, harm["weapon"]) and not dies_by)  # "snatched a bag", not a priest
                or leads_to_act(token, lemma, act_verb)  # "dragged two men from a car and shot them"
                or abstract_object(token, harm["abstract"])  # "torched what remained of public faith"
                or slogan(token) or headline_no_act(token, verbs | impact, harm["unless"])  # "chanted 'hang him'"
                or no_new_event(token, harm, harm_verb)  # "lynched the coach on social media", "and died of his wounds"
                or harmless_without_object(token, unless, passive=passive is not None and passive.verb == token.text)
                or sports_score(token)  # "massacred the visitors 6-0"
                or fired_at_nobody(token)  # "fired into the air"
                or names_no_act(token, harm, act_noun)  # "the strike targeted", "threatened to kill"
                or harm_only_beside(token, unless, harm_verb)  # "the thieves stole three laptops"
            ):
                continue
            if passive is not None and passive.verb == token.text:
                form = "passive"
            elif token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and token.with_dep("det"):
                continue  # a participle used as a noun: "the wounded", "the dead"
            elif (
                token.dep_ == "amod"
                and token.tag_ in ("VBN", "JJ", "VBD")
                and (token.text.lower().endswith(("ed", "en", "wn", "ain")) or token.text.lower() == "hurt")
            ):  # "hurt": the one irregular participle of a harm verb read after its count ("and hundreds more hurt")
                if nominal_trigger(tree, token.head.i, nouns) is not None:
                    continue  # "targeted killings": one event, the noun
                form = "adjectival"
                patient = token.head
                verb = coordinated_verb(token, lambda v: verb_lemma(v.lemma_, v.text, verbs) is not None)
                if verb is not None:  # "soldiers executed people and looted stores"
                    form, agent = "active", subject(verb)
            elif (
                token.dep_ == "amod"
                and token.text.lower().endswith("ing")
                and framed_or_coordinated(token, harm["act_head"])  # or "the rebels' shelling and sniper fire"
            ):
                form = "nominal"  # "the shooting death of a man": the act, named by its participle
                agent = nominal_agent(token.head, harm["support"], taxonomy)
            elif (carried := frame_gerund(token)) is not None:
                form, agent, patient = "active", carried, token.head  # "accused X of burning houses"
            elif (folded := folded_participle(token, unless)) is not None:
                form, agent, patient = "active", subject(folded), token.head  # "killing X and burning stalls"
            elif token.pos_ == "ADJ" or token.dep_ == "amod":
                continue  # "burning houses": a state, not an act
            elif small is not None:
                form, patient = "active", small  # "her home gutted": the home is no doer
            elif lemma in harm["outcome"] or dies_by:
                form = "active"
                agent, patient = hands_of(token), subject(token)  # the subject of "died" is the victim
            elif names_activity(token, lemma, harm):
                # "amid fighting", "wounded in shelling by the army": the activity
                # named like a noun, whose doer is named as a noun's would be
                form = "nominal"
                agent = nominal_agent(token, harm["support"], taxonomy)
            else:
                form = "active"
                if misread_passive(token) or perceived_passive(token):  # "saw two men killed"
                    agent = by_doer(token) or gapped_by_agent(token, taxonomy)  # "Civilians shot dead by X"
                elif (share_doer := victim_share_doer(token)) is not None:
                    agent = share_doer  # "killed by gang members, many of them decapitated"
                elif to_death(token) and not token.with_dep("dobj", "nsubjpass") or undergoer_subject(token, taxonomy):
                    agent = None  # "28 people have starved to death", "patients burned in their beds": the dead
                elif standins.passive_conjunct_head(token) is not None:  # "were burned or dragged out and lynched"
                    agent = by_agent(standins.passive_conjunct_head(token))
                else:
                    acted = passive_act_head(token, lambda v: harm_verb(v) or verb_lemma(v.lemma_, v.text, impact))
                    agent = result_doer(token, harm, taxonomy) or (by_agent(acted) if acted else subject(token))
                    agent = vehicle_participle_doer(token) or listed_subject(agent, verbs, harm["unless"]) or agent
                    if agent is None and token.dep_ == "csubj":  # "Shelling and sniping by X killed"
                        agent = nominal_agent(token, harm["support"], taxonomy)
                if agent is not None and relative_subject(token):
                    agent = act_antecedent(agent, nouns, verbs, weapons, taxonomy)
                if agent is not None:
                    agent = disjoint_from_object(token, agent)
                if agent is not None:
                    agent = counted_act(agent, lambda n: nominal_trigger(tree, n.i, nouns, verbs) is not None)
                if agent is not None and (
                    nominal_trigger(tree, agent.i, nouns, verbs)
                    or is_impact_noun(agent, harm)
                    or bare_impact_act(agent)
                    or blamed(agent)  # "an explosion that [X was blamed for] tore through ..., killing four"
                ):
                    # "massacres targeting Alawites", "Israeli shelling
                    # destroyed": the act does the harm, so its doer does
                    agent = nominal_agent(agent, harm["support"], taxonomy) or (agent if mutual_sides(agent) else None)
                objects = [o for o in token.with_dep("dobj") if o.i != last or multiword is None]
                patient = objects[0] if objects else target_object(token)
                if "person" in harm["unless"].get(lemma, ()):
                    # "fired tear gas at the marchers": the object is the
                    # munition, the target undergoes the act
                    patient = target_object(token) or patient
        else:
            continue
        act_doer = False
        if form == "passive":
            agent = passive_agent if passive_agent is not None else hands_of(token)
            if agent is None:
                shared = gapped_by_agent(token, taxonomy) or partitive_by_agent(token) or stranded_by_agent(token)
                agent = shared or occasion_act(token, harm, taxonomy) or relative_occasion(token, act_noun)
                partner = while_partner(token) if agent is None else None
                agent = (
                    occasion_act(partner, harm, taxonomy) if partner is not None else agent
                )  # "while ... in strikes"
            if agent is not None:  # "cut down by bursts of gunfire": the gunfire
                agent = counted_act(agent, lambda n: nominal_trigger(tree, n.i, nouns, verbs) is not None)
            if agent is not None and (
                nominal_trigger(tree, agent.i, nouns, verbs) or is_impact_noun(agent, harm) or bare_impact_act(agent)
            ):
                # "killed by Novarran tank fire": the act does the harm, so its doer does
                agent, act_doer = nominal_agent(agent, harm["support"], taxonomy), True
        if (
            agent is not None
            and agent.text.isupper()
            and (agent.i == 0 or tree.sent_id[agent.i - 1] != tree.sent_id[agent.i])
        ):
            agent = past_dateline(agent)  # "KELDAR (Reuters) - Rebels ambushed"
        if agent is not None and form in ("active", "passive") and semantic_head(agent).lemma_.lower() in weapons:
            weapon = semantic_head(agent)  # "an Ostravian missile struck", "a bomb, which police blamed on X, killed"
            agent = weapon_user(weapon, taxonomy, weapons) or weapon_owner(weapon) or carried_agent(weapon)
        elif agent is not None and form == "nominal" and agent.lemma_.lower() in weapons:
            # "killed by a gunshot during the raid": the raid takes the verb's doer, a bare weapon is none
            agent = weapon_user(agent, taxonomy, weapons) or (None if is_bare_weapon(agent) else agent)
        if dead_owner(agent, token, harm):
            agent = carried_agent(token)  # "the boy's death", "... was blamed on X": the one who died is no doer
        thing_cause = blamed_thing(agent, harm, taxonomy)  # "blamed an exploding fuel tank for the deaths"
        if agent is not None and (
            thing_cause is not None
            or standins.names_no_doer(agent, harm, tree)
            or kicker_agent(token, agent, taxonomy)  # "Manipur violence: ...", "Darani killings:"
        ):
            agent = None  # a thing blamed, a time ("began in April 2023") or "nobody claimed" names no doer
        sent_id = tree.sent_id[token.i]
        start, end = tree.idx[first], tree.idx[last] + len(tree.text[last])
        cause = thing_cause or ("" if act_doer else harm_cause(token, agent, cause_set))
        if cause and (
            cause in tree.lemma[last].lower()  # "set on fire": the cause word is the trigger's own
            or any(  # "hit during an exchange of fire": the word names an act there, not a blaze
                tree.lemma[j].lower() == cause and nominal_trigger(tree, j, nouns) is not None
                for j in range(len(tree.lemma))
                if tree.sent_id[j] == sent_id
            )
        ):
            cause = ""
        if cause and agent is not None and agent.lemma_.lower() == cause:
            agent = None  # "the crush killed": a cause, not a doer
        if patient is not None and agent is not None and patient.i == agent.i:
            patient = None  # "blamed the attacks on X": the "on" object is the doer
        agent_text, agent_head_text, agent_group, agent_groups = name_agent(
            token,
            agent,
            form=form,
            taxonomy=taxonomy,
            harm=harm,
            harm_verb=harm_verb,
            passive=passive,
            passive_agent=passive_agent,
        )
        if form == "passive":
            patient_text, patient_head_text = passive.patient, passive.patient_head
            patient_head_tok = passive_patient
        else:
            patient_text = phrase(patient, avoid=token) if patient is not None else ""
            patient_head_text = patient.text if patient is not None else ""
            patient_head_tok = patient
        events.append(
            HarmEvent(
                sent_id=sent_id,
                trigger=article_text[start:end],  # the Span's text
                lemma=lemma,
                form=form,
                agent=agent_text,
                agent_head=agent_head_text,
                agent_group=agent_group,
                agent_groups=agent_groups,
                patient=patient_text,
                patient_head=patient_head_text,
                patient_group=actor_group(taxonomy, patient_head_tok, role="patient", trigger=token),
                negated=is_negated(token, carriers=harm["support"]) or is_denied(token) or is_disowned(token),
                cause=cause,
                hedge_cue=covering_hedge(hedges, sent_id, start, end),
                source=covering_source(attributions, sent_id, start, end),
                start_char=start,
                end_char=end,
            )
        )
    return drop_named_outcomes(events, harm["outcome"])  # "murder ... in the death of X": the act is named
