"""Order lookup endpoint (Django REST framework)."""
from django.db import connection
from rest_framework.response import Response
from rest_framework.views import APIView

from .helpers.queries import orders_for


class OrderSearchView(APIView):
    def post(self, request):
        filters = {"customer": request.data.get("customer"), "status": request.data.get("status", "open")}
        with connection.cursor() as cursor:
            # expect: sql-injection
            rows = orders_for(cursor, filters)
        return Response({"orders": rows})
