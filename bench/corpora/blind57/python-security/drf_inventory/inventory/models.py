from django.db import models


class Warehouse(models.Model):
    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=120)


class Item(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.PROTECT, related_name="items")
    quantity = models.IntegerField(default=0)

    class Meta:
        db_table = "inventory_item"
