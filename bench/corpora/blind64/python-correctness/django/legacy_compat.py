"""Leftovers of the Django 1.11 era in the catalog app (signals, tags, widgets, tests)."""
from django import template
from django.db import connection
from django.db.models import Avg, Sum
from django.db.models.signals import post_save
# expect: version-compatibility
from django.forms.extras import SelectDateWidget
from django.forms import widgets as form_widgets
from django.test import TestCase

from .models import Product
from .search import reindex_product

register = template.Library()


def pause_indexing():
    # expect: version-compatibility
    post_save.disconnect(reindex_product, sender=Product, weak=False)


def resume_indexing():
    post_save.connect(reindex_product, sender=Product, weak=False)


def check_reporting_backend():
    for aggregate in (Sum("price"), Avg("price")):
        # expect: version-compatibility
        connection.ops.check_aggregate_support(aggregate)


# expect: version-compatibility
@register.assignment_tag(takes_context=True)
def featured_products(context, limit=5):
    return Product.objects.filter(featured=True)[:limit]


@register.simple_tag
def product_count():
    return Product.objects.count()


class BirthdayWidgets:
    old = SelectDateWidget(years=range(1950, 2010))
    new = form_widgets.SelectDateWidget(years=range(1950, 2010))


class CheckoutRedirectTests(TestCase):
    def test_legacy_redirect(self):
        resp = self.client.get("/shop/old-cart/")
        # expect: version-compatibility
        self.assertRedirects(resp, "/shop/cart/", host="shop.example.com")

    def test_cart_redirect(self):
        resp = self.client.get("/shop/basket/")
        self.assertRedirects(resp, "/shop/cart/", status_code=301)
