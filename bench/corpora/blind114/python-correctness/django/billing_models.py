"""Billing models for the subscriptions app."""
from django.db import models
from django.db.models import FloatField


class Plan(models.Model):
    name = models.CharField(max_length=80, unique=True)
    # expect: float-for-money
    price = models.FloatField(help_text="Monthly price in the plan currency")
    currency = models.CharField(max_length=3, default="EUR")
    trial_days = models.PositiveSmallIntegerField(default=14)
    # Usage ratio, not money: a float is fine here.
    overage_ratio = models.FloatField(default=1.0)

    def __str__(self):
        return f"{self.name} ({self.currency})"


class Invoice(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="invoices")
    issued_at = models.DateTimeField(auto_now_add=True)
    # expect: float-for-money
    amount = models.FloatField(default=0)
    # expect: float-for-money
    shipping_fee = FloatField(null=True, blank=True)
    total = models.DecimalField(max_digits=12, decimal_places=2, default=0)

    class Meta:
        ordering = ["-issued_at"]


class Contractor(models.Model):
    full_name = models.CharField(max_length=120)
    # expect: float-for-money
    monthly_salary = models.FloatField(null=True)
    hourly_rate = models.DecimalField(max_digits=8, decimal_places=2)
    # Physical quantity, not currency.
    weight_kg = models.FloatField(default=0.0)
    rating = models.FloatField(default=0.0)

    def yearly_cost(self):
        return (self.monthly_salary or 0) * 12
