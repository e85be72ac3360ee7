from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from conversations.tests.helpers import SECRET
from conversations.webhook import sign


@pytest.fixture
def app_secret(settings: Any) -> str:
    settings.WHATSAPP_APP_SECRET = SECRET
    settings.DEBUG = False
    return SECRET


@pytest.fixture
def post_webhook(client: Client, app_secret: str) -> Callable[..., Any]:
    """POST a body to /webhook/ signed the way Meta signs it (raw bytes, app secret)."""

    def post(data: Any, *, signature: str | None = "auto") -> Any:
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        headers = {}
        if signature == "auto":
            headers["HTTP_X_HUB_SIGNATURE_256"] = sign(body, app_secret)
        elif signature is not None:
            headers["HTTP_X_HUB_SIGNATURE_256"] = signature
        return client.post("/webhook/", data=body, content_type="application/json", **headers)

    return post
