"""`manage.py evaluate_matching`: precision, recall, the confusion matrix and the worst mistakes on the labelled set."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from matching.evaluation import ENHANCERS, Outcome, evaluate


class Command(BaseCommand):
    help = "Score the labelled evaluation set (matching/evaluation/) and print precision, recall and mistakes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--enhancer", choices=sorted(ENHANCERS), default="hand",
                            help="hand: titles/skills as labelled; offline: from jobs.enhancement.get_enhancer().")
        parser.add_argument("--threshold", type=float, default=None, help="Default: MATCH_THRESHOLD.")
        parser.add_argument("--worst", type=int, default=10, help="How many mistakes of each kind to print.")

    def handle(self, *args: Any, **options: Any) -> None:
        threshold = settings.MATCH_THRESHOLD if options["threshold"] is None else options["threshold"]
        report = evaluate(threshold=threshold, enhancer=options["enhancer"])
        c = report.counts()
        pairs = len(report.outcomes)
        self.stdout.write(f"Enhancer: {options['enhancer']}   threshold: {threshold:g}   pairs: {pairs}")
        self.stdout.write(f"Precision {report.precision:.3f}   Recall {report.recall:.3f}")
        self.stdout.write("                  alerted   not alerted")
        self.stdout.write(f"  relevant     {c['tp']:>9}   {c['fn']:>11}")
        self.stdout.write(f"  not relevant {c['fp']:>9}   {c['tn']:>11}")
        self._mistakes("False alerts (sent, not wanted)", report.false_positives()[: options["worst"]])
        self._mistakes("Missed (wanted, not sent)", report.false_negatives()[: options["worst"]])

    def _mistakes(self, heading: str, outcomes: list[Outcome]) -> None:
        self.stdout.write(f"\n{heading}:")
        for outcome in outcomes:
            self.stdout.write(outcome.describe())
