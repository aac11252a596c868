"""Reading articles as researchers hold them: saved pages, web archives, database exports.

Every page here is invented for these tests: an article body wrapped in the
parts of a news page that are not the article.
"""

from __future__ import annotations

import io
import json
import socket

import pandas as pd
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import framing
from framing import CorpusError, load_corpus
from framing.readers import as_iso_date, parse_column_mapping, read_page, read_warc, visible_lines

BODY = [
    "Security forces opened fire on protesters in the northern town of Kessel on Saturday, killing at least "
    "31 people, according to a local monitoring group.",
    "Witnesses said the shooting began after a crowd gathered outside the municipal building to demand the "
    "release of detained students.",
    "The interior ministry said officers had responded to an armed attack and that several policemen were "
    "wounded in the exchange.",
]
#: Text of the page that is not the article: each must be left out of the text.
JUNK = [
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Home",
    "World news",
    "Sport pages",
    "Mourners gather outside the hospital in Kessel on Sunday.",
    "Related stories",
    "Markets slide as oil prices climb",
    "Ten things to do this weekend",
    "Copyright 2024 The Daily Ledger. All rights reserved.",
]
#: Text inside script and style elements: never text, never in the article.
CODE = ["trackVisitor", "acceptAllCookies", ".navbar"]


def make_page(
    title="Clashes leave dozens dead in northern town", site="The Daily Ledger", date="2024-03-09", body=BODY, url=""
):
    meta_site = f'<meta property="og:site_name" content="{site}">' if site else ""
    meta_date = f'<meta property="article:published_time" content="{date}T14:30:00+00:00">' if date else ""
    meta_url = f'<link rel="canonical" href="{url}">' if url else ""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {site or "News"}</title>
<meta property="og:title" content="{title}">{meta_site}{meta_date}{meta_url}
<script>function trackVisitor(){{ window.acceptAllCookies = true; }}</script>
<style>.navbar {{ color: red; }}</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">{JUNK[0]} <button>{JUNK[1]}</button></div>
<header><nav class="navbar"><ul><li><a href="/">{JUNK[2]}</a></li><li><a href="/world">{JUNK[3]}</a></li>
<li><a href="/sport">{JUNK[4]}</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
{paragraphs.replace("</p>", "</p>" + f'<figure><img src="a.jpg"><figcaption>{JUNK[5]}</figcaption></figure>', 1)}
</article>
<aside class="related"><h2>{JUNK[6]}</h2><ul><li><a href="/a">{JUNK[7]}</a></li>
<li><a href="/b">{JUNK[8]}</a></li></ul></aside>
</main>
<footer><p>{JUNK[9]}</p></footer>
<script>trackVisitor();</script>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# --------------------------------------------------------------------------- pages


def test_page_text_is_the_article_body_without_the_page_around_it(no_network):
    page = read_page(make_page(), where="page.html")
    for paragraph in BODY:
        assert paragraph in page.text
    for junk in JUNK + CODE:
        assert junk not in page.text, junk
    assert "<" not in page.text and ">" not in page.text and "&" not in page.text
    assert (page.title, page.date, page.outlet) == (
        "Clashes leave dozens dead in northern town",
        "2024-03-09",
        "The Daily Ledger",
    )


def test_a_one_paragraph_article_keeps_no_caption():
    page = read_page(make_page(body=BODY[:1]), where="short.html")
    assert page.text.split("\n") == ["Clashes leave dozens dead in northern town", BODY[0]]


def test_every_visible_line_left_out_is_logged_and_no_kept_line_is():
    page = read_page(make_page(), where="page.html")
    removed = [line.text for line in page.removed]
    assert removed == JUNK
    assert {line.rule for line in page.removed} == {"page_boilerplate"}
    lines = visible_lines(make_page())
    assert [lines[line.line_no - 1] for line in page.removed] == removed  # line_no counts visible lines
    assert not any(code in line for line in lines for code in CODE)


def test_page_without_site_name_takes_the_host_of_its_address():
    page = read_page(make_page(site="", url="https://www.valley-courier.example/world/kessel"), where="p.html")
    assert page.outlet == "valley-courier.example"
    assert page.url == "https://www.valley-courier.example/world/kessel"


def test_page_with_no_article_is_an_error_naming_the_file():
    empty = "<html><head><title>Kessel</title></head><body><script>x()</script></body></html>"
    with pytest.raises(CorpusError, match=r"^empty\.html: no article text found in the page"):
        read_page(empty, where="empty.html")


def write_pages(directory, pages):
    directory.mkdir()
    for name, html in pages.items():
        (directory / name).write_text(html, encoding="utf-8")
    return directory


def test_folder_of_saved_pages_loads_with_metadata_from_the_pages(tmp_path, no_network):
    folder = write_pages(
        tmp_path / "pages",
        {
            "kessel.html": make_page(),
            "inquiry.htm": make_page(
                title="Ministry orders inquiry into Kessel shooting",
                site="Valley Courier",
                date="2024-03-10",
                body=[text.replace("Saturday", "Sunday") for text in BODY],
            ),
        },
    )
    corpus, removed = load_corpus(folder, return_removed=True)
    assert corpus["article_id"].tolist() == ["inquiry", "kessel"]  # file order, by name
    assert corpus["outlet"].tolist() == ["Valley Courier", "The Daily Ledger"]
    assert corpus["date"].tolist() == ["2024-03-10", "2024-03-09"]
    assert corpus["text"].iloc[1].split("\n") == ["Clashes leave dozens dead in northern town", *BODY]
    assert removed.columns.tolist() == ["article_id", "outlet", "line_no", "text", "rule"]
    assert removed.dtypes["line_no"] == "int64"
    assert removed[removed["article_id"] == "kessel"]["text"].tolist() == JUNK


def test_metadata_csv_wins_over_the_page_and_names_the_outlet_a_page_lacks(tmp_path):
    folder = write_pages(
        tmp_path / "pages", {"a.html": make_page(), "b.html": make_page(site="", date="", title="Curfew in Kessel")}
    )
    (folder / "metadata.csv").write_text(
        "file,outlet,section\na.html,Daily Ledger (print),world\nb.html,Harbour Times,local\n", encoding="utf-8"
    )
    corpus = load_corpus(folder)
    assert corpus["outlet"].tolist() == ["Daily Ledger (print)", "Harbour Times"]
    assert corpus["date"].tolist() == ["2024-03-09", ""]
    assert corpus["title"].tolist() == ["Clashes leave dozens dead in northern town", "Curfew in Kessel"]
    assert corpus["section"].tolist() == ["world", "local"]  # extra metadata kept


def test_metadata_csv_of_saved_pages_can_be_mapped_too(tmp_path):
    folder = write_pages(tmp_path / "pages", {"a.html": make_page(site="")})
    with pytest.raises(ValueError, match="columns= maps the columns of metadata.csv, and there is none"):
        load_corpus(folder, columns={"outlet": "paper"})
    (folder / "metadata.csv").write_text("article_id,paper\na,Harbour Times\n", encoding="utf-8")
    corpus = load_corpus(folder, columns={"outlet": "paper"})
    assert corpus[["article_id", "outlet", "date"]].values.tolist() == [["a", "Harbour Times", "2024-03-09"]]


def test_page_with_no_outlet_anywhere_is_an_error_naming_the_file(tmp_path):
    folder = write_pages(tmp_path / "pages", {"b.html": make_page(site="")})
    with pytest.raises(CorpusError, match=r"b\.html: the page names no site and no address"):
        load_corpus(folder)


def test_a_single_saved_page_loads(tmp_path):
    path = tmp_path / "kessel.htm"
    path.write_bytes(make_page().encode("utf-8"))
    corpus = load_corpus(path)
    assert corpus[["article_id", "outlet", "date"]].values.tolist() == [["kessel", "The Daily Ledger", "2024-03-09"]]
    assert corpus["text"].iloc[0].split("\n")[1:] == BODY


# --------------------------------------------------------------------------- WARC


def http_record(writer, url, body, *, status="200 OK", content_type="text/html; charset=utf-8", date=None):
    payload = body.encode("utf-8")
    headers = StatusAndHeaders(
        status, [("Content-Type", content_type), ("Content-Length", str(len(payload)))], protocol="HTTP/1.1"
    )
    warc_headers = {"WARC-Date": date} if date else None
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(payload), http_headers=headers, warc_headers_dict=warc_headers
    )
    writer.write_record(record)


def write_warc(path, *, html=True, gzip=True):
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "framing tests"}))
        if html:
            http_record(writer, "https://www.ledger.example/world/kessel", make_page(), date="2024-03-12T08:00:00Z")
            http_record(
                writer,
                "https://courier.example/news/curfew",
                make_page(
                    site="",
                    date="",
                    title="Curfew imposed on Kessel",
                    body=[text.replace("Kessel", "Varna") for text in BODY],
                ),
                date="2024-03-11T22:15:03Z",
            )
        http_record(
            writer, "https://www.ledger.example/static/site.css", ".navbar { color: red; }", content_type="text/css"
        )
        http_record(
            writer,
            "https://www.ledger.example/world/gone",
            "<html><body>Not found</body></html>",
            status="404 Not Found",
        )
    return path


def test_warc_gives_one_article_per_html_response_and_logs_the_rest(tmp_path, no_network):
    articles, removed = read_warc(write_warc(tmp_path / "crawl.warc.gz"), max_bytes=5_000_000)
    assert articles["article_id"].tolist() == ["www.ledger.example/world/kessel", "courier.example/news/curfew"]
    assert articles["url"].tolist() == [
        "https://www.ledger.example/world/kessel",
        "https://courier.example/news/curfew",
    ]
    assert articles["outlet"].tolist() == ["The Daily Ledger", "courier.example"]  # site name, else host
    # the page's own date, else the day of the capture
    assert articles["date"].tolist() == ["2024-03-09", "2024-03-11"]
    assert articles["crawl_date"].tolist() == ["2024-03-12T08:00:00Z", "2024-03-11T22:15:03Z"]
    records = removed[removed["line_no"] == 0]
    assert records["rule"].tolist() == ["warc_not_html", "warc_http_status"]
    assert records["text"].tolist() == [
        "https://www.ledger.example/static/site.css (content type text/css)",
        "https://www.ledger.example/world/gone (HTTP 404)",
    ]
    for junk in JUNK:
        assert junk not in articles["text"].iloc[0]


def test_a_url_captured_twice_is_read_once_and_logged(tmp_path):
    path = tmp_path / "twice.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for day in ("2024-03-10", "2024-03-11"):
            http_record(writer, "https://ledger.example/kessel", make_page(), date=f"{day}T06:00:00Z")
    articles, removed = read_warc(path, max_bytes=5_000_000)
    assert articles["crawl_date"].tolist() == ["2024-03-10T06:00:00Z"]
    assert removed[removed["line_no"] == 0]["rule"].tolist() == ["warc_duplicate_url"]


def write_arc(path, url="http://ledger.example/kessel"):
    """An ARC (version 1) file, the Internet Archive's format before WARC, written by hand."""
    body = make_page().encode("utf-8")
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    version = b"1 0 framing tests\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://%s 0.0.0.0 20240312080000 text/plain %d\n" % (path.name.encode(), len(version))
    record = b"%s 127.0.0.1 20240312080000 text/html %d\n" % (url.encode(), len(http))
    path.write_bytes(header + version + b"\n" + record + http + b"\n")
    return path


def test_arc_file_loads_with_no_invented_record_id(tmp_path):
    corpus = load_corpus(write_arc(tmp_path / "old-crawl.arc"))
    assert corpus[["article_id", "outlet", "date", "url"]].values.tolist() == [
        ["ledger.example/kessel", "The Daily Ledger", "2024-03-09", "http://ledger.example/kessel"]
    ]
    assert corpus["crawl_date"].tolist() == ["2024-03-12T08:00:00Z"]
    assert corpus["warc_record_id"].tolist() == [""]  # the same on every read


def test_page_in_another_encoding_is_decoded_by_its_declared_charset(tmp_path):
    page = make_page(body=[BODY[0].replace("Kessel", "Késsel"), *BODY[1:]]).replace("utf-8", "windows-1252")
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("windows-1252"))
    assert "northern town of Késsel on Saturday" in load_corpus(path)["text"].iloc[0]


def test_uncompressed_warc_loads_through_load_corpus(tmp_path):
    corpus, removed = load_corpus(write_warc(tmp_path / "crawl.warc", gzip=False), return_removed=True)
    assert len(corpus) == 2
    assert corpus["text"].iloc[1].startswith("Curfew imposed on Kessel\n")
    assert {"crawl_date", "warc_record_id"} <= set(corpus.columns)
    assert set(removed["rule"]) == {"page_boilerplate", "warc_not_html", "warc_http_status"}


def test_warc_with_no_html_response_is_an_error_naming_the_file(tmp_path):
    path = write_warc(tmp_path / "assets.warc.gz", html=False)
    with pytest.raises(
        CorpusError,
        match=r"assets\.warc\.gz: no HTML response record with article text "
        r"among its 3 records \(left out: 1 warc_not_html, 1 warc_http_status\)",
    ):
        load_corpus(path)


def test_a_file_that_is_not_an_archive_is_an_error(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("these are my notes, not a crawl\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"notes\.warc: not a readable WARC or ARC file"):
        load_corpus(path)


# --------------------------------------------------------------------------- exports

#: A Media Cloud-style export: media_name, publish_date as a timestamp, an extra column.
EXPORT = [
    {
        "id": "mc-101",
        "media_name": "Ledger",
        "title": "Clashes in Kessel",
        "publish_date": "2024-03-09 14:30:00",
        "url": "https://ledger.example/1",
        "language": "en",
        "text": BODY[0],
    },
    {
        "id": "mc-102",
        "media_name": "Courier",
        "title": "Inquiry ordered",
        "publish_date": "2024-03-10T09:05:00Z",
        "url": "https://courier.example/2",
        "language": "en",
        "text": BODY[2],
    },
    {
        "id": "mc-103",
        "media_name": "Courier",
        "title": "",
        "publish_date": "2024-03-11T23:40:12.123456-05:00",
        "url": "https://courier.example/3",
        "language": "en",
        "text": BODY[1],
    },
]
MAPPING = {"article_id": "id", "outlet": "media_name", "date": "publish_date"}


def write_export(path, records=EXPORT):
    if path.suffix == ".csv":
        pd.DataFrame(records).to_csv(path, index=False)
    else:
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_media_cloud_export_loads_through_a_column_mapping(tmp_path, suffix):
    corpus = load_corpus(write_export(tmp_path / f"export{suffix}"), columns=MAPPING)
    assert corpus.columns.tolist() == ["article_id", "outlet", "date", "title", "url", "text", "language"]
    assert corpus["article_id"].tolist() == ["mc-101", "mc-102", "mc-103"]
    assert corpus["outlet"].tolist() == ["Ledger", "Courier", "Courier"]
    assert corpus["date"].tolist() == ["2024-03-09", "2024-03-10", "2024-03-11"]  # the day as written
    assert corpus["language"].tolist() == ["en"] * 3


def test_export_without_mapping_names_the_missing_outlet_column(tmp_path):
    with pytest.raises(CorpusError, match="missing required column 'outlet'"):
        load_corpus(write_export(tmp_path / "export.csv"))


def test_mapped_column_missing_from_the_export_is_named_with_a_hint(tmp_path):
    path = write_export(tmp_path / "export.csv")
    with pytest.raises(
        CorpusError,
        match=r"export\.csv: no column 'media_nam' \(mapped to 'outlet'\); "
        r"did you mean 'media_name'\?",
    ):
        load_corpus(path, columns={"outlet": "media_nam"})


def test_empty_export_and_duplicate_ids_are_errors_naming_the_file(tmp_path):
    header_only = tmp_path / "empty.csv"
    header_only.write_text("id,media_name,publish_date,title,url,text\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"empty\.csv: no articles"):
        load_corpus(header_only, columns=MAPPING)
    twice = write_export(tmp_path / "twice.jsonl", [EXPORT[0], EXPORT[1], EXPORT[0]])
    with pytest.raises(CorpusError, match=r"twice\.jsonl: duplicate article_id 'mc-101' in rows 0 and 2"):
        load_corpus(twice, columns=MAPPING)


def test_mapping_errors():
    frame = pd.DataFrame(EXPORT)
    with pytest.raises(ValueError, match="maps 'source', which is not a corpus column"):
        load_corpus(frame, columns={"source": "media_name"})
    with pytest.raises(CorpusError, match="has a 'outlet' column and columns= maps 'media_name'"):
        load_corpus(frame.assign(outlet="x"), columns={"outlet": "media_name"})
    assert load_corpus(frame, columns=MAPPING)["outlet"].tolist() == ["Ledger", "Courier", "Courier"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-09", "2024-03-09"),
        ("2024-03-09T14:30", "2024-03-09"),
        ("2024-03-09 14:30:00", "2024-03-09"),
        ("2024-03-09T14:30:00Z", "2024-03-09"),
        ("2024-03-09T23:30:00.5-05:00", "2024-03-09"),
        ("2024-03-09T14:30:00+0200", "2024-03-09"),
        ("2024-02-30", None),
        ("09/03/2024", None),
        ("2024-03-09 in the evening", None),
        ("March 9, 2024", None),
    ],
)
def test_iso_dates_and_timestamps(value, expected):
    assert as_iso_date(value) == expected


def test_a_date_that_is_not_iso_is_still_an_error():
    frame = pd.DataFrame({"outlet": ["A"], "text": [BODY[0]], "date": ["09/03/2024"]})
    with pytest.raises(CorpusError, match="is not YYYY-MM-DD or an ISO timestamp"):
        load_corpus(frame)


def test_column_mapping_from_the_command_line_form():
    assert parse_column_mapping("outlet=media_name, date=publish_date") == {
        "outlet": "media_name",
        "date": "publish_date",
    }
    with pytest.raises(ValueError, match="expected corpus_column=file_column, got 'outlet'"):
        parse_column_mapping("outlet,date=publish_date")


def test_readers_are_reachable_from_the_package():
    assert framing.load_corpus is load_corpus


def test_importing_framing_imports_no_reader_library():
    """trafilatura takes about a second to import: only reading a page or an archive imports it."""
    import subprocess
    import sys

    code = "import sys, framing; print(sorted(m for m in ('trafilatura', 'warcio') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
