"""Demo seekers and the whole chain, offline: import → enhance → match → deliver to the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User, UserPreferences
from delivery.models import MessagePurpose, OutboundMessage
from delivery.services import pump_tick
from delivery.windows import window_touch
from jobs.importers import read_jobspy_csv
from jobs.services import IngestReport, records_ingest
from jobs.tasks import process_new_job

SAMPLE_CSV = settings.BASE_DIR / "jobs" / "sample_data" / "sample_jobs.csv"

DEMO_SEEKERS: list[dict[str, Any]] = [
    {
        "phone_number": "+2348030000001", "name": "Tunde (backend developer)",
        "prefs": {"job_roles": ["Backend Developer", "Software Engineer"], "technical_skills": ["Python", "Django", "SQL"],
                  "preferred_locations": ["Lagos"], "work_arrangements": ["remote", "hybrid"],
                  "years_of_experience": 4, "salary_min": 600000},
    },
    {
        "phone_number": "+2348030000002", "name": "Amaka (accountant)",
        "prefs": {"job_roles": ["Accountant", "Finance Officer"], "technical_skills": ["Accounting", "Excel", "QuickBooks"],
                  "preferred_locations": ["Abuja", "Lagos"], "work_arrangements": ["onsite", "hybrid"],
                  "years_of_experience": 3, "salary_min": 250000},
    },
    {
        "phone_number": "+2348030000003", "name": "Hauwa (nurse)",
        "prefs": {"job_roles": ["Nurse"], "technical_skills": ["Nursing"], "preferred_locations": ["Lagos", "PH"],
                  "work_arrangements": ["onsite"], "years_of_experience": 2, "salary_min": 150000},
    },
    {
        "phone_number": "+2348030000004", "name": "Chidi (customer care)",
        "prefs": {"job_roles": ["Customer Care Representative"], "technical_skills": ["Customer Service", "Communication"],
                  "preferred_locations": ["Port Harcourt"], "work_arrangements": ["onsite", "hybrid", "remote"],
                  "years_of_experience": 1, "salary_min": 100000},
    },
    {
        "phone_number": "+2348030000005", "name": "Bola (dispatch rider)",
        "prefs": {"job_roles": ["Dispatch Rider", "Delivery Driver"], "technical_skills": ["Driving"],
                  "preferred_locations": ["Lagos"], "work_arrangements": ["onsite"],
                  "years_of_experience": 2, "salary_min": 80000},
    },
]


@dataclass
class DemoResult:
    report: IngestReport
    seekers: list[User]
    alerts: int


def demo_seekers_create() -> list[User]:
    seekers = []
    for seed in DEMO_SEEKERS:
        # Quiet hours off, so the demo shows alerts at any hour of the day.
        user, _ = User.objects.update_or_create(
            phone_number=seed["phone_number"], defaults={"name": seed["name"], "quiet_hours": "off"}
        )
        UserPreferences.objects.update_or_create(
            user=user, defaults={**seed["prefs"], "salary_currency": "NGN", "preferences_confirmed": True}
        )
        window_touch(user=user)  # as if each had just said hello on WhatsApp
        seekers.append(user)
    return seekers


def demo_run(*, csv_path: Path = SAMPLE_CSV) -> DemoResult:
    """Create the demo seekers, import the sample jobs and run the chain for every new job inline."""
    with transaction.atomic():
        seekers = demo_seekers_create()
    report = records_ingest(records=read_jobspy_csv(csv_path), source="csv", start_pipeline=False)
    before = OutboundMessage.objects.filter(purpose=MessagePurpose.ALERT).count()
    for job_id in report.new_job_ids:
        process_new_job(job_id)
    _drain()
    return DemoResult(report=report, seekers=seekers,
                      alerts=OutboundMessage.objects.filter(purpose=MessagePurpose.ALERT).count() - before)


def _drain() -> None:
    """Run the delivery pump on a fast-forwarded clock, so the demo shows the outbox without a running cluster."""
    now = timezone.now()
    until = now + timedelta(minutes=10)
    while now <= until:
        report = pump_tick(now=now, budget=10_000)
        if report.next_due is None:
            return
        # Never behind the wall clock: rows are stamped with real time (the 6 s spacing reads them).
        now = max(report.next_due, now + timedelta(seconds=1), timezone.now())
