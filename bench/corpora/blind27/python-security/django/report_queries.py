"""Reports built with Manager.raw()."""
from django.http import JsonResponse

from sales.models import Sale


def sales_by_region(request):
    region = request.GET["region"]
    # expect: sql-injection
    sales = Sale.objects.raw("SELECT * FROM sales_sale WHERE region = '%s'" % region)
    return JsonResponse({"ids": [s.id for s in sales]})


def sales_since(request):
    since = request.GET.get("since", "2020-01-01")
    query = f"SELECT * FROM sales_sale WHERE created >= '{since}' ORDER BY created"
    # expect: sql-injection
    return JsonResponse({"ids": [s.id for s in Sale.objects.raw(query)]})


def sales_by_region_params(request):
    sales = Sale.objects.raw("SELECT * FROM sales_sale WHERE region = %s", [request.GET["region"]])
    return JsonResponse({"ids": [s.id for s in sales]})
