"""HTTP edge of the conversations app: the WhatsApp webhook. Thin: the work is in `conversations.webhook`."""

from __future__ import annotations

import hmac
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conversations.signals import webhook_refused
from conversations.webhook import SIGNATURE_HEADER, webhook_receive

logger = logging.getLogger(__name__)

# Meta's webhook payloads are at most 3 MB (a batch of up to 1,000 updates); a little headroom, no more.
MAX_BODY_BYTES = 4 * 1024 * 1024


@csrf_exempt  # Meta can't send a CSRF token; the HMAC signature authenticates each POST instead
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _verify(request)
    body, refusal = _read_body(request)
    if refusal is not None:
        webhook_refused.send(sender=whatsapp_webhook, count=1)
        return refusal
    outcome = webhook_receive(body=body, signature=request.headers.get(SIGNATURE_HEADER))
    if outcome.status != 200 or outcome.rejected:
        webhook_refused.send(sender=whatsapp_webhook, count=1 if outcome.status != 200 else outcome.rejected)
    if outcome.status != 200:
        return JsonResponse({"error": outcome.reason}, status=outcome.status)
    return JsonResponse({"stored": len(outcome.stored), "duplicates": outcome.duplicates,
                         "statuses": outcome.statuses, "rejected": outcome.rejected})


def _read_body(request: HttpRequest) -> tuple[bytes, HttpResponse | None]:
    """The raw body, or the answer refusing it: 400 for a Content-Length that is not a number, 413 when too big."""
    length = _content_length(request)
    if length is None:
        logger.warning("webhook POST rejected: Content-Length %r is not a number", request.META.get("CONTENT_LENGTH"))
        return b"", JsonResponse({"error": "Content-Length is not a number"}, status=400)
    # Read the stream ourselves, at most one byte past the limit: `request.body` stops at
    # DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) and Meta sends up to 3 MB; a 400 there would make Meta redeliver a
    # valid batch for days. A declared length over the limit is refused unread.
    body = b"" if length > MAX_BODY_BYTES else request.read(MAX_BODY_BYTES + 1)
    size = max(length, len(body))
    if size > MAX_BODY_BYTES:
        logger.warning("webhook POST refused: a body of %s bytes is over the %s limit", size, MAX_BODY_BYTES)
        return b"", JsonResponse({"error": "body too large"}, status=413)
    return body, None


def _content_length(request: HttpRequest) -> int | None:
    """The declared body length (0 when absent); None when it is not a plain number, which no sender means."""
    value = str(request.META.get("CONTENT_LENGTH") or "0").strip()
    if not (value.isascii() and value.isdigit()):
        return None
    digits = value.lstrip("0")
    return int(digits or "0") if len(digits) <= 12 else MAX_BODY_BYTES + 1  # int() refuses 4,300+ digits


def _verify(request: HttpRequest) -> HttpResponse:
    """Meta's subscription handshake: echo `hub.challenge` when `hub.verify_token` is ours."""
    expected = settings.WHATSAPP_VERIFY_TOKEN
    token = request.GET.get("hub.verify_token", "")
    if (
        request.GET.get("hub.mode") == "subscribe"
        and expected
        and hmac.compare_digest(token.encode(), expected.encode())
    ):
        return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
    return HttpResponse("Forbidden", status=403, content_type="text/plain")
