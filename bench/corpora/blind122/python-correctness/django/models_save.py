"""Catalogue models with save() overrides (Django)."""
from django.db import models
from django.utils.text import slugify


class Category(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=90, unique=True)

    # expect: missing-super-call
    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)


class Product(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=210, unique=True)
    price_cents = models.PositiveIntegerField()

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.name)
        super().save(*args, **kwargs)


class PriceHistory(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    price_cents = models.PositiveIntegerField()
    recorded_at = models.DateTimeField(auto_now_add=True)

    # expect: missing-super-call
    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("price history rows are append-only")
        self.price_cents = int(self.price_cents)
        models.Model.full_clean(self)


class Supplier(models.Model):
    name = models.CharField(max_length=120)
    email = models.EmailField()

    def save(self, *args, **kwargs):
        self.email = self.email.lower()
        super(Supplier, self).save(*args, **kwargs)


class StockLevel(models.Model):
    product = models.OneToOneField(Product, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)

    # expect: missing-super-call
    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        self.quantity = max(self.quantity, 0)
        return self.product.save(update_fields=["name"])


class CsvExport:
    """Not a model: a plain object with its own save()."""

    def __init__(self, rows):
        self.rows = rows

    def save(self, path):
        with open(path, "w") as fh:
            fh.writelines(",".join(map(str, r)) + "\n" for r in self.rows)
