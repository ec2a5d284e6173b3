"""Bits of the events app that still date from Django 1.11 (the project now runs Django 4.2)."""
from django import forms, template
from django.db.models.signals import post_save
# expect: removed-api
from django.forms.extras import SelectDateWidget
from django.test import TestCase
from django.urls import reverse

from .models import Event
from .search import reindex_event

register = template.Library()


class EventForm(forms.ModelForm):
    starts_on = forms.DateField(widget=SelectDateWidget)

    class Meta:
        model = Event
        fields = ["title", "starts_on", "venue"]


# expect: removed-api
@register.assignment_tag(takes_context=True)
def upcoming_events(context, limit=5):
    venue = context.get("venue")
    qs = Event.objects.order_by("starts_on")
    return (qs.filter(venue=venue) if venue else qs)[:limit]


@register.simple_tag
def event_count():
    return Event.objects.count()


def pause_indexing():
    # expect: removed-api
    post_save.disconnect(reindex_event, sender=Event, weak=False)


def resume_indexing():
    post_save.connect(reindex_event, sender=Event, weak=False)


class EventViewsTest(TestCase):
    def test_create_redirects(self):
        response = self.client.post(reverse("events:create"), {"title": "Meetup", "starts_on": "2026-12-10", "venue": 1})
        self.assertRedirects(response, reverse("events:list"))

    def test_old_host_redirect(self):
        response = self.client.get("/events/", HTTP_HOST="old.example.com")
        # expect: removed-api
        self.assertRedirects(response, "/events/", host="www.example.com", fetch_redirect_response=False)
