"""Shipment tracking models for the logistics app."""
from decimal import Decimal

from django.db import models
from django.db.models import DateTimeField, PositiveIntegerField
from django.utils import timezone


class Carrier(models.Model):
    name = models.CharField(max_length=80, unique=True)
    tracking_url_template = models.URLField(blank=True)
    support_email = models.EmailField(blank=True)

    def __str__(self):
        return self.name


class Shipment(models.Model):
    STATUS_CHOICES = [
        ("new", "New"),
        ("in_transit", "In transit"),
        ("delivered", "Delivered"),
    ]

    reference = models.SlugField(max_length=40, unique=True)
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default="new")
    notes = models.TextField(blank=True)
    # expect: blank-without-null
    carrier = models.ForeignKey(Carrier, on_delete=models.PROTECT, blank=True, related_name="shipments")
    # expect: blank-without-null
    weight_grams = PositiveIntegerField(blank=True)
    # expect: blank-without-null
    delivered_at = DateTimeField(blank=True, help_text="Set by the carrier webhook.")
    # expect: blank-without-null
    declared_value = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        blank=True,
    )
    parcel_count = models.PositiveSmallIntegerField(default=1)
    picked_up_at = models.DateTimeField(null=True, blank=True)
    insurance_fee = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("0.00"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def mark_delivered(self, when=None):
        self.status = "delivered"
        self.delivered_at = when or timezone.now()
        self.save(update_fields=["status", "delivered_at"])


class ShipmentEvent(models.Model):
    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="events")
    # expect: blank-without-null
    sequence = models.IntegerField(blank=True, db_index=True)
    location = models.CharField(max_length=120, blank=True)
    occurred_at = models.DateTimeField(null=True, blank=True)
    raw_payload = models.JSONField(default=dict, blank=True, null=True)

    class Meta:
        ordering = ["shipment", "occurred_at"]
