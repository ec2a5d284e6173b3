# library: Django (django.utils.safestring.mark_safe, format_html)
"""Admin list display helpers for the catalogue."""
from django.contrib import admin
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .models import Product


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("name", "colored_status", "description_preview", "thumbnail")

    def colored_status(self, obj):
        return format_html('<span style="color: {};">{}</span>', obj.status_color, obj.get_status_display())

    def description_preview(self, obj):
        # expect: xss
        return mark_safe(obj.description[:120])

    def thumbnail(self, obj):
        # expect: xss
        return mark_safe('<img src="%s" alt="%s" width="48">' % (obj.image_url, obj.name))

    def vendor_link(self, obj):
        return mark_safe('<a href="/vendors/%d/">%s</a>' % (obj.vendor_id, escape(obj.vendor.name)))

    def divider(self, obj):
        return mark_safe("<hr>")


def render_tags(tags):
    # expect: xss
    return mark_safe(", ".join(f"<b>{t.label}</b>" for t in tags))
