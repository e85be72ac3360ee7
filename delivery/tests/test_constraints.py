from __future__ import annotations

import pytest
from django.db import IntegrityError

from accounts.tests.factories import UserFactory
from conversations.models import InboundMessage
from delivery.models import UserJobHistory
from jobs.tests.factories import CanonicalJobFactory

pytestmark = pytest.mark.django_db


def test_a_user_can_have_only_one_history_row_per_job():
    user, job = UserFactory(), CanonicalJobFactory()
    UserJobHistory.objects.create(user=user, job=job, match_score=50)
    with pytest.raises(IntegrityError):
        UserJobHistory.objects.create(user=user, job=job, match_score=60)


def test_an_inbound_whatsapp_message_id_is_stored_once():
    InboundMessage.objects.create(wa_message_id="wamid.abc", message_type="text", text="hi")
    with pytest.raises(IntegrityError):
        InboundMessage.objects.create(wa_message_id="wamid.abc", message_type="text", text="hi again")
