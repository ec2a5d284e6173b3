# library: Django models (blank without null)
"""Models for the events app."""
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=200)
    notes = models.TextField(blank=True)
    # expect: blank-without-null
    capacity = models.PositiveIntegerField(blank=True)
    website = models.URLField(blank=True)


class Event(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    # expect: blank-without-null
    ends_at = models.DateTimeField(blank=True)
    ticket_price = models.DecimalField(max_digits=8, decimal_places=2, blank=True, null=True)
    # expect: blank-without-null
    max_per_order = models.IntegerField(blank=True)
    slug = models.SlugField(blank=True)
