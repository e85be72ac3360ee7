from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"

    def ready(self) -> None:
        from aremu.health_registry import register
        from jobs.selectors import sources_health

        register("job_sources", sources_health)
