from django.apps import AppConfig

from aremu.health_registry import register


class ConversationsConfig(AppConfig):
    name = "conversations"

    def ready(self) -> None:
        # lazy: these import models, which Django loads after the app configs.
        from conversations import services  # noqa: F401 - connects the erase-on-delete receiver
        from delivery.transports.cloud import health

        # Token errors (190) stop every send: operators see them on /health/ as well as in the ERROR log.
        register("whatsapp", health)
