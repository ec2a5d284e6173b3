from django.conf import settings
from django.db import models
from django.db.models import PositiveIntegerField


class Event(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    description = models.TextField(blank=True)
    # expect: null-blank-mismatch
    capacity = models.IntegerField(blank=True)
    # expect: null-blank-mismatch
    starts_on = models.DateField(blank=True, help_text="Leave empty while the date is unconfirmed")
    # expect: null-blank-mismatch
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        blank=True,
        related_name="events",
    )
    # expect: null-blank-mismatch
    ticket_price = models.DecimalField(max_digits=8, decimal_places=2, blank=True)
    # expect: null-blank-mismatch
    waitlist_size = PositiveIntegerField(blank=True)
    tags = models.ManyToManyField("Tag", blank=True)
    ends_on = models.DateField(null=True, blank=True)
    venue_url = models.URLField(blank=True)
    seats_left = models.IntegerField(default=0)


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)
