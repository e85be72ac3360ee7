"""Seed JobSpy searches with sensible Nigerian defaults; operators edit or disable them in the admin."""

from django.db import migrations

ROLES = ["software engineer", "accountant", "sales", "customer service", "nurse", "driver"]
PLACES = [
    ("Lagos", "Lagos, Nigeria", False, 360),
    ("Abuja", "Abuja, Nigeria", False, 360),
    ("Port Harcourt", "Port Harcourt, Nigeria", False, 720),
    ("Ibadan", "Ibadan, Nigeria", False, 720),
    ("Kano", "Kano, Nigeria", False, 720),
    ("Remote", "Nigeria", True, 360),
]


def seed(apps, schema_editor):
    JobSearch = apps.get_model("jobs", "JobSearch")
    for role in ROLES:
        for place, location, remote, interval in PLACES:
            JobSearch.objects.get_or_create(
                name=f"{role.title()} — {place}",
                defaults={
                    "search_term": role, "location": location, "is_remote": remote,
                    "sites": ["linkedin", "indeed", "google"], "country_indeed": "nigeria",
                    "results_wanted": 30, "hours_old": 72, "interval_minutes": interval,
                },
            )


def unseed(apps, schema_editor):
    JobSearch = apps.get_model("jobs", "JobSearch")
    names = [f"{role.title()} — {place}" for role in ROLES for place, *_ in PLACES]
    JobSearch.objects.filter(name__in=names, last_run_at__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("jobs", "0003_sources_runs_boards_keys")]
    operations = [migrations.RunPython(seed, unseed)]
