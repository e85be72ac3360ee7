"""System checks: a missing credential for an enabled integration is a warning, never a crash at import."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def whatsapp_settings_check(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    warnings: list[checks.CheckMessage] = []
    if settings.WHATSAPP_TRANSPORT == "cloud" and not settings.WHATSAPP_APP_SECRET:
        warnings.append(
            checks.Warning(
                "WHATSAPP_APP_SECRET is not set: webhook POSTs are refused unless DEBUG is on.",
                id="aremu.W001",
            )
        )
    if settings.WHATSAPP_TRANSPORT == "cloud" and not settings.WHATSAPP_VERIFY_TOKEN:
        warnings.append(
            checks.Warning("WHATSAPP_VERIFY_TOKEN is not set: Meta cannot verify the webhook.", id="aremu.W002")
        )
    if settings.WHATSAPP_TRANSPORT == "cloud" and not (
        settings.WHATSAPP_ACCESS_TOKEN and settings.WHATSAPP_PHONE_NUMBER_ID
    ):
        warnings.append(
            checks.Warning(
                "WHATSAPP_TRANSPORT is cloud but WHATSAPP_ACCESS_TOKEN or WHATSAPP_PHONE_NUMBER_ID is missing.",
                id="aremu.W003",
            )
        )
    return warnings
