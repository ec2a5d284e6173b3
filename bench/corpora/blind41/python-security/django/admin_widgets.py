"""Admin list columns and badges rendered as HTML."""
from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils import html as html_utils

from .models import Order


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("number", "customer_link", "status_badge", "notes_preview")

    @admin.display(description="Customer")
    def customer_link(self, obj):
        # expect: xss
        return format_html(f'<a href="/admin/crm/customer/{obj.customer_id}/">{obj.customer.name}</a>')

    @admin.display(description="Status")
    def status_badge(self, obj):
        colour = "green" if obj.paid else "red"
        # expect: xss
        return format_html('<span style="color:%s">%s</span>' % (colour, obj.get_status_display()))

    @admin.display(description="Notes")
    def notes_preview(self, obj):
        # expect: xss
        return html_utils.format_html("<em>{}</em>".format(obj.notes[:80]))


def tag_list(tags):
    # expect: xss
    return format_html(
        "<ul class='tags'>" + f"{''.join('<li>%s</li>' % t.name for t in tags)}" + "</ul>"
    )


def customer_link_safe(obj):
    return format_html('<a href="/admin/crm/customer/{}/">{}</a>', obj.customer_id, obj.customer.name)


def tag_list_safe(tags):
    return format_html("<ul class='tags'>{}</ul>", format_html_join("", "<li>{}</li>", ((t.name,) for t in tags)))
