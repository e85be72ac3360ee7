from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"

    def ready(self) -> None:
        from aremu.health_registry import register
        from jobs.enhancement import health
        from jobs.selectors import sources_health

        health.register()
        register("job_sources", sources_health)
