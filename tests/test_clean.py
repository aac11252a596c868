"""Cleaning rules, tested on articles written for the tests (not the seeds)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.clean import REMOVED_COLUMNS, clean_text, is_heading_line

INVENTED = """date 2031-05-02 Floodwaters forced 4,000 people from their homes in Riverton on Tuesday, officials said.
Rescue boats in the flooded market district. (Reuters: Jane Doe)
Key points:
The river peaked at nine metres overnight.
Why the levee failed
Engineers said the levee had not been inspected since 2019.
Photo shows a man carrying a child through knee-deep water.
"We lost everything," said one resident.
Read more: Storm season starts early
Council approves new stadium plan
Local team wins cup final
Weather warning for the weekend
"""


def rules(result):
    return [(r.line_no, r.rule) for r in result.removed]


def test_invented_article():
    result = clean_text(INVENTED)
    assert rules(result) == [
        (1, "dateline_marker"),
        (2, "photo_credit"),
        (3, "summary_label"),
        (7, "caption"),
        (9, "related_links"),
        (10, "related_links"),
        (11, "related_links"),
        (12, "related_links"),
    ]
    assert result.text.splitlines() == [
        "Floodwaters forced 4,000 people from their homes in Riverton on Tuesday, officials said.",
        "The river peaked at nine metres overnight.",
        "Why the levee failed",
        "Engineers said the levee had not been inspected since 2019.",
        '"We lost everything," said one resident.',
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Troops entered the town at dawn. (AP: Sam Lee)",
        "A destroyed checkpoint (AFP)",
        "Smoke over the harbour (Getty Images: Ana Ruiz)",
        "Image caption, Residents queue for water",
        "Photo: Residents queue for water",
    ],
)
def test_captions_and_credits_removed(line):
    result = clean_text("Body sentence one.\n" + line + "\nBody sentence two.")
    assert [r.text for r in result.removed] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The minister (pictured) resigned on Friday.",
        "Casualties rose to 12 (including two children).",
        "He said: (inaudible) and left.",
        "Short heading here",
    ],
)
def test_prose_and_headings_kept(line):
    text = "Body sentence one.\n" + line + "\nBody sentence two."
    assert clean_text(text).text == text


def test_single_trailing_heading_is_kept():
    # one unpunctuated last line is not a related-stories list
    text = "Body sentence one.\nBody sentence two.\nAnalysis"
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Leadership response", True),
        ("Syrian president calls for peace", True),
        ("The violence continued on Sunday.", False),
        ("Is peace possible?", False),
        ("In short:", False),
        ("2025", False),
        (" ".join(["word"] * 25), False),
    ],
)
def test_is_heading_line(line, expected):
    assert is_heading_line(line) is expected


def test_clean_corpus_table_and_empty_error():
    frame = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [INVENTED]})
    corpus = framing.load_corpus(frame, clean=False)
    cleaned, removed = framing.clean_corpus(corpus)
    assert list(removed.columns) == REMOVED_COLUMNS
    assert removed.dtypes["line_no"] == "int64"
    assert len(removed) == 8 and set(removed["article_id"]) == {"a"}
    assert cleaned.loc[0, "text"].startswith("Floodwaters")
    only_labels = framing.load_corpus(pd.DataFrame({"outlet": ["X"], "text": ["In short:\nWhat's next?"]}), clean=False)
    with pytest.raises(framing.CorpusError, match="nothing is left after cleaning"):
        framing.clean_corpus(only_labels)


def test_seed_cleaning_is_by_rule(seed_corpus):
    raw = framing.load_corpus(seed_corpus.drop(columns="text").assign(text=seed_corpus["text"]), clean=False)
    _, removed = framing.clean_corpus(raw)
    # the seeds were cleaned already by load_corpus: cleaning is idempotent
    assert removed.empty


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Mourners carry a coffin through the camp on Thursday.Credit...Omar Haddad/Agence France-Presse", "caption"),
        ("Mourners carry a coffin through the camp.Credit…Lina Osei for The Daily Ledger", "caption"),
        ("A boy walks past a ruined school in Kessel. Photograph: Lina Osei/AFP/Getty Images", "caption"),
        ("Residents queue for bread in the old market. Image source, Reuters", "caption"),
        ("Smoke rises over the harbour. Photo: Sam Lee/AP", "caption"),
        ("By Jane Doe", "byline"),
        ("By Jane Doe and John Roe, Reuters", "byline"),
        ("By Omar al-Sayed, Harbour Times, Kessel", "byline"),
        ("By Ana de la Cruz in Port Laren", "byline"),
        ("Reporting by Tom Varga", "byline"),
    ],
)
def test_credit_captions_and_bylines_removed(line, rule):
    result = clean_text("Body sentence one.\n" + line + "\nBody sentence two.")
    assert [(r.line_no, r.text, r.rule) for r in result.removed] == [(2, line, rule)]
    assert result.text == "Body sentence one.\nBody sentence two."


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, Kessel was quiet again",
        "By Tuesday the toll had risen to 40.",
        "By the numbers",
        "By Land and Sea",
        "He held up a photograph: his son, missing since May.",
        "Credit: the bank extended the loan for two more years.",
        "The image source, officials said, was a drone camera over the port.",
    ],
)
def test_prose_like_bylines_and_credits_kept(line):
    text = "Body sentence one.\n" + line + "\nBody sentence two."
    assert clean_text(text).text == text


def test_bylines_and_credits_are_logged_by_clean_corpus():
    text = (
        "By Jane Doe and John Roe, Reuters\nFloodwaters rose overnight.\n"
        "A flooded street.Credit...Sam Lee/AP\nThe river fell."
    )
    corpus = framing.load_corpus(pd.DataFrame({"article_id": ["f"], "outlet": ["X"], "text": [text]}), clean=False)
    cleaned, removed = framing.clean_corpus(corpus)
    assert removed[["line_no", "rule"]].values.tolist() == [[1, "byline"], [3, "caption"]]
    assert cleaned.loc[0, "text"] == "Floodwaters rose overnight.\nThe river fell."
