from django.contrib import admin

from console.models import OperatorAlert


@admin.register(OperatorAlert)
class OperatorAlertAdmin(admin.ModelAdmin):
    """Read-only: the alert check writes these rows; deleting one would only re-send its alert."""

    list_display = ["name", "active", "notified_at", "cleared_at", "detail"]
    list_filter = ["active"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
