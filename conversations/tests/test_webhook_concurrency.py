"""Meta delivers concurrently: the same message POSTed by two workers at once is stored and answered once."""

from __future__ import annotations

import json
import threading

import pytest
from django.db import connection, connections
from django.test import Client

from conversations.models import InboundMessage
from conversations.tests.helpers import text_envelope
from conversations.webhook import sign
from delivery.models import OutboundMessage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite serialises writers; the race needs PostgreSQL")
def test_two_workers_racing_on_the_same_message_store_it_once(app_secret):
    body = json.dumps(text_envelope("race")).encode()
    barrier, results = threading.Barrier(6), []

    def deliver() -> None:
        try:
            barrier.wait()
            response = Client().post("/webhook/", data=body, content_type="application/json",
                                     HTTP_X_HUB_SIGNATURE_256=sign(body, app_secret))
            results.append(response.status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 6
    assert InboundMessage.objects.count() == 1
    assert OutboundMessage.objects.count() == 1
