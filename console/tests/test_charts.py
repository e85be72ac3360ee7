"""The SVG charts: pure functions, checked without a database or a browser."""

from __future__ import annotations

from console import charts


def test_a_stacked_bar_chart_draws_one_bar_per_nonzero_value_with_its_figure():
    svg = charts.bar_chart(title="Jobs", desc="per day", labels=["1 Nov", "2 Nov"],
                           series={"linkedin": [3, 0], "greenhouse": [1, 2]})
    assert svg.startswith('<svg class="chart" role="img"')
    assert svg.count('class="bar"') == 3
    assert "<title>1 Nov · linkedin: 3</title>" in svg
    assert 'class="legend"' in svg


def test_the_chart_is_named_for_screen_readers():
    svg = charts.bar_chart(title="Jobs", desc="5 new jobs", labels=["a"], series={"n": [5]})
    title_id = svg.split('aria-labelledby="')[1].split(" ")[0]
    assert f'<title id="{title_id}">Jobs</title>' in svg
    assert ">5 new jobs</desc>" in svg


def test_labels_from_outside_are_escaped():
    svg = charts.hbar_chart(title="Runs", desc="d", rows={"<script>x</script>": {"failed": 2}},
                            order=["succeeded", "failed"])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg


def test_a_single_series_draws_no_legend():
    svg = charts.bar_chart(title="Scores", desc="d", labels=["0–9", "10–19"], series={"matches": [1, 4]})
    assert 'class="legend"' not in svg


def test_the_axis_top_is_a_round_number_at_or_above_the_largest_value():
    assert [charts.nice_max(v) for v in (0, 0.4, 1, 3, 7, 10, 11, 999)] == [1, 0.5, 1, 5, 10, 10, 20, 1000]


def test_a_line_breaks_where_an_hour_has_no_data_instead_of_dropping_to_zero():
    svg = charts.line_chart(title="Replies", desc="d", labels=["1h", "2h", "3h", "4h", "5h"],
                            series={"p50": [1.0, 2.0, None, 1.5, 1.0]}, unit="s")
    assert svg.count('class="line"') == 2
    assert svg.count('class="point"') == 4
    assert "<title>4h · p50: 1.5s</title>" in svg


def test_the_funnel_says_in_words_when_a_step_is_not_tracked_yet():
    svg = charts.funnel_chart(title="Funnel", desc="d", steps=[("joined", 10), ("confirmed", 5), ("applied", None)])
    assert svg.count('class="bar"') == 2
    assert "confirmed: 5 (50%)" in svg
    assert "not tracked yet" in svg


def test_a_horizontal_bar_splits_each_source_by_outcome():
    svg = charts.hbar_chart(title="Runs", desc="d", rows={"linkedin": {"succeeded": 2, "partial": 0, "failed": 1}},
                            order=["succeeded", "partial", "failed"])
    assert svg.count('class="bar"') == 2
    assert "linkedin · failed: 1" in svg


def test_an_empty_chart_says_why():
    svg = charts.message_chart(title="OpenAI", desc="d", message="offline enhancer: 0")
    assert "offline enhancer: 0" in svg and "<rect" not in svg
