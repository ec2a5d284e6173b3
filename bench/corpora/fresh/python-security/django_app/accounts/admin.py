from django.contrib import admin, messages
from django.db import connection
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import Account, LoginEvent


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    list_display = ("email", "status_badge", "profile_link", "notes_preview")
    actions = ["purge_sessions", "tag_accounts"]

    @admin.display(description="status")
    def status_badge(self, obj):
        color = "green" if obj.is_active else "grey"
        return format_html('<span style="color:{}">{}</span>', color, obj.get_status_display())

    @admin.display(description="profile")
    def profile_link(self, obj):
        # expect: xss
        return mark_safe(f'<a href="/u/{obj.pk}">{obj.display_name}</a>')

    @admin.display(description="notes")
    def notes_preview(self, obj):
        # expect: xss
        return format_html("<em>%s</em>" % obj.notes[:80])

    @admin.action(description="Purge sessions")
    def purge_sessions(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM django_session WHERE account_id IN ({ids})")
        messages.success(request, "sessions purged")

    @admin.action(description="Tag accounts")
    def tag_accounts(self, request, queryset):
        tag = request.POST.get("tag", "")
        with connection.cursor() as cur:
            for acc in queryset:
                # expect: sql-injection
                cur.execute("UPDATE accounts_account SET tags = array_append(tags, '%s') WHERE id = %s" % (tag, acc.pk))


@admin.register(LoginEvent)
class LoginEventAdmin(admin.ModelAdmin):
    list_display = ("account", "ip", "when", "agent")

    def agent(self, obj):
        return format_html("<code>{}</code>", obj.user_agent)

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        country = request.GET.get("country")
        if country:
            # expect: sql-injection
            qs = qs.extra(where=["geoip_country(ip) = '" + country + "'"])
        return qs
