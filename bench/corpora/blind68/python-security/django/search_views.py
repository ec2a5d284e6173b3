"""Search and reporting views over the product catalogue."""
from django.http import JsonResponse
from django.shortcuts import render
from django.views.generic import ListView

from .models import AuditEvent, Order, Product

SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at DESC"}


def product_search(request):
    # expect: sql-injection
    products = Product.objects.raw(f"SELECT * FROM shop_product WHERE name ILIKE '%%{request.GET.get('q', '')}%%'")
    return render(request, "shop/search.html", {"products": products})


def orders_by_status(request):
    status = request.POST["status"]
    sql = "SELECT * FROM shop_order WHERE status = '%s' ORDER BY created_at DESC" % status
    # expect: sql-injection
    orders = list(Order.objects.raw(sql))
    return JsonResponse({"count": len(orders)})


def events_for(request, account_id):
    kind = request.GET.get("kind", "login")
    query = "SELECT * FROM audit_event WHERE account_id = {} AND kind = '{}'".format(account_id, kind)
    # expect: sql-injection
    return render(request, "audit/list.html", {"events": AuditEvent.objects.raw(query)})


class ProductListView(ListView):
    template_name = "shop/list.html"

    def get_queryset(self):
        category = self.request.GET.get("category", "")
        # expect: sql-injection
        return Product.objects.raw("SELECT * FROM shop_product WHERE category_slug = '" + category + "'")


def report_by_region(request):
    filters = request.body.decode()
    # expect: sql-injection
    rows = Order.objects.raw("SELECT id, region, total FROM shop_order WHERE " + filters)
    return JsonResponse({"ids": [r.id for r in rows]})


def product_search_safe(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name ILIKE %s", ["%" + term + "%"])
    return render(request, "shop/search.html", {"products": products})


def products_sorted(request):
    order_by = SORT_COLUMNS.get(request.GET.get("sort"), "name")
    products = Product.objects.raw("SELECT * FROM shop_product ORDER BY " + order_by)
    return render(request, "shop/list.html", {"products": products})
