"""Raw-SQL reports for the back office (Django)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection, connections
from django.http import JsonResponse
from django.views import View

ORDER_COLUMNS = {"name": "c.name", "spent": "total_spent", "joined": "c.date_joined"}


@staff_member_required
def customer_search(request):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, name, email FROM crm_customer WHERE name ILIKE '%%%s%%'" % request.GET.get("q", ""))
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@staff_member_required
def orders_by_region(request):
    region = request.GET.get("region")
    sql = "SELECT o.id, o.total FROM shop_order o WHERE o.region = '{}'".format(region)
    cursor = connection.cursor()
    # expect: sql-injection
    cursor.execute(sql)
    return JsonResponse({"rows": cursor.fetchall()})


@staff_member_required
def sql_console(request):
    with connections["reporting"].cursor() as cursor:
        # expect: sql-injection
        cursor.execute(request.POST["statement"])
        columns = [c[0] for c in cursor.description]
        return JsonResponse({"columns": columns, "rows": cursor.fetchall()})


class TopCustomersView(View):
    def get(self, request):
        since = request.GET["since"]
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT c.id, SUM(o.total) AS total_spent FROM crm_customer c JOIN shop_order o ON o.customer_id = c.id WHERE o.created >= '{since}' GROUP BY c.id")
            return JsonResponse({"rows": cursor.fetchall()})


class ChurnView(View):
    def get(self, request):
        plan = self.request.GET.get("plan", "basic")
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT COUNT(*) FROM billing_subscription WHERE cancelled AND plan = '" + plan + "'")
            (count,) = cursor.fetchone()
        return JsonResponse({"churned": count})


@staff_member_required
def customer_search_safe(request):
    column = ORDER_COLUMNS.get(request.GET.get("order"), "c.name")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.id, c.name FROM crm_customer c WHERE c.name ILIKE %s ORDER BY " + column,
            ["%" + request.GET.get("q", "") + "%"],
        )
        return JsonResponse({"rows": cursor.fetchall()})


@staff_member_required
def order_detail(request, order_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total, status FROM shop_order WHERE id = %s", [order_id])
        return JsonResponse({"row": cursor.fetchone()})
