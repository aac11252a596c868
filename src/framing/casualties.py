"""Death tolls: numbers of people killed, with their qualifier, victims and source.

A toll is a number that counts people (its noun is in the victims taxonomy)
or stands alone with a toll word ("the toll rose to 1,200", "more than 1,000
were killed"), in a sentence with a toll word (``framing/data/toll_terms.csv``:
kill, die, dead, toll, wound ...). Numbers are read from digits ("1,000",
"1.2 million"), words ("three hundred", "twenty-five") and vague quantities
(``framing/data/quantities.csv``).

Vague quantities are mapped to a *lower bound* (a documented decision, so
tables never overstate a toll): "dozens" -> 24 (at least two dozen), "scores"
-> 40, "hundreds" -> 200, "thousands" -> 2,000, "tens of thousands" ->
20,000. ``value`` is always the stated number read as an integer: "more than
1,000" is 1000 with qualifier ``more_than``; "up to 50" is 50 with ``up_to``.

Nouns derived from toll verbs ("the killing of hundreds", "shootings") are
toll words when they govern the number. A count with a victim noun must sit
in a toll clause: the number's own clause (up to its first verb, without
subordinate, adverbial, relative or coordinated verb clauses) or the noun
phrases above it must hold a toll word, so in "3,000 people called the
helpline since the quake killed 212 people" only 212 is a toll.

Person-noun fallback (a documented decision): a counted noun the victims
taxonomy does not classify but that ``framing/data/people_nouns.csv`` lists
as kind ``person`` ("shepherds", "commuters", "paramedics") is counted as
``civilians``; one of kind ``armed`` goes to the taxonomy's group for
soldiers (state forces: ranks, police, security services) or for fighters
(non-state), and to ``total`` when the taxonomy has no such group.

Not tolls: years ("in 2011"), ages and durations ("13 years", "three
months", "aged 40"), times ("10:30", "9am"), percentages ("10 per cent",
"10%"), numbers counting things that are not people ("30 massacres"), the
population base of a share ("14 of the 40 passengers", "10 per cent of the
5,000 residents": only 14 / nothing; a base of toll nouns, "90 per cent of
the 600 dead", is a toll) and "one" in "one of 31 soldiers killed".
Elliptical conjuncts ("two policemen were killed and five wounded") inherit
the victims of the first conjunct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .docview import doc_text, iter_sents, sentence_texts, token_strings
from .io import read_cached
from .lexicons import lexicon_path, load_lexicon
from .parse import ensure_parsed

__all__ = [
    "CASUALTY_COLUMNS",
    "TOLL_TABLE_COLUMNS",
    "QUALIFIERS",
    "Casualty",
    "casualties",
    "casualty_rows",
    "find_casualties",
    "load_victims",
    "parse_number",
    "toll_table",
]

#: Columns of :func:`casualties`, in order.
CASUALTY_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "number_text",
    "value",
    "qualifier",
    "victims",
    "victim_text",
    "source",
    "source_type",
    "start_char",
    "end_char",
]
#: Columns of :func:`toll_table`, in order.
TOLL_TABLE_COLUMNS = [
    "outlet",
    "victims",
    "value",
    "qualifier",
    "number_text",
    "source",
    "source_type",
    "n_mentions",
]
#: Qualifier labels, from the quantities lexicon.
QUALIFIERS = ("at_least", "more_than", "about", "nearly", "up_to", "exact")

# Units after a number that make it a duration, age, distance or share.
_NON_PERSON_UNITS = {
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
    "percent", "%", "km", "kilometre", "kilometer", "mile", "metre", "meter", "old",
    "am", "pm", "a.m.", "p.m.", "gmt", "dollar", "pound", "euro",
}  # fmt: skip
_AGE_WORDS = {"aged", "age", "ages"}
# Words before "one" that make it a pronoun ("no one", "every one").
_PRONOUN_ONE = {"no", "any", "every", "each", "some", "someone", "anyone"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_TIME = re.compile(r"^\d{1,2}[:.]\d\d$|^\d{1,2}(am|pm)$", re.I)


@dataclass(frozen=True)
class Casualty:
    """One toll. Offsets (characters of the Doc text) cover the number words."""

    number_text: str
    value: int
    qualifier: str
    victims: str
    victim_text: str
    sent_id: int
    start_char: int
    end_char: int


@lru_cache(maxsize=4)
def _quantities(lexicon: str) -> tuple[dict, dict, dict, dict]:
    table = load_lexicon(lexicon)
    numbers, multipliers, vague, qualifiers = {}, {}, {}, {}
    for row in table.itertuples(index=False):
        target = {
            "number": numbers,
            "multiplier": multipliers,
            "vague": vague,
            "qualifier": qualifiers,
        }.get(row.kind)
        if target is None:
            raise ValueError(f"quantities lexicon {lexicon!r}: unknown kind {row.kind!r} for {row.text!r}")
        target[row.text.lower()] = row.value if row.kind == "qualifier" else int(row.value)
    return numbers, multipliers, vague, qualifiers


@lru_cache(maxsize=4)
def _toll_lemmas(lexicon: str) -> frozenset:
    return frozenset(load_lexicon(lexicon)["lemma"].str.lower())


def parse_number(words: list[str], *, lexicon: str = "quantities") -> int | None:
    """Integer value of number words ("three hundred", "1,000", "1.2 million", "dozens").

    Returns ``None`` when the words are not a number.
    """
    numbers, multipliers, vague, _ = _quantities(lexicon)
    joined = " ".join(w.lower() for w in words if w not in {"-", "and"})
    if joined in vague:
        return vague[joined]
    total, current, seen = 0, 0, False
    for word in joined.replace("-", " ").split():
        word = word.strip()
        if word in {"a", "an"}:
            continue  # "a dozen", "a hundred": the multiplier alone
        digits = word.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", digits):
            current += float(digits)
            seen = True
        elif word in numbers:
            current += numbers[word]
            seen = True
        elif word in multipliers:
            m = multipliers[word]
            current = max(current, 1) * m
            if m >= 1000:
                total, current = total + current, 0
            seen = True
        elif word in vague:
            current = max(current, 1) * vague[word] if current else vague[word]
            seen = True
        else:
            return None
    return int(round(total + current)) if seen else None


def load_victims(source: str | Path | pd.DataFrame | None = None):
    """Victim taxonomy (``victims``, ``match``, ``pattern``, ``note``) as an ActorTaxonomy.

    ``None`` loads the generic one shipped with framing
    (``framing/data/victims_generic.csv``); a study passes its own
    (``data/study/victims.csv``).
    """
    from .actors import ActorTaxonomy

    if isinstance(source, ActorTaxonomy):
        return source
    if source is None:
        source = lexicon_path("victims_generic")
    if isinstance(source, pd.DataFrame):
        return _victim_taxonomy(source.copy(), "victim table")
    path = Path(source)
    if not path.is_file():
        raise ValueError(f"{path}: victim taxonomy file not found")
    return read_cached(path, _read_victims)


def _read_victims(path: Path):
    return _victim_taxonomy(load_lexicon(path), str(path))


def _victim_taxonomy(table: pd.DataFrame, where: str):
    from .actors import load_actors

    if "victims" not in table.columns:
        raise ValueError(f"victim taxonomy {where}: missing column 'victims'")
    table = table.rename(columns={"victims": "group"})
    table["role"] = "patient"
    return load_actors(table)


_NUMERAL = re.compile(r"\d[\d,]*(\.\d+)?")
_HYPHENATED = re.compile(r"[a-z]+-[a-z]+")


def _is_number_token(token, numbers, multipliers, vague) -> bool:
    return _is_number_word(token.text, token.lower_, numbers, multipliers, vague)


def _is_number_word(text: str, lower: str, numbers, multipliers, vague) -> bool:
    return bool(
        _NUMERAL.fullmatch(text)
        or lower in numbers
        or lower in multipliers
        or lower in vague
        or _HYPHENATED.fullmatch(lower)
        and all(p in numbers for p in lower.split("-"))
    )


def _groups(sent, numbers, multipliers, vague):
    """Runs of number tokens ("three hundred", "1.2 million", "tens of thousands").

    Scanned on the Doc's token strings; spaCy Tokens are made for the runs only.
    """
    doc, first, end = sent.doc, sent.start, sent.end
    strings = token_strings(doc)
    text, lower = strings.text, strings.lower

    def is_number(i: int) -> bool:
        return _is_number_word(text[i], lower[i], numbers, multipliers, vague)

    k = first
    while k < end:
        if not is_number(k):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < end:
            if is_number(j) and lower[j] not in vague:
                run.append(j)
            elif text[j] == "-" and j + 1 < end and lower[j + 1] in numbers:
                run.append(j)
            elif lower[j] == "of" and j + 1 < end and f"{lower[run[-1]]} of {lower[j + 1]}" in vague:
                run.extend([j, j + 1])
                j += 1
            else:
                break
            j += 1
        # "a dozen", "a hundred"
        if k > first and lower[k - 1] in {"a", "an"} and lower[k] in {"dozen", "hundred", "thousand"}:
            run.insert(0, k - 1)
        yield [doc[i] for i in run]
        k = j


def _excluded(run, sent) -> bool:
    first, last = run[0], run[-1]
    doc = first.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if any(_TIME.match(t.text) or "%" in t.text for t in run):
        return True
    digit_groups = [t for t in run if t.text[:1].isdigit()]
    if len(digit_groups) > 1 or any(re.match(r"0\d", t.text) for t in digit_groups):
        return True  # "0800 555 019": a phone or reference number, not a count
    if nxt is not None:
        if nxt.lemma_.lower() in _NON_PERSON_UNITS or nxt.lower_ in _NON_PERSON_UNITS:
            return True
        if nxt.lower_ == "per" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ == "cent":
            return True
        if nxt.text in {"-"} and last.i + 2 < len(doc) and doc[last.i + 2].lemma_.lower() in {"year", "old"}:
            return True
    if prev is not None and prev.lower_ in _AGE_WORDS:
        return True
    if prev is not None and nxt is not None and prev.text == "," and nxt.text == "," and len(run) == 1:
        return True  # "The soldier, 24, died": an age in apposition
    if len(run) == 1 and _YEAR.match(first.text):
        return True
    if len(run) == 1 and first.lower_ == "one" and prev is not None and prev.lower_ in _PRONOUN_ONE:
        return True  # "no one was killed", "every one of them": a pronoun, not a count
    return False


# Dependents that open another clause: a toll word there does not make a
# number in the governing clause a toll ("... since the quake killed 212").
_CLAUSAL = {"advcl", "ccomp", "parataxis", "csubj", "csubjpass", "relcl"}
# Prepositions of time or cause: "marched after the killings" is not a toll.
_ADJUNCT_PREPS = {"after", "before", "since", "following", "despite", "over", "until", "amid"}
# Heads of a share whose "of the N ..." is the population base, not a toll.
_SHARE_WORDS = {"cent", "percent", "%", "half", "third", "quarter", "fifth", "tenth", "fraction"}


def _is_toll(token, toll_lemmas) -> bool:
    return _is_toll_word(token.lemma_, token.lower_, toll_lemmas)


def _is_toll_word(lemma: str, lower: str, toll_lemmas) -> bool:
    return lemma.lower() in toll_lemmas or lower in toll_lemmas


def _is_nominal_toll(token, toll_lemmas) -> bool:
    """A noun derived from a toll verb: "killing(s)", "shooting(s)", "stabbings"."""
    return _is_nominal_toll_word(token.pos_, token.lower_, toll_lemmas)


def _is_nominal_toll_word(pos: str, lower: str, toll_lemmas) -> bool:
    if pos not in {"NOUN", "PROPN"}:
        return False
    word = lower
    word = word[:-1] if word.endswith("ings") else word
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    candidates = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.add(stem[:-1])
    return bool(candidates & toll_lemmas)


def _toll_clause(token, toll_lemmas) -> bool:
    """The number sits in a toll clause.

    A toll word (or a noun derived from a toll verb) among its ancestors up to
    the first verb ("a toll of 52", "the killing of hundreds", "killed
    seven"), or anywhere in that verb's clause ("the toll rose to 512", "put
    the number of dead at 219", "were among the dead") except in clauses it
    governs (adverbial, complement, relative, coordinated verbs with their
    own subject) and time or cause adjuncts ("after the killings"). Rejects
    "35 were killed and 12 captured" for the 12.
    """
    node = token
    while node.head.i != node.i:
        node = node.head
        if _is_toll(node, toll_lemmas) or _is_nominal_toll(node, toll_lemmas):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":
            break  # "including two children": a preposition, not a clause
    path = {token.i} | {a.i for a in token.ancestors}
    skipped = set()
    for t in node.subtree:
        if t.i in path or t.i in skipped:
            continue
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        if (
            t.dep_ in _CLAUSAL
            or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and own_subject)
            or (t.dep_ == "prep" and t.lower_ in _ADJUNCT_PREPS)
        ):
            skipped.update(x.i for x in t.subtree)
    return any(_is_toll(t, toll_lemmas) for t in node.subtree if t.i not in skipped and t.i != token.i)


def _is_base(run, np, toll_lemmas, numbers, multipliers, vague) -> bool:
    """The number's noun phrase is the base of a share: "14 of the 40
    passengers", "ten per cent of the 5,000 residents". A base of toll nouns
    ("90 per cent of the 600 dead") is itself a toll."""
    if np.dep_ != "pobj" or np.head.lower_ != "of":
        return False
    modifiers = [c for c in np.children if c.dep_ in {"amod", "compound"}]
    if any(_is_toll(t, toll_lemmas) for t in [np, *modifiers]):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in np.children):
        return False
    owner = np.head.head
    if run[0].i <= owner.i <= run[-1].i:
        return False  # "14 of the 40 passengers" for the 14: the count itself
    return owner.lower_ in _SHARE_WORDS or _is_number_token(owner, numbers, multipliers, vague)


@lru_cache(maxsize=4)
def _people_nouns(lexicon: str) -> dict[str, tuple[str, str]]:
    table = load_lexicon(lexicon)
    return {str(r.lemma).lower(): (str(r.kind), str(r.rationale).lower()) for r in table.itertuples(index=False)}


# Rationale cues in people_nouns.csv marking state armed or security forces.
_STATE_CUES = ("soldiers and ranks", "police", "security services", "armed forces", "armed: collective")


def _fallback_group(noun, taxonomy, people_lexicon: str) -> str | None:
    """Group of a person noun the victims taxonomy lacks (see module notes)."""
    people = _people_nouns(people_lexicon)
    entry = people.get(noun.lemma_.lower()) or people.get(noun.lower_)
    if entry is None:
        return None
    kind, rationale = entry
    if kind == "person":
        return "civilians"
    if kind != "armed":
        return None
    proto = "soldier" if any(cue in rationale for cue in _STATE_CUES) else "fighter"
    return taxonomy.classify(proto, head=proto, role="patient") or "total"


def _one_of_count(run, numbers, multipliers, vague) -> bool:
    """ "one of 31 soldiers": "one" picks a member of a counted set."""
    doc = run[0].doc
    i = run[-1].i
    return (
        len(run) == 1
        and run[0].lower_ == "one"
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "of"
        and _is_number_token(doc[i + 2], numbers, multipliers, vague)
    )


def _elided_noun(run, numbers, multipliers, vague):
    """ "Two policemen were killed and five wounded": the noun of the first
    conjunct's count, for a bare count of a coordinated verb."""
    token = run[-1]
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.dep_ != "conj":
        return None
    for child in verb.head.children:
        if child.dep_ == token.dep_ or {child.dep_, token.dep_} <= {"nsubj", "nsubjpass"}:
            if any(c.dep_ == "nummod" and _is_number_token(c, numbers, multipliers, vague) for c in child.children):
                return child
    return None


def _victim_noun(run):
    """The noun the number counts, or None."""
    head_tok = run[-1]
    for t in run:  # the token of the run whose head lies outside the run
        if not (run[0].i <= t.head.i <= run[-1].i) or t.head.i == t.i:
            head_tok = t
            break
    # "hundreds of civilians", "125 of the fighters", "dozens of families"
    for child in run[-1].children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ in {"NOUN", "PROPN", "ADJ"}:
                return objs[0]
    head = head_tok.head
    if head_tok.dep_ in {"nummod", "compound", "amod", "quantmod", "appos"} and head.pos_ in {
        "NOUN",
        "PROPN",
        "ADJ",
    }:
        return head
    return None


def _noun_phrase(noun, text: str) -> str:
    drop = set()
    for child in noun.children:
        if child.dep_ in {"conj", "cc", "punct", "relcl", "appos", "acl"}:
            drop.update(t.i for t in child.subtree)
    tokens = [t for t in noun.subtree if t.i not in drop and not t.is_space]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def _qualifier(run, qualifiers) -> str:
    doc = run[0].doc
    left = [t.lower_ for t in doc[max(0, run[0].i - 4) : run[0].i]]
    best, best_len = "exact", 0
    for phrase, label in qualifiers.items():
        words = phrase.split()
        if len(words) <= len(left) and left[-len(words) :] == words and len(words) > best_len:
            best, best_len = label, len(words)
    return best


def find_casualties(
    doc,
    *,
    victims=None,
    lexicon: str = "quantities",
    toll_terms: str = "toll_terms",
    people_nouns: str = "people_nouns",
) -> list[Casualty]:
    """Find tolls: numbers of people killed or harmed.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    victims : path, DataFrame or ActorTaxonomy, optional
        Victim taxonomy (:func:`load_victims`); default the generic one.
    lexicon : str
        Number words, vague quantities and qualifiers (``quantities.csv``).
    toll_terms : str
        Lemmas that make a sentence about a toll (``toll_terms.csv``).
    people_nouns : str
        Person and armed nouns for victims the taxonomy lacks
        (``people_nouns.csv``; see the module notes).

    Returns
    -------
    list of Casualty

    Notes
    -----
    * A number whose noun is neither in the victims taxonomy nor a person
      noun ("30 massacres", "350 homes") is not a toll.
      The noun is classified without its relative and participle clauses, so
      "30 massacres targeting villagers" does not count villagers.
    * A sentence needs a toll word: "hundreds of people fled" is not a toll.
    * Ranges ("700 to 800") give two numbers.
    """
    numbers, multipliers, vague, qualifiers = _quantities(str(lexicon))
    toll_lemmas = _toll_lemmas(str(toll_terms))
    taxonomy = load_victims(victims)
    found = []
    text = None  # the Doc's text, read only when a toll is found
    tokens = token_strings(doc)  # plain lists: no spaCy Token per token
    toll_words = [
        _is_toll_word(lemma, lower, toll_lemmas) or _is_nominal_toll_word(pos, lower, toll_lemmas)
        for lemma, lower, pos in zip(tokens.lemma, tokens.lower, tokens.pos, strict=True)
    ]
    for sent_id, sent in iter_sents(doc):
        if not any(toll_words[sent.start : sent.end]):
            continue
        for run in _groups(sent, numbers, multipliers, vague):
            if _excluded(run, sent):
                continue
            if _one_of_count(run, numbers, multipliers, vague):
                continue  # "one of 31 soldiers killed": the 31 is the toll
            words = [t.text for t in run]
            value = parse_number(words, lexicon=str(lexicon))
            if value is None:
                continue
            noun = _victim_noun(run)
            if text is None:
                text = doc_text(doc)
            if _is_base(run, noun if noun is not None else run[-1], toll_lemmas, numbers, multipliers, vague):
                continue  # the population of a share, not a toll
            if noun is None:
                noun = _elided_noun(run, numbers, multipliers, vague)
            if noun is not None:
                phrase = _noun_phrase(noun, text)
                group = taxonomy.classify(phrase, head=noun.lemma_.lower(), role="patient")
                if group is None:
                    group = _fallback_group(noun, taxonomy, people_nouns)
                if group is None:
                    continue  # counts something that is not people
                if not _toll_clause(run[-1], toll_lemmas):
                    continue  # people counted outside the toll clause
            else:
                phrase = ""
                # a bare number: a toll only when it is a subject, object or
                # "to/at/of" object in the toll clause, not a modifier
                if run[-1].dep_ not in {
                    "nsubj",
                    "nsubjpass",
                    "dobj",
                    "pobj",
                    "attr",
                    "conj",
                    "appos",
                    "ROOT",
                }:
                    continue
                if not _toll_clause(run[-1], toll_lemmas):
                    continue
                group = "total"
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            found.append(
                Casualty(
                    text[start:end],
                    value,
                    _qualifier(run, qualifiers),
                    group,
                    phrase,
                    sent_id,
                    start,
                    end,
                )
            )
    return found


def casualty_rows(article, doc, *, victims=None, sources=None, lexicon: str = "quantities") -> list[tuple]:
    """Rows of :func:`casualties` for one article (see :data:`CASUALTY_COLUMNS`)."""
    from .sources import classify_source, find_attributions, load_sources

    taxonomy = load_sources(sources)
    attributions = find_attributions(doc)
    sents = sentence_texts(doc)
    rows = []
    for toll in find_casualties(doc, victims=victims, lexicon=lexicon):
        source, source_type = "", ""
        for record in attributions:
            if record.content_start <= toll.start_char < record.content_end:
                source, source_type = record.source, classify_source(taxonomy, record)
                break
        rows.append(
            (
                article.article_id,
                article.outlet,
                toll.sent_id,
                sents[toll.sent_id],
                toll.number_text,
                toll.value,
                toll.qualifier,
                toll.victims,
                toll.victim_text,
                source,
                source_type,
                toll.start_char,
                toll.end_char,
            )
        )
    return rows


def casualties(corpus, *, victims=None, sources=None, lexicon: str = "quantities", **parse_kwargs) -> pd.DataFrame:
    """One row per toll (number of people killed or harmed) in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
    victims : str, Path, DataFrame or ActorTaxonomy, optional
        Victim taxonomy (``data/study/victims.csv``); default generic.
    sources : optional
        Source taxonomy for ``source_type`` (see :func:`framing.attributions`).
    lexicon : str, default "quantities"
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id`` (int64), ``sentence``,
        ``number_text`` (as written) (str), ``value`` (int64, lower bound),
        ``qualifier`` (``at_least`` | ``more_than`` | ``about`` | ``nearly`` |
        ``up_to`` | ``exact``), ``victims`` (taxonomy group, ``total`` for a
        bare number), ``victim_text`` (the counted noun phrase), ``source``
        (the attribution whose content holds the number, "" if none),
        ``source_type`` (str), ``start_char``, ``end_char`` (int64).
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    victims = load_victims(victims)
    rows = []
    for article, doc in parsed:
        rows.extend(casualty_rows(article, doc, victims=victims, sources=sources, lexicon=lexicon))
    table = pd.DataFrame(rows, columns=CASUALTY_COLUMNS)
    ints = {"sent_id", "value", "start_char", "end_char"}
    return table.astype({c: ("int64" if c in ints else "str") for c in CASUALTY_COLUMNS})


def toll_table(corpus=None, *, tolls: pd.DataFrame | None = None, **kwargs) -> pd.DataFrame:
    """Per outlet, the distinct tolls it reports and whom it attributes them to.

    Parameters
    ----------
    corpus : optional
        Used only when ``tolls`` is absent.
    tolls : pandas.DataFrame, optional
        The :func:`casualties` table.
    **kwargs
        Passed to :func:`casualties` when it is computed here.

    Returns
    -------
    pandas.DataFrame
        ``outlet``, ``victims`` (str), ``value`` (int64), ``qualifier``,
        ``number_text``, ``source``, ``source_type`` (str; the first mention's
        wording and source), ``n_mentions`` (int64). One row per outlet,
        victims and value; outlets in first-appearance order, then victims,
        then value descending. Pivot on ``outlet`` to see the same toll across
        outlets.
    """
    if tolls is None:
        if corpus is None:
            raise ValueError("toll_table needs corpus= or tolls= (the framing.casualties table)")
        tolls = casualties(corpus, **kwargs)
    order = {outlet: i for i, outlet in enumerate(dict.fromkeys(tolls["outlet"]))}
    rows = []
    for (outlet, victims, value), part in tolls.groupby(["outlet", "victims", "value"], sort=False):
        sourced = part[part["source"] != ""]
        first = (sourced if len(sourced) else part).iloc[0]
        rows.append(
            (
                outlet,
                victims,
                int(value),
                first["qualifier"],
                first["number_text"],
                first["source"],
                first["source_type"],
                len(part),
            )
        )
    table = pd.DataFrame(rows, columns=TOLL_TABLE_COLUMNS)
    table = table.assign(_o=table["outlet"].map(order)).sort_values(
        ["_o", "victims", "value"], ascending=[True, True, False]
    )
    table = table.drop(columns="_o").reset_index(drop=True)
    return table.astype({"value": "int64", "n_mentions": "int64"})
