"""Keep the candidate index current when preferences change, so no other app has to call matching."""

from __future__ import annotations

import gc
import logging
import os
import time
from typing import Any

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_q.signals import post_spawn

from accounts.models import UserPreferences
from matching.models import MatchProfile, MatchTerm
from matching.services import profile_refresh, seekers_preload

logger = logging.getLogger(__name__)


@receiver(post_save, sender=UserPreferences, dispatch_uid="matching_preferences_saved")
def preferences_saved(sender: type, instance: UserPreferences, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loaddata: rows may arrive before their users; the stale sweep indexes them
        return
    profile_refresh(user_id=instance.user_id)


@receiver(post_delete, sender=UserPreferences, dispatch_uid="matching_preferences_deleted")
def preferences_deleted(sender: type, instance: UserPreferences, **kwargs: Any) -> None:
    MatchTerm.objects.filter(user_id=instance.user_id).delete()
    MatchProfile.objects.filter(user_id=instance.user_id).delete()


@receiver(post_spawn, dispatch_uid="matching_worker_spawned")
def worker_spawned(sender: Any, proc_name: str = "", **kwargs: Any) -> None:
    """A task worker starts: compile the seekers it will match jobs against now, not on its first jobs (a first read
    cost twice a warm one). The interactive cluster matches no jobs, so it keeps its memory."""
    interactive = settings.Q_INTERACTIVE_CLUSTER or "interactive"
    if not settings.MATCH_PRELOAD_SEEKERS or os.environ.get("Q_CLUSTER_NAME") == interactive:
        return
    started = time.monotonic()
    try:
        count = seekers_preload()
    except Exception:  # a worker that could not preload still matches, reading its seekers as jobs come
        logger.exception("matching: %s could not preload seekers", proc_name)
        return
    # Long-lived from here on: the collector stops walking them at every full collection (that cost a tenth of
    # each job's time with 100,000 compiled seekers).
    gc.freeze()
    logger.info("matching: %s compiled %d seekers in %.1fs", proc_name, count, time.monotonic() - started)
