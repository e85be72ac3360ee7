"""The WhatsApp Cloud API transport: POST {base}/{version}/{phone_number_id}/messages.

A thin client over urllib (no extra dependency). Text, reply buttons, lists, CTA URL buttons and
templates are all just bodies built by `delivery.messages`; this module adds the envelope, the token,
and turns Meta's error codes into `TransportError(permanent, code, retry_after)`:

- permanent for this message (never retried): 131047 outside the 24-hour window, 131026 undeliverable,
  bad parameters and templates;
- transient with a back-off: 130429 throughput, 131056 pair rate limit, 5xx, timeouts;
- token and permission errors (190…): permanent, logged at ERROR and shown on `/health/` until a send
  succeeds again, because every later message will fail the same way until an operator acts.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from delivery.models import OutboundMessage
from delivery.transports import TransportError, is_simulated_number
from delivery.transports.outbox import OutboxTransport

logger = logging.getLogger(__name__)

# Meta's codes that will never succeed for this message (error-codes table).
PERMANENT_CODES = {
    "131047",  # more than 24 hours since the user last wrote: needs a template
    "131026",  # undeliverable: not on WhatsApp, terms not accepted, outdated client
    "131050",  # the user stopped marketing messages
    "131051",  # unsupported message type
    "131030",  # recipient not in the test number's allowed list
    "100", "131008", "131009",  # bad or missing parameter: a bug, not a hiccup
    "132000", "132001", "132012", "132015", "132016",  # template params, language, paused, disabled
    "368", "131031",  # the business account is restricted or locked
}
# Access token expired/invalid, or missing permissions: every send fails until an operator fixes it.
TOKEN_CODES = {"0", "10", "102", "190", "463", "467", *(str(code) for code in range(200, 300))}
# Transient codes with the wait Meta suggests (seconds); others back off exponentially in the sender (4^try s).
# 130429 (the number's throughput, counted per second) is one of the others: a fixed 30 s held every message
# queued behind the refused one in the seeker's line for 30 s (measured: reply p95 0.8 s → 23.8 s).
BACKOFF = {
    "131056": 60.0,  # pair rate limit: too many messages to this user (1 per 6 s, bursts borrow ahead)
    "131057": 60.0,  # account in maintenance (throughput upgrade)
    "131048": 3600.0,  # spam rate limit: slow right down
    "131049": 86400.0,  # per-user marketing cap: not before tomorrow
    "4": 300.0, "80007": 300.0,  # app / WABA call rate limits
}
# Transient codes without a wait of their own: unknown error, service unavailable, throughput.
TRANSIENT_CODES = {"1", "2", "131000", "131016", "130429"}
TOKEN_ALERT_KEY = "whatsapp:token-error"  # noqa: S105 - a cache key, not a secret


class CloudApiTransport:
    name = "cloud"

    def __init__(self) -> None:
        self.url = (
            f"{settings.WHATSAPP_API_BASE_URL}/{settings.WHATSAPP_API_VERSION}/"
            f"{settings.WHATSAPP_PHONE_NUMBER_ID}/messages"
        )
        self.timeout = settings.WHATSAPP_API_TIMEOUT

    def send(self, *, to: str, payload: dict[str, object]) -> str:
        if is_simulated_number(to):  # belt and braces: simulated numbers never reach Meta
            return OutboxTransport().send(to=to, payload=payload)
        data = self._post({"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, **payload})
        try:
            provider_id = str(data["messages"][0]["id"])
        except (KeyError, IndexError, TypeError) as exc:
            # Meta may have accepted it: retrying could send twice, so this message stops here.
            raise TransportError(f"unexpected response: {data!r}"[:500], code="bad_response", permanent=True) from exc
        token_alert_clear()
        return provider_id

    def _post(self, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(  # noqa: S310 - the configured API base URL
            self.url,
            data=json.dumps(body).encode(),
            method="POST",
            headers={"Authorization": f"Bearer {settings.WHATSAPP_ACCESS_TOKEN}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - configured URL
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            raise error_from_response(exc.code, exc.read(), exc.headers.get("Retry-After")) from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            code = "timeout" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else "network"
            raise TransportError(f"{code}: {reason}", code=code) from exc
        except ValueError as exc:
            raise TransportError("the API answered with something that is not JSON", code="bad_response",
                                 permanent=True) from exc


def error_from_response(http_status: int, body: bytes, retry_after: str | None = None) -> TransportError:
    """Classify a Graph API error body (`{"error": {"code", "message", "error_data": {"details"}}}`)."""
    error = _error_object(body)
    code = str(error.get("code", "")) or f"http_{http_status}"
    details = (error.get("error_data") or {}).get("details") if isinstance(error.get("error_data"), dict) else None
    text = error.get("message") or f"HTTP {http_status}"
    text = f"{text}: {details}" if details else str(text)
    if code in TOKEN_CODES or http_status == 401:
        token_alert_raise(code=code, message=text)
        return TransportError(text, code=code, permanent=True)
    if code in PERMANENT_CODES:
        return TransportError(text, code=code, permanent=True)
    wait = _seconds(retry_after) or BACKOFF.get(code)
    # Meta says to act on `code`, not on the HTTP status; the status only decides codes we don't know.
    transient = code in BACKOFF or code in TRANSIENT_CODES or http_status >= 500 or http_status == 429
    return TransportError(text, code=code, permanent=not transient, retry_after=wait if transient else None)


def _error_object(body: bytes) -> dict[str, Any]:
    try:
        error = json.loads(body or b"{}").get("error", {})
    except (ValueError, AttributeError):
        return {}
    return error if isinstance(error, dict) else {}


def _seconds(value: str | None) -> float | None:
    try:
        return max(float(value), 0.0) if value else None
    except ValueError:
        return None


# --- Operator alert for token errors -------------------------------------------------------------


def token_alert_raise(*, code: str, message: str) -> None:
    logger.error("WhatsApp rejected the access token or its permissions (%s): %s. Every send will fail until "
                 "WHATSAPP_ACCESS_TOKEN is replaced (use a System User token).", code, message)
    cache.set(TOKEN_ALERT_KEY, {"code": code, "message": message[:300], "at": timezone.now().isoformat()}, None)


def token_alert_clear() -> None:
    if cache.get(TOKEN_ALERT_KEY) is not None:
        cache.delete(TOKEN_ALERT_KEY)


def health() -> dict[str, object]:
    """`/health/` check: which transport runs, and a failure while the token is being refused."""
    info: dict[str, object] = {"transport": settings.WHATSAPP_TRANSPORT}
    if settings.WHATSAPP_TRANSPORT != "cloud":
        return info
    info["phone_number_id"] = settings.WHATSAPP_PHONE_NUMBER_ID
    alert = cache.get(TOKEN_ALERT_KEY) or _token_failure_since_last_send()
    if alert:
        raise RuntimeError(f"access token refused ({alert['code']}) at {alert['at']}: {alert['message']}")
    return info


def _token_failure_since_last_send() -> dict[str, str] | None:
    # The rows tell every process (the cache may be per-process without Redis).
    failure = (OutboundMessage.objects.filter(transport="cloud", error_code__in=TOKEN_CODES)
               .order_by("-updated_at").values("error_code", "error_message", "updated_at").first())
    if failure is None:
        return None
    if OutboundMessage.objects.filter(transport="cloud", sent_at__gt=failure["updated_at"]).exists():
        return None
    return {"code": failure["error_code"], "message": failure["error_message"][:300],
            "at": failure["updated_at"].isoformat()}
