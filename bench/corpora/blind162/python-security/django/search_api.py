"""Staff search endpoints over the orders database (raw SQL for speed)."""
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

ORDER_COLUMNS = {"date": "created_at", "total": "total_cents", "customer": "customer_name"}


@require_GET
def search_orders(request):
    q = request.GET.get("q", "")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, customer_name, total_cents FROM orders WHERE customer_name LIKE '%%%s%%'" % q)
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


@require_GET
def search_orders_params(request):
    q = request.GET.get("q", "")
    sort = ORDER_COLUMNS.get(request.GET.get("sort"), "created_at")
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, customer_name FROM orders WHERE customer_name LIKE %s ORDER BY {sort}", [f"%{q}%"])
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


@require_GET
def orders_by_status(request):
    status = request.GET.get("status", "open")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, total_cents FROM orders WHERE status = '{status}' ORDER BY id DESC LIMIT 100")
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


@require_POST
def delete_draft(request):
    draft_id = request.POST.get("id", "")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("DELETE FROM order_drafts WHERE owner_id = " + str(request.user.id) + " AND id = " + draft_id)
    return JsonResponse({"deleted": True})


@require_POST
def delete_draft_params(request):
    with connection.cursor() as cur:
        cur.execute(
            "DELETE FROM order_drafts WHERE owner_id = %s AND id = %s",
            [request.user.id, request.POST.get("id", "")],
        )
    return JsonResponse({"deleted": True})


@require_GET
def totals(request):
    with connection.cursor() as cur:
        cur.execute("SELECT status, SUM(total_cents) FROM orders GROUP BY status")
        return JsonResponse({"totals": dict(cur.fetchall())})
