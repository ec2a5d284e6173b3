from django.db import models


class Warehouse(models.Model):
    code = models.CharField(max_length=8, unique=True)
    city = models.CharField(max_length=80)


class Item(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)
    attributes = models.JSONField(default=dict)

    class Meta:
        db_table = "inventory_item"
