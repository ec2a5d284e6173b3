"""Models for the subscription billing app."""
from decimal import Decimal

from django.db import models


class Plan(models.Model):
    name = models.CharField(max_length=80)
    monthly_price = models.DecimalField(max_digits=10, decimal_places=2)
    trial_days = models.PositiveIntegerField(default=14)
    storage_gb = models.FloatField(default=5.0)

    def __str__(self):
        return self.name


class Invoice(models.Model):
    customer = models.ForeignKey("accounts.Customer", on_delete=models.PROTECT)
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT)
    issued_at = models.DateTimeField(auto_now_add=True)
    # expect: float-money
    amount_due = models.FloatField()
    tax_rate = models.FloatField(default=0.2)
    discount = models.DecimalField(max_digits=10, decimal_places=2, default=Decimal("0.00"))

    def total(self):
        return Decimal(str(self.amount_due)) - self.discount


class Payout(models.Model):
    partner = models.ForeignKey("partners.Partner", on_delete=models.CASCADE)
    gross = models.DecimalField(max_digits=12, decimal_places=2)
    # expect: float-money
    processing_fee = models.FloatField(default=0.0)
    exchange_rate = models.FloatField(null=True, blank=True)
    paid = models.BooleanField(default=False)


class UsageSample(models.Model):
    customer = models.ForeignKey("accounts.Customer", on_delete=models.CASCADE)
    cpu_hours = models.FloatField()
    recorded_at = models.DateTimeField(db_index=True)
