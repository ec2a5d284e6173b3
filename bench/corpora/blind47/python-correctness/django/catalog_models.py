"""Catalogue models."""
from django.db import models
from django.db.models import Model as BaseModel
from django.utils.text import slugify


class Category(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)

    # expect: missing-super-call
    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)


class Product(BaseModel):
    category = models.ForeignKey(Category, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    price_cents = models.PositiveIntegerField()

    # expect: missing-super-call
    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        self.title = self.title.strip()
        self.full_clean(exclude=["category"])
        return self


class StockLevel(models.Model):
    product = models.OneToOneField(Product, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)

    # expect: missing-super-call
    def save(self, **kwargs):
        if self.quantity < 0:
            raise ValueError("stock cannot be negative")
        StockLevel.objects.filter(pk=self.pk).update(quantity=self.quantity)


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="reviews")
    rating = models.PositiveSmallIntegerField()
    body = models.TextField()

    def save(self, *args, **kwargs):
        self.body = self.body.strip()
        super().save(*args, **kwargs)


class Brand(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)

    def save(self, *args, **kwargs):
        self.slug = slugify(self.name)
        super(Brand, self).save(*args, **kwargs)


class Warehouse(models.Model):
    code = models.CharField(max_length=8, unique=True)

    def clean(self):
        self.code = self.code.upper()
