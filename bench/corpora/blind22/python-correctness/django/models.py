"""Models for the bookings app."""
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=120)
    # expect: nullable-charfield
    website = models.CharField(max_length=200, null=True, blank=True)
    notes = models.TextField(blank=True, default="")
    capacity = models.IntegerField(null=True, blank=True)
    # expect: blank-without-null
    opened = models.DateField(blank=True)


class Booking(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="bookings")
    # expect: float-for-money
    price = models.FloatField()
    deposit = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    rating = models.FloatField(null=True, blank=True)
    # expect: nullable-charfield
    coupon = models.CharField(max_length=32, null=True)
    guests = models.PositiveIntegerField(null=True, blank=True)
    # expect: blank-without-null
    checked_in_at = models.DateTimeField(blank=True)
    # expect: unique-foreignkey
    invoice = models.ForeignKey("billing.Invoice", on_delete=models.PROTECT, unique=True)
    contract = models.OneToOneField("legal.Contract", on_delete=models.PROTECT, null=True, blank=True)

    def confirm(self):
        self.status = "confirmed"
        self.save(update_fields=["status"])
