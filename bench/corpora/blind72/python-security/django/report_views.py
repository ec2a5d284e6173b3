"""Ad-hoc reporting views for the support team."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

SORTABLE = {"created": "created_at", "total": "total_cents", "email": "email"}
ORDERS_BY_STATUS = "SELECT id, email, total_cents FROM shop_order WHERE status = '%s'"


def _rows(sql, params=None):
    with connection.cursor() as cur:
        cur.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


@staff_member_required
def orders_by_status(request):
    status = request.GET.get("status", "paid")
    # expect: sql-injection
    return JsonResponse({"rows": _rows(ORDERS_BY_STATUS % status)})


@staff_member_required
def customer_lookup(request):
    email = request.POST["email"]
    # expect: sql-injection
    query = "SELECT id, first_name, last_name FROM auth_user WHERE email = '" + email + "'"
    return JsonResponse({"rows": _rows(query)})


class RefundReport(View):
    def get(self, request):
        since = request.GET.get("since", "2024-01-01")
        reason = request.GET.get("reason", "")
        # expect: sql-injection
        sql = f"SELECT order_id, amount FROM shop_refund WHERE created_at >= '{since}' AND reason LIKE '%%{reason}%%'"
        return JsonResponse({"rows": _rows(sql)})

    def post(self, request):
        order_id = request.POST.get("order_id")
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute("UPDATE shop_order SET status = 'refunded' WHERE id = {}".format(order_id))
        return JsonResponse({"ok": True})


@staff_member_required
def top_customers(request):
    column = SORTABLE.get(request.GET.get("sort", "total"))
    if column is None:
        return HttpResponseBadRequest("bad sort")
    sql = "SELECT email, SUM(total_cents) AS total_cents FROM shop_order GROUP BY email ORDER BY %s DESC LIMIT 20" % column
    return JsonResponse({"rows": _rows(sql)})


@staff_member_required
def order_search(request):
    email = request.GET.get("email", "")
    sql = "SELECT id, status FROM shop_order WHERE email = %s"
    return JsonResponse({"rows": _rows(sql, [email])})


@staff_member_required
def audit_note(request):
    note = "Selected orders for " + request.user.get_username()
    return JsonResponse({"note": note})
