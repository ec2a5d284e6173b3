"""Models for room bookings."""
from django.conf import settings
from django.db import models


class Room(models.Model):
    name = models.CharField(max_length=80)
    floor = models.CharField(max_length=10, blank=True)
    capacity = models.PositiveIntegerField(default=4)
    notes = models.TextField(blank=True)
    # expect: blank-without-null
    projector_id = models.IntegerField(blank=True)


class Booking(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="bookings")
    # expect: blank-without-null
    organiser = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, blank=True)
    starts_at = models.DateTimeField()
    # expect: blank-without-null
    checked_in_at = models.DateTimeField(blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attendees = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    title = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    external_ref = models.UUIDField(null=True, blank=True)
    headcount = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["starts_at"]


class Equipment(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, null=True, blank=True)
    label = models.SlugField(blank=True)
    purchased = models.DateField(null=True, blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2, default=0)
