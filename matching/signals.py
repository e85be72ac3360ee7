"""Keep the candidate index current when preferences change, so no other app has to call matching."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from accounts.models import UserPreferences
from matching.models import MatchProfile, MatchTerm
from matching.services import profile_refresh


@receiver(post_save, sender=UserPreferences, dispatch_uid="matching_preferences_saved")
def preferences_saved(sender: type, instance: UserPreferences, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loaddata: rows may arrive before their users; the stale sweep indexes them
        return
    profile_refresh(user_id=instance.user_id)


@receiver(post_delete, sender=UserPreferences, dispatch_uid="matching_preferences_deleted")
def preferences_deleted(sender: type, instance: UserPreferences, **kwargs: Any) -> None:
    MatchTerm.objects.filter(user_id=instance.user_id).delete()
    MatchProfile.objects.filter(user_id=instance.user_id).delete()
