"""Smart delivery: a new job → its matches → each user's pending alerts → batched messages in the window.

Exactly once: the unique (user, job) history row is the claim. A matched job becomes a PENDING row (or
HELD when the user's window is closed); a row leaves PENDING only inside `user_flush`, which holds the
user's row lock and moves rows with conditional UPDATEs, so duplicate triggers, retries, two clusters or
a crash never put the same job in two messages to one user.

Timing: a first match waits up to ALERT_BATCH_SECONDS for others to group with; quiet hours, pause and
the daily cap decide whether it goes now, later, or into the digest the user gets when they come back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, Min
from django.utils import timezone

from accounts.models import User, UserPreferences
from aremu.voice import say, speaking
from delivery import messages, policy
from delivery.alerts import Offer, render_digest, render_job_batch, render_on_request
from delivery.links import offers_with_links
from delivery.models import (
    ConversationWindow,
    DeliveryType,
    HistoryStatus,
    MessagePurpose,
    OutboundMessage,
    UserJobHistory,
    WindowStatus,
)
from delivery.outbound import (
    message_queue,
    messages_dispatch,
    next_message_due,
    pump_kick,
    pumping,
)
from delivery.quiet import user_quiet_hours, user_zone
from jobs.models import CanonicalJob, JobStatus
from jobs.selectors import job_is_open, open_q
from matching.services import find_matches, matches_for_user
from screening.models import ScreeningStatus
from screening.selectors import held_q, held_statuses

logger = logging.getLogger(__name__)

CLAIM_CHUNK = 1000
# What a flush reads of each pending row and its job: enough to render the alert, not the description.
ALERT_FIELDS = (
    "user_id", "job_id", "match_score", "next_attempt_at", "status",
    *(f"job__{name}" for name in (
        "title", "company", "location", "work_arrangement", "salary_min", "salary_max", "salary_currency",
        "salary_period", "ai_summary", "job_url", "apply_url", "contact_email", "contact_whatsapp", "status",
        "apply_by",
    )),
)
FLUSH_USERS_PER_TICK = 500
RECENT_JOBS_SCANNED = 1000  # newest active jobs scored for "jobs" on request


# --- Per-user rules ------------------------------------------------------------------------------------------


def user_daily_cap(user: User) -> int:
    return user.alert_daily_cap if user.alert_daily_cap is not None else settings.ALERT_DAILY_CAP


# --- A new job --------------------------------------------------------------------------------------------------


def job_deliver(*, job_id: int, now: datetime | None = None) -> int:
    """Match a new job and claim a history row per matched user. Returns the rows written for new matches.

    Users inside their window get a PENDING row (the pump sends it, grouped with other jobs that arrive
    within ALERT_BATCH_SECONDS); users outside it get a HELD row for their welcome-back digest.
    """
    now = now or timezone.now()
    # A job screening holds (a suspected scam, or one seekers reported) is matched to nobody, whoever calls.
    job = CanonicalJob.objects.filter(pk=job_id, status=JobStatus.ACTIVE).exclude(held_q()).first()
    if job is None:
        return 0
    if not job_is_open(job, today=timezone.localdate(now)):
        _matched(job_id, now=now)  # past the closing date the post states: nobody is sent it, and nothing to retry
        return 0
    matches = list(find_matches(job=job))
    if not matches:
        _matched(job_id, now=now)
        return 0
    seen = set(UserJobHistory.objects.filter(job=job).values_list("user_id", flat=True))
    fresh = [m for m in matches if m.user_id not in seen]
    windows = {
        row[0]: row[1:] for row in ConversationWindow.objects.filter(
            user_id__in=[m.user_id for m in fresh]).values_list("user_id", "last_activity", "window_status")
    }
    due = now + timedelta(seconds=settings.ALERT_BATCH_SECONDS)
    rows, pending = [], 0
    for match in fresh:
        last, status = windows.get(match.user_id, (None, WindowStatus.EXPIRED))
        is_open = policy.window_open(last_activity=last, now=now, expired=status == WindowStatus.EXPIRED)
        pending += is_open
        rows.append(UserJobHistory(
            user_id=match.user_id, job=job, match_score=match.result.total, match_breakdown=match.result.as_dict(),
            status=HistoryStatus.PENDING if is_open else HistoryStatus.HELD,
            delivery_type=DeliveryType.INSTANT if is_open else DeliveryType.DIGEST,
            next_attempt_at=due if is_open else None,
        ))
    iterator = iter(rows)
    while chunk := list(islice(iterator, CLAIM_CHUNK)):
        # A row that exists already (a duplicate trigger, another cluster) is skipped by the unique constraint.
        UserJobHistory.objects.bulk_create(chunk, ignore_conflicts=True)
    _matched(job_id, now=now)
    if pending:
        transaction.on_commit(pump_kick)
    logger.info("job %s matched %s users: %s to alert, %s held", job_id, len(fresh), pending, len(fresh) - pending)
    return len(rows)


def _matched(job_id: int, *, now: datetime) -> None:
    # Last, after the history rows: the pipeline sweep leaves a matched job alone, and a crash before this line
    # has it run again (the rows already written are skipped by their unique constraint).
    CanonicalJob.objects.filter(pk=job_id).update(matched_at=now)


# --- Pending alerts → messages ------------------------------------------------------------------------------------


def pending_flush(*, now: datetime, limit: int = FLUSH_USERS_PER_TICK) -> int:
    """Turn due PENDING rows into alert messages, user by user, earliest first. Returns jobs put in messages."""
    due = list(
        UserJobHistory.objects.filter(status=HistoryStatus.PENDING, next_attempt_at__lte=now)
        .values("user_id").annotate(first=Min("next_attempt_at")).order_by("first")
        .values_list("user_id", flat=True)[:limit]
    )
    facts = _facts(due, now=now)
    return sum(user_flush(user_id=user_id, now=now, facts=facts) for user_id in due)


@dataclass(frozen=True)
class _Facts:
    """What the rules need about a batch of users, read in three queries rather than several per user."""

    windows: dict[int, tuple[datetime, str]]
    last_message: dict[int, datetime]
    recent_alerts: dict[int, list[datetime]]  # when their instant alerts of the last two days went out


def _facts(user_ids: list[int], *, now: datetime) -> _Facts:
    windows = {uid: (last, status) for uid, last, status in ConversationWindow.objects.filter(
        user_id__in=user_ids).values_list("user_id", "last_activity", "window_status")}
    last_message = dict(OutboundMessage.objects.filter(user_id__in=user_ids).values("user_id")
                        .annotate(last=Max("created_at")).values_list("user_id", "last"))
    recent: dict[int, list[datetime]] = {}
    for uid, shown in UserJobHistory.objects.filter(
        user_id__in=user_ids, delivery_type=DeliveryType.INSTANT, message_sent=True,
        shown_at__gte=now - timedelta(days=2),
    ).values_list("user_id", "shown_at"):
        assert shown is not None  # shown_at__gte leaves NULLs out
        recent.setdefault(uid, []).append(shown)
    return _Facts(windows, last_message, recent)


def user_flush(*, user_id: int, now: datetime | None = None, facts: _Facts | None = None) -> int:
    """Send this user's due pending jobs (best first, up to ALERT_BATCH_MAX in one message), hold or defer them.

    Runs under the user's row lock, which also serialises it with the dialogue and "jobs" on request; the
    rows are read and moved inside it, so a job goes into one message at most. The rules are
    `policy.flush_decision`; this reads what they need and writes what they decide.
    """
    now = now or timezone.now()
    facts = facts or _facts([user_id], now=now)
    with transaction.atomic():
        # FOR NO KEY UPDATE: a plain FOR UPDATE also blocks the foreign-key checks of job_deliver's inserts
        # for this user, and the two deadlock on PostgreSQL (delivery/tests/test_races.py).
        user = User.objects.select_for_update(no_key=True).filter(pk=user_id).first()
        if user is None:
            return 0
        rows = list(
            UserJobHistory.objects.filter(user=user, status=HistoryStatus.PENDING)
            .select_related("job").only(*ALERT_FIELDS).order_by("-match_score", "pk")
        )
        decision = policy.flush_decision(alerts=_pending_alerts(rows, now=now),
                                         seeker=_seeker_state(user, facts, now=now), now=now,
                                         batch_max=settings.ALERT_BATCH_MAX)
        _move(decision.skip, status=HistoryStatus.SKIPPED)
        _hold(decision.hold)
        if decision.defer_until is not None:
            _defer(decision.defer, until=decision.defer_until)
        if decision.send:
            by_id = {r.pk: r for r in rows}
            _alert_send(user, [by_id[pk] for pk in decision.send], now=now)
    return len(decision.send)


def _pending_alerts(rows: list[UserJobHistory], *, now: datetime) -> list[policy.PendingAlert]:
    held = held_statuses(job_ids={r.job_id for r in rows})
    return [
        policy.PendingAlert(
            id=r.pk, due=r.next_attempt_at, job_active=job_is_open(r.job, today=timezone.localdate(now)),
            job_blocked=held.get(r.job_id) == ScreeningStatus.BLOCKED,
            job_in_review=held.get(r.job_id) == ScreeningStatus.REVIEW,
        )
        for r in rows
    ]


def _seeker_state(user: User, facts: _Facts, *, now: datetime) -> policy.SeekerState:
    last, status = facts.windows.get(user.pk, (None, WindowStatus.EXPIRED))
    return policy.SeekerState(
        active=user.is_active and not user.blocked_at, reachable=not user.unreachable_at,
        paused=user.is_paused(now), last_activity=last, window_expired=status == WindowStatus.EXPIRED,
        quiet=user_quiet_hours(user), tz=user_zone(user), last_message_at=facts.last_message.get(user.pk),
        recent_alerts=tuple(facts.recent_alerts.get(user.pk, ())), daily_cap=user_daily_cap(user),
    )


def _alert_send(user: User, rows: list[UserJobHistory], *, now: datetime) -> None:
    """Queue one alert message with these rows' jobs and mark them sent in it."""
    offers = offers_with_links(user_id=user.pk, offers=[Offer(r.job, r.match_score) for r in rows],
                               source=DeliveryType.INSTANT)
    with speaking(user.language):
        heading = (say("🔔 New jobs for you:", "🔔 New work dey for you:") if len(offers) > 1
                   else say("🔔 New job for you", "🔔 New work don land for you"))
        payload = render_job_batch(offers, heading=heading)
    message = message_queue(user=user, payload=payload, purpose=MessagePurpose.ALERT, not_before=now)
    UserJobHistory.objects.filter(pk__in=[r.pk for r in rows], status=HistoryStatus.PENDING).update(
        status=HistoryStatus.SENT, delivery_type=DeliveryType.INSTANT, message_sent=True, shown_at=now,
        outbound_message=message, updated_at=now,
    )


def _move(ids: tuple[int, ...], **changes: object) -> None:
    """Update rows that are still PENDING (the condition keeps a racing claim from being overwritten)."""
    if not ids:
        return
    UserJobHistory.objects.filter(pk__in=ids, status=HistoryStatus.PENDING).update(
        updated_at=timezone.now(), **changes
    )


def _hold(ids: tuple[int, ...]) -> None:
    _move(ids, status=HistoryStatus.HELD, delivery_type=DeliveryType.DIGEST, next_attempt_at=None)


def _defer(ids: tuple[int, ...], *, until: datetime) -> None:
    _move(ids, next_attempt_at=until)


# --- The pump -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PumpReport:
    jobs_flushed: int
    messages_dispatched: int
    next_due: datetime | None


def pump_tick(*, now: datetime | None = None, budget: int | None = None) -> PumpReport:
    """One second of delivery: flush due pending alerts, then dispatch due messages within the rate."""
    now = now or timezone.now()
    with pumping():
        flushed = pending_flush(now=now)
        dispatched = messages_dispatch(now=now, budget=settings.WHATSAPP_SEND_RATE if budget is None else budget)
    pending_due = (
        UserJobHistory.objects.filter(status=HistoryStatus.PENDING)
        .order_by("next_attempt_at").values_list("next_attempt_at", flat=True).first()
    )
    dues = [d for d in (pending_due, next_message_due(now=now)) if d is not None]
    return PumpReport(flushed, dispatched, min(dues) if dues else None)


# --- The user comes back, or asks ----------------------------------------------------------------------------


def digest_send(*, user_id: int, now: datetime | None = None, heading: str = "") -> int:
    """Welcome a returning user with the jobs held while their window was closed (or while they were paused:
    `heading` says so). Returns jobs shown."""
    now = now or timezone.now()
    with transaction.atomic():
        user = User.objects.select_for_update(no_key=True).filter(pk=user_id).first()
        if user is None or not _may_receive_jobs(user, now=now):
            return 0
        held = (
            UserJobHistory.objects.filter(open_q("job__", today=timezone.localdate(now)), user=user,
                                          status=HistoryStatus.HELD)
            .exclude(held_q("job__")).select_related("job").order_by("-match_score", "-pk")
        )
        total = held.count()
        if not total:
            return 0
        take = list(held[: settings.ALERT_BATCH_MAX])
        with speaking(user.language):
            offers = offers_with_links(user_id=user.pk, offers=[Offer(r.job, r.match_score) for r in take],
                                       source=DeliveryType.DIGEST)
            payload = render_digest(offers, total=total, heading=heading)
        message = message_queue(user=user, payload=payload, purpose=MessagePurpose.DIGEST, immediate=True)
        UserJobHistory.objects.filter(pk__in=[r.pk for r in take], status=HistoryStatus.HELD).update(
            status=HistoryStatus.SENT, delivery_type=DeliveryType.DIGEST, message_sent=True, shown_at=now,
            outbound_message=message, updated_at=now,
        )
    return len(take)


def _may_receive_jobs(user: User, *, now: datetime) -> bool:
    if not user.is_active or user.blocked_at or user.unreachable_at or user.is_paused(now):
        return False
    return user_has_confirmed_preferences(user)


def user_has_confirmed_preferences(user: User) -> bool:
    return UserPreferences.objects.filter(user=user, preferences_confirmed=True).exists()


def jobs_send_on_request(*, user: User, page: int = 1, now: datetime | None = None, say_none: bool = True) -> int:
    """The user typed "jobs" (or tapped "More jobs"): their best unseen matches now. Returns jobs sent.

    Jobs held for them come first in score order with fresh matches among recent jobs; each goes out once,
    so "more" simply asks again (`page` is kept for the dialogue's wording). With none, they are told so
    unless `say_none` is off (the caller has already said matches will come).
    """
    now = now or timezone.now()
    with transaction.atomic():
        User.objects.select_for_update(no_key=True).filter(pk=user.pk).first()
        waiting = list(
            UserJobHistory.objects.filter(
                open_q("job__", today=timezone.localdate(now)), user=user,
                status__in=[HistoryStatus.HELD, HistoryStatus.PENDING]
            ).exclude(held_q("job__")).select_related("job")
        )
        offers = [(r.match_score, r.job, r) for r in waiting] + [
            (result.total, job, result) for job, result in _fresh_matches(user=user, now=now)
        ]
        offers.sort(key=lambda o: (-o[0], -o[1].pk))
        shown: list[Offer] = []
        for score, job, source in offers:
            if len(shown) == settings.ALERT_BATCH_MAX:
                break
            if _claim_for_request(user=user, job=job, score=score, source=source, now=now):
                shown.append(Offer(job, score))
        more = len(offers) > len(shown)
        if not shown:
            if say_none:
                with speaking(user.language):
                    message_queue(user=user, payload=messages.text(say(
                        "No new matching jobs right now. I'll message you as soon as one comes in. 👍",
                        "No new work wey match you now. Once one land, I go message you. 👍")))
            return 0
        shown = offers_with_links(user_id=user.pk, offers=shown, source=DeliveryType.ON_REQUEST)
        with speaking(user.language):
            payload = render_on_request(shown, more=more)
        message = message_queue(user=user, payload=payload)
        UserJobHistory.objects.filter(user=user, job_id__in=[o.job.pk for o in shown]).update(
            outbound_message=message
        )
    return len(shown)


def _fresh_matches(*, user: User, now: datetime):
    since = now - timedelta(days=settings.ON_REQUEST_JOB_DAYS)
    seen = UserJobHistory.objects.filter(user=user).values("job_id")
    recent = (
        CanonicalJob.objects.filter(open_q(today=timezone.localdate(now)), created_at__gte=since)
        .exclude(pk__in=seen).exclude(held_q()).order_by("-created_at")[:RECENT_JOBS_SCANNED]
    )
    return matches_for_user(user=user, jobs=recent)


def _claim_for_request(*, user: User, job: CanonicalJob, score: float, source, now: datetime) -> bool:
    shown = {"status": HistoryStatus.SENT, "delivery_type": DeliveryType.ON_REQUEST, "message_sent": True,
             "shown_at": now, "updated_at": now}
    if isinstance(source, UserJobHistory):
        return bool(UserJobHistory.objects.filter(
            pk=source.pk, status__in=[HistoryStatus.HELD, HistoryStatus.PENDING]).update(**shown))
    try:
        with transaction.atomic():
            UserJobHistory.objects.create(user=user, job=job, match_score=score,
                                          match_breakdown=source.as_dict(), **shown)
    except IntegrityError:
        return False  # matched and claimed by the pipeline a moment ago: it reaches the user that way
    return True
