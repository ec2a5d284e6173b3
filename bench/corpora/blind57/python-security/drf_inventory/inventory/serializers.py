from rest_framework import serializers

from .models import Item


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "sku", "name", "warehouse", "quantity"]


class ItemFilterSerializer(serializers.Serializer):
    ORDERING = ("sku", "name", "quantity", "-quantity")

    name = serializers.CharField(required=False, allow_blank=True, default="")
    warehouse = serializers.CharField(required=False, allow_blank=True, default="")
    min_quantity = serializers.IntegerField(required=False, default=0)
    ordering = serializers.ChoiceField(choices=ORDERING, required=False, default="sku")


class ExportRequestSerializer(serializers.Serializer):
    destination = serializers.CharField(max_length=255)
    export_id = serializers.IntegerField(min_value=1)
    fields = serializers.ListField(child=serializers.CharField(), required=False)


class ImportSpecSerializer(serializers.Serializer):
    spec = serializers.CharField()
    strict = serializers.BooleanField(default=True)
