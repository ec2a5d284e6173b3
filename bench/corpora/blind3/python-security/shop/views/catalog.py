"""Catalog views (Django)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe, SafeString
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Product, Review

SORTS = {"price": "price", "-price": "-price", "new": "-created_at"}


def product_detail(request, slug):
    product = get_object_or_404(Product, slug=slug)
    return render(request, "catalog/detail.html", {"product": product})


def product_badge(request, pk):
    product = get_object_or_404(Product, pk=pk)
    label = request.GET.get("label", "")
    # expect: xss
    html = mark_safe("<span class='badge'>" + label + "</span>")
    return render(request, "catalog/badge.html", {"badge": html, "product": product})


def product_title(request, pk):
    product = get_object_or_404(Product, pk=pk)
    # expect: xss
    return HttpResponse("<h1>%s</h1>" % request.GET["title"])


def safe_title(request, pk):
    product = get_object_or_404(Product, pk=pk)
    return HttpResponse(format_html("<h1>{}</h1>", request.GET.get("title", product.name)))


def escaped_title(request):
    return HttpResponse("<h1>" + escape(request.GET.get("q", "")) + "</h1>")


def review_snippet(review: Review) -> SafeString:
    # expect: xss
    return format_html(f"<p class='review'>{review.body}</p>")


def footer_html() -> SafeString:
    return mark_safe("<footer>&copy; Acme</footer>")


def list_products(request):
    sort = SORTS.get(request.GET.get("sort"), "name")
    items = Product.objects.order_by(sort)[:50]
    return JsonResponse({"items": [p.as_dict() for p in items]})


@login_required
def go_back(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.GET.get("next", "/"))


# expect: csrf-exempt
@csrf_exempt
@require_POST
def add_to_cart(request):
    request.session.setdefault("cart", []).append(request.POST["sku"])
    return JsonResponse({"ok": True})
