from django.db import migrations

from aremu.migration_ops import gin_indexes


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_initial")]
    operations = [gin_indexes("canonical_jobs", ["ai_job_titles", "ai_skills"])]
