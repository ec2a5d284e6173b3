"""Admin list columns for the shop (Django admin)."""
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.html import format_html as fh
from django.utils.html import format_html_join

from .models import Customer, Order, Product


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("number", "customer_link", "status_badge", "items")

    def customer_link(self, obj):
        url = reverse("admin:shop_customer_change", args=[obj.customer_id])
        # expect: xss
        return format_html(f"<a href='{url}'>{obj.customer.name}</a>")

    def status_badge(self, obj):
        colour = "green" if obj.status == "paid" else "orange"
        # expect: xss
        return format_html('<span style="color:%s">%s</span>' % (colour, obj.get_status_display()))

    def items(self, obj):
        return format_html_join(", ", "<code>{}</code> x{}", ((i.sku, i.quantity) for i in obj.items.all()))


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("name", "thumbnail", "stock_level")

    def thumbnail(self, obj):
        # expect: xss
        return fh("<img src='{}' alt='{}' width='48'>".format(obj.image.url, obj.name))

    def stock_level(self, obj):
        return format_html("<b>{}</b> in stock", obj.stock)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("name", "email_link", "notes_preview")

    def email_link(self, obj):
        return format_html('<a href="mailto:{0}">{0}</a>', obj.email)

    def notes_preview(self, obj):
        # expect: xss
        return format_html("<em>" + obj.notes[:80] + "</em>")


def order_summary(order):
    header = f"<h3>Order {order.number}</h3>"
    # expect: xss
    return format_html(header + "<p>{}</p>", order.customer.name)
