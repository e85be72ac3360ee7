"""The WhatsApp Cloud API transport: POST {base}/{version}/{phone_number_id}/messages."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from django.conf import settings

from delivery.transports import TransportError

# Codes that will never succeed for this message (Meta's error-code table).
PERMANENT_CODES = {"131047", "131026", "131050", "131051", "100", "131008", "131009", "132000", "132001", "132012"}


class CloudApiTransport:
    name = "cloud"

    def __init__(self) -> None:
        self.url = (
            f"{settings.WHATSAPP_API_BASE_URL}/{settings.WHATSAPP_API_VERSION}/"
            f"{settings.WHATSAPP_PHONE_NUMBER_ID}/messages"
        )
        self.timeout = settings.WHATSAPP_API_TIMEOUT

    def send(self, *, to: str, payload: dict[str, object]) -> str:
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, **payload}
        request = urllib.request.Request(  # noqa: S310 - the configured API base URL
            self.url,
            data=json.dumps(body).encode(),
            method="POST",
            headers={
                "Authorization": f"Bearer {settings.WHATSAPP_ACCESS_TOKEN}",
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - configured URL
                data = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            raise _error_from_response(exc) from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise TransportError(f"network error: {exc}", code="network") from exc
        try:
            return str(data["messages"][0]["id"])
        except (KeyError, IndexError, TypeError) as exc:
            raise TransportError(f"unexpected response: {data!r}", code="bad_response") from exc


def _error_from_response(exc: urllib.error.HTTPError) -> TransportError:
    try:
        error = json.loads(exc.read() or b"{}").get("error", {})
    except ValueError:
        error = {}
    code = str(error.get("code", exc.code))
    message = error.get("message") or f"HTTP {exc.code}"
    details = (error.get("error_data") or {}).get("details")
    text = f"{message}: {details}" if details else message
    return TransportError(text, code=code, permanent=code in PERMANENT_CODES or code == "190")
