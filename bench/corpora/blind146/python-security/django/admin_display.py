"""Admin list displays for orders and customers."""
import logging

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .models import Customer, Order

log = logging.getLogger(__name__)


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("number", "customer_link", "status_badge", "note_preview")

    @admin.display(description="Customer")
    def customer_link(self, obj):
        url = reverse("admin:shop_customer_change", args=[obj.customer_id])
        # expect: xss
        return format_html(f'<a href="{url}">{obj.customer.name}</a>')

    @admin.display(description="Status")
    def status_badge(self, obj):
        return format_html('<span class="badge badge-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="Note")
    def note_preview(self, obj):
        # expect: xss
        return format_html("<em>%s</em>" % obj.note[:80])


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("name", "email_link", "tags")

    @admin.display(description="E-mail")
    def email_link(self, obj):
        # expect: xss
        return format_html('<a href="mailto:{0}">{0}</a>'.format(obj.email))

    @admin.display(description="Tags")
    def tags(self, obj):
        return format_html_join(", ", "<span class=\"tag\">{}</span>", ((t.name,) for t in obj.tags.all()))

    def profile_link(self, obj):
        url = reverse("admin:shop_customer_change", args=[obj.pk])
        log.debug("profile link for %s", obj.pk)
        return format_html('<a href="{}">{}</a>', url, obj.name)
