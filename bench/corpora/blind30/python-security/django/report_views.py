"""Ad-hoc reports that use raw SQL for speed."""
from django.db import connection, connections
from django.http import JsonResponse

ORDERINGS = {"date": "created_at", "amount": "amount"}


def invoices_for(request):
    customer = request.GET.get("customer")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, amount FROM billing_invoice WHERE customer_id = {customer}")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def invoices_safe(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, amount FROM billing_invoice WHERE customer_id = %s", [request.GET.get("customer")])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def revenue(request):
    year = request.GET["year"]
    sql = "SELECT SUM(amount) FROM billing_invoice WHERE EXTRACT(year FROM created_at) = %s" % year
    cursor = connections["reporting"].cursor()
    # expect: sql-injection
    cursor.execute(sql)
    return JsonResponse({"total": cursor.fetchone()[0]})


def sorted_invoices(request):
    column = ORDERINGS.get(request.GET.get("sort"), "created_at")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM billing_invoice ORDER BY " + column)
        return JsonResponse({"ids": [r[0] for r in cursor.fetchall()]})


def by_status(request):
    status = request.POST.get("status")
    query = "SELECT id FROM billing_invoice WHERE status = '" + status + "'"
    with connection.cursor() as c:
        # expect: sql-injection
        c.execute(query)
        return JsonResponse({"ids": [r[0] for r in c.fetchall()]})


class LedgerReport:
    def __init__(self, request):
        self.request = request

    def rows(self):
        account = self.request.GET["account"]
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT * FROM ledger WHERE account = '{}' ORDER BY posted".format(account))
            return cursor.fetchall()


def tagged(request):
    tags = request.GET.getlist("tag")
    placeholders = ", ".join(["%s"] * len(tags))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM billing_invoice_tags WHERE tag IN ({placeholders})", tags)
        return JsonResponse({"ids": [r[0] for r in cursor.fetchall()]})
