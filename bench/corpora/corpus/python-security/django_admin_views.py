"""Admin views for the reporting app."""

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt

from .models import Order, Customer

SORTABLE = {"created": "created_at", "total": "total"}


@login_required
def orders_by_status(request):
    status = request.GET.get("status", "open")
    # expect: sql-injection
    orders = Order.objects.raw(f"SELECT * FROM shop_order WHERE status = '{status}'")
    return render(request, "orders.html", {"orders": orders})


@login_required
def orders_by_status_safe(request):
    status = request.GET.get("status", "open")
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [status])
    return render(request, "orders.html", {"orders": orders})


@login_required
def customers_named(request):
    name = request.GET["q"]
    # expect: sql-injection
    qs = Customer.objects.extra(where=["name LIKE '%%%s%%'" % name])
    return render(request, "customers.html", {"customers": qs})


@login_required
def customer_scores(request):
    weight = request.GET.get("w", "1")
    # expect: sql-injection
    qs = Customer.objects.annotate(score=RawSQL("points * " + weight, []))
    safe = Customer.objects.annotate(score=RawSQL("points * %s", [float(weight)]))
    return render(request, "scores.html", {"customers": qs, "safe": safe})


@login_required
def order_count(request):
    table = request.GET.get("t")
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT count(*) FROM %s" % table)
        return HttpResponse(str(cur.fetchone()[0]))


@login_required
def greeting(request):
    name = request.GET.get("name", "")
    # expect: xss
    return HttpResponse(mark_safe(f"<p>Hello {name}</p>"))


@login_required
def greeting_safe(request):
    name = request.GET.get("name", "")
    return HttpResponse(format_html("<p>Hello {}</p>", name))


@login_required
def banner(request):
    return HttpResponse(mark_safe("<hr class='banner'>"))


@login_required
def echo(request):
    # expect: xss
    return HttpResponse("You searched for " + request.GET.get("q", ""))


# expect: csrf
@csrf_exempt
def payment_callback(request):
    Order.objects.filter(pk=request.POST["order"]).update(paid=True)
    return HttpResponse("ok")


@login_required
def after_login(request):
    target = request.GET.get("next", "/")
    # expect: open-redirect
    return redirect(target)


@login_required
def go_back(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.META.get("HTTP_REFERER"))


@login_required
def go_home(request):
    return redirect("dashboard")
