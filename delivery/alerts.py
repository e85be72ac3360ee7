"""The job alert a user reads on their phone."""

from __future__ import annotations

from delivery import messages
from jobs.models import CanonicalJob


def render_job_alert(job: CanonicalJob, score: float) -> messages.Payload:
    lines = [f"*{job.title}*"]
    where = ", ".join(p for p in [job.company, job.location] if p)
    if where:
        lines.append(where)
    if job.work_arrangement:
        lines.append(job.get_work_arrangement_display())
    if job.salary_min or job.salary_max:
        lines.append(_pay(job))
    lines.append(f"Match: {score:.0f}%")
    if job.ai_summary:
        lines.extend(["", job.ai_summary])
    body = "\n".join(lines)
    url = job.apply_url or job.job_url
    if url:
        return messages.cta_url(body, display_text="Apply now", url=url)
    return messages.text(body)


def _pay(job: CanonicalJob) -> str:
    low, high = job.salary_min, job.salary_max
    amount = f"{low:,.0f}–{high:,.0f}" if low and high and low != high else f"{(low or high):,.0f}"
    period = f" {job.get_salary_period_display()}" if job.salary_period else ""
    return f"{job.salary_currency} {amount}{period}".strip()
