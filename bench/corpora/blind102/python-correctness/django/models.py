"""Catalogue models."""
from django.db import models
from django.utils.text import slugify


class Product(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)

    # expect: missing-super-save
    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)


class Category(models.Model):
    title = models.CharField(max_length=100)
    position = models.PositiveIntegerField(default=0)

    # expect: missing-super-save
    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        self.title = self.title.strip()
        return self


class PriceRule(models.Model):
    percent = models.DecimalField(max_digits=5, decimal_places=2)

    # expect: missing-super-save
    def save(self, **kwargs):
        if self.percent > 90:
            raise ValueError("discount too large")


class Supplier(models.Model):
    name = models.CharField(max_length=200)
    code = models.CharField(max_length=20)

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        super(Supplier, self).save(*args, **kwargs)


class Warehouse(models.Model):
    city = models.CharField(max_length=100)

    def save(self, *args, **kwargs):
        self.city = self.city.title()
        super().save(*args, **kwargs)
