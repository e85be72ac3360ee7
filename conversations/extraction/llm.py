"""OpenAI structured output for preference extraction, normalised through the same vocabularies as the rules.

Any API failure (timeout, rate limit, refusal, bad output) falls back to the offline extractor: a seeker's
message is always understood as well as the rules can, never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from typing import Literal

import openai
from django.conf import settings
from openai import OpenAI
from pydantic import BaseModel, ConfigDict, Field

from accounts.selectors import ROLE_TEXT
from conversations.extraction import Extracted, Extractor
from conversations.extraction.changes import split_removals
from conversations.extraction.rules import role_words
from conversations.extraction.words import COUNTRY_NAMES
from jobs.locations import resolve_place
from jobs.vocabulary import canonical_skill, canonical_title

logger = logging.getLogger(__name__)

CHAT_TIMEOUT_SECONDS = 10.0

SYSTEM_PROMPT = """You read one WhatsApp message from a job seeker (often in Nigeria; English, Nigerian Pidgin,
typos and shorthand) and extract only what they said about the work they want. Never invent values: leave a
field empty or null when the message does not say it.
- job_roles: job titles they want, as short English titles ("nursing work" -> "Nurse").
- locations: cities/states/countries named ("Eko" = Lagos, "PH" = Port Harcourt, "FCT" = Abuja). Not "remote".
- skills: tools or skills they name.
- years_of_experience: whole years; "fresh graduate" or "no experience" = 0.
- salary_min: the smallest pay they accept as a number ("600k" = 600000, "1.2m" = 1200000).
- salary_currency: ISO code; naira (N, ₦, #) = NGN. salary_period: "monthly" unless they say yearly/annual.
- work_arrangements: any of remote, hybrid, onsite. "I no fit work from house" (cannot work from home) = onsite.
  A preference is no limit: "remote preferred", "ideally hybrid" = all three; "remote only" = remote. Remote beside a
  place to work in ("Lagos or remote", "Ikeja, open to remote") = all three.
- removed_*: values they ask to drop ("not abuja again", "remove teaching", "no more sales"); in "Kano not
  Kaduna" Kano is a location and Kaduna is removed. A removed value is never also in the positive fields.
- additive: true when they add to what they had ("also", "add", "too", "as well", "plus", "join").
- any_role: true when any job will do ("any job", "anything, i fit do any work"); job_roles stays empty."""


def _without_defaults(schema: dict) -> None:
    # OpenAI's strict schemas reject "default" ("'default' is not permitted"); the defaults below only let an
    # older or partial answer still parse.
    for prop in schema.get("properties", {}).values():
        prop.pop("default", None)


class LLMPreferences(BaseModel):
    model_config = ConfigDict(json_schema_extra=_without_defaults)

    job_roles: list[str] = Field(description="Job titles wanted")
    locations: list[str] = Field(description="Places named")
    skills: list[str]
    years_of_experience: int | None
    salary_min: float | None
    salary_currency: str | None
    salary_period: Literal["monthly", "yearly"] | None
    work_arrangements: list[Literal["remote", "hybrid", "onsite"]]
    # Strict schemas make every field required, so the model always fills these; the defaults are for parsing.
    removed_roles: list[str] = Field(default_factory=list, description="Job titles to drop")
    removed_locations: list[str] = Field(default_factory=list, description="Places to drop")
    removed_skills: list[str] = Field(default_factory=list)
    removed_work_arrangements: list[Literal["remote", "hybrid", "onsite"]] = Field(default_factory=list)
    additive: bool = Field(default=False, description="Adds to earlier preferences instead of replacing them")
    any_role: bool = Field(default=False, description="Any job will do")


class OpenAIExtractor:
    name = "openai"

    def __init__(self, *, fallback: Extractor, client=None) -> None:
        self.fallback = fallback
        self._client = client

    @property
    def client(self):
        if self._client is None:
            self._client = OpenAI(
                api_key=settings.OPENAI_API_KEY,
                base_url=settings.OPENAI_BASE_URL or None,
                # A person is waiting for the reply: fail over to the rules quickly rather than retry for minutes.
                timeout=min(settings.OPENAI_TIMEOUT, CHAT_TIMEOUT_SECONDS),
                max_retries=min(settings.OPENAI_MAX_RETRIES, 1),
            )
        return self._client

    def extract(self, text: str) -> Extracted:
        try:
            parsed = self._ask(text)
        except (openai.OpenAIError, ValueError) as exc:
            logger.warning("OpenAI extraction failed, using the offline rules: %s", exc)
            return self.fallback.extract(text)
        if parsed is None:
            return self.fallback.extract(text)
        found = from_llm(parsed, words=(rules := self.fallback.extract(text)).words, rules=rules)
        if found.roles and not found.words.get(ROLE_TEXT):  # roles only the model read: keep the words too
            said = role_words(split_removals(text)[0], refused=found.removed.get("roles", []), asked=found.roles)
            found = replace(found, words={**found.words, ROLE_TEXT: said})
        return found

    def _ask(self, text: str) -> LLMPreferences | None:
        completion = self.client.chat.completions.parse(
            model=settings.OPENAI_MODEL,
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": text[:2000]}],
            response_format=LLMPreferences,
            temperature=0,
        )
        message = completion.choices[0].message
        return None if message.refusal else message.parsed


def from_llm(parsed: LLMPreferences, *, words: dict[str, str], rules: Extracted | None = None) -> Extracted:
    """Model output → the same normalised values the rules give (canonical titles, place labels, skills).

    The rules' reading (when given) fills in removals, "also" and "any job" the model left out."""
    rules = rules or Extracted()
    removed = _removed(parsed) or rules.removed
    roles = _drop(_unique(canonical_title(r) or r.strip().title() for r in parsed.job_roles if r.strip()), removed, "roles")
    locations = _drop(_unique(place_label(p) for p in parsed.locations), removed, "locations")
    skills = _drop(_unique(canonical_skill(s) or s.strip() for s in parsed.skills if s.strip()), removed, "skills")
    order = ("onsite", "hybrid", "remote")
    salary = parsed.salary_min if parsed.salary_min and parsed.salary_min > 0 else None
    return Extracted(
        roles=roles,
        locations=locations,
        skills=skills,
        years=parsed.years_of_experience if (parsed.years_of_experience or 0) >= 0 else None,
        salary_min=salary,
        salary_currency=((parsed.salary_currency or "NGN").upper()[:3]) if salary else "",
        salary_period=(parsed.salary_period or "monthly") if salary else "",
        arrangements=_drop([a for a in order if a in parsed.work_arrangements], removed, "arrangements"),
        words=words,
        source="openai",
        removed=removed,
        additive=parsed.additive or rules.additive,
        any_role=(parsed.any_role or rules.any_role) and not roles,
        credentials=rules.credentials,  # the rules read these from the same words: the model is not asked
        schooling=rules.schooling,
    )


def _removed(parsed: LLMPreferences) -> dict[str, list[str]]:
    found = {
        "roles": _unique(canonical_title(r) or r.strip().title() for r in parsed.removed_roles if r.strip()),
        "locations": _unique(place_label(p) for p in parsed.removed_locations if p.strip()),
        "skills": _unique(canonical_skill(s) or s.strip() for s in parsed.removed_skills if s.strip()),
        "arrangements": _unique(parsed.removed_work_arrangements),
    }
    return {key: values for key, values in found.items() if values}


def _drop(values: list[str], removed: dict[str, list[str]], key: str) -> list[str]:
    return [v for v in values if v not in removed.get(key, [])]


def place_label(name: str) -> str:
    place = resolve_place(name)
    if place is None:
        return name.strip().title()
    if not (place.city or place.state):
        return COUNTRY_NAMES.get(place.country, place.country)
    return place.label


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
