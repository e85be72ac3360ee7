"""Experience levels: the one vocabulary of a job's `experience_level`, whoever fills it.

Normalisation reads the level from the board's field, the title or the years asked (`jobs.normalize.fields`); the
enhancers fill it when normalisation found none (the offline rules, and the model, whose answer's schema lists
these values: `jobs.enhancement.schema.LEVELS`); matching reads the years each stands for. Empty means not stated.
"""

from __future__ import annotations

from enum import StrEnum


class ExperienceLevel(StrEnum):
    INTERN = "intern"  # internships, SIWES, industrial attachment
    ENTRY = "entry"  # graduate trainees, NYSC, no experience asked
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"
    MANAGER = "manager"
    HEAD = "head"  # head of, director, chief, vice president
