from django.db import migrations

# Normalisation wrote two levels in words of its own before issue 17 gave the column one vocabulary
# (jobs.levels.ExperienceLevel, the enhancers' words). Matching read both the same way.
RENAMED = {"internship": "intern", "director": "head"}


def one_vocabulary(apps, schema_editor):
    jobs = apps.get_model("jobs", "CanonicalJob").objects
    for old, new in RENAMED.items():
        jobs.filter(experience_level=old).update(experience_level=new)


class Migration(migrations.Migration):

    dependencies = [
        ("jobs", "0007_pipeline_sweep"),
    ]

    operations = [
        migrations.RunPython(one_vocabulary, migrations.RunPython.noop),
    ]
