from django.contrib import admin

from conversations.models import ConversationState, InboundMessage


@admin.register(InboundMessage)
class InboundMessageAdmin(admin.ModelAdmin):
    list_display = ["from_number", "message_type", "text", "status", "received_at"]
    list_filter = ["status", "message_type"]
    search_fields = ["from_number", "text", "wa_message_id"]
    raw_id_fields = ["user"]
    readonly_fields = ["received_at", "processed_at"]


@admin.register(ConversationState)
class ConversationStateAdmin(admin.ModelAdmin):
    list_display = ["user", "step", "updated_at"]
    list_filter = ["step"]
    search_fields = ["user__phone_number"]
    raw_id_fields = ["user"]
