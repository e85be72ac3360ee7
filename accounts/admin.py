from django.contrib import admin

from accounts.models import User, UserPreferences


class PreferencesInline(admin.StackedInline):
    model = UserPreferences
    extra = 0


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ["phone_number", "name", "is_active", "created_at", "last_active", "paused_until"]
    list_filter = ["is_active", "created_at"]
    search_fields = ["phone_number", "name"]
    readonly_fields = ["created_at", "last_active"]
    inlines = [PreferencesInline]


@admin.register(UserPreferences)
class UserPreferencesAdmin(admin.ModelAdmin):
    list_display = ["user", "preferences_confirmed", "years_of_experience", "salary_min", "salary_currency", "updated_at"]
    list_filter = ["preferences_confirmed", "salary_currency", "salary_period"]
    search_fields = ["user__phone_number", "user__name"]
    raw_id_fields = ["user"]
