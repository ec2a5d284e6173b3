"""Admin list columns for products and suppliers."""
from django.contrib import admin
from django.utils import html
from django.utils.html import format_html, format_html_join

from .models import Product, Supplier


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("name", "supplier_link", "badge", "thumbnail")

    @admin.display(description="Supplier")
    def supplier_link(self, obj):
        url = obj.supplier.get_absolute_url()
        # expect: xss
        return format_html(f"<a href='{url}'>{obj.supplier.name}</a>")

    def badge(self, obj):
        css = "badge-sale" if obj.on_sale else "badge-regular"
        # expect: xss
        return format_html("<span class='{}'>{}</span>".format(css, obj.label))

    def thumbnail(self, obj):
        # expect: xss
        return html.format_html("<img src='%s' alt='%s'/>" % (obj.image.url, obj.name))


@admin.register(Supplier)
class SupplierAdmin(admin.ModelAdmin):
    list_display = ("name", "contact", "tags", "caption")

    def caption(self, obj):
        # expect: xss
        return format_html(f"<em>{obj.tagline}</em> {{}}", obj.country)

    def contact(self, obj):
        return format_html("<a href='mailto:{}'>{}</a>", obj.email, obj.contact_name)

    def tags(self, obj):
        return format_html_join(", ", "<span class='tag'>{}</span>", ((t.name,) for t in obj.tags.all()))

    def full_name(self, obj):
        return format_html("<strong>{}</strong>", f"{obj.first_name} {obj.last_name}")
