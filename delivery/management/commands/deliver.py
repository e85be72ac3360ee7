"""`manage.py deliver`: match jobs to users and drain due alerts by hand (what the pipeline and pump do)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from delivery import services
from delivery.tasks import pump
from jobs.models import CanonicalJob


class Command(BaseCommand):
    help = ("Deliver jobs: --job ID (repeatable) matches those jobs to users; then the pump sends what is due. "
            "Each user still gets each job at most once.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--job", type=int, action="append", default=[], help="A canonical job id.")
        parser.add_argument("--seconds", type=int, default=0,
                            help="Keep pumping this long (alerts wait ALERT_BATCH_SECONDS to be grouped). Default: once.")

    def handle(self, *args: Any, job: list[int], seconds: int, **options: Any) -> None:
        missing = sorted(set(job) - set(CanonicalJob.objects.filter(pk__in=job).values_list("pk", flat=True)))
        if missing:
            raise CommandError(f"no job with id {', '.join(map(str, missing))}")
        for job_id in job:
            claimed = services.job_deliver(job_id=job_id)
            self.stdout.write(f"job {job_id}: {claimed} new matches claimed")
        dispatched = pump(seconds=seconds)
        self.stdout.write(f"pump: {dispatched} messages dispatched; `manage.py delivery_status` shows the rest")
