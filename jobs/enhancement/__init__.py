"""Job enhancement: titles, skills, industry, function and a WhatsApp-ready summary for each job.

Two providers behind one interface: OpenAI (structured output) when OPENAI_API_KEY is set,
and the offline rule-based enhancer otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class JobText:
    title: str
    company: str = ""
    location: str = ""
    description: str = ""


@dataclass(frozen=True)
class Enhancement:
    job_titles: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    industry: str = ""
    job_function: str = ""
    summary: str = ""
    source: str = "offline"
    tokens: int = 0
    cost_usd: float = 0.0


class Enhancer(Protocol):
    name: str

    def enhance(self, job: JobText) -> Enhancement: ...


def get_enhancer() -> Enhancer:
    from jobs.enhancement.offline import OfflineEnhancer

    return OfflineEnhancer()
