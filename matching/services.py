"""Matching writes and candidate selection: which users a job should go to. Sends nothing; delivery decides when."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast

from accounts.models import User, UserPreferences
from accounts.selectors import alert_eligible
from jobs.models import CanonicalJob
from jobs.vocabulary import normalize
from matching import terms
from matching.models import MatchDislike, MatchProfile, MatchTerm
from matching.profiles import Job, Seeker, title_core, vocabulary_version
from matching.scoring import Component, MatchResult, job_from_row, score, score_if_passes, seeker_from_preferences

logger = logging.getLogger(__name__)
DISLIKES_KEPT = 30  # the most recent "not for me" answers that still lower similar jobs


@dataclass(frozen=True)
class Match:
    user_id: int  # delivery writes history rows by id: reading the users was a sixth of a job's matching time
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
    # in batches: a release that changes how seekers are read makes every profile stale at once
    index_rebuild(user_ids=ids)
    if ids:
        logger.info("matching: refreshed %d stale profiles", len(ids))
    return len(ids)


# --- candidate selection -------------------------------------------------------------------------------------


def candidate_profiles(*, job: Job):
    """Profiles of eligible users found under the job's (role, place) keys: never a scan of every user."""
    roles = terms.job_roles(job)
    if not roles:
        return MatchProfile.objects.none()
    return _candidates(sorted(roles), _sorted_or_none(terms.job_place_keys(job)))


def _candidates(roles: list[str], places: list[str] | None):
    lookup = MatchTerm.objects.filter(role__in=roles)
    if places is not None:
        lookup = lookup.filter(place__in=places)
    # A profile exists only for confirmed preferences (profile_refresh drops it, and the stale sweep catches writes
    # that skip the signals), as the keys exist only for the preferences as they are: both are trusted alike.
    return MatchProfile.objects.filter(alert_eligible(confirmed_known=True), user_id__in=lookup.values("user_id"))


def _sorted_or_none(keys: set[str] | None) -> list[str] | None:
    return None if keys is None else sorted(keys)


def candidate_stamps(*, job: Job) -> list[tuple[int, str]]:
    """(user id, profile stamp) of `candidate_profiles`, by the SQL the ORM writes for a query of that shape, kept
    per shape: building the query each time cost more than running it (3–5 ms a job, measured at 100k seekers)."""
    roles = sorted(terms.job_roles(job))
    if not roles:
        return []
    places = _sorted_or_none(terms.job_place_keys(job))
    sql = _candidates_sql(connection.alias, len(roles), None if places is None else len(places))
    with connection.cursor() as cursor:
        # A plain fetch, not a server-side cursor: on PostgreSQL that is planned for the first rows (seconds).
        cursor.execute(sql, [*roles, *(places or ())])
        return cursor.fetchall()


@lru_cache(maxsize=512)
def _candidates_sql(alias: str, n_roles: int, n_places: int | None) -> str:
    roles = [f"role{i}" for i in range(n_roles)]
    places = None if n_places is None else [f"place{i}" for i in range(n_places)]
    query = _candidates(roles, places).annotate(stamp=_STAMP).values_list("user_id", "stamp").query
    sql, params = query.get_compiler(using=alias).as_sql()
    if list(params) != [*roles, *(places or ())]:  # the shape's parameters are exactly the keys, in this order
        raise RuntimeError(f"unexpected parameters in the candidate query: {params!r}")
    return sql


def find_matches(*, job: CanonicalJob, threshold: float | None = None) -> Iterator[Match]:
    """Eligible users whose score reaches the threshold and breaks no hard limit, best first."""
    threshold = settings.MATCH_THRESHOLD if threshold is None else threshold
    compiled = job_from_row(job)
    results: dict[int, MatchResult] = {}
    stamps = candidate_stamps(job=compiled)
    seen: dict[tuple[object, ...], Component] = {}
    for user_id, seeker in _compiled_seekers(stamps).items():
        result = score_if_passes(seeker, compiled, threshold, seen)
        if result is not None:
            results[user_id] = result
    matches = [Match(user_id=uid, result=result) for uid, result in results.items()]
    matches.sort(key=lambda m: (-m.result.total, m.user_id))
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
        for user_id, data, stamp in _profile_rows(missing[start : start + _SEEKERS_FETCH]):
            seeker = Seeker.from_json(json.loads(data) if isinstance(data, str | bytes) else data)
            found[user_id] = seeker
            _SEEKERS[user_id] = (stamp, seeker)
    overflow = len(_SEEKERS) - settings.MATCH_SEEKER_CACHE
    if overflow > 0:  # the oldest entries first: dicts keep insertion order
        for user_id in list(islice(_SEEKERS, overflow)):
            _SEEKERS.pop(user_id, None)
    return found


def seekers_preload(*, limit: int | None = None) -> int:
    """Compile eligible seekers into this process's cache before its first job (a worker calls it when it starts):
    a job's candidates are then read warm from the first one. Up to the cache's bound, most recently changed first
    (those are the likeliest to be candidates still); returns how many were compiled."""
    limit = settings.MATCH_SEEKER_CACHE if limit is None else min(limit, settings.MATCH_SEEKER_CACHE)
    ids = list(MatchProfile.objects.filter(alert_eligible()).order_by("-updated_at").values_list("user_id", flat=True)
               [:limit])
    for start in range(0, len(ids), _SEEKERS_FETCH):
        _compiled_seekers([(user_id, "") for user_id in ids[start : start + _SEEKERS_FETCH]])  # "": not cached yet
    return len(ids)


def _profile_rows(user_ids: list[int]) -> list[tuple[int, Any, str]]:
    """(user id, profile JSON, stamp) of these users, by the SQL the ORM writes for that many ids (padded to a power
    of two, so a few shapes serve every size): the ORM's rows cost three times the fetch."""
    size = 1 << (len(user_ids) - 1).bit_length()
    with connection.cursor() as cursor:
        cursor.execute(_profiles_sql(connection.alias, size), [*user_ids, *[user_ids[-1]] * (size - len(user_ids))])
        return cursor.fetchall()


@lru_cache(maxsize=32)
def _profiles_sql(alias: str, size: int) -> str:
    ids = [-1 - i for i in range(size)]
    query = MatchProfile.objects.filter(user_id__in=ids).annotate(stamp=_STAMP).values_list("user_id", "data", "stamp")
    sql, params = query.query.get_compiler(using=alias).as_sql()
    if list(params) != ids:
        raise RuntimeError(f"unexpected parameters in the profile query: {params!r}")
    return sql


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
