"""Forms, template tags and tests of the bookings app.

The project pins Django 4.2 (see requirements/base.txt); these modules were ported from 1.11.
"""
from django import forms, template
from django.test import TestCase
from django.urls import reverse
# expect: compat-version
from django.forms.extras import SelectDateWidget

from .models import Booking

register = template.Library()


class BookingForm(forms.ModelForm):
    arrival = forms.DateField(widget=SelectDateWidget(years=range(2024, 2028)))
    nights = forms.IntegerField(min_value=1, max_value=30)

    class Meta:
        model = Booking
        fields = ["arrival", "nights", "guest_name", "guest_email"]


# expect: compat-version
@register.assignment_tag(takes_context=True)
def free_rooms(context, day):
    return Booking.objects.free_rooms_on(day, hotel=context["hotel"])


@register.simple_tag
def nights_label(count):
    return "1 night" if count == 1 else f"{count} nights"


@register.filter
def initials(name):
    return "".join(part[0].upper() for part in name.split() if part)


class BookingFlowTests(TestCase):
    def test_create_redirects_to_summary(self):
        resp = self.client.post(reverse("bookings:create"), {"arrival": "2025-05-01", "nights": 2,
                                                             "guest_name": "Ann", "guest_email": "a@example.com"})
        booking = Booking.objects.get()
        self.assertRedirects(resp, reverse("bookings:summary", args=[booking.pk]))

    def test_cancel_goes_to_public_site(self):
        booking = Booking.objects.create(arrival="2025-05-01", nights=1, guest_name="Bo", guest_email="b@example.com")
        resp = self.client.post(reverse("bookings:cancel", args=[booking.pk]))
        # expect: compat-version
        self.assertRedirects(resp, "/cancelled/", host="www.example.com")

    def test_list_page(self):
        resp = self.client.get(reverse("bookings:list"))
        self.assertEqual(resp.status_code, 200)
        self.assertRedirects(self.client.get("/bookings"), "/bookings/", status_code=301)
