"""Data migrations, run on today's models."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps

from jobs.models import CanonicalJob
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


def test_normalisations_own_level_words_become_the_one_vocabulary():
    migration = import_module("jobs.migrations.0008_experience_levels_one_vocabulary")
    jobs = [CanonicalJobFactory(experience_level=level) for level in ("internship", "director", "senior", "")]
    migration.one_vocabulary(apps, None)
    assert [CanonicalJob.objects.get(pk=job.pk).experience_level for job in jobs] == ["intern", "head", "senior", ""]
