"""Customer list with a sort option (Django class-based view), allow-listed sort."""
from django.db import connection
from django.http import JsonResponse
from django.views import View

ORDERINGS = {"name": "name", "-name": "name DESC", "created": "created_at"}


class CustomerListView(View):
    def get(self, request):
        region = request.GET.get("region", "eu")
        order = ORDERINGS.get(request.GET.get("order", "name"), "name")
        sql = "SELECT id, name FROM crm_customer WHERE region = %s ORDER BY " + order
        with connection.cursor() as cursor:
            cursor.execute(sql, [region])
            rows = cursor.fetchall()
        return JsonResponse({"customers": rows})
