"""Staff reporting views that talk to the database directly."""
from django.db import connection
from django.http import JsonResponse
from django.views import View

ALLOWED_SORT = {"created": "created_at", "total": "total_cents"}


def order_search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    sql = f"SELECT id, customer, total_cents FROM shop_order WHERE customer ILIKE '%{term}%'"
    with connection.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def purge_order(request):
    order_id = request.POST["order_id"]
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("DELETE FROM shop_order WHERE id = %s" % order_id)
    return JsonResponse({"deleted": order_id})


class RegionTotals(View):
    def get(self, request):
        region = request.GET.get("region")
        # expect: sql-injection
        query = "SELECT region, SUM(total_cents) FROM shop_order WHERE region = '{}' GROUP BY region".format(region)
        with connection.cursor() as cur:
            cur.execute(query)
            return JsonResponse({"totals": cur.fetchall()})


def rename_tag(request):
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("UPDATE shop_tag SET name = '" + request.POST["name"] + "' WHERE id = 7")
    return JsonResponse({"ok": True})


def order_search_safe(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, customer FROM shop_order WHERE customer ILIKE %s", ["%" + term + "%"])
        return JsonResponse({"rows": cur.fetchall()})


def sorted_orders(request):
    column = ALLOWED_SORT.get(request.GET.get("sort"), "created_at")
    with connection.cursor() as cur:
        cur.execute(f"SELECT id FROM shop_order ORDER BY {column} DESC LIMIT %s", [50])
        return JsonResponse({"ids": [r[0] for r in cur.fetchall()]})


def greeting(request):
    message = "Selected %d orders for %s" % (3, request.user.get_username())
    return JsonResponse({"message": message})
