"""A seeker's "not for me" on an alert: delivery marks the history row, matching remembers the job."""

from __future__ import annotations

import pytest

from accounts.tests.factories import UserPreferencesFactory
from delivery.history import history_not_for_me
from delivery.models import UserJobHistory
from jobs.tests.factories import CanonicalJobFactory
from matching.models import MatchDislike

pytestmark = pytest.mark.django_db


def test_not_for_me_marks_the_alerts_row_and_matching_remembers_the_job():
    prefs = UserPreferencesFactory()
    job, other = CanonicalJobFactory(), CanonicalJobFactory()
    UserJobHistory.objects.create(user=prefs.user, job=job, match_score=80)
    UserJobHistory.objects.create(user=prefs.user, job=other, match_score=80)
    history_not_for_me(user=prefs.user, job_id=job.pk)
    assert UserJobHistory.objects.get(user=prefs.user, job=job).feedback == "not_for_me"
    assert UserJobHistory.objects.get(user=prefs.user, job=other).feedback == ""
    assert list(MatchDislike.objects.filter(user=prefs.user).values_list("job_id", flat=True)) == [job.pk]


def test_not_for_me_on_a_job_never_sent_or_gone_is_harmless():
    prefs = UserPreferencesFactory()
    history_not_for_me(user=prefs.user, job_id=CanonicalJobFactory().pk)
    history_not_for_me(user=prefs.user, job_id=999_999)
    assert MatchDislike.objects.filter(user=prefs.user).count() == 1
    assert not UserJobHistory.objects.exists()
