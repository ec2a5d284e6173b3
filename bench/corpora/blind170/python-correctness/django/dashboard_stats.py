"""Numbers for the seller dashboard."""
from datetime import timedelta

from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone

from .models import Order, Product, Review


def seller_dashboard(request):
    seller = request.user.seller
    since = timezone.now() - timedelta(days=30)
    # loads every order row of the month just to count them
    # expect: query-performance
    orders_count = len(Order.objects.filter(seller=seller, created_at__gte=since))
    revenue = Order.objects.filter(seller=seller, created_at__gte=since).aggregate(total=Sum("total"))["total"] or 0
    # expect: query-performance
    low_stock = len(Product.objects.filter(seller=seller, stock__lt=5).only("id"))
    pending_reviews = Review.objects.filter(product__seller=seller, answered=False).count()
    return render(request, "dashboard/seller.html", {
        "orders_count": orders_count,
        "revenue": revenue,
        "low_stock": low_stock,
        "pending_reviews": pending_reviews,
    })


def recent_orders(request):
    seller = request.user.seller
    orders = list(Order.objects.filter(seller=seller).order_by("-created_at")[:20])
    return render(request, "dashboard/recent.html", {"orders": orders, "shown": len(orders)})


def product_overview(request):
    products = Product.objects.filter(seller=request.user.seller).select_related("category")
    rows = [(p.title, p.category.name, p.stock) for p in products]
    return render(request, "dashboard/products.html", {"rows": rows, "total": len(rows)})


def review_summary(request):
    seller = request.user.seller
    qs = Review.objects.filter(product__seller=seller)
    return render(request, "dashboard/reviews.html", {
        "count": qs.count(),
        "five_star": qs.filter(stars=5).count(),
    })
