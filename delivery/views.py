"""The tracked Apply redirect: `/a/<token>/` → the job's apply target, counting the tap."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from delivery.links import apply_link_follow

# WhatsApp's own fetcher reads a link to draw its preview; that is not a seeker tapping it.
PREVIEW_AGENTS = ("WhatsApp/", "facebookexternalhit")


@require_safe
@never_cache
def apply_redirect(request: HttpRequest, token: str) -> HttpResponse:
    user_agent = request.headers.get("User-Agent", "")
    count = request.method == "GET" and not user_agent.startswith(PREVIEW_AGENTS)
    follow = apply_link_follow(token=token, count=count)
    if follow is None:
        return render(request, "delivery/apply_gone.html", {"reason": "unknown"}, status=404)
    if not follow.url:
        return render(request, "delivery/apply_gone.html", {"reason": follow.reason}, status=410)
    response = HttpResponseRedirect(follow.url)  # Django refuses any scheme but http(s)/ftp here as well
    response["Referrer-Policy"] = "no-referrer"  # the employer learns nothing of the token
    return response
