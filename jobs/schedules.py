"""Django-Q2 schedules of the jobs app: each area of the app declares its own and they are listed here."""

from __future__ import annotations

from jobs.enhancement.schedules import SCHEDULES as ENHANCEMENT_SCHEDULES

SCHEDULES = [*ENHANCEMENT_SCHEDULES]
