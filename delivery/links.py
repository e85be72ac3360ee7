"""Tracked Apply links: each user's `/a/<token>/` for a job, and what a tap on one does.

The token is random (`secrets`), so the link carries neither the phone number nor an id: only our
`apply_links` row knows whose it is. A tap redirects to the job's own apply target (`alerts.apply_target`:
the employer's wa.me or an http(s) link), never to anything the request names, so it cannot be an open redirect.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from delivery.alerts import Offer, apply_target
from delivery.models import ApplyClick, ApplyLink, DeliveryType

TOKEN_BYTES = 9  # 12 URL-safe characters: 72 random bits, and the whole link stays short on a phone


def link_url(token: str) -> str:
    return f"{settings.SITE_URL}{reverse('apply-redirect', args=[token])}"


def apply_links_issue(*, user_id: int, job_ids: Sequence[int], source: DeliveryType) -> dict[int, str]:
    """The user's tracked link for each job (made on first use, the same one after). Returns job id → URL."""
    rows = [ApplyLink(token=secrets.token_urlsafe(TOKEN_BYTES), user_id=user_id, job_id=job_id, source=source)
            for job_id in job_ids]
    # A link that exists already (the same job offered again by the same route) keeps its token and its count.
    ApplyLink.objects.bulk_create(rows, ignore_conflicts=True)
    tokens = ApplyLink.objects.filter(user_id=user_id, job_id__in=job_ids, source=source).values_list(
        "job_id", "token")
    return {job_id: link_url(token) for job_id, token in tokens}


def offers_with_links(*, user_id: int, offers: Sequence[Offer], source: DeliveryType) -> list[Offer]:
    """The offers as this user will read them: every job one can apply to online goes through a tracked link."""
    linkable = [offer.job.pk for offer in offers if apply_target(offer.job)]
    links = apply_links_issue(user_id=user_id, job_ids=linkable, source=source) if linkable else {}
    return [replace(offer, link=links.get(offer.job.pk, "")) for offer in offers]


@dataclass(frozen=True)
class Follow:
    url: str  # where to send the user; "" when the link is expired or the job has no apply target any more
    reason: str = ""  # "expired" | "no_target"


def apply_link_follow(*, token: str, count: bool = True, now: datetime | None = None) -> Follow | None:
    """A tap on `/a/<token>/`: where it goes, counted once per tap. None for a token we never issued."""
    now = now or timezone.now()
    link = ApplyLink.objects.select_related("job").only(
        "pk", "created_at", "job__contact_whatsapp", "job__apply_url", "job__job_url").filter(token=token).first()
    if link is None:
        return None
    if link.created_at < now - timedelta(days=settings.APPLY_LINK_DAYS):
        return Follow("", "expired")
    if count:
        # One UPDATE: two taps at the same moment both count, whatever order they land in.
        ApplyLink.objects.filter(pk=link.pk).update(
            clicks=F("clicks") + 1, last_clicked_at=now, first_clicked_at=Coalesce(F("first_clicked_at"), now))
        ApplyClick.objects.create(link_id=link.pk, clicked_at=now)
    target = apply_target(link.job)
    return Follow(target) if target else Follow("", "no_target")
