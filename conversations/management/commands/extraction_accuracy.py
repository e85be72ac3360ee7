from __future__ import annotations

from django.core.management.base import BaseCommand

from conversations.extraction import Extractor
from conversations.extraction.evaluate import EVAL_FIELDS, SETS, Report, evaluate, load_labelled
from conversations.extraction.lines import READ_FOR_FIXES, SIGNUP_SETS, LinesReport, evaluate_lines, load_signups
from conversations.extraction.llm import OpenAIExtractor
from conversations.extraction.rules import RuleExtractor


class Command(BaseCommand):
    help = "Report intent accuracy (commands) and the preference extractor's field accuracy on labelled messages."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--provider", choices=["rules", "openai"], default="rules")
        parser.add_argument("--errors", action="store_true", help="list every wrong intent and field")
        parser.add_argument("--set", choices=[*SETS, "all"], default="labelled",
                            help="labelled, labelled_2: tuned on; heldout: written after tuning, then tuned on once; "
                                 "heldout_2: written before the intent work, never tuned on; blind: never tuned on; "
                                 "all: each set in turn")
        parser.add_argument("--lines", action="store_true",
                            help="instead: the lines of work matching reads from the helpers' sign-up messages, "
                                 "through the offline extractor (signups_tune and signups_blind, read for fixes; "
                                 "signups_heldout, signups_next and signups_fifth, measured only)")

    def handle(self, *args, provider: str, errors: bool, **options) -> None:
        if options["lines"]:
            for name, path in SIGNUP_SETS.items():
                self._lines(name, evaluate_lines(load_signups(path)), errors=errors and name in READ_FOR_FIXES)
            return
        extractor: Extractor = RuleExtractor()
        if provider == "openai":
            extractor = OpenAIExtractor(fallback=extractor)
        names = list(SETS) if options["set"] == "all" else [options["set"]]
        for name in names:
            report = evaluate(extractor, load_labelled(SETS[name]))
            if errors:
                self._errors(report)
            self._summary(name, provider, report)

    def _errors(self, report: Report) -> None:
        for text, expected, actual in report.intent_errors:
            self.stdout.write(f"{'intent':13} expected {expected!r} got {actual!r}\n    {text}")
        for text, name, wanted, got in report.errors:
            self.stdout.write(f"{name:13} expected {wanted!r} got {got!r}\n    {text}")

    def _summary(self, name: str, provider: str, report: Report) -> None:
        self.stdout.write(f"{report.messages} {name} messages, extractor: {provider}")
        self.stdout.write(f"  {'intent':13} {report.intent_accuracy():6.1%}  ({report.messages} messages)")
        for field in EVAL_FIELDS:
            self.stdout.write(f"  {field:13} {report.accuracy(field):6.1%}")
        self.stdout.write(f"  {'all fields':13} {report.field_accuracy():6.1%}  ({report.total} preference messages)")

    def _lines(self, name: str, report: LinesReport, *, errors: bool) -> None:
        if errors:
            for row, got in report.errors:
                self.stdout.write(f"{row['id']}: {row['message']}\n    want {row['want']} (fine {row['fine']}), "
                                  f"read {list(got)}")
        self.stdout.write(
            f"{report.messages} {name} messages: {report.right} read right ({report.share_right:.1%}); wanted lines "
            f"read {report.wanted_read}/{report.wanted} ({report.recall:.1%}); lines read that are wrong "
            f"{report.read_wrong}/{report.read} (precision {report.precision:.1%})")
