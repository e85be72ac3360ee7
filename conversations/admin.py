from django.contrib import admin

from conversations.models import ConversationState, InboundMessage
from delivery.admin import ReadOnlyAdmin


@admin.register(InboundMessage)
class InboundMessageAdmin(ReadOnlyAdmin):
    list_display = ["from_number", "message_type", "text", "status", "received_at"]
    list_filter = ["status", "message_type"]
    search_fields = ["from_number", "text", "wa_message_id"]
    raw_id_fields = ["user"]


@admin.register(ConversationState)
class ConversationStateAdmin(admin.ModelAdmin):
    list_display = ["user", "step", "updated_at"]
    list_filter = ["step"]
    search_fields = ["user__phone_number"]
    raw_id_fields = ["user"]
