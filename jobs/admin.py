from django.contrib import admin

from jobs.models import CanonicalJob, RawJob


class RawJobInline(admin.TabularInline):
    model = RawJob
    extra = 0
    fields = ["source", "source_job_id", "status", "reason", "fetched_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True


@admin.register(CanonicalJob)
class CanonicalJobAdmin(admin.ModelAdmin):
    list_display = ["title", "company", "location", "work_arrangement", "salary_currency", "salary_min",
                    "source", "ai_enhanced", "status", "created_at"]
    list_filter = ["status", "source", "work_arrangement", "ai_enhanced", "enhancement_source", "country",
                   "salary_currency", "created_at"]
    search_fields = ["title", "company", "location", "source_job_id"]
    readonly_fields = ["fingerprint", "created_at", "updated_at", "scraped_at", "enhanced_at"]
    date_hierarchy = "created_at"
    inlines = [RawJobInline]


@admin.register(RawJob)
class RawJobAdmin(admin.ModelAdmin):
    list_display = ["source", "source_job_id", "status", "canonical_job", "reason", "fetched_at"]
    list_filter = ["status", "source"]
    search_fields = ["source_job_id", "reason"]
    raw_id_fields = ["canonical_job"]
    readonly_fields = ["fetched_at", "updated_at"]
from jobs.enhancement import admin as enhancement_admin  # noqa: E402, F401  (re-registers CanonicalJob with enhancement tools)
