from django.apps import AppConfig
from django.db.models.signals import post_migrate

from aremu import checks  # noqa: F401  (registers system checks)


class AremuConfig(AppConfig):
    name = "aremu"
    verbose_name = "Aremu"

    def ready(self) -> None:
        # lazy: these load django_q's models (its signals, its cluster), which Django imports after this module.
        from django_q.signals import post_spawn

        from aremu.processes import worker_spawned
        from aremu.schedules import schedules_sync_after_migrate

        # Every deployment runs migrate: the schedules (reminders, scraping, retention) exist wherever it did.
        post_migrate.connect(schedules_sync_after_migrate, dispatch_uid="aremu.schedules")
        post_spawn.connect(worker_spawned, dispatch_uid="aremu.processes")
