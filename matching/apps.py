from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"

    def ready(self) -> None:
        from aremu.health_registry import register
        from matching import signals  # noqa: F401  (connects the index-keeping receivers)
        from matching.selectors import index_health

        register("matching_index", index_health)
