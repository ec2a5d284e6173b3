"""Reporting views that talk to the warehouse with raw SQL."""
from django.db import connection, connections
from django.http import JsonResponse
from django.views import View

ALLOWED_SORT = {"name", "created", "total"}


def customer_search(request):
    name = request.GET.get("name", "")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, name FROM customers WHERE name LIKE '%%%s%%'" % name)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def orders_since(request):
    since = request.POST["since"]
    query = f"SELECT id, total FROM orders WHERE created >= '{since}'"
    cursor = connections["warehouse"].cursor()
    # expect: sql-injection
    cursor.execute(query)
    return JsonResponse({"rows": cursor.fetchall()})


class RegionReport(View):
    def get(self, request):
        region = request.GET["region"]
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT sum(total) FROM orders WHERE region = '" + region + "'")
            return JsonResponse({"total": cur.fetchone()[0]})


def tag_counts(request):
    tag = request.GET.get("tag")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT count(*) FROM tags WHERE label = '{}'".format(tag))
        return JsonResponse({"count": cursor.fetchone()[0]})


def customer_search_safe(request):
    name = request.GET.get("name", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM customers WHERE name LIKE %s", ["%" + name + "%"])
        return JsonResponse({"rows": cursor.fetchall()})


def sorted_customers(request):
    sort = request.GET.get("sort", "name")
    if sort not in ALLOWED_SORT:
        sort = "name"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, name FROM customers ORDER BY {sort}")
        return JsonResponse({"rows": cursor.fetchall()})
