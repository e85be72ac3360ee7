from django.apps import AppConfig


class AremuConfig(AppConfig):
    name = "aremu"
    verbose_name = "Aremu"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from aremu import checks  # noqa: F401  (registers system checks)
        from aremu.schedules import schedules_sync_after_migrate

        # Every deployment runs migrate: the schedules (reminders, scraping, retention) exist wherever it did.
        post_migrate.connect(schedules_sync_after_migrate, dispatch_uid="aremu.schedules")
