"""Ad-hoc report endpoints for the finance team."""
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Invoice

SORTABLE = {"date": "issued_on", "total": "amount", "customer": "customer_name"}


def invoices_by_customer(request):
    customer = request.GET.get("customer", "")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, amount FROM billing_invoice WHERE customer_name = '" + customer + "'")
        return JsonResponse({"rows": cur.fetchall()})


def overdue(request):
    days = request.GET["days"]
    # expect: sql-injection
    rows = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE due_on < now() - interval '%s days'" % days)
    return JsonResponse({"ids": [r.id for r in rows]})


def tagged(request, tag):
    label = request.POST.get("label")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"UPDATE billing_invoice SET label = '{label}' WHERE tag = %s", [tag])
    return JsonResponse({"ok": True})


def with_region(request):
    region = request.GET.get("region")
    # expect: sql-injection
    qs = Invoice.objects.annotate(in_region=RawSQL("select count(*) from billing_region where code = '{}'".format(region), ()))
    return JsonResponse({"count": qs.count()})


def purge(request):
    table = request.POST["table"]
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("DELETE FROM %s WHERE archived" % table)
    return JsonResponse({"ok": True})


def invoices_sorted(request):
    column = SORTABLE.get(request.GET.get("sort"), "issued_on")
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT id, amount FROM billing_invoice WHERE customer_name = %s ORDER BY {column}",
            [request.GET.get("customer", "")],
        )
        return JsonResponse({"rows": cur.fetchall()})


def search(request):
    term = request.GET.get("q", "")
    rows = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE memo ILIKE %s", ["%" + term + "%"])
    return JsonResponse({"ids": [r.id for r in rows]})
