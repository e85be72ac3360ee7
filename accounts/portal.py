"""The preferences portal: a signed, expiring link sent on WhatsApp opens a phone-friendly form. No login.

The token carries the user's id and a short key derived from their number and sign-up time, so a link stops
working when the user erases their data, even if an id were ever reused.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.forms import PreferencesForm
from accounts.models import User, UserPreferences

SALT = "aremu.portal.preferences"


class PortalLinkError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "expired" or "invalid"


def portal_link_hours() -> int:
    return int(settings.PORTAL_LINK_MAX_AGE_HOURS)


def _user_key(user: User) -> str:
    return salted_hmac(SALT, f"{user.pk}:{user.phone_number}:{user.created_at.isoformat()}").hexdigest()[:16]


def portal_token(*, user: User) -> str:
    return signing.dumps({"u": user.pk, "k": _user_key(user)}, salt=SALT, compress=True)


def portal_url(*, user: User) -> str:
    return settings.SITE_URL + reverse("portal:preferences", args=[portal_token(user=user)])


def user_from_token(token: str) -> User:
    try:
        data = signing.loads(token, salt=SALT, max_age=portal_link_hours() * 3600)
    except signing.SignatureExpired as exc:
        raise PortalLinkError("expired") from exc
    except signing.BadSignature as exc:
        raise PortalLinkError("invalid") from exc
    user = User.objects.filter(pk=data.get("u")).first() if isinstance(data, dict) else None
    if user is None or not constant_time_compare(str(data.get("k", "")), _user_key(user)):
        raise PortalLinkError("invalid")
    return user


def preferences_update(*, user: User, cleaned: dict) -> UserPreferences:
    """Save the portal form. Saving a form the user filled in and read is their confirmation."""
    from conversations.models import ConversationState

    prefs, _ = UserPreferences.objects.get_or_create(user=user)
    words = dict(prefs.user_words or {})
    words.update({key: value for key, value in cleaned["words"].items() if value})
    for name in ("job_roles", "preferred_locations", "technical_skills", "years_of_experience", "salary_min",
                 "salary_currency", "salary_period", "work_arrangements"):
        setattr(prefs, name, cleaned[name])
    prefs.user_words = words
    prefs.preferences_confirmed = True
    prefs.save()
    User.objects.filter(pk=user.pk).update(alert_daily_cap=cleaned.get("alerts_per_day"),
                                           quiet_hours=cleaned.get("quiet_hours", ""))
    # The chat picks up from here: no onboarding question is left open.
    ConversationState.objects.update_or_create(user=user, defaults={"step": "ready", "data": {}})
    return prefs


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
        form = PreferencesForm(request.POST)
        if form.is_valid():
            saved = preferences_update(user=user, cleaned=form.cleaned_data)
            return _private(render(request, "portal/saved.html", {"prefs": saved, "user": user}))
    else:
        form = PreferencesForm(initial=PreferencesForm.initial_from(prefs, user))
    return _private(render(request, "portal/preferences.html", {"form": form, "user": user}))


def _private(response: HttpResponse) -> HttpResponse:
    # The token is in the URL: never leak it to other sites, never index the page. "same-origin", not
    # "no-referrer": with no-referrer browsers send `Origin: null` on the form's own POST, which Django's CSRF
    # check refuses, so no real browser could save (accounts/tests/test_portal_browser.py).
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
