from django.db import models


class Category(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)


class Product(models.Model):
    name = models.CharField(max_length=200)
    sku = models.CharField(max_length=40, unique=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "shop_product"


class Invoice(models.Model):
    number = models.CharField(max_length=32)
    year = models.IntegerField()
    customer_email = models.EmailField()
    total = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        db_table = "shop_invoice"
