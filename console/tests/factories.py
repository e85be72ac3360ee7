"""Factories for the rows the dashboard and the alerts read (other apps keep none for these models)."""

from __future__ import annotations

import factory
from django.utils import timezone

from accounts.tests.factories import UserFactory
from conversations.models import InboundMessage
from delivery.models import ConversationWindow, OutboundMessage, UserJobHistory
from jobs.models import SourceRun
from jobs.tests.factories import CanonicalJobFactory


class SourceRunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SourceRun

    source = "linkedin"
    label = factory.Sequence(lambda n: f"search {n}")
    status = "succeeded"
    started_at = factory.LazyFunction(timezone.now)
    fetched = 10


class OutboundMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboundMessage

    user = factory.SubFactory(UserFactory)
    to = factory.LazyAttribute(lambda m: m.user.phone_number)
    kind = "text"
    purpose = "alert"
    payload = factory.LazyFunction(lambda: {"type": "text", "text": {"body": "hi"}})
    status = "sent"


class InboundMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InboundMessage

    wa_message_id = factory.Sequence(lambda n: f"wamid.test{n}")
    user = factory.SubFactory(UserFactory)
    from_number = factory.LazyAttribute(lambda m: m.user.phone_number.lstrip("+"))
    message_type = "text"
    text = "jobs"
    status = "processed"


class UserJobHistoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UserJobHistory

    user = factory.SubFactory(UserFactory)
    job = factory.SubFactory(CanonicalJobFactory)
    match_score = 72.0
    status = "sent"
    message_sent = True


class ConversationWindowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConversationWindow

    user = factory.SubFactory(UserFactory)
    window_start = factory.LazyFunction(timezone.now)
    last_activity = factory.LazyFunction(timezone.now)
    window_status = "active"
