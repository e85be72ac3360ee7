"""What a user reads on their phone: job alerts (one job or a few), the digest, and window reminders.

Everything is built with `delivery.messages`, which clips to WhatsApp's limits, so a send never fails on
length. One job → a CTA URL message ("Apply"). Several → a list message: the jobs with their links in the
body, and a row per job that offers "why?" and "not for me" (a message cannot mix URL and reply buttons).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from aremu.voice import say
from delivery import messages
from delivery.buttons import KEEP_ALERTS_ON, MORE_JOBS, job_button_id
from jobs import credentials
from jobs.enhancement.text import SUMMARY_LIMIT  # the enhancer writes summaries to this length
from jobs.models import CanonicalJob


@dataclass(frozen=True)
class Offer:
    """A job as one user sees it: the job, their score and their own tracked Apply link (`/a/<token>/`), if any."""

    job: CanonicalJob
    score: float
    link: str = ""


@dataclass(frozen=True)
class ApplyRoute:
    url: str  # for the CTA button; "" when there is none
    line: str  # how to apply, in words, for bodies that list several jobs


def apply_target(job: CanonicalJob) -> str:
    """Where applying happens: the employer's WhatsApp, else the application link; "" when neither exists.

    Only web addresses count: a job saved before links were checked, or typed into the admin, may hold a
    `javascript:` one. The tracked redirect (`/a/<token>/`) sends people here and nowhere else.
    """
    digits = re.sub(r"\D", "", job.contact_whatsapp or "")
    if len(digits) >= 8:
        return f"https://wa.me/{digits}"
    return next((u for u in (job.apply_url, job.job_url) if u and u.lower().startswith(("https://", "http://"))), "")


def apply_route(job: CanonicalJob, *, link: str = "") -> ApplyRoute:
    """The shortest way to apply: the employer's WhatsApp, then the application link, then an email.

    `link` is the user's tracked link to the same place: shown instead of the target so the tap is counted.
    """
    target = apply_target(job)
    if target.startswith("https://wa.me/"):
        url = link or target
        return ApplyRoute(url, say(f"Apply on WhatsApp: {url}", f"Apply for WhatsApp: {url}"))
    if target:
        url = link or target
        return ApplyRoute(url, f"Apply: {url}")
    if job.contact_email:
        return ApplyRoute("", say(f"Apply by email: {job.contact_email}", f"Apply with email: {job.contact_email}"))
    return ApplyRoute("", "")


def job_lines(job: CanonicalJob, score: float, *, required: tuple[str, ...] | None = None) -> list[str]:
    """The job's card; `required`: its must-haves when the caller has read them already."""
    lines = [f"*{job.title}*"]
    where = ", ".join(p for p in [job.company, job.location] if p)
    if job.work_arrangement:
        where = f"{where} · {job.get_work_arrangement_display()}" if where else job.get_work_arrangement_display()
    if where:
        lines.append(where)
    pay = pay_text(job)
    if pay:
        lines.append(f"💰 {pay}")
    if job.apply_by:  # the post's closing date: past it the job is not sent at all (jobs.selectors.open_q)
        day = f"{job.apply_by.day} {job.apply_by:%b %Y}"
        lines.append(say(f"⏳ Apply by {day}", f"⏳ Last day to apply na {day}"))
    lines.append(f"Match: {score:.0f}%")
    required = credentials.asked(job.description) if required is None else required
    if required:  # what the post requires, for every reader (one who said they lack it was not sent it)
        lines.append(say(f"🔑 Requires {credentials.labels(required)}", f"🔑 E want {credentials.labels(required)}"))
    return lines


def pay_text(job: CanonicalJob) -> str:
    low, high = job.salary_min, job.salary_max
    if not (low or high):
        return ""
    amount = f"{low:,.0f}–{high:,.0f}" if low and high and low != high else f"{(low or high):,.0f}"
    period = f" {job.get_salary_period_display()}" if job.salary_period else ""
    return f"{job.salary_currency} {amount}{period}".strip()


# What a seeker types to say they lack one (jobs.credentials.said_about reads it back)
_SHORT = {"licence": "licence", "chartered": "ICAN", "hausa": "Hausa", "igbo": "Igbo", "yoruba": "Yoruba",
          "french": "French"}


def render_job_alert(job: CanonicalJob, score: float, *, heading: str = "", link: str = "") -> messages.Payload:
    """One job: the card and an Apply button. "why" and "not for me" can be typed back."""
    required = credentials.asked(job.description)
    lines = [heading or say("🔔 New job for you", "🔔 New work don land for you"), "",
             *job_lines(job, score, required=required)]
    if job.ai_summary:
        lines.extend(["", messages.clip(job.ai_summary, SUMMARY_LIMIT)])
    if required:  # how to stop such posts, for the first thing it requires
        first, named = required[0].split("|")[0], credentials.labels(required[:1])
        lines.extend(["", say(f'Don\'t have {named}? Reply "no {_SHORT[first]}" and I\'ll stop sending posts that '
                              f"require it.",
                              f'You no get {named}? Reply "no {_SHORT[first]}" and I no go send work wey want am '
                              f"again.")])
    route = apply_route(job, link=link)
    footer = say('Reply "why", "not for me" or "report"', 'Reply "why", "not for me" or "report"')
    if route.url:
        return messages.cta_url("\n".join(lines), display_text=say("Apply now", "Apply now"), url=route.url,
                                footer=footer)
    if route.line:
        lines.extend(["", route.line])
    return messages.buttons("\n".join(lines), [
        (job_button_id(job.pk, "why"), say("Why this job?", "Why this work?")),
        (job_button_id(job.pk, "nfm"), say("Not for me", "E no be my type")),
        (job_button_id(job.pk, "report"), say("Report scam", "Report wayo")),
    ])


def render_job_batch(offers: Sequence[Offer], *, heading: str, more: bool = False) -> messages.Payload:
    """Several jobs in one message, best first, each with its apply line; a list of "why?"/"not for me" rows."""
    if len(offers) == 1 and not more:
        return render_job_alert(offers[0].job, offers[0].score, heading=heading, link=offers[0].link)
    blocks = [heading]
    for number, offer in enumerate(offers, start=1):
        first, *rest = job_lines(offer.job, offer.score)
        block = [f"{number}. {first}", *rest]
        route = apply_route(offer.job, link=offer.link)
        if route.line:
            block.append(route.line)
        blocks.append("\n".join(block))
    # One row per job (WhatsApp allows 10 rows in all: two per job left the fifth without any beside "More jobs");
    # tapping it offers "Why this job?" and "Not for me" for that job.
    rows: list[tuple[str, str, str]] = [
        (job_button_id(offer.job.pk, "pick"), f"#{number} {offer.job.title}",
         say("Why this job? · Not for me · Report", "Why this work? · E no be my type · Report"))
        for number, offer in enumerate(offers[:9], start=1)
    ]
    if more:
        rows.append((MORE_JOBS, say("More jobs", "More work"), say("The next best matches", "The next best ones")))
    body = _fit("\n\n".join(blocks), messages.BODY_LIMIT_TEXT)
    return messages.list_message(body, button=say("Options", "Options"), rows=rows[:10],
                                 section=say("These jobs", "This work"))


def render_digest(offers: Sequence[Offer], *, total: int, heading: str = "") -> messages.Payload:
    """The welcome-back message: how many matches waited, the best few, and "more" when there are others."""
    heading = heading or say("Welcome back! While you were away", "Welcome back! While you no dey")
    heading = f"👋 {heading}: {total} {say('new match' if total == 1 else 'new matches', 'new work wey match you')}."
    if total > len(offers):
        heading += say(f" Here are the best {len(offers)}:", f" See the best {len(offers)}:")
    return render_job_batch(offers, heading=heading, more=total > len(offers))


def render_on_request(offers: Sequence[Offer], *, more: bool) -> messages.Payload:
    heading = (say("Your best new matches:", "The best new work wey match you:") if len(offers) > 1
               else say("Your best new match:", "The best new work wey match you:"))
    return render_job_batch(offers, heading=heading, more=more)


def render_reminder(*, hours_left: int, waiting: int, last: bool) -> messages.Payload:
    if last:
        text = say("🪫 Last call: your job alerts pause in about an hour. WhatsApp only lets me message you "
                   "within 24 hours of your last message.",
                   "🪫 Last call: your job alerts go stop in about one hour. WhatsApp no dey allow me message you "
                   "after 24 hours from your last message.")
    else:
        text = say(f"⏳ {hours_left} hours left: WhatsApp only lets me send you jobs within 24 hours of your "
                   "last message.",
                   f"⏳ {hours_left} hours remain: WhatsApp only allow me send you work within 24 hours from your "
                   "last message.")
    if waiting:
        text += say(f"\n\n{waiting} matching job{'s are' if waiting != 1 else ' is'} waiting for you.",
                    f"\n\n{waiting} work wey match you dey wait for you.")
    text += say("\n\nTap the button to keep your alerts coming.", "\n\nTap the button make your alerts continue.")
    return messages.buttons(text, [(KEEP_ALERTS_ON, say("Keep my alerts on", "Make alerts continue"))])


def _fit(body: str, limit: int) -> str:
    """Long lists lose whole trailing lines rather than being cut mid-link."""
    if len(body) <= limit:
        return body
    kept = body[: limit - 2]
    return kept[: kept.rfind("\n")].rstrip() + "\n…" if "\n" in kept else messages.clip(body, limit)
