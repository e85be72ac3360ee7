from django.contrib import admin
from django.utils import timezone

from delivery import policy
from delivery.models import ConversationWindow, OutboundMessage, UserJobHistory


@admin.register(UserJobHistory)
class UserJobHistoryAdmin(admin.ModelAdmin):
    list_display = ["user", "job", "match_score", "delivery_type", "status", "message_sent", "shown_at", "feedback"]
    list_filter = ["status", "delivery_type", "message_sent", "feedback"]
    search_fields = ["user__phone_number", "job__title", "job__company"]
    raw_id_fields = ["user", "job", "outbound_message"]
    readonly_fields = ["match_breakdown", "created_at", "updated_at"]


@admin.register(OutboundMessage)
class OutboundMessageAdmin(admin.ModelAdmin):
    list_display = ["to", "purpose", "kind", "status", "transport", "error_code", "created_at", "sent_at"]
    list_filter = ["status", "purpose", "kind", "transport", "error_code"]
    search_fields = ["to", "preview", "provider_message_id"]
    raw_id_fields = ["user"]
    readonly_fields = ["created_at", "updated_at", "sent_at", "provider_message_id"]


@admin.register(ConversationWindow)
class ConversationWindowAdmin(admin.ModelAdmin):
    list_display = ["user", "window_status", "hours_left", "window_start", "last_activity", "four_hour_reminder_sent",
                    "battery_warning_sent", "reengagement_sent", "messages_in_window"]
    list_filter = ["window_status", "four_hour_reminder_sent", "battery_warning_sent", "reengagement_sent"]

    @admin.display(description="hours left")
    def hours_left(self, window: ConversationWindow) -> int:
        return policy.hours_left(last_activity=window.last_activity, now=timezone.now())
    search_fields = ["user__phone_number"]
    raw_id_fields = ["user"]
