"""Ad-hoc report endpoints for the analytics team."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

SORTABLE = {"created": "o.created_at", "total": "o.total", "customer": "c.name"}


@login_required
def orders_by_region(request):
    region = request.GET.get("region", "")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT o.id, o.total FROM orders o WHERE o.region = '%s' ORDER BY o.created_at DESC" % region)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def customer_search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM customers WHERE name ILIKE %s LIMIT 50", [f"%{term}%"])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def sorted_orders(request):
    column = SORTABLE.get(request.GET.get("sort"), "o.created_at")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT o.id, c.name, o.total FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY {column} DESC LIMIT 100")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def orders_between(request):
    start = request.POST.get("start")
    end = request.POST.get("end")
    if not start or not end:
        return HttpResponseBadRequest("start and end are required")
    query = "SELECT count(*) FROM orders WHERE created_at BETWEEN '{}' AND '{}'".format(start, end)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(query)
        (count,) = cursor.fetchone()
    return JsonResponse({"count": count})


@login_required
def top_products(request):
    try:
        limit = min(int(request.GET.get("limit", "10")), 100)
    except ValueError:
        return HttpResponseBadRequest("limit must be a number")
    with connection.cursor() as cursor:
        cursor.execute("SELECT product_id, sum(qty) FROM order_lines GROUP BY 1 ORDER BY 2 DESC LIMIT %s", [limit])
        return JsonResponse({"rows": cursor.fetchall()})
