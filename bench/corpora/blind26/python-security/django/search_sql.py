"""Customer search with hand-written SQL."""
from django.db import connection
from django.http import JsonResponse


def search(request):
    name = request.GET.get("name", "")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, name FROM customers WHERE name LIKE '%%" + name + "%%'")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def by_city(request):
    city = request.POST["city"]
    sql = "SELECT id FROM customers WHERE city = '{}'".format(city)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
        return JsonResponse({"ids": [r[0] for r in cursor.fetchall()]})


def search_bound(request):
    name = request.GET.get("name", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM customers WHERE name LIKE %s", ["%" + name + "%"])
        return JsonResponse({"rows": cursor.fetchall()})
