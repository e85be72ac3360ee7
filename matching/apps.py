from django.apps import AppConfig

from aremu.health_registry import register


class MatchingConfig(AppConfig):
    name = "matching"

    def ready(self) -> None:
        # lazy: these import models, which Django loads after the app configs.
        from matching import signals  # noqa: F401  (connects the index-keeping receivers)
        from matching.selectors import index_health

        register("matching_index", index_health)
