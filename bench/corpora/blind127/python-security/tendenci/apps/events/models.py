"""Event model (fields reduced)."""
from django.db import models


class Event(models.Model):
    title = models.CharField(max_length=150)
    description = models.TextField(blank=True)
    place_name = models.CharField(max_length=150, blank=True)
    start_dt = models.DateTimeField()
    category_id = models.IntegerField(null=True)
    status = models.BooleanField(default=True)
