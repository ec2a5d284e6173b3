"""Customer list with a sort option (Django class-based view)."""
from django.db import connection
from django.http import JsonResponse
from django.views import View


class CustomerListView(View):
    def get(self, request):
        region = request.GET.get("region", "eu")
        order = request.GET.get("order", "name")
        sql = "SELECT id, name FROM crm_customer WHERE region = '" + region + "' ORDER BY " + order
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(sql)
            rows = cursor.fetchall()
        return JsonResponse({"customers": rows})
