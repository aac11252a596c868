"""`framing analyze` on corpora as researchers have them: one outlet, HTML left in, other languages."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from framing import cli

# Invented articles, one outlet only.
ONE_OUTLET = [
    {
        "article_id": "s1",
        "outlet": "Harbour Times",
        "title": "Five fishermen wounded in Kessel shelling",
        "text": "Rebels shelled the port of Kessel overnight.\nFive fishermen were wounded, the mayor said.",
        "section": "world",
    },
    {
        "article_id": "s2",
        "outlet": "Harbour Times",
        "text": "Soldiers were accused of looting shops in Kessel.\nThe army denied the claims.",
        "section": "world",
    },
]
HTML_ARTICLE = {
    "article_id": "h1",
    "outlet": "Valley Courier",
    "text": "<p>The ministry ordered an inquiry into the shelling.</p>\n<p>No one has claimed it.</p>",
}


WARNING = "framing: warning: article 'h1': HTML left in the text: 4 HTML tags (<p>, </p>)"


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def run(args, capsys):
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.err


def test_one_outlet_writes_the_other_tables_and_says_why(tmp_path, parse_cache, capsys):
    source = write_jsonl(tmp_path / "one.jsonl", ONE_OUTLET)
    out = tmp_path / "out"
    code, err = run(["analyze", str(source), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet"], capsys)
    assert code == 0, err
    assert not (out / "distinctive_terms.csv").exists()
    for name in ("articles", "sentences", "casualties", "toll_table", "outlet_tone"):
        assert (out / f"{name}.csv").exists(), name
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "* `distinctive_terms`: compares outlets with each other, so it needs at least 2 outlets; " in report
    articles = pd.read_csv(out / "articles.csv")
    assert articles["section"].tolist() == ["world", "world"]  # extra metadata kept
    sentences = pd.read_csv(out / "sentences.csv")
    headline = sentences[sentences["article_id"] == "s1"].iloc[0]
    assert headline["text"] == "Five fishermen wounded in Kessel shelling" and headline["is_heading"]


@pytest.mark.parametrize(
    ("flag", "code", "message"),
    [
        ([], 0, f"{WARNING}; kept"),
        (["--on-markup", "drop"], 0, f"{WARNING}; dropped"),
        (["--on-markup", "error"], 2, "framing: error: article 'h1': HTML left in the text"),
        (["--on-markup", "ignore"], 0, ""),
    ],
    ids=["warn", "drop", "error", "ignore"],
)
def test_markup_flag(flag, code, message, tmp_path, parse_cache, capsys):
    source = write_jsonl(tmp_path / "mixed.jsonl", [*ONE_OUTLET, HTML_ARTICLE])
    out = tmp_path / "out"
    args = ["analyze", str(source), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet", *flag]
    status, err = run(args, capsys)
    assert status == code
    assert (message in err) if message else err == ""
    if code == 0:
        ids = pd.read_csv(out / "articles.csv")["article_id"].tolist()
        assert ("h1" in ids) is ("drop" not in flag)


def test_language_flag_is_passed_on(tmp_path, capsys):
    german = {
        "article_id": "de1",
        "outlet": "Valley Courier",
        "text": "Das Hochwasser stieg die ganze Nacht in der kleinen Stadt am Fluss und zwang Hunderte Familien, "
        "ihre Häuser vor dem Morgengrauen zu verlassen. Der Bürgermeister sagte, die Rettungskräfte hätten bis "
        "Mittag jede Straße erreicht, warnte aber vor neuem Regen am Donnerstag.",
    }
    source = write_jsonl(tmp_path / "de.jsonl", [*ONE_OUTLET, german])
    status, err = run(["analyze", str(source), "--out", str(tmp_path / "o"), "--on-language", "error"], capsys)
    assert status == 2
    assert "framing: error: article 'de1': probably not English" in err
