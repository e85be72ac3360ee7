from django.apps import AppConfig


class AremuConfig(AppConfig):
    name = "aremu"
    verbose_name = "Aremu"

    def ready(self) -> None:
        from aremu import checks  # noqa: F401  (registers system checks)
