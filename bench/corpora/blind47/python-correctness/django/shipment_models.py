"""Shipping models."""
from django.db import models
from django.db.models import DecimalField, ForeignKey


class Carrier(models.Model):
    name = models.CharField(max_length=80)
    tracking_url = models.URLField(blank=True)


class Shipment(models.Model):
    carrier = ForeignKey(Carrier, on_delete=models.PROTECT)
    reference = models.CharField(max_length=40, blank=True)
    notes = models.TextField(blank=True)
    # expect: blank-without-null
    parcel_count = models.PositiveIntegerField(blank=True)
    # expect: blank-without-null
    shipped_at = models.DateTimeField(blank=True, db_index=True)
    weight_kg = DecimalField(
        max_digits=8,
        decimal_places=3,
        # expect: blank-without-null
        blank=True,
    )
    delivered_on = models.DateField(null=True, blank=True)
    insured = models.BooleanField(default=False)


class Return(models.Model):
    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="returns")
    # expect: blank-without-null
    replacement = models.ForeignKey(Shipment, on_delete=models.SET_NULL, blank=True, related_name="+")
    reason = models.CharField(max_length=200, blank=True)
    refund_cents = models.IntegerField(null=True, blank=True)
    label = models.FileField(upload_to="labels/", blank=True)
