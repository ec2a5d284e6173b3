from rest_framework import serializers

from .models import Product

SORT_FIELDS = ("price", "-price", "rating", "-rating", "created", "-created", "name")


class ProductSerializer(serializers.ModelSerializer):
    category = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Product
        fields = ("id", "sku", "name", "brand", "category", "price", "stock", "rating")


class SearchSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, default="")
    brand = serializers.CharField(required=False, allow_blank=True, default="")
    sort = serializers.CharField(required=False, default="name")
    min_price = serializers.DecimalField(required=False, max_digits=10, decimal_places=2, default=0)
    in_stock = serializers.BooleanField(required=False, default=False)


class CheckedSearchSerializer(SearchSerializer):
    sort = serializers.ChoiceField(choices=SORT_FIELDS, required=False, default="name")


class FacetSerializer(serializers.Serializer):
    field = serializers.CharField()
    category = serializers.SlugField(required=False)
