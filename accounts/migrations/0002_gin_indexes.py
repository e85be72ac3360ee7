from django.db import migrations

from aremu.migration_ops import gin_indexes


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [
        gin_indexes("user_preferences", ["job_roles", "preferred_locations", "technical_skills", "work_arrangements"]),
    ]
