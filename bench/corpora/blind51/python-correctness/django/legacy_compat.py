"""Notifications app: template tags, signal wiring and tests kept from the 1.11 days."""
from django import template
from django.db import connection
from django.db.models.signals import post_save
# expect: version-compatibility
from django.forms.extras import SelectDateWidget
from django.forms.widgets import SelectDateWidget as DateWidget
from django.test import TestCase

from .models import Notification, Order

register = template.Library()


# expect: version-compatibility
@register.assignment_tag(takes_context=True)
def unread_notifications(context):
    user = context["request"].user
    return Notification.objects.filter(recipient=user, read=False)[:5]


@register.simple_tag(takes_context=True)
def unread_count(context):
    return Notification.objects.filter(recipient=context["request"].user, read=False).count()


def notify_on_order(sender, instance, created, **kwargs):
    if created:
        Notification.objects.create(recipient=instance.customer, text="Order received")


def mute_order_notifications():
    # expect: version-compatibility
    post_save.disconnect(notify_on_order, sender=Order, weak=False)


def unmute_order_notifications():
    post_save.connect(notify_on_order, sender=Order, weak=False)


def checked_aggregate(aggregate):
    # expect: version-compatibility
    connection.ops.check_aggregate_support(aggregate)
    return aggregate


class BirthdayWidgets:
    legacy = SelectDateWidget(years=range(1930, 2010))
    current = DateWidget(years=range(1930, 2010))


class NotificationViewsTest(TestCase):
    def test_mark_read_redirects(self):
        note = Notification.objects.create(text="hi")
        resp = self.client.post(f"/notifications/{note.pk}/read/")
        # expect: version-compatibility
        self.assertRedirects(resp, "/notifications/", host="testserver")

    def test_list_redirects_anonymous(self):
        resp = self.client.get("/notifications/")
        self.assertRedirects(resp, "/accounts/login/?next=/notifications/")

    def tearDown(self):
        post_save.disconnect(notify_on_order, sender=Order)
