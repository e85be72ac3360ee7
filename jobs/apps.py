from django.apps import AppConfig

from aremu.health_registry import register


class JobsConfig(AppConfig):
    name = "jobs"

    def ready(self) -> None:
        # lazy: these import models, which Django loads after the app configs.
        from jobs.enhancement import health
        from jobs.selectors import sources_health

        health.register()
        register("job_sources", sources_health)
