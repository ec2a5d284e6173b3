"""Tag statistics on a DRF ViewSet action, one placeholder per tag."""
from django.db import connection
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from catalogue.models import Book
from catalogue.serializers import BookSerializer


class BookViewSet(viewsets.ModelViewSet):
    queryset = Book.objects.all()
    serializer_class = BookSerializer

    @action(detail=False, methods=["get"])
    def tag_counts(self, request):
        tags = [t.strip() for t in request.query_params.getlist("tag")]
        placeholders = ", ".join(["%s"] * len(tags)) or "NULL"
        with connection.cursor() as cur:
            cur.execute(f"SELECT tag, count(*) FROM catalogue_book WHERE tag IN ({placeholders}) GROUP BY tag", tags)
            return Response(dict(cur.fetchall()))
