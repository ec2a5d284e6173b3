"""Catalog models: products, price lists and stock snapshots."""
from decimal import Decimal

from django.db import models
from django.db import models as m
from django.utils.text import slugify


class Category(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True, blank=True)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


class Product(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True, blank=True)
    category = models.ForeignKey(Category, on_delete=models.PROTECT)

    # expect: missing-super-call
    def save(self, *args, **kwargs):
        self.slug = slugify(self.title)[:50]
        self.title = self.title.strip()


class PriceList(m.Model):
    currency = m.CharField(max_length=3)
    net_total = m.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    gross_total = m.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))

    # expect: missing-super-call
    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        self.gross_total = self.net_total * Decimal("1.20")
        self.full_clean()


class StockSnapshot(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)
    taken_at = models.DateTimeField(auto_now_add=True)

    # expect: missing-super-call
    def save(self, *args, **kwargs):
        type(self).objects.filter(pk=self.pk).update(quantity=self.quantity)


class Supplier(models.Model):
    name = models.CharField(max_length=120)
    code = models.CharField(max_length=20, unique=True)

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        return super(Supplier, self).save(*args, **kwargs)


class Warehouse(models.Model):
    label = models.CharField(max_length=80)

    # expect: missing-super-call
    async def asave(self, *args, **kwargs):
        self.label = self.label.title()


class CsvExport:
    """Not a model: writes rows to a file."""

    def __init__(self, path):
        self.path = path

    def save(self, rows):
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.writelines(",".join(map(str, r)) + "\n" for r in rows)
