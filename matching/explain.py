"""A match result in plain words (pure): for "why this job?" on WhatsApp, the admin and `explain_match`."""

from __future__ import annotations

from matching.scoring import WEIGHTS, MatchResult

LABELS = {"titles": "Role", "skills": "Skills", "location": "Place", "salary": "Pay", "experience": "Experience"}


def _mark(points: float, weight: float) -> str:
    if points >= 0.8 * weight:
        return "✅"
    return "🟡" if points > 0 else "❌"


def explanation_lines(result: MatchResult) -> list[str]:
    lines = []
    for name, weight in WEIGHTS.items():
        points = result.breakdown.get(name, 0.0)
        reason = result.reasons.get(name, "")
        lines.append(f"{_mark(points, weight)} {LABELS[name]}: {reason} ({points:g}/{weight:g})")
    if result.penalty:
        lines.append(f"➖ {result.reasons.get('feedback', 'similar to a job you turned down')} (−{result.penalty:g})")
    return lines


def render_explanation(result: MatchResult, *, title: str, threshold: float) -> str:
    head = f"Why “{title}”: match {result.total:.0f}/100"
    if result.blocked:
        verdict = f"Not a match for you: {result.blocked}."
    elif result.total >= threshold:
        verdict = f"That is above the {threshold:g} I need to send a job."
    else:
        verdict = f"That is below the {threshold:g} I need to send a job."
    return "\n".join([head, *explanation_lines(result), verdict])
