"""Django-Q2 entry points of the console (thin: the work is in console.alerts)."""

from __future__ import annotations

from console.alerts import alerts_check


def check_alerts() -> dict[str, list[str]]:
    report = alerts_check()
    return {"raised": report.raised, "recovered": report.recovered, "failing": report.failing}
