"""Billing models."""
from django.db import models


class Plan(models.Model):
    name = models.CharField(max_length=80)
    # expect: float-money
    price = models.FloatField()
    monthly_price = models.DecimalField(max_digits=10, decimal_places=2)
    trial_days = models.PositiveIntegerField(default=14)


class Shipment(models.Model):
    weight_kg = models.FloatField()
    # expect: float-money
    shipping_fee = models.FloatField(default=0)
    distance_km = models.FloatField(null=True)


class Contract(models.Model):
    title = models.CharField(max_length=120)
    # expect: float-money
    salary = models.FloatField(null=True, blank=True)
    rating = models.FloatField(default=0.0)
    amount_due = models.DecimalField(max_digits=12, decimal_places=2, default=0)
