"""Template tags and helpers for the shop templates (written for Django 1.11)."""
import logging

from django import template
from django.dispatch import Signal
# expect: deprecated-api
from django.forms.extras import SelectDateWidget
from django.test import TestCase
from django.urls import reverse

from ..models import Basket, Promotion

log = logging.getLogger(__name__)
register = template.Library()

basket_changed = Signal()


# expect: deprecated-api
@register.assignment_tag(takes_context=True)
def current_basket(context):
    request = context["request"]
    return Basket.objects.filter(session_key=request.session.session_key).first()


@register.simple_tag
def active_promotions(limit=3):
    return Promotion.objects.filter(active=True)[:limit]


@register.simple_tag(takes_context=True)
def basket_count(context):
    basket = current_basket(context)
    return basket.lines.count() if basket else 0


@register.inclusion_tag("shop/_birthday_field.html")
def birthday_field(form):
    return {"field": form["birthday"], "widget_class": SelectDateWidget}


def stop_listening(receiver):
    basket_changed.disconnect(receiver)


class CheckoutRedirectTests(TestCase):
    def test_checkout_redirects_to_login(self):
        response = self.client.get(reverse("shop:checkout"))
        self.assertRedirects(response, "/accounts/login/?next=/checkout/")

    def test_checkout_redirects_on_shop_domain(self):
        response = self.client.get(reverse("shop:checkout"), HTTP_HOST="shop.example.com")
        # expect: deprecated-api
        self.assertRedirects(response, "/accounts/login/?next=/checkout/", host="shop.example.com")
