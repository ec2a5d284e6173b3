"""Tag statistics on a DRF ViewSet action."""
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
        tags = request.query_params.getlist("tag")
        quoted = ", ".join("'%s'" % t.strip() for t in tags)
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT tag, count(*) FROM catalogue_book WHERE tag IN (%s) GROUP BY tag" % quoted)
            return Response(dict(cur.fetchall()))
