"""Billing models."""
from decimal import Decimal

from django.db import models


class Invoice(models.Model):
    number = models.CharField(max_length=20, unique=True)
    # expect: float-for-money
    amount = models.FloatField()
    # expect: float-for-money
    tax_price = models.FloatField(default=0.0)
    weight_kg = models.FloatField(null=True)


class Payment(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE)
    amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))
    exchange_rate = models.FloatField(default=1.0)
