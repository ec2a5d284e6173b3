"""Reporting views for the back office: raw SQL where the ORM got in the way."""
from django.db import connection, connections
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Invoice, Customer

SORTABLE = {"created": "created_at", "total": "total_cents", "name": "customer_name"}


@require_GET
def overdue_report(request):
    region = request.GET.get("region", "")
    days = int(request.GET.get("days", "30"))
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, total_cents FROM billing_invoice WHERE region = '{region}' AND age_days > {days}")
        rows = cursor.fetchall()
        cursor.execute("SELECT id, total_cents FROM billing_invoice WHERE region = %s AND age_days > %s", [region, days])
        rows += cursor.fetchall()
    return JsonResponse({"rows": rows})


@require_GET
def customer_search(request):
    term = request.GET.get("q", "")
    query = "SELECT * FROM crm_customer WHERE name LIKE '%%" + term + "%%'"
    # expect: sql-injection
    people = Customer.objects.raw(query)
    safe_people = Customer.objects.raw("SELECT * FROM crm_customer WHERE name LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [p.id for p in people] + [p.id for p in safe_people]})


@require_GET
def invoices_sorted(request):
    key = SORTABLE.get(request.GET.get("sort"), "created_at")
    status = request.GET.get("status", "open")
    qs = Invoice.objects.extra(where=["status = %s"], params=[status]).order_by(key)
    # expect: sql-injection
    flagged = Invoice.objects.extra(where=["status = '%s'" % status])
    return JsonResponse({"n": qs.count(), "flagged": flagged.count()})


def annotate_score(request):
    weight = request.GET.get("weight", "1")
    # expect: sql-injection
    scored = Invoice.objects.annotate(score=RawSQL("total_cents * " + weight, ()))
    fixed = Invoice.objects.annotate(score=RawSQL("total_cents * %s", (float(weight),)))
    return JsonResponse({"top": list(scored.values_list("id", flat=True)[:5]), "alt": fixed.count()})


def legacy_lookup(request, db_alias="legacy"):
    code = request.GET["code"]
    cur = connections[db_alias].cursor()
    sql = "SELECT name FROM legacy_products WHERE code = '%s'"
    # expect: sql-injection
    cur.execute(sql % code)
    cur.execute("SELECT name FROM legacy_products WHERE code = %s", (code,))
    return JsonResponse({"name": cur.fetchone()})
