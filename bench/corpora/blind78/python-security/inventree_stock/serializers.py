"""Serializers for stock items and label printing."""
from rest_framework import serializers

from inventree_stock.models import LabelTemplate, StockItem


class StockItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = StockItem
        fields = ["pk", "part", "location", "quantity", "batch", "serial", "notes"]


class LabelPrintSerializer(serializers.Serializer):
    items = serializers.ListField(child=serializers.IntegerField(), allow_empty=False)
    template = serializers.PrimaryKeyRelatedField(queryset=LabelTemplate.objects.filter(enabled=True), required=False)
    template_source = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    filename = serializers.CharField(required=False, default="labels.html")


class StockExportSerializer(serializers.Serializer):
    export_format = serializers.ChoiceField(choices=["csv", "tsv", "json"], default="csv")
    filename = serializers.CharField(required=False, default="stock")
