"""Event and venue models of the ticketing app (Django)."""
from django.conf import settings
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=120)
    website = models.URLField(blank=True)
    notes = models.TextField(blank=True)
    # expect: null-blank-mismatch
    capacity = models.PositiveIntegerField(blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, blank=True, null=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, blank=True, null=True)


class Event(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=210, blank=True)
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    # expect: null-blank-mismatch
    ends_at = models.DateTimeField(blank=True)
    poster = models.ImageField(upload_to="posters/", blank=True)
    organiser_email = models.EmailField(blank=True)
    tags = models.ManyToManyField("Tag", blank=True)
    published = models.BooleanField(default=False)


class Ticket(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tickets")
    # expect: null-blank-mismatch
    holder = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, blank=True)
    seat = models.CharField(max_length=10, blank=True)
    price_cents = models.PositiveIntegerField(default=0)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    code = models.UUIDField(unique=True, blank=True)


class Tag(models.Model):
    name = models.CharField(max_length=40, unique=True)
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True)
