from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from .filters import FACET_COLUMNS, build_query, order_clause, raw_order_clause
from .models import Product
from .serializers import CheckedSearchSerializer, FacetSerializer, ProductSerializer, SearchSerializer

ORDERING_FIELDS = {"price", "rating", "created", "name"}


def _fetch(sql, params):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql, params)
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, row)) for row in cursor.fetchall()]


def _fetch_checked(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, row)) for row in cursor.fetchall()]


class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProductSerializer

    def get_queryset(self):
        qs = Product.objects.select_related("category")
        ordering = self.request.query_params.get("ordering", "name")
        if ordering.lstrip("-") not in ORDERING_FIELDS:
            ordering = "name"
        category = self.request.query_params.get("category")
        if category:
            qs = qs.filter(category__slug=category)
        return qs.order_by(ordering)

    @action(detail=False, methods=["post"])
    def search(self, request):
        ser = SearchSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        query = build_query(ser.validated_data, raw_order_clause(ser.validated_data["sort"]))
        return Response(_fetch(query.sql(), query.params))

    @action(detail=False, methods=["post"], url_path="search-checked")
    def search_checked(self, request):
        ser = CheckedSearchSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        query = build_query(ser.validated_data, order_clause(ser.validated_data["sort"]))
        return Response(_fetch_checked(query.sql(), query.params))

    @action(detail=False, methods=["get"])
    def facets(self, request):
        ser = FacetSerializer(data=request.query_params)
        ser.is_valid(raise_exception=True)
        column = FACET_COLUMNS.get(ser.validated_data["field"])
        if column is None:
            raise ValidationError({"field": "not a facet"})
        sql = f"SELECT {column} AS value, COUNT(*) AS n FROM catalog_product p JOIN catalog_category c ON c.id = p.category_id GROUP BY 1"
        return Response(_fetch_checked(sql, []))

    @action(detail=False, methods=["get"], url_path="ranked")
    def ranked(self, request):
        weight = request.query_params.get("weight", "1")
        boost = request.query_params.get("boost_brand", "")
        # expect: sql-injection
        score = RawSQL("rating * " + weight + " + CASE WHEN brand = %s THEN 1 ELSE 0 END", (boost,))
        qs = Product.objects.annotate(score=score).order_by("-score")[:50]
        return Response(ProductSerializer(qs, many=True).data)

    @action(detail=False, methods=["get"], url_path="ranked-safe")
    def ranked_safe(self, request):
        try:
            weight = float(request.query_params.get("weight", "1"))
        except ValueError:
            weight = 1.0
        boost = request.query_params.get("boost_brand", "")
        score = RawSQL("rating * %s + CASE WHEN brand = %s THEN 1 ELSE 0 END", (weight, boost))
        qs = Product.objects.annotate(score=score).order_by("-score")[:50]
        return Response(ProductSerializer(qs, many=True).data)

    @action(detail=False, methods=["get"], url_path="legacy")
    def legacy(self, request):
        where = request.query_params.get("where", "")
        if not where:
            where = "stock > 0"
        # expect: sql-injection
        qs = Product.objects.extra(where=[where]).order_by(F("price").asc())[:100]
        return Response(ProductSerializer(qs, many=True).data)

    @action(detail=False, methods=["get"], url_path="by-brand")
    def by_brand(self, request):
        brand = request.query_params.get("brand", "")
        qs = Product.objects.raw("SELECT * FROM catalog_product WHERE brand = %s ORDER BY name", [brand])
        return Response(ProductSerializer(list(qs), many=True).data)
