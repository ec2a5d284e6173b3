"""Billing models for the subscriptions app."""
from django.db import models
from django.db import models as m
from django.db.models import FloatField


class Plan(models.Model):
    name = models.CharField(max_length=80)
    # expect: float-for-money
    monthly_price = models.FloatField(help_text="EUR per month")
    trial_days = models.PositiveIntegerField(default=14)


class Invoice(models.Model):
    customer = models.ForeignKey("accounts.Customer", on_delete=models.PROTECT)
    # expect: float-for-money
    amount = FloatField(default=0)
    # expect: float-for-money
    late_fee = m.FloatField(null=True, blank=True)
    currency = models.CharField(max_length=3, default="EUR")
    issued_at = models.DateTimeField(auto_now_add=True)


class InvoiceLine(models.Model):
    invoice = models.ForeignKey(Invoice, related_name="lines", on_delete=models.CASCADE)
    description = models.CharField(max_length=200)
    quantity = models.PositiveIntegerField(default=1)
    unit_price = models.DecimalField(max_digits=12, decimal_places=2)
    # expect: float-for-money
    subtotal = models.FloatField(
        null=True,
        editable=False,
    )
    weight_kg = models.FloatField(default=0.0)

    def save(self, *args, **kwargs):
        self.subtotal = float(self.unit_price) * self.quantity
        super().save(*args, **kwargs)


class Employee(models.Model):
    name = models.CharField(max_length=120)
    # expect: float-for-money
    salary = models.FloatField()
    bonus = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    satisfaction_score = models.FloatField(default=0.0)
