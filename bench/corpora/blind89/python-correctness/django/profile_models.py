"""Member profile models."""
from django.conf import settings
from django.db import models
from django.db.models import CharField, TextField


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # expect: null-string-field
    display_name = models.CharField(max_length=80, null=True)
    # expect: null-string-field
    bio = TextField(blank=True, null=True)
    headline = models.CharField(max_length=140, blank=True, default="")
    website = models.URLField(blank=True)
    # expect: null-string-field
    vanity_slug = CharField(max_length=40, unique=True, blank=True)
    external_id = models.CharField(max_length=64, unique=True, blank=True, null=True)
    age = models.PositiveSmallIntegerField(null=True, blank=True)

    def __str__(self):
        return self.display_name or self.user.get_username()


class Address(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="addresses")
    line1 = models.CharField(max_length=120)
    # expect: null-string-field
    line2 = models.CharField(
        max_length=120,
        null=True,
        blank=True,
    )
    city = models.CharField(max_length=80)
    postcode = models.CharField(max_length=16, blank=True)
    # expect: null-string-field
    delivery_notes = models.TextField(null=True, default=None)
    # expect: null-string-field
    tax_number = models.CharField(max_length=32, unique=True, blank=True, db_index=True)
    latitude = models.FloatField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "addresses"
