from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"

    def ready(self) -> None:
        from aremu.health_registry import register
        from delivery import outbound  # noqa: F401 - connects the handler for failed-message statuses
        from delivery.selectors import health

        register("delivery", health)
