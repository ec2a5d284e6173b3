"""Raw-SQL report views of the back office."""
from django.db import connection
from django.http import JsonResponse

from .models import Invoice

SORTABLE = {"created": "created_at", "total": "total_cents", "customer": "customer_name"}


def customer_search(request):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, customer_name FROM billing_invoice WHERE customer_name LIKE '%%%s%%'" % request.GET["q"])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def invoices_sorted(request):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, total_cents FROM billing_invoice ORDER BY {request.GET.get('sort', 'id')} DESC LIMIT 50")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def delete_draft(request):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("DELETE FROM billing_invoice WHERE state = 'draft' AND id = " + request.POST["id"])
    return JsonResponse({"deleted": True})


def customer_search_safe(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, customer_name FROM billing_invoice WHERE customer_name LIKE %s", ["%" + request.GET["q"] + "%"])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def invoices_sorted_safe(request):
    column = SORTABLE.get(request.GET.get("sort"), "created_at")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, total_cents FROM billing_invoice ORDER BY {column} DESC LIMIT 50")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def delete_draft_orm(request):
    Invoice.objects.filter(state="draft", pk=int(request.POST["id"])).delete()
    return JsonResponse({"deleted": True})
