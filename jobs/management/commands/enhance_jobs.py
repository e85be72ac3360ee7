"""`manage.py enhance_jobs`: enhance jobs inline with a progress bar, or report enhancement quality."""

from __future__ import annotations

from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q
from tqdm import tqdm

from jobs.enhancement import Enhancement, Enhancer, get_enhancer
from jobs.enhancement.offline import OfflineEnhancer
from jobs.enhancement.quality import evaluate, load_labelled
from jobs.enhancement.services import jobs_enhance
from jobs.models import CanonicalJob, JobStatus

# No monitor thread: it outlives the bar, and a large import forks its parsing workers only from a process with
# no other thread (jobs.normalize.pool).
tqdm.monitor_interval = 0


class Command(BaseCommand):
    help = (
        "Enhance jobs (titles, skills, industry, function, summary) with the configured provider. By default only "
        "jobs never enhanced or flagged for re-enhancement; --all checks every active job (unchanged ones are "
        "skipped by their content hash unless --force)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="Consider every active job, not only pending ones.")
        parser.add_argument("--force", action="store_true", help="Re-enhance even jobs whose content is unchanged.")
        parser.add_argument("--limit", type=int, default=None, help="At most N jobs.")
        parser.add_argument("--offline", action="store_true", help="Use the offline enhancer even with an API key.")
        parser.add_argument("--evaluate", action="store_true",
                            help="Report precision/recall of titles and skills on the labelled postings instead.")
        parser.add_argument("--split", choices=["dev", "holdout"], default=None,
                            help="With --evaluate: only this part of the labelled set.")
        parser.add_argument("--show-misses", action="store_true", help="With --evaluate: list each disagreement.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        enhancer: Enhancer = OfflineEnhancer() if options["offline"] else get_enhancer()
        if options["evaluate"]:
            self._evaluate(enhancer, split=options["split"], show_misses=options["show_misses"])
            return
        self._enhance(enhancer, everything=options["all"], force=options["force"], limit=options["limit"],
                      quiet=options["verbosity"] == 0)

    def _enhance(self, enhancer: Enhancer, *, everything: bool, force: bool, limit: int | None, quiet: bool) -> None:
        jobs = CanonicalJob.objects.filter(status=JobStatus.ACTIVE).order_by("-created_at")
        if not everything:
            jobs = jobs.filter(Q(ai_enhanced=False) | Q(needs_reenhancement=True))
        jobs = jobs[:limit] if limit else jobs
        total = jobs.count()
        # tqdm draws on the stream under Django's wrapper (the cast: django-stubs do not declare `_out`).
        with tqdm(total=total, unit="job", desc=f"enhancing ({enhancer.name})", file=cast(TextIO, self.stderr._out),
                  disable=total == 0 or quiet) as bar:

            def advance(job: CanonicalJob, result: Enhancement) -> None:
                bar.update(1)

            report = jobs_enhance(jobs=jobs.iterator(chunk_size=200), enhancer=enhancer, force=force,
                                  progress=advance)
        self.stdout.write(
            f"{report.enhanced} enhanced with {enhancer.name}, {report.skipped} unchanged (skipped), "
            f"{report.fell_back} with offline fields, {report.retry_later} flagged for re-enhancement; "
            f"{report.tokens} tokens, ${report.cost_usd:.4f}"
        )

    def _evaluate(self, enhancer: Enhancer, *, split: str | None, show_misses: bool) -> None:
        splits = [split] if split else ["dev", "holdout"]
        for name in splits:
            jobs = load_labelled(split=name)
            report = evaluate(enhancer, jobs)
            self.stdout.write(f"[{enhancer.name}] {name} split")
            for line in report.lines():
                self.stdout.write(f"  {line}")
            if show_misses:
                titles = {job.id: job.job.title for job in jobs}
                for job_id, kind, missed, extra in report.misses:
                    self.stdout.write(f"    {titles[job_id][:45]:45} {kind}: missed {missed} extra {extra}")
