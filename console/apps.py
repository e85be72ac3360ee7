from django.apps import AppConfig

from aremu.health_registry import register
from conversations.signals import webhook_refused


class ConsoleConfig(AppConfig):
    name = "console"
    verbose_name = "Operator console"

    def ready(self) -> None:
        # lazy: these import models, which Django loads after the app configs.
        from console.alerts import alerts_health
        from console.receivers import count_webhook_refusal

        register("operator_alerts", alerts_health)
        webhook_refused.connect(count_webhook_refusal, dispatch_uid="console.webhook_refusals")
