# library: Django models (FloatField vs DecimalField for money)
"""Models for invoices and usage metering."""
from django.db import models


class Invoice(models.Model):
    number = models.CharField(max_length=32, unique=True)
    # expect: float-money
    amount = models.FloatField()
    # expect: float-money
    tax_price = models.FloatField(default=0)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")


class UsageRecord(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="usage")
    cpu_hours = models.FloatField()
    unit_cost = models.DecimalField(max_digits=10, decimal_places=4)
    load_average = models.FloatField(null=True, blank=True)


class Refund(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.PROTECT)
    # expect: float-money
    refund_amount = models.FloatField()
    reason = models.TextField(blank=True)
