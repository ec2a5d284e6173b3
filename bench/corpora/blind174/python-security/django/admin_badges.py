"""Admin list columns that render small HTML badges for orders."""
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .models import Order

STATUS_COLOURS = {"paid": "green", "pending": "orange", "refunded": "grey"}


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("number", "status_badge", "customer_link", "note_preview", "tags")
    search_fields = ("number", "customer__email")

    @admin.display(description="Status")
    def status_badge(self, obj):
        colour = STATUS_COLOURS.get(obj.status, "black")
        return format_html('<span style="color: {}">{}</span>', colour, obj.get_status_display())

    @admin.display(description="Customer")
    def customer_link(self, obj):
        url = reverse("admin:customers_customer_change", args=[obj.customer_id])
        # expect: xss
        return format_html(f'<a href="{url}">{obj.customer.full_name}</a>')

    @admin.display(description="Note")
    def note_preview(self, obj):
        if not obj.customer_note:
            return "-"
        # expect: xss
        return format_html("<em title='{0}'>{0}</em>".format(obj.customer_note[:80]))

    @admin.display(description="Tags")
    def tags(self, obj):
        return format_html_join(" ", '<span class="tag">{}</span>', ((t.name,) for t in obj.tags.all()))

    @admin.display(description="Total")
    def total(self, obj):
        return format_html("<b>{}</b> {}", obj.total, obj.currency)
