"""Every data file is documented, and every lexicon says why each entry is there."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import ROOT

FOLDERS = [ROOT / "src" / "framing" / "data", ROOT / "data" / "study", ROOT / "data" / "validation"]
WHY = {"rationale", "source", "note"}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_file_is_listed_in_the_folder_readme(folder):
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in sorted(folder.glob("*.csv")):
        assert f"`{path.name}`" in readme, f"{path.name} is not documented in {folder}/README.md"


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "src" / "framing" / "data").glob("*.csv")) + sorted((ROOT / "data" / "study").glob("*.csv")),
    ids=lambda p: p.name,
)
def test_every_entry_has_a_reason(path):
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    reasons = WHY & set(table.columns)
    assert reasons, f"{path.name} has no rationale/source/note column"
    column = sorted(reasons)[0]
    empty = table[table[column].str.strip() == ""]
    assert empty.empty, f"{path.name}: rows without a {column}: {empty.index.tolist()[:5]}"


@pytest.mark.parametrize("name", ["attribution_words", "toll_context_words"])
def test_word_lists_by_role(name):
    from framing.lexicons import load_lexicon, words_by_role

    table = load_lexicon(name)
    assert not table.duplicated(["role", "word"]).any()
    grouped = words_by_role(name)
    assert set(grouped) == set(table["role"])
    assert sum(len(words) for words in grouped.values()) == len(table)


def test_word_list_roles_the_rules_read():
    from framing.lexicons import words_by_role

    assert {"pronoun", "expletive", "relative_pronoun", "addressee_verb", "charge_verb"} <= set(
        words_by_role("attribution_words")
    )
    assert {"non_person_unit", "age_word", "pronoun_one", "adjunct_preposition", "share_word"} <= set(
        words_by_role("toll_context_words")
    )
