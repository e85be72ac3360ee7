"""The preferences portal's page (no login: the signed link is the key). Thin: links in `conversations.portal`,
the form in `conversations.forms`, the save in `conversations.services.preferences_update`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.models import UserPreferences
from conversations.forms import PreferencesForm
from conversations.portal import PortalLinkError, user_from_token
from conversations.services import preferences_update


@never_cache
@require_http_methods(["GET", "POST"])
def preferences_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user = user_from_token(token)
    except PortalLinkError as exc:
        status = 410 if exc.reason == "expired" else 404
        return _private(render(request, "portal/link_invalid.html", {"reason": exc.reason}, status=status))
    prefs = UserPreferences.objects.filter(user=user).first()
    if request.method == "POST":
        form = PreferencesForm(request.POST, levelled=PreferencesForm.levelled_of(prefs))
        if form.is_valid():
            saved = preferences_update(user=user, cleaned=form.cleaned_data)
            return _private(render(request, "portal/saved.html", {"prefs": saved, "user": user}))
    else:
        form = PreferencesForm(initial=PreferencesForm.initial_from(prefs, user),
                               levelled=PreferencesForm.levelled_of(prefs))
    return _private(render(request, "portal/preferences.html", {"form": form, "user": user}))


def _private(response: HttpResponse) -> HttpResponse:
    # The token is in the URL: never leak it to other sites, never index the page. "same-origin", not
    # "no-referrer": with no-referrer browsers send `Origin: null` on the form's own POST, which Django's CSRF
    # check refuses, so no real browser could save (conversations/tests/test_portal_browser.py).
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
