from functools import partial

import django_q.tasks  # async_task is looked up at each call: tests stand in for the broker there
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse

from aremu.csv_export import csv_stream, queryset_rows
from jobs.models import CanonicalJob, CompanyBoard, JobSearch, RawJob, SourceRun


class RawJobInline(admin.TabularInline):
    model = RawJob
    extra = 0
    fields = readonly_fields = ("source", "source_job_id", "status", "reason", "fetched_at")
    can_delete = False
    show_change_link = True


JOB_COLUMNS = [(name, lambda job, name=name: getattr(job, name)) for name in (
    "id", "title", "company", "location", "city", "state", "country", "work_arrangement", "employment_type",
    "salary_min", "salary_max", "salary_currency", "salary_period", "posted_date", "apply_by", "job_url", "apply_url",
    "source", "status", "ai_industry", "ai_job_function", "created_at", "matched_at",
)] + [("skills", lambda job: "; ".join(job.ai_skills or []))]


@admin.register(CanonicalJob)
class CanonicalJobAdmin(admin.ModelAdmin):
    list_display = ["title", "company", "location", "work_arrangement", "salary_currency", "salary_min",
                    "source", "ai_enhanced", "status", "created_at"]
    list_filter = ["status", "source", "work_arrangement", "ai_enhanced", "enhancement_source", "country",
                   "salary_currency", "created_at"]
    search_fields = ["title", "company", "location", "source_job_id"]
    readonly_fields = ["fingerprint", "dedupe_block", "salary_text", "created_at", "updated_at", "scraped_at",
                       "enhanced_at", "last_seen_at", "archived_at"]
    date_hierarchy = "created_at"
    inlines = [RawJobInline]
    actions = ["export_csv"]

    @admin.action(description="Export selected as CSV", permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet) -> StreamingHttpResponse:
        rows = queryset_rows(queryset.order_by("pk"), JOB_COLUMNS)
        return csv_stream(name="jobs", header=[name for name, _ in JOB_COLUMNS], rows=rows)


@admin.register(RawJob)
class RawJobAdmin(admin.ModelAdmin):
    list_display = ["source", "source_job_id", "status", "canonical_job", "reason", "fetched_at"]
    list_filter = ["status", "source"]
    search_fields = ["source_job_id", "reason"]
    raw_id_fields = ["canonical_job"]
    readonly_fields = ["fetched_at", "updated_at"]



class RunInline(admin.TabularInline):
    model = SourceRun
    extra = 0
    max_num = 0
    fields = readonly_fields = ("source", "status", "started_at", "fetched", "new", "updated", "duplicate", "rejected",
                                "requests")
    can_delete = False
    show_change_link = True
    ordering = ["-started_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).order_by("-started_at")


def _enqueue(task: str, ids: list[int]) -> None:
    for pk in ids:
        transaction.on_commit(partial(django_q.tasks.async_task, task, pk))


@admin.register(JobSearch)
class JobSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "search_term", "location", "is_remote", "sites", "results_wanted", "interval_minutes",
                    "enabled", "last_run_at"]
    list_filter = ["enabled", "is_remote", "country_indeed"]
    list_editable = ["enabled"]
    search_fields = ["name", "search_term", "location"]
    readonly_fields = ["last_run_at", "created_at"]
    inlines = [RunInline]
    actions = ["run_now", "enable", "disable"]

    @admin.action(description="Run the selected searches now (in the task queue)")
    def run_now(self, request: HttpRequest, queryset: QuerySet) -> None:
        _enqueue("jobs.tasks.run_search", list(queryset.values_list("pk", flat=True)))
        messages.info(request, f"{queryset.count()} search(es) queued; their runs appear below each search.")

    @admin.action(description="Enable")
    def enable(self, request: HttpRequest, queryset: QuerySet) -> None:
        queryset.update(enabled=True)

    @admin.action(description="Disable")
    def disable(self, request: HttpRequest, queryset: QuerySet) -> None:
        queryset.update(enabled=False)


@admin.register(CompanyBoard)
class CompanyBoardAdmin(admin.ModelAdmin):
    list_display = ["__str__", "provider", "slug", "interval_minutes", "enabled", "last_run_at"]
    list_filter = ["provider", "enabled"]
    search_fields = ["company", "slug"]
    readonly_fields = ["last_run_at", "created_at"]
    inlines = [RunInline]
    actions = ["run_now"]

    @admin.action(description="Run the selected boards now (in the task queue)")
    def run_now(self, request: HttpRequest, queryset: QuerySet) -> None:
        _enqueue("jobs.tasks.run_board", list(queryset.values_list("pk", flat=True)))
        messages.info(request, f"{queryset.count()} board(s) queued.")

    def save_model(self, request: HttpRequest, obj: CompanyBoard, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change and obj.enabled:  # an operator adding a board wants to see its jobs arrive now
            _enqueue("jobs.tasks.run_board", [obj.pk])


@admin.register(SourceRun)
class SourceRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "source", "label", "status", "fetched", "new", "updated", "duplicate", "rejected",
                    "requests", "duration"]
    list_filter = ["status", "source", "started_at"]
    search_fields = ["label", "source"]
    date_hierarchy = "started_at"
    readonly_fields = [f.name for f in SourceRun._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="took")
    def duration(self, run: SourceRun) -> str:
        return f"{(run.finished_at - run.started_at).total_seconds():.1f} s" if run.finished_at else "running"


from jobs.enhancement import admin as enhancement_admin  # noqa: E402, F401  (re-registers CanonicalJob with enhancement tools)
