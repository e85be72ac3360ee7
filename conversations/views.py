"""HTTP edge of the conversations app: the WhatsApp webhook. Thin: the work is in `conversations.webhook`."""

from __future__ import annotations

import hmac

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conversations.webhook import SIGNATURE_HEADER, webhook_receive

MAX_BODY_BYTES = 8 * 1024 * 1024  # Meta's webhook payloads are at most 3 MB


@csrf_exempt  # Meta can't send a CSRF token; the HMAC signature authenticates each POST instead
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _verify(request)
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
        return JsonResponse({"error": "body too large"}, status=413)
    # Read the stream ourselves: `request.body` stops at DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) and Meta
    # sends up to 3 MB; a 400 there would make Meta redeliver a valid batch for days.
    body = request.read()
    outcome = webhook_receive(body=body, signature=request.headers.get(SIGNATURE_HEADER))
    if outcome.status != 200:
        return JsonResponse({"error": outcome.reason}, status=outcome.status)
    return JsonResponse({"stored": len(outcome.stored), "duplicates": outcome.duplicates,
                         "statuses": outcome.statuses})


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
