"""Charts as SVG strings, drawn on the server: pure functions of plain numbers, no database and no JavaScript.

Every chart is an `<svg role="img">` named by its `<title>` and `<desc>` (screen readers read those), and each
bar or point carries its own `<title>` with the exact figure, which browsers show on hover. Every label passes
through `escape`: source names and run labels come from outside.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 560, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 44  # room for the axis labels and the legend
# Okabe-Ito: told apart with the common kinds of colour blindness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
STATUS_COLOURS = {
    "succeeded": "#009E73", "partial": "#E69F00", "failed": "#D55E00",
    "queued": "#999999", "sent": "#56B4E9", "delivered": "#0072B2", "read": "#009E73",
    "p50": "#0072B2", "p95": "#D55E00",
}


def colour_for(name: str, position: int) -> str:
    return STATUS_COLOURS.get(name, PALETTE[position % len(PALETTE)])


def _open(title: str, desc: str, *, height: int = HEIGHT) -> tuple[str, str]:
    n = hashlib.sha1(f"{title}|{desc}".encode(), usedforsecurity=False).hexdigest()[:8]  # ids unique on a page, same for the same chart
    head = (f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg" '
            f'aria-labelledby="chart-{n}-title chart-{n}-desc" font-family="sans-serif" font-size="11">'
            f'<title id="chart-{n}-title">{escape(title)}</title><desc id="chart-{n}-desc">{escape(desc)}</desc>')
    return head, "</svg>"


def nice_max(value: float) -> float:
    """The axis top: 1, 2 or 5 times a power of ten, at or above `value` (1 for an empty chart)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _fmt(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _y_axis(top: float, *, height: int, unit: str = "") -> str:
    plot = height - TOP - BOTTOM
    parts = []
    for fraction in (0, 0.5, 1):
        y = TOP + plot * (1 - fraction)
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" fill="#555">'
                     f'{_fmt(top * fraction)}{escape(unit)}</text>')
    return "".join(parts)


def _x_labels(labels: Sequence[str], *, height: int, slot: float) -> str:
    step = max(1, math.ceil(len(labels) / 8))  # at most eight labels, so they never overlap
    y = height - BOTTOM + 14
    return "".join(f'<text x="{LEFT + slot * (i + 0.5):.1f}" y="{y}" text-anchor="middle" fill="#555">'
                   f'{escape(label)}</text>' for i, label in enumerate(labels) if i % step == 0)


def _legend(names: Sequence[str], *, height: int) -> str:
    parts, x = [], LEFT
    for i, name in enumerate(names):
        parts.append(f'<rect x="{x}" y="{height - 14}" width="10" height="10" fill="{colour_for(name, i)}"/>'
                     f'<text x="{x + 14}" y="{height - 5}" fill="#333">{escape(name)}</text>')
        x += 22 + 7 * len(name)
    return f'<g class="legend">{"".join(parts)}</g>'


def bar_chart(*, title: str, desc: str, labels: Sequence[str], series: Mapping[str, Sequence[float]],
              unit: str = "", height: int = HEIGHT) -> str:
    """Vertical bars, one per label, stacked by series (one series: a plain histogram)."""
    head, tail = _open(title, desc, height=height)
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    top = nice_max(max(totals, default=0))
    plot = height - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / max(len(labels), 1)
    bars = []
    for i, label in enumerate(labels):
        base = 0.0
        for position, (name, values) in enumerate(series.items()):
            value = values[i]
            if value <= 0:
                continue
            h = plot * value / top
            y = TOP + plot * (1 - (base + value) / top)
            bars.append(f'<rect class="bar" x="{LEFT + slot * i + slot * 0.15:.1f}" y="{y:.1f}" '
                        f'width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{colour_for(name, position)}">'
                        f'<title>{escape(label)} · {escape(name)}: {_fmt(value)}{escape(unit)}</title></rect>')
            base += value
    legend = _legend(list(series), height=height) if len(series) > 1 else ""
    return (head + _y_axis(top, height=height, unit=unit) + "".join(bars)
            + _x_labels(labels, height=height, slot=slot) + legend + tail)


def hbar_chart(*, title: str, desc: str, rows: Mapping[str, Mapping[str, float]], order: Sequence[str]) -> str:
    """One horizontal bar per row, split into the parts named in `order` (e.g. succeeded / partial / failed)."""
    row_height = 22
    height = TOP + row_height * max(len(rows), 1) + BOTTOM
    head, tail = _open(title, desc, height=height)
    label_width = 130
    span = WIDTH - label_width - RIGHT - 40
    top = max((sum(parts.values()) for parts in rows.values()), default=0) or 1
    items = []
    for r, (name, parts) in enumerate(rows.items()):
        y = TOP + r * row_height
        items.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end" fill="#333">{escape(name[:22])}</text>')
        x = float(label_width)
        for position, part in enumerate(order):
            value = parts.get(part, 0)
            if value <= 0:
                continue
            w = span * value / top
            items.append(f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_height - 6}" '
                         f'fill="{colour_for(part, position)}"><title>{escape(name)} · {escape(part)}: '
                         f'{_fmt(value)}</title></rect>')
            x += w
        items.append(f'<text x="{x + 4:.1f}" y="{y + 14}" fill="#555">{_fmt(sum(parts.values()))}</text>')
    return head + "".join(items) + _legend(order, height=height) + tail


def line_chart(*, title: str, desc: str, labels: Sequence[str], series: dict[str, Sequence[float | None]],
               unit: str = "", height: int = HEIGHT) -> str:
    """A line per series over the labels; None leaves a gap (no data in that slot), never a drop to zero."""
    head, tail = _open(title, desc, height=height)
    top = nice_max(max((v for values in series.values() for v in values if v is not None), default=0))
    plot = height - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / max(len(labels), 1)
    drawn = []
    for position, (name, values) in enumerate(series.items()):
        colour = colour_for(name, position)
        for run in _runs(values):
            points = [(LEFT + slot * (i + 0.5), TOP + plot * (1 - v / top)) for i, v in run]
            if len(points) > 1:
                path = " ".join(f"{'M' if k == 0 else 'L'}{x:.1f},{y:.1f}" for k, (x, y) in enumerate(points))
                drawn.append(f'<path class="line" d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
            drawn.extend(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}">'
                         f'<title>{escape(labels[i])} · {escape(name)}: {_fmt(v)}{escape(unit)}</title></circle>'
                         for (i, v), (x, y) in zip(run, points, strict=True))
    return (head + _y_axis(top, height=height, unit=unit) + "".join(drawn)
            + _x_labels(labels, height=height, slot=slot) + _legend(list(series), height=height) + tail)


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive slots that have a value, so a line is broken where data is missing."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, value in enumerate(values):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((i, value))
    return [run for run in runs if run]


def funnel_chart(*, title: str, desc: str, steps: Sequence[tuple[str, int | None]]) -> str:
    """Each step a bar as wide as its share of the first; a step we cannot count yet (None) says so in words."""
    row_height = 30
    height = TOP + row_height * len(steps) + 8
    head, tail = _open(title, desc, height=height)
    first = (steps[0][1] if steps else 0) or 1
    label_width, span = 90, WIDTH - 90 - RIGHT - 90
    items = []
    for r, (name, value) in enumerate(steps):
        y = TOP + r * row_height
        items.append(f'<text x="{label_width - 6}" y="{y + 18}" text-anchor="end" fill="#333">{escape(name)}</text>')
        if value is None:
            items.append(f'<text class="unavailable" x="{label_width}" y="{y + 18}" fill="#777">not tracked yet</text>')
            continue
        w = max(span * value / first, 1 if value else 0)
        share = f" ({100 * value / first:.0f}%)" if r else ""
        items.append(f'<rect class="bar" x="{label_width}" y="{y + 4}" width="{w:.1f}" height="{row_height - 8}" '
                     f'fill="{PALETTE[r % len(PALETTE)]}"><title>{escape(name)}: {value}{share}</title></rect>'
                     f'<text x="{label_width + w + 4:.1f}" y="{y + 18}" fill="#555">{value}{share}</text>')
    return head + "".join(items) + tail


def message_chart(*, title: str, desc: str, message: str) -> str:
    """A chart with nothing to draw yet: the reason in words, in the same frame as the others."""
    head, tail = _open(title, desc, height=60)
    return head + f'<text class="message" x="{WIDTH / 2}" y="34" text-anchor="middle" fill="#555">{escape(message)}</text>' + tail
