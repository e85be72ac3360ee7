"""Candidate-index keys (pure). A seeker is indexed under (role key, place key) pairs; a job looks up its own.

Role keys: `g:<title group>` for resolved roles, `w:<word>` for the distinctive words of any role (fuzzy titles),
`k:<skill>` for seekers who gave skills but no role. Place keys: `c:<city>`, `s:<state>`, `n:<country>` where the
seeker can work on-site or hybrid, `any` when they gave no place, and `remote` when they accept remote work. So a
remote job reads only the `remote` rows of its roles: nobody else is scanned.
"""

from __future__ import annotations

from matching.profiles import Job, PlaceKey, Seeker, family_of

REMOTE, ANYWHERE = "remote", "any"


def _k(kind: str, value: str) -> str:
    return f"{kind}:{value.lower()}"[:120]


def seeker_roles(seeker: Seeker) -> set[str]:
    if not seeker.roles:
        return {_k("k", s) for s in seeker.skills}
    return {_k("g", g) for g in (*seeker.groups, *seeker.also)} | {_k("w", w) for w in seeker.words}


def seeker_place_keys(seeker: Seeker) -> set[str]:
    keys: set[str] = set()
    if seeker.accepts_remote:
        keys.add(REMOTE)
    if not seeker.accepts_onsite:
        return keys
    if seeker.anywhere:
        return keys | {ANYWHERE}
    return keys | {_place_key(p) for p in seeker.places}


def _place_key(place: PlaceKey) -> str:
    if place.city:
        return _k("c", place.city)
    if place.state:
        return _k("s", place.state)
    return _k("n", place.country)


def seeker_terms(seeker: Seeker) -> set[tuple[str, str]]:
    return {(role, place) for role in seeker_roles(seeker) for place in seeker_place_keys(seeker)}


def job_roles(job: Job) -> set[str]:
    groups = set(job.groups) | set(family_of(job.groups))
    return {_k("g", g) for g in groups} | {_k("w", w) for w in job.words} | {_k("k", s) for s in job.skills}


def job_place_keys(job: Job) -> set[str] | None:
    """The place keys that can hold this job's seekers, or None when every place must be read (place unknown)."""
    place = job.place
    if job.arrangement == "remote" and not job.home_allowed:
        return {REMOTE}
    if place is None or not place.city:
        return None  # "Nigeria" or "Rivers State" only: the score decides, per seeker
    keys = {ANYWHERE, _k("c", place.city), _k("n", place.country or "NG")} | ({REMOTE} if job.home_allowed else set())
    return keys | ({_k("s", place.state)} if place.state else set())
