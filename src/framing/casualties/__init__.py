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
20,000; such a toll has ``vague`` True and the qualifier ``at_least`` unless
one is stated. ``value`` is always the stated number read as an integer,
a bound where the qualifier says so: "more than 1,000", "over", "above" and
"exceeded 1,000" are 1000 with ``more_than``; "up to 50" is 50 with
``up_to``; "fewer than 10" is 10 with ``fewer_than`` (at most 9).

Each toll has a ``measure`` (killed, injured, missing, displaced, detained,
other) from the nearest toll word (the ``measure`` column of
``toll_terms.csv``): "104 killed and 760 wounded" are two tolls of two
measures; burials ("buried 280 people") count the dead. A counted noun no
list knows but that names people ("100 Palestinians") is kept with the
group ``other``. A breakdown ("213 people, including 93 soldiers and 120
fighters") gives one row per part, and the whole keeps its own noun; a
participle modifier ("civilians belonging to the Alawite minority") is part
of ``victim_text`` and may name the group.

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
soldiers when its ``side`` column says ``state`` (ranks, police, security
services) or for fighters when it says ``non_state``, and to ``total`` when
the taxonomy has no such group.

Not tolls: years ("in 2011"), ages and durations ("13 years", "three
months", "aged 40"), times ("10:30", "9am"), percentages ("10 per cent",
"10%"), numbers counting things that are not people ("30 massacres"), the
population base of a share ("14 of the 40 passengers", "10 per cent of the
5,000 residents": only 14 / nothing; a base of toll nouns, "90 per cent of
the 600 dead", is a toll) and "one" in "one of 31 soldiers killed".
Elliptical conjuncts ("two policemen were killed and five wounded") inherit
the victims of the first conjunct, and so do gapped per-place lists ("30
soldiers were killed in Dara and 12 in Kesh").

People set free are no toll, though "hostages" and "prisoners" are toll
nouns: "the army freed 119 hostages", "the transfer of 52 prisoners", "Of
the 58 people rescued" (role ``release_word``); nor is a fronted set with
no toll word of its own ("Of the 1,200 troops sent in May, 47 were
killed": only 47). "Presumed dead", "feared dead" and "believed trapped"
are ``missing``; trapped alone ("41 miners remain trapped") is ``other``,
as are two measures joined by "or" ("killed or injured", "died or went
missing"). Nouns of places and verbs of custody are toll words only in
their toll use ("in jail", "in hospital", "behind bars"; "was held",
"holding 14 hostages"; "lost 40 men"; "rounded up"), and a kidnapper or
captor is a toll word for the people it holds, never for its own count.

Figures beside another toll (``figures.py``, tolls12): a harm word written right after a
bare number gives its measure ("163 deaths and more than 5,400 injured"); a second figure
for the same toll ("while the army gave a figure of 64", "put the figure at 34", "...;
sources said 450") takes the measure and group of the toll before it; "N of them X" and
"N of them in PLACE" after a toll are parts of it; a bare part of a fronted "Of the N X,"
set takes X's group; one count of two plural nouns of different groups ("70 pupils and
teachers") is ``other``; the counted active subject of a harm verb with its own object
("Two suicide bombers killed 29 people") counts the doers and is no toll. "Several
hundred" is vague (at least 200); "six hundred and forty" is one number; vote counts
("voted 9 to 4") are no counts of people.

Files: ``numbers.py`` (number words, vague quantities, qualifiers),
``victims.py`` (the victims taxonomy and the person-noun fallback),
``tolls.py`` (:func:`find_casualties`, the grammar of a toll), ``figures.py`` (figures
beside another toll), ``tables.py``
(:func:`casualties` and :func:`toll_table`).
"""

from __future__ import annotations

from .numbers import QUALIFIERS, is_vague, parse_number
from .tables import CASUALTY_COLUMNS, TOLL_TABLE_COLUMNS, casualties, casualty_rows, toll_table
from .tolls import MEASURES, Casualty, find_casualties
from .victims import load_victims

__all__ = [
    "CASUALTY_COLUMNS",
    "MEASURES",
    "QUALIFIERS",
    "TOLL_TABLE_COLUMNS",
    "Casualty",
    "casualties",
    "casualty_rows",
    "find_casualties",
    "is_vague",
    "load_victims",
    "parse_number",
    "toll_table",
]
