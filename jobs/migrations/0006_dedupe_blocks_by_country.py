"""Active jobs move to the country-level de-duplication blocks new imports use (they were state-level), so a copy
arriving after the upgrade is still compared with the jobs already stored."""

from django.db import migrations

BATCH = 2000


def forwards(apps, schema_editor):
    from jobs.normalize.record import stored_dedupe_block  # noqa: PLC0415 - the rule itself, not a copy of it

    job_model = apps.get_model("jobs", "CanonicalJob")
    fields = ["id", "company", "job_url", "city", "state", "country", "work_arrangement", "location", "dedupe_block"]
    changed = []
    for job in job_model.objects.filter(status="active").only(*fields).iterator(chunk_size=BATCH):
        block = stored_dedupe_block(company=job.company, job_url=job.job_url, city=job.city, state=job.state,
                                    country=job.country, arrangement=job.work_arrangement, location=job.location)
        if block != job.dedupe_block:
            job.dedupe_block = block
            changed.append(job)
        if len(changed) >= BATCH:
            job_model.objects.bulk_update(changed, ["dedupe_block"])
            changed = []
    job_model.objects.bulk_update(changed, ["dedupe_block"])


class Migration(migrations.Migration):
    dependencies = [("jobs", "0005_salary_text")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
