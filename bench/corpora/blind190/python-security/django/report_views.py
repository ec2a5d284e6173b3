"""Sales report views of the franchise back office (raw SQL for the reporting replica)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connections
from django.http import JsonResponse

SORT_COLUMNS = {"revenue": "revenue", "orders": "order_count", "store": "store_name"}


def _rows(cursor):
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row)) for row in cursor.fetchall()]


@staff_member_required
def revenue_by_store(request):
    region = request.GET.get("region", "north")
    year = int(request.GET.get("year", "2026"))
    with connections["reporting"].cursor() as cursor:
        cursor.execute(
            "SELECT store_name, SUM(total) AS revenue FROM sales WHERE region = %s AND year = %s GROUP BY store_name",
            [region, year],
        )
        return JsonResponse({"rows": _rows(cursor)})


@staff_member_required
def top_products(request):
    category = request.GET.get("category", "")
    with connections["reporting"].cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT sku, SUM(qty) AS sold FROM sale_lines WHERE category = '{category}' GROUP BY sku ORDER BY sold DESC LIMIT 20")
        return JsonResponse({"rows": _rows(cursor)})


@staff_member_required
def stores_sorted(request):
    column = SORT_COLUMNS.get(request.GET.get("sort"), "revenue")
    with connections["reporting"].cursor() as cursor:
        cursor.execute(f"SELECT store_name, revenue, order_count FROM store_totals ORDER BY {column} DESC")
        return JsonResponse({"rows": _rows(cursor)})


@staff_member_required
def refunds(request):
    since = request.GET.get("since", "2026-01-01")
    sql = "SELECT store_name, COUNT(*) FROM refunds WHERE created_at >= '%s' GROUP BY store_name" % since
    with connections["reporting"].cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
        return JsonResponse({"rows": _rows(cursor)})


@staff_member_required
def store_search(request):
    term = request.GET.get("q", "")
    with connections["reporting"].cursor() as cursor:
        cursor.execute("SELECT id, store_name FROM stores WHERE store_name ILIKE %s LIMIT 20", ["%" + term + "%"])
        return JsonResponse({"rows": _rows(cursor)})
