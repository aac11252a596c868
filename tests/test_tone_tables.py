"""framing.tone's table functions against plain per-group computations.

actor_tone builds its cluster keys once and takes each group's rows by
position; these tests pin that it gives what a plain groupby-and-filter
computation gives, whatever the table's index and row order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing import tone
from framing.stats import bootstrap_ci


def _clauses(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n = 120
    table = pd.DataFrame(
        {
            "article_id": rng.choice(["a1", "a2", "a3", "b1"], n),
            "outlet": rng.choice(["Zeta", "Alpha", "Mid"], n),
            "sent_id": rng.integers(0, 6, n),
            # "witness" is not one of tone.ROLES: such rows sort last
            "role": rng.choice(["patient", "agent", "mentioned", "witness"], n),
            "actor_group": rng.choice(["army", "rebels", "civilians"], n),
            "compound": rng.uniform(-1, 1, n).round(4),
        }
    )
    # an index that is neither sorted nor positional
    return table.set_axis(rng.permutation(n) * 7 + 3)


def _plain_actor_tone(clauses: pd.DataFrame) -> list[tuple]:
    rows = []
    for (outlet, group, role), part in clauses.groupby(["outlet", "actor_group", "role"], sort=False):
        # whole articles when the cell has several, else the sentences of its one article
        if part["article_id"].nunique() > 1:
            clusters, unit = part["article_id"].astype(str).to_numpy(), "article"
        else:
            clusters = (part["article_id"].astype(str) + "\x1f" + part["sent_id"].astype(str)).to_numpy()
            unit = "sentence"
        estimate, low, high = bootstrap_ci(part["compound"].to_numpy(dtype=float), groups=clusters)
        rows.append((outlet, group, role, len(part), estimate, low, high, unit))
    return rows


def test_actor_tone_matches_plain_groupby():
    for seed in range(3):
        clauses = _clauses(seed)
        table = tone.actor_tone(clauses=clauses)
        expected = _plain_actor_tone(clauses)
        assert sorted(table.itertuples(index=False, name=None)) == sorted(expected)
        outlets = list(dict.fromkeys(clauses["outlet"]))
        order = [
            (outlets.index(o), tone.ROLES.index(r) if r in tone.ROLES else 3, g)
            for o, g, r in zip(table["outlet"], table["actor_group"], table["role"], strict=True)
        ]
        assert order == sorted(order)


def test_actor_tone_empty_table():
    empty = _clauses(0).iloc[:0]
    table = tone.actor_tone(clauses=empty)
    assert table.empty
    assert list(table.columns) == tone.ACTOR_TONE_COLUMNS
