"""`manage.py evaluate_matching_real`: precision and recall on real postings (held-out, tune and the later
blind held-out_2 seekers), the worst mistakes (never held-out_2's, so it stays blind), and the hand-written set's
figures beside them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from matching.evaluation import Outcome, Report, evaluate
from matching.evaluation.real import SPLITS, STILL_BLIND, reader_agreement
from matching.evaluation.real import evaluate as evaluate_real

DEFAULT_DATA = Path(settings.BASE_DIR).parent / "shared" / "realdata"


class Command(BaseCommand):
    help = "Score the real-postings set (matching/evaluation/real/) and print precision, recall and mistakes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Folder of the python-jobspy exports.")
        parser.add_argument("--threshold", type=float, default=None, help="Default: MATCH_THRESHOLD.")
        parser.add_argument("--worst", type=int, default=5, help="How many mistakes of each kind to print.")
        parser.add_argument("--answered", action="store_true",
                            help="Score every seeker as if they had answered the must-haves question (a driver's "
                                 "licence, ICAN/ACA/ACCA, Hausa, Igbo, Yoruba, French) from their own words.")
        parser.add_argument("--first-labels", action="store_true",
                            help="Score re-read parts against their first labels (by occupation tag) instead.")
        parser.add_argument("--unasked", action="store_true",
                            help="Score every seeker as if they had skipped the question about neighbouring lines "
                                 "(\"would you also take customer care jobs?\"), on the labels read without it.")
        parser.add_argument("--per-row", action="store_true",
                            help="Count every exported row as its own pair, as before (default: one pair per "
                                 "canonical job, as a seeker is sent it: rows production merges count once).")

    def handle(self, *args: Any, **options: Any) -> None:
        threshold = settings.MATCH_THRESHOLD if options["threshold"] is None else options["threshold"]
        reports = evaluate_real(data_dir=options["data"], threshold=threshold, answered=options["answered"],
                                first=options["first_labels"], per_row=options["per_row"],
                                asked=not options["unasked"])
        unit = "per exported row" if options["per_row"] else "one pair per canonical job"
        if options["unasked"]:
            unit += "; neighbouring lines unasked"
        self.stdout.write(f"Real postings, offline enhancer, threshold {threshold:g} ({unit}; ambiguous pairs left "
                          "out)")
        for split in SPLITS:
            self._figures(split, reports[split])
        self.stdout.write("\nOne person's reading against the other two where they agree (adjudicated.csv), the human "
                          "figure to set beside these:")
        for reader, counts in reader_agreement().items():
            tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            self.stdout.write(f"  {reader} reader: {sum(counts.values())} readings   precision {precision:.3f}   "
                              f"recall {recall:.3f}")
        # Mistakes are what fixes are made from: the blind split's are not shown, so its figures stay blind.
        read = [o for split, r in reports.items() if split not in STILL_BLIND for o in r.outcomes]
        every = Report(threshold=threshold, outcomes=read)
        self._mistakes("Worst false alerts (sent, not wanted)", every.false_positives()[: options["worst"]])
        self._mistakes("Worst misses (wanted, not sent)", _misses(every)[: options["worst"]])
        self.stdout.write("\nThe hand-written set (matching/evaluation/), for comparison:")
        for enhancer in ("hand", "offline"):
            self._figures(f"old set, {enhancer}", evaluate(threshold=threshold, enhancer=enhancer))

    def _figures(self, name: str, report: Report) -> None:
        c = report.counts()
        self.stdout.write(f"\n{name}: {len(report.outcomes)} pairs   precision {report.precision:.3f}   "
                          f"recall {report.recall:.3f}")
        self.stdout.write(f"  relevant:     alerted {c['tp']:>5}   not alerted {c['fn']:>6}")
        self.stdout.write(f"  not relevant: alerted {c['fp']:>5}   not alerted {c['tn']:>6}")

    def _mistakes(self, heading: str, outcomes: list[Outcome]) -> None:
        self.stdout.write(f"\n{heading}:")
        for outcome in outcomes:
            self.stdout.write(outcome.describe())


def _misses(report: Report) -> list[Outcome]:
    """Misses with the highest scores first, blocked or not: the ones nearest to being sent."""
    missed = [o for o in report.outcomes if o.relevant and not o.alerted(report.threshold)]
    return sorted(missed, key=lambda o: -o.result.total)
