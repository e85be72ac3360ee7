from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html_join

from matching.models import MatchDislike, MatchProfile, MatchTerm
from matching.services import index_rebuild


@admin.register(MatchProfile)
class MatchProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "version", "source_updated_at", "updated_at"]
    search_fields = ["user__phone_number", "user__name"]
    readonly_fields = ["user", "data", "version", "source_updated_at", "updated_at", "index_keys"]
    actions = ["reindex"]

    @admin.display(description="Index keys (role @ place)")
    def index_keys(self, obj: MatchProfile) -> str:
        rows = MatchTerm.objects.filter(user_id=obj.user_id).values_list("role", "place")[:200]
        return format_html_join(", ", "{}@{}", rows)

    @admin.action(description="Rebuild the selected profiles")
    def reindex(self, request, queryset) -> None:  # noqa: ANN001 - admin action signature
        count = index_rebuild(user_ids=queryset.values_list("user_id", flat=True))
        self.message_user(request, f"Rebuilt {count} profiles.")


@admin.register(MatchDislike)
class MatchDislikeAdmin(admin.ModelAdmin):
    list_display = ["user", "job", "title_core", "company_key", "created_at"]
    search_fields = ["user__phone_number", "title_core", "company_key"]
    raw_id_fields = ["user", "job"]
