"""The chat simulator's pages (staff only). Thin: the work is in `conversations.simulator`."""

from __future__ import annotations

import json

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from conversations.simulator import SimulatorError, Typed, chat_history, simulate


@staff_member_required
@require_GET
def simulator_page(request: HttpRequest) -> HttpResponse:
    context = {"phone": request.GET.get("phone", ""), "csrf": get_token(request)}
    return render(request, "conversations/simulator.html", context)


@staff_member_required
@require_POST
def simulator_send(request: HttpRequest) -> JsonResponse:
    try:
        data = json.loads(request.body or b"{}")
        typed = Typed(text=str(data.get("text", "")), reply_id=str(data.get("reply_id", "")),
                      reply_kind=str(data.get("reply_kind", "")))
        outcome = simulate(raw_phone=str(data.get("phone", "")), typed=typed, staff=request.user.get_username())
    except (ValueError, AttributeError) as exc:  # SimulatorError is a ValueError; so is bad JSON
        return JsonResponse({"error": str(exc) if isinstance(exc, SimulatorError) else "Bad request."}, status=400)
    return JsonResponse({"stored": outcome.stored})


@staff_member_required
@require_GET
def simulator_messages(request: HttpRequest) -> JsonResponse:
    try:
        bubbles = chat_history(raw_phone=request.GET.get("phone", ""))
    except SimulatorError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"messages": bubbles})
