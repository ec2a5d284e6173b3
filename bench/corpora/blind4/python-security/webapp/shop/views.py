"""Catalogue and order views."""
from __future__ import annotations

import json
import logging

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Order, Product

log = logging.getLogger(__name__)
SORTABLE = {"price", "-price", "name", "-created"}


def product_list(request):
    qs = Product.objects.filter(active=True)
    term = request.GET.get("q", "").strip()
    if term:
        qs = qs.filter(Q(name__icontains=term) | Q(sku__iexact=term))
    order = request.GET.get("sort", "name")
    if order in SORTABLE:
        qs = qs.order_by(order)
    return render(request, "shop/list.html", {"products": qs[:50], "term": term})


def product_search_legacy(request):
    term = request.GET.get("q", "")
    # expect: django-raw-sql-format
    rows = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%%s%%'" % term)
    return render(request, "shop/list.html", {"products": list(rows)})


def product_by_margin(request):
    floor = request.GET.get("floor", "0")
    # expect: django-extra-injection
    qs = Product.objects.extra(where=["price - cost > " + floor])
    return render(request, "shop/list.html", {"products": qs})


def product_by_margin_safe(request):
    floor = float(request.GET.get("floor", "0"))
    qs = Product.objects.annotate(margin=F("price") - F("cost")).filter(margin__gt=floor)
    return render(request, "shop/list.html", {"products": qs})


def ranked(request):
    weight = request.GET.get("w", "1")
    # expect: django-rawsql-injection
    qs = Product.objects.annotate(rank=RawSQL(f"popularity * {weight}", []))
    return render(request, "shop/list.html", {"products": qs.order_by("-rank")})


def stock_report(request):
    warehouse = request.GET.get("warehouse")
    with connection.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE warehouse = %s", [warehouse])
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def stock_report_by_column(request):
    column = request.GET.get("column", "qty")
    with connection.cursor() as cur:
        # expect: django-cursor-sql-format
        cur.execute("SELECT sku, {} FROM stock".format(column))
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def banner(request):
    message = request.GET.get("msg", "")
    # expect: django-mark-safe-user-input
    return HttpResponse(mark_safe("<div class='banner'>" + message + "</div>"))


def banner_safe(request):
    message = request.GET.get("msg", "")
    return HttpResponse(format_html("<div class='banner'>{}</div>", message))


def footer(request):
    # literal markup: fine
    return HttpResponse(mark_safe("<footer>&copy; Shop Ltd</footer>"))


def greeting(request):
    name = request.GET.get("name", "guest")
    # expect: django-format-html-misuse
    return HttpResponse(format_html(f"<p>Hello {name}</p>"))


# expect: django-csrf-exempt
@csrf_exempt
@require_POST
def cart_add(request):
    payload = json.loads(request.body)
    request.session.setdefault("cart", []).append(payload["sku"])
    request.session.modified = True
    return JsonResponse({"ok": True})


@login_required
def order_detail(request, pk: int):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    return render(request, "shop/order.html", {"order": order})


def after_login(request):
    nxt = request.GET.get("next", "/")
    # expect: django-open-redirect
    return HttpResponseRedirect(nxt)


def after_logout(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        nxt = "/"
    return redirect(nxt)
