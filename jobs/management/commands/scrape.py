"""manage.py scrape: run searches and company boards by hand, with a progress bar and each run's counts."""

from __future__ import annotations

from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q
from tqdm import tqdm

from jobs import runs
from jobs.models import BoardProvider, CompanyBoard, JobSearch, SourceRun

# No monitor thread: it outlives the bar, and a large import forks its parsing workers only from a process with
# no other thread (jobs.normalize.pool).
tqdm.monitor_interval = 0

SOURCES = ["searches", "boards", *BoardProvider.values]


class Command(BaseCommand):
    help = "Run job searches (JobSpy + LinkedIn guest pages) and company boards now, recording each run."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--source", choices=["all", *SOURCES], default="all",
                            help="searches, boards, or one board provider (default: all enabled).")
        parser.add_argument("--search", action="append", default=[],
                            help="Only this search (name or id); repeatable. Runs it even if disabled.")
        parser.add_argument("--board", action="append", default=[],
                            help="Only this board (slug or id); repeatable. Runs it even if disabled.")
        parser.add_argument("--list", action="store_true", help="List searches and boards and exit.")

    def handle(self, *args: Any, source: str, search: list[str], board: list[str], **options: Any) -> None:
        if options["list"]:
            return self._list()
        searches, boards = self._select(source, search, board)
        if not (searches or boards):
            raise CommandError("Nothing to run: no enabled search or board matches (see --list).")
        quiet = options.get("verbosity", 1) == 0
        for item in searches:
            for run in runs.search_run(search_id=item.pk, progress=self._bar(item.name, quiet)):
                self._report(run)
        for company_board in boards:
            self._report(runs.board_run(board_id=company_board.pk, progress=self._bar(str(company_board), quiet)))

    def _select(self, source: str, search: list[str], board: list[str]) -> tuple[list[JobSearch], list[CompanyBoard]]:
        searches = JobSearch.objects.none()
        boards = CompanyBoard.objects.none()
        if search or board:
            searches = JobSearch.objects.filter(_name_or_id(search, "name")) if search else searches
            boards = CompanyBoard.objects.filter(_name_or_id(board, "slug")) if board else boards
            missing = set(search) - {s.name for s in searches} - {str(s.pk) for s in searches}
            missing |= set(board) - {b.slug for b in boards} - {str(b.pk) for b in boards}
            if missing:
                raise CommandError(f"No such search or board: {', '.join(sorted(missing))}")
            return list(searches), list(boards)
        if source in {"all", "searches"}:
            searches = JobSearch.objects.filter(enabled=True)
        if source in {"all", "boards"}:
            boards = CompanyBoard.objects.filter(enabled=True)
        elif source in BoardProvider.values:
            boards = CompanyBoard.objects.filter(enabled=True, provider=source)
        return list(searches.order_by("pk")), list(boards.order_by("pk"))

    def _bar(self, label: str, quiet: bool):  # -> Callable[[int], None]
        # tqdm draws on the stream under Django's wrapper (the cast: django-stubs do not declare `_out`).
        bar = tqdm(desc=label[:40], unit=" jobs", disable=quiet, leave=False, file=cast(TextIO, self.stderr._out))
        return bar.update

    def _report(self, run: SourceRun) -> None:
        self.stdout.write(
            f"{run.source} {run.label}: {run.status}: {run.fetched} fetched: {run.new} new, {run.updated} updated, "
            f"{run.duplicate} duplicate, {run.rejected} rejected ({run.requests} requests)"
        )
        for error in run.errors[:20]:
            self.stderr.write(f"  {run.source}: {error}")

    def _list(self) -> None:
        for s in JobSearch.objects.order_by("pk"):
            self.stdout.write(f"search {s.pk}: {s.name} [{'on' if s.enabled else 'off'}] every {s.interval_minutes} "
                              f"min, sites {', '.join(s.sites) or 'default'}, last run {s.last_run_at or 'never'}")
        for b in CompanyBoard.objects.order_by("pk"):
            self.stdout.write(f"board {b.pk}: {b} [{'on' if b.enabled else 'off'}] every {b.interval_minutes} min, "
                              f"last run {b.last_run_at or 'never'}")


def _name_or_id(values: list[str], field: str) -> Q:
    query = Q(**{f"{field}__in": values})
    ids = [int(v) for v in values if v.isdigit()]
    return query | Q(pk__in=ids) if ids else query
