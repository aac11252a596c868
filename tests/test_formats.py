"""Tables as Parquet: the same tables as CSV, with each column's dtype kept."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import framing
from framing import cli
from framing.io import write_table as write_csv
from framing.pipeline import TABLES, write_tables
from framing.pipeline.formats import read_table, round_floats, table_path, write_table

# Invented articles, two outlets so that the comparisons between outlets are made.
ARTICLES = [
    {
        "article_id": "p1",
        "outlet": "Ledger",
        "title": "Shelling kills four in Kessel",
        "date": "2024-03-09",
        "text": "Rebels shelled the market in Kessel on Friday, killing four people, officials said.\n"
        "Dozens were wounded and may have been taken to the hospital.",
    },
    {
        "article_id": "p2",
        "outlet": "Courier",
        "date": "2024-03-10T08:00:00Z",
        "text": "Four people were killed in Kessel when shells hit the market.\n"
        "The army blamed the rebels, who denied it, according to a local monitor.",
    },
]


def csv_as(path, dtypes: pd.Series) -> pd.DataFrame:
    """A CSV table read as text, each column converted to the dtype given (empty text is NaN / None)."""
    text = pd.read_csv(path, dtype=str, keep_default_na=False)
    table = {}
    for column, dtype in dtypes.items():
        values = text[column]
        if pd.api.types.is_bool_dtype(dtype):
            table[column] = values.map({"True": True, "False": False}).astype(dtype)
        elif pd.api.types.is_numeric_dtype(dtype):
            table[column] = pd.to_numeric(values.replace("", np.nan)).astype(dtype)
        else:
            table[column] = values.astype(dtype)
    return pd.DataFrame(table, columns=list(dtypes.index))


def blank_nulls(table: pd.DataFrame) -> pd.DataFrame:
    """Missing values of text columns as the empty text CSV writes for them."""
    text = [column for column in table.columns if pd.api.types.is_string_dtype(table[column])]
    return table.assign(**{column: table[column].where(table[column].notna(), "") for column in text})


@pytest.fixture(scope="module")
def runs(tmp_path_factory, parse_cache):
    tmp = tmp_path_factory.mktemp("formats")
    source = tmp / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    outs = {}
    for format in ("csv", "parquet"):
        outs[format] = tmp / format
        args = ["analyze", str(source), "--out", str(outs[format]), "--cache-dir", str(parse_cache), "--quiet"]
        assert cli.main([*args, "--format", format]) == 0
    memory = framing.analyze(source, cache_dir=parse_cache, progress=False)
    return outs, memory


def test_parquet_run_writes_the_same_tables_as_the_csv_run(runs):
    outs, memory = runs
    csv_names = sorted(p.stem for p in outs["csv"].glob("*.csv") if p.name != "skipped.csv")
    assert sorted(p.stem for p in outs["parquet"].glob("*.parquet")) == csv_names
    assert [p.name for p in outs["parquet"].glob("*.csv")] == ["skipped.csv"]  # the run's log, CSV in either format
    manifest = json.loads((outs["parquet"] / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["file"] for entry in manifest["files"]}
    assert {f"{name}.parquet" for name in csv_names} <= listed and manifest["table_format"] == "parquet"
    checked = framing.read_run(outs["parquet"], tables=["sentences"])  # sha256 of every file, Parquet read back
    pd.testing.assert_frame_equal(checked["sentences"], read_table(outs["parquet"] / "sentences.parquet"))
    written = {spec.name for spec in TABLES if spec.write} & set(memory.tables)
    assert set(csv_names) == written | {"removed_lines"}
    assert len(written) > 20


def test_parquet_tables_have_the_tables_dtypes_and_the_csv_values(runs):
    outs, memory = runs
    checked = 0
    for path in sorted(p for p in outs["csv"].glob("*.csv") if p.name != "skipped.csv"):
        parquet = pd.read_parquet(table_path(outs["parquet"], path.stem, "parquet"))
        if path.stem in memory.tables:  # the dtypes the table function gives
            expected = memory.tables[path.stem]
            assert parquet.dtypes.to_dict() == expected.dtypes.to_dict(), path.stem
            pd.testing.assert_frame_equal(parquet, round_floats(expected), check_exact=True, obj=path.stem)
        from_csv = csv_as(path, parquet.dtypes)
        pd.testing.assert_frame_equal(blank_nulls(parquet), from_csv, check_exact=True, obj=path.stem)
        checked += len(parquet)
    assert checked > 50  # rows compared over all tables


def test_csv_stays_the_default_and_the_report_names_the_files(runs):
    outs, _ = runs
    assert "| `sentences.csv` |" in (outs["csv"] / "report.md").read_text(encoding="utf-8")
    assert "| `sentences.parquet` |" in (outs["parquet"] / "report.md").read_text(encoding="utf-8")


def test_write_tables_of_an_in_memory_run_in_either_format(runs, tmp_path):
    outs, memory = runs
    parquet = write_tables(memory, tmp_path / "pq", format="parquet")
    csv = write_tables(memory, tmp_path / "csv")
    assert [p.stem for p in parquet] == [p.stem for p in csv] and parquet[0].suffix == ".parquet"
    assert parquet[-1].name == csv[-1].name == "skipped.csv"
    parquet, csv = parquet[:-1], csv[:-1]
    for path in parquet:
        pd.testing.assert_frame_equal(read_table(path), round_floats(memory.tables[path.stem]), check_exact=True)
    for path in csv:  # the command line's CSV tables, byte for byte
        assert path.read_bytes() == (outs["csv"] / path.name).read_bytes()


def test_write_table_csv_is_the_io_writer_byte_for_byte(tmp_path):
    table = pd.DataFrame({"article_id": ["a", "b"], "share": [1 / 3, np.nan], "n": [1, 2], "flag": [True, False]})
    write_csv(table, tmp_path / "io.csv")
    write_table(table, tmp_path / "formats.csv")
    assert (tmp_path / "formats.csv").read_bytes() == (tmp_path / "io.csv").read_bytes()


def test_parquet_round_trip_keeps_dtypes_and_rounds_floats_like_csv(tmp_path):
    table = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "share": [1 / 3, np.nan, 123456789.0],
            "n": np.array([1, 2, 3], dtype="int64"),
            "flag": [True, False, True],
            "agent": ["army", None, ""],
        }
    )
    back = read_table(write_table(table, tmp_path / "t.parquet", "parquet"))
    assert back.dtypes.to_dict() == table.dtypes.to_dict()
    assert back["share"].tolist()[0] == 0.333333 and np.isnan(back["share"].tolist()[1])
    assert back["share"].tolist()[2] == 123457000.0
    assert back["agent"].tolist()[::2] == ["army", ""] and pd.isna(back["agent"].tolist()[1])
    write_csv(table, tmp_path / "t.csv")
    pd.testing.assert_frame_equal(
        back[["share", "n", "flag"]], pd.read_csv(tmp_path / "t.csv")[["share", "n", "flag"]], check_exact=True
    )


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown table format 'xlsx'; use one of csv, parquet"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.xlsx", "xlsx")


def test_csv_tables_keep_words_pandas_would_read_as_missing(tmp_path):
    """A term, outlet or actor spelled like a pandas missing-value marker stays text; only an
    empty field is missing, and numeric columns are still numbers."""
    words = ["NA", "None", "null", "nan", "N/A", ""]
    table = pd.DataFrame({"term": words, "count": [1, 2, 3, 4, 5, 6], "share": [0.5, None, 0.25, 1.0, 0.0, 0.1]})
    path = write_table(table, tmp_path / "terms.csv")
    back = read_table(path)
    assert back["term"].tolist()[:5] == words[:5]
    assert pd.isna(back["term"].iloc[5])
    assert back["count"].dtype == np.int64 and pd.isna(back["share"].iloc[1])
    assert back["share"].dtype == np.float64
