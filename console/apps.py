from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "console"
    verbose_name = "Operator console"

    def ready(self) -> None:
        from aremu.health_registry import register
        from console.alerts import alerts_health
        from console.receivers import count_webhook_refusal
        from conversations.signals import webhook_refused

        register("operator_alerts", alerts_health)
        webhook_refused.connect(count_webhook_refusal, dispatch_uid="console.webhook_refusals")
