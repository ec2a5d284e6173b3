"""Dashboard counters."""
from django.http import JsonResponse

from shop.models import Order, Review


def counters(request):
    # expect: len-queryset
    open_orders = len(Order.objects.filter(status="open"))
    # expect: len-queryset
    reviews = len(Review.objects.all())
    shipped = Order.objects.filter(status="shipped").count()
    return JsonResponse({"open": open_orders, "reviews": reviews, "shipped": shipped})


def recent(request):
    orders = list(Order.objects.order_by("-created")[:10])
    return JsonResponse({"count": len(orders), "ids": [o.id for o in orders]})
