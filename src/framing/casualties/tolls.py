"""Tolls: numbers of people killed or harmed, found in the dependency parse.

A toll is a number that counts people (its noun is in the victims taxonomy)
or stands alone with a toll word ("the toll rose to 1,200", "more than 1,000
were killed"), in a sentence with a toll word (``framing/data/toll_terms.csv``:
kill, die, dead, toll, wound ...). ``value`` is always the stated number read
as an integer: "more than 1,000" is 1000 with qualifier ``more_than``; "up to
50" is 50 with ``up_to``; "fewer than 10" is 10 with ``fewer_than``. The
toll word nearest the number gives its ``measure`` (:data:`MEASURES`).

Nouns derived from toll verbs ("the killing of hundreds", "shootings") are
toll words when they govern the number. A count with a victim noun must sit
in a toll clause: the number's own clause (up to its first verb, without
subordinate, adverbial, relative or coordinated verb clauses) or the noun
phrases above it must hold a toll word, so in "3,000 people called the
helpline since the quake killed 212 people" only 212 is a toll.

The closed-class words the rules need by role (units, age words, time
prepositions, share words) are in ``framing/data/toll_context_words.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..docview import doc_text, iter_sents, token_strings
from ..hints import TaxonomyInput
from ..lexicons import load_lexicon
from .counted import all_of_group, elided_noun, share_group, victim_noun, victims_of
from .exclusions import not_a_count
from .figures import (
    adjacent_harm_word,
    doers_of_harm,
    fronted_whole,
    mixed_partner,
    place_of_part,
    restated_figure,
)
from .numbers import is_number_token, is_vague, number_runs, parse_number, qualifier_of, quantity_words
from .shapes import (
    HEAD_TOLL_DEPS,
    alternatives,
    argument_of_toll_verb,
    bare_complement,
    breakdown_preposition,
    buried_by_hazard,
    clause_verb,
    context_words,
    coordinated_group,
    counted_toll_noun,
    counts_people,
    figure_of,
    fronted_set,
    held_by_non_state,
    is_nominal_toll,
    is_nominal_toll_word,
    is_toll,
    is_toll_word,
    nested_count,
    nominal_toll_lemma,
    of_pronoun,
    own_harm,
    own_toll_words,
    partitive_whole,
    place_part,
    presumed,
    projected,
    pronoun_part,
    range_lower,
    range_partner,
    range_start,
    released,
    under_rubble,
)
from .victims import VICTIMS_OTHER, load_victims

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["MEASURES", "Casualty", "find_casualties"]

#: The packaged toll-term lexicon, read when ``toll_terms=None``.
PACKAGED_TOLL_TERMS = "toll_terms"
#: What a toll counts, from the ``measure`` column of the toll terms. Burials
#: ("buried 280 people") count the dead; "casualties" and "victims" (dead and
#: hurt together) and a bare "shot" are ``other``.
MEASURES = ("killed", "injured", "missing", "displaced", "detained", "other")

# Dependents that open another clause: a toll word there does not make a
# number in the governing clause a toll ("... since the quake killed 212").
_CLAUSAL = {"advcl", "ccomp", "parataxis", "csubj", "csubjpass", "relcl"}


@dataclass(frozen=True)
class Casualty:
    """One toll. Offsets (characters of the Doc text) cover the number words.

    ``measure`` is one of :data:`MEASURES`; ``vague`` says the number is a
    quantity word ("dozens"), whose ``value`` is its documented lower bound.
    """

    number_text: str
    value: int
    qualifier: str
    vague: bool
    measure: str
    victims: str
    victim_text: str
    sent_id: int
    start_char: int
    end_char: int


def toll_term_lemmas(lexicon: str | Path | None = None) -> frozenset:
    """Lower-case lemmas of a toll-term lexicon; ``None`` reads the packaged one."""
    return frozenset(toll_term_measures(lexicon))


def toll_term_measures(lexicon: str | Path | None = None) -> dict[str, str]:
    """Lower-case lemma -> measure (one of :data:`MEASURES`) of a toll-term lexicon.

    ``None`` reads the packaged one. A study's file without a ``measure``
    column gives every term the measure ``other``.
    """
    return _read_toll_measures(PACKAGED_TOLL_TERMS if lexicon is None else str(lexicon))


@lru_cache(maxsize=4)
def _read_toll_measures(lexicon: str) -> dict[str, str]:
    table = load_lexicon(lexicon)
    measures = table["measure"] if "measure" in table.columns else ["other"] * len(table)
    found = dict(zip(table["lemma"].str.lower(), measures, strict=True))
    unknown = sorted(set(found.values()) - set(MEASURES))
    if unknown:
        raise ValueError(f"toll-term lexicon {lexicon!r}: measure {unknown[0]!r} is not one of {', '.join(MEASURES)}")
    return found


def _measure_of(token, measures) -> str | None:
    """The measure of a toll word (or of a noun derived from a toll verb), else None."""
    for key in (token.lemma_.lower(), token.lower_):
        if key in measures:
            return measures[key]
    stem = nominal_toll_lemma(token.pos_, token.lower_, measures)
    return measures[stem] if stem is not None else None


def _toll_words_of(token, toll_lemmas) -> list:
    """The number sits in a toll clause.

    A toll word (or a noun derived from a toll verb) among its ancestors up to
    the first verb ("a toll of 52", "the killing of hundreds", "killed
    seven"), or anywhere in that verb's clause ("the toll rose to 512", "put
    the number of dead at 219", "were among the dead") except in clauses it
    governs (adverbial, complement, relative, coordinated verbs with their
    own subject) and time or cause adjuncts ("after the killings"). Rejects
    "35 were killed and 12 captured" for the 12.

    Returns the toll words that make it one, nearest first: the first toll
    ancestor alone when there is one, else the clause's toll words by
    distance from the number (empty when the number is not in a toll clause).
    """
    node = token
    person_noun = None
    agent_noun = False
    while node.head.i != node.i:
        node = node.head
        if is_toll(node, toll_lemmas) or is_nominal_toll(node, toll_lemmas):
            if token.head.i == node.i and node.lemma_.lower() in context_words("agent_toll_noun"):
                person_noun = node  # "a gang of 12 kidnappers": a toll word for others, not for its own count
                agent_noun = True
                continue
            if counts_people(node) and (token.head.i == node.i or person_noun is None):
                # "2,000 refugees died", "executed 15 captives, including three women": the clause's
                # toll word says what happened to them; the noun's own measure is kept when it has none
                person_noun = person_noun or node
                continue
            return [node]
        if node.dep_ == "prep" and node.lower_ in context_words("adjunct_preposition"):
            return []  # "arrested after the lynching of two men": not the clause's count
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":
            if node.dep_ in {"aux", "auxpass"} and is_toll(node.head, toll_lemmas):
                return [node.head]  # "300 are missing" with the subject hung on the auxiliary
            break  # "including two children": a preposition, not a clause
    if released(token, node):
        return []  # "the army freed 119 hostages", "released 369 prisoners": people set free are no toll
    path = {token.i} | {a.i for a in token.ancestors}
    skipped = set()
    for t in node.subtree:
        if t.i in path or t.i in skipped:
            continue
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        if (
            (t.dep_ in _CLAUSAL and not bare_complement(t))
            or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and own_subject)
            or (t.dep_ == "prep" and t.lower_ in context_words("adjunct_preposition"))
            or (t.dep_ == "acl" and t.pos_ == "VERB" and not own_harm(t, toll_lemmas))
        ):
            # ... or a participle of no harm on a noun ("7 men convicted of the murders", not "believed trapped")
            skipped.update(x.i for x in t.subtree)
    found = [
        t
        for t in node.subtree
        if t.i not in skipped
        and t.i != token.i
        and (person_noun is None or t.i != person_noun.i)
        and is_toll(t, toll_lemmas)
        and not counted_toll_noun(t, token)
    ]
    if not found and person_noun is not None:
        return [] if agent_noun else [person_noun]
    return sorted(found, key=lambda t: (abs(t.i - token.i), t.i > token.i))


def _measure(words, measures) -> str:
    """The measure of a toll: that of its nearest toll word, unless that one
    says ``other`` and a later one is specific ("shot dead")."""
    if not words:
        return "other"
    candidates = list(words)
    if len(words) == 1:
        # the one toll ancestor: its own clause may hold a specific word ("shot ... dead"), or
        # the verb it is the subject of ("the victims, 14 men and 3 women, were buried")
        candidates += [
            t
            for t in words[0].children
            if t.dep_ not in {"conj", "cc"} and not (t.dep_ in _CLAUSAL and t.pos_ in {"VERB", "AUX"})
        ]
        if words[0].dep_ in {"nsubj", "nsubjpass"} and words[0].head.pos_ == "VERB":
            candidates.append(words[0].head)
    for word in candidates:
        if under_rubble(word):
            return "missing"  # "buried under the rubble", "trapped in the wreckage": not yet found
        found = _measure_of(word, measures)
        if word.lemma_.lower() in context_words("trapped_word") and presumed(word):
            return "missing"  # "believed trapped", "feared trapped"
        if found not in {None, "other"}:
            if found == "killed" and (presumed(word) or buried_by_hazard(word)):
                return "missing"  # "presumed dead", "believed to be dead", "a landslide buried 15" (missing)
            if found == "detained" and word.lemma_.lower() in context_words("custody_verb"):
                near = [t for t in word.subtree if t.i != word.i]
                if word.dep_ == "conj":  # "freed 21 hostages but are still holding nine others"
                    near += [c for c in word.head.children if c.dep_ in {"dobj", "nsubjpass"}]
                if any(_measure_of(t, measures) == "other" for t in near) or held_by_non_state(word):
                    return "other"  # "held by the kidnappers", "holding 59 hostages": hostages held
            if any(_measure_of(t, measures) not in {None, found} for t in alternatives(word)):
                return "other"  # "killed or injured", "died or went missing": dead and harmed together
            return found
    return "other"


def _is_base(run, np, toll_lemmas, numbers, multipliers, vague) -> bool:
    """The number's noun phrase is the base of a share: "14 of the 40
    passengers", "ten per cent of the 5,000 residents". A base of toll nouns
    ("90 per cent of the 600 dead") is itself a toll."""
    if np.dep_ != "pobj" or np.head.lower_ != "of":
        return False
    # "of the 1,452 killed", "of the 890 people killed": a base with its own toll participle is a toll
    modifiers = [c for c in np.children if c.dep_ in {"amod", "compound"} or (c.dep_ == "acl" and c.pos_ == "VERB")]
    if any(is_toll(t, toll_lemmas) for t in [np, *modifiers]):
        return False
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in np.children):
        # "14 of the 40 passengers", "85 of the town's 3,400 residents": a definite base
        return False
    owner = np.head.head
    if run[0].i <= owner.i <= run[-1].i:
        return False  # "14 of the 40 passengers" for the 14: the count itself
    return owner.lower_ in context_words("share_word") or is_number_token(owner, numbers, multipliers, vague)


def _one_of_count(run, numbers, multipliers, vague, qualifiers=()) -> bool:
    """ "one of 31 soldiers": "one" picks a member of a counted set."""
    doc = run[0].doc
    i = run[-1].i
    if len(run) != 1 or run[0].lower_ != "one" or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    k = i + 2
    qualifier_words = {w for phrase in qualifiers for w in phrase.split()}
    while k < len(doc) - 1 and k < i + 5 and doc[k].lower_ in qualifier_words:
        k += 1  # "one of nearly 300 worshippers hurt", "one of more than 40 killed"
    return is_number_token(doc[k], numbers, multipliers, vague)


def find_casualties(
    doc: Doc,
    *,
    victims: TaxonomyInput = None,
    lexicon: str | Path | None = None,
    toll_terms: str | Path | None = None,
    people_nouns: str | Path | None = None,
) -> list[Casualty]:
    """Find tolls: numbers of people killed or harmed.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    victims : path, DataFrame or ActorTaxonomy, optional
        Victim taxonomy (:func:`load_victims`); default the generic one.
    lexicon : str or Path, optional
        Number words, vague quantities and qualifiers; ``None`` reads the
        packaged ``quantities.csv``.
    toll_terms : str or Path, optional
        Lemmas that make a sentence about a toll; ``None`` reads the
        packaged ``toll_terms.csv``.
    people_nouns : str or Path, optional
        Person and armed nouns for victims the taxonomy lacks; ``None``
        reads the packaged ``people_nouns.csv`` (see
        :mod:`framing.casualties.victims`).

    Returns
    -------
    list of Casualty

    Notes
    -----
    * A number whose noun is neither in the victims taxonomy nor a person
      noun ("30 massacres", "350 homes") is not a toll.
      The noun is classified without its relative and participle clauses, so
      "30 massacres targeting villagers" does not count villagers.
    * A sentence needs a toll word: "hundreds of people gathered" is not a toll
      ("hundreds of people fled" is one, of measure ``displaced``).
    * A range gives its lower end ("between 70 and 80", "70 to 80 people": 70);
      a toll that "rose from 12 to 19" gives both.
    * "N of them" with no group noun ("four of them critically") picks out
      a part by a property and is not a toll.
    """
    numbers, multipliers, vague, qualifiers = quantity_words(lexicon)
    measures = toll_term_measures(toll_terms)
    toll_lemmas = frozenset(measures)
    taxonomy = load_victims(victims)
    found = []
    text = None  # the Doc's text, read only when a toll is found
    tokens = token_strings(doc)  # plain lists: no spaCy Token per token
    toll_words = [
        is_toll_word(lemma, lower, toll_lemmas) or is_nominal_toll_word(pos, lower, toll_lemmas)
        for lemma, lower, pos in zip(tokens.lemma, tokens.lower, tokens.pos, strict=True)
    ]
    for sent_id, sent in iter_sents(doc):
        if not any(toll_words[sent.start : sent.end]):
            continue
        sent_tolls = []  # (clause verb, group) of the sentence's tolls with a counted noun
        for run in number_runs(sent, numbers, multipliers, vague):
            if not_a_count(run):
                continue
            if _one_of_count(run, numbers, multipliers, vague, qualifiers):
                continue  # "one of 31 soldiers killed": the 31 is the toll
            if range_start(run, numbers, multipliers, vague):
                continue  # "between 70 and 80": read at the upper end, which holds the noun
            lower = range_lower(run, numbers, multipliers, vague)
            if lower is not None and not_a_count(lower):
                continue  # "aged between 8 and 15": the range is not a count
            words = [t.text for t in (lower or run)]
            value = parse_number(words, lexicon=lexicon)
            if value is None:
                continue
            restated = None  # an earlier toll of the sentence this bare figure gives again
            earlier = [c for c in found if c.sent_id == sent_id and c.end_char <= run[0].idx]
            part_of = None  # the earlier toll whose people "N of them X" counts a part of
            noun = victim_noun(run)
            if noun is None and lower is not None:
                noun = victim_noun(lower)  # "between 20 and 30 soldiers" parsed with the noun on the lower end
            if of_pronoun(run[-1]) and pronoun_part(run[-1]) is None:
                # "40 people, 15 of them children": the noun after names the part's group; with
                # none ("112 people, 20 of them seriously") the part is picked out by a property
                after = run[-1].head
                if after.pos_ == "NOUN" and after.i > run[-1].i:
                    noun = after
                elif not argument_of_toll_verb(run[-1], toll_lemmas):
                    if not (earlier and place_of_part(run[-1])):
                        continue
                    restated = earlier[-1]  # "detained 912 people, 433 of them in Lorenne": a part per place
            if noun is not None and nested_count(noun, numbers, multipliers, vague):
                continue  # "8 members of one family": the one counts families, inside the toll's noun phrase
            if noun is not None and run[-1].dep_ == "appos" and own_toll_words(run[-1], None, toll_lemmas):
                noun = None  # "Dorvan: 40 buried near school": the number's own participle, not a noun's count
            if text is None:
                text = doc_text(doc)
            if _is_base(run, noun if noun is not None else run[-1], toll_lemmas, numbers, multipliers, vague):
                continue  # the population of a share, not a toll
            if noun is None:
                noun = elided_noun(run, numbers, multipliers, vague, toll_lemmas)
            if noun is not None:
                own = own_toll_words(run[-1], noun, toll_lemmas)
                if not own and doers_of_harm(noun, toll_lemmas, lambda w: _measure_of(w, measures)):
                    continue  # "Two suicide bombers killed 29 people": the doers, not a toll
                verb = noun.head
                if own and all(w.dep_ == "amod" for w in own) and noun.dep_ in {"nsubj", "nsubjpass"}:
                    if _measure_of(verb, measures) == "killed" and verb.pos_ == "VERB":
                        own = [verb, *own]  # "68 displaced people were killed": their death, not their state
                cues = own + _toll_words_of(run[-1], toll_lemmas)
                if not own and released(run[-1], clause_verb(run[-1])):
                    continue  # people freed, released or rescued are no toll (guidelines)
                if not own and fronted_set(noun) and not is_toll(noun, toll_lemmas):
                    continue  # "Of the 1,200 troops sent in May, 47 were killed": the set, not a toll
                breakdown = breakdown_preposition(run, noun)
                if not cues and breakdown is not None:
                    # "60 people are missing after the boat sank, among them 20 children": the part
                    # belongs to the toll the breakdown follows, wherever the parser hangs it
                    cues = _toll_words_of(clause_verb(breakdown.head) or breakdown.head, toll_lemmas)
                if not cues and earlier and of_pronoun(run[-1]):
                    part_of = earlier[-1]  # "137 people were killed, 126 of them children": a part of that toll
                elif not cues:
                    continue  # people counted outside the toll clause
                group, phrase = victims_of(noun, text, taxonomy, people_nouns, toll_lemmas)
                if part_of is not None and noun.i > run[0].i:
                    phrase = doc[run[0].i : noun.i + 1].text  # "126 of them children", not the noun's clause
                if group is None and any(c.dep_ == "amod" and is_toll(c, toll_lemmas) for c in noun.children):
                    group = VICTIMS_OTHER  # "70 wounded passengers": a noun the lists lack, said to be harmed
                if group is None:
                    continue  # counts something that is not people
                partner = mixed_partner(noun)
                if partner is not None and group != "total":
                    other_group = victims_of(partner, text, taxonomy, people_nouns, toll_lemmas)[0]
                    if other_group is not None and other_group != group:
                        group = VICTIMS_OTHER  # "70 pupils and teachers": two groups in one count
            else:
                phrase = ""
                anchor = range_partner(run) or run[-1]
                own = own_toll_words(anchor, None, toll_lemmas)
                adjacent = adjacent_harm_word(anchor, toll_lemmas)
                if adjacent is not None and adjacent not in own:
                    own = [adjacent, *own]  # "163 deaths and more than 5,400 injured": the number's own word
                # a bare number: a toll only when it is a subject, object or
                # "to/at/of" object in the toll clause, not a modifier, unless
                # a toll word is its own ("3,000 wounded", "kills 75", "48 hurt")
                if anchor.dep_ not in {
                    "nsubj",
                    "nsubjpass",
                    "dobj",
                    "pobj",
                    "attr",
                    "conj",
                    "appos",
                    "ROOT",
                } and not (own or anchor.dep_ in HEAD_TOLL_DEPS and is_toll(anchor.head, toll_lemmas)):
                    continue
                cues = own + _toll_words_of(anchor, toll_lemmas)
                part = pronoun_part(anchor)
                if part is not None and not cues:
                    # "100 people were killed, 30 of whom were children": the toll of the clause
                    # the relative one hangs on
                    cues = _toll_words_of(anchor.head, toll_lemmas)
                if not cues and restated is None:
                    if not (earlier and restated_figure(anchor)):
                        continue
                    restated = earlier[-1]  # "..., while the army gave a figure of 64": the same toll again
                group = "total"
                if part is not None:
                    named, phrase = victims_of(part, text, taxonomy, people_nouns, toll_lemmas)
                    group = named or VICTIMS_OTHER
                counted = None if part is not None else figure_of(anchor)
                if counted is not None:
                    # "the number of inmates killed ... has risen to 34": the figure's own toll words
                    cues = own_toll_words(counted, None, toll_lemmas) + cues
                    # "put the number of unarmed villagers shot at 300": the figure's "of" noun is counted
                    named, named_phrase = victims_of(counted, text, taxonomy, people_nouns, toll_lemmas)
                    if named is not None:
                        group, phrase = named, named_phrase
                whole_set = fronted_whole(anchor) if part is None and counted is None else None
                if whole_set is not None:
                    # "Of the 760 men on shift, 201 have been confirmed dead": a part of the men
                    group = victims_of(whole_set, text, taxonomy, people_nouns, toll_lemmas)[0] or group
            named = all_of_group(run[-1], noun, taxonomy) or share_group(run[-1], noun, taxonomy)
            if named is not None:
                group = named  # "four of its citizens, all women": the apposition names every one
            whole = partitive_whole(run[-1], toll_lemmas)
            if whole is not None and run[-1].dep_ in {"nsubj", "nsubjpass"}:
                verb = run[-1].head
                attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
                if verb.lemma_ == "be" and attrs:
                    # "9 of the dead were nurses", "Of the 75 dead, 40 were women": a part named by group
                    part, phrase = victims_of(attrs[0], text, taxonomy, people_nouns, toll_lemmas)
                    group, cues = part or VICTIMS_OTHER, [whole]
                elif verb.lemma_.lower() in context_words("manner_verb"):
                    continue  # "19 of the victims had been beheaded": how counted people died, a property
                elif _measure_of(verb, measures) in {None, "other"}:
                    if not place_part(verb):
                        # "38 of the dead had head wounds", "41 of the dead had been shot": a part picked
                        # out by a property; "8 of the injured later died" is a toll of its own verb
                        continue
                    cues = [whole]  # "Of the deaths, 2,410 were reported in Lessar": a part per place
            anchor_verb = clause_verb(run[-1])
            if group == "total" and (noun is None or noun.lemma_.lower() in context_words("elided_noun")):
                # "30 soldiers were killed in Dara and 12 in Kesh": a gapped conjunct of the same verb
                last = run[-1]
                gapped = (last.dep_ == "conj" and last.head.pos_ in {"VERB", "AUX"}) or (
                    last.dep_ == "appos" and any(c.dep_ == "prep" for c in last.children)
                )
                group = coordinated_group(anchor_verb, noun, sent_tolls, gapped=gapped) or group
            elif noun is not None and group != "total" and breakdown_preposition(run, noun) is None:
                sent_tolls.append((anchor_verb, group))  # a breakdown's part is no partner of an elided count
            if restated is not None:
                group = restated.victims
            if projected(run[-1]):
                continue  # "the toll could rise to 100", "if the dam fails, 5,000 could die"
            start, end = (lower or run)[0].idx, run[-1].idx + len(run[-1])
            is_vague_number = is_vague(words, lexicon=lexicon)
            qualifier = qualifier_of(lower or run, qualifiers)
            if lower is not None and qualifier == "exact":
                qualifier = "at_least"  # a range: its lower end is the bound
            if is_vague_number and qualifier == "exact":
                qualifier = "at_least"  # "dozens": the value is the word's lower bound
            found.append(
                Casualty(
                    text[start:end],
                    value,
                    qualifier,
                    is_vague_number,
                    (restated or part_of).measure if restated or part_of else _measure(cues, measures),
                    group,
                    phrase,
                    sent_id,
                    start,
                    end,
                )
            )
    return found
