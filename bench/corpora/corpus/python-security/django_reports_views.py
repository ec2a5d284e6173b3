"""Reporting views for the sales dashboard (Django)."""
import csv
import io

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Order

SORTABLE = {"created", "total", "customer"}


@require_GET
def orders_by_customer(request):
    customer = request.GET["customer"]
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, total FROM orders WHERE customer = '%s'" % customer)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@require_GET
def orders_by_customer_safe(request):
    customer = request.GET["customer"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total FROM orders WHERE customer = %s", [customer])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@require_GET
def search_orders(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    qs = Order.objects.raw(f"SELECT * FROM shop_order WHERE note LIKE '%%{term}%%'")
    return JsonResponse({"ids": [o.id for o in qs]})


@require_GET
def search_orders_safe(request):
    term = request.GET.get("q", "")
    qs = Order.objects.raw("SELECT * FROM shop_order WHERE note LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [o.id for o in qs]})


@require_GET
def top_customers(request):
    region = request.GET.get("region", "EU")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT customer, SUM(total) FROM orders WHERE region = '" + region + "' GROUP BY customer")
        return JsonResponse({"rows": cursor.fetchall()})


@require_GET
def sorted_orders(request):
    column = request.GET.get("sort", "created")
    if column not in SORTABLE:
        column = "created"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM orders ORDER BY {column} DESC LIMIT %s", [50])
        return JsonResponse({"rows": cursor.fetchall()})


@require_GET
def annotate(request):
    expr = request.GET["expr"]
    # expect: sql-injection
    qs = Order.objects.extra(where=["total > " + expr])
    return JsonResponse({"count": qs.count()})


@require_GET
def export_csv(request):
    year = int(request.GET.get("year", "2024"))
    buf = io.StringIO()
    writer = csv.writer(buf)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, customer, total FROM orders WHERE year = %s", (year,))
        for row in cursor.fetchall():
            writer.writerow(row)
    return HttpResponse(buf.getvalue(), content_type="text/csv")


@require_GET
def count_status(request):
    status = request.GET.get("status", "open")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT COUNT(*) FROM orders WHERE status = '{}'".format(status))
        (n,) = cursor.fetchone()
    return JsonResponse({"count": n})


@require_GET
def by_ids(request):
    ids = [int(x) for x in request.GET.getlist("id")]
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, total FROM orders WHERE id IN ({placeholders})", ids)
        return JsonResponse({"rows": cursor.fetchall()})
