"""Models of the room booking app."""
from django.conf import settings
from django.db import models
from django.db.models import DateTimeField, IntegerField


class Room(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True, blank=True)
    # expect: blank-without-null
    capacity = models.PositiveIntegerField(blank=True)
    # expect: blank-without-null
    floor = IntegerField(blank=True, default=None)
    photo = models.ImageField(upload_to="rooms/", blank=True)
    notes = models.TextField(blank=True)


class Booking(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="bookings")
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        # expect: blank-without-null
        blank=True,
    )
    starts_at = DateTimeField()
    # expect: blank-without-null
    cancelled_at = DateTimeField(blank=True)
    # expect: blank-without-null
    price = models.DecimalField(max_digits=8, decimal_places=2, blank=True)
    contact_email = models.EmailField(blank=True)
    attendees = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    checked_in = models.BooleanField(default=False)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    external_id = models.UUIDField(blank=True, null=True)
