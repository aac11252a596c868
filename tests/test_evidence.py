"""The evidence page (framing.evidence) and framing.show: marks equal the tables' rows,
in the HTML as written and in the DOM a real browser builds from it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from urllib.parse import quote

import pandas as pd
import pytest

import framing
from framing import cli
from framing.evidence import MARK_KINDS, Mark, evidence_page, mark_text, marks_of
from framing.show import marked_sentences, render_html, render_text

# Invented articles (not from the corpus); the outlet name and one text carry markup
# that must come out as text, never as elements.
ARTICLES = [
    {
        "article_id": "e1",
        "outlet": "Harbour <Times>",
        "text": "Rebels shelled the port of Kessel overnight.\nFive fishermen were wounded, the mayor said.",
    },
    {
        "article_id": "e2",
        "outlet": "Valley Courier",
        "text": "The ministry reportedly ordered an inquiry. Five fishermen were wounded in Kessel, "
        "officials said.\nTwo children were killed in the shelling.",
    },
    {
        "article_id": "e3",
        "outlet": "Harbour <Times>",
        "text": "Soldiers were accused of looting shops in Kessel.\nThe army denied the claims.",
    },
]


class MarkReader(HTMLParser):
    """Every mark of a page or fragment: its attributes and its own words (labels left out),
    continuations joined to the mark they continue; articles with their attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, dict] = {}
        self.order: list[str] = []
        self.articles: list[dict] = []
        self.scripts = 0
        self.stack: list[tuple[str, str | None]] = []  # (tag, mark key)
        self.in_label = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "article":
            self.articles.append(attrs)
        key = None
        if tag == "mark":
            key = attrs.get("data-of") or attrs.get("id") or f"anon{len(self.order)}"
            if "data-kind" in attrs:
                self.marks[key] = {**attrs, "words": "", "article": (self.articles[-1] if self.articles else {})}
                self.order.append(key)
        if tag == "span" and attrs.get("class") == "lbl":
            self.in_label += 1
        self.stack.append((tag, key))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == "span" and self.in_label and tag == "span":
                self.in_label -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_label:
            return
        for _, key in self.stack:
            if key in self.marks:
                self.marks[key]["words"] += data


def read_marks(page: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(page)
    reader.close()
    return reader


def kind_counts(marks) -> dict[str, int]:
    return pd.Series([m["data-kind"] for m in marks]).value_counts().sort_index().to_dict()


def expected_counts(tables) -> dict[str, int]:
    counts = {spec.kind: len(tables[spec.table]) for spec in MARK_KINDS if len(tables[spec.table])}
    return dict(sorted(counts.items()))


# ---------------------------------------------------------------- without a model


def mark(start, end, kind="x", label=""):
    return Mark(start, end, (("kind", kind),), label, "")


def test_crossing_marks_are_one_element_each_with_a_continuation():
    text = "one two three four"
    # [one two] and [two three] cross at "two"
    fragment = mark_text(text, [mark(0, 7, "a"), mark(4, 13, "b")], ids=["m0", "m1"])
    reader = read_marks(f"<div>{fragment}</div>")
    assert [reader.marks[k]["data-kind"] for k in reader.order] == ["a", "b"]
    assert reader.marks["m0"]["words"] == "one two"
    assert reader.marks["m1"]["words"] == "two three"
    assert fragment.count('data-of="m1"') == 1  # "b" goes on past the end of "a"
    assert fragment.count("<mark") == fragment.count("</mark>") == 3
    plain = mark_text(text, [mark(0, 7, "a", "A"), mark(4, 13, "b", "B")], plain=True)
    assert plain == "[one [two]]{A}[ three]{B} four"


def test_nested_and_identical_marks_nest_and_empty_ones_are_left_out():
    text = "were wounded today"
    fragment = mark_text(text, [mark(5, 12, "inner"), mark(5, 12, "outer"), mark(0, 18, "all"), mark(3, 3)])
    reader = read_marks(fragment)
    assert sorted(m["data-kind"] for m in reader.marks.values()) == ["all", "inner", "outer"]
    assert "data-of" not in fragment
    assert fragment.index('data-kind="all"') < fragment.index('data-kind="inner"')


def test_text_and_attributes_are_escaped():
    text = '<script>alert("x")</script> & more'
    hostile = Mark(0, 8, (("kind", "harm"), ("group", '"><img src=x>')), "<b>", '"title"')
    fragment = mark_text(text, [hostile])
    assert "<script>" not in fragment and "<img" not in fragment and "<b>" not in fragment
    reader = read_marks(fragment)
    (found,) = reader.marks.values()
    assert found["data-group"] == '"><img src=x>'
    assert found["words"] == "<script>"


def hand_tables():
    """Tables shaped like the pipeline's, written by hand for ARTICLES (no model needed)."""
    harm = pd.DataFrame(
        {
            "article_id": ["e1", "e1", "e3"],
            "sentence": ["", "", ""],
            "trigger": ["shelled", "wounded", "looting"],
            "form": ["active", "passive", "active"],
            "agent": ["Rebels", "", "Soldiers"],
            "agent_group": ["rebels", "none", "state_forces"],
            "patient": ["", "", ""],
            "patient_group": ["", "", ""],
            "negated": [False, False, False],
            "cause": ["", "", ""],
            "hedge_cue": ["", "", ""],
            "source": ["", "", ""],
            "start_char": [7, 65, 25],
            "end_char": [14, 72, 32],
        }
    )
    passives = pd.DataFrame(
        {
            "article_id": ["e1"],
            "verb": ["wounded"],
            "construction": ["be"],
            "agent": [""],
            "patient": ["Five fishermen"],
            "start_char": [65],
            "end_char": [72],
        }
    )
    sentences = pd.DataFrame(
        {"article_id": ["e1", "e1"], "sent_id": [0, 1], "start_char": [0, 45], "end_char": [44, 89]}
    )
    empty = {spec.table: None for spec in MARK_KINDS}
    return {**empty, "harm_events": harm, "passives": passives, "sentences": sentences}


def test_page_holds_every_row_as_a_mark_over_its_words():
    corpus = pd.DataFrame(ARTICLES)
    tables = {k: v for k, v in hand_tables().items() if v is not None}
    page = evidence_page(corpus, tables)
    reader = read_marks(page)
    marks = [reader.marks[k] for k in reader.order]
    assert kind_counts(marks) == {"harm": 3, "passive": 1}
    texts = dict(zip(corpus["article_id"], corpus["text"], strict=True))
    for found in marks:
        start, end = int(found["data-start"]), int(found["data-end"])
        assert found["words"] == texts[found["article"]["data-article"]][start:end]
    harm = [m for m in marks if m["data-kind"] == "harm"]
    assert [m["data-group"] for m in harm] == ["rebels", "none", "state_forces"]
    assert [m["data-agentless"] for m in harm] == ["false", "true", "false"]
    # every article, in corpus order, the outlet's markup as text; only the page's own script
    assert [a["data-article"] for a in reader.articles] == ["e1", "e2", "e3"]
    assert reader.articles[0]["data-outlet"] == "Harbour <Times>"
    assert reader.scripts == 1
    assert 'id="s0-1"' in page  # sentence anchors from the sentences table
    assert "http" not in page.replace("http-equiv", "")  # nothing loaded from anywhere


def test_page_says_when_articles_are_left_out():
    corpus = pd.DataFrame(ARTICLES)
    tables = {k: v for k, v in hand_tables().items() if v is not None}
    page = evidence_page(corpus, tables, max_articles=2)
    reader = read_marks(page)
    assert [a["data-article"] for a in reader.articles] == ["e1", "e2"]
    assert "1 of 3 articles are not drawn" in page
    # e3's harm event is not drawn, nor counted
    assert kind_counts(reader.marks.values()) == {"harm": 2, "passive": 1}
    assert "harm 2 (1 with no agent)" in page


def test_marks_of_needs_offsets_and_knows_the_kind():
    harm = hand_tables()["harm_events"]
    assert {mark.kind for _, mark in marks_of(harm)} == {"harm"}
    assert [m.label for _, m in marks_of(harm)] == ["rebels", "no agent", "state_forces"]
    assert [m.label for _, m in marks_of(harm, label="trigger")] == ["shelled", "wounded", "looting"]
    with pytest.raises(ValueError, match="end_char"):
        marks_of(harm.drop(columns="end_char"))
    with pytest.raises(ValueError, match="label="):
        marks_of(harm, label="nope")
    plain = pd.DataFrame({"article_id": ["e1"], "start_char": [0], "end_char": [6], "note": ["x"]})
    assert [m.kind for _, m in marks_of(plain)] == ["mark"]


def test_show_marks_the_words_with_or_without_the_corpus():
    corpus = pd.DataFrame(ARTICLES)
    harm = hand_tables()["harm_events"]
    with_corpus = render_text(marked_sentences(harm, corpus))
    assert "Rebels [shelled]{rebels} the port" in with_corpus
    assert "Five fishermen were [wounded]{no agent}, the mayor said." in with_corpus
    harm = harm.assign(sentence=["Rebels shelled the port of Kessel overnight.",
                                 "Five fishermen were wounded, the mayor said.",
                                 "Soldiers were accused of looting shops in Kessel."])
    without = render_text(marked_sentences(harm))
    assert "Soldiers were accused of [looting]{state_forces} shops in Kessel." in without
    assert framing.show(harm, limit=1).count("\n") == 1  # outside a kernel: the text, one sentence
    fragment = render_html(marked_sentences(harm, corpus))
    assert kind_counts(read_marks(fragment).marks.values()) == {"harm": 3}
    with pytest.raises(ValueError, match="corpus="):
        marked_sentences(harm.drop(columns="sentence"))


# ---------------------------------------------------------------- the pipeline's page


@pytest.fixture(scope="module")
def run(tmp_path_factory, parse_cache):
    """`framing analyze` on ARTICLES: its output directory and its tables read back."""
    folder = tmp_path_factory.mktemp("evidence")
    path = folder / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    out = folder / "out"
    args = ["analyze", str(path), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet"]
    assert cli.main(args) == 0
    tables = {
        spec.table: pd.read_csv(out / f"{spec.table}.csv", dtype={"article_id": str}, keep_default_na=False)
        for spec in MARK_KINDS
    }
    return out, tables


def test_analyze_writes_a_page_whose_marks_are_the_tables_rows(run):
    out, tables = run
    page = (out / "evidence.html").read_text(encoding="utf-8")
    reader = read_marks(page)
    marks = [reader.marks[k] for k in reader.order]
    assert kind_counts(marks) == expected_counts(tables)
    assert sum(kind_counts(marks).values()) >= 8  # every kind is exercised by ARTICLES
    texts = {a["article_id"]: a["text"] for a in ARTICLES}
    for found in marks:
        start, end = int(found["data-start"]), int(found["data-end"])
        assert found["words"] == texts[found["article"]["data-article"]][start:end]
    harm = tables["harm_events"]
    page_groups = {(m["article"]["data-article"], int(m["data-start"])): m["data-group"] for m in marks
                   if m["data-kind"] == "harm"}
    assert page_groups == dict(zip(zip(harm["article_id"], harm["start_char"], strict=True), harm["agent_group"],
                                   strict=True))
    claims = pd.read_csv(out / "align_claims.csv", keep_default_na=False)
    assert page.count('<tr class="claim"') == claims["claim_id"].nunique() >= 1


def test_a_large_run_reads_only_the_rows_of_the_articles_drawn(run, tmp_path, monkeypatch):
    from types import SimpleNamespace

    from framing import evidence

    out, tables = run
    analysis = SimpleNamespace(out=out, tables={spec.table: None for spec in MARK_KINDS})
    monkeypatch.setattr(evidence, "READ_CHUNK_ROWS", 2)  # several chunks per table
    page = evidence.write_evidence(analysis, pd.DataFrame(ARTICLES), tmp_path, max_articles=1).read_text()
    reader = read_marks(page)
    expected = {spec.kind: int(tables[spec.table]["article_id"].eq("e1").sum()) for spec in MARK_KINDS}
    assert kind_counts(reader.marks.values()) == {kind: n for kind, n in sorted(expected.items()) if n}
    assert [a["data-article"] for a in reader.articles] == ["e1"]


def test_no_evidence_skips_the_page(tmp_path, parse_cache):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["analyze", str(path), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet", "--no-evidence"]
    assert cli.main(args) == 0
    assert (out / "harm_events.csv").exists() and not (out / "evidence.html").exists()


# ---------------------------------------------------------------- in a real browser

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str:
    """The headless browser; missing is a skip on a workstation but a failure on CI
    (`make browser`, run by `make test`, installs Debian's chromium)."""
    found = next((path for path in map(shutil.which, BROWSERS) if path), None)
    if found is None:
        message = "Chromium is not installed: run `make browser` (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def dump_dom(page, fragment: str, profile) -> str:
    """The DOM after the page's script has run, as headless Chromium serialises it."""
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
               "--virtual-time-budget=5000", "--dump-dom", url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "</html>" in result.stdout, result.stderr[-2000:]
    return result.stdout


class DomReader(MarkReader):
    """Marks and articles with their classes and hidden state; the status line."""

    def __init__(self):
        super().__init__()
        self.status = ""
        self.in_status = False

    def handle_starttag(self, tag, attrs):
        self.in_status = dict(attrs).get("id") == "status"
        super().handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.in_status:
            self.status += data
        super().handle_data(data)


def read_dom(dom: str) -> DomReader:
    reader = DomReader()
    reader.feed(dom)
    reader.close()
    return reader


def test_browser_dom_holds_the_tables_rows_and_the_filters_work(run, tmp_path):
    out, tables = run
    page = out / "evidence.html"
    reader = read_dom(dump_dom(page, "s0-1", tmp_path / "profile"))  # an anchor, not a filter
    marks = [reader.marks[k] for k in reader.order]
    assert kind_counts(marks) == expected_counts(tables)
    harm = [m for m in marks if m["data-kind"] == "harm"]
    assert sorted(m["data-group"] for m in harm) == sorted(tables["harm_events"]["agent_group"])
    assert not any("off" in m["class"].split() for m in marks)
    assert not any("hidden" in a for a in reader.articles)
    assert reader.status.startswith(f"Showing {len(ARTICLES)} of {len(ARTICLES)} articles, {len(marks)} marks")

    # a filter preset in the address: harm events only, in one outlet
    outlet = ARTICLES[0]["outlet"]
    fragment = f"kind=harm&outlet={quote(outlet)}"
    reader = read_dom(dump_dom(page, fragment, tmp_path / "profile"))
    marks = [reader.marks[k] for k in reader.order]
    on = [m for m in marks if "off" not in m["class"].split()]
    assert on and {m["data-kind"] for m in on} == {"harm"}
    assert len([m for m in marks if m["data-kind"] == "harm"]) == len(tables["harm_events"])
    harm_articles = set(tables["harm_events"]["article_id"])
    shown = [a["data-article"] for a in reader.articles if "hidden" not in a]
    expected = [a["article_id"] for a in ARTICLES if a["outlet"] == outlet and a["article_id"] in harm_articles]
    assert shown == expected

    # agent group and agentless filters
    group = "none"
    reader = read_dom(dump_dom(page, f"group={group}&agentless=true", tmp_path / "profile"))
    on = [reader.marks[k] for k in reader.order if "off" not in reader.marks[k]["class"].split()]
    agentless = tables["harm_events"]["agent_group"].eq("none").sum()
    assert len(on) == agentless >= 1
    assert all(m["data-agentless"] == "true" for m in on)


def test_a_missing_browser_fails_on_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="make browser"):
        browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="make browser"):
        browser()


def test_show_displays_html_inside_a_kernel(monkeypatch):
    import sys

    display = pytest.importorskip("IPython.display")
    shown = []
    monkeypatch.setattr(sys.modules["framing.show"], "_in_kernel", lambda: True)
    monkeypatch.setattr(display, "display", shown.append)
    harm = hand_tables()["harm_events"]
    assert framing.show(harm, pd.DataFrame(ARTICLES)) is None
    (html_object,) = shown
    reader = read_marks(html_object.data)
    assert [m["data-group"] for m in reader.marks.values()] == ["rebels", "none", "state_forces"]
    assert "<style>" in html_object.data
