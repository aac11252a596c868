"""load_corpus: every input kind, and one clear error per kind of bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import framing
from framing.corpus import CORPUS_COLUMNS

ARTICLE = "Officials said the bridge reopened on Monday.\nTraffic was light.\n"


def write_dir(tmp_path, files: dict[str, bytes | str], meta: str):
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (tmp_path / name).write_bytes(data)
    (tmp_path / "metadata.csv").write_text(meta, encoding="utf-8")
    return tmp_path


def test_seed_corpus_of_record(seed_corpus):
    assert list(seed_corpus.columns[:6]) == CORPUS_COLUMNS
    assert seed_corpus["article_id"].is_unique
    assert len(seed_corpus) == 5
    assert set(seed_corpus["outlet"]) == {
        "NewsBytes",
        "The Independent",
        "thetimes.gr",
        "ABC News (Australia)",
        "BBC News",
    }
    # evidence columns travel with the table, so inferred values can be shown as such
    assert {"outlet_evidence", "date_evidence", "source_file", "country"} <= set(seed_corpus.columns)


def test_directory_with_file_column(tmp_path):
    write_dir(
        tmp_path,
        {"a.txt": ARTICLE, "b.txt": ARTICLE + "More."},
        "file,outlet,date\na.txt,Daily,2024-01-02\nb.txt,Weekly,\n",
    )
    corpus = framing.load_corpus(tmp_path)
    assert corpus["article_id"].tolist() == ["a", "b"]
    assert corpus["date"].tolist() == ["2024-01-02", ""]
    assert corpus["title"].tolist() == ["", ""]


def test_csv_jsonl_dataframe_agree(tmp_path):
    frame = pd.DataFrame({"text": [ARTICLE, "Another story."], "outlet": ["X", "Y"], "title": ["T", "U"]})
    csv_path = tmp_path / "c.csv"
    frame.to_csv(csv_path, index=False)
    jsonl_path = tmp_path / "c.jsonl"
    jsonl_path.write_text("\n".join(json.dumps(r) for r in frame.to_dict("records")), encoding="utf-8")
    tables = [framing.load_corpus(p) for p in (csv_path, jsonl_path, frame)]
    for table in tables:
        assert list(table.columns) == CORPUS_COLUMNS
        assert table["article_id"].tolist() == ["article-000000", "article-000001"]
    pd.testing.assert_frame_equal(tables[0], tables[1])
    pd.testing.assert_frame_equal(tables[0], tables[2])


def test_raw_files_are_not_modified(tmp_path):
    write_dir(tmp_path, {"a.txt": "date 2024-01-01 Text here.\nIn short:\nBody."}, "file,outlet\na.txt,X\n")
    before = (tmp_path / "a.txt").read_bytes()
    framing.load_corpus(tmp_path)
    assert (tmp_path / "a.txt").read_bytes() == before


@pytest.mark.parametrize(
    ("files", "meta", "message"),
    [
        ({"a.txt": ""}, "file,outlet\na.txt,X\n", r"a\.txt: text is empty"),
        ({"a.txt": "   \n\n"}, "file,outlet\na.txt,X\n", r"a\.txt: text is empty"),
        ({"a.txt": b"caf\xe9 latte"}, "file,outlet\na.txt,X\n", r"a\.txt: not valid UTF-8"),
        ({"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00"}, "file,outlet\na.txt,X\n", r"a\.txt: looks like a binary"),
        (
            {"a.txt": ARTICLE},
            "file,outlet\na.txt,X\nmissing.txt,Y\n",
            r"row 3: names 'missing\.txt', which does not exist",
        ),
        ({"a.txt": ARTICLE, "b.txt": ARTICLE}, "file,outlet\na.txt,X\n", r"b\.txt: file has no row in metadata\.csv"),
        (
            {"a.txt": ARTICLE, "b.txt": ARTICLE},
            "file,outlet,article_id\na.txt,X,same\nb.txt,Y,same\n",
            r"duplicate article_id 'same' in rows 2 and 3",
        ),
        ({"a.txt": ARTICLE}, "file,source\na.txt,X\n", r"missing required column 'outlet'"),
        ({"a.txt": ARTICLE}, "file,outlet\na.txt,\n", r"row 2 \(article 'a'\): empty outlet"),
        ({"a.txt": ARTICLE}, "file,outlet,date\na.txt,X,March 9\n", r"date 'March 9' is not YYYY-MM-DD"),
    ],
    ids=[
        "empty",
        "blank",
        "non-utf8",
        "binary",
        "row-without-file",
        "file-without-row",
        "duplicate-id",
        "no-outlet-column",
        "empty-outlet",
        "bad-date",
    ],
)
def test_bad_directory_input(tmp_path, files, meta, message):
    write_dir(tmp_path, files, meta)
    with pytest.raises(framing.CorpusError, match=message):
        framing.load_corpus(tmp_path)


def test_missing_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    with pytest.raises(framing.CorpusError, match="no metadata file metadata.csv"):
        framing.load_corpus(tmp_path)


def test_huge_file(tmp_path):
    write_dir(tmp_path, {"a.txt": "word " * 300}, "file,outlet\na.txt,X\n")
    with pytest.raises(framing.CorpusError, match=r"a\.txt: file is 1,500 bytes, above the limit of 1,000"):
        framing.load_corpus(tmp_path, max_bytes=1000)


def test_csv_missing_text_column(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("outlet,body\nX,hello\n")
    with pytest.raises(framing.CorpusError, match=r"c\.csv: missing required column 'text'"):
        framing.load_corpus(path)


def test_csv_empty_and_binary(tmp_path):
    empty = tmp_path / "e.csv"
    empty.write_text("")
    with pytest.raises(framing.CorpusError, match=r"e\.csv: file is empty"):
        framing.load_corpus(empty)
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"text,outlet\n\x00\x01,X\n")
    with pytest.raises(framing.CorpusError, match=r"b\.csv: looks like a binary"):
        framing.load_corpus(binary)


def test_jsonl_bad_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "ok", "outlet": "X"}\n{"text": broken\n')
    with pytest.raises(framing.CorpusError, match=r"c\.jsonl, line 2: invalid JSON"):
        framing.load_corpus(path)


def test_dataframe_duplicate_ids_and_missing_text():
    frame = pd.DataFrame({"article_id": ["a", "a"], "text": ["x y", "z"], "outlet": ["X", "Y"]})
    with pytest.raises(framing.CorpusError, match="duplicate article_id 'a'"):
        framing.load_corpus(frame)
    frame = pd.DataFrame({"text": ["fine", None], "outlet": ["X", "Y"]})
    with pytest.raises(framing.CorpusError, match="row index 1 .*text is empty"):
        framing.load_corpus(frame)


def test_unsupported_and_missing_paths(tmp_path):
    with pytest.raises(framing.CorpusError, match="no such file"):
        framing.load_corpus(tmp_path / "nope")
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(framing.CorpusError, match="unsupported input"):
        framing.load_corpus(odd)


# --------------------------------------------------------------------------- column names


def test_column_names_are_matched_ignoring_case_and_spaces(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Article ID,Outlet, Date ,TEXT\nk1,Daily,2024-01-02,Officials said the bridge reopened.\n")
    corpus = framing.load_corpus(path)
    assert corpus[["article_id", "outlet", "date"]].iloc[0].tolist() == ["k1", "Daily", "2024-01-02"]
    directory = tmp_path / "d"
    directory.mkdir()
    write_dir(directory, {"a.txt": ARTICLE}, "File,Outlet,Date\na.txt,X,2024-01-02\n")
    assert framing.load_corpus(directory)["date"].tolist() == ["2024-01-02"]


def test_two_columns_differing_in_case_are_refused():
    frame = pd.DataFrame({"text": ["x y"], "outlet": ["X"], "Date": ["2024-01-02"], "date": [""]})
    with pytest.raises(framing.CorpusError, match="columns 'Date' and 'date' differ only in case"):
        framing.load_corpus(frame)


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ({"text": ["x y"], "outet": ["X"]}, r"column 'outlet'; did you mean 'outlet' \(found 'outet'\)\?"),
        ({"txet": ["x y"], "outlet": ["X"]}, r"column 'text'; did you mean 'text' \(found 'txet'\)\?"),
        ({"text": ["x y"], "source": ["X"]}, r"missing required column 'outlet' \(found: text, source\)$"),
    ],
)
def test_a_misspelt_required_column_gets_a_hint(columns, message):
    with pytest.raises(framing.CorpusError, match=message):
        framing.load_corpus(pd.DataFrame(columns))


def test_a_misspelt_directory_key_column_gets_a_hint(tmp_path):
    write_dir(tmp_path, {"a.txt": ARTICLE}, "flie,outlet\na.txt,X\n")
    with pytest.raises(framing.CorpusError, match=r"'article_id' column; did you mean 'file' \(found 'flie'\)"):
        framing.load_corpus(tmp_path)


def test_a_misspelt_optional_column_warns_and_is_kept():
    frame = pd.DataFrame({"text": ["x y"], "outlet": ["X"], "tilte": ["Bridge reopens"], "section": ["local"]})
    hint = r"no 'title' column; did you mean 'title' \(found 'tilte'\)\? That column is kept"
    with pytest.warns(framing.CorpusWarning, match=hint):
        corpus = framing.load_corpus(frame)
    assert corpus["title"].tolist() == [""]
    assert list(corpus.columns) == [*CORPUS_COLUMNS, "tilte", "section"]


# --------------------------------------------------------------------------- titles


def test_title_is_the_first_line_of_the_stored_text(tmp_path):
    write_dir(
        tmp_path,
        {"a.txt": ARTICLE, "b.txt": "Bridge reopens\n" + ARTICLE, "c.txt": ARTICLE},
        'file,outlet,title\na.txt,X,"Bridge  reopens\nafter repairs"\nb.txt,X,Bridge Reopens\nc.txt,X,\n',
    )
    before = (tmp_path / "a.txt").read_bytes()
    corpus = framing.load_corpus(tmp_path)
    assert corpus["text"].tolist() == [
        "Bridge reopens after repairs\n" + ARTICLE.strip(),
        "Bridge reopens\n" + ARTICLE.strip(),  # the text already starts with it: no second copy
        ARTICLE.strip(),
    ]
    assert (tmp_path / "a.txt").read_bytes() == before
    assert framing.load_corpus(corpus)["text"].tolist() == corpus["text"].tolist()  # applying it again changes nothing
    assert framing.load_corpus(tmp_path, prepend_title=False)["text"].tolist()[0] == ARTICLE.strip()


def test_seed_titles_head_the_texts(seed_corpus):
    for title, text in zip(seed_corpus["title"], seed_corpus["text"], strict=True):
        assert title and text.split("\n", 1)[0] == title
