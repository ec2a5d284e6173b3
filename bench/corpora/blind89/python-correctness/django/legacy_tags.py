"""Template tags and signal wiring kept from the Django 1.x era of the shop."""
from django import forms, template
from django.db.models.signals import post_save, pre_delete
# expect: version-compatibility
from django.forms.extras.widgets import SelectDateWidget
from django.forms import SelectDateWidget as ModernSelectDateWidget

from .models import Order, Promotion
from .signals import refresh_promotion_cache, reindex_order

register = template.Library()


# expect: version-compatibility
@register.assignment_tag(takes_context=True)
def active_promotions(context, limit=3):
    request = context["request"]
    return Promotion.objects.active_for(request.user)[:limit]


@register.simple_tag
def order_count(user):
    return Order.objects.filter(customer=user).count()


def latest_order(user):
    return Order.objects.filter(customer=user).order_by("-created_at").first()


# expect: version-compatibility
register.assignment_tag(latest_order)


class DeliveryDateForm(forms.Form):
    preferred_date = forms.DateField(widget=SelectDateWidget(years=range(2024, 2027)))
    fallback_date = forms.DateField(widget=ModernSelectDateWidget(), required=False)


def pause_indexing():
    # expect: version-compatibility
    post_save.disconnect(reindex_order, sender=Order, weak=False)
    pre_delete.disconnect(refresh_promotion_cache, sender=Promotion)


def resume_indexing():
    post_save.connect(reindex_order, sender=Order, weak=False)
    pre_delete.connect(refresh_promotion_cache, sender=Promotion)
