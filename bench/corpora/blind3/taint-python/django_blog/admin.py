"""Admin customisations."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import connection
from django.utils.html import format_html

from .models import Post


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "published", "colored_status")
    actions = ["retag", "purge_views"]

    @admin.display(description="status")
    def colored_status(self, obj):
        color = "green" if obj.published else "gray"
        return format_html('<span style="color:{}">{}</span>', color, obj.get_status_display())

    @admin.action(description="Retag selected posts")
    def retag(self, request, queryset):
        tag = request.POST.get("tag", "")
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute(f"UPDATE blog_post SET tags = array_append(tags, '{tag}') WHERE id IN ({ids})")
        messages.success(request, "retagged")

    @admin.action(description="Reset view counters")
    def purge_views(self, request, queryset):
        ids = [int(pk) for pk in queryset.values_list("pk", flat=True)]
        with connection.cursor() as cur:
            cur.execute("UPDATE blog_post SET views = 0 WHERE id = ANY(%s)", [ids])
        messages.success(request, f"reset {len(ids)} counters")
