"""Billing models: invoices, line items, payroll entries."""
from decimal import Decimal

from django.db import models
from django.db.models import FloatField


class Invoice(models.Model):
    number = models.CharField(max_length=20, unique=True)
    issued_on = models.DateField()
    # expect: float-for-money
    subtotal = models.FloatField(default=0)
    tax_rate = models.FloatField(default=0.21)
    total = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))


class LineItem(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="lines")
    description = models.CharField(max_length=200)
    quantity = models.PositiveIntegerField(default=1)
    # expect: float-for-money
    unit_price = models.FloatField()
    discount_percent = models.FloatField(default=0.0)


class Payment(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE)
    # expect: float-for-money
    amount = FloatField(help_text="Amount received in the invoice currency")
    # expect: float-for-money
    processing_fee = FloatField(
        default=0,
        verbose_name="card processing fee",
    )
    exchange_rate = FloatField(default=1.0)


class PayrollEntry(models.Model):
    employee = models.CharField(max_length=120)
    # expect: float-for-money
    monthly_salary = models.FloatField()
    hours_worked = models.FloatField(default=0)
    bonus = models.DecimalField(max_digits=10, decimal_places=2, default=Decimal("0"))


class Donation(models.Model):
    donor = models.CharField(max_length=120, blank=True)
    donation_amount = models.DecimalField(max_digits=10, decimal_places=2)
    rating = models.FloatField(null=True, blank=True)
