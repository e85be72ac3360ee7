from __future__ import annotations

from django.core.management.base import BaseCommand

from conversations.extraction.evaluate import EVAL_FIELDS, evaluate


class Command(BaseCommand):
    help = "Report the preference extractor's field accuracy on the labelled messages."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--provider", choices=["rules", "openai"], default="rules")
        parser.add_argument("--errors", action="store_true", help="list every wrong field")
        parser.add_argument("--set", choices=["labelled", "heldout", "blind"], default="labelled",
                            help="heldout: written after tuning, then tuned on once; blind: never tuned on")

    def handle(self, *args, provider: str, errors: bool, **options) -> None:
        from conversations.extraction.evaluate import SETS, load_labelled
        from conversations.extraction.rules import RuleExtractor

        extractor = RuleExtractor()
        if provider == "openai":
            from conversations.extraction.llm import OpenAIExtractor

            extractor = OpenAIExtractor(fallback=extractor)
        rows = load_labelled(SETS[options["set"]])
        report = evaluate(extractor, rows)
        if errors:
            for text, name, expected, actual in report.errors:
                self.stdout.write(f"{name:13} expected {expected!r} got {actual!r}\n    {text}")
        self.stdout.write(f"{report.total} {options['set']} messages, extractor: {provider}")
        for name in EVAL_FIELDS:
            self.stdout.write(f"  {name:13} {report.accuracy(name):6.1%}")
        self.stdout.write(f"  {'all fields':13} {report.all_correct / max(report.total, 1):6.1%}")
