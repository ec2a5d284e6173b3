from django.db import models


class StockLocation(models.Model):
    name = models.CharField(max_length=100)
    pathstring = models.CharField(max_length=250, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")

    class Meta:
        app_label = "stock"


class StockItem(models.Model):
    part = models.ForeignKey("part.Part", on_delete=models.CASCADE)
    location = models.ForeignKey(StockLocation, null=True, blank=True, on_delete=models.SET_NULL)
    quantity = models.DecimalField(max_digits=15, decimal_places=5, default=1)
    batch = models.CharField(max_length=100, blank=True, null=True)
    serial = models.CharField(max_length=100, blank=True, null=True)
    notes = models.TextField(blank=True)

    class Meta:
        app_label = "stock"


class LabelTemplate(models.Model):
    name = models.CharField(max_length=100)
    template = models.TextField()
    enabled = models.BooleanField(default=True)

    class Meta:
        app_label = "label"
