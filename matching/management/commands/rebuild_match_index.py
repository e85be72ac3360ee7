"""`manage.py rebuild_match_index [--stale]`: recompile seekers' match profiles and candidate-index keys."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from matching.services import index_rebuild, index_refresh_stale


class Command(BaseCommand):
    help = "Rebuild the matching candidate index (all confirmed seekers, or only stale ones with --stale)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--stale", action="store_true", help="Only profiles older than their preferences.")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        count = index_refresh_stale() if options["stale"] else index_rebuild()
        self.stdout.write(f"Indexed {count} seekers in {time.perf_counter() - started:.1f}s.")
