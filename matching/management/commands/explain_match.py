"""`manage.py explain_match --phone +234… --job ID`: the score of one job for one seeker, part by part."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from aremu.phone import normalize_phone
from jobs.models import CanonicalJob
from matching.explain import render_explanation
from matching.services import match_score_for_user


class Command(BaseCommand):
    help = "Explain how one job scores for one seeker (points per component, hard limits, feedback penalty)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--phone", required=True, help="The seeker's phone number, e.g. +2348031234567.")
        parser.add_argument("--job", required=True, type=int, help="The canonical job id.")
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            phone = normalize_phone(options["phone"])
        except ValidationError as exc:
            raise CommandError(f"Not a phone number: {options['phone']} ({'; '.join(exc.messages)})") from exc
        user = User.objects.filter(phone_number=phone).first()
        if user is None:
            raise CommandError(f"No seeker with phone {phone}.")
        job = CanonicalJob.objects.filter(pk=options["job"]).first()
        if job is None:
            raise CommandError(f"No job with id {options['job']}.")
        result = match_score_for_user(user=user, job=job)
        if result is None:
            raise CommandError(f"{user} has no preferences yet.")
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
            return
        self.stdout.write(f"{user} × job {job.pk} ({job}, {job.location or 'no location'})")
        self.stdout.write(render_explanation(result, title=str(job), threshold=settings.MATCH_THRESHOLD))
