# library: Django (connection.cursor with request data)
"""Reporting views that bypass the ORM."""
from django.db import connection
from django.http import JsonResponse


def sales_by_region(request):
    region = request.GET["region"]
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT sum(total) FROM sales WHERE region = '{region}'")
        total = cursor.fetchone()[0]
    return JsonResponse({"region": region, "total": total})


def sales_by_region_safe(request):
    region = request.GET["region"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT sum(total) FROM sales WHERE region = %s", [region])
        total = cursor.fetchone()[0]
    return JsonResponse({"region": region, "total": total})


def top_products(request):
    limit = request.GET.get("limit", "10")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT name FROM products ORDER BY sold DESC LIMIT " + limit)
        rows = [r[0] for r in cursor.fetchall()]
    return JsonResponse({"products": rows})


def customer(request, customer_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, email FROM customers WHERE id = %s", [customer_id])
        row = cursor.fetchone()
    return JsonResponse({"name": row[0], "email": row[1]})


def delete_note(request):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("DELETE FROM notes WHERE owner_id = %s AND title = '%s'" % (request.user.id, request.POST["title"]))
    return JsonResponse({"ok": True})
