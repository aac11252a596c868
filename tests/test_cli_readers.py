"""`framing analyze` on a folder of saved pages, a WARC file and a database export, end to end."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from conftest import RAW
from framing import cli
from test_readers import BODY, EXPORT, JUNK, make_page, write_export, write_pages, write_warc

pytestmark = pytest.mark.model


def analyze(source, out, parse_cache, capsys, *extra):
    code = cli.main(["analyze", str(source), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet", *extra])
    return code, capsys.readouterr().err


def sentence_texts(out) -> str:
    return "\n".join(pd.read_csv(out / "sentences.csv", keep_default_na=False)["text"])


def test_folder_of_saved_pages(tmp_path, parse_cache, capsys):
    folder = write_pages(
        tmp_path / "pages",
        {
            "ledger-kessel.html": make_page(),
            "courier-kessel.html": make_page(
                title="Four killed as police fire on Kessel crowd",
                site="Valley Courier",
                date="2024-03-10",
                body=[text.replace("31", "four") for text in BODY],
            ),
        },
    )
    code, err = analyze(folder, tmp_path / "out", parse_cache, capsys)
    assert code == 0, err
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert articles[["article_id", "outlet", "date"]].values.tolist() == [
        ["courier-kessel", "Valley Courier", "2024-03-10"],
        ["ledger-kessel", "The Daily Ledger", "2024-03-09"],
    ]
    texts = sentence_texts(tmp_path / "out")
    assert "Security forces opened fire on protesters" in texts
    assert not any(junk in texts for junk in JUNK) and "<" not in texts
    removed = pd.read_csv(tmp_path / "out" / "removed_lines.csv", keep_default_na=False)
    assert removed[removed["article_id"] == "ledger-kessel"]["text"].tolist() == JUNK
    assert set(removed["rule"]) == {"page_boilerplate"}


def test_warc_file(tmp_path, parse_cache, capsys):
    code, err = analyze(write_warc(tmp_path / "crawl.warc.gz"), tmp_path / "out", parse_cache, capsys)
    assert code == 0, err
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert articles["article_id"].tolist() == ["www.ledger.example/world/kessel", "courier.example/news/curfew"]
    assert articles["outlet"].tolist() == ["The Daily Ledger", "courier.example"]
    assert articles["crawl_date"].tolist() == ["2024-03-12T08:00:00Z", "2024-03-11T22:15:03Z"]
    removed = pd.read_csv(tmp_path / "out" / "removed_lines.csv", keep_default_na=False)
    assert removed[removed["line_no"] == 0]["rule"].tolist() == ["warc_not_html", "warc_http_status"]
    assert "Varna" in sentence_texts(tmp_path / "out")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_media_cloud_export_with_columns(tmp_path, parse_cache, capsys, suffix):
    source = write_export(tmp_path / f"export{suffix}")
    code, err = analyze(
        source, tmp_path / "out", parse_cache, capsys, "--columns", "outlet=media_name,date=publish_date"
    )
    assert code == 0, err
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert articles["outlet"].tolist() == ["Ledger", "Courier", "Courier"]
    assert articles["date"].tolist() == ["2024-03-09", "2024-03-10", "2024-03-11"]
    assert articles["id"].tolist() == [record["id"] for record in EXPORT]  # not mapped: kept as metadata
    assert articles["language"].tolist() == ["en"] * 3


def test_input_errors_name_the_file_and_the_problem(tmp_path, parse_cache, capsys):
    export = write_export(tmp_path / "export.csv")
    code, err = analyze(export, tmp_path / "out", parse_cache, capsys, "--columns", "outlet=source")
    assert code == 2
    assert f"framing: error: {export}: no column 'source' (mapped to 'outlet')" in err
    code, err = analyze(export, tmp_path / "out", parse_cache, capsys, "--columns", "outlet")
    assert code == 2 and "--columns outlet: expected corpus_column=file_column" in err
    archive = write_warc(tmp_path / "assets.warc.gz", html=False)
    code, err = analyze(archive, tmp_path / "out", parse_cache, capsys)
    assert code == 2 and f"framing: error: {archive}: no HTML response record" in err
    assert not (tmp_path / "out").exists()


def tree_hashes(directory):
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def test_analyze_never_modifies_data_raw(tmp_path, parse_cache, capsys):
    before = tree_hashes(RAW)
    code, err = analyze(RAW, tmp_path / "out", parse_cache, capsys, "--tables", "articles", "--format", "parquet")
    assert code == 0, err
    assert tree_hashes(RAW) == before
    assert len(pd.read_parquet(tmp_path / "out" / "articles.parquet")) == 5
