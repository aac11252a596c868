"""framing.plots: deterministic figure files, shown once in notebooks, stable outlet colours."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from framing.plots import PALETTE, outlet_order, outlet_palette, save_figure, use_style  # noqa: E402


def _figure():
    use_style()
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.bar(["a", "b"], [1, 2])
    ax.set_title("two bars")
    return fig


def test_saved_figures_are_byte_identical_and_carry_no_metadata(tmp_path):
    fig = _figure()
    first = save_figure(fig, tmp_path / "one" / "fig")
    second = save_figure(fig, tmp_path / "two" / "fig.png")
    assert [p.name for p in first] == ["fig.png", "fig.pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    pdf = first[1].read_bytes()
    assert b"CreationDate" not in pdf and b"Matplotlib" not in pdf
    assert b"matplotlib" not in first[0].read_bytes().lower()
    plt.close(fig)


def test_show_displays_the_saved_png_at_screen_size_and_closes_the_figure(tmp_path, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    fig = _figure()
    (png, _pdf) = save_figure(fig, tmp_path / "fig", show=True)
    assert len(shown) == 1
    image = shown[0]
    assert image.data == png.read_bytes()
    # 3 inches at figure.dpi 100, saved at savefig.dpi 200 with a tight box: about 300 px wide on screen
    assert 200 < image.width < 400
    assert not plt.fignum_exists(fig.number)


def test_outside_a_notebook_nothing_is_displayed(tmp_path, monkeypatch):
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj: pytest.fail("displayed outside a notebook"))
    fig = _figure()
    save_figure(fig, tmp_path / "fig")
    assert plt.fignum_exists(fig.number)
    plt.close(fig)


def test_outlets_keep_their_colour_and_order():
    order = outlet_order(["BBC", "ABC", "BBC", "NewsBytes"])
    assert order == ["BBC", "ABC", "NewsBytes"]
    assert outlet_palette(order) == {"BBC": PALETTE[0], "ABC": PALETTE[1], "NewsBytes": PALETTE[2]}
    many = [f"outlet {i}" for i in range(len(PALETTE) + 1)]
    assert outlet_palette(many)[many[-1]] == PALETTE[0]  # cycles


def test_pdf_embeds_the_font_once_despite_ligatures_minus_signs_and_dashes(tmp_path):
    import re

    use_style()
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.barh(["official", "conflict"], [-2, 3])  # "ffi"/"fl" ligatures, negative ticks with a minus sign
    ax.set_title("five outlets – one fact")
    (pdf,) = save_figure(fig, tmp_path / "fig", formats=("pdf",))
    plt.close(fig)
    fonts = set(re.findall(rb"/FontName /([A-Z]{6}\+[\w-]+)", pdf.read_bytes()))
    assert len(fonts) == 1, fonts


def test_agent_group_figure_draws_each_share_with_its_interval_and_the_reserved_groups_last():
    import pandas as pd

    from framing.plots import RESERVED_LABELS, plot_agent_groups

    rows = [("A", "events", "", 4, 4, 1.0, 1.0, 1.0), ("B", "events", "", 2, 2, 1.0, 1.0, 1.0)]
    shares = {("A", "army"): 0.5, ("A", "none"): 0.25, ("A", "mutual"): 0.25, ("B", "rebels"): 1.0}
    for outlet in ("A", "B"):
        for group in ("army", "rebels", "other", "pronoun", "mutual", "none"):
            share = shares.get((outlet, group), 0.0)
            rows.append((outlet, "agent_group", group, 4, 4, share, share / 2, min(1.0, share + 0.1)))
    table = pd.DataFrame(rows, columns=["outlet", "measure", "group", "n", "n_events", "share", "ci_low", "ci_high"])
    fig = plot_agent_groups(table, groups=["army", "rebels", "none"], outlets=["A", "B"])
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:2] == ["army", "rebels"]
    assert labels[2:] == [RESERVED_LABELS.get(g, g) for g in ("other", "pronoun", "mutual", "none")]
    assert ax.get_xlim() == (-0.02, 1.02)
    dots = [line for line in ax.get_lines() if line.get_marker() == "o"]
    assert len(dots) == 2  # one series per outlet
    first = dots[0].get_xdata()
    assert list(first) == [0.5, 0.0, 0.0, 0.0, 0.25, 0.25]  # outlet A, in row order
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["A (n = 4)", "B (n = 2)"]
    fig.clf()


def test_figures_name_the_resampling_unit():
    import pandas as pd

    from framing.plots import describe_ci_unit, plot_agent_groups, plot_fingerprint

    assert describe_ci_unit(pd.DataFrame({"ci_unit": ["article", "article"]})) == "resampling whole articles"
    assert "one article" in describe_ci_unit(pd.DataFrame({"ci_unit": ["sentence"]}))
    assert "sentences where" in describe_ci_unit(pd.DataFrame({"ci_unit": ["article/sentence"]}))
    rows = [("A", "events", "", 2, 2, 1.0, 1.0, 1.0, "article")]
    groups = ("army", "other", "pronoun", "mutual", "none")
    rows += [("A", "agent_group", g, 1, 2, 0.5, 0.1, 0.9, "article") for g in groups]
    table = pd.DataFrame(
        rows, columns=["outlet", "measure", "group", "n", "n_events", "share", "ci_low", "ci_high", "ci_unit"]
    )
    fig = plot_agent_groups(table, groups=["army"], outlets=["A"])
    assert fig.axes[0].get_xlabel().endswith("(95% bootstrap CI, resampling whole articles)")
    fig.clf()
    summary = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "measure": "agentless",
            "label": "agentless share",
            "estimate": [0.4, 0.6],
            "ci_low": [0.2, 0.4],
            "ci_high": [0.6, 0.8],
            "n": [10, 12],
            "ci_unit": "sentence",
        }
    )
    fig = plot_fingerprint(summary, outlets=["A", "B"], title="Fingerprint")
    assert fig._suptitle.get_text() == "Fingerprint\nintervals: resampling the sentences of each outlet's one article"
    fig.clf()


def test_group_difference_figure_draws_each_pair():
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    import framing
    from framing.plots import plot_group_differences

    table = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "b1", "b2", "c1", "c2", "c3"],
            "outlet": ["A", "A", "A", "B", "B", "C", "C", "C"],
            "hit": [1, 1, 0, 0, 0, 1, 0, 1],
        }
    )
    result = framing.compare_groups(table, "hit", cluster=None, n_resamples=200)
    _, ax = plt.subplots()
    assert plot_group_differences(result, ax=ax) is ax
    (dots,) = [line for line in ax.get_lines() if line.get_marker() == "o"]
    assert list(dots.get_xdata()) == pytest.approx(result["difference"].tolist())
    assert list(dots.get_ydata()) == [0, 1, 2]
    (bars,) = ax.collections  # the interval bars: one segment per pair, from ci_low to ci_high
    ends = np.array([segment[:, 0] for segment in bars.get_segments()])
    assert ends == pytest.approx(result[["ci_low", "ci_high"]].to_numpy())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("A \u2212 B (p adj. ")
    assert [label.split(" (")[0] for label in labels] == ["A \u2212 B", "A \u2212 C", "B \u2212 C"]
    assert ax.get_ylim() == (2.5, -0.5)  # first pair on top
    assert "resampling" in ax.get_xlabel()
    plt.close("all")
