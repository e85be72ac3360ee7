from django.apps import AppConfig

from aremu.health_registry import register
from jobs import hooks


class DeliveryConfig(AppConfig):
    name = "delivery"

    def ready(self) -> None:
        # lazy: these import models, which Django loads after the app configs.
        from delivery import outbound  # noqa: F401 - connects the handler for failed-message statuses
        from delivery.models import UserJobHistory
        from delivery.pipeline import job_pipeline_run
        from delivery.selectors import health

        register("delivery", health)
        hooks.pipeline_register(job_pipeline_run)
        # A job a user's history points at explains a past alert: the purge of archived jobs keeps it.
        hooks.in_use_register("delivery_history", lambda: UserJobHistory.objects.values("job_id"))
