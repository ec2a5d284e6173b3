"""Django views for the customer portal."""
import pickle
import subprocess
from base64 import b64decode

from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from .models import Customer, Order


def _filters(request):
    status = request.GET.get("status", "open")
    return "status = '%s'" % status


def orders(request):
    where = _filters(request)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, total FROM orders WHERE " + where)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def customers(request):
    name = request.GET["name"]
    # expect: sql-injection
    qs = Customer.objects.raw("SELECT * FROM customers WHERE name = '%s'" % name)
    return JsonResponse({"ids": [c.id for c in qs]})


def customers_safe(request):
    name = request.GET["name"]
    qs = Customer.objects.raw("SELECT * FROM customers WHERE name = %s", [name])
    return JsonResponse({"ids": [c.id for c in qs]})


def recent(request):
    days = request.GET.get("days", "7")
    # expect: sql-injection
    qs = Order.objects.extra(where=["created > now() - interval '%s days'" % days])
    return JsonResponse({"n": qs.count()})


def archived(request):
    cutoff = "2020-01-01"
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM orders WHERE created < '%s'" % cutoff)
        n = cursor.fetchone()[0]
    return JsonResponse({"n": n})


def order_detail(request, order_id):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT * FROM orders WHERE id = {order_id}")
        row = cursor.fetchone()
    return JsonResponse({"row": row})


def order_detail_safe(request, order_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM orders WHERE id = %s", [order_id])
        row = cursor.fetchone()
    return JsonResponse({"row": row})


def restore(request):
    blob = request.POST.get("state", "")
    # expect: deserialization
    state = pickle.loads(b64decode(blob))
    return JsonResponse({"keys": list(state)})


def convert(request):
    fmt = request.POST["format"]
    args = ["convert", "in.png", "out." + fmt]
    subprocess.run(args, check=True)
    cmdline = "convert in.png out.%s" % fmt
    # expect: command-injection
    subprocess.run(cmdline, shell=True, check=True)
    return HttpResponse("done")


def search(request):
    q = request.GET.get("q", "")
    # expect: xss
    return HttpResponse("<h2>Results for " + q + "</h2>")


def search_safe(request):
    q = request.GET.get("q", "")
    return HttpResponse("<h2>Results for " + escape(q) + "</h2>")


def go(request):
    target = request.GET.get("to", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("/")


def jump(request):
    dest = request.META.get("HTTP_REFERER", "/")
    # expect: open-redirect
    return HttpResponseRedirect(dest)


class ExportView(View):
    def get(self, request):
        column = self.request.GET.get("col", "id")
        sql = "SELECT {} FROM orders".format(column)
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(sql)
            data = cursor.fetchall()
        return JsonResponse({"data": data})

    def post(self, request):
        sql = "SELECT id FROM orders"
        with connection.cursor() as cursor:
            cursor.execute(sql)
            data = cursor.fetchall()
        return JsonResponse({"data": data})


def unrelated_sql():
    sql = "SELECT 1"
    with connection.cursor() as cursor:
        cursor.execute(sql)
