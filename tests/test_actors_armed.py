"""The optional ``armed`` column of an actor taxonomy: which groups are of unarmed people.

A community before an armed head noun ("Dawali gunmen") says where the doers come from; its
group yields to the head's when the taxonomy says the community's group is unarmed. A study
whose unarmed group is not the guidelines' ``civilians`` says so in its own file. Invented
names and sentences throughout.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import framing
from framing import cli
from framing.errors import TaxonomyError

#: A study whose unarmed people are ``residents``: the id the guidelines' default does not know.
ROWS = """role,group,match,pattern,note{header}
agent,residents,phrase,dawali,invented community{residents}
agent,residents,head,villager,generic
agent,armed_groups,head,gunman,generic{armed}
agent,armed_groups,head,fighter,generic
agent,state_forces,head,soldier,generic
"""


def taxonomy_text(residents: str | None, armed: str = "") -> str:
    """The rows above; ``residents=None`` writes no armed column at all."""
    if residents is None:
        return ROWS.format(header="", residents="", armed="")
    return ROWS.format(header=",armed", residents=f",{residents}", armed=f",{armed}")


def write(tmp_path, text: str, name: str = "actors.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("residents", "text", "expected"),
    [
        # the study says its residents are unarmed: the armed head wins
        ("no", "Dawali gunmen ambushed a bus near Orvath.", "armed_groups"),
        ("NO", "Dawali fighters attacked the town of Brisk.", "armed_groups"),
        # guards: an unarmed head keeps the community's group; a plain armed head is its own
        ("no", "Dawali villagers attacked a police post.", "residents"),
        ("no", "Gunmen ambushed a bus near Orvath.", "armed_groups"),
        ("no", "Soldiers shelled the outskirts of Mazra.", "state_forces"),
        # without the column, or with it empty, residents is no id the default knows: as before
        (None, "Dawali gunmen ambushed a bus near Orvath.", "residents"),
        ("", "Dawali gunmen ambushed a bus near Orvath.", "residents"),
        ("yes", "Dawali gunmen ambushed a bus near Orvath.", "residents"),
    ],
)
def test_a_study_names_its_own_unarmed_group(parse_text, tmp_path, residents, text, expected):
    actors = framing.load_actors(write(tmp_path, taxonomy_text(residents)))
    [event] = framing.find_harm_events(parse_text(text), actors=actors, context=False)
    assert event.agent_group == expected


def test_the_high_level_tables_take_it_through_the_taxonomy(tmp_path):
    corpus = pd.DataFrame(
        {"article_id": ["a1"], "outlet": ["Harbour Times"], "text": ["Dawali gunmen ambushed a bus near Orvath."]}
    )
    for residents, expected in (("no", "armed_groups"), (None, "residents")):
        path = write(tmp_path, taxonomy_text(residents), f"actors_{residents}.csv")
        events = framing.harm_events(corpus, actors=path, use_cache=False)
        assert events["agent_group"].tolist() == [expected]
        table = pd.read_csv(path, dtype=str, keep_default_na=False)  # a DataFrame works the same
        assert framing.harm_events(corpus, actors=table, use_cache=False)["agent_group"].tolist() == [expected]


def test_unarmed_groups_of_a_file_and_of_the_default(tmp_path):
    generic = framing.load_actors(None)
    assert generic.unarmed_groups == frozenset({"civilians"})
    assert dict(generic.armed)["state_forces"] is True and "government" not in dict(generic.armed)
    assert framing.load_actors(write(tmp_path, taxonomy_text("no"))).unarmed_groups == {"residents"}
    assert framing.load_actors(write(tmp_path, taxonomy_text(None))).unarmed_groups == frozenset()
    # a file without the column that uses the guidelines' id reads as the generic taxonomy says
    old = "role,group,match,pattern,note\nagent,civilians,head,villager,g\nagent,armed_groups,head,gunman,g\n"
    assert framing.load_actors(write(tmp_path, old)).unarmed_groups == {"civilians"}
    # and a study may say otherwise of that id; a missing value of a DataFrame says nothing
    table = pd.DataFrame(
        {
            "role": ["agent", "agent", "patient"],
            "group": ["civilians", "civilians", "civilians"],
            "match": ["head"] * 3,
            "pattern": ["villager", "resident", "child"],
            "armed": ["yes", None, float("nan")],
        }
    )
    assert framing.load_actors(table).unarmed_groups == frozenset()


@pytest.mark.parametrize(
    ("residents", "armed", "message"),
    [
        ("maybe", "", r"actors\.csv, row 2: armed 'maybe' is not yes, no or empty"),
        ("no", "unarmed", r"actors\.csv, row 4: armed 'unarmed' is not yes, no or empty"),
        ("true", "", r"row 2: armed 'true'"),
    ],
)
def test_an_unknown_armed_value_is_one_clear_error(tmp_path, residents, armed, message):
    with pytest.raises(TaxonomyError, match=message):
        framing.load_actors(write(tmp_path, taxonomy_text(residents, armed)))


def test_rows_of_one_group_that_disagree_are_refused(tmp_path):
    text = "role,group,match,pattern,armed\nagent,residents,head,villager,no\npatient,residents,head,child,yes\n"
    with pytest.raises(TaxonomyError, match=r"row 3: armed 'yes' for group 'residents', but row 2 says 'no'"):
        framing.load_actors(write(tmp_path, text))


# ---------------------------------------------------------------- the command line


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [
        {"article_id": "d1", "outlet": "Harbour Times", "text": "Dawali gunmen ambushed a bus near Orvath."},
        {"article_id": "d2", "outlet": "Valley Courier", "text": "Soldiers shelled the outskirts of Mazra."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def analyze(args, capsys) -> tuple[int, str]:
    code = cli.main(args)
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("residents", "expected"), [("no", "armed_groups"), (None, "residents")])
def test_cli_actors_file_carries_the_armed_column(corpus, tmp_path, parse_cache, capsys, residents, expected):
    actors = write(tmp_path, taxonomy_text(residents))
    out = tmp_path / "out"
    args = ["analyze", str(corpus), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet"]
    code, err = analyze([*args, "--tables", "harm_events", "--actors", str(actors)], capsys)
    assert code == 0, err
    events = pd.read_csv(out / "harm_events.csv", dtype=str, keep_default_na=False)
    assert events.set_index("article_id")["agent_group"].to_dict() == {"d1": expected, "d2": "state_forces"}


def test_cli_bad_armed_value_exits_2_naming_file_row_and_value(corpus, tmp_path, capsys):
    actors = write(tmp_path, taxonomy_text("maybe"))
    code, err = analyze(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--actors", str(actors)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "actors.csv, row 2: armed 'maybe' is not yes, no or empty" in err
    assert not (tmp_path / "o").exists()


def test_help_names_every_list_and_the_armed_column(capsys):
    from framing.pipeline.registry import LEXICON_OPTIONS

    with pytest.raises(SystemExit):
        cli.main(["analyze", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for name in [*LEXICON_OPTIONS, "actors", "sources", "spelling_variants"]:
        assert "--" + name.replace("_", "-") + " FILE" in text
    assert "armed: yes/no per group" in text
