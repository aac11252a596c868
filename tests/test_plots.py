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
    fig = plot_agent_groups(table, groups=["army", "rebels", "none"], outlets=["A", "B"], taxonomy={"army": "The army"})
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:2] == ["The army", "Rebels"]  # the taxonomy's label, else the id humanised
    assert labels[2:] == [RESERVED_LABELS.get(g, g) for g in ("other", "pronoun", "mutual", "none")]
    assert ax.get_xlim() == (-0.02, 1.02)
    dots = [line for line in ax.get_lines() if line.get_marker() == "o"]
    assert len(dots) == 2  # one series per outlet
    first = dots[0].get_xdata()
    assert list(first) == [0.5, 0.0, 0.0, 0.0, 0.25, 0.25]  # outlet A, in row order
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["A (n = 4)", "B (n = 2)"]
    fig.clf()


# --- every figure draws its table: values, axes, labels ------------------------------------------

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from framing import plots  # noqa: E402


def _bar_widths(ax):
    return [round(p.get_width(), 6) for p in ax.patches if hasattr(p, "get_width")]


def _ticks(axis):
    return [t.get_text() for t in axis.get_ticklabels()]


def test_display_labels_come_from_the_taxonomy_file_or_a_generic_rule(tmp_path):
    from framing import load_actors

    path = tmp_path / "actors.csv"
    path.write_text(
        "role,group,match,pattern,note,label\n"
        "agent,assad_loyalists,phrase,loyalist gunmen,x,Loyalists of the old regime\n"
        "agent,assad_loyalists,phrase,remnants,x,\n"
        "agent,monitor_ngo,phrase,observatory,x,\n",
        encoding="utf-8",
    )
    labels = plots.display_labels(load_actors(path))
    assert labels == {"assad_loyalists": "Loyalists of the old regime"}
    assert plots.display_label("assad_loyalists", labels) == "Loyalists of the old regime"
    assert plots.display_label("monitor_ngo", labels) == "Monitor ngo"
    assert plots.humanize("alawite_civilians") == "Alawite civilians"


def _headline(all_scores, held):
    return pd.DataFrame(
        {
            "measure": ["tolls", "sources", "tone"],
            "metric": ["f1", "f1", "macro_f1"],
            "all": all_scores,
            "n_all": ["10", "10", "10"],
            "held_out": held,
            "n_held_out": ["5", "5", ""],
            "target": [">= 0.85", "", ""],
            "met": ["yes", "", ""],
        }
    )


def test_validation_scores_given_as_text_are_numbers_on_a_0_to_1_axis():
    # The headline table writes scores as text; drawn as they come, matplotlib put them on a
    # categorical axis ("0.995" left of "0.901"), with bars of category-index length.
    summary = _headline(["0.995", "0.901", "0.950"], ["0.912", "0.880", ""])
    fig = plots.plot_validation(summary)
    ax = fig.axes[0]
    assert ax.get_xlim() == (0.0, 1.0)
    assert ax.xaxis.get_converter() is None  # a numeric axis, not category units
    widths = _bar_widths(ax)
    assert widths[:3] == [0.995, 0.901, 0.95]
    assert widths[3:] == [0.912, 0.88, 0.0]  # no held-out score: no bar
    assert _ticks(ax.yaxis) == ["tolls (f1)", "sources (f1)", "tone (macro f1)"]
    target = [line for line in ax.get_lines() if list(line.get_xdata()) == [0.85, 0.85]]
    assert len(target) == 1
    plt.close(fig)


def test_validation_figure_draws_the_held_out_interval_across_its_bar():
    summary = _headline(["0.995", "0.901", "0.950"], ["0.912", "0.880", ""])
    summary["held_out_ci95"] = ["0.850-0.951", "", ""]
    fig = plots.plot_validation(summary)
    lines = [(list(line.get_xdata()), list(line.get_ydata())) for line in fig.axes[0].get_lines()]
    assert ([0.85, 0.951], [0.2, 0.2]) in lines  # across the first held-out bar (y = 0 + 0.2)
    assert not any(y == [1.2, 1.2] or y == [2.2, 2.2] for _, y in lines)  # no interval, no line
    plt.close(fig)


def test_the_old_validation_code_would_fail_the_numeric_axis_check():
    # what notebooks/07 drew before: text scores passed straight to barh
    summary = _headline(["0.995", "0.901", "0.950"], ["0.912", "0.880", ""])
    fig, ax = plt.subplots()
    ax.barh(np.arange(3) - 0.2, summary["all"], height=0.38)
    assert ax.xaxis.get_converter() is not None  # category units: the axis the test above forbids
    assert _bar_widths(ax) != [0.995, 0.901, 0.95]
    plt.close(fig)


def _fingerprint_table():
    rows = []
    for measure, label, values in [
        ("agentless", "harm events with no agent (share)", [0.4, 0.7]),
        ("agent_group", "harm events whose agent is the army (share)", [0.3, 0.1]),
        ("hedged", "of those, hedged (share)", [0.5, 0.0]),
        ("atrocity", "violence named as one-sided atrocity (share of event labels)", [0.2, 0.6]),
        ("loaded_rate", "loaded words per 1,000 words", [12.0, 30.0]),
        ("mean_tone", "mean sentence tone (VADER compound)", [-0.3, -0.1]),
    ]:
        for outlet, value in zip(["A long outlet name", "B"], values, strict=True):
            rows.append((outlet, measure, label, value, value - abs(value) * 0.2, value + abs(value) * 0.2, 20))
    rows += [("A long outlet name", "killed_toll", "largest toll of people killed", 1000.0, np.nan, np.nan, 3)]
    return pd.DataFrame(rows, columns=["outlet", "measure", "label", "estimate", "ci_low", "ci_high", "n"])


def test_fingerprint_fits_a_7_inch_column_with_fonts_of_7_pt_or_more():
    from matplotlib.text import Text

    use_style()
    table = _fingerprint_table()
    fig = plots.plot_fingerprint(table, title="Framing fingerprint per outlet")
    width, _height = fig.get_size_inches()
    assert width <= plots.FIGURE_WIDTH == 7.0
    fig.canvas.draw()
    # tight saving must not widen it: every drawn thing lies within the 7 inches
    assert fig.get_tightbbox(fig.canvas.get_renderer()).width <= 7.0 + 1e-6
    sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    assert sizes and min(sizes) >= plots.MIN_FONT_SIZE == 7.0
    plt.close(fig)


def test_fingerprint_draws_the_table_values_shares_0_to_1_and_the_toll_on_a_log_axis():
    table = _fingerprint_table()
    fig = plots.plot_fingerprint(table, outlets=["B", "A long outlet name"])
    panels = [ax for ax in fig.axes if ax.get_visible() and ax.axison]
    assert len(panels) == 7
    by_title = {ax.get_title().replace("\n", " "): ax for ax in panels}
    agentless = by_title["harm events with no agent (share)"]
    assert agentless.get_xlim() == (-0.05, 1.05)
    dots = {line.get_ydata()[0]: line.get_xdata()[0] for line in agentless.get_lines() if line.get_marker() == "o"}
    assert dots == {0: 0.7, 1: 0.4}  # B on top, then A
    assert _ticks(agentless.yaxis) == ["B", "A long outlet name"]
    toll = by_title["largest toll of people killed"]
    assert toll.get_xscale() == "log"
    assert toll.get_xlim() == (100.0, 10000.0)  # whole decades with the one toll of 1,000 inside
    plt.close(fig)


def test_toll_figure_separates_measures_and_marks_qualifiers_and_vague_numbers():
    from framing.plots.sources import QUALIFIER_MARKERS

    tolls = pd.DataFrame(
        [
            ("A", "killed", "civilians", 100, "at_least", False, "monitor"),
            ("B", "killed", "civilians", 24, "exact", True, ""),
            ("A", "injured", "civilians", 760, "more_than", False, ""),
            ("B", "killed", "security_forces", 12, "exact", False, ""),
        ],
        columns=["outlet", "measure", "victims", "value", "qualifier", "vague", "source"],
    )
    fig = plots.plot_tolls(tolls, taxonomy={"security_forces": "Police and army"})
    killed, injured = fig.axes[:2]
    assert killed.get_ylabel() == "Killed" and injured.get_ylabel() == "Injured"
    assert _ticks(killed.yaxis) == ["Civilians", "Police and army"]
    assert killed.get_xscale() == "log"
    points = killed.collections
    assert sorted(float(c.get_offsets()[0][0]) for c in points) == [12.0, 24.0, 100.0]
    assert [float(c.get_offsets()[0][0]) for c in injured.collections] == [760.0]  # 760 injured not among the killed
    vague = [c for c in points if float(c.get_offsets()[0][0]) == 24.0][0]
    assert tuple(vague.get_facecolor()[0]) == (1.0, 1.0, 1.0, 1.0)  # hollow: "dozens"
    at_least = [c for c in points if float(c.get_offsets()[0][0]) == 100.0][0]
    marker_path = at_least.get_paths()[0]
    from matplotlib.markers import MarkerStyle

    expected = MarkerStyle(QUALIFIER_MARKERS["at_least"])
    assert np.allclose(marker_path.vertices, expected.get_path().transformed(expected.get_transform()).vertices)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert {"at least", "more than", "exact", "vague (dozens, hundreds)"} <= set(legend)
    plt.close(fig)


def test_source_figure_bars_are_each_outlets_shares_with_display_labels():
    attributions = pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B"],
            "source_type": ["monitor_ngo", "monitor_ngo", "un", "un"],
            "verb_class": ["neutral", "neutral", "alleging", "neutral"],
        }
    )
    fig = plots.plot_sources(attributions, taxonomy={"un": "United Nations"})
    ax = fig.axes[0]
    assert ax.get_xlim() == (0.0, 1.0)
    assert set(_ticks(ax.yaxis)) == {"United Nations", "Monitor ngo"}
    widths = sorted(_bar_widths(ax))
    assert widths == sorted([round(2 / 3, 6), round(1 / 3, 6), 0.0, 1.0])
    plt.close(fig)


def test_hedge_and_event_and_tone_figures_put_shares_on_0_to_1_axes():
    asym = pd.DataFrame(
        [("A", "army", 4, 1, 0.25, 0.0, 0.6), ("B", "army", 2, 2, 1.0, 1.0, 1.0)],
        columns=["outlet", "agent_group", "n_events", "n_hedged", "share_hedged", "ci_low", "ci_high"],
    )
    fig = plots.plot_hedge_asymmetry(asym, taxonomy={"army": "State army"})
    ax = fig.axes[0]
    assert ax.get_title() == "State army" and ax.get_xlim() == (-0.05, 1.05)
    assert [list(p) for p in ax.collections[-1].get_offsets()] == [[0.25, 0.0], [1.0, 1.0]]
    plt.close(fig)

    events = pd.DataFrame({"outlet": ["A", "A", "A", "B"], "form": ["active", "passive", "passive", "nominal"]})
    fig = plots.plot_event_forms(events)
    ax = fig.axes[0]
    assert ax.get_xlim() == (0.0, 1.0)
    lefts = [(round(p.get_y() + p.get_height() / 2), round(p.get_x(), 6), round(p.get_width(), 6)) for p in ax.patches]
    assert (0, 0.0, round(1 / 3, 6)) in lefts and (0, round(1 / 3, 6), round(2 / 3, 6)) in lefts
    assert (1, 0.0, 1.0) in lefts  # B: all nominal, after empty active and passive bars
    plt.close(fig)

    tone = pd.DataFrame(
        [(o, m, 10, e, e - 0.1, e + 0.1) for o, shares in (("A", (0.5, 0.3, 0.2)), ("B", (0.1, 0.8, 0.1)))
         for m, e in zip(("share_negative", "share_neutral", "share_positive"), shares, strict=True)]
        + [("A", "mean_compound", 10, -0.4, -0.5, -0.3), ("B", "mean_compound", 10, 0.1, 0.0, 0.2)],
        columns=["outlet", "measure", "n", "estimate", "ci_low", "ci_high"],
    )
    sentiment = pd.DataFrame({"outlet": ["A", "B"], "compound": [-0.4, 0.1]})
    fig = plots.plot_sentence_tone(sentiment, tone)
    left, right = fig.axes
    assert left.get_xlim() == (-1.05, 1.05) and right.get_xlim() == (0.0, 1.0)
    assert [round(p.get_width(), 6) for p in right.patches] == [0.5, 0.1, 0.3, 0.8, 0.2, 0.1]
    assert _ticks(left.yaxis) == ["A (n=10)", "B (n=10)"]
    plt.close(fig)


def test_event_labels_and_agentless_share_draw_the_table_values():
    cats = pd.DataFrame(
        [("A", "symmetric_conflict", 0.6, 0.3, 0.9), ("A", "one_sided_atrocity", 0.4, 0.1, 0.7),
         ("B", "symmetric_conflict", 0.0, 0.0, 0.0), ("B", "one_sided_atrocity", 1.0, 1.0, 1.0)],
        columns=["outlet", "category", "share", "ci_low", "ci_high"],
    )
    fig = plots.plot_event_labels(cats)
    ax = fig.axes[0]
    assert ax.get_ylim() == (-0.03, 1.03)
    assert _ticks(ax.xaxis) == ["Symmetric\nconflict", "One sided\natrocity"]
    series = [line.get_ydata().tolist() for line in ax.get_lines() if line.get_marker() == "o"]
    assert series == [[0.6, 0.4], [0.0, 1.0]]
    plt.close(fig)

    resp = pd.DataFrame(
        [("A", "agentless", "", 0.5, 0.2, 0.8, 10), ("B", "agentless", "", 0.25, 0.1, 0.5, 4)],
        columns=["outlet", "measure", "group", "share", "ci_low", "ci_high", "n_events"],
    )
    fig = plots.plot_agentless_share(resp)
    ax = fig.axes[0]
    assert ax.get_xlim() == (0.0, 1.0)
    assert ax.collections[-1].get_offsets()[:, 0].tolist() == [0.5, 0.25]
    assert _ticks(ax.yaxis) == ["A (n=10)", "B (n=4)"]
    plt.close(fig)


def test_heatmaps_write_the_table_counts_and_label_groups():
    labels = pd.DataFrame(
        [("A", "army_units", "soldiers", 3), ("B", "army_units", "soldiers", 1), ("A", "unassigned", "men", 9)],
        columns=["outlet", "actor_group", "label", "count"],
    )
    fig = plots.plot_actor_labels(labels)
    ax = fig.axes[0]
    assert _ticks(ax.yaxis) == ["Army units: soldiers"]  # unassigned left out
    assert [t.get_text() for t in ax.texts] == ["3", "1"]
    plt.close(fig)

    reuse = pd.DataFrame(
        [("A", "B", 0.25, 0.5), ("B", "A", 0.1, 0.5)], columns=["outlet", "other_outlet", "coverage", "tfidf_cosine"]
    )
    fig = plots.plot_text_reuse(reuse)
    assert [t.get_text() for t in fig.axes[0].texts] == ["25%", "10%"]
    assert [t.get_text() for t in fig.axes[1].texts] == ["0.50", "0.50"]
    plt.close(fig)


def test_claim_figures_show_each_outlets_sentence_and_who_reports_what():
    claims = pd.DataFrame(
        {
            "claim_id": [0, 0, 0, 1, 1],
            "claim_terms": ["toll, 40"] * 3 + ["unity"] * 2,
            "outlet": ["A", "B", "C", "A", "B"],
            "sentence": ["Forty died.", "Police killed 40.", "40 were killed.", "Unity now.", "We want unity."],
            "n_outlets": [3, 3, 3, 2, 2],
            "voice": ["", "active", "passive", "", ""],
            "agent_group": ["", "state_police", "none", "", ""],
            "hedge_cues": ["", "", "", "", ""],
            "sources": ["", "", "the monitor", "", ""],
        }
    )
    fig = plots.plot_same_fact(claims, min_outlets=3, taxonomy={"state_police": "The police"})
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Police killed 40." in texts and "Unity now." not in texts  # fact 1 has two outlets only
    tags = [t for t in texts if t.startswith("voice") or t.startswith("no harm")]
    assert "voice: active · perpetrator: The police · no hedge · no source" in tags
    assert "voice: passive · perpetrator: no agent expressed · no hedge · source: the monitor" in tags
    assert min(t.get_fontsize() for t in fig.findobj(plt.Text) if t.get_text()) >= 7
    plt.close(fig)

    omitted = pd.DataFrame({"claim_id": [1], "outlet": ["C"]})
    fig = plots.plot_fact_coverage(claims, omitted, outlets=["A", "B", "C"])
    ax = fig.axes[0]
    filled = [tuple(c.get_offsets()[0]) for c in ax.collections if tuple(c.get_facecolor()[0]) != (1, 1, 1, 1)]
    hollow = [tuple(c.get_offsets()[0]) for c in ax.collections if tuple(c.get_facecolor()[0]) == (1, 1, 1, 1)]
    assert sorted(filled) == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)]  # (outlet column, fact row)
    assert hollow == [(2, 1)]
    assert _ticks(ax.yaxis) == ["0: toll, 40", "1: unity"]
    plt.close(fig)


def test_lengths_terms_loaded_and_actor_tone_draw_their_tables():
    overview = pd.DataFrame({"outlet": ["A", "B", "A"], "n_words": [100, 50, 30], "n_sentences": [5, 2, 1]})
    fig = plots.plot_article_lengths(overview)
    assert _bar_widths(fig.axes[0]) == [130, 50] and _bar_widths(fig.axes[1]) == [6, 2]
    plt.close(fig)

    distinctive = pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B"],
            "comparison": ["rest"] * 4,
            "term": ["massacre", "clash", "rare", "forces"],
            "count": [5, 3, 1, 4],
            "z": [2.5, 1.0, 3.0, 2.0],
        }
    )
    fig = plots.plot_distinctive_terms(distinctive, top=5)
    first = fig.axes[0]
    assert _ticks(first.yaxis) == ["clash", "massacre"]  # "rare" is used once; largest z on top
    assert _bar_widths(first) == [1.0, 2.5]
    plt.close(fig)

    loaded = pd.DataFrame({"outlet": ["A", "B"], "rate_per_1000": [12.0, 3.0], "ci_low": [8.0, 1.0],
                           "ci_high": [16.0, 5.0]})
    fig = plots.plot_loaded_language(loaded)
    ax = fig.axes[0]
    dots = [line for line in ax.get_lines() if line.get_marker() == "o"]
    assert dots[0].get_xdata().tolist() == [12.0, 3.0] and ax.get_xlim()[0] == 0
    plt.close(fig)

    tone = pd.DataFrame(
        [("A", "army_units", "agent", 3, -0.5, -0.8, -0.2), ("B", "army_units", "patient", 2, 0.2, 0.0, 0.4)],
        columns=["outlet", "actor_group", "role", "n", "mean_compound", "ci_low", "ci_high"],
    )
    fig = plots.plot_actor_tone(tone, roles=["agent", "patient"])
    agent, patient = fig.axes[:2]
    assert agent.get_xlim() == (-1.05, 1.05) and agent.get_title() == "Agent"
    assert _ticks(agent.yaxis) == ["Army units"]
    dots = [line.get_xdata().tolist() for line in patient.get_lines() if line.get_marker() == "o"]
    assert [0.2] in dots
    plt.close(fig)
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


def test_an_interval_that_misses_its_estimate_by_a_rounding_error_is_drawn():
    """90 clauses with the same compound (one sentence in 90 copies of an article): the
    bootstrap interval is that value, the mean differs from it in the last bit, and the
    figure used to fail the whole run ('xerr' must not contain negative values)."""
    import numpy as np
    import pandas as pd

    from framing import plots
    # the case: the interval misses the estimate by a rounding error (framing.stats now closes
    # such gaps, but a table made elsewhere, or by an older release, can still hold one)
    estimate = float(np.mean(np.full(90, -0.418)))
    low = high = -0.418
    assert estimate < low
    tone = pd.DataFrame(
        [("A", "armed_group", "agent", 90, estimate, low, high), ("B", "armed_group", "agent", 3, 0.2, 0.0, 0.4)],
        columns=["outlet", "actor_group", "role", "n", "mean_compound", "ci_low", "ci_high"],
    )
    fig = plots.plot_actor_tone(tone, roles=["agent"])
    dots = [line.get_xdata().tolist() for line in fig.axes[0].get_lines() if line.get_marker() == "o"]
    assert [estimate] in dots and [0.2] in dots
    plt.close(fig)

    from framing.plots.style import ci_extent

    below, above = ci_extent(estimate, low, high)
    assert below.tolist() == [0.0] and 0 <= above[0] < 1e-12
    lengths = ci_extent([0.5, 0.2], [0.3, 0.1], [0.6, 0.4])
    assert lengths[0].tolist() == pytest.approx([0.2, 0.1]) and lengths[1].tolist() == pytest.approx([0.1, 0.2])
