"""The `enhancement` entry of /health/: which provider runs, its last error and the jobs waiting for a retry."""

from __future__ import annotations

from django.conf import settings

from aremu import health_registry
from jobs.models import CanonicalJob


def enhancement_health() -> dict[str, object]:
    """Informative only: the pipeline keeps flowing on offline fields while the provider fails."""
    pending = CanonicalJob.objects.filter(needs_reenhancement=True)
    # The provider's own failures (down, rate-limited, bad key) matter here; a field that fell back is routine.
    last_failure = pending.order_by("-enhanced_at").values("pk", "enhancement_error", "enhanced_at").first()
    return {
        "provider": "openai" if settings.OPENAI_API_KEY else "offline",
        "model": settings.OPENAI_MODEL if settings.OPENAI_API_KEY else "",
        "waiting_for_reenhancement": pending.count(),
        "unenhanced": CanonicalJob.objects.filter(ai_enhanced=False).count(),
        "partial_fallbacks": CanonicalJob.objects.filter(needs_reenhancement=False).exclude(enhancement_error="")
        .count(),
        "last_error": last_failure["enhancement_error"][:300] if last_failure else "",
        "last_error_at": last_failure["enhanced_at"].isoformat() if last_failure and last_failure["enhanced_at"] else "",
        "last_error_job_id": last_failure["pk"] if last_failure else None,
    }


def register() -> None:
    health_registry.register("enhancement", enhancement_health)
