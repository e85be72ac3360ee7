"""The preferences portal's links: a signed, expiring link sent on WhatsApp opens a phone-friendly form. No login.

The token carries the user's id and a short key derived from their number and sign-up time, so a link stops
working when the user erases their data, even if an id were ever reused. The page is `conversations/portal_views.py`;
it saves through `conversations.services.preferences_update`, as the chat saves through `preferences_apply`.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from accounts.models import User

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
    user_id = data.get("u") if isinstance(data, dict) else None
    user = User.objects.filter(pk=user_id).first() if user_id is not None else None
    if user is None or not constant_time_compare(str(data.get("k", "")), _user_key(user)):
        raise PortalLinkError("invalid")
    return user
