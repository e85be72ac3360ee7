"""The structured output asked of the model, and the rules that turn its answer into clean fields.

Model output is data: each field is validated on its own, cleaned (de-duplicated, capped, mapped to the
project vocabulary) and, when invalid, replaced by the offline enhancer's value for that field only.
Nothing from it is ever used as code, SQL or a field name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from jobs.enhancement.classify import FUNCTIONS, INDUSTRY_KEYWORDS
from jobs.enhancement.text import fit_summary
from jobs.levels import ExperienceLevel
from jobs.vocabulary import canonical_skill, canonical_title, normalize

INDUSTRIES = list(INDUSTRY_KEYWORDS)
LEVELS = (*(level.value for level in ExperienceLevel), "unknown")  # plain strings in the schema sent to the model
ARRANGEMENTS = ("remote", "hybrid", "onsite", "unknown")
MAX_TITLES = 10
MAX_SKILLS = 15
_PLAIN_LABEL = re.compile(r"^[\w][\w .,&+#/()'’-]*$")


class EnhancementOutput(BaseModel):
    """What the model must return (strict JSON schema: every field required, no others)."""

    model_config = ConfigDict(extra="forbid")

    job_titles: list[str]
    skills: list[str]
    industry: Literal[(*INDUSTRIES, "Other")]  # type: ignore[valid-type]
    job_function: Literal[(*FUNCTIONS, "Other")]  # type: ignore[valid-type]
    summary: str
    experience_level: Literal[LEVELS]  # type: ignore[valid-type]
    years_experience_min: int | None
    years_experience_max: int | None
    work_arrangement: Literal[ARRANGEMENTS]  # type: ignore[valid-type]


@cache
def response_format() -> dict[str, Any]:
    """The Chat Completions `response_format` for strict structured output (built once; do not mutate)."""
    schema = EnhancementOutput.model_json_schema()
    schema["additionalProperties"] = False
    return {"type": "json_schema", "json_schema": {"name": "job_enhancement", "strict": True, "schema": schema}}


@dataclass
class CleanFields:
    values: dict[str, Any] = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)  # fields the offline enhancer must fill


_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    name: TypeAdapter(info.annotation) for name, info in EnhancementOutput.model_fields.items() if info.annotation
}


def clean_output(raw: dict[str, Any]) -> CleanFields:
    """Validate and clean each field independently; a bad field never spoils the good ones."""
    out = CleanFields()
    for name, adapter in _ADAPTERS.items():
        try:
            value = _CLEANERS.get(name, _keep)(adapter.validate_python(raw.get(name), strict=True))
        except (ValidationError, ValueError):
            out.invalid.append(name)
            continue
        out.values[name] = value
    _check_years(out)
    return out


def _keep(value: Any) -> Any:
    return value


def _label(text: str, limit: int) -> str | None:
    text = re.sub(r"\s+", " ", text).strip(" .;:-")
    if not text or len(text) > limit or not _PLAIN_LABEL.match(text):
        return None
    return text


def _dedupe(items: list[str], cap: int) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = normalize(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out[:cap]


def clean_titles(titles: list[str]) -> list[str]:
    labels = [label for label in (_label(t, 80) for t in titles) if label]
    cleaned = _dedupe([canonical_title(label) or label for label in labels], MAX_TITLES)
    if not cleaned:
        raise ValueError("no usable titles")
    return cleaned


def clean_skills(skills: list[str]) -> list[str]:
    labels = [label for label in (_label(s, 40) for s in skills) if label and len(label.split()) <= 5]
    return _dedupe([canonical_skill(label) or label for label in labels], MAX_SKILLS)


def _not_other(value: str) -> str:
    if value == "Other":
        raise ValueError("no category")
    return value


def clean_summary(summary: str) -> str:
    fitted = fit_summary(summary)
    if len(fitted) < 20:
        raise ValueError("summary too short")
    return fitted


def _unknown_to_empty(value: str) -> str:
    return "" if value == "unknown" else value


def _years(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 50:
        raise ValueError("years out of range")
    return value


def _check_years(out: CleanFields) -> None:
    low, high = out.values.get("years_experience_min"), out.values.get("years_experience_max")
    if low is not None and high is not None and high < low:
        out.values.pop("years_experience_min")
        out.values.pop("years_experience_max")
        out.invalid.extend(["years_experience_min", "years_experience_max"])


_CLEANERS: dict[str, Callable[[Any], Any]] = {
    "job_titles": clean_titles, "skills": clean_skills, "industry": _not_other, "job_function": _not_other,
    "summary": clean_summary, "experience_level": _unknown_to_empty, "work_arrangement": _unknown_to_empty,
    "years_experience_min": _years, "years_experience_max": _years,
}
