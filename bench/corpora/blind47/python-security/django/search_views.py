"""Order search views for the back office."""
from django.http import JsonResponse
from django.views import View

from .models import Customer, Order, Product


def search_orders(request):
    # expect: sql-injection
    qs = Order.objects.extra(where=["reference LIKE '%%%s%%'" % request.GET.get("ref", "")])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def by_status(request):
    status = request.GET["status"]
    clause = "status = '{}'".format(status)
    # expect: sql-injection
    qs = Order.objects.extra(where=[clause])
    return JsonResponse({"count": qs.count()})


def customers_in_city(request):
    city = request.POST.get("city")
    rows = Customer.objects.extra(
        select={"full_name": "first_name || ' ' || last_name"},
        # expect: sql-injection
        where=[f"city = '{city}'"],
    )
    return JsonResponse({"names": [c.full_name for c in rows]})


class ProductFilterView(View):
    def get(self, request):
        # expect: sql-injection
        return JsonResponse({"ids": list(Product.objects.extra(where=[request.GET.get("raw_filter")]).values_list("id", flat=True))})

    def post(self, request):
        minimum = request.POST.get("min_price", "0")
        cond = "price >= " + minimum
        # expect: sql-injection
        products = Product.objects.extra(where=[cond], order_by=["price"])
        return JsonResponse({"ids": [p.id for p in products]})


def by_status_safe(request):
    status = request.GET.get("status", "open")
    qs = Order.objects.extra(where=["status = %s"], params=[status])
    return JsonResponse({"count": qs.count()})


def by_reference(request):
    qs = Order.objects.filter(reference__icontains=request.GET.get("ref", ""))
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def recent(request):
    qs = Order.objects.extra(where=["created_at > now() - interval '7 days'"])
    return JsonResponse({"count": qs.count()})
