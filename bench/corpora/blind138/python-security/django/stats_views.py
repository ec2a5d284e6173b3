"""Reporting endpoints that run SQL directly."""
from django.db import connection
from django.http import JsonResponse

ALLOWED_GROUPS = {"day": "date_trunc('day', created)", "month": "date_trunc('month', created)"}


def orders_by_status(request):
    status = request.GET.get("status")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT count(*) FROM shop_order WHERE status = '%s'" % status)
        return JsonResponse({"count": cursor.fetchone()[0]})


def customer_orders(request):
    email = request.GET["email"]
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, total FROM shop_order WHERE email = '{email}'")
        return JsonResponse({"orders": cursor.fetchall()})


def revenue(request):
    since = request.POST.get("since")
    query = "SELECT sum(total) FROM shop_order WHERE created >= '" + since + "'"
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(query)
        return JsonResponse({"revenue": cursor.fetchone()[0]})


def orders_by_status_safe(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM shop_order WHERE status = %s", [request.GET.get("status")])
        return JsonResponse({"count": cursor.fetchone()[0]})


def grouped(request):
    group = ALLOWED_GROUPS.get(request.GET.get("by"), ALLOWED_GROUPS["day"])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {group} AS g, count(*) FROM shop_order GROUP BY g ORDER BY g")
        return JsonResponse({"rows": cursor.fetchall()})
