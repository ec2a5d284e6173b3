"""ModelAdmin display columns for the support console."""
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .models import Customer, Ticket


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("subject", "customer_link", "status_badge", "tags_column")

    @admin.display(description="Customer")
    def customer_link(self, obj):
        url = reverse("admin:support_customer_change", args=[obj.customer_id])
        # expect: xss
        return format_html(f'<a href="{url}">{obj.customer.name}</a>')

    @admin.display(description="Status")
    def status_badge(self, obj):
        return format_html('<span class="badge badge-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="Tags")
    def tags_column(self, obj):
        return format_html_join(", ", "<code>{}</code>", ((t.name,) for t in obj.tags.all()))


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("name", "email_column", "notes_preview", "plan_column")

    @admin.display(description="E-mail")
    def email_column(self, obj):
        # expect: xss
        return format_html('<a href="mailto:%s">%s</a>' % (obj.email, obj.email))

    @admin.display(description="Notes")
    def notes_preview(self, obj):
        # expect: xss
        return format_html("<em>{}</em> &mdash; {}".format(obj.notes[:80], obj.owner))

    @admin.display(description="Plan")
    def plan_column(self, obj):
        # expect: xss
        return format_html(f"<strong class='plan-{obj.plan}'>{{}}</strong>", obj.get_plan_display())

    @admin.display(description="Since")
    def since_column(self, obj):
        return format_html("<time>{}</time>", obj.created_at.date().isoformat())
