"""Matching writes and candidate selection: which users a job should go to. Sends nothing; delivery decides when."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast

from accounts.models import User, UserPreferences
from accounts.selectors import alert_eligible
from jobs.models import CanonicalJob
from jobs.vocabulary import normalize
from matching import terms
from matching.models import MatchDislike, MatchProfile, MatchTerm
from matching.profiles import Job, Seeker, title_core, vocabulary_version
from matching.scoring import MatchResult, job_from_row, score, score_if_passes, seeker_from_preferences

logger = logging.getLogger(__name__)
DISLIKES_KEPT = 30  # the most recent "not for me" answers that still lower similar jobs


@dataclass(frozen=True)
class Match:
    user: User
    result: MatchResult


# --- the index ---------------------------------------------------------------------------------------------


def seeker_compile(*, prefs: UserPreferences, dislikes: list[tuple[str, str]] | None = None) -> Seeker:
    """The seeker as matching sees them: their preferences plus their recent "not for me" answers."""
    base = seeker_from_preferences(prefs)
    if dislikes is None:
        dislikes = _dislikes([prefs.user_id]).get(prefs.user_id, [])
    if not dislikes:
        return base
    return replace(
        base,
        disliked_titles=tuple(dict.fromkeys(t for t, _ in dislikes if t)),
        disliked_companies=tuple(dict.fromkeys(c for _, c in dislikes if c)),
    )


def _dislikes(user_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {}
    rows = MatchDislike.objects.filter(user_id__in=user_ids).order_by("-created_at")
    for user_id, title, company in rows.values_list("user_id", "title_core", "company_key"):
        if len(found.setdefault(user_id, [])) < DISLIKES_KEPT:
            found[user_id].append((title, company))
    return found


def profile_refresh(*, user_id: int) -> MatchProfile | None:
    """Recompile one seeker's profile and index keys; drop them when preferences are gone or unconfirmed."""
    prefs = UserPreferences.objects.filter(user_id=user_id).first()
    with transaction.atomic():
        MatchTerm.objects.filter(user_id=user_id).delete()
        if prefs is None or not prefs.preferences_confirmed:
            MatchProfile.objects.filter(user_id=user_id).delete()
            return None
        seeker = seeker_compile(prefs=prefs)
        profile, _ = MatchProfile.objects.update_or_create(
            user_id=user_id,
            defaults={"data": seeker.to_json(), "version": vocabulary_version(), "source_updated_at": prefs.updated_at},
        )
        MatchTerm.objects.bulk_create(_term_rows(user_id, seeker))
    return profile


def _term_rows(user_id: int, seeker: Seeker) -> list[MatchTerm]:
    return [MatchTerm(user_id=user_id, role=role, place=place) for role, place in sorted(terms.seeker_terms(seeker))]


def index_rebuild(*, user_ids: Iterable[int] | None = None, batch_size: int = 2000) -> int:
    """Rebuild profiles and keys in batches (after a vocabulary change, or for preferences saved in bulk)."""
    ids = list(user_ids) if user_ids is not None else list(
        UserPreferences.objects.filter(preferences_confirmed=True).values_list("user_id", flat=True)
    )
    for start in range(0, len(ids), batch_size):
        _rebuild_batch(ids[start : start + batch_size])
    return len(ids)


def _rebuild_batch(user_ids: list[int]) -> None:
    prefs_rows = UserPreferences.objects.filter(user_id__in=user_ids, preferences_confirmed=True)
    version = vocabulary_version()
    profiles, rows = [], []
    dislikes = _dislikes(user_ids)
    for prefs in prefs_rows:
        seeker = seeker_compile(prefs=prefs, dislikes=dislikes.get(prefs.user_id, []))
        profiles.append(MatchProfile(user_id=prefs.user_id, data=seeker.to_json(), version=version,
                                     source_updated_at=prefs.updated_at))
        rows.extend(_term_rows(prefs.user_id, seeker))
    with transaction.atomic():
        MatchTerm.objects.filter(user_id__in=user_ids).delete()
        MatchProfile.objects.filter(user_id__in=user_ids).delete()
        MatchProfile.objects.bulk_create(profiles, batch_size=500)
        MatchTerm.objects.bulk_create(rows, batch_size=2000)


def stale_user_ids() -> list[int]:
    """Confirmed preferences whose profile is missing, older than them, or built with another vocabulary."""
    confirmed = UserPreferences.objects.filter(preferences_confirmed=True)
    stale = confirmed.filter(
        Q(user__match_profile__isnull=True)
        | Q(updated_at__gt=F("user__match_profile__source_updated_at"))
        | ~Q(user__match_profile__version=vocabulary_version())
    )
    orphans = MatchProfile.objects.exclude(user__preferences__preferences_confirmed=True)
    return sorted(set(stale.values_list("user_id", flat=True)) | set(orphans.values_list("user_id", flat=True)))


def index_refresh_stale() -> int:
    """The periodic safety net for writes that skip signals (queryset.update, bulk_create, raw SQL)."""
    ids = stale_user_ids()
    for user_id in ids:
        profile_refresh(user_id=user_id)
    if ids:
        logger.info("matching: refreshed %d stale profiles", len(ids))
    return len(ids)


# --- candidate selection -------------------------------------------------------------------------------------


def candidate_profiles(*, job: Job):
    """Profiles of eligible users found under the job's (role, place) keys: never a scan of every user."""
    roles = terms.job_roles(job)
    if not roles:
        return MatchProfile.objects.none()
    lookup = MatchTerm.objects.filter(role__in=sorted(roles))
    places = terms.job_place_keys(job)
    if places is not None:
        lookup = lookup.filter(place__in=sorted(places))
    return MatchProfile.objects.filter(alert_eligible(), user_id__in=lookup.values("user_id"))


def find_matches(*, job: CanonicalJob, threshold: float | None = None) -> Iterator[Match]:
    """Eligible users whose score reaches the threshold and breaks no hard limit, best first."""
    threshold = settings.MATCH_THRESHOLD if threshold is None else threshold
    compiled = job_from_row(job)
    results: dict[int, MatchResult] = {}
    # A plain fetch, not .iterator(): on PostgreSQL that declares a cursor, planned for the first rows (seconds).
    stamps = list(candidate_profiles(job=compiled).annotate(stamp=_STAMP).values_list("user_id", "stamp"))
    for user_id, seeker in _compiled_seekers(stamps).items():
        result = score_if_passes(seeker, compiled, threshold)
        if result is not None:
            results[user_id] = result
    # Only matched users become model instances: candidates that fail cost a JSON decode, not an ORM row.
    # Only the fields delivery reads: a full row is a dozen datetime conversions per matched seeker.
    users = User.objects.only("id", "phone_number", "name").in_bulk(list(results)) if results else {}
    matches = [Match(user=users[uid], result=result) for uid, result in results.items() if uid in users]
    matches.sort(key=lambda m: (-m.result.total, m.user.pk))
    return iter(matches)


# Compiled seekers kept in this process, by user id, with the profile's `updated_at` they were decoded from: reading
# and decoding a profile was most of the cost of a candidate (README "Candidate index" has the figures). A profile
# rewritten anywhere has a new `updated_at`, so a stale entry is never used; the bound keeps memory in check.
_SEEKERS: dict[int, tuple[str, Seeker]] = {}
_SEEKERS_FETCH = 2000
# The stamp as the database's own text: parsing 500 datetimes a job cost more than the scoring.
_STAMP = Cast("updated_at", output_field=CharField())


def _compiled_seekers(stamps: list[tuple[int, str]]) -> dict[int, Seeker]:
    """The candidates' Seekers, from this process's cache where their profile has not changed since."""
    found: dict[int, Seeker] = {}
    missing: list[int] = []
    for user_id, stamp in stamps:
        entry = _SEEKERS.get(user_id)
        if entry is not None and entry[0] == stamp:
            found[user_id] = entry[1]
        else:
            missing.append(user_id)
    for start in range(0, len(missing), _SEEKERS_FETCH):
        rows = MatchProfile.objects.filter(user_id__in=missing[start : start + _SEEKERS_FETCH])
        for user_id, data, stamp in rows.annotate(stamp=_STAMP).values_list("user_id", "data", "stamp"):
            seeker = Seeker.from_json(data)
            found[user_id] = seeker
            _SEEKERS[user_id] = (stamp, seeker)
    overflow = len(_SEEKERS) - settings.MATCH_SEEKER_CACHE
    if overflow > 0:  # the oldest entries first: dicts keep insertion order
        for user_id in list(islice(_SEEKERS, overflow)):
            _SEEKERS.pop(user_id, None)
    return found


def match_score_for_user(*, user: User, job: CanonicalJob) -> MatchResult | None:
    """The score as find_matches would compute it now (dislikes included), or None without preferences."""
    profile = MatchProfile.objects.filter(user=user).first()
    if profile is not None:
        return score(Seeker.from_json(profile.data), job_from_row(job))
    prefs = UserPreferences.objects.filter(user=user).first()
    return score(seeker_compile(prefs=prefs), job_from_row(job)) if prefs else None


def matches_for_user(
    *, user: User, jobs: Iterable[CanonicalJob], threshold: float | None = None
) -> list[tuple[CanonicalJob, MatchResult]]:
    """The other direction ("jobs" on request, digests): which of these jobs pass for one user, best first.

    The seeker is compiled once (with their "not for me" answers), so scoring many jobs stays cheap.
    """
    threshold = settings.MATCH_THRESHOLD if threshold is None else threshold
    profile = MatchProfile.objects.filter(user=user).first()
    if profile is not None:
        seeker = Seeker.from_json(profile.data)
    else:
        prefs = UserPreferences.objects.filter(user=user, preferences_confirmed=True).first()
        if prefs is None:
            return []
        seeker = seeker_compile(prefs=prefs)
    passed = []
    for job in jobs:
        result = score_if_passes(seeker, job_from_row(job), threshold)
        if result is not None:
            passed.append((job, result))
    return sorted(passed, key=lambda pair: (-pair[1].total, -pair[0].pk if pair[0].pk else 0))


# --- feedback ------------------------------------------------------------------------------------------------


def feedback_not_for_me(*, user: User, job_id: int) -> None:
    """The user said "not for me" on an alert: remember it; it lowers similar titles and the same company for them.

    Only a penalty of a few points: whole categories are never hidden, and a strong match still gets through.
    Delivery marks the alert's history row first (`delivery.history.history_not_for_me`), then calls this.
    """
    job = CanonicalJob.objects.filter(pk=job_id).first()
    if job is None:
        return
    MatchDislike.objects.get_or_create(
        user=user, job=job, defaults={"title_core": title_core(job.title), "company_key": normalize(job.company)}
    )
    profile_refresh(user_id=user.pk)
